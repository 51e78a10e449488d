#include "insights/InsightsPage.h"

#include "common/EmptyStateView.h"
#include "common/TierStyle.h"
#include "domain/ContentKindSummary.h"
#include "insights/FollowerRatio.h"
#include "insights/InsightsPageExplanations.h"
#include "insights/InsightsQueries.h"
#include "insights/NetworkReviewPanel.h"
#include "outreach/InvitationStats.h"
#include "session/ChangeWatcher.h"
#include "session/Session.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHash>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QListWidget>
#include <QLocale>
#include <QScatterSeries>
#include <QStackedWidget>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// Series colours with enough contrast on light and dark backgrounds.
const QColor blue(0x3b, 0x82, 0xd6);
const QColor orange(0xe8, 0x7d, 0x2a);
const QColor green(0x2e, 0xa0, 0x6b);
const QColor purple(0x9b, 0x6a, 0xd6);
const QColor teal(0x1f, 0xa9, 0xb4);
const QColor red(0xd9, 0x48, 0x48);

qreal msOf(const QDate &day)
{
    return qreal(day.startOfDay().toMSecsSinceEpoch());
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString percent(double fraction)
{
    return QLocale().toString(fraction * 100.0, 'f', 1) + u" %"_s;
}

QString shortDate(const QDate &day)
{
    return QLocale().toString(day, QLocale::ShortFormat);
}

QString iso(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

// Plain numbers for the CSV: no thousands separators, a dot for decimals.
QString plain(std::optional<double> fraction)
{
    return fraction ? QString::number(*fraction * 100.0, 'f', 1) : QString();
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

// A date axis whose labels never crowd or repeat: at most seven ticks,
// the year only where the range needs it, a little room either side so the
// first and last points are not cut, a week either side of a single day.
QDateTimeAxis *dateAxis(QDate first, QDate last, const QString &title)
{
    const qint64 span = first.daysTo(last);
    const qint64 pad = span == 0 ? 7 : std::max<qint64>(2, span / 40);
    first = first.addDays(-pad);
    last = last.addDays(pad);
    const qint64 days = first.daysTo(last);
    auto *axis = new QDateTimeAxis;
    axis->setTitleText(title);
    // Ticks fall between month starts, so a month-only format would repeat
    // a month; the day keeps every label distinct.
    axis->setFormat(days > 900 ? u"MMM yyyy"_s
                               : (first.year() != last.year() ? u"d MMM yy"_s : u"d MMM"_s));
    axis->setTickCount(int(std::clamp<qint64>(days / 7 + 1, 2, 7)));
    axis->setRange(first.startOfDay(), last.startOfDay());
    return axis;
}

QValueAxis *valueAxis(const QString &title, double max, bool percentScale = false)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(0, std::max(max, percentScale ? 10.0 : 5.0));
    axis->applyNiceNumbers();
    axis->setLabelFormat(percentScale ? u"%.0f %%"_s : u"%.0f"_s);
    return axis;
}

QLineSeries *line(const QString &name, const QColor &color, qreal width = 2.5)
{
    auto *series = new QLineSeries;
    series->setName(name);
    QPen pen(color);
    pen.setWidthF(width);
    series->setPen(pen);
    series->setPointsVisible(true);
    return series;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

QString weekLabel(const NetworkSnapshot &s)
{
    return InsightsPage::tr("week of %1").arg(shortDate(s.weekStart()));
}

} // namespace

InsightsPage::InsightsPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"insightsPage"_s);
    auto *layout = new QHBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"insightsChartList"_s);
    m_list->setAccessibleName(tr("Charts"));
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(u"insightsCharts"_s);

    const struct
    {
        const char *prefix;
        QString title;
    } charts[ChartCount] = {
        {"network", tr("Followers and connections")},
        {"ratio", tr("True-follower ratio")},
        {"views", tr("Profile views and search")},
        {"content", tr("Posts versus articles")},
        {"funnel", tr("Outreach funnel")},
        {"tiers", tr("Contacts per tier")},
    };
    int widest = 0;
    for (const auto &c : charts) {
        auto *item = new QListWidgetItem(c.title, m_list);
        item->setSizeHint(QSize(0, fontMetrics().height() + 12));
        widest = std::max(widest, fontMetrics().horizontalAdvance(c.title));
        auto *panel = new ChartPanel(QString::fromLatin1(c.prefix), c.title, m_stack);
        m_stack->addWidget(panel);
        m_panels << panel;
        m_built << false;
    }
    // The network review is a list of lists, not a chart: after the charts.
    const QString reviewTitle = tr("Network review");
    auto *reviewItem = new QListWidgetItem(reviewTitle, m_list);
    reviewItem->setSizeHint(QSize(0, fontMetrics().height() + 12));
    widest = std::max(widest, fontMetrics().horizontalAdvance(reviewTitle));
    m_review = new NetworkReviewPanel(m_stack);
    m_stack->addWidget(m_review);
    connect(m_review, &NetworkReviewPanel::listRequested, this, &InsightsPage::reviewListRequested);
    m_list->setFixedWidth(widest + 40);
    layout->addWidget(m_list);
    layout->addWidget(m_stack, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row > ChartCount)
            return;
        m_stack->setCurrentIndex(row);
        if (row == ChartCount)
            m_review->reload();
        else
            build(Chart(row));
    });
    m_list->setCurrentRow(0);
    setFocusProxy(m_list);
}

