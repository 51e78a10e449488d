#include "SeamTesting.h"
#include "common/DateField.h"
#include "content/ContentMetricsDialog.h"
#include "content/ContentPage.h"
#include "content/ContentPieceDialog.h"
#include "content/ContentPiecePanel.h"
#include "content/ContentTableModel.h"
#include "db/Database.h"
#include "store/ContactStore.h"
#include "store/ContentStore.h"
#include "store/EngagementStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

ContentStats statsRow(qint64 id, ContentKind kind, const QString &title, int views, int reactions,
                      int comments, int shares, int engagers)
{
    ContentStats s;
    s.piece.id = id;
    s.piece.kind = kind;
    s.piece.title = title;
    s.piece.publishedOn = QDate(2026, 3, int(id));
    if (views >= 0)
        s.latest =
            ContentMetrics{id * 10, id, QDate(2026, 4, 1), views, reactions, comments, shares};
    s.loggedEngagers = engagers;
    return s;
}

const QString viewsNote = u"\nA post view counts when it loads on screen, an article view needs "
                          "a click, so compare engagement, not views."_s;

} // namespace

class tst_ContentPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void modelFormatsHandComputedRows();
    void modelPassesTheModelTester();
    void summaryComparesPostsAndArticles();
    void emptyStateUntilAPieceIsAdded();
    void noDatabaseDisablesThePage();
    void addUndoRedoKeepsTheId();
    void editAndUndo();
    void numbersShowTheLatestAndSameDayReplaces();
    void deleteAndUndoRestoresPieceAndHistory();
    void deleteKeyAsksNamingTheTitle();
    void enterEditsTheCurrentPiece();
    void filterAndSort();
    void addActionRunsThePieceDialog();
    void pieceDialogOkNeedsTitleAndWebAddress();
    void pieceDialogShowsWhatTheStoreRefused();
    void metricsDialogShowsHistoryAndReplacement();
    void piecePanelListsEngagersAndReadings();
    void screenshot();

private:
    qint64 addPiece(ContentKind kind, const QString &title, const QDate &published,
                    const QString &url = QString());
    void addNumbers(qint64 pieceId, const QDate &on, int views, int reactions, int comments,
                    int shares);
    // Logs `people` new contacts as liking (and every third also commenting
    // on) the piece; returns the event ids.
    QList<qint64> logEngagers(qint64 pieceId, int people);
    QTableView *table() const { return m_page->findChild<QTableView *>(u"contentTable"_s); }
    QString cell(int row, int column) const
    {
        return m_page->proxyModel()->index(row, column).data().toString();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ContentStore> m_store;
    std::unique_ptr<ContactStore> m_contacts;
    std::unique_ptr<EngagementStore> m_engagement;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<ContentPage> m_page;
    int m_people = 0;
};

void tst_ContentPage::initTestCase()
{
    // Thousands separators are part of what is checked; the C locale the
    // tests run in omits them.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_ContentPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(u"content.sqlite"_s), &error), qPrintable(error));
    m_store = std::make_unique<ContentStore>(*m_db);
    m_contacts = std::make_unique<ContactStore>(*m_db);
    m_engagement = std::make_unique<EngagementStore>(*m_db);
    m_undo = std::make_unique<QUndoStack>();
    m_page = std::make_unique<ContentPage>(m_undo.get());
    m_page->setStore(m_store.get());
    m_page->resize(1100, 500);
    SeamTesting::start();
    m_people = 0;
}

