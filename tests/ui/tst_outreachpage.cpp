#include "SeamTesting.h"
#include "common/DateField.h"
#include "common/MinuteTime.h"
#include "common/OutreachStyle.h"
#include "contacts/ContactDetailPanel.h"
#include "contacts/ContactSidePanel.h"
#include "db/Database.h"
#include "outreach/InvitationStats.h"
#include "outreach/OutreachNumbersPanel.h"
#include "outreach/OutreachPage.h"
#include "outreach/OutreachTableModel.h"
#include "store/ContactStore.h"
#include "store/OutreachStore.h"
#include "store/SettingStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_OutreachPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void modelRowsAndColumns();
    void modelPagesAndPassesTheModelTester();
    void filtersByChannelOutcomeAndDate();
    void contactSearchMatchesNamesOnly();
    void contactSearchOverManyContactsChecksRowByRow();
    void contactFilterShowsOnePerson();
    void outcomeChangeUndoRedoRestoresExactly();
    void outcomeMenuOffersTheChannelsOutcomes();
    void outcomeMenuIsSingleChoice();
    void detailPanelFollowsTheSelection();
    void deleteUndoRedoKeepsTheId();
    void deleteRestoresRepliesAndAttachments();
    void deleteKeyAsksNamingContactAndDate();
    void emptyAndNoMatchStates();
    void noDatabaseState();
    void panelWarnsOnLowAcceptance();
    void panelShowsPendingAndWithdrawSuggestions();
    void panelShowsInMailNumbers();
    void screenshot();

private:
    qint64 addContact(const QString &first, const QString &last, const QString &company = {});
    qint64 log(qint64 contactId, const QString &channel, const QDateTime &at,
               const QString &outcome = {}, const QDateTime &outcomeAt = {},
               const QString &direction = u"out"_s, const QString &subject = {},
               const QString &body = {}, const QString &templateName = {}, int askedNegative = -1);
    QTableView *table() const { return m_page->findChild<QTableView *>(u"outreachTable"_s); }
    QWidget *shown() const
    {
        return qobject_cast<QStackedWidget *>(table()->parentWidget())->currentWidget();
    }
    QString cell(int row, int column) const
    {
        return m_page->model()->index(row, column).data().toString();
    }
    QAction *outcomeAction(const QString &outcome) const
    {
        const QList<QAction *> offered = m_page->outcomeMenu()->actions();
        for (QAction *action : offered) {
            if (action->objectName() == u"outcome_"_s + outcome)
                return action;
        }
        return nullptr;
    }
    QStringList contactsShown() const
    {
        QStringList names;
        for (int row = 0; row < m_page->model()->rowCount(); ++row)
            names << cell(row, OutreachTableModel::ContactColumn);
        return names;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ContactStore> m_contacts;
    std::unique_ptr<OutreachStore> m_outreach;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<OutreachPage> m_page;
    QDateTime m_now;
};

void tst_OutreachPage::initTestCase()
{
    // Thousands separators are part of what is checked; the C locale the
    // tests run in omits them.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_OutreachPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(u"outreach.sqlite"_s), &error), qPrintable(error));
    m_contacts = std::make_unique<ContactStore>(*m_db);
    m_outreach = std::make_unique<OutreachStore>(*m_db);
    m_undo = std::make_unique<QUndoStack>();
    m_page = std::make_unique<OutreachPage>(m_undo.get());
    m_page->setStores(m_db.get(), m_contacts.get(), m_outreach.get());
    m_page->resize(1200, 600);
    SeamTesting::start();
    // Whole seconds, as the store keeps them.
    m_now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
}