InsightsPage::~InsightsPage() = default;

void InsightsPage::setDatabase(Database *db)
{
    m_queries = db ? std::make_unique<InsightsQueries>(*db) : nullptr;
    m_review->setDatabase(db);
    reload();
}

void InsightsPage::setSession(Session *session)
{
    if (!m_watcher) {
        m_watcher = new ChangeWatcher(this, everyChange(),
                                      [this](Changes, const QList<qint64> &) { reload(); });
    }
    const bool open = session && session->isOpen();
    m_watcher->setSession(open ? session : nullptr);
    setDatabase(open ? session->database() : nullptr);
}

void InsightsPage::reload()
{
    for (bool &built : m_built)
        built = false;
    if (isReviewShown())
        m_review->reload();
    else
        build(currentChart());
}

void InsightsPage::setToday(const QDate &today)
{
    m_today = today;
    m_review->setToday(today);
    reload();
}

QDate InsightsPage::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void InsightsPage::showReview()
{
    m_list->setCurrentRow(ChartCount);
}

bool InsightsPage::isReviewShown() const
{
    return m_list->currentRow() == ChartCount;
}

void InsightsPage::showChart(Chart chart)
{
    m_list->setCurrentRow(chart);
}

InsightsPage::Chart InsightsPage::currentChart() const
{
    return Chart(std::clamp(m_list->currentRow(), 0, ChartCount - 1));
}

void InsightsPage::setFileChooser(const ChartPanel::FileChooser &chooser)
{
    for (ChartPanel *panel : std::as_const(m_panels))
        panel->setFileChooser(chooser);
}

void InsightsPage::setErrorHandler(const ChartPanel::ErrorHandler &handler)
{
    m_error = handler;
    for (ChartPanel *panel : std::as_const(m_panels))
        panel->setErrorHandler(handler);
}

void InsightsPage::build(Chart chart)
{
    if (m_built.at(chart))
        return;
    m_built[chart] = true;
    switch (chart) {
    case Network:
        buildNetwork();
        break;
    case Ratio:
        buildRatio();
        break;
    case Views:
        buildViews();
        break;
    case Content:
        buildContent();
        break;
    case Funnel:
        buildFunnel();
        break;
    case Tiers:
    case ChartCount:
        buildTiers();
        break;
    }
}