void tst_ContentPage::cleanup()
{
    QVERIFY2(SeamTesting::warnings().isEmpty(), qPrintable(SeamTesting::warnings().join(u'\n')));
    m_page.reset();
    m_undo.reset();
    m_engagement.reset();
    m_contacts.reset();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 tst_ContentPage::addPiece(ContentKind kind, const QString &title, const QDate &published,
                                 const QString &url)
{
    ContentPiece p;
    p.kind = kind;
    p.title = title;
    p.url = url;
    p.publishedOn = published;
    QString error;
    qint64 id = 0;
    if (!m_page->addPiece(p, &error, &id))
        qWarning() << error;
    return id;
}

void tst_ContentPage::addNumbers(qint64 pieceId, const QDate &on, int views, int reactions,
                                 int comments, int shares)
{
    QString error;
    if (!m_page->addMetrics(ContentMetrics{0, pieceId, on, views, reactions, comments, shares},
                            &error))
        qWarning() << error;
}

QList<qint64> tst_ContentPage::logEngagers(qint64 pieceId, int people)
{
    QString error;
    QList<Engagement> events;
    for (int i = 0; i < people; ++i) {
        Contact c;
        c.firstName = u"Person"_s;
        c.lastName = QString::number(++m_people);
        if (!m_contacts->add(c, &error))
            qWarning() << error;
        events << Engagement{0, c.id, EngagementKind::Like, QDate(2026, 4, 2), pieceId, {}, {}};
        if (i % 3 == 0)
            events << Engagement{0,  c.id, EngagementKind::Comment, QDate(2026, 4, 2), pieceId,
                                 {}, {}};
    }
    if (!m_engagement->logMany(events, &error))
        qWarning() << error;
    QList<qint64> ids;
    for (const Engagement &e : std::as_const(events))
        ids << e.id;
    return ids;
}

void tst_ContentPage::modelFormatsHandComputedRows()
{
    ContentTableModel model;
    model.setRows({statsRow(1, ContentKind::Article, u"On outreach"_s, 800, 100, 20, 9, 129),
                   statsRow(2, ContentKind::Post, u"Monday thoughts"_s, 8000, 60, 8, 4, 72),
                   statsRow(3, ContentKind::Post, u"Not measured yet"_s, -1, 0, 0, 0, 0)});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(ContentTableModel::ColumnCount));
    QCOMPARE(model.columnCount(), 11);
    auto text = [&](int row, int column) {
        return model.index(row, column).data().toString();
    };

    QCOMPARE(text(0, ContentTableModel::KindColumn), u"Article"_s);
    QCOMPARE(text(0, ContentTableModel::TitleColumn), u"On outreach"_s);
    QCOMPARE(text(0, ContentTableModel::ViewsColumn), u"800"_s);
    QCOMPARE(text(0, ContentTableModel::EngagersColumn), u"129"_s);
    // (100 + 20 + 9) / 800 = 16.125 %: LinkedIn's counts, not the people logged
    QCOMPARE(text(0, ContentTableModel::EngagementRateColumn), u"16.1 %"_s);
    // 100 likes of 129 reactions, comments and shares = 77.52 %
    QCOMPARE(text(0, ContentTableModel::LikeShareColumn), u"77.5 %"_s);
    QCOMPARE(text(0, ContentTableModel::NumbersAsOfColumn),
             QLocale().toString(QDate(2026, 4, 1), QLocale::ShortFormat));

    QCOMPARE(text(1, ContentTableModel::KindColumn), u"Post"_s);
    QCOMPARE(text(1, ContentTableModel::ViewsColumn), u"8,000"_s);
    // (60 + 8 + 4) / 8,000 = 0.9 %
    QCOMPARE(text(1, ContentTableModel::EngagementRateColumn), u"0.9 %"_s);

    // Without numbers the views and rates are unknown, not zero.
    QCOMPARE(text(2, ContentTableModel::ViewsColumn), u"—"_s);
    QCOMPARE(text(2, ContentTableModel::ReactionsColumn), u"—"_s);
    QCOMPARE(text(2, ContentTableModel::EngagementRateColumn), u"—"_s);
    QCOMPARE(text(2, ContentTableModel::LikeShareColumn), u"—"_s);
    QCOMPARE(text(2, ContentTableModel::NumbersAsOfColumn), u"—"_s);
    QCOMPARE(text(2, ContentTableModel::EngagersColumn), u"0"_s);
    QVERIFY(!model.index(2, ContentTableModel::ViewsColumn)
                 .data(ContentTableModel::SortRole)
                 .isValid());

    const auto alignment = [&](int column) {
        return model.index(0, column).data(Qt::TextAlignmentRole).value<Qt::Alignment>();
    };
    QVERIFY(alignment(ContentTableModel::ViewsColumn) & Qt::AlignRight);
    QVERIFY(alignment(ContentTableModel::EngagementRateColumn) & Qt::AlignRight);
    QVERIFY(alignment(ContentTableModel::TitleColumn) & Qt::AlignLeft);

    // How is this computed? The header gives the formula, each rate its
    // inputs.
    QVERIFY(
        model.headerData(ContentTableModel::EngagementRateColumn, Qt::Horizontal, Qt::ToolTipRole)
            .toString()
            .contains(u"(reactions + comments + shares) ÷ views"_s));
    QVERIFY(model.headerData(ContentTableModel::LikeShareColumn, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(u"lower means better engagement"_s));
    const QString tip =
        model.index(0, ContentTableModel::EngagementRateColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"(reactions + comments + shares) ÷ views = 129 ÷ 800 = 16.1 %"_s),
             qPrintable(tip));
    QVERIFY2(tip.contains(u"(100 reactions + 20 comments + 9 shares) ÷ 800 views"_s),
             qPrintable(tip));
    QVERIFY2(tip.contains(u"Engagers you logged (129)"_s), qPrintable(tip));
    QVERIFY(model.index(0, ContentTableModel::LikeShareColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"100 ÷ 129 = 77.5 %"_s));

    // Counts left unknown, and zero views.
    ContentStats unknown = statsRow(4, ContentKind::Post, u"Views only"_s, 300, 0, 0, 0, 2);
    unknown.latest->reactions.reset();
    unknown.latest->comments.reset();
    unknown.latest->shares.reset();
    model.setRows({unknown, statsRow(5, ContentKind::Post, u"Zero"_s, 0, 0, 0, 0, 0)});
    QCOMPARE(text(0, ContentTableModel::ViewsColumn), u"300"_s);
    QCOMPARE(text(0, ContentTableModel::ReactionsColumn), u"?"_s);
    QCOMPARE(text(0, ContentTableModel::EngagementRateColumn), u"no counts"_s);
    QCOMPARE(text(0, ContentTableModel::LikeShareColumn), u"—"_s);
    QVERIFY(!model.index(0, ContentTableModel::ReactionsColumn)
                 .data(ContentTableModel::SortRole)
                 .isValid());
    QCOMPARE(text(1, ContentTableModel::ReactionsColumn), u"0"_s);
    QCOMPARE(text(1, ContentTableModel::EngagementRateColumn), u"—"_s);

    QCOMPARE(ContentTableModel::formatRate(std::nullopt), u"—"_s);
    QCOMPARE(ContentTableModel::formatRate(0.16125), u"16.1 %"_s);
}

