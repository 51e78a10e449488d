#include "insights/InsightsPage.h"

#include "insights/AudiencePanel.h"
#include "insights/InsightsQueries.h"
#include "insights/NetworkReviewPanel.h"
#include "insights/charts/ContentChart.h"
#include "insights/charts/FunnelChart.h"
#include "insights/charts/ImpressionsChart.h"
#include "insights/charts/NetworkChart.h"
#include "insights/charts/RatioChart.h"
#include "insights/charts/TiersChart.h"
#include "insights/charts/ViewsChart.h"
#include "session/ChangeWatcher.h"
#include "session/Session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace rapport {

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
        QString title; // the chart's own title
    } charts[ChartCount] = {
        {"network", NetworkChart::title()},
        {"ratio", RatioChart::title()},
        {"views", ViewsChart::title()},
        {"content", ContentChart::title()},
        {"invitations", FunnelChart::invitationsTitle()},
        {"inmails", FunnelChart::inmailsTitle()},
        {"tiers", TiersChart::title()},
        {"impressions", ImpressionsChart::title()},
    };
    int widest = 0;
    for (const auto &c : charts) {
        auto *item = new QListWidgetItem(c.title, m_list);
        item->setSizeHint(QSize(0, fontMetrics().height() + 12));
        widest = std::max(widest, fontMetrics().horizontalAdvance(c.title));
        auto *panel = new ChartPanel(QString::fromLatin1(c.prefix), c.title, m_stack);
        m_stack->addWidget(panel);
        panel->installEventFilter(this);
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
    const QString audienceTitle = AudiencePanel::title();
    auto *audienceItem = new QListWidgetItem(audienceTitle, m_list);
    audienceItem->setSizeHint(QSize(0, fontMetrics().height() + 12));
    widest = std::max(widest, fontMetrics().horizontalAdvance(audienceTitle));
    m_audience = new AudiencePanel(m_stack);
    m_stack->addWidget(m_audience);
    setEmptyStates();
    m_list->setFixedWidth(widest + 40);
    layout->addWidget(m_list);
    layout->addWidget(m_stack, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row > ChartCount + 1)
            return;
        m_stack->setCurrentIndex(row);
        if (row == ChartCount)
            m_review->reload();
        else if (row == ChartCount + 1)
            fillAudience();
        else
            build(Chart(row));
    });
    m_list->setCurrentRow(0);
    setFocusProxy(m_list);
}

InsightsPage::~InsightsPage() = default;

void InsightsPage::setEmptyStates()
{
    // Each empty chart says what will show and offers the one action that
    // fills it, as the menus do.
    const QString weekly = u"weeklyNumbersAction"_s;
    m_panels.at(Network)->setEmptyState(
        tr("No weekly numbers yet"),
        tr("Each week, copy your followers and connections from your LinkedIn profile into "
           "This Week's Numbers. This chart then shows how they grow, and how many follow you "
           "without being connected."),
        {weekly});
    m_panels.at(Ratio)->setEmptyState(
        tr("No weekly numbers yet"),
        tr("Enter your followers and connections from your LinkedIn profile in This Week's "
           "Numbers. This chart then compares the people who follow you without being "
           "connected with the typical 5–10 % of connections."),
        {weekly});
    m_panels.at(Views)->setEmptyState(
        tr("No profile views or search appearances yet"),
        tr("Each week, copy the profile views and search appearances from your LinkedIn "
           "dashboard into This Week's Numbers. LinkedIn forgets them; this chart keeps the "
           "series."),
        {weekly});
    m_panels.at(Content)->setEmptyState(
        tr("No numbers for your posts and articles yet"),
        tr("Add the posts and articles you publish, then enter their views, reactions, "
           "comments and shares with Add Numbers on the Content page. This chart then "
           "compares the engagement of posts and articles."),
        {u"addContentAction"_s, u"addContentMetricsAction"_s});
    m_panels.at(Invitations)
        ->setEmptyState(
            tr("No invitations in the last 12 months"),
            tr("Import your LinkedIn export to bring in the invitations you sent, or log each one "
               "as you send it with Contact \u25b8 Compose Message. This chart then shows how many "
               "were accepted each month, and the acceptance rate."),
            {u"importLinkedInAction"_s});
    m_panels.at(InMails)->setEmptyState(
        tr("No InMails in the last 12 months"),
        tr("Import your LinkedIn export to bring in the InMails you sent, or log each one as "
           "you send it with Contact \u25b8 Compose Message. This chart then shows how many "
           "were answered each month, and the response rate."),
        {u"importLinkedInAction"_s});
    m_panels.at(Tiers)->setEmptyState(
        tr("No contacts yet"),
        tr("Import your LinkedIn export or add a contact, then log who follows, comments, "
           "shares, views and likes with Contact \u25b8 Quick Capture. This chart then counts "
           "your contacts per engagement tier."),
        {u"importLinkedInAction"_s, u"addContactAction"_s});
    m_panels.at(Impressions)
        ->setEmptyState(
            tr("No LinkedIn analytics yet"),
            tr("Export your analytics from LinkedIn (Analytics \u25b8 Post impressions \u25b8 "
               "Export, the past 365 days) and import the workbook with File \u25b8 Import "
               "LinkedIn Analytics. This chart then shows your impressions and engagements "
               "per day, and each week's totals."),
            {u"importAnalyticsAction"_s});
}