void InsightsPage::buildNetwork()
{
    ChartPanel *panel = m_panels.at(Network);
    const QList<NetworkSnapshot> weeks =
        m_queries ? m_queries->snapshots() : QList<NetworkSnapshot>();
    if (weeks.isEmpty()) {
        panel->showEmpty(tr("No weekly numbers yet"),
                         tr("Each week, copy your followers and connections from your LinkedIn "
                            "profile into Edit › Enter This Week's Numbers…. This chart then shows "
                            "how they grow, and how many follow you without being connected."));
        return;
    }
    QChart *chart = newChart(tr("Followers and connections per week"));
    auto *followers = line(tr("Followers (as LinkedIn shows them)"), blue);
    auto *connections = line(tr("Connections"), orange);
    auto *trueFollowers = line(tr("True followers (followers − connections)"), green);
    int top = 0;
    QList<QStringList> rows;
    for (const NetworkSnapshot &s : weeks) {
        const FollowerRatio r = FollowerRatio::compute(s.followers, s.connections);
        const qreal x = msOf(s.weekStart());
        followers->append(x, s.followers);
        connections->append(x, s.connections);
        trueFollowers->append(x, r.trueFollowers);
        top = std::max({top, s.followers, s.connections});
        rows << QStringList{iso(s.weekStart()), iso(s.takenOn), QString::number(s.followers),
                            QString::number(s.connections), QString::number(r.trueFollowers)};
    }
    auto *x = dateAxis(weeks.first().weekStart(), weeks.last().weekStart(), tr("Week"));
    auto *y = valueAxis(tr("People"), top * 1.1);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : {followers, connections, trueFollowers}) {
        attach(chart, s, x, y);
        panel->trackHover(s, [weeks, s](int i) {
            return tr("%1, %2: %3")
                .arg(s->name(), weekLabel(weeks.at(i)), number(qint64(s->at(i).y())));
        });
    }
    panel->setChart(chart);
    const NetworkSnapshot &last = weeks.last();
    panel->setSideText(
        tr("<p><b>Latest, %1</b></p><p>%2 followers<br>%3 connections<br>%4 true followers</p>")
            .arg(weekLabel(last), number(last.followers), number(last.connections),
                 number(FollowerRatio::compute(last.followers, last.connections).trueFollowers)));
    panel->setExplanation(InsightsPageExplanations::network(last));
    panel->setCsv({tr("Week starting"), tr("Entered on"), tr("Followers"), tr("Connections"),
                   tr("True followers")},
                  rows, u"followers-and-connections.csv"_s);
}