void tst_OutreachPage::cleanup()
{
    QVERIFY2(SeamTesting::warnings().isEmpty(), qPrintable(SeamTesting::warnings().join(u'\n')));
    m_page.reset();
    m_undo.reset();
    m_outreach.reset();
    m_contacts.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 tst_OutreachPage::addContact(const QString &first, const QString &last,
                                    const QString &company)
{
    Contact c;
    c.firstName = first;
    c.lastName = last;
    c.company = company;
    QString error;
    if (!m_contacts->add(c, &error))
        qWarning() << error;
    return c.id;
}

qint64 tst_OutreachPage::log(qint64 contactId, const QString &channel, const QDateTime &at,
                             const QString &outcome, const QDateTime &outcomeAt,
                             const QString &direction, const QString &subject, const QString &body,
                             const QString &templateName, int askedNegative)
{
    Outreach o;
    o.contactId = contactId;
    o.channel = channel;
    o.direction = direction;
    o.happenedAt = at;
    o.outcome = outcome;
    o.outcomeAt = outcomeAt;
    o.subject = subject;
    o.body = body;
    o.templateName = templateName;
    o.askedNegative = askedNegative;
    QString error;
    if (!m_outreach->add(o, &error))
        qWarning() << error;
    return o.id;
}

void tst_OutreachPage::modelRowsAndColumns()
{
    const qint64 anna = addContact(u"Anna"_s, u"Berg"_s);
    const qint64 bo = addContact(u"Bo"_s, u"Chan"_s);
    const QDateTime threeDaysAgo = m_now.addDays(-3);
    const QDateTime accepted = m_now.addDays(-1);
    log(anna, u"invitation"_s, threeDaysAgo, u"accepted"_s, accepted, u"out"_s, {},
        u"Hello Anna, we met at the meetup."_s, u"Follower to connection"_s);
    log(bo, u"message"_s, m_now.addSecs(-60), {}, {}, u"out"_s, {},
        u"\n\n  First line here\nsecond line"_s);
    log(bo, u"inmail"_s, m_now.addDays(-20), {}, {}, u"in"_s, u"Re: your post"_s, u"Body"_s);
    m_page->reload();

    OutreachTableModel *model = m_page->model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->columnCount(), 8);
    QCOMPARE(model->headerData(OutreachTableModel::WhenColumn, Qt::Horizontal).toString(),
             u"When"_s);
    QCOMPARE(model->headerData(OutreachTableModel::OutcomeDateColumn, Qt::Horizontal).toString(),
             u"Outcome date"_s);

    // Newest first: Bo's message a minute ago.
    const QLocale locale;
    const QDateTime local = m_now.addSecs(-60).toLocalTime();
    const QString expectedToday =
        (local.date() == QDate::currentDate() ? u"today, "_s : u"yesterday, "_s) +
        locale.toString(local.time(), QLocale::ShortFormat);
    QCOMPARE(cell(0, OutreachTableModel::WhenColumn), expectedToday);
    QCOMPARE(cell(0, OutreachTableModel::ContactColumn), u"Bo Chan"_s);
    QCOMPARE(cell(0, OutreachTableModel::ChannelColumn), u"Message"_s);
    QCOMPARE(cell(0, OutreachTableModel::DirectionColumn), u"↗ Sent"_s);
    QCOMPARE(cell(0, OutreachTableModel::SubjectColumn), u"First line here"_s);
    QCOMPARE(cell(0, OutreachTableModel::OutcomeColumn), u"No outcome yet"_s);
    QCOMPARE(cell(0, OutreachTableModel::OutcomeDateColumn), u"—"_s);
    QCOMPARE(cell(0, OutreachTableModel::TemplateColumn), QString());

    QCOMPARE(cell(1, OutreachTableModel::WhenColumn), u"3 days ago"_s);
    QCOMPARE(model->index(1, OutreachTableModel::WhenColumn).data(Qt::ToolTipRole).toString(),
             MinuteTime::dateTime(threeDaysAgo, QLocale::LongFormat, locale));
    QCOMPARE(cell(1, OutreachTableModel::ContactColumn), u"Anna Berg"_s);
    QCOMPARE(cell(1, OutreachTableModel::ChannelColumn), u"Invitation"_s);
    QCOMPARE(cell(1, OutreachTableModel::SubjectColumn), u"Hello Anna, we met at the meetup."_s);
    QCOMPARE(cell(1, OutreachTableModel::OutcomeColumn), u"Accepted"_s);
    QCOMPARE(cell(1, OutreachTableModel::OutcomeDateColumn),
             locale.toString(accepted.toLocalTime().date(), QLocale::ShortFormat));
    QCOMPARE(cell(1, OutreachTableModel::TemplateColumn), u"Follower to connection"_s);
    QCOMPARE(model->index(1, OutreachTableModel::OutcomeColumn)
                 .data(OutreachTableModel::OutcomeRole)
                 .toString(),
             u"accepted"_s);

    QCOMPARE(cell(2, OutreachTableModel::WhenColumn), u"2 weeks ago"_s);
    QCOMPARE(cell(2, OutreachTableModel::ChannelColumn), u"InMail"_s);
    QCOMPARE(cell(2, OutreachTableModel::DirectionColumn), u"↙ Received"_s);
    QCOMPARE(cell(2, OutreachTableModel::SubjectColumn), u"Re: your post"_s);
    QCOMPARE(model->index(2, OutreachTableModel::SubjectColumn).data(Qt::ToolTipRole).toString(),
             u"Re: your post\n\nBody"_s);
    // What they sent has no outcome of its own.
    QCOMPARE(cell(2, OutreachTableModel::OutcomeColumn), u"—"_s);
}

void tst_OutreachPage::modelPagesAndPassesTheModelTester()
{
    const qint64 anna = addContact(u"Anna"_s, u"Berg"_s);
    const qint64 bo = addContact(u"Bo"_s, u"Chan"_s);
    QList<qint64> ids;
    for (int i = 0; i < 450; ++i)
        ids << log(i % 3 ? anna : bo, i % 2 ? u"message"_s : u"invitation"_s,
                   m_now.addSecs(-3600LL * i));
    m_page->reload();
    OutreachTableModel *model = m_page->model();
    QCOMPARE(model->rowCount(), OutreachTableModel::PageSize);
    QVERIFY(model->canFetchMore(QModelIndex()));
    // Newest first, the newest logged last here.
    QCOMPARE(model->index(0, 0).data(OutreachTableModel::OutreachIdRole).toLongLong(), ids.first());

    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The tester re-runs its checks from inside modelReset, before it has
    // marked the reset finished, so a fetchMore() there reads as rows
    // inserted during the reset. The fetches below are checked all the same.
    tester.setUseFetchMore(false);
    model->fetchMore(QModelIndex());
    model->fetchMore(QModelIndex());
    model->fetchMore(QModelIndex());
    QCOMPARE(model->rowCount(), 450);
    QVERIFY(!model->canFetchMore(QModelIndex()));
    QCOMPARE(model->index(449, 0).data(OutreachTableModel::OutreachIdRole).toLongLong(),
             ids.last());

    // A reload keeps what was loaded, so an edit does not jump to the top.
    model->reload();
    QCOMPARE(model->rowCount(), 450);

    // Filters reset to the first page; the name search reads on until a
    // page is full.
    OutreachFilter filter;
    filter.channel = u"invitation"_s;
    model->setFilter(filter, u"bo"_s);
    QCOMPARE(model->rowCount(), 75); // i even and i % 3 == 0: 0, 6, ..., 444
    QVERIFY(!model->canFetchMore(QModelIndex()));
    model->setFilter(OutreachFilter(), u"anna"_s);
    QCOMPARE(model->rowCount(), OutreachTableModel::PageSize);
    while (model->canFetchMore(QModelIndex()))
        model->fetchMore(QModelIndex());
    QCOMPARE(model->rowCount(), 300);
}