void tst_ContentPage::modelPassesTheModelTester()
{
    ContentTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setStore(m_store.get());
    addPiece(ContentKind::Post, u"First"_s, QDate(2026, 1, 5));
    model.reload();
    QCOMPARE(model.rowCount(), 1);
    model.setRows({statsRow(1, ContentKind::Article, u"A"_s, 800, 100, 20, 9, 129),
                   statsRow(2, ContentKind::Post, u"B"_s, -1, 0, 0, 0, 0)});
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::TextAlignmentRole),
                             int(ContentTableModel::SortRole)})
                model.index(row, column).data(role);
        }
    }
    model.setStore(nullptr);
    QCOMPARE(model.rowCount(), 0);

    QAbstractItemModelTester proxyTester(m_page->proxyModel(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    addPiece(ContentKind::Article, u"Second"_s, QDate(2026, 1, 6));
    m_page->setFilter(ContentPage::Filter::Articles);
    m_page->setFilter(ContentPage::Filter::All);
    m_page->reload();
}

void tst_ContentPage::summaryComparesPostsAndArticles()
{
    QList<ContentStats> rows;
    // Articles: (80 + 30 + 10) + (100 + 20 + 18) = 258 of 1,600 views =
    // 16.1 %; posts: (60 + 8 + 5) + 0 = 73 of 16,000 = 0.46 %. The
    // engagers logged (129 and 72 on average) are shown apart.
    rows << statsRow(1, ContentKind::Article, u"A1"_s, 700, 80, 30, 10, 120)
         << statsRow(2, ContentKind::Article, u"A2"_s, 900, 100, 20, 18, 138)
         << statsRow(3, ContentKind::Post, u"P1"_s, 6000, 60, 8, 5, 70)
         << statsRow(4, ContentKind::Post, u"P2"_s, 10000, 0, 0, 0, 74);
    QCOMPARE(ContentPage::summaryFor(rows),
             u"Articles: 2, average 800 views, engagement rate 16.1 %, average 129 engagers you "
             "logged · Posts: 2, average 8,000 views, engagement rate 0.5 %, average 72 "
             "engagers you logged"_s +
                 viewsNote);
    const QString tip = ContentTableModel::summaryToolTip(rows);
    QVERIFY2(tip.contains(u"Articles: (reactions + comments + shares) ÷ views = 258 ÷ 1,600 = "
                          "16.1 % (2 of 2 counted)"_s),
             qPrintable(tip));
    QVERIFY2(tip.contains(u"Posts: (reactions + comments + shares) ÷ views = 73 ÷ 16,000 = "
                          "0.5 %"_s),
             qPrintable(tip));

    // A kind without pieces, and one without views yet.
    QList<ContentStats> postsOnly;
    postsOnly << statsRow(1, ContentKind::Post, u"P1"_s, -1, 0, 0, 0, 3)
              << statsRow(2, ContentKind::Post, u"P2"_s, -1, 0, 0, 0, 0);
    QCOMPARE(ContentPage::summaryFor(postsOnly),
             u"Articles: none · Posts: 2, no views recorded yet, average 1.5 engagers you "
             "logged"_s +
                 viewsNote);

    // The page's line follows the store: 13 of 12,345 = 0.1 %.
    const qint64 article = addPiece(ContentKind::Article, u"Article"_s, QDate(2026, 2, 1));
    addNumbers(article, QDate(2026, 2, 3), 12345, 10, 2, 1);
    logEngagers(article, 4);
    m_page->reload();
    QCOMPARE(m_page->summaryText(),
             u"Articles: 1, average 12,345 views, engagement rate 0.1 %, average 4 engagers you "
             "logged · Posts: none"_s +
                 viewsNote);
    auto *label = m_page->findChild<QLabel *>(u"contentSummaryLabel"_s);
    QVERIFY(label);
    QCOMPARE(label->text(), m_page->summaryText());
    QVERIFY(label->toolTip().contains(u"13 ÷ 12,345 = 0.1 %"_s));
}

void tst_ContentPage::emptyStateUntilAPieceIsAdded()
{
    m_page->show();
    auto *empty = m_page->findChild<QWidget *>(u"contentEmptyState"_s);
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QVERIFY(!table()->isVisible());
    QCOMPARE(m_page->findChild<QLabel *>(u"contentEmptyStateHeading"_s)->text(),
             u"No posts or articles yet"_s);
    auto *text = m_page->findChild<QLabel *>(u"contentEmptyStateText"_s);
    QCOMPARE(text->text(), u"Add the posts and articles you publish to track their views and "
                           "who engaged."_s);
    auto *addButton = m_page->findChild<QPushButton *>(u"contentEmptyStateAddButton"_s);
    QVERIFY(addButton->isVisible());
    QVERIFY(addButton->isEnabled());
    QVERIFY(!m_page->findChild<QLabel *>(u"contentSummaryLabel"_s)->isVisible());
    QVERIFY(m_page->addPieceAction()->isEnabled());
    QVERIFY(!m_page->addMetricsAction()->isEnabled());

    addPiece(ContentKind::Post, u"Hello"_s, QDate(2026, 1, 1));
    QVERIFY(!empty->isVisible());
    QVERIFY(table()->isVisible());
    QVERIFY(m_page->findChild<QLabel *>(u"contentSummaryLabel"_s)->isVisible());
    QVERIFY(m_page->addMetricsAction()->isEnabled());
    QVERIFY(m_page->findChild<QWidget *>(u"addMetricsButton"_s)->isVisible());

    m_undo->undo();
    QVERIFY(empty->isVisible());
}

void tst_ContentPage::noDatabaseDisablesThePage()
{
    addPiece(ContentKind::Post, u"Hello"_s, QDate(2026, 1, 1));
    m_page->show();
    m_page->setStore(nullptr);
    QCOMPARE(m_page->model()->rowCount(), 0);
    QVERIFY(m_page->findChild<QWidget *>(u"contentEmptyState"_s)->isVisible());
    QCOMPARE(m_page->findChild<QLabel *>(u"contentEmptyStateHeading"_s)->text(),
             u"No database is open"_s);
    QVERIFY(m_page->findChild<QLabel *>(u"contentEmptyStateText"_s)
                ->text()
                .contains(u"File ▸ Open Database"_s));
    QVERIFY(!m_page->addPieceAction()->isEnabled());
    QVERIFY(!m_page->addMetricsAction()->isEnabled());
    QVERIFY(!m_page->findChild<QPushButton *>(u"contentEmptyStateAddButton"_s)->isEnabled());

    m_page->setStore(m_store.get());
    QCOMPARE(m_page->model()->rowCount(), 1);
    QVERIFY(table()->isVisible());
    QVERIFY(m_page->currentPieceId() > 0);
}

void tst_ContentPage::addUndoRedoKeepsTheId()
{
    QSignalSpy changed(m_page.get(), &ContentPage::changed);
    const qint64 id = addPiece(ContentKind::Article, u"Why articles last"_s, QDate(2026, 5, 1),
                               u"https://www.linkedin.com/pulse/why-articles-last"_s);
    QVERIFY(id > 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_undo->undoText(), u"Add “Why articles last”"_s);
    QCOMPARE(m_page->currentPieceId(), id);
    QCOMPARE(m_page->model()->rowCount(), 1);

    m_undo->undo();
    QCOMPARE(changed.count(), 2);
    QVERIFY(!m_store->get(id));
    QCOMPARE(m_page->model()->rowCount(), 0);

    m_undo->redo();
    QCOMPARE(changed.count(), 3);
    const auto back = m_store->get(id);
    QVERIFY(back);
    QCOMPARE(back->title, u"Why articles last"_s);
    QCOMPARE(back->kind, ContentKind::Article);
    QCOMPARE(m_page->currentPieceId(), id);
}

void tst_ContentPage::editAndUndo()
{
    const qint64 id = addPiece(ContentKind::Post, u"Draft title"_s, QDate(2026, 5, 1));
    ContentPiece edited = *m_store->get(id);
    edited.title = u"Final title"_s;
    edited.kind = ContentKind::Article;
    QString error;
    QVERIFY2(m_page->editPiece(edited, &error), qPrintable(error));
    QCOMPARE(m_undo->undoText(), u"Edit “Draft title”"_s);
    QCOMPARE(cell(0, ContentTableModel::TitleColumn), u"Final title"_s);
    QCOMPARE(cell(0, ContentTableModel::KindColumn), u"Article"_s);
    m_undo->undo();
    QCOMPARE(m_store->get(id)->title, u"Draft title"_s);
    QCOMPARE(cell(0, ContentTableModel::TitleColumn), u"Draft title"_s);
    // Saving without a change adds no undo step.
    const int steps = m_undo->count();
    QVERIFY(m_page->editPiece(*m_store->get(id), &error));
    QCOMPARE(m_undo->count(), steps);
}

void tst_ContentPage::numbersShowTheLatestAndSameDayReplaces()
{
    const qint64 id = addPiece(ContentKind::Post, u"Numbers"_s, QDate(2026, 5, 1));
    addNumbers(id, QDate(2026, 5, 2), 1200, 30, 4, 1);
    QCOMPARE(m_undo->undoText(), u"Add Numbers for “Numbers”"_s);
    addNumbers(id, QDate(2026, 5, 9), 4500, 52, 7, 2);
    QCOMPARE(cell(0, ContentTableModel::ViewsColumn), u"4,500"_s);
    QCOMPARE(cell(0, ContentTableModel::ReactionsColumn), u"52"_s);
    QCOMPARE(cell(0, ContentTableModel::NumbersAsOfColumn),
             QLocale().toString(QDate(2026, 5, 9), QLocale::ShortFormat));

    // The same day again replaces that day; undo brings the replaced back.
    addNumbers(id, QDate(2026, 5, 9), 4800, 55, 7, 2);
    QCOMPARE(m_store->metrics(id).size(), 2);
    QCOMPARE(cell(0, ContentTableModel::ViewsColumn), u"4,800"_s);
    m_undo->undo();
    QCOMPARE(m_store->metrics(id).size(), 2);
    QCOMPARE(cell(0, ContentTableModel::ViewsColumn), u"4,500"_s);
    m_undo->undo();
    QCOMPARE(m_store->metrics(id).size(), 1);
    QCOMPARE(cell(0, ContentTableModel::ViewsColumn), u"1,200"_s);
    m_undo->redo();
    m_undo->redo();
    QCOMPARE(cell(0, ContentTableModel::ViewsColumn), u"4,800"_s);

    QString error;
    QVERIFY(
        !m_page->addMetrics(ContentMetrics{0, id + 100, QDate(2026, 5, 9), 1, 0, 0, 0}, &error));
    QVERIFY(!error.isEmpty());
}

void tst_ContentPage::deleteAndUndoRestoresPieceAndHistory()
{
    const qint64 keep = addPiece(ContentKind::Post, u"Stays"_s, QDate(2026, 6, 1));
    const qint64 id = addPiece(ContentKind::Article, u"Goes away"_s, QDate(2026, 6, 2));
    addNumbers(id, QDate(2026, 6, 3), 300, 20, 5, 1);
    addNumbers(id, QDate(2026, 6, 10), 800, 60, 12, 3);
    const QList<ContentMetrics> history = m_store->metrics(id);
    QCOMPARE(history.size(), 2);
    const QList<qint64> events = logEngagers(id, 3);
    m_page->reload();
    m_page->selectPiece(id);
    QCOMPARE(m_page->currentPieceId(), id);

    Prompts::setNextAnswer(false);
    m_page->deleteCurrentPiece();
    QCOMPARE(SeamTesting::questions().size(), 1);
    QVERIFY(m_store->get(id));

    Prompts::setNextAnswer(true);
    m_page->deleteCurrentPiece();
    QCOMPARE(SeamTesting::questions().size(), 2);
    const QString question = SeamTesting::questions().last();
    QVERIFY2(question.startsWith(u"Delete the article “Goes away”?"_s), qPrintable(question));
    QVERIFY2(question.contains(u"2 snapshots"_s), qPrintable(question));
    QVERIFY2(question.contains(u"by 3 people"_s), qPrintable(question));
    QVERIFY2(question.contains(u"no longer attached"_s), qPrintable(question));
    QVERIFY(!m_store->get(id));
    QVERIFY(m_store->metrics(id).isEmpty());
    QCOMPARE(m_page->model()->rowCount(), 1);
    // The row that took its place is selected, ready for the next key.
    QCOMPARE(m_page->currentPieceId(), keep);
    // The engagement stays, unattached.
    for (qint64 event : events) {
        const auto e = m_engagement->get(event);
        QVERIFY(e);
        QCOMPARE(e->contentId, 0);
    }

    m_undo->undo();
    const auto restored = m_store->get(id);
    QVERIFY(restored);
    QCOMPARE(restored->title, u"Goes away"_s);
    const QList<ContentMetrics> back = m_store->metrics(id);
    QCOMPARE(back.size(), history.size());
    for (int i = 0; i < back.size(); ++i) {
        QCOMPARE(back[i].id, history[i].id); // same ids: later undo steps still find them
        QCOMPARE(back[i].takenOn, history[i].takenOn);
        QCOMPARE(back[i].views, history[i].views);
        QCOMPARE(back[i].reactions, history[i].reactions);
        QCOMPARE(back[i].comments, history[i].comments);
        QCOMPARE(back[i].shares, history[i].shares);
    }
    QCOMPARE(m_page->currentPieceId(), id);
    QCOMPARE(cell(0, ContentTableModel::TitleColumn), u"Goes away"_s);
    // ... with its engagement attached again, so its engagers count as before.
    for (qint64 event : events)
        QCOMPARE(m_engagement->get(event)->contentId, id);
    QCOMPARE(m_store->statsFor(id)->loggedEngagers, 3);
    QVERIFY2(question.contains(u"engagement back together"_s), qPrintable(question));

    // Redo deletes it again; undo once more still has the whole history.
    m_undo->redo();
    QVERIFY(!m_store->get(id));
    m_undo->undo();
    QCOMPARE(m_store->metrics(id).size(), 2);
    QCOMPARE(m_store->statsFor(id)->loggedEngagers, 3);
}

void tst_ContentPage::deleteKeyAsksNamingTheTitle()
{
    addPiece(ContentKind::Post, u"Delete me by key"_s, QDate(2026, 6, 1));
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    table()->setFocus();
    Prompts::setNextAnswer(false);
    QTest::keyClick(table(), Qt::Key_Delete);
    QCOMPARE(SeamTesting::questions().size(), 1);
    QVERIFY(SeamTesting::questions().first().startsWith(u"Delete the post “Delete me by key”?"_s));
    QVERIFY(SeamTesting::questions().first().contains(u"no longer attached"_s));
    QCOMPARE(m_page->model()->rowCount(), 1);
}

void tst_ContentPage::enterEditsTheCurrentPiece()
{
    const qint64 id = addPiece(ContentKind::Post, u"Edit me by key"_s, QDate(2026, 6, 1));
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    table()->setFocus();
    bool opened = false;
    DialogRunner::setNextHandler<ContentPieceDialog>(
        u"contentPieceDialog"_s, [&](ContentPieceDialog &dialog) {
            opened = true;
            [&] {
                QCOMPARE(dialog.piece().id, id);
                QCOMPARE(dialog.findChild<QPushButton *>(u"okButton"_s)->text(), u"&Save"_s);
            }();
            dialog.findChild<QLineEdit *>(u"titleEdit"_s)->setText(u"Edited by key"_s);
            dialog.accept();
            return dialog.result() == QDialog::Accepted;
        });
    QTest::keyClick(table(), Qt::Key_Return);
    QVERIFY(opened);
    QCOMPARE(m_store->get(id)->title, u"Edited by key"_s);
    QCOMPARE(m_undo->undoText(), u"Edit “Edit me by key”"_s);

    // The context menu offers the same, and every control is named.
    const QList<QAction *> menu = table()->actions();
    QVERIFY(menu.contains(m_page->editPieceAction()));
    QVERIFY(menu.contains(m_page->addMetricsAction()));
    QVERIFY(menu.contains(m_page->deletePieceAction()));
    for (const char *name : {"addContentButton", "addMetricsButton", "kindFilter", "contentTable",
                             "contentSummaryLabel"}) {
        auto *widget = m_page->findChild<QWidget *>(QString::fromLatin1(name));
        QVERIFY2(widget && !widget->accessibleName().isEmpty(), name);
    }
}

void tst_ContentPage::filterAndSort()
{
    const qint64 a = addPiece(ContentKind::Article, u"Article one"_s, QDate(2026, 1, 1));
    const qint64 p1 = addPiece(ContentKind::Post, u"Post one"_s, QDate(2026, 1, 2));
    const qint64 p2 = addPiece(ContentKind::Post, u"Post two"_s, QDate(2026, 1, 3));
    addNumbers(a, QDate(2026, 2, 1), 900, 10, 2, 0);
    addNumbers(p1, QDate(2026, 2, 1), 9000, 10, 2, 0);
    addNumbers(p2, QDate(2026, 2, 1), 100, 10, 2, 0);
    QSortFilterProxyModel *proxy = m_page->proxyModel();
    // Newest first by default.
    QCOMPARE(cell(0, ContentTableModel::TitleColumn), u"Post two"_s);

    table()->sortByColumn(ContentTableModel::ViewsColumn, Qt::DescendingOrder);
    QCOMPARE(cell(0, ContentTableModel::TitleColumn), u"Post one"_s);
    QCOMPARE(cell(1, ContentTableModel::TitleColumn), u"Article one"_s);
    QCOMPARE(cell(2, ContentTableModel::TitleColumn), u"Post two"_s);

    m_page->setFilter(ContentPage::Filter::Articles);
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(cell(0, ContentTableModel::TitleColumn), u"Article one"_s);
    m_page->setFilter(ContentPage::Filter::Posts);
    QCOMPARE(proxy->rowCount(), 2);
    // The summary is about all pieces, whatever the filter shows.
    QVERIFY(m_page->summaryText().startsWith(u"Articles: 1"_s));

    // A piece the filter would hide is shown once added.
    addPiece(ContentKind::Article, u"Article two"_s, QDate(2026, 1, 4));
    QCOMPARE(m_page->filter(), ContentPage::Filter::All);
    QCOMPARE(proxy->rowCount(), 4);

    m_undo->undo();
    QString error;
    QVERIFY2(m_page->deletePiece(a, &error), qPrintable(error));
    m_page->show();
    m_page->setFilter(ContentPage::Filter::Articles);
    auto *noMatch = m_page->findChild<QLabel *>(u"contentNoMatchLabel"_s);
    QVERIFY(noMatch->isVisible());
    QVERIFY(noMatch->text().startsWith(u"No articles yet"_s));
}

// Content ▸ Add Post or Article runs its dialog through DialogRunner; what
// the dialog saves is one undo step.
void tst_ContentPage::addActionRunsThePieceDialog()
{
    DialogRunner::setNextHandler<ContentPieceDialog>(
        u"contentPieceDialog"_s, [](ContentPieceDialog &dialog) {
            QTest::keyClicks(dialog.findChild<QLineEdit *>(u"titleEdit"_s), u"From the menu"_s);
            QTest::keyClicks(dialog.findChild<QLineEdit *>(u"urlEdit"_s),
                             u"https://www.linkedin.com/pulse/menu"_s);
            dialog.findChild<QPushButton *>(u"okButton"_s)->click();
            return dialog.result() == QDialog::Accepted;
        });
    const int before = m_page->model()->rowCount();
    m_page->addPieceAction()->trigger();
    QCOMPARE(DialogRunner::ran(), QStringList{u"contentPieceDialog"_s});
    QVERIFY2(SeamTesting::warnings().isEmpty(), qPrintable(SeamTesting::warnings().join(u'\n')));
    QCOMPARE(m_page->model()->rowCount(), before + 1);
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_undo->undoText(), u"Add “From the menu”"_s);
}

