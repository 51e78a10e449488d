// The Today page: the stored queue in the planner's order with reasons,
// worked by keyboard (J/K, Enter, Shift+Enter, S, X, R) and the context
// menu's Never, each action one undo step of the Session (undo brings the
// item and the contact back exactly) and Reopen; progress, the empty and
// no-database states, and the numbers strip.

#include "QueueScenario.h"
#include "SeamTesting.h"
#include "contacts/ContactDetailPanel.h"
#include "contacts/ContactSidePanel.h"
#include "db/Database.h"
#include "outreach/InvitationStats.h"
#include "session/Session.h"
#include "store/ContactStore.h"
#include "store/OutreachStore.h"
#include "store/QueueStore.h"
#include "today/TodayPage.h"
#include "today/TodayQueueModel.h"

#include <QAction>
#include <QCalendarWidget>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <functional>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

const QDate today(2026, 6, 30);

// Every rule of the planner once: the issue's order.
const QString issueFacts =
    u"c Gus deg=1 conn=-400; o Gus message out -120; "
    "c Kim deg=2; o Kim invitation out -25; "
    "c Eve deg=1 conn=-400; o Eve message out -30; e Eve share -1 Articles_vs_posts; "
    "c Dee deg=1 conn=-2; "
    "c Ana deg=2; e Ana comment -3 Articles_vs_posts; "
    "c Ben deg=2; e Ben follow -4; "
    "c Fay deg=1 conn=-400; o Fay message in -1"_s;

} // namespace

Q_DECLARE_METATYPE(rapport::QueueItem)

class tst_TodayPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsThePlannersOrderWithReasons();
    void worksThreeItemsByKeyboard();
    void doneWithoutComposingAndDoubleClick();
    void neverAsksFirst();
    void snoozePickedDate();
    void stateSurvivesAReload();
    void emptyState();
    void emptyDatabaseSaysNoContactsYet();
    void noDatabaseState();
    void numbersStripWarnsOnLowAcceptance();
    void heldBackFromAnInvitationSaysUntilWhen();
    void actionsUndoAndRedo();
    void undoSelectsTheItemAgain();
    void doneAfterComposingIsUndoable();
    void reopenDoneAndSkipped();
    void undoOfAGoneItemSaysSo();
    void detailPanelFollowsTheSelection();
    void screenshot();

private:
    void open(const QString &facts);
    // The same, with the page writing through a Session (its undo stack).
    void openWithSession(const QString &facts);
    QUndoStack *undoStack() const { return m_session->undoStack(); }
    // The contact's keep-in-touch columns and today's item, as stored:
    // "cadence archived dnc snoozed_until | status snoozed_until done_outreach_id".
    QString stored(qint64 contactId) const;
    QListView *list() const { return m_page->findChild<QListView *>(u"todayQueue"_s); }
    QStringList namesShown() const
    {
        QStringList names;
        for (const QueueItem &item : m_page->items())
            names << item.contactName.section(u' ', 0, 0);
        return names;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ContactStore> m_contacts;
    std::unique_ptr<TodayPage> m_page;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<test::QueueScenario> m_facts;
};

void tst_TodayPage::initTestCase()
{
    qRegisterMetaType<QueueItem>();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_TodayPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(u"today.sqlite"_s), &error), qPrintable(error));
    m_contacts = std::make_unique<ContactStore>(*m_db);
    m_facts = std::make_unique<test::QueueScenario>(test::QueueScenario{*m_db, today, {}, {}});
    m_page = std::make_unique<TodayPage>();
    m_page->setToday(today);
    m_page->resize(900, 640);
    SeamTesting::start();
}

void tst_TodayPage::cleanup()
{
    QVERIFY2(SeamTesting::warnings().isEmpty(), qPrintable(SeamTesting::warnings().join(u'\n')));
    m_page.reset();
    m_session.reset();
    m_facts.reset();
    m_contacts.reset();
    m_db.reset();
    m_dir.reset();
}

// The facts first: the first look at the day plans and stores its queue.
void tst_TodayPage::open(const QString &facts)
{
    QVERIFY(m_facts->load(facts));
    m_page->setStores(m_db.get(), m_contacts.get());
}