void tst_OutreachPage::filtersByChannelOutcomeAndDate()
{
    const qint64 anna = addContact(u"Anna"_s, u"Berg"_s);
    log(anna, u"invitation"_s, m_now.addDays(-2));
    log(anna, u"invitation"_s, m_now.addDays(-3), u"accepted"_s, m_now.addDays(-1));
    log(anna, u"message"_s, m_now.addDays(-10), u"replied"_s, m_now.addDays(-9));
    log(anna, u"call"_s, m_now.addDays(-40));
    log(anna, u"email"_s, m_now.addDays(-400));
    m_page->reload();
    QCOMPARE(m_page->model()->rowCount(), 5);

    auto *channel = m_page->findChild<QComboBox *>(u"outreachChannelFilter"_s);
    auto *outcome = m_page->findChild<QComboBox *>(u"outreachOutcomeFilter"_s);
    auto *range = m_page->findChild<QComboBox *>(u"outreachDateFilter"_s);
    QVERIFY(channel && outcome && range);
    QCOMPARE(channel->count(), 6);
    QCOMPARE(outcome->count(), 9);
    QCOMPARE(range->count(), 5);
    for (QComboBox *combo : {channel, outcome, range})
        QVERIFY(!combo->accessibleName().isEmpty());

    channel->setCurrentIndex(channel->findText(u"Invitation"_s));
    QCOMPARE(m_page->model()->rowCount(), 2);
    outcome->setCurrentIndex(outcome->findText(u"No outcome yet"_s));
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(cell(0, OutreachTableModel::OutcomeColumn), u"No outcome yet"_s);

    channel->setCurrentIndex(0);
    QCOMPARE(m_page->model()->rowCount(), 3); // the invitation, call and e-mail
    QCOMPARE(m_page->model()->filter().outcome, u"none"_s);
    outcome->setCurrentIndex(outcome->findText(u"Replied"_s));
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(cell(0, OutreachTableModel::ChannelColumn), u"Message"_s);
    outcome->setCurrentIndex(0);

    range->setCurrentIndex(range->findText(u"Last 7 days"_s));
    QCOMPARE(m_page->model()->rowCount(), 2);
    range->setCurrentIndex(range->findText(u"Last 30 days"_s));
    QCOMPARE(m_page->model()->rowCount(), 3);
    range->setCurrentIndex(range->findText(u"Last 90 days"_s));
    QCOMPARE(m_page->model()->rowCount(), 4);
    range->setCurrentIndex(range->findText(u"All time"_s));
    QCOMPARE(m_page->model()->rowCount(), 5);
}

void tst_OutreachPage::contactSearchMatchesNamesOnly()
{
    const qint64 anna = addContact(u"Anna"_s, u"Berg"_s);
    const qint64 annika = addContact(u"Annika"_s, u"Dahl"_s);
    const qint64 bo = addContact(u"Bo"_s, u"Chan"_s);
    const qint64 carl = addContact(u"Carl"_s, u"Lund"_s, u"Annapurna Ltd"_s);
    const qint64 jose = addContact(u"José"_s, u"Núñez-Ortega"_s);
    log(anna, u"message"_s, m_now.addDays(-1));
    log(annika, u"message"_s, m_now.addDays(-2));
    log(bo, u"message"_s, m_now.addDays(-3));
    log(carl, u"message"_s, m_now.addDays(-4));
    log(jose, u"message"_s, m_now.addDays(-5));
    m_page->reload();

    auto *search = m_page->findChild<QLineEdit *>(u"outreachContactSearch"_s);
    QVERIFY(search);
    QVERIFY(!search->accessibleName().isEmpty());
    // Typing filters after a short pause; the company "Annapurna" is no name.
    QTest::keyClicks(search, u"ann"_s);
    QTRY_COMPARE(contactsShown(), (QStringList{u"Anna Berg"_s, u"Annika Dahl"_s}));
    m_page->setContactSearch(u"ANNA b"_s);
    QCOMPARE(contactsShown(), QStringList{u"Anna Berg"_s});
    m_page->setContactSearch(u"ortega"_s);
    QCOMPARE(contactsShown(), QStringList{u"José Núñez-Ortega"_s});
    m_page->setContactSearch(u"jose nunez"_s);
    QCOMPARE(contactsShown(), QStringList{u"José Núñez-Ortega"_s});
    m_page->setContactSearch(u"zed"_s);
    QCOMPARE(m_page->model()->rowCount(), 0);
    QCOMPARE(shown()->objectName(), u"outreachNoMatch"_s);
    m_page->setContactSearch(QString());
    QCOMPARE(m_page->model()->rowCount(), 5);
    QCOMPARE(shown(), table());
}

void tst_OutreachPage::contactSearchOverManyContactsChecksRowByRow()
{
    QList<Contact> many;
    for (int i = 0; i < OutreachTableModel::MaxNameMatches + 5; ++i) {
        Contact c;
        c.firstName = u"Zed"_s;
        c.lastName = u"Person %1"_s.arg(i);
        many << c;
    }
    QString error;
    QVERIFY2(m_contacts->addBatch(many, &error), qPrintable(error));
    const qint64 other = addContact(u"Yan"_s, u"Other"_s);
    log(many.at(3).id, u"message"_s, m_now.addDays(-1));
    log(other, u"message"_s, m_now.addDays(-2));
    log(many.at(900).id, u"invitation"_s, m_now.addDays(-3));
    m_page->setContactSearch(u"zed"_s);
    QCOMPARE(contactsShown(), (QStringList{u"Zed Person 3"_s, u"Zed Person 900"_s}));
    m_page->setContactSearch(u"zed person 90"_s);
    QCOMPARE(contactsShown(), QStringList{u"Zed Person 900"_s});
}

void tst_OutreachPage::contactFilterShowsOnePerson()
{
    const qint64 anna = addContact(u"Anna"_s, u"Berg"_s);
    const qint64 anna2 = addContact(u"Anna"_s, u"Berg"_s, u"Other Co"_s);
    log(anna, u"message"_s, m_now.addDays(-1));
    log(anna2, u"message"_s, m_now.addDays(-2));
    m_page->setContactFilter(anna2);
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->index(0, 0).data(OutreachTableModel::ContactIdRole).toLongLong(),
             anna2);
    QCOMPARE(m_page->findChild<QLineEdit *>(u"outreachContactSearch"_s)->text(), u"Anna Berg"_s);
    // Typing replaces the person with a name search.
    m_page->setContactSearch(u"anna"_s);
    QCOMPARE(m_page->model()->rowCount(), 2);
    m_page->setContactFilter(anna);
    QCOMPARE(m_page->model()->rowCount(), 1);
    m_page->setContactFilter(0);
    QCOMPARE(m_page->model()->rowCount(), 2);
    QVERIFY(m_page->findChild<QLineEdit *>(u"outreachContactSearch"_s)->text().isEmpty());
}