void tst_ContentPage::pieceDialogOkNeedsTitleAndWebAddress()
{
    ContentPieceDialog dialog;
    auto *ok = dialog.findChild<QPushButton *>(u"okButton"_s);
    auto *title = dialog.findChild<QLineEdit *>(u"titleEdit"_s);
    auto *url = dialog.findChild<QLineEdit *>(u"urlEdit"_s);
    auto *published = dialog.findChild<DateField *>(u"publishedEdit"_s);
    QVERIFY(ok && title && url && published);
    QCOMPARE(published->date(), QDate::currentDate());
    QVERIFY(published->findChild<QAction *>(u"calendarAction"_s));
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(title, u"   "_s);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(title, u"A title"_s);
    QVERIFY(ok->isEnabled());
    QTest::keyClicks(url, u"ftp://example.com/x"_s);
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(u"hintLabel"_s)->text().contains(u"https://"_s));
    url->clear();
    QTest::keyClicks(url, u"www.linkedin.com/pulse/x"_s);
    QVERIFY(!ok->isEnabled());
    url->clear();
    QTest::keyClicks(url, u"https://www.linkedin.com/pulse/x"_s);
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.piece().title, u"A title"_s);
    QCOMPARE(dialog.piece().url, u"https://www.linkedin.com/pulse/x"_s);
    title->clear();
    QVERIFY(!ok->isEnabled());
    // Every control has an accessible name.
    for (QWidget *w : {static_cast<QWidget *>(title), static_cast<QWidget *>(url),
                       static_cast<QWidget *>(published),
                       static_cast<QWidget *>(dialog.findChild<QComboBox *>(u"kindCombo"_s))})
        QVERIFY(!w->accessibleName().isEmpty());
}