void tst_TodayPage::openWithSession(const QString &facts)
{
    QVERIFY(m_facts->load(facts));
    m_session = std::make_unique<Session>();
    QString error;
    QVERIFY2(
        m_session->open(m_dir->filePath(u"today.sqlite"_s), Database::Access::ReadWrite, &error),
        qPrintable(error));
    m_page->setSession(m_session.get());
    // Shown, as in the window: a hidden page waits to be shown to reload.
    m_page->show();
}

QString tst_TodayPage::stored(qint64 contactId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"SELECT coalesce(c.cadence_days, '-'), c.archived, c.do_not_contact, "
              "c.snoozed_until, coalesce(q.status, '-'), coalesce(q.snoozed_until, '-'), "
              "coalesce(q.done_outreach_id, 0) FROM contact c LEFT JOIN queue_item q "
              "ON q.contact_id = c.id AND q.day = ? WHERE c.id = ?"_s);
    q.addBindValue(today.toString(Qt::ISODate));
    q.addBindValue(contactId);
    if (!q.exec() || !q.next())
        return u"?"_s;
    QStringList parts;
    for (int i = 0; i < 7; ++i)
        parts << q.value(i).toString();
    parts.insert(4, u"|"_s);
    return parts.join(u' ');
}

void tst_TodayPage::listsThePlannersOrderWithReasons()
{
    open(issueFacts);
    QCOMPARE(namesShown(),
             (QStringList{u"Fay"_s, u"Ben"_s, u"Ana"_s, u"Dee"_s, u"Eve"_s, u"Gus"_s, u"Kim"_s}));
    QListView *view = list();
    QCOMPARE(view->model()->rowCount(), 7);
    QCOMPARE(m_page->stateText(), QString());

    const QModelIndex ana = view->model()->index(2, 0);
    QCOMPARE(ana.data(TodayQueueModel::PositionRole).toInt(), 3);
    QCOMPARE(ana.data(TodayQueueModel::ActionRole).toString(), u"Invite to connect"_s);
    QCOMPARE(ana.data(TodayQueueModel::ReasonRole).toString(),
             u"Commented on ‘Articles vs posts’ 3 days ago; not connected"_s);
    QCOMPARE(ana.data(TodayQueueModel::TemplateRole).toString(), u"Invitation note"_s);
    const QString spoken = ana.data(Qt::AccessibleTextRole).toString();
    QVERIFY2(spoken.startsWith(u"3. Ana Test: Invite to connect. Commented on"_s),
             qPrintable(spoken));
    QVERIFY(spoken.contains(u"Suggested template: Invitation note."_s));
    // The tooltip adds the day the reason counts from, in full.
    const QString tip = ana.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(spoken + u'\n'), qPrintable(tip));
    QVERIFY2(tip.endsWith(u"3 days ago: "_s +
                          QLocale().toString(today.addDays(-3), QLocale::LongFormat)),
             qPrintable(tip));

    const QStringList actions{u"Answer their reply"_s,
                              u"Send the follower message"_s,
                              u"Invite to connect"_s,
                              u"Welcome"_s,
                              u"Thank"_s,
                              u"Offer a 15-minute call"_s,
                              u"Follow up or withdraw the invitation"_s};
    for (int row = 0; row < 7; ++row) {
        QCOMPARE(view->model()->index(row, 0).data(TodayQueueModel::ActionRole).toString(),
                 actions.at(row));
        QVERIFY(!view->model()->index(row, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
    }
    QCOMPARE(m_page->items().at(5).reason,
             u"Last in touch 120 days ago (keep in touch every 90 days)"_s);
    QCOMPARE(m_page->progressText(), u"0 of 7 done · 7 left"_s);
    QCOMPARE(m_page->currentRow(), 0);
}

void tst_TodayPage::worksThreeItemsByKeyboard()
{
    open(issueFacts);
    QSignalSpy done(m_page.get(), &TodayPage::doneRequested);
    QSignalSpy left(m_page.get(), &TodayPage::itemsLeftChanged);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QListView *view = list();
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QCOMPARE(m_page->currentRow(), 0);

    // J moves down, K up, J again: Ben, the follower.
    QTest::keyClick(view, Qt::Key_J);
    QCOMPARE(m_page->currentRow(), 1);
    QTest::keyClick(view, Qt::Key_K);
    QCOMPARE(m_page->currentRow(), 0);
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(m_page->currentRow(), 1);

    // Enter asks the window to compose; logging it completes the item.
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(done.count(), 1);
    const auto ben = done.at(0).at(0).value<QueueItem>();
    QCOMPARE(ben.contactName, u"Ben Test"_s);
    QCOMPARE(ben.templateName, m_page->items().at(1).templateName);
    QVERIFY(!ben.templateName.isEmpty());
    QCOMPARE(m_page->doneCount(), 0); // nothing stored until it is logged
    Outreach message;
    message.contactId = ben.contactId;
    message.channel = u"message"_s;
    message.direction = u"out"_s;
    message.happenedAt = QDateTime(today, QTime(9, 0), QTimeZone::utc());
    message.body = u"Thanks for following"_s;
    QString error;
    OutreachStore outreach(*m_db);
    QVERIFY2(outreach.add(message, &error), qPrintable(error));
    m_page->completeDone(ben.contactId, message.id);
    QCOMPARE(m_page->progressText(), u"1 of 7 done · 6 left"_s);
    QVERIFY(m_page->progressText().startsWith(u"1 of 7 done"_s));
    QCOMPARE(m_page->items().at(1).status, QueueItem::Status::Done);
    QCOMPARE(m_page->items().at(1).doneOutreachId, message.id);
    QCOMPARE(left.last().at(0).toInt(), 6);
    auto *bar = m_page->findChild<QProgressBar *>(u"todayProgress"_s);
    QCOMPARE(bar->maximum(), 7);
    QCOMPARE(bar->value(), 1);
    QCOMPARE(view->model()->index(1, 0).data(TodayQueueModel::StatusRole).toString(), u"Done"_s);
    QCOMPARE(view->model()->index(1, 0).data(TodayQueueModel::OpenRole).toBool(), false);

    // The next open item is current: Ana. X skips her.
    QCOMPARE(m_page->currentRow(), 2);
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_X);
    QCOMPARE(m_page->items().at(2).status, QueueItem::Status::Skipped);
    QCOMPARE(view->model()->index(2, 0).data(TodayQueueModel::StatusRole).toString(), u"Skipped"_s);

    // Dee: S opens the snooze menu; Tomorrow.
    QCOMPARE(m_page->currentRow(), 3);
    TodayPage::setNextSnoozeChoice(u"snoozeTomorrow"_s);
    QTest::keyClick(view, Qt::Key_S);
    QCOMPARE(m_page->items().at(3).status, QueueItem::Status::Snoozed);
    QCOMPARE(m_page->items().at(3).snoozedUntil, today.addDays(1));
    QCOMPARE(view->model()->index(3, 0).data(TodayQueueModel::StatusRole).toString(),
             u"Snoozed until 7/1/26"_s);
    QCOMPARE(m_page->progressText(), u"1 of 7 done · 1 skipped · 1 snoozed · 4 left"_s);
    QCOMPARE(left.last().at(0).toInt(), 4);
    QCOMPARE(bar->value(), 3);
    QCOMPARE(m_page->currentRow(), 4);

    // Enter on a worked item does nothing; its buttons are disabled.
    m_page->setCurrentRow(1);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(done.count(), 1);
    QVERIFY(!m_page->findChild<QPushButton *>(u"todayDoneButton"_s)->isEnabled());
    m_page->setCurrentRow(0);
    QVERIFY(m_page->findChild<QPushButton *>(u"todayDoneButton"_s)->isEnabled());

    // The store holds the same.
    QueueStore store(*m_db);
    const QList<QueueItem> stored = store.items(today);
    QCOMPARE(stored.at(1).status, QueueItem::Status::Done);
    QCOMPARE(stored.at(2).status, QueueItem::Status::Skipped);
    QCOMPARE(stored.at(3).status, QueueItem::Status::Snoozed);

    // A cancelled snooze menu changes nothing.
    TodayPage::setNextSnoozeChoice(u"nothing"_s);
    QTest::keyClick(view, Qt::Key_S);
    QCOMPARE(m_page->items().at(0).status, QueueItem::Status::Open);
}