void tst_OutreachPage::outcomeChangeUndoRedoRestoresExactly()
{
    const qint64 anna = addContact(u"Anna"_s, u"Berg"_s);
    const QDateTime repliedAt = QDateTime(QDate(2026, 3, 4), QTime(17, 45, 12), Qt::UTC);
    const qint64 message =
        log(anna, u"message"_s, QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC), u"replied"_s,
            repliedAt);
    const qint64 invitation = log(anna, u"invitation"_s, m_now.addDays(-5));
    m_page->reload();
    QSignalSpy changed(m_page.get(), &OutreachPage::changed);
    const Outreach messageBefore = *m_outreach->get(message);
    const Outreach invitationBefore = *m_outreach->get(invitation);

    // Through the outcome menu, as F2 or a double-click opens it.
    m_page->selectOutreach(invitation);
    QVERIFY(m_page->setOutcomeAction()->isEnabled());
    QAction *accept = outcomeAction(u"accepted"_s);
    QVERIFY(accept);
    QVERIFY(!accept->isChecked());
    QVERIFY(outcomeAction(u"none"_s)->isChecked());
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    accept->trigger();
    Outreach after = *m_outreach->get(invitation);
    QCOMPARE(after.outcome, u"accepted"_s);
    QVERIFY(after.outcomeAt >= before && after.outcomeAt <= QDateTime::currentDateTimeUtc());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_undo->undoText(), u"Set Outcome for Anna Berg (Accepted)"_s);
    QCOMPARE(m_page->currentOutreachId(), invitation);
    QCOMPARE(cell(m_page->model()->rowOf(invitation), OutreachTableModel::OutcomeColumn),
             u"Accepted"_s);

    m_undo->undo();
    QCOMPARE(*m_outreach->get(invitation), invitationBefore);
    QCOMPARE(cell(m_page->model()->rowOf(invitation), OutreachTableModel::OutcomeColumn),
             u"No outcome yet"_s);
    m_undo->redo();
    QCOMPARE(*m_outreach->get(invitation), after);
    QCOMPARE(changed.size(), 3);

    // A change from one outcome to another gives the old date back exactly.
    QString error;
    QVERIFY2(m_page->setOutcome(message, u"not-interested"_s, &error), qPrintable(error));
    QCOMPARE(m_outreach->get(message)->outcome, u"not-interested"_s);
    m_undo->undo();
    QCOMPARE(*m_outreach->get(message), messageBefore);
    QCOMPARE(m_outreach->get(message)->outcomeAt, repliedAt);
    // Clearing it, and back.
    QVERIFY2(m_page->setOutcome(message, QString(), &error), qPrintable(error));
    QVERIFY(m_outreach->get(message)->outcome.isEmpty());
    QVERIFY(!m_outreach->get(message)->outcomeAt.isValid());
    QCOMPARE(m_undo->undoText(), u"Clear Outcome for Anna Berg"_s);
    m_undo->undo();
    QCOMPARE(*m_outreach->get(message), messageBefore);
    // The same outcome again is no step at all.
    const int steps = m_undo->count();
    QVERIFY(m_page->setOutcome(message, u"replied"_s, &error));
    QCOMPARE(m_undo->count(), steps);
    // The store's refusal comes back as the reason.
    QVERIFY(!m_page->setOutcome(message, u"maybe"_s, &error));
    QVERIFY(error.contains(u"maybe"_s));
    QCOMPARE(m_undo->count(), steps);

    // The outcome can be dated when it really came (the InMail ledger returns
    // a credit by that date), through the menu's Outcome Date action; undoable.
    const Outreach sentRow = *m_outreach->get(invitation);
    const QDate sentDay = sentRow.happenedAt.toLocalTime().date();
    const QDate answerDay = qMin(sentDay.addDays(2), QDate::currentDate());
    QDate earliestAsked;
    DialogRunner::setNextHandler(u"outcomeDateDialog"_s, [&](QDialog *dialog) {
        auto *edit = dialog->findChild<DateField *>(u"outcomeDateEdit"_s);
        if (!edit)
            return false;
        earliestAsked = edit->minimumDate();
        edit->setDate(answerDay);
        return true;
    });
    m_page->selectOutreach(invitation);
    QAction *dateAction = m_page->findChild<QAction *>(u"outreachOutcomeDateAction"_s);
    QVERIFY(dateAction);
    dateAction->trigger();
    QCOMPARE(earliestAsked, sentDay);
    QCOMPARE(m_outreach->get(invitation)->outcomeAt.toLocalTime().date(), answerDay);
    QCOMPARE(m_outreach->get(invitation)->outcome, u"accepted"_s);
    m_undo->undo();
    QCOMPARE(*m_outreach->get(invitation), sentRow);
    QVERIFY(!m_page->setOutcomeDate(invitation, sentDay.addDays(-1), &error));
    QVERIFY2(error.contains(u"between"_s), qPrintable(error));
}

void tst_OutreachPage::outcomeMenuOffersTheChannelsOutcomes()
{
    const qint64 anna = addContact(u"Anna"_s, u"Berg"_s);
    const qint64 invitation = log(anna, u"invitation"_s, m_now.addDays(-5));
    const qint64 message = log(anna, u"message"_s, m_now.addDays(-4));
    m_page->reload();
    m_page->selectOutreach(invitation);
    QVERIFY(outcomeAction(u"accepted"_s));
    QVERIFY(outcomeAction(u"dont-know"_s));
    QCOMPARE(outcomeAction(u"dont-know"_s)->text(), u"“I don't know”"_s);
    QVERIFY(outcomeAction(u"withdrawn"_s));
    QVERIFY(!outcomeAction(u"replied"_s));
    m_page->selectOutreach(message);
    QVERIFY(outcomeAction(u"replied"_s));
    QVERIFY(outcomeAction(u"not-interested"_s));
    QVERIFY(!outcomeAction(u"accepted"_s));
    QVERIFY(outcomeAction(u"none"_s));

    // Filtered to "no outcome yet", a row given one leaves the list and the
    // next one is selected.
    m_page->setOutcomeFilter(u"none"_s);
    m_page->selectOutreach(message);
    outcomeAction(u"replied"_s)->trigger();
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->currentOutreachId(), invitation);
    m_undo->undo();
    QCOMPARE(m_page->model()->rowCount(), 2);
    QCOMPARE(m_page->currentOutreachId(), message);
}