void InsightsPage::fillAudience()
{
    QDate periodEnd;
    m_audience->fill(m_queries ? m_queries->audience(&periodEnd) : QList<AnalyticsDemographic>(),
                     periodEnd);
}

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
    else if (isAudienceShown())
        fillAudience();
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

void InsightsPage::showAudience()
{
    m_list->setCurrentRow(ChartCount + 1);
}

bool InsightsPage::isAudienceShown() const
{
    return m_list->currentRow() == ChartCount + 1;
}

void InsightsPage::showChart(Chart chart)
{
    m_list->setCurrentRow(chart);
}

InsightsPage::Chart InsightsPage::currentChart() const
{
    return Chart(std::clamp(m_list->currentRow(), 0, ChartCount - 1));
}

bool InsightsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        // The series take their neutral colours from the panel's palette
        // when built (ChartKit); build the chart again in the new one.
        const auto chart = Chart(m_panels.indexOf(static_cast<ChartPanel *>(watched)));
        if (chart >= 0 && chart < ChartCount && m_built.at(chart)) {
            m_built[chart] = false;
            if (!isReviewShown() && !isAudienceShown() && chart == currentChart())
                build(chart);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void InsightsPage::build(Chart chart)
{
    if (m_built.at(chart))
        return;
    m_built[chart] = true;
    ChartPanel *panel = m_panels.at(chart);
    switch (chart) {
    case Network:
        NetworkChart::fill(panel, m_queries ? m_queries->snapshots() : QList<NetworkSnapshot>());
        break;
    case Ratio:
        RatioChart::fill(panel, m_queries ? m_queries->snapshots() : QList<NetworkSnapshot>());
        break;
    case Views:
        ViewsChart::fill(panel, m_queries ? m_queries->snapshots() : QList<NetworkSnapshot>());
        break;
    case Content:
        ContentChart::fill(panel, m_queries ? m_queries->content() : QList<ContentStats>());
        break;
    case Invitations:
        FunnelChart::fillInvitations(
            panel, m_queries ? m_queries->funnel(today(), 12) : QList<FunnelPeriod>(),
            m_queries ? m_queries->acceptanceThreshold() : 0.0);
        break;
    case InMails:
        FunnelChart::fillInMails(panel, m_queries ? m_queries->funnel(today(), 12)
                                                  : QList<FunnelPeriod>());
        break;
    case Impressions:
        ImpressionsChart::fill(panel,
                               m_queries ? m_queries->analyticsDays() : QList<AnalyticsDay>());
        break;
    case Tiers:
    case ChartCount:
        TiersChart::fill(panel, m_queries ? m_queries->tierCounts() : QList<TierCount>(),
                         m_queries ? m_queries->tierWindowDays() : 0);
        break;
    }
}

} // namespace rapport