void tst_TodayPage::doneWithoutComposingAndDoubleClick()
{
    open(issueFacts);
    QSignalSpy done(m_page.get(), &TodayPage::doneRequested);
    QSignalSpy activated(m_page.get(), &TodayPage::contactActivated);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QListView *view = list();
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(done.count(), 0);
    QCOMPARE(m_page->items().at(0).status, QueueItem::Status::Done);
    QCOMPARE(m_page->items().at(0).doneOutreachId, 0);
    QCOMPARE(m_page->progressText(), u"1 of 7 done · 6 left"_s);

    const QRect card = view->visualRect(view->model()->index(2, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, card.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, card.center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toLongLong(), m_page->items().at(2).contactId);

    // The buttons do the same as the keys.
    m_page->setCurrentRow(4);
    QTest::mouseClick(m_page->findChild<QPushButton *>(u"todaySkipButton"_s), Qt::LeftButton);
    QCOMPARE(m_page->items().at(4).status, QueueItem::Status::Skipped);
}

void tst_TodayPage::neverAsksFirst()
{
    open(issueFacts);
    m_page->setCurrentRow(2);
    auto *never = m_page->findChild<QAction *>(u"todayNeverAction"_s);
    QVERIFY(never);
    Prompts::setNextAnswer(false);
    never->trigger();
    QCOMPARE(SeamTesting::questions().size(), 1);
    QVERIFY2(SeamTesting::questions().at(0).contains(u"Never suggest Ana Test again?"_s),
             qPrintable(SeamTesting::questions().at(0)));
    QCOMPARE(m_page->items().at(2).status, QueueItem::Status::Open);

    Prompts::setNextAnswer(true);
    never->trigger();
    QCOMPARE(m_page->items().at(2).status, QueueItem::Status::Never);
    QCOMPARE(list()->model()->index(2, 0).data(TodayQueueModel::StatusRole).toString(),
             u"Not suggested again"_s);
    QCOMPARE(m_page->progressText(), u"0 of 7 done · 1 not suggested again · 6 left"_s);
    QCOMPARE(m_page->itemsLeft(), 6);
}

void tst_TodayPage::snoozePickedDate()
{
    open(issueFacts);
    TodayPage::setNextSnoozeChoice(u"snoozePickDate"_s);
    QDate earliestAsked;
    DialogRunner::setNextHandler(u"snoozeDateDialog"_s, [&earliestAsked](QDialog *dialog) {
        auto *calendar = dialog->findChild<QCalendarWidget *>(u"snoozeCalendar"_s);
        if (!calendar)
            return false;
        earliestAsked = calendar->minimumDate();
        calendar->setSelectedDate(QDate(2026, 8, 3));
        return true;
    });
    m_page->setCurrentRow(5);
    m_page->snoozeCurrent();
    QCOMPARE(earliestAsked, today.addDays(1));
    QCOMPARE(m_page->items().at(5).status, QueueItem::Status::Snoozed);
    QCOMPARE(m_page->items().at(5).snoozedUntil, QDate(2026, 8, 3));

    // Next week is seven days on.
    TodayPage::setNextSnoozeChoice(u"snoozeNextWeek"_s);
    m_page->setCurrentRow(6);
    m_page->snoozeCurrent();
    QCOMPARE(m_page->items().at(6).snoozedUntil, today.addDays(7));
}

void tst_TodayPage::stateSurvivesAReload()
{
    open(issueFacts);
    m_page->setCurrentRow(1);
    m_page->skipCurrent();
    m_page->completeDone(m_page->items().at(0).contactId, 0);

    // Facts that arrive later in the day do not reorder today's queue.
    QVERIFY(m_facts->load(u"c Zed deg=2; e Zed comment 0 P"_s));
    TodayPage again;
    again.setToday(today);
    again.setStores(m_db.get(), m_contacts.get());
    QCOMPARE(again.items().size(), 7);
    QCOMPARE(again.progressText(), u"1 of 7 done · 1 skipped · 5 left"_s);
    QCOMPARE(again.currentRow(), 2); // the first open one

    // The next day brings a new queue.
    again.setToday(today.addDays(1));
    again.reload();
    QVERIFY(again.progressText().startsWith(u"0 of "_s));
}

void tst_TodayPage::emptyState()
{
    QSignalSpy left(m_page.get(), &TodayPage::itemsLeftChanged);
    open(u"c Ana deg=2"_s);
    QVERIFY(m_page->items().isEmpty());
    // Contacts, none due: all done, and Quick Capture is what fills tomorrow.
    QCOMPARE(m_page->findChild<QLabel *>(u"todayEmptyStateHeading"_s)->text(),
             u"All done for today"_s);
    QVERIFY2(m_page->stateText().startsWith(u"Nobody is waiting for an answer"_s) &&
                 m_page->stateText().contains(u"Quick Capture (Ctrl+L)"_s),
             qPrintable(m_page->stateText()));
    QCOMPARE(m_page->itemsLeft(), 0);
    QVERIFY(!m_page->currentItem());
    // Keys on an empty page do nothing.
    m_page->doneCurrent();
    m_page->skipCurrent();
    m_page->snoozeCurrent();
    QVERIFY(m_page->numbersText().contains(u"This week's numbers: missing"_s));
}

void tst_TodayPage::emptyDatabaseSaysNoContactsYet()
{
    // Not "all answered": a new database has nobody to answer yet.
    open(QString());
    QVERIFY(m_page->items().isEmpty());
    QCOMPARE(m_page->findChild<QLabel *>(u"todayEmptyStateHeading"_s)->text(),
             u"No contacts yet"_s);
    QVERIFY2(m_page->stateText().contains(u"importing your LinkedIn export"_s),
             qPrintable(m_page->stateText()));
    QVERIFY(!m_page->stateText().contains(u"answered"_s));
}

void tst_TodayPage::noDatabaseState()
{
    QVERIFY(m_page->stateText().startsWith(u"No database is open."_s));
    open(issueFacts);
    QCOMPARE(m_page->items().size(), 7);
    QSignalSpy left(m_page.get(), &TodayPage::itemsLeftChanged);
    m_page->setStores(nullptr, nullptr);
    QVERIFY(m_page->stateText().startsWith(u"No database is open."_s));
    QVERIFY(m_page->items().isEmpty());
    QCOMPARE(m_page->numbersText(), QString());
    QCOMPARE(left.count(), 1);
    QCOMPARE(left.at(0).at(0).toInt(), 0);
    m_page->completeDone(1, 0); // ignored
}

void tst_TodayPage::numbersStripWarnsOnLowAcceptance()
{
    // Ten invitations a month ago, four accepted: the seed's red flag. Kim's,
    // pending for 25 days, counts as not accepted; Lou's, 3 days old, not yet.
    QString facts;
    for (int i = 0; i < 10; ++i)
        facts += u"c P%1 deg=2; o P%1 invitation out -30 %2; "_s.arg(i).arg(i < 4 ? u"accepted"_s
                                                                                  : u"declined"_s);
    facts += u"c Kim deg=2; o Kim invitation out -25; c Lou deg=2; o Lou invitation out -3"_s;
    open(facts);
    QVERIFY(m_page->isAcceptanceWarningShown());
    const QString text = m_page->numbersText();
    QVERIFY2(text.contains(u"Acceptance rate, last 20 invitations: 36.4 % (4 of 11 decided)"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"Warning: acceptance is below 50 %"_s), qPrintable(text));
    // How it is computed, with today's inputs, and the rule for "decided".
    const QString how = m_page->findChild<QLabel *>(u"todayAcceptance"_s)->toolTip();
    QVERIFY2(how.contains(u"accepted ÷ decided = 4 ÷ 11 = 36.4 %"_s), qPrintable(how));
    QVERIFY2(how.contains(InvitationStats::decidedRule()), qPrintable(how));
    QVERIFY2(m_page->findChild<QLabel *>(u"todayPendingInvitations"_s)
                 ->toolTip()
                 .contains(u"no outcome yet: 2"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"Pending invitations: 2 (1 older than three weeks)"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"InMail credits left: "_s), qPrintable(text));
    QVERIFY2(text.contains(u"This week's numbers: missing"_s), qPrintable(text));
    QVERIFY(
        m_page->findChild<QLabel *>(u"todayAcceptanceWarningIcon"_s)->isVisibleTo(m_page.get()));
}

void tst_TodayPage::heldBackFromAnInvitationSaysUntilWhen()
{
    // Ana's invitation was withdrawn 20 days ago: not in the queue, and the
    // strip says from when she can be invited again.
    open(u"c Ana deg=2; o Ana invitation out -20 withdrawn; e Ana comment -3 P"_s);
    QCOMPARE(namesShown(), QStringList());
    const QString text = m_page->numbersText();
    QVERIFY2(text.contains(u"Held back today: Ana Test — Commented on ‘P’ 3 days ago; not "
                           "connected. Invitation withdrawn on %1: LinkedIn lets you invite them "
                           "again from %2."_s.arg(m_facts->today.addDays(-20).toString(Qt::ISODate),
                                                  m_facts->today.addDays(1).toString(Qt::ISODate))),
             qPrintable(text));
}

void tst_TodayPage::actionsUndoAndRedo()
{
    // Done without composing, Skip, Snooze and Never, each undone (the item
    // and the contact exactly as they were) and redone.
    openWithSession(issueFacts + u"; c Ivy deg=1 conn=-300 cad=30"_s);
    QCOMPARE(m_page->items().size(), 8);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QListView *view = list();
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    struct Step
    {
        QString name;
        std::function<void()> act;
        QString undoText;
        QString after; // what is stored after it, "%1" the day after today
    };
    const QString tomorrow = today.addDays(1).toString(Qt::ISODate);
    const QList<Step> steps{
        {u"Fay"_s, [&] { QTest::keyClick(view, Qt::Key_Return, Qt::ShiftModifier); },
         u"Done: Fay Test"_s, u"- 0 0  | done  0"_s},
        {u"Ben"_s, [&] { QTest::keyClick(view, Qt::Key_X); }, u"Skip Ben Test"_s,
         u"- 0 0  | skipped  0"_s},
        {u"Ana"_s,
         [&] {
             TodayPage::setNextSnoozeChoice(u"snoozeTomorrow"_s);
             QTest::keyClick(view, Qt::Key_S);
         },
         u"Snooze Ana Test"_s, u"- 0 0 %1 | snoozed %1 0"_s.arg(tomorrow)},
        {u"Ivy"_s,
         [&] {
             Prompts::setNextAnswer(true);
             m_page->findChild<QAction *>(u"todayNeverAction"_s)->trigger();
         },
         u"Never Suggest Ivy Test"_s, u"30 0 1  | never  0"_s},
    };
    for (Step step : steps) {
        const int row = int(namesShown().indexOf(step.name));
        QVERIFY2(row >= 0, qPrintable(step.name));
        m_page->setCurrentRow(row);
        const QueueItem item = m_page->items().at(row);
        const QString before = stored(item.contactId);
        QVERIFY2(before.endsWith(u"| open  0"_s), qPrintable(before));
        const int count = undoStack()->count();
        step.act();
        QCOMPARE(stored(item.contactId), step.after);
        QVERIFY(m_page->items().at(row).status != QueueItem::Status::Open);
        QCOMPARE(undoStack()->count(), count + 1);
        QCOMPARE(undoStack()->undoText(), step.undoText);

        undoStack()->undo();
        QCOMPARE(stored(item.contactId), before);
        QCOMPARE(m_page->items().at(row).status, QueueItem::Status::Open);
        QCOMPARE(m_page->items().at(row).snoozedUntil, QDate());

        undoStack()->redo();
        QCOMPARE(stored(item.contactId), step.after);
        QVERIFY(m_page->items().at(row).status != QueueItem::Status::Open);
    }
    QCOMPARE(m_page->progressText(),
             u"1 of 8 done · 1 skipped · 1 snoozed · 1 not suggested again · 4 left"_s);
    // All four undone, newest first: the queue as it was planned.
    for (int i = 0; i < 4; ++i)
        undoStack()->undo();
    QCOMPARE(m_page->progressText(), u"0 of 8 done · 8 left"_s);
}

void tst_TodayPage::undoSelectsTheItemAgain()
{
    openWithSession(issueFacts);
    m_page->setCurrentRow(3);
    m_page->skipCurrent();
    QCOMPARE(m_page->currentRow(), 4); // on to the next open item
    m_page->setCurrentRow(0);
    undoStack()->undo();
    QCOMPARE(m_page->currentRow(), 3);
    QCOMPARE(m_page->currentItem()->status, QueueItem::Status::Open);
}

void tst_TodayPage::doneAfterComposingIsUndoable()
{
    // Done through the compose dialog: the window logs the outreach, then
    // completeDone; undo opens the item again (the outreach is its own step).
    openWithSession(issueFacts);
    const QueueItem ben = m_page->items().at(1);
    Outreach message;
    message.contactId = ben.contactId;
    message.channel = u"message"_s;
    message.direction = u"out"_s;
    message.happenedAt = QDateTime(today, QTime(9, 0), QTimeZone::utc());
    QString error;
    OutreachStore outreach(*m_db);
    QVERIFY2(outreach.add(message, &error), qPrintable(error));
    m_page->completeDone(ben.contactId, message.id);
    QCOMPARE(stored(ben.contactId), u"- 0 0  | done  %1"_s.arg(message.id));
    QCOMPARE(m_page->items().at(1).doneOutreachId, message.id);
    undoStack()->undo();
    QCOMPARE(stored(ben.contactId), u"- 0 0  | open  0"_s);
    QCOMPARE(m_page->items().at(1).status, QueueItem::Status::Open);
    undoStack()->redo();
    QCOMPARE(m_page->items().at(1).doneOutreachId, message.id);
}

void tst_TodayPage::reopenDoneAndSkipped()
{
    openWithSession(issueFacts);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QListView *view = list();
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    auto *reopen = m_page->findChild<QAction *>(u"todayReopenAction"_s);
    auto *reopenButton = m_page->findChild<QPushButton *>(u"todayReopenButton"_s);
    QVERIFY(reopen && reopenButton);
    // Nothing to reopen on an open item.
    QVERIFY(!reopen->isEnabled());
    QVERIFY(!reopenButton->isEnabled());

    QTest::keyClick(view, Qt::Key_Return, Qt::ShiftModifier); // Fay done
    QTest::keyClick(view, Qt::Key_X);                         // Ben skipped
    QCOMPARE(m_page->progressText(), u"1 of 7 done · 1 skipped · 5 left"_s);

    // R on the done item: open again, one undo step.
    m_page->setCurrentRow(0);
    QVERIFY(reopen->isEnabled());
    QVERIFY(reopenButton->isEnabled());
    QVERIFY(!m_page->findChild<QPushButton *>(u"todayDoneButton"_s)->isEnabled());
    QTest::keyClick(view, Qt::Key_R);
    QCOMPARE(m_page->items().at(0).status, QueueItem::Status::Open);
    QCOMPARE(m_page->currentRow(), 0); // still on it, to work it again
    QCOMPARE(undoStack()->undoText(), u"Reopen Fay Test"_s);
    QVERIFY(!reopen->isEnabled());
    undoStack()->undo();
    QCOMPARE(m_page->items().at(0).status, QueueItem::Status::Done);
    undoStack()->redo();
    QCOMPARE(m_page->items().at(0).status, QueueItem::Status::Open);

    // The button on the skipped one.
    m_page->setCurrentRow(1);
    QTest::mouseClick(reopenButton, Qt::LeftButton);
    QCOMPARE(m_page->items().at(1).status, QueueItem::Status::Open);
    QCOMPARE(m_page->progressText(), u"0 of 7 done · 7 left"_s);

    // Snoozed and never items are brought back by undo or Keep in Touch,
    // not Reopen.
    m_page->setCurrentRow(2);
    m_page->snoozeCurrentUntil(today.addDays(2));
    m_page->setCurrentRow(2);
    QVERIFY(!reopen->isEnabled());
}

void tst_TodayPage::undoOfAGoneItemSaysSo()
{
    // The contact was deleted elsewhere (the CLI) after Skip: undo cannot
    // put the item back, says so in words, and leaves the stack honest.
    openWithSession(issueFacts);
    const QueueItem ben = m_page->items().at(1);
    m_page->setCurrentRow(1);
    m_page->skipCurrent();
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"DELETE FROM contact WHERE id = %1"_s.arg(ben.contactId)));
    undoStack()->undo();
    QCOMPARE(SeamTesting::warnings().size(), 1);
    QVERIFY2(SeamTesting::warnings().first().startsWith(
                 u"Could Not Undo or Redo: Contact #%1 is no longer in "
                 "the queue of 2026-06-30."_s.arg(ben.contactId)),
             qPrintable(SeamTesting::warnings().first()));
    Prompts::clear();
    QVERIFY(!namesShown().contains(u"Ben"_s));
}