void tst_OutreachPage::outcomeMenuIsSingleChoice()
{
    const qint64 anna = addContact(u"Anna"_s, u"Berg"_s);
    const qint64 invitation =
        log(anna, u"invitation"_s, m_now.addDays(-5), u"accepted"_s, m_now.addDays(-4));
    m_page->reload();
    m_page->selectOutreach(invitation);
    // Every outcome is a radio item of one exclusive group: exactly one is
    // checked, the row's own.
    QActionGroup *group = outcomeAction(u"accepted"_s)->actionGroup();
    QVERIFY(group);
    QCOMPARE(group->exclusionPolicy(), QActionGroup::ExclusionPolicy::Exclusive);
    int checked = 0;
    const QList<QAction *> offered = m_page->outcomeMenu()->actions();
    for (QAction *action : offered) {
        if (!action->objectName().startsWith(u"outcome_"_s))
            continue;
        QCOMPARE(action->actionGroup(), group);
        if (action->isChecked())
            ++checked;
    }
    QCOMPARE(checked, 1);
    QVERIFY(outcomeAction(u"accepted"_s)->isChecked());
    QVERIFY(!outcomeAction(u"none"_s)->isChecked());

    // Choosing another moves the one check there.
    outcomeAction(u"withdrawn"_s)->trigger();
    QCOMPARE(m_outreach->get(invitation)->outcome, u"withdrawn"_s);
    m_page->selectOutreach(invitation);
    QVERIFY(outcomeAction(u"withdrawn"_s)->isChecked());
    QVERIFY(!outcomeAction(u"accepted"_s)->isChecked());
    QCOMPARE(group->checkedAction(), outcomeAction(u"withdrawn"_s));
}

void tst_OutreachPage::detailPanelFollowsTheSelection()
{
    const qint64 anna = addContact(u"Anna"_s, u"Berg"_s, u"Northwind"_s);
    const qint64 bo = addContact(u"Bo"_s, u"Chan"_s);
    const qint64 toAnna = log(anna, u"message"_s, m_now.addDays(-2));
    const qint64 toBo = log(bo, u"inmail"_s, m_now.addDays(-1));
    m_page->reload();
    ContactSidePanel *side = m_page->contactPanel();
    auto *splitter = m_page->findChild<QSplitter *>(u"outreachSplitter"_s);
    QVERIFY(splitter);
    QCOMPARE(splitter->indexOf(side), 1);
    auto *name = side->findChild<QLabel *>(u"sideDetailNameLabel"_s);
    QVERIFY(name);

    m_page->selectOutreach(toBo);
    QCOMPARE(side->contactId(), bo);
    QCOMPARE(name->text(), u"Bo Chan"_s);
    m_page->selectOutreach(toAnna);
    QCOMPARE(side->contactId(), anna);
    QCOMPARE(name->text(), u"Anna Berg"_s);
    // The arrow keys move it too.
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    table()->setFocus();
    QTRY_VERIFY(table()->hasFocus());
    QTest::keyClick(table(), Qt::Key_Up);
    QCOMPARE(m_page->currentOutreachId(), toBo);
    QCOMPARE(name->text(), u"Bo Chan"_s);

    // Open Contact (the context menu's and the panel's) asks for this person.
    QSignalSpy opened(m_page.get(), &OutreachPage::contactActivated);
    QAction *open = m_page->findChild<QAction *>(u"outreachOpenContactAction"_s);
    QVERIFY(open && open->isEnabled());
    open->trigger();
    QTest::mouseClick(side->openButton(), Qt::LeftButton);
    QCOMPARE(opened.size(), 2);
    QCOMPARE(opened.at(0).first().toLongLong(), bo);
    QCOMPARE(opened.at(1).first().toLongLong(), bo);

    // A filter that leaves no row: the panel goes with the list.
    m_page->setChannelFilter(u"invitation"_s);
    QCOMPARE(m_page->currentOutreachId(), 0);
    QVERIFY(side->isHidden());
    QVERIFY(!open->isEnabled());
    m_page->clearFilters();
    QVERIFY(!side->isHidden());
    QVERIFY(side->contactId() > 0);
}

void tst_OutreachPage::deleteUndoRedoKeepsTheId()
{
    const qint64 anna = addContact(u"Anna"_s, u"Berg"_s);
    log(anna, u"message"_s, m_now.addDays(-1));
    const qint64 id = log(anna, u"inmail"_s, m_now.addDays(-2), u"replied"_s, m_now.addDays(-1),
                          u"out"_s, u"A question"_s, u"Body text"_s, u"InMail"_s, 1);
    m_page->reload();
    const Outreach before = *m_outreach->get(id);
    QSignalSpy changed(m_page.get(), &OutreachPage::changed);

    m_page->selectOutreach(id);
    Prompts::setNextAnswer(false);
    m_page->deleteAction()->trigger();
    QCOMPARE(SeamTesting::questions().size(), 1);
    QVERIFY(m_outreach->get(id));
    Prompts::setNextAnswer(true);
    m_page->deleteAction()->trigger();
    QCOMPARE(SeamTesting::questions().size(), 2);
    QVERIFY(!m_outreach->get(id));
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_undo->undoText(), u"Delete InMail to Anna Berg"_s);

    m_undo->undo();
    QCOMPARE(*m_outreach->get(id), before);
    QCOMPARE(m_page->model()->rowCount(), 2);
    QCOMPARE(m_page->currentOutreachId(), id);
    m_undo->redo();
    QVERIFY(!m_outreach->get(id));
    m_undo->undo();
    QCOMPARE(*m_outreach->get(id), before);
    QCOMPARE(changed.size(), 4);
}