void tst_ContentPage::pieceDialogShowsWhatTheStoreRefused()
{
    addPiece(ContentKind::Article, u"Original"_s, QDate(2026, 1, 1),
             u"https://www.linkedin.com/pulse/same"_s);
    ContentPieceDialog dialog;
    dialog.setSaveHandler([this](const ContentPiece &piece, QString *error) {
        return m_page->addPiece(piece, error);
    });
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"titleEdit"_s), u"Copy"_s);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"urlEdit"_s),
                     u"https://www.linkedin.com/pulse/same"_s);
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(u"already has this address"_s),
             qPrintable(dialog.errorText()));
    QVERIFY(dialog.findChild<QWidget *>(u"errorMessage"_s)->isVisible());
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_undo->count(), 1);

    // Fixing the field takes the message away, and saving works.
    auto *url = dialog.findChild<QLineEdit *>(u"urlEdit"_s);
    url->clear();
    QVERIFY(dialog.errorText().isEmpty());
    dialog.accept();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_page->model()->rowCount(), 2);
}

void tst_ContentPage::metricsDialogShowsHistoryAndReplacement()
{
    const qint64 older = addPiece(ContentKind::Post, u"Older"_s, QDate(2026, 1, 1));
    const qint64 id = addPiece(ContentKind::Post, u"Tracked"_s, QDate(2026, 1, 2));
    addNumbers(id, QDate(2026, 1, 3), 1000, 10, 1, 0);
    addNumbers(id, QDate::currentDate(), 2500, 21, 3, 1);

    ContentMetricsDialog dialog(*m_store);
    dialog.setPieceId(older);
    QCOMPARE(dialog.pieceId(), older);
    QVERIFY(dialog.findChild<QLabel *>(u"noHistoryLabel"_s)->isVisibleTo(&dialog));
    QVERIFY(!dialog.replaced());

    dialog.setPieceId(id);
    auto *history = dialog.findChild<QTreeWidget *>(u"historyView"_s);
    QCOMPARE(history->topLevelItemCount(), 2);
    // Newest first.
    QCOMPARE(history->topLevelItem(0)->text(1), u"2,500"_s);
    QCOMPARE(history->topLevelItem(1)->text(1), u"1,000"_s);

    QCOMPARE(history->topLevelItem(0)->text(5), u"1.0 %"_s); // (21 + 3 + 1) / 2,500
    QCOMPARE(history->topLevelItem(1)->text(5), u"1.1 %"_s); // 11 / 1,000

    // Today already has numbers: they are where editing starts, and saving
    // says it replaces them.
    auto *views = dialog.findChild<QLineEdit *>(u"viewsEdit"_s);
    auto *reactions = dialog.findChild<QLineEdit *>(u"reactionsEdit"_s);
    auto *shares = dialog.findChild<QLineEdit *>(u"sharesEdit"_s);
    QCOMPARE(views->text(), u"2500"_s);
    QCOMPARE(reactions->text(), u"21"_s);
    QVERIFY(dialog.replaced());
    auto *note = dialog.findChild<QLabel *>(u"replaceNote"_s);
    QVERIFY(note->isVisibleTo(&dialog));
    QVERIFY(note->text().contains(u"replaces"_s));

    // Another day starts from the latest reading, not from zeros.
    auto *date = dialog.findChild<DateField *>(u"dateEdit"_s);
    date->setDate(QDate(2026, 1, 20));
    QVERIFY(!dialog.replaced());
    QVERIFY(!note->isVisibleTo(&dialog));
    QCOMPARE(views->text(), u"2500"_s);
    QCOMPARE(reactions->text(), u"21"_s);
    QCOMPARE(dialog.startedFrom()->takenOn, QDate::currentDate());
    QVERIFY(dialog.findChild<QLabel *>(u"startNote"_s)->isVisibleTo(&dialog));

    // Change only the views and empty the shares (not known): reactions and
    // comments are kept, shares are unknown, not 0.
    views->setText(u"3100"_s);
    shares->clear();
    const ContentMetrics typed = dialog.metrics();
    QCOMPARE(typed.views, std::optional<int>(3100));
    QCOMPARE(typed.reactions, std::optional<int>(21));
    QCOMPARE(typed.comments, std::optional<int>(3));
    QVERIFY(!typed.shares);
    dialog.setSaveHandler([this](const ContentMetrics &metrics, QString *error) {
        return m_page->addMetrics(metrics, error);
    });
    dialog.show();
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_store->metrics(id).size(), 3);
    const ContentMetrics saved = m_store->metrics(id).at(1);
    QCOMPARE(saved.views, std::optional<int>(3100));
    QCOMPARE(saved.reactions, std::optional<int>(21));
    QVERIFY(!saved.shares);

    // Every field empty is refused, saying what to do.
    ContentMetricsDialog empty(*m_store);
    empty.setPieceId(older);
    for (const char *name : {"viewsEdit", "reactionsEdit", "commentsEdit", "sharesEdit"})
        QVERIFY(empty.findChild<QLineEdit *>(QString::fromLatin1(name))->text().isEmpty());
    empty.show();
    empty.accept();
    QCOMPARE(empty.result(), int(QDialog::Rejected));
    QVERIFY2(empty.errorText().contains(u"at least one"_s), qPrintable(empty.errorText()));
}