void tst_TodayPage::detailPanelFollowsTheSelection()
{
    openWithSession(issueFacts);
    ContactSidePanel *side = m_page->contactPanel();
    // Beside the queue, in the splitter the window remembers.
    auto *splitter = m_page->findChild<QSplitter *>(u"todaySplitter"_s);
    QVERIFY(splitter);
    QCOMPARE(splitter->indexOf(side), 1);
    auto *name = side->findChild<QLabel *>(u"sideDetailNameLabel"_s);
    auto *timeline = side->findChild<QListWidget *>(u"sideTimeline"_s);
    QVERIFY(name && timeline);

    // The first item, Fay, who wrote yesterday: her details and her message.
    QCOMPARE(m_page->currentRow(), 0);
    const qint64 fay = m_page->currentItem()->contactId;
    QCOMPARE(side->contactId(), fay);
    QCOMPARE(name->text(), u"Fay Test"_s);
    QVERIFY(timeline->count() >= 1);
    QVERIFY2(timeline->item(0)->text().startsWith(u"Received a message"_s),
             qPrintable(timeline->item(0)->text()));
    // A message they sent comes in as a reply, not as our outgoing plane.
    QCOMPARE(timeline->item(0)->icon().name(), u"queue-reply"_s);

    // J moves the queue and the panel with it.
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    list()->setFocus();
    QTRY_VERIFY(list()->hasFocus());
    QTest::keyClick(list(), Qt::Key_J);
    QCOMPARE(m_page->currentRow(), 1);
    QCOMPARE(side->contactId(), m_page->currentItem()->contactId);
    QCOMPARE(name->text(), u"Ben Test"_s);
    m_page->setCurrentRow(2);
    QCOMPARE(name->text(), u"Ana Test"_s);

    // Read only: no Save, fields not editable; edits are made in Contacts.
    auto *firstName = side->findChild<QLineEdit *>(u"sideFirstNameEdit"_s);
    QVERIFY(firstName && firstName->isReadOnly());
    QVERIFY(!side->findChild<QPushButton *>(u"sideSaveButton"_s)->isVisible());
    QVERIFY(!side->detailPanel()->isModified());

    // Open in Contacts asks the window to open this person.
    QSignalSpy opened(m_page.get(), &TodayPage::contactActivated);
    QTest::mouseClick(side->openButton(), Qt::LeftButton);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toLongLong(), side->contactId());

    // A contact edited elsewhere shows as stored now.
    Contact ana = *m_session->contacts()->get(side->contactId());
    ana.firstName = u"Anna"_s;
    QString error;
    QVERIFY2(m_session->contacts()->update(ana, &error), qPrintable(error));
    m_session->notifyChanged(Change::Contacts);
    QCOMPARE(name->text(), u"Anna Test"_s);

    // No database: the hint, nothing to open.
    m_page->setSession(nullptr);
    QCOMPARE(side->contactId(), 0);
    QVERIFY(!side->openButton()->isEnabled());
}