void tst_OutreachPage::deleteRestoresRepliesAndAttachments()
{
    const qint64 anna = addContact(u"Anna"_s, u"Berg"_s);
    const qint64 sent = log(anna, u"message"_s, m_now.addDays(-3));
    const qint64 reply =
        log(anna, u"message"_s, m_now.addDays(-2), {}, {}, u"in"_s, {}, u"Thanks!"_s);
    QCOMPARE(m_outreach->get(reply)->replyTo, sent);
    QCOMPARE(m_outreach->get(sent)->outcome, u"replied"_s);
    const Outreach sentBefore = *m_outreach->get(sent);
    const Outreach replyBefore = *m_outreach->get(reply);
    m_page->reload();
    QString error;

    // Deleting what was answered lets go of the reply; undo re-attaches it.
    QVERIFY2(m_page->deleteOutreach(sent, &error), qPrintable(error));
    QCOMPARE(m_outreach->get(reply)->replyTo, 0);
    m_undo->undo();
    QCOMPARE(*m_outreach->get(sent), sentBefore);
    QCOMPARE(*m_outreach->get(reply), replyBefore);

    // Deleting the reply takes back its "replied"; undo gives it back.
    QVERIFY2(m_page->deleteOutreach(reply, &error), qPrintable(error));
    QVERIFY(m_outreach->get(sent)->outcome.isEmpty());
    m_undo->undo();
    QCOMPARE(*m_outreach->get(sent), sentBefore);
    QCOMPARE(*m_outreach->get(reply), replyBefore);

    // A received message that answered nothing comes back answering nothing,
    // though an unanswered message sent before it exists now.
    const qint64 bo = addContact(u"Bo"_s, u"Chan"_s);
    const qint64 loose =
        log(bo, u"message"_s, m_now.addDays(-1), {}, {}, u"in"_s, {}, u"Hi, saw your post"_s);
    const qint64 earlier = log(bo, u"message"_s, m_now.addDays(-5));
    QCOMPARE(m_outreach->get(loose)->replyTo, 0);
    const Outreach looseBefore = *m_outreach->get(loose);
    const Outreach earlierBefore = *m_outreach->get(earlier);
    m_page->reload();
    QVERIFY2(m_page->deleteOutreach(loose, &error), qPrintable(error));
    m_undo->undo();
    QCOMPARE(*m_outreach->get(loose), looseBefore);
    QCOMPARE(*m_outreach->get(earlier), earlierBefore);
    m_undo->redo();
    QVERIFY(!m_outreach->get(loose));
    m_undo->undo();
    QCOMPARE(*m_outreach->get(loose), looseBefore);
}

void tst_OutreachPage::deleteKeyAsksNamingContactAndDate()
{
    const qint64 anna = addContact(u"Anna"_s, u"Berg"_s);
    const QDateTime when(QDate(2026, 3, 3), QTime(12, 0), Qt::UTC);
    const qint64 id =
        log(anna, u"invitation"_s, when, {}, {}, u"out"_s, {}, u"Hello Anna, let's connect."_s);
    m_page->reload();
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_page->selectOutreach(id);
    table()->setFocus();
    Prompts::setNextAnswer(false);
    QTest::keyClick(table(), Qt::Key_Delete);
    QCOMPARE(SeamTesting::questions().size(), 1);
    const QString date = QLocale().toString(when.toLocalTime().date(), QLocale::LongFormat);
    QVERIFY2(SeamTesting::questions().first().startsWith(
                 u"Delete the invitation you sent Anna Berg on %1?"_s.arg(date)),
             qPrintable(SeamTesting::questions().first()));
    QVERIFY(SeamTesting::questions().first().contains(u"“Hello Anna, let's connect.”"_s));
    QVERIFY(SeamTesting::questions().first().contains(u"Undo"_s));
    QCOMPARE(m_page->model()->rowCount(), 1);

    Outreach received;
    received.channel = u"message"_s;
    received.direction = u"in"_s;
    received.happenedAt = when;
    QCOMPARE(OutreachPage::deleteQuestion(received, u"Bo Chan"_s).section(u'\n', 0, 0),
             u"Delete the message Bo Chan sent you on %1?"_s.arg(date));
}

void tst_OutreachPage::emptyAndNoMatchStates()
{
    QCOMPARE(shown()->objectName(), u"outreachEmptyState"_s);
    auto *heading = m_page->findChild<QLabel *>(u"outreachEmptyStateHeading"_s);
    auto *text = m_page->findChild<QLabel *>(u"outreachEmptyStateText"_s);
    QCOMPARE(heading->text(), u"No outreach logged yet"_s);
    QVERIFY(text->text().contains(u"compose your first message (Ctrl+M)"_s));
    QVERIFY(text->text().contains(u"Import your LinkedIn export"_s));
    QVERIFY(!text->text().contains(u"rapport-cli"_s));
    QVERIFY(m_page->findChild<QWidget *>(u"outreachFilterRow"_s)->isHidden());
    QVERIFY(!m_page->numbersPanel()->isHidden());
    QVERIFY(!m_page->setOutcomeAction()->isEnabled());
    QVERIFY(!m_page->deleteAction()->isEnabled());

    const qint64 anna = addContact(u"Anna"_s, u"Berg"_s);
    log(anna, u"message"_s, m_now.addDays(-1));
    m_page->reload();
    QCOMPARE(shown(), table());
    QVERIFY(!m_page->findChild<QWidget *>(u"outreachFilterRow"_s)->isHidden());
    QVERIFY(m_page->currentOutreachId() > 0);

    m_page->setChannelFilter(u"call"_s);
    QCOMPARE(shown()->objectName(), u"outreachNoMatch"_s);
    // Says which filter hides everything.
    const QString noMatch = m_page->findChild<QLabel *>(u"outreachNoMatchText"_s)->text();
    QVERIFY2(noMatch.startsWith(u"No outreach matches Channel: "_s) &&
                 noMatch.contains(u"Clear the filters"_s),
             qPrintable(noMatch));
    // The filters stay, to be changed.
    QVERIFY(!m_page->findChild<QWidget *>(u"outreachFilterRow"_s)->isHidden());
    m_page->findChild<QPushButton *>(u"outreachClearFiltersButton"_s)->click();
    QCOMPARE(shown(), table());
    QCOMPARE(m_page->findChild<QComboBox *>(u"outreachChannelFilter"_s)->currentIndex(), 0);
}

void tst_OutreachPage::noDatabaseState()
{
    m_page->setStores(nullptr, nullptr, nullptr);
    QCOMPARE(shown()->objectName(), u"outreachEmptyState"_s);
    QCOMPARE(m_page->findChild<QLabel *>(u"outreachEmptyStateHeading"_s)->text(),
             u"No database is open"_s);
    QVERIFY(m_page->numbersPanel()->isHidden());
    QVERIFY(m_page->findChild<QWidget *>(u"outreachFilterRow"_s)->isHidden());
    QCOMPARE(m_page->model()->rowCount(), 0);
    QString error;
    QVERIFY(!m_page->setOutcome(1, u"replied"_s, &error));
    QVERIFY(!m_page->deleteOutreach(1, &error));
    m_page->reload();
    QCOMPARE(m_page->model()->rowCount(), 0);
    QVERIFY(m_page->numbersPanel()->text().contains(u"No database is open"_s));

    // And back.
    const qint64 anna = addContact(u"Anna"_s, u"Berg"_s);
    log(anna, u"message"_s, m_now.addDays(-1));
    m_page->setStores(m_db.get(), m_contacts.get(), m_outreach.get());
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(shown(), table());
}