void InsightsPage::buildRatio()
{
    ChartPanel *panel = m_panels.at(Ratio);
    QList<NetworkSnapshot> weeks = m_queries ? m_queries->snapshots() : QList<NetworkSnapshot>();
    weeks.erase(std::remove_if(weeks.begin(), weeks.end(),
                               [](const NetworkSnapshot &s) { return s.connections <= 0; }),
                weeks.end());
    if (weeks.isEmpty()) {
        panel->showEmpty(tr("No weekly numbers yet"),
                         tr("Enter your followers and connections from your LinkedIn profile in "
                            "Edit › Enter This Week's Numbers…. This chart then compares the "
                            "people who follow you without being connected with the typical "
                            "5–10 % of connections."));
        return;
    }
    QChart *chart = newChart(tr("True followers as a share of connections"));
    auto *low = new QLineSeries;
    auto *high = new QLineSeries;
    auto *x = dateAxis(weeks.first().weekStart(), weeks.last().weekStart(), tr("Week"));
    const QDate from = x->min().date();
    const QDate to = x->max().date();
    low->append(msOf(from), FollowerRatio::BandLow * 100);
    low->append(msOf(to), FollowerRatio::BandLow * 100);
    high->append(msOf(from), FollowerRatio::BandHigh * 100);
    high->append(msOf(to), FollowerRatio::BandHigh * 100);
    auto *band = new QAreaSeries(high, low);
    band->setName(tr("Typical (5–10 %)"));
    QColor fill = green;
    fill.setAlpha(60);
    band->setBrush(fill);
    band->setPen(QPen(green, 1));
    auto *ratio = line(tr("Your true-follower ratio"), blue);
    double top = FollowerRatio::BandHigh * 100;
    QList<QStringList> rows;
    QList<FollowerRatio> ratios;
    for (const NetworkSnapshot &s : weeks) {
        const FollowerRatio r = FollowerRatio::compute(s.followers, s.connections);
        ratios << r;
        ratio->append(msOf(s.weekStart()), r.ratio.value_or(0) * 100);
        top = std::max(top, r.ratio.value_or(0) * 100);
        rows << QStringList{iso(s.weekStart()),
                            QString::number(r.connections),
                            QString::number(r.trueFollowers),
                            plain(r.ratio),
                            QString::number(r.bandLowFollowers),
                            QString::number(r.bandHighFollowers)};
    }
    auto *y = valueAxis(tr("True followers, % of connections"), top * 1.15, true);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    attach(chart, band, x, y);
    attach(chart, ratio, x, y);
    panel->trackHover(ratio, [weeks, ratios](int i) {
        const FollowerRatio &r = ratios.at(i);
        return tr("%1: %2 true followers for %3 connections, %4")
            .arg(weekLabel(weeks.at(i)), number(r.trueFollowers), number(r.connections),
                 percent(r.ratio.value_or(0)));
    });
    panel->setChart(chart);

    // The latest week in words, and where it sits on the seed's table.
    const FollowerRatio &now = ratios.last();
    QString standing;
    switch (now.standing) {
    case FollowerRatio::Standing::Above:
        standing = tr("above");
        break;
    case FollowerRatio::Standing::Below:
        standing = tr("below");
        break;
    default:
        standing = tr("within");
        break;
    }
    QString text =
        tr("<p><b>%1 true followers for %2 connections: %3, %4 the typical 5–10 % "
           "(%5–%6).</b></p>")
            .arg(number(now.trueFollowers), number(now.connections), percent(now.ratio.value_or(0)),
                 standing, number(now.bandLowFollowers), number(now.bandHighFollowers));
    text += tr("<p>Typical true followers by connections:</p>");
    text += u"<table cellspacing=\"0\" cellpadding=\"2\">"_s;
    text += tr("<tr><th align=\"right\">Connections</th><th align=\"right\">Typical</th></tr>");
    bool placed = false;
    const auto youRow = [&] {
        return tr("<tr><td align=\"right\"><b>%1 (you)</b></td><td align=\"right\"><b>%2</b>"
                  "</td></tr>")
            .arg(number(now.connections), number(now.trueFollowers));
    };
    for (const FollowerRatio::BandRow &row : FollowerRatio::bandTable()) {
        if (!placed && now.connections < row.connections) {
            text += youRow();
            placed = true;
        }
        text += u"<tr><td align=\"right\">%1</td><td align=\"right\">%2–%3</td></tr>"_s.arg(
            number(row.connections), number(row.low), number(row.high));
    }
    if (!placed)
        text += youRow();
    text += u"</table>"_s;
    panel->setSideText(text);
    panel->setExplanation(InsightsPageExplanations::ratio(weeks.last(), now));
    panel->setCsv({tr("Week starting"), tr("Connections"), tr("True followers"), tr("Ratio (%)"),
                   tr("Typical low"), tr("Typical high")},
                  rows, u"true-follower-ratio.csv"_s);
}

void InsightsPage::buildViews()
{
    ChartPanel *panel = m_panels.at(Views);
    QList<NetworkSnapshot> weeks = m_queries ? m_queries->snapshots() : QList<NetworkSnapshot>();
    weeks.erase(std::remove_if(weeks.begin(), weeks.end(),
                               [](const NetworkSnapshot &s) {
                                   return !s.profileViews && !s.searchAppearances;
                               }),
                weeks.end());
    if (weeks.isEmpty()) {
        panel->showEmpty(tr("No profile views or search appearances yet"),
                         tr("Each week, copy the profile views and search appearances from your "
                            "LinkedIn dashboard into Edit › Enter This Week's Numbers…. LinkedIn "
                            "forgets them; this chart keeps the series."));
        return;
    }
    QChart *chart = newChart(tr("Profile views and search appearances per week"));
    auto *views = line(tr("Profile views (last 7 days)"), purple);
    auto *search = line(tr("Search appearances"), teal);
    QList<NetworkSnapshot> viewWeeks, searchWeeks;
    int top = 0;
    QList<QStringList> rows;
    for (const NetworkSnapshot &s : weeks) {
        const qreal x = msOf(s.weekStart());
        if (s.profileViews) {
            views->append(x, *s.profileViews);
            viewWeeks << s;
            top = std::max(top, *s.profileViews);
        }
        if (s.searchAppearances) {
            search->append(x, *s.searchAppearances);
            searchWeeks << s;
            top = std::max(top, *s.searchAppearances);
        }
        rows << QStringList{
            iso(s.weekStart()), s.profileViews ? QString::number(*s.profileViews) : QString(),
            s.searchAppearances ? QString::number(*s.searchAppearances) : QString()};
    }
    auto *x = dateAxis(weeks.first().weekStart(), weeks.last().weekStart(), tr("Week"));
    auto *y = valueAxis(tr("Per week"), top * 1.1);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (const auto &[series, list] :
         {std::pair{views, viewWeeks}, std::pair{search, searchWeeks}}) {
        if (series->count() == 0) {
            delete series;
            continue;
        }
        attach(chart, series, x, y);
        panel->trackHover(series, [series = series, list = list](int i) {
            return tr("%1, %2: %3")
                .arg(series->name(), weekLabel(list.at(i)), number(qint64(series->at(i).y())));
        });
    }
    panel->setChart(chart);
    panel->setSideText(QString());
    panel->setExplanation(InsightsPageExplanations::views());
    panel->setCsv({tr("Week starting"), tr("Profile views"), tr("Search appearances")}, rows,
                  u"profile-views-and-search.csv"_s);
}