void tst_TodayPage::screenshot()
{
    const QString dir = qEnvironmentVariable("RAPPORT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("Set RAPPORT_SCREENSHOT_DIR to save pictures of the page");
    QString facts = issueFacts;
    for (int i = 0; i < 10; ++i)
        facts += u"; c P%1 deg=2; o P%1 invitation out -30 %2"_s.arg(i).arg(i < 4 ? u"accepted"_s
                                                                                  : u"declined"_s);
    open(facts);
    m_page->resize(1000, 720);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->completeDone(m_page->items().at(0).contactId, 0);
    m_page->setCurrentRow(1);
    m_page->skipCurrent();
    m_page->snoozeCurrentUntil(today.addDays(1));
    QCoreApplication::processEvents(); // the layout follows the new texts
    QVERIFY(m_page->grab().save(QDir(dir).filePath(u"today-page.png"_s)));

    TodayPage empty;
    empty.setToday(today);
    QTemporaryDir emptyDir;
    Database db;
    QString error;
    QVERIFY(db.open(emptyDir.filePath(u"empty.sqlite"_s), &error));
    ContactStore contacts(db);
    empty.setStores(&db, &contacts);
    empty.resize(1000, 600);
    empty.show();
    QVERIFY(QTest::qWaitForWindowExposed(&empty));
    QCoreApplication::processEvents();
    QVERIFY(empty.grab().save(QDir(dir).filePath(u"today-page-empty.png"_s)));
}

QTEST_MAIN(tst_TodayPage)
#include "tst_todaypage.moc"