void tst_OutreachPage::panelWarnsOnLowAcceptance()
{
    const QDate today(2026, 5, 20);
    const QDateTime sent(QDate(2026, 5, 1), QTime(10, 0), Qt::UTC);
    for (int i = 0; i < 10; ++i) {
        const qint64 c = addContact(u"Person"_s, QString::number(i));
        log(c, u"invitation"_s, sent.addDays(i), i < 4 ? u"accepted"_s : u"declined"_s,
            sent.addDays(i + 1));
    }
    OutreachNumbersPanel *panel = m_page->numbersPanel();
    panel->refresh(today);
    QVERIFY(panel->numbers());
    QVERIFY(panel->isWarningShown());
    const QString text = panel->text();
    QVERIFY2(
        text.contains(u"Last 20 invitations (10 sent so far): 40.0 % accepted (4 of 10 decided)"_s),
        qPrintable(text));
    // The rule for "decided", once, in the same words as the CLI and README.
    QVERIFY2(text.contains(InvitationStats::decidedRule()), qPrintable(text));
    // How is this computed: the formula with today's inputs.
    QVERIFY2(panel->howComputed(u"acceptanceLastN"_s)
                 .contains(u"Acceptance over the last 20 invitations = accepted ÷ decided = 4 "
                           "÷ 10 = 40.0 % (10 sent in that window)."_s),
             qPrintable(panel->howComputed(u"acceptanceLastN"_s)));
    QVERIFY(panel->howComputed(u"invitationsHow"_s).contains(InvitationStats::decidedRule()));
    QVERIFY(panel->howComputed(u"acceptanceRecent"_s).contains(u"= 4 ÷ 10 = 40.0 %"_s));
    QVERIFY2(text.contains(u"Last 30 days: 40.0 % accepted (4 of 10 decided), 10 sent"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"Warning: acceptance over the last 20 invitations is below 50 %"_s),
             qPrintable(text));
    QVERIFY(text.contains(u"send fewer blind invitations"_s));
    // In the warning tone, with the icon beside the words.
    auto *warning = panel->findChild<QLabel *>(u"acceptanceWarningText"_s);
    QCOMPARE(warning->palette().color(QPalette::WindowText),
             OutreachStyle::warningColor(panel->palette()));
    QVERIFY(!panel->findChild<QLabel *>(u"acceptanceWarningIcon"_s)->pixmap().isNull());

    // Two more acceptances lift it over the threshold: 6 of 12.
    for (int i = 0; i < 2; ++i)
        log(addContact(u"Late"_s, QString::number(i)), u"invitation"_s, sent.addDays(12),
            u"accepted"_s, sent.addDays(13));
    panel->refresh(today);
    QVERIFY(!panel->isWarningShown());
    QVERIFY(panel->text().contains(
        u"Last 20 invitations (12 sent so far): 50.0 % accepted (6 of 12 decided)"_s));
    QVERIFY(!panel->text().contains(u"Warning"_s));
}