void tst_ContentPage::piecePanelListsEngagersAndReadings()
{
    const qint64 post = addPiece(ContentKind::Post, u"A post"_s, QDate(2026, 4, 1));
    const qint64 other = addPiece(ContentKind::Post, u"Other"_s, QDate(2026, 3, 1));
    addNumbers(post, QDate(2026, 4, 3), 500, 10, 2, 1);
    addNumbers(post, QDate(2026, 4, 9), 1200, 25, 4, 3);
    QString error;
    Contact anna;
    anna.firstName = u"Anna"_s;
    anna.lastName = u"Berg"_s;
    QVERIFY(m_contacts->add(anna, &error));
    QList<Engagement> events = {
        {0, anna.id, EngagementKind::Like, QDate(2026, 4, 2), post, {}, {}},
        {0, anna.id, EngagementKind::Comment, QDate(2026, 4, 4), post, {}, {}},
    };
    QVERIFY2(m_engagement->logMany(events, &error), qPrintable(error));
    logEngagers(other, 1);
    m_page->reload();

    ContentPiecePanel *panel = m_page->piecePanel();
    m_page->selectPiece(post);
    QCOMPARE(panel->pieceId(), post);
    QTreeWidget *engagers = panel->engagersList();
    QCOMPARE(engagers->topLevelItemCount(), 2);
    const QLocale locale;
    // Newest first: name, what they did, the date.
    QCOMPARE(engagers->topLevelItem(0)->text(0), u"Anna Berg"_s);
    QCOMPARE(engagers->topLevelItem(0)->text(1), u"Commented"_s);
    QCOMPARE(engagers->topLevelItem(0)->text(2),
             locale.toString(QDate(2026, 4, 4), QLocale::ShortFormat));
    QCOMPARE(engagers->topLevelItem(1)->text(1), u"Liked"_s);
    // The readings, newest first, with thousands separators.
    QTreeWidget *readings = panel->readingsList();
    QCOMPARE(readings->topLevelItemCount(), 2);
    QCOMPARE(readings->topLevelItem(0)->text(0),
             locale.toString(QDate(2026, 4, 9), QLocale::ShortFormat));
    QCOMPARE(readings->topLevelItem(0)->text(1), u"1,200"_s);
    QCOMPARE(readings->topLevelItem(0)->text(2), u"25"_s);
    QCOMPARE(readings->topLevelItem(1)->text(1), u"500"_s);
    // Side by side, the two lists' rows line up.
    QCOMPARE(readings->visualItemRect(readings->topLevelItem(0)).height(),
             engagers->visualItemRect(engagers->topLevelItem(0)).height());

    // Double-clicking a person opens them.
    QSignalSpy opened(m_page.get(), &ContentPage::contactActivated);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    const QRect row = engagers->visualItemRect(engagers->topLevelItem(1));
    QVERIFY(row.isValid());
    // A view takes a double-click on the row the press was on.
    QTest::mouseClick(engagers->viewport(), Qt::LeftButton, {}, row.center());
    QTest::mouseDClick(engagers->viewport(), Qt::LeftButton, {}, row.center());
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toLongLong(), anna.id);

    // Another piece: its own people, no readings (said so, not a row of dashes).
    m_page->selectPiece(other);
    QCOMPARE(engagers->topLevelItemCount(), 2); // logEngagers: a like and a comment
    QCOMPARE(engagers->topLevelItem(0)->text(0), u"Person 1"_s);
    QCOMPARE(readings->topLevelItemCount(), 1);
    QCOMPARE(readings->topLevelItem(0)->flags(), Qt::NoItemFlags);

    // A piece nobody engaged with says how to log them, with the same
    // menu arrow as everywhere else.
    const qint64 quiet = addPiece(ContentKind::Article, u"Quiet"_s, QDate(2026, 2, 1));
    m_page->reload();
    m_page->selectPiece(quiet);
    QCOMPARE(engagers->topLevelItemCount(), 1);
    const QString nobody = engagers->topLevelItem(0)->text(0);
    QVERIFY2(nobody.contains(u"Contact \u25b8 Quick Capture"_s), qPrintable(nobody));
    QVERIFY(!nobody.contains(u"\u203a"_s));
    m_page->selectPiece(other);

    // Engagement logged elsewhere shows on reload.
    QList<Engagement> more = {
        {0, anna.id, EngagementKind::Share, QDate(2026, 4, 5), other, {}, {}}};
    QVERIFY2(m_engagement->logMany(more, &error), qPrintable(error));
    m_page->reload();
    QCOMPARE(engagers->topLevelItemCount(), 3);
    QCOMPARE(engagers->topLevelItem(0)->text(0), u"Anna Berg"_s);
    QCOMPARE(engagers->topLevelItem(0)->text(1), u"Shared"_s);
}