void InsightsPage::buildContent()
{
    // One definition of engagement rate (ContentStats, ContentKindSummary):
    // the Content page's and `rapport-cli stats content`'s numbers.
    ChartPanel *panel = m_panels.at(Content);
    QList<ContentStats> all;
    if (m_queries) {
        for (const ContentStats &row : m_queries->content()) {
            if (row.latest)
                all << row;
        }
    }
    QList<ContentStats> points;
    for (const ContentStats &p : std::as_const(all)) {
        if (p.engagementRate() && p.piece.publishedOn.isValid())
            points << p;
    }
    if (points.isEmpty()) {
        panel->showEmpty(tr("No numbers for your posts and articles yet"),
                         tr("Add your posts and articles on the Content page and enter their "
                            "views, reactions, comments and shares with Add Numbers…. This chart "
                            "then compares the engagement of posts and articles."));
        return;
    }
    QChart *chart = newChart(tr("Engagement rate per piece: posts versus articles"));
    QDate first = points.first().piece.publishedOn, last = first;
    double top = 0;
    for (const ContentStats &p : std::as_const(points)) {
        first = std::min(first, p.piece.publishedOn);
        last = std::max(last, p.piece.publishedOn);
        top = std::max(top, p.engagementRate().value_or(0) * 100);
    }
    auto *x = dateAxis(first, last, tr("Published"));
    auto *y = valueAxis(tr("Engagement rate, % of views"), top * 1.15, true);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const QDate from = x->min().date(), to = x->max().date();
    const QLocale locale;
    QString side;
    for (const auto &[kind, color, plural] :
         {std::tuple{ContentKind::Post, blue, tr("Posts")},
          std::tuple{ContentKind::Article, orange, tr("Articles")}}) {
        auto *scatter = new QScatterSeries;
        scatter->setName(plural);
        scatter->setColor(color);
        scatter->setBorderColor(color);
        scatter->setMarkerSize(11);
        QList<ContentStats> mine;
        for (const ContentStats &p : std::as_const(points)) {
            if (p.piece.kind == kind) {
                scatter->append(msOf(p.piece.publishedOn), p.engagementRate().value_or(0) * 100);
                mine << p;
            }
        }
        const ContentKindSummary average = ContentKindSummary::of(all, kind);
        if (mine.isEmpty()) {
            delete scatter;
            side += tr("<p><b>%1</b>: none with views and counts yet.</p>").arg(plural);
            continue;
        }
        attach(chart, scatter, x, y);
        panel->trackHover(scatter, [mine](int i) {
            const ContentStats &p = mine.at(i);
            return tr("%1 (%2, %3): %4")
                .arg(p.piece.title, p.piece.kind == ContentKind::Post ? tr("post") : tr("article"),
                     shortDate(p.piece.publishedOn), p.rate().explanation(QLocale()));
        });
        auto *avg = line(tr("%1 on average").arg(plural), color, 1.5);
        avg->setPointsVisible(false);
        QPen pen = avg->pen();
        pen.setStyle(Qt::DashLine);
        avg->setPen(pen);
        avg->append(msOf(from), average.rate.value().value_or(0) * 100);
        avg->append(msOf(to), average.rate.value().value_or(0) * 100);
        attach(chart, avg, x, y);
        side += tr("<p><b>%1</b> (%2 with views and counts): %3 engagements ÷ %4 views = "
                   "<b>%5</b>; on average %6 views; engagers you logged: %7.</p>")
                    .arg(plural, number(average.piecesCounted), number(average.engagements),
                         number(average.views), average.rate.text(locale),
                         number(qRound64(average.averageViews)), number(average.loggedEngagers));
    }
    side += tr("<p><i>How is this computed?</i> Engagement rate = (reactions + comments + "
               "shares) ÷ views of each piece's latest numbers; for posts or articles, their "
               "totals divided, over the pieces with views and all three counts. The people "
               "you logged are counted apart. Hover over a point to see its numbers.</p>"
               "<p>A post counts a view when it loads on a screen, an article only when it is "
               "opened, so compare engagement, not views.</p>");
    panel->setChart(chart);
    panel->setSideText(side);
    QList<QStringList> rows;
    const auto count = [](const std::optional<qint64> &n) {
        return n ? QString::number(*n) : QString();
    };
    for (const ContentStats &p : std::as_const(all)) {
        const std::optional<qint64> views =
            p.latest->views ? std::optional<qint64>(*p.latest->views) : std::nullopt;
        rows << QStringList{ContentPiece::kindName(p.piece.kind),
                            p.piece.title,
                            iso(p.piece.publishedOn),
                            iso(p.latest->takenOn),
                            count(views),
                            count(p.latest->engagements()),
                            plain(p.engagementRate()),
                            QString::number(p.loggedEngagers)};
    }
    panel->setCsv({tr("Kind"), tr("Title"), tr("Published"), tr("Numbers from"), tr("Views"),
                   tr("Engagements"), tr("Engagement rate (%)"), tr("Engagers you logged")},
                  rows, u"posts-versus-articles.csv"_s);
}