void tst_OutreachPage::panelShowsPendingAndWithdrawSuggestions()
{
    const QDate today(2026, 5, 20);
    const qint64 anna = addContact(u"Anna"_s, u"Berg"_s);
    const qint64 bo = addContact(u"Bo"_s, u"<Chan>"_s);
    const qint64 cy = addContact(u"Cy"_s, u"Dee"_s);
    log(anna, u"invitation"_s, QDateTime(today.addDays(-40), QTime(9, 0), Qt::UTC));
    log(bo, u"invitation"_s, QDateTime(today.addDays(-25), QTime(9, 0), Qt::UTC));
    log(cy, u"invitation"_s, QDateTime(today.addDays(-3), QTime(9, 0), Qt::UTC));
    OutreachNumbersPanel *panel = m_page->numbersPanel();
    panel->refresh(today);
    const QString text = panel->text();
    QVERIFY2(text.contains(u"3 pending"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Oldest: Anna Berg (40 days), Bo <Chan> (25 days), Cy Dee (3 days)"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"2 pending for more than three weeks: consider withdrawing them."_s),
             qPrintable(text));
    QVERIFY(text.contains(u"blocks inviting the same person again for three weeks"_s));
    QVERIFY(panel->howComputed(u"pendingHow"_s).contains(u"no outcome yet: 3"_s));
    // Both old ones count as decided and not accepted: too few to warn.
    QVERIFY(!panel->isWarningShown());
    QVERIFY(text.contains(u"too few decided to judge yet"_s));

    // A name is a link to that person's outreach; "Show them" lists the pending.
    QSignalSpy person(panel, &OutreachNumbersPanel::contactActivated);
    auto *oldest = panel->findChild<QLabel *>(u"pendingOldest"_s);
    emit oldest->linkActivated(u"contact:%1"_s.arg(bo));
    QCOMPARE(person.size(), 1);
    QCOMPARE(person.first().first().toLongLong(), bo);
    QCOMPARE(m_page->model()->rowCount(), 1);
    auto *withdraw = panel->findChild<QLabel *>(u"withdrawSuggestions"_s);
    emit withdraw->linkActivated(u"show-pending"_s);
    QCOMPARE(m_page->model()->rowCount(), 3);
    QCOMPARE(m_page->model()->filter().channel, u"invitation"_s);
    QCOMPARE(m_page->model()->filter().outcome, u"none"_s);
}

void tst_OutreachPage::panelShowsInMailNumbers()
{
    const QDate today(2026, 5, 20);
    const qint64 anna = addContact(u"Anna"_s, u"Berg"_s);
    const auto at = [](int day) {
        return QDateTime(QDate(2026, 5, day), QTime(10, 0), Qt::UTC);
    };
    log(anna, u"inmail"_s, at(4), u"replied"_s, at(7), u"out"_s, u"Q"_s, u"Body"_s, {}, 1);
    log(anna, u"inmail"_s, at(6), {}, {}, u"out"_s, u"Q"_s, u"Body"_s, {}, 1);
    log(anna, u"inmail"_s, at(8), {}, {}, u"out"_s, u"Q"_s, u"Body"_s, {}, 0);
    SettingStore settings(*m_db);
    OutreachSettings s;
    s.plan = InMailPlan::of(InMailPlan::SalesNavigator);
    QString error;
    QVERIFY2(s.save(settings, &error), qPrintable(error));

    OutreachNumbersPanel *panel = m_page->numbersPanel();
    panel->refresh(today);
    const QString text = panel->text();
    // 50 granted on 1 May, 3 sent, 1 answered: 48 available, 2 held.
    QVERIFY2(text.contains(u"Credits: 48 available · 2 held by InMails awaiting an answer · 0 "
                           "spent · 1 returned"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"Response rate: 33.3 % (1 of 3 answered) · 2 awaiting an answer"_s),
             qPrintable(text));
    QVERIFY2(panel->howComputed(u"inmailCredits"_s)
                 .contains(u"Available = granted − held − spent − expired = 50 − 2 − 0 − 0 = 48"_s),
             qPrintable(panel->howComputed(u"inmailCredits"_s)));
    QVERIFY(panel->howComputed(u"inmailResponse"_s)
                .contains(u"Response rate = answered ÷ sent = 1 ÷ 3 = 33.3 %"_s));
    QVERIFY(panel->howComputed(u"inmailHow"_s).contains(u"= 50 − 2 − 0 − 0 = 48"_s));
    QVERIFY2(
        text.contains(u"With a “reply Not Interested” line: 50.0 % (2) · without: 0.0 % (1)"_s),
        qPrintable(text));
    QVERIFY2(text.contains(u"Plan: Sales Navigator, 50 credits a month"_s), qPrintable(text));
    QVERIFY(text.contains(u"No invitations logged yet."_s));

    // Thousands separators in the counts.
    s.plan = InMailPlan::of(InMailPlan::Custom, 1000);
    QVERIFY2(s.save(settings, &error), qPrintable(error));
    panel->refresh(today);
    QVERIFY2(panel->text().contains(u"Credits: 998 available"_s), qPrintable(panel->text()));
    QVERIFY(panel->text().contains(u"Plan: Custom plan, 1,000 credits a month"_s));
}

void tst_OutreachPage::screenshot()
{
    const QString dir = qEnvironmentVariable("RAPPORT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("Set RAPPORT_SCREENSHOT_DIR to save a picture of the page");
    const char *names[] = {"Anna Berg",   "Bo Chan",        "Cy Dee",      "Dana Ek",
                           "Erik Falk",   "Fatima Gül",     "Gustav Holm", "Hanna Ilves",
                           "Ivan Jokela", "Jenny Karlsson", "Karim Laine", "Lena Moberg"};
    QList<qint64> people;
    for (const char *name : names) {
        const QStringList parts = QString::fromUtf8(name).split(u' ');
        people << addContact(parts.first(), parts.last());
    }
    const QStringList channels{u"invitation"_s, u"message"_s, u"inmail"_s, u"invitation"_s,
                               u"message"_s,    u"email"_s,   u"call"_s};
    // Ten invitations decided, four accepted: the seed's red flag.
    const QStringList invitationOutcomes{
        u"accepted"_s, u"declined"_s, u"ignored"_s, u"accepted"_s, u"dont-know"_s,
        u"declined"_s, u"accepted"_s, u"ignored"_s, u"accepted"_s, u"withdrawn"_s};
    const QStringList answers{u"replied"_s, QString(), u"not-interested"_s, u"ignored"_s};
    const QStringList bodies{
        u"Hi there, thanks for your comment on my article about follow-ups."_s,
        u"Would you be open to a 15-minute call next week?"_s,
        u"I enjoyed your post on hiring juniors — here is the how-to I mentioned."_s,
        u"Great to meet you at the meetup yesterday."_s,
        u"Quick question about your team's onboarding"_s};
    int invitations = 0;
    for (int i = 0; i < 32; ++i) {
        const QString channel = channels.at(i % channels.size());
        const bool received = i % 5 == 4 && channel != u"invitation"_s;
        QString outcome;
        if (channel == u"invitation"_s)
            outcome = i < 2 ? QString() : invitationOutcomes.value(invitations++ % 10);
        else if (!received)
            outcome = answers.at(i % answers.size());
        const QDateTime at = m_now.addSecs(-3600LL * (i * 19 + 1));
        log(people.at(i % people.size()), channel, at, outcome,
            outcome.isEmpty() ? QDateTime() : at.addDays(1), received ? u"in"_s : u"out"_s,
            channel == u"inmail"_s ? u"A question about your talk"_s : QString(),
            bodies.at(i % bodies.size()), i % 4 == 0 ? u"Thank a commenter"_s : QString(),
            channel == u"inmail"_s ? 1 : -1);
    }
    for (int i = 0; i < 4; ++i)
        log(people.at(i), u"invitation"_s, m_now.addDays(-30 - i * 4));
    m_page->reload();
    m_page->resize(qEnvironmentVariableIntValue("RAPPORT_SCREENSHOT_WIDTH") > 0
                       ? qEnvironmentVariableIntValue("RAPPORT_SCREENSHOT_WIDTH")
                       : 1280,
                   720);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(u"outreachpage.png"_s);
    QVERIFY(m_page->grab().save(path));

    m_page->setChannelFilter(u"call"_s);
    m_page->setOutcomeFilter(u"withdrawn"_s);
    QVERIFY(m_page->grab().save(QDir(dir).filePath(u"outreachpage-nomatch.png"_s)));

    Database emptyDb;
    QString error;
    QVERIFY2(emptyDb.open(m_dir->filePath(u"empty.sqlite"_s), &error), qPrintable(error));
    ContactStore emptyContacts(emptyDb);
    OutreachStore emptyOutreach(emptyDb);
    OutreachPage emptyPage(m_undo.get());
    emptyPage.setStores(&emptyDb, &emptyContacts, &emptyOutreach);
    emptyPage.resize(1000, 560);
    emptyPage.show();
    QVERIFY(QTest::qWaitForWindowExposed(&emptyPage));
    QVERIFY(emptyPage.grab().save(QDir(dir).filePath(u"outreachpage-empty.png"_s)));
    qInfo() << "Saved" << path;
}

QTEST_MAIN(tst_OutreachPage)
#include "tst_outreachpage.moc"
