// The connection score in the window: the Contacts table's Score column
// (a first click sorts strongest first), the detail panel's score with its
// parts and "How is this computed?", and a write in the window (value
// given, and its undo) showing in the stored score at once.

#include "SeamTesting.h"
#include "contacts/ContactDetailPanel.h"
#include "contacts/ContactTableModel.h"
#include "contacts/ContactsPage.h"
#include "contacts/ValueGivenDialog.h"
#include "domain/ConnectionScore.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"
#include "shell/WindowCommands.h"
#include "store/ContactStore.h"
#include "store/EngagementStore.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_ConnectionScorePanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_quiet = 0;
    qint64 m_active = 0;

    QTableView *table() const { return m_window->findChild<QTableView *>(u"contactsTable"_s); }
    ContactTableModel *model() const { return qobject_cast<ContactTableModel *>(table()->model()); }
    ContactDetailPanel *panel() const { return m_window->contactsPage()->detailPanel(); }
    QString label(const QString &name) const
    {
        auto *l = panel()->findChild<QLabel *>(name);
        return l && l->isVisibleTo(panel()) ? l->text() : QString();
    }
    int rowOf(qint64 id) const
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (model()->contactIdAt(row) == id)
                return row;
        }
        return -1;
    }
    int scoreShown(qint64 id) const
    {
        return model()->index(rowOf(id), ContactTableModel::ScoreColumn).data().toInt();
    }
    void clickScoreHeader()
    {
        // The last column may lie beyond the window's width.
        table()->scrollTo(model()->index(0, ContactTableModel::ScoreColumn));
        QHeaderView *header = table()->horizontalHeader();
        const int x = header->sectionViewportPosition(ContactTableModel::ScoreColumn) +
                      header->sectionSize(ContactTableModel::ScoreColumn) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    }
    qint64 add(const QString &first)
    {
        Contact c;
        c.firstName = first;
        c.lastName = u"Tester"_s;
        QString error;
        if (!m_window->contactStore()->add(c, &error))
            qWarning() << error;
        return c.id;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
        m_window = std::make_unique<MainWindow>(*m_settings);
        SeamTesting::start();
        QVERIFY(m_window->openDatabase(m_dir->filePath(u"contacts.sqlite"_s)));
        m_window->showPage(MainWindow::Page::Contacts);
        m_quiet = add(u"Quinn"_s);
        m_active = add(u"Avery"_s);
        Engagement e;
        e.contactId = m_active;
        e.kind = EngagementKind::Comment;
        e.date = QDate::currentDate();
        QString error;
        QVERIFY2(m_window->engagementStore()->log(e, &error), qPrintable(error));
        // As on opening the database or a new day.
        m_window->refreshTiers();
        m_window->contactsPage()->contactsChanged(0);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void scoreColumnSortsStrongestFirst()
    {
        QCOMPARE(model()->headerData(ContactTableModel::ScoreColumn, Qt::Horizontal).toString(),
                 u"Score"_s);
        // One comment today: recency 35, frequency 8 (weight 3).
        QCOMPARE(scoreShown(m_active), 43);
        QCOMPARE(scoreShown(m_quiet), 0);
        // By name, Avery comes first anyway; sort by score and then reverse
        // to see the order really follows the column.
        QHeaderView *header = table()->horizontalHeader();
        clickScoreHeader();
        QCOMPARE(header->sortIndicatorSection(), int(ContactTableModel::ScoreColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(model()->query().sort, ContactSort::Score);
        QCOMPARE(model()->contactIdAt(0), m_active);
        clickScoreHeader();
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        QCOMPARE(model()->contactIdAt(0), m_quiet);
    }

    void panelShowsTheScoreItsPartsAndTheExplanation()
    {
        table()->setFocus();
        table()->selectRow(rowOf(m_active));
        QCOMPARE(panel()->contactId(), m_active);
        QCOMPARE(label(u"scoreLabel"_s), u"Connection score 43"_s);
        const QString parts = label(u"scorePartsLabel"_s);
        QVERIFY2(parts.contains(u"Recency 35/35"_s), qPrintable(parts));
        QVERIFY2(parts.contains(u"Frequency 8/25"_s), qPrintable(parts));
        QVERIFY2(parts.contains(u"Two-way 0/15"_s), qPrintable(parts));

        auto *help = panel()->findChild<QPushButton *>(u"scoreHelpButton"_s);
        QVERIFY(help && help->isVisibleTo(panel()));
        QTest::mouseClick(help, Qt::LeftButton);
        QStringList shown;
        for (const Prompts::Shown &prompt : Prompts::shown()) {
            if (prompt.kind == Prompts::Kind::Information)
                shown << prompt.title << prompt.text;
        }
        QCOMPARE(shown.size(), 2);
        QVERIFY(shown.at(1).startsWith(ConnectionScore::explanation()));
        // Then this contact's own sums, with today's inputs.
        QVERIFY2(shown.at(1).contains(u"Connection score = 35 + 8 + 0 + 0 + 0 = 43."_s),
                 qPrintable(shown.at(1)));

        table()->selectRow(rowOf(m_quiet));
        QCOMPARE(label(u"scoreLabel"_s), u"Connection score 0"_s);
    }

    void theHelpReadsAsALinkAndTheTierLinesUp()
    {
        table()->selectRow(rowOf(m_active));
        auto *help = panel()->findChild<QPushButton *>(u"scoreHelpButton"_s);
        QVERIFY(help);
        // A link like Outreach's: flat, underlined, in the link colour, in
        // a light palette and after a switch to a dark one.
        QVERIFY(help->isFlat());
        QVERIFY(help->font().underline());
        QCOMPARE(help->palette().color(QPalette::ButtonText),
                 panel()->palette().color(QPalette::Link));
        QPalette dark = m_window->palette();
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
        m_window->setPalette(dark);
        QCOMPARE(help->palette().color(QPalette::ButtonText), QColor(0x6c, 0xb4, 0xff));

        // Avery's tier has its dot; Quinn has none, and no empty space
        // for one before "No engagement logged".
        auto *dot = panel()->findChild<QLabel *>(u"tierIcon"_s);
        QVERIFY(dot);
        QVERIFY(dot->isVisibleTo(panel()));
        table()->selectRow(rowOf(m_quiet));
        QCOMPARE(label(u"tierLabel"_s), u"No engagement logged"_s);
        QVERIFY(!dot->isVisibleTo(panel()));
        table()->selectRow(rowOf(m_active));
        QVERIFY(dot->isVisibleTo(panel()));
    }

    void aWriteInTheWindowUpdatesTheStoredScore()
    {
        table()->setFocus();
        table()->selectRow(rowOf(m_active));
        DialogRunner::setNextHandler<ValueGivenDialog>(u"valueGivenDialog"_s,
                                                       [](ValueGivenDialog &) { return true; });
        m_window->commands()->logValueGiven();
        QVERIFY2(SeamTesting::warnings().isEmpty(),
                 qPrintable(SeamTesting::warnings().join(u'\n')));
        // Weight 3 + 3 = 6: frequency 11; both ways today: two-way 15;
        // value given once 6.
        QCOMPARE(m_window->contactStore()->get(m_active)->score, 35 + 11 + 15 + 6);
        QCOMPARE(scoreShown(m_active), 67);
        QCOMPARE(label(u"scoreLabel"_s), u"Connection score 67"_s);
        m_window->undoStack()->undo();
        QCOMPARE(m_window->contactStore()->get(m_active)->score, 43);
        QCOMPARE(scoreShown(m_active), 43);
        QCOMPARE(label(u"scoreLabel"_s), u"Connection score 43"_s);
    }
};

QTEST_MAIN(tst_ConnectionScorePanel)
#include "tst_connectionscorepanel.moc"