void InsightsPage::buildFunnel()
{
    ChartPanel *panel = m_panels.at(Funnel);
    const QList<FunnelPeriod> months =
        m_queries ? m_queries->funnel(today(), 12) : QList<FunnelPeriod>();
    if (std::all_of(months.begin(), months.end(),
                    [](const FunnelPeriod &p) { return p.isEmpty(); })) {
        panel->showEmpty(tr("No outreach in the last 12 months"),
                         tr("Log the invitations and InMails you send with Contact › Compose "
                            "Message…, or import your LinkedIn export with File › Import LinkedIn "
                            "Export…. This chart then shows how many were accepted and answered, "
                            "and how many followers became connections."));
        return;
    }
    const double threshold = m_queries->acceptanceThreshold();
    QChart *chart = newChart(tr("Outreach per month"));
    // Eight series: a column of legend entries reads better than a
    // truncated row.
    chart->legend()->setAlignment(Qt::AlignRight);
    auto *bars = new QBarSeries;
    const struct
    {
        QString name;
        QString full; // for the hover text
        QColor color;
        int FunnelPeriod::*field;
    } sets[] = {
        {tr("Invitations"), tr("Invitations sent"), blue, &FunnelPeriod::invitationsSent},
        {tr("Accepted"), tr("Invitations accepted"), blue.lighter(150),
         &FunnelPeriod::invitationsAccepted},
        {tr("InMails"), tr("InMails sent"), purple, &FunnelPeriod::inmailsSent},
        {tr("Answered"), tr("InMails answered"), purple.lighter(140),
         &FunnelPeriod::inmailsAnswered},
        {tr("Followers connected"), tr("Followers who became connections"), green,
         &FunnelPeriod::followersConverted},
    };
    QStringList categories;
    QHash<const QBarSet *, QString> fullNames;
    int top = 0;
    // Month names alone fit twelve columns beside the legend; the axis
    // title gives the years.
    for (const FunnelPeriod &p : months)
        categories << QLocale().toString(p.start, u"MMM"_s);
    for (const auto &s : sets) {
        auto *set = new QBarSet(s.name);
        fullNames.insert(set, s.full);
        set->setColor(s.color);
        set->setBorderColor(s.color);
        for (const FunnelPeriod &p : months) {
            set->append(p.*s.field);
            top = std::max(top, p.*s.field);
        }
        bars->append(set);
    }
    auto *x = new QBarCategoryAxis;
    x->setTitleText(tr("Month (%1 – %2)")
                        .arg(QLocale().toString(months.first().start, u"MMM yyyy"_s),
                             QLocale().toString(months.last().start, u"MMM yyyy"_s)));
    x->append(categories);
    auto *y = valueAxis(tr("Count"), top * 1.1);
    auto *rates = valueAxis(tr("Rate, %"), 100, true);
    rates->setRange(0, 100);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(rates, Qt::AlignRight);
    attach(chart, bars, x, y);
    panel->trackHover(bars, [months, fullNames](QBarSet *set, int i) {
        return tr("%1, %2: %3")
            .arg(fullNames.value(set), QLocale().toString(months.at(i).start, u"MMMM yyyy"_s),
                 number(qint64(set->at(i))));
    });

    auto *acceptance = line(tr("Acceptance rate"), orange);
    auto *response = line(tr("Response rate"), teal);
    QList<int> acceptanceMonths, responseMonths;
    for (int i = 0; i < months.size(); ++i) {
        if (months.at(i).acceptanceRate) {
            acceptance->append(i, *months.at(i).acceptanceRate * 100);
            acceptanceMonths << i;
        }
        if (months.at(i).responseRate) {
            response->append(i, *months.at(i).responseRate * 100);
            responseMonths << i;
        }
    }
    auto *warning = new QLineSeries;
    warning->setName(tr("Warning level (%1)").arg(percent(threshold)));
    warning->setPen(QPen(red, 1.5, Qt::DashLine));
    warning->append(0, threshold * 100);
    warning->append(months.size() - 1, threshold * 100);
    attach(chart, warning, x, rates);
    for (const auto &[series, indexes] :
         {std::pair{acceptance, acceptanceMonths}, std::pair{response, responseMonths}}) {
        if (series->count() == 0) {
            delete series;
            continue;
        }
        attach(chart, series, x, rates);
        panel->trackHover(series, [months, series = series, indexes = indexes](int i) {
            const FunnelPeriod &p = months.at(indexes.at(i));
            const bool invitations = series->name() == tr("Acceptance rate");
            return invitations
                       ? tr("Acceptance rate, %1: %2 (%3 accepted of %4 decided)")
                             .arg(QLocale().toString(p.start, u"MMMM yyyy"_s),
                                  percent(p.acceptanceRate.value_or(0)),
                                  number(p.invitationsAccepted), number(p.invitationsDecided))
                       : tr("InMail response rate, %1: %2 (%3 answered of %4 sent)")
                             .arg(QLocale().toString(p.start, u"MMMM yyyy"_s),
                                  percent(p.responseRate.value_or(0)), number(p.inmailsAnswered),
                                  number(p.inmailsSent));
        });
    }
    panel->setChart(chart);

    int sent = 0, accepted = 0, decided = 0, inmails = 0, answered = 0, converted = 0;
    QList<QStringList> rows;
    for (const FunnelPeriod &p : months) {
        sent += p.invitationsSent;
        accepted += p.invitationsAccepted;
        decided += p.invitationsDecided;
        inmails += p.inmailsSent;
        answered += p.inmailsAnswered;
        converted += p.followersConverted;
        rows << QStringList{p.start.toString(u"yyyy-MM"_s),
                            QString::number(p.invitationsSent),
                            QString::number(p.invitationsAccepted),
                            QString::number(p.invitationsDecided),
                            plain(p.acceptanceRate),
                            QString::number(p.inmailsSent),
                            QString::number(p.inmailsAnswered),
                            plain(p.responseRate),
                            QString::number(p.followersConverted)};
    }
    QString side =
        tr("<p><b>Last 12 months</b></p><p>%1 invitations, %2 accepted of %3 "
           "decided%4<br>%5 InMails, %6 answered%7<br>%8 followers became "
           "connections</p>")
            .arg(number(sent), number(accepted), number(decided),
                 decided ? u" (%1)"_s.arg(percent(double(accepted) / decided)) : QString(),
                 number(inmails), number(answered),
                 inmails ? u" (%1)"_s.arg(percent(double(answered) / inmails)) : QString(),
                 number(converted));
    const FunnelPeriod &latest = months.last();
    if (latest.acceptanceRate && *latest.acceptanceRate < threshold)
        side += tr("<p><b>Warning:</b> this month's acceptance rate is below %1. Send fewer "
                   "blind invitations and add a note that says why you want to connect.</p>")
                    .arg(percent(threshold));
    side += u"<p>"_s + InvitationStats::decidedRule().toHtmlEscaped() + u" "_s +
            tr("A follower who connected is someone who followed you before the day you "
               "connected.</p>");
    panel->setSideText(side);
    panel->setExplanation(InsightsPageExplanations::funnel(months, threshold));
    panel->setCsv({tr("Month"), tr("Invitations sent"), tr("Invitations accepted"),
                   tr("Invitations decided"), tr("Acceptance rate (%)"), tr("InMails sent"),
                   tr("InMails answered"), tr("Response rate (%)"), tr("Followers who connected")},
                  rows, u"outreach-funnel.csv"_s);
}

