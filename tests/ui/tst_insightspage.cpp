// The Insights page: every chart with numbers and with none (the empty
// state names what to enter and where, the chart is hidden), the ratio
// placed on the seed's table, hover text, CSV export of each chart, the
// list driving the charts by keyboard; the funnel as two charts with core's
// rates, gaps where a month or week has no number, the running month marked
// "so far", the legend below, thousands separators, plurals, the not
// engaged apart from the tier bars, neutral colours that follow the palette.
// With RAPPORT_SHOTS set, grabs every chart, with data and empty, in a light
// and a dark palette, at the page's size in 1280×720 and 1920×1080 windows,
// into that folder.

#include "QueueScenario.h"
#include "SeamTesting.h"
#include "common/ChartPanel.h"
#include "common/EmptyStateView.h"
#include "common/LinkButton.h"
#include "common/TierStyle.h"
#include "db/Database.h"
#include "insights/AudiencePanel.h"
#include "insights/InsightsPage.h"
#include "insights/InsightsQueries.h"
#include "insights/NetworkReviewPanel.h"
#include "io/AnalyticsImporter.h"
#include "store/ContentStore.h"
#include "store/SnapshotStore.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QXYSeries>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

const QDate today(2026, 6, 15);

bool fill(Database &db)
{
    // Twenty weeks ending with seed 003's numbers: 6,273 followers and
    // 5,297 connections.
    SnapshotStore snapshots(db);
    QString error;
    for (int week = 19; week >= 0; --week) {
        NetworkSnapshot s;
        s.takenOn = today.addDays(-7 * week);
        s.connections = 5297 - week * 40;
        s.followers = s.connections + 976 - week * 25;
        if (week != 3)
            s.profileViews = 120 + (week % 5) * 30;
        s.searchAppearances = 300 + (week % 4) * 45;
        if (!snapshots.save(s, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
    }
    ContentStore content(db);
    for (int i = 0; i < 8; ++i) {
        ContentPiece piece;
        piece.kind = i % 3 == 2 ? ContentKind::Article : ContentKind::Post;
        piece.title = u"Piece %1"_s.arg(i + 1);
        piece.publishedOn = today.addDays(-120 + i * 14);
        if (!content.add(piece, &error))
            return false;
        ContentMetrics m;
        m.contentId = piece.id;
        m.takenOn = piece.publishedOn.addDays(7);
        const bool article = piece.kind == ContentKind::Article;
        m.views = article ? 800 + i * 10 : 8000 - i * 200;
        m.reactions = article ? 90 : 50 + i;
        m.comments = article ? 25 : 10;
        m.shares = article ? 14 : 12;
        if (!content.addMetrics(m, &error))
            return false;
    }
    // LinkedIn's analytics: the last four weeks, within the typed weeks.
    AnalyticsWorkbookData workbook;
    workbook.fileName = u"Content_test.xlsx"_s;
    workbook.periodStart = today.addDays(-27);
    workbook.periodEnd = today;
    for (QDate day = workbook.periodStart; day <= today; day = day.addDays(1))
        workbook.days << AnalyticsDay{day, 1000 + day.day() * 10, 20 + day.day() % 7};
    if (!AnalyticsImporter(db).run(workbook, workbook.fileName, nullptr, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    test::QueueScenario s{db, today, {}, {}};
    return s.load(u"c A; c B; c C; c D; c E;"
                  "o A invitation out -70 accepted; o B invitation out -65 declined;"
                  "o C invitation out -60; o E invitation out -20 accepted;"
                  "o D invitation out -40 accepted; o C invitation out -38 accepted;"
                  "o A inmail out -40 replied; o B inmail out -38; o E inmail out -10;"
                  "c H deg=1 conn=-30; e H follow -100;"
                  "c K deg=1 conn=-6; e K follow -50;"
                  "c F; e F comment -3; c G; e G like -2; e A like -1"_s);
}

// The last explanation shown ("How is this computed?"), its text only.
QString lastInformation()
{
    const QList<Prompts::Shown> shown = Prompts::shown();
    for (auto it = shown.crbegin(); it != shown.crend(); ++it) {
        if (it->kind == Prompts::Kind::Information)
            return it->text;
    }
    return QString();
}

// The exported file's lines; every file starts with a UTF-8 byte order mark.
// The series of a chart with this name (a gapped line has one per stretch).
QList<QLineSeries *> lines(QChart *chart, const QString &name)
{
    QList<QLineSeries *> found;
    for (QAbstractSeries *series : chart->series()) {
        auto *line = qobject_cast<QLineSeries *>(series);
        if (line && line->name() == name)
            found << line;
    }
    return found;
}

QStringList csvOf(ChartPanel *panel, const QString &path)
{
    FileDialogs::setNextPath(path);
    if (!panel->exportCsv())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return {};
    return QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3b, 0x82, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

} // namespace

class tst_InsightsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_run = 0;

    bool open(Database &db)
    {
        QString error;
        const bool ok = db.open(m_dir.filePath(u"p%1.sqlite"_s.arg(++m_run)), &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }

    void shoot(InsightsPage &page, const QString &suffix)
    {
        const QString folder = qEnvironmentVariable("RAPPORT_SHOTS");
        if (folder.isEmpty())
            return;
        QDir().mkpath(folder);
        const char *names[] = {"network",     "ratio",   "views", "content",
                               "invitations", "inmails", "tiers", "impressions"};
        // The page's room in a 1280×720 and a 1920×1080 window.
        const QSize before = page.size();
        for (const QSize &size : {QSize(1100, 640), QSize(1740, 1000)}) {
            page.resize(size);
            for (int c = 0; c < InsightsPage::ChartCount; ++c) {
                page.showChart(InsightsPage::Chart(c));
                QCoreApplication::processEvents();
                page.grab().save(QDir(folder).filePath(u"insights-%1-%2-%3.png"_s.arg(
                    QLatin1String(names[c]), suffix, QString::number(size.width()))));
            }
        }
        page.resize(before);
    }

private slots:
    void init() { SeamTesting::start(); }

    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
    }

    void emptyEverywhere_data()
    {
        QTest::addColumn<bool>("withDatabase");
        QTest::newRow("empty database") << true;
        QTest::newRow("no database") << false;
    }

    void emptyEverywhere()
    {
        QFETCH(bool, withDatabase);
        Database db;
        QVERIFY(open(db));
        InsightsPage page;
        page.resize(1200, 700);
        page.setToday(today);
        page.setDatabase(withDatabase ? &db : nullptr);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QStringList where = {u"This Week's Numbers"_s,
                                   u"This Week's Numbers"_s,
                                   u"This Week's Numbers"_s,
                                   u"Add Numbers"_s,
                                   u"Compose Message"_s,
                                   u"Compose Message"_s,
                                   u"Import your LinkedIn export"_s,
                                   u"Import LinkedIn Analytics"_s};
        for (int c = 0; c < InsightsPage::ChartCount; ++c) {
            page.showChart(InsightsPage::Chart(c));
            ChartPanel *panel = page.panel(InsightsPage::Chart(c));
            QVERIFY2(panel->isEmptyShown(), qPrintable(QString::number(c)));
            QVERIFY(panel->emptyState()->isVisible());
            QVERIFY(panel->emptyState()->text()->isVisible());
            QVERIFY(!panel->emptyState()->heading()->text().isEmpty());
            QVERIFY2(panel->emptyState()->text()->text().contains(where.at(c)),
                     qPrintable(panel->emptyState()->text()->text()));
            // One kind of menu arrow, no "…." and every wrapped line shown.
            QVERIFY(!panel->emptyState()->text()->text().contains(u"\u203a"_s));
            QVERIFY(!panel->emptyState()->text()->text().contains(u"\u2026."_s));
            QLabel *text = panel->emptyState()->text();
            QVERIFY(text->height() >= text->heightForWidth(text->width()));
            QVERIFY(!panel->chartView()->isVisible());
            QVERIFY(!panel->exportButton()->isEnabled());
            QVERIFY(!panel->exportCsv());
        }
        if (withDatabase)
            shoot(page, u"empty"_s);
    }

    void everyChartWithData()
    {
        Database db;
        QVERIFY(open(db));
        QVERIFY(fill(db));
        InsightsPage page;
        page.resize(1200, 700);
        page.setToday(today);
        page.setDatabase(&db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        for (int c = 0; c < InsightsPage::ChartCount; ++c) {
            page.showChart(InsightsPage::Chart(c));
            QCOMPARE(page.currentChart(), InsightsPage::Chart(c));
            ChartPanel *panel = page.panel(InsightsPage::Chart(c));
            QVERIFY2(!panel->isEmptyShown(), qPrintable(QString::number(c)));
            QVERIFY(panel->chartView()->isVisible());
            QVERIFY(panel->exportButton()->isEnabled());
            QChart *chart = panel->chart();
            QVERIFY(!chart->title().isEmpty());
            QVERIFY(!chart->series().isEmpty());
            const QList<QAbstractAxis *> axes = chart->axes();
            QVERIFY(axes.size() >= 2);
            for (const QAbstractAxis *axis : axes)
                QVERIFY2(!axis->titleText().isEmpty(), qPrintable(chart->title()));
            if (chart->series().size() > 1 && c != InsightsPage::Tiers)
                QVERIFY(chart->legend()->isVisible());
            // The legend below the plot, never beside it.
            QCOMPARE(chart->legend()->alignment(), Qt::AlignBottom);
            // The chart's title is its entry in the list.
            auto *list = page.findChild<QListWidget *>(u"insightsChartList"_s);
            QCOMPARE(chart->title(), list->item(c)->text());
            QVERIFY(!panel->chartView()->accessibleName().isEmpty());
            QVERIFY(!panel->exportButton()->accessibleName().isEmpty());
        }
        shoot(page, u"light"_s);
        page.setPalette(darkPalette());
        shoot(page, u"dark"_s);
        // The chart follows the palette: dark background, light labels.
        QCOMPARE(page.panel(InsightsPage::Network)->chart()->backgroundBrush().color(),
                 darkPalette().color(QPalette::Window));
        QCOMPARE(page.panel(InsightsPage::Network)->chart()->titleBrush().color(),
                 darkPalette().color(QPalette::WindowText));
    }

    void explanationsCarryTodaysInputs()
    {
        Database db;
        QVERIFY(open(db));
        QVERIFY(fill(db));
        InsightsPage page;
        page.resize(1200, 700);
        page.setToday(today);
        page.setDatabase(&db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const auto explanation = [&page](InsightsPage::Chart c) {
            page.showChart(c);
            ChartPanel *panel = page.panel(c);
            // Beside the figures, as a button and as the figures' tooltip.
            if (!panel->explainButton()->isVisible() ||
                panel->sideText()->toolTip() != panel->explanation())
                return QString();
            return panel->explanation();
        };
        QString text = explanation(InsightsPage::Network);
        QVERIFY2(text.contains(u"6,273 − 5,297 = 976"_s), qPrintable(text));
        text = explanation(InsightsPage::Ratio);
        QVERIFY2(text.contains(u"976 ÷ 5,297 = 18.4 %"_s), qPrintable(text));
        QVERIFY2(text.contains(u"265–530"_s), qPrintable(text));
        QVERIFY(explanation(InsightsPage::Views).contains(u"LinkedIn's own numbers"_s));
        // Funnel, hand-counted from fill(): invitations on days -70 (accepted),
        // -65 (declined), -60 (silent: decided, not accepted), -40, -38 and -20
        // (accepted): 4 of 6; InMails: 1 answered of 3; H and K followed
        // before they connected.
        text = explanation(InsightsPage::Invitations);
        QVERIFY2(text.contains(u"acceptance 4 ÷ 6 = 66.7 %"_s), qPrintable(text));
        QVERIFY2(text.contains(u"2 followers became connections"_s), qPrintable(text));
        text = explanation(InsightsPage::InMails);
        QVERIFY2(text.contains(u"response 1 ÷ 3 = 33.3 %"_s), qPrintable(text));
        // Nine contacts, A to K without I and J.
        text = explanation(InsightsPage::Tiers);
        QVERIFY2(text.contains(u"in the last 90 days"_s), qPrintable(text));
        QVERIFY2(text.contains(u"= 9 contacts"_s), qPrintable(text));

        // The button shows the same text.
        ChartPanel *funnel = page.panel(InsightsPage::Invitations);
        page.showChart(InsightsPage::Invitations);
        // A link, as everywhere else "How is this computed?" shows.
        QVERIFY(funnel->explainButton()->font().underline());
        QCOMPARE(funnel->explainButton()->palette().color(QPalette::ButtonText),
                 funnel->palette().color(QPalette::Link));
        Prompts::clear();
        QTest::mouseClick(funnel->explainButton(), Qt::LeftButton);
        QCOMPARE(Prompts::shown().size(), 1);
        QCOMPARE(lastInformation(), funnel->explanation());

        // The network review: each share with its division, and the score's sums.
        page.showReview();
        NetworkReviewPanel *review = page.reviewPanel();
        text = review->explanation();
        QVERIFY2(text.contains(u"Network score = "_s), qPrintable(text));
        QVERIFY2(text.contains(u"not filled in 2 ÷ 2 = 100.0 %"_s), qPrintable(text));
        QCOMPARE(review->scoreLabel()->toolTip().isEmpty(), false);
        QVERIFY(review->explainButton()->font().underline());
        Prompts::clear();
        QTest::mouseClick(review->explainButton(), Qt::LeftButton);
        QCOMPARE(Prompts::shown().size(), 1);
        QCOMPARE(lastInformation(), text);
    }

    void noExplanationWhenEmpty()
    {
        Database db;
        QVERIFY(open(db));
        InsightsPage page;
        page.setToday(today);
        page.setDatabase(&db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        for (int c = 0; c < InsightsPage::ChartCount; ++c) {
            page.showChart(InsightsPage::Chart(c));
            QVERIFY(page.panel(InsightsPage::Chart(c))->explanation().isEmpty());
            QVERIFY(!page.panel(InsightsPage::Chart(c))->explainButton()->isVisible());
        }
    }

    void ratioOnTheSeedTable()
    {
        Database db;
        QVERIFY(open(db));
        QVERIFY(fill(db));
        InsightsPage page;
        page.setToday(today);
        page.setDatabase(&db);
        page.showChart(InsightsPage::Ratio);
        const QString side = page.panel(InsightsPage::Ratio)->sideText()->text();
        QVERIFY2(side.contains(u"976 true followers for 5,297 connections: 18.4 %, above the "
                               "typical 5–10 % (265–530)"_s),
                 qPrintable(side));
        // Between the 1,000 and 10,000 rows of the seed's table.
        const qsizetype you = side.indexOf(u"5,297 (you)"_s);
        QVERIFY(you > side.indexOf(u"50–100"_s));
        QVERIFY(you < side.indexOf(u"500–1,000"_s));
    }

    void hoverNamesValueAndDate()
    {
        Database db;
        QVERIFY(open(db));
        QVERIFY(fill(db));
        InsightsPage page;
        page.setToday(today);
        page.setDatabase(&db);
        ChartPanel *network = page.panel(InsightsPage::Network);
        auto *connections = qobject_cast<QXYSeries *>(network->chart()->series().at(1));
        QVERIFY(connections);
        const QPointF last = connections->points().last();
        emit connections->hovered(last + QPointF(3600 * 1000, 0), true);
        QCOMPARE(network->hoverText(), u"Connections, week of 6/15/26: 5,297"_s);

        page.showChart(InsightsPage::Invitations);
        ChartPanel *funnel = page.panel(InsightsPage::Invitations);
        QAbstractBarSeries *bars = nullptr;
        for (QAbstractSeries *s : funnel->chart()->series())
            bars = bars ? bars : qobject_cast<QAbstractBarSeries *>(s);
        QVERIFY(bars);
        emit bars->hovered(true, 9, bars->barSets().at(1)); // April, accepted
        QCOMPARE(funnel->hoverText(), u"Invitations accepted, April 2026: 1"_s);
    }

    void exportEveryChart()
    {
        Database db;
        QVERIFY(open(db));
        QVERIFY(fill(db));
        InsightsPage page;
        page.setToday(today);
        page.setDatabase(&db);
        const QString path = m_dir.filePath(u"out.csv"_s);

        page.showChart(InsightsPage::Network);
        QStringList lines = csvOf(page.panel(InsightsPage::Network), path);
        QCOMPARE(lines.size(), 21);
        QCOMPARE(lines.first(), u"Week starting,Entered on,Followers,Connections,True followers"_s);
        QCOMPARE(lines.last(), u"2026-06-15,2026-06-15,6273,5297,976"_s);

        page.showChart(InsightsPage::Ratio);
        lines = csvOf(page.panel(InsightsPage::Ratio), path);
        QCOMPARE(lines.last(), u"2026-06-15,5297,976,18.4,265,530"_s);

        page.showChart(InsightsPage::Views);
        lines = csvOf(page.panel(InsightsPage::Views), path);
        QCOMPARE(lines.size(), 21);
        QVERIFY(lines.contains(u"2026-05-25,,435"_s)); // no profile views that week

        page.showChart(InsightsPage::Content);
        lines = csvOf(page.panel(InsightsPage::Content), path);
        QCOMPARE(lines.size(), 9);
        QCOMPARE(lines.at(1), u"post,Piece 1,2026-02-15,2026-02-22,8000,72,0.9,0"_s);
        QCOMPARE(lines.at(3), u"article,Piece 3,2026-03-15,2026-03-22,820,129,15.7,0"_s);
        // The kinds' rates over their totals, with the inputs to check them
        // by hand: posts (72 + 73 + 75 + 76 + 78 + 79) / (8,000 + 7,800 +
        // 7,400 + 7,200 + 6,800 + 6,600) = 453 / 43,800 = 1.0 %; articles
        // (129 + 129) / (820 + 850) = 15.4 %.
        const QString contentSide = page.panel(InsightsPage::Content)->sideText()->text();
        QVERIFY2(contentSide.contains(u"453 engagements ÷ 43,800 views = <b>1.0 %</b>"_s),
                 qPrintable(contentSide));
        QVERIFY2(contentSide.contains(u"258 engagements ÷ 1,670 views = <b>15.4 %</b>"_s),
                 qPrintable(contentSide));
        QVERIFY2(contentSide.contains(u"How is this computed?"_s), qPrintable(contentSide));

        page.showChart(InsightsPage::Invitations);
        lines = csvOf(page.panel(InsightsPage::Invitations), path);
        QCOMPARE(lines.size(), 13);
        QCOMPARE(lines.first(), u"Month,Invitations sent,Invitations accepted,Invitations "
                                "decided,Acceptance rate (%),Followers who connected,Month "
                                "complete"_s);
        QCOMPARE(lines.at(1), u"2025-07,0,0,0,,0,yes"_s); // no rate: empty, not 0
        QCOMPARE(lines.at(10), u"2026-04,3,1,3,33.3,0,yes"_s);
        QCOMPARE(lines.at(11), u"2026-05,3,3,3,100.0,1,yes"_s);
        QCOMPARE(lines.at(12), u"2026-06,0,0,0,,1,no"_s);

        page.showChart(InsightsPage::InMails);
        lines = csvOf(page.panel(InsightsPage::InMails), path);
        QCOMPARE(lines.size(), 13);
        QCOMPARE(lines.at(10), u"2026-04,0,0,,yes"_s);
        QCOMPARE(lines.at(11), u"2026-05,2,1,50.0,yes"_s);
        QCOMPARE(lines.at(12), u"2026-06,1,0,0.0,no"_s);

        page.showChart(InsightsPage::Tiers);
        lines = csvOf(page.panel(InsightsPage::Tiers), path);
        QCOMPARE(lines.size(), 14);
        QCOMPARE(lines.first(), u"Tier key,Tier,Contacts"_s);
        // Tiers are as of the real day, long after the scenario's: lapsed.
        QCOMPARE(lines.at(1), u"1,Follower,0"_s);
        QCOMPARE(lines.at(7), u"7,Follower (lapsed),2"_s);
        QCOMPARE(lines.at(8), u"8,Commenter (lapsed),1"_s);
        QCOMPARE(lines.at(12), u"12,Liker (lapsed),2"_s);
        QCOMPARE(lines.at(13), u"13,none,4"_s);

        // Cancelling the file dialog writes nothing.
        QFile::remove(path);
        FileDialogs::clear();
        FileDialogs::setNextPath(QString());
        QVERIFY(!page.panel(InsightsPage::Tiers)->exportCsv());
        QCOMPARE(FileDialogs::asked(), QStringList{u"Export Chart Data"_s});
        QVERIFY(!QFile::exists(path));
    }

    void funnelGapsAndPartialMonth()
    {
        // Today is 15 June: invitations in February (accepted), April
        // (declined) and June (accepted, so far); none in March or May.
        // InMails only in May. One follower became a connection.
        Database db;
        QVERIFY(open(db));
        test::QueueScenario s{db, today, {}, {}};
        QVERIFY(s.load(u"c A; c B; c C; c D;"
                       "o A invitation out -120 accepted; o B invitation out -62 declined;"
                       "o C invitation out -5 accepted;"
                       "o D inmail out -40 replied; o A inmail out -35;"
                       "c H deg=1 conn=-30; e H follow -100"_s));
        InsightsPage page;
        page.resize(1200, 700);
        page.setToday(today);
        page.setDatabase(&db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        // Two charts, each with its own rate, computed by core.
        InsightsQueries queries(db);
        const QList<FunnelPeriod> months = queries.funnel(today, 12);
        QCOMPARE(months.size(), 12);
        page.showChart(InsightsPage::Invitations);
        ChartPanel *invitations = page.panel(InsightsPage::Invitations);
        QCOMPARE(invitations->chart()->title(), u"Invitations per month"_s);
        const QList<QLineSeries *> acceptance = lines(invitations->chart(), u"Acceptance rate"_s);
        QCOMPARE(acceptance.size(), 3); // February, April, June: three stretches
        QMap<int, qreal> points;
        for (QLineSeries *run : acceptance) {
            const QList<QPointF> p = run->points();
            // No line across a gap: a stretch covers consecutive months only.
            for (int i = 1; i < p.size(); ++i)
                QCOMPARE(p.at(i).x(), p.at(i - 1).x() + 1);
            for (const QPointF &point : p)
                points.insert(int(point.x()), point.y());
        }
        QCOMPARE(points.keys(), (QList<int>{7, 9, 11})); // no point, no zero elsewhere
        for (auto it = points.cbegin(); it != points.cend(); ++it)
            QCOMPARE(it.value(), *months.at(it.key()).acceptanceRate * 100);
        QCOMPARE(points.value(9), 0.0); // declined: a real 0 %, not a gap
        // Only one legend entry for the stretches.
        int markers = 0;
        for (QLegendMarker *m : invitations->chart()->legend()->markers())
            markers += m->isVisible() && m->label() == u"Acceptance rate"_s ? 1 : 0;
        QCOMPARE(markers, 1);

        // June is partial: "Jun (so far)" on the axis, its point dashed.
        auto *x =
            qobject_cast<QBarCategoryAxis *>(invitations->chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(x);
        QCOMPARE(x->count(), 12);
        QCOMPARE(x->at(11), u"Jun<br>so far"_s);
        QCOMPARE(x->at(10), u"May"_s);
        for (QLineSeries *run : acceptance) {
            const bool june = run->points().last().x() == 11;
            QCOMPARE(run->pen().style(), june ? Qt::DashLine : Qt::SolidLine);
        }
        QVERIFY2(invitations->sideText()->text().contains(u"June is not over"_s),
                 qPrintable(invitations->sideText()->text()));
        // Proper plurals.
        QVERIFY2(invitations->sideText()->text().contains(u"1 follower became a connection."_s),
                 qPrintable(invitations->sideText()->text()));
        QVERIFY2(invitations->sideText()->text().contains(u"3 invitations sent"_s),
                 qPrintable(invitations->sideText()->text()));

        page.showChart(InsightsPage::InMails);
        ChartPanel *inmails = page.panel(InsightsPage::InMails);
        QCOMPARE(inmails->chart()->title(), u"InMails per month"_s);
        const QList<QLineSeries *> response = lines(inmails->chart(), u"Response rate"_s);
        QCOMPARE(response.size(), 1);
        QCOMPARE(response.first()->points(), (QList<QPointF>{{10, 50.0}}));
        QCOMPARE(*months.at(10).responseRate, 0.5);
        QVERIFY(lines(inmails->chart(), u"Acceptance rate"_s).isEmpty());
        QVERIFY2(inmails->sideText()->text().contains(u"2 InMails sent"_s),
                 qPrintable(inmails->sideText()->text()));
        // The hover names the month and says "so far" for June's bars.
        QAbstractBarSeries *bars = nullptr;
        for (QAbstractSeries *series : inmails->chart()->series())
            bars = bars ? bars : qobject_cast<QAbstractBarSeries *>(series);
        QVERIFY(bars);
        emit bars->hovered(true, 11, bars->barSets().at(0));
        QCOMPARE(inmails->hoverText(), u"InMails sent, June 2026 (so far): 0"_s);
    }

    void weeklyGaps()
    {
        // fill(): week 3 before today has no profile views. A second
        // database skips a whole week: no line across it.
        Database db;
        QVERIFY(open(db));
        QVERIFY(fill(db));
        InsightsPage page;
        page.setToday(today);
        page.setDatabase(&db);
        page.showChart(InsightsPage::Views);
        QChart *views = page.panel(InsightsPage::Views)->chart();
        const QList<QLineSeries *> runs = lines(views, u"Profile views (last 7 days)"_s);
        QCOMPARE(runs.size(), 2);
        const qreal missing = QDate(2026, 5, 25).startOfDay().toMSecsSinceEpoch();
        int points = 0;
        for (QLineSeries *run : runs) {
            points += run->count();
            for (const QPointF &p : run->points())
                QVERIFY(p.x() != missing);
        }
        QCOMPARE(points, 19);
        QCOMPARE(lines(views, u"Search appearances"_s).size(), 1);
        QCOMPARE(lines(views, u"Search appearances"_s).first()->count(), 20);
        // Each stretch names its own weeks when hovered.
        QLineSeries *after = runs.last();
        emit after->hovered(after->points().first(), true);
        QCOMPARE(page.panel(InsightsPage::Views)->hoverText(),
                 u"Profile views (last 7 days), week of 6/1/26: 180"_s);

        Database skipped;
        QVERIFY(open(skipped));
        SnapshotStore snapshots(skipped);
        QString error;
        for (int week : {4, 3, 1, 0}) {
            NetworkSnapshot s;
            s.takenOn = today.addDays(-7 * week);
            s.connections = 1000 + week;
            s.followers = 1100;
            QVERIFY2(snapshots.save(s, &error), qPrintable(error));
        }
        page.setDatabase(&skipped);
        page.showChart(InsightsPage::Network);
        for (const QString &name : {u"Followers (as LinkedIn shows them)"_s, u"Connections"_s})
            QCOMPARE(lines(page.panel(InsightsPage::Network)->chart(), name).size(), 2);
        page.showChart(InsightsPage::Ratio);
        QCOMPARE(
            lines(page.panel(InsightsPage::Ratio)->chart(), u"Your true-follower ratio"_s).size(),
            2);
    }

    void axisLabelsHaveThousandsSeparators()
    {
        Database db;
        QVERIFY(open(db));
        QVERIFY(fill(db));
        InsightsPage page;
        page.resize(1200, 700);
        page.setToday(today);
        page.setDatabase(&db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        ChartPanel *network = page.panel(InsightsPage::Network);
        QVERIFY(network->chart()->localizeNumbers());
        QCoreApplication::processEvents();
        // The axis labels as drawn: up to about 7,000 people.
        QStringList labels;
        for (QGraphicsItem *item : network->chartView()->scene()->items()) {
            if (auto *text = dynamic_cast<QGraphicsTextItem *>(item))
                labels << text->toPlainText();
        }
        QVERIFY2(labels.contains(u"4,000"_s), qPrintable(labels.join(u" | "_s)));
        QVERIFY2(!labels.contains(u"4000"_s), qPrintable(labels.join(u" | "_s)));
        // A percent axis: one sign, after the localized number.
        page.showChart(InsightsPage::Invitations);
        ChartPanel *invitations = page.panel(InsightsPage::Invitations);
        QCoreApplication::processEvents();
        labels.clear();
        for (QGraphicsItem *item : invitations->chartView()->scene()->items()) {
            if (auto *text = dynamic_cast<QGraphicsTextItem *>(item))
                labels << text->toPlainText();
        }
        QVERIFY2(labels.contains(u"100 %"_s), qPrintable(labels.join(u" | "_s)));
        // The running month on two lines, whole (not cut to "J…").
        const QStringList june = labels.filter(QRegularExpression(u"^Jun\\s"_s));
        QCOMPARE(june.size(), 1);
        QVERIFY2(june.first().endsWith(u"so far"_s), qPrintable(labels.join(u" | "_s)));
    }

    void notEngagedApartFromTheTiers()
    {
        Database db;
        QVERIFY(open(db));
        QVERIFY(fill(db));
        InsightsPage page;
        page.setToday(today);
        page.setDatabase(&db);
        page.showChart(InsightsPage::Tiers);
        ChartPanel *tiers = page.panel(InsightsPage::Tiers);
        auto *y = qobject_cast<QBarCategoryAxis *>(tiers->chart()->axes(Qt::Vertical).value(0));
        QVERIFY(y);
        QCOMPARE(y->count(), 12); // the twelve tiers, not "Not engaged"
        for (const QString &category : y->categories())
            QVERIFY2(!category.contains(u"engaged"_s, Qt::CaseInsensitive), qPrintable(category));
        auto *bars = qobject_cast<QAbstractBarSeries *>(tiers->chart()->series().value(0));
        QVERIFY(bars);
        QCOMPARE(bars->count(), 12);
        qreal top = 0;
        for (QBarSet *set : bars->barSets()) {
            for (int i = 0; i < set->count(); ++i)
                top = std::max(top, set->at(i));
        }
        QCOMPARE(top, 2.0); // the 4 not engaged set no bar's scale
        const QString side = tiers->sideText()->text();
        QVERIFY2(side.contains(u"<b>4 not engaged</b>"_s), qPrintable(side));
        QVERIFY2(side.contains(u"<b>9 contacts</b>"_s), qPrintable(side));
    }

    void neutralColoursFromThePalette()
    {
        Database db;
        QVERIFY(open(db));
        QVERIFY(fill(db));
        InsightsPage page;
        page.resize(1200, 700);
        page.setToday(today);
        page.setDatabase(&db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QList<QColor> tierColours;
        for (int rank = 0; rank <= 6; ++rank)
            tierColours << TierStyle::color(rank);
        const auto coloursOf = [](QChart *chart) {
            QList<QColor> colours;
            for (QAbstractSeries *series : chart->series()) {
                if (auto *xy = qobject_cast<QXYSeries *>(series))
                    colours << xy->pen().color();
                if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
                    for (QBarSet *set : bars->barSets())
                        colours << set->color();
                }
            }
            return colours;
        };
        for (int c = 0; c < InsightsPage::ChartCount; ++c) {
            if (c == InsightsPage::Tiers)
                continue; // the one chart in tier colours
            page.showChart(InsightsPage::Chart(c));
            for (const QColor &colour : coloursOf(page.panel(InsightsPage::Chart(c))->chart()))
                QVERIFY2(!tierColours.contains(colour),
                         qPrintable(u"%1: %2"_s.arg(c).arg(colour.name())));
        }
        page.showChart(InsightsPage::Views);
        QChart *views = page.panel(InsightsPage::Views)->chart();
        QCOMPARE(lines(views, u"Profile views (last 7 days)"_s).value(0)->pen().color(),
                 page.palette().color(QPalette::Highlight));
        // The tiers keep their colours.
        page.showChart(InsightsPage::Tiers);
        const QList<QColor> tierBars = coloursOf(page.panel(InsightsPage::Tiers)->chart());
        QVERIFY(tierBars.contains(TierStyle::color(Tier::fromKey(1).rank)));

        // A dark palette: the series follow it.
        page.showChart(InsightsPage::Views);
        page.setPalette(darkPalette());
        views = page.panel(InsightsPage::Views)->chart();
        QCOMPARE(lines(views, u"Profile views (last 7 days)"_s).value(0)->pen().color(),
                 darkPalette().color(QPalette::Highlight));
        const QColor search = lines(views, u"Search appearances"_s).value(0)->pen().color();
        // Mid-grey between the dark window and its light text.
        QVERIFY(search.lightness() > darkPalette().color(QPalette::Window).lightness());
        QVERIFY(search.lightness() < darkPalette().color(QPalette::WindowText).lightness());
        QCOMPARE(views->axes().first()->labelsBrush().color(),
                 darkPalette().color(QPalette::WindowText));
        // A chart built before the change is drawn again when shown.
        page.showChart(InsightsPage::Network);
        QCOMPARE(lines(page.panel(InsightsPage::Network)->chart(), u"Connections"_s)
                     .value(0)
                     ->pen()
                     .color(),
                 search);
    }

    void keyboardPicksCharts()
    {
        InsightsPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *list = page.findChild<QListWidget *>(u"insightsChartList"_s);
        QVERIFY(list);
        // + the network review and the audience
        QCOMPARE(list->count(), int(InsightsPage::ChartCount) + 2);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(page.currentChart(), InsightsPage::Ratio);
        QTest::keyClick(list, Qt::Key_End);
        QVERIFY(page.isAudienceShown());
        QVERIFY(page.audiencePanel()->isVisible());
        QVERIFY(page.audiencePanel()->isEmptyShown()); // no database
        QTest::keyClick(list, Qt::Key_Up);
        QVERIFY(page.isReviewShown());
        QVERIFY(page.reviewPanel()->isVisible());
        QVERIFY(page.reviewPanel()->isEmptyShown());
        QTest::keyClick(list, Qt::Key_Up);
        QCOMPARE(page.currentChart(), InsightsPage::Impressions);
        QVERIFY(page.panel(InsightsPage::Impressions)->isVisible());
        QVERIFY(!list->accessibleName().isEmpty());
    }
};

QTEST_MAIN(tst_InsightsPage)
#include "tst_insightspage.moc"