void tst_ContentPage::screenshot()
{
    const QString dir = qEnvironmentVariable("RAPPORT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("Set RAPPORT_SCREENSHOT_DIR to save a picture of the page");
    struct Sample
    {
        ContentKind kind;
        const char *title;
        int views, reactions, comments, shares, engagers;
    };
    const Sample samples[] = {
        {ContentKind::Article, "Why your outreach list should be short", 820, 96, 21, 8, 131},
        {ContentKind::Post, "Three things I learned at the meetup", 8400, 61, 9, 3, 74},
        {ContentKind::Post, "Hiring: senior Qt developer (remote)", 15200, 140, 33, 41, 0},
        {ContentKind::Article, "The quiet power of a thank-you note", 760, 88, 30, 6, 122},
        {ContentKind::Post, "Monday question: how do you follow up?", 6100, 35, 48, 1, 58},
        {ContentKind::Post, "Slides from my talk", -1, 0, 0, 0, 12},
        {ContentKind::Article, "Networking for introverts, part 2", 1040, 120, 14, 9, 0},
        {ContentKind::Post, "A short one", 2300, 12, 0, 0, 0},
    };
    QDate published(2026, 2, 2);
    for (const Sample &s : samples) {
        const qint64 id = addPiece(s.kind, QString::fromUtf8(s.title), published);
        if (s.views >= 0) {
            addNumbers(id, published.addDays(3), s.views / 2, s.reactions / 2, s.comments / 2,
                       s.shares / 2);
            addNumbers(id, published.addDays(10), s.views, s.reactions, s.comments, s.shares);
        }
        if (s.engagers > 0)
            logEngagers(id, s.engagers);
        published = published.addDays(9);
    }
    m_page->reload();
    m_page->resize(qEnvironmentVariableIntValue("RAPPORT_SCREENSHOT_WIDTH") > 0
                       ? qEnvironmentVariableIntValue("RAPPORT_SCREENSHOT_WIDTH")
                       : 1280,
                   420);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(u"contentpage.png"_s);
    QVERIFY(m_page->grab().save(path));

    ContentMetricsDialog dialog(*m_store);
    dialog.setPieceId(m_page->currentPieceId());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.grab().save(QDir(dir).filePath(u"contentmetricsdialog.png"_s)));

    ContentPieceDialog pieceDialog;
    pieceDialog.setPiece(*m_store->get(m_page->currentPieceId()));
    pieceDialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pieceDialog));
    QVERIFY(pieceDialog.grab().save(QDir(dir).filePath(u"contentpiecedialog.png"_s)));

    // The empty state, on a database of its own.
    Database emptyDb;
    QString error;
    QVERIFY2(emptyDb.open(m_dir->filePath(u"empty.sqlite"_s), &error), qPrintable(error));
    ContentStore emptyStore(emptyDb);
    ContentPage emptyPage(m_undo.get());
    emptyPage.setStore(&emptyStore);
    emptyPage.resize(900, 420);
    emptyPage.show();
    QVERIFY(QTest::qWaitForWindowExposed(&emptyPage));
    QVERIFY(emptyPage.grab().save(QDir(dir).filePath(u"contentpage-empty.png"_s)));
    qInfo() << "Saved" << path;
}

QTEST_MAIN(tst_ContentPage)
#include "tst_contentpage.moc"