void InsightsPage::buildTiers()
{
    ChartPanel *panel = m_panels.at(Tiers);
    const QList<TierCount> counts = m_queries ? m_queries->tierCounts() : QList<TierCount>();
    qint64 total = 0;
    for (const TierCount &c : counts)
        total += c.count;
    if (total == 0) {
        panel->showEmpty(tr("No contacts yet"),
                         tr("Import your LinkedIn export with File › Import LinkedIn Export…, or "
                            "add a contact, then log who follows, comments, shares, views and "
                            "likes with Contact › Quick Capture…. This chart then counts your "
                            "contacts per engagement tier."));
        return;
    }
    QChart *chart = newChart(tr("Contacts per engagement tier"));
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.7);
    QStringList categories;
    QList<TierCount> shown; // bottom row first: the best tier ends on top
    for (auto it = counts.crbegin(); it != counts.crend(); ++it)
        shown << *it;
    int top = 0;
    for (int row = 0; row < shown.size(); ++row) {
        const TierCount &c = shown.at(row);
        const Tier tier = Tier::fromKey(c.key);
        const QString name = tier.isNone() ? tr("Not engaged")
                             : tier.lapsed
                                 ? tr("%1 (lapsed)").arg(TierStyle::pluralLabel(tier.rank))
                                 : TierStyle::pluralLabel(tier.rank);
        categories << tr("%1: %2").arg(name, number(c.count));
        // One set per tier so each bar has its tier's colour; the other
        // rows of the set are zero.
        auto *set = new QBarSet(name);
        QColor color = TierStyle::color(tier.rank);
        if (tier.lapsed)
            color.setAlpha(110);
        set->setColor(color);
        set->setBorderColor(color);
        for (int i = 0; i < shown.size(); ++i)
            set->append(i == row ? c.count : 0);
        series->append(set);
        top = std::max(top, c.count);
    }
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    y->setTitleText(tr("Tier"));
    auto *x = valueAxis(tr("Contacts"), top * 1.05);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    attach(chart, series, x, y);
    chart->legend()->hide(); // the axis names every bar
    panel->trackHover(series, [shown](QBarSet *set, int i) {
        return tr("%1: %2 contacts").arg(set->label(), number(shown.at(i).count));
    });
    panel->setChart(chart);
    const int window = m_queries->tierWindowDays();
    panel->setSideText(tr("<p><b>%1 contacts</b></p><p>A tier is the best engagement a person "
                          "showed in the last %2 days; lapsed when it is older.</p>")
                           .arg(number(total), number(window)));
    panel->setExplanation(InsightsPageExplanations::tiers(counts, window));
    QList<QStringList> rows;
    for (const TierCount &c : counts) {
        const Tier tier = Tier::fromKey(c.key);
        rows << QStringList{QString::number(c.key),
                            tier.isNone() ? tr("none") : TierStyle::label(tier),
                            QString::number(c.count)};
    }
    panel->setCsv({tr("Tier key"), tr("Tier"), tr("Contacts")}, rows, u"contacts-per-tier.csv"_s);
}

} // namespace rapport
