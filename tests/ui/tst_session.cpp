#include "contacts/AddContactCommand.h"
#include "contacts/DeleteContactCommand.h"
#include "contacts/EditContactCommand.h"
#include "contacts/LogValueCommand.h"
#include "contacts/SetKeepInTouchCommand.h"
#include "content/AddContentCommand.h"
#include "content/DeleteContentCommand.h"
#include "outreach/LogOutreachCommand.h"
#include "outreach/SetOutreachOutcomeCommand.h"
#include "session/Session.h"
#include "store/ContactStore.h"
#include "store/ContentStore.h"
#include "store/DerivedState.h"
#include "store/EngagementStore.h"
#include "store/KeepInTouchStore.h"
#include "store/OutreachStore.h"
#include "store/ValueGivenStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_Session : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void opensAndCloses();
    void refusedCommandIsNotPushedAndSaysNothing();
    void contactCommandsSayContacts();
    void outreachCommandsSayOutreachAndContacts();
    void valueAndKeepInTouchSayWhatTheyTouch();
    void contentCommandsSayContent();
    void undoAndRedoSayItAgain();
    void aFailedUndoIsReportedAndStillSaysWhatChanged();
    void notifyChangedPassesThrough();
    void externalWriteIsNoticedOnCheck();
    void externalWriteIsNoticedWhileWatching();
    void openingBringsDerivedStateUpToDateAfterThePaint();

private:
    qint64 addContact(const QString &first);
    // The flags of the only changed() the spy saw.
    static Changes onlyChange(QSignalSpy &spy);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;
};

void tst_Session::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_session = std::make_unique<Session>();
    QString error;
    QVERIFY2(m_session->open(m_dir->filePath(u"s.sqlite"_s), Database::Access::ReadWrite, &error),
             qPrintable(error));
    // Opening is finished once tiers and scores were brought up to date.
    QTRY_VERIFY(!m_session->isDerivedStatePending());
}

void tst_Session::cleanup()
{
    m_session.reset();
    m_dir.reset();
}

qint64 tst_Session::addContact(const QString &first)
{
    Contact c;
    c.firstName = first;
    c.lastName = u"Tester"_s;
    auto *command = new AddContactCommand(*m_session->contacts(), c);
    QString error;
    if (!m_session->push(command, &error))
        return 0;
    return command->contactId();
}

Changes tst_Session::onlyChange(QSignalSpy &spy)
{
    if (spy.count() != 1)
        return Changes();
    return spy.takeFirst().at(0).value<Changes>();
}

void tst_Session::opensAndCloses()
{
    QVERIFY(m_session->isOpen());
    QVERIFY(!m_session->isReadOnly());
    QVERIFY(m_session->contacts() && m_session->engagement() && m_session->content() &&
            m_session->timeline() && m_session->outreach() && m_session->values() &&
            m_session->templates() && m_session->keepInTouch() && m_session->snapshots() &&
            m_session->scores() && m_session->quickCapture());
    QVERIFY(addContact(u"Ada"_s) > 0);
    QCOMPARE(m_session->undoStack()->count(), 1);
    QSignalSpy closing(m_session.get(), &Session::aboutToClose);
    m_session->close();
    QCOMPARE(closing.count(), 1);
    QVERIFY(!m_session->isOpen());
    QVERIFY(!m_session->contacts());
    QCOMPARE(m_session->undoStack()->count(), 0);

    // A file that cannot be opened leaves the session as it was.
    QSignalSpy opened(m_session.get(), &Session::opened);
    QString error;
    QVERIFY(m_session->open(m_dir->filePath(u"s.sqlite"_s), Database::Access::ReadWrite, &error));
    QCOMPARE(opened.count(), 1);
    QFile notADatabase(m_dir->filePath(u"notes.sqlite"_s));
    QVERIFY(notADatabase.open(QIODevice::WriteOnly));
    notADatabase.write(QByteArray(4096, 'x'));
    notADatabase.close();
    QVERIFY(!m_session->open(notADatabase.fileName(), Database::Access::ReadWrite, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(m_session->isOpen());
    QCOMPARE(m_session->contacts()->totalCount(), 1);
}

void tst_Session::refusedCommandIsNotPushedAndSaysNothing()
{
    const qint64 id = addContact(u"Ada"_s);
    QSignalSpy spy(m_session.get(), &Session::changed);
    const Contact before = *m_session->contacts()->get(id);
    Contact after = before;
    after.id = id + 1000; // no such contact: the store refuses
    QString error;
    QVERIFY(
        !m_session->push(new EditContactCommand(*m_session->contacts(), before, after), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(spy.count(), 0);
    QCOMPARE(m_session->undoStack()->count(), 1);
}

void tst_Session::contactCommandsSayContacts()
{
    QSignalSpy spy(m_session.get(), &Session::changed);
    const qint64 id = addContact(u"Ada"_s);
    QVERIFY(id > 0);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().at(1).value<QList<qint64>>(), QList<qint64>{id});
    QCOMPARE(onlyChange(spy), Changes(Change::Contacts));

    Contact before = *m_session->contacts()->get(id);
    Contact after = before;
    after.company = u"Engines"_s;
    QString error;
    QVERIFY2(m_session->push(new EditContactCommand(*m_session->contacts(), before, after), &error),
             qPrintable(error));
    QVERIFY(onlyChange(spy).testFlag(Change::Contacts));

    QVERIFY2(m_session->push(
                 new DeleteContactCommand(*m_session->contacts(), *m_session->contacts()->get(id)),
                 &error),
             qPrintable(error));
    const Changes deleted = onlyChange(spy);
    QVERIFY(deleted.testFlag(Change::Contacts));
    QVERIFY(deleted.testFlag(Change::Outreach));
    QVERIFY(deleted.testFlag(Change::Engagement));
    QVERIFY(deleted.testFlag(Change::Queue));
}

void tst_Session::outreachCommandsSayOutreachAndContacts()
{
    const qint64 id = addContact(u"Ada"_s);
    QSignalSpy spy(m_session.get(), &Session::changed);
    Outreach o;
    o.contactId = id;
    o.channel = u"invitation"_s;
    o.direction = u"out"_s;
    o.happenedAt = QDateTime::currentDateTimeUtc().addDays(-2);
    auto *log = new LogOutreachCommand(*m_session->contacts(), *m_session->outreach(), o);
    QString error;
    QVERIFY2(m_session->push(log, &error), qPrintable(error));
    const Changes logged = onlyChange(spy);
    QVERIFY(logged.testFlag(Change::Outreach));
    QVERIFY(logged.testFlag(Change::Queue));    // today's item may be done
    QVERIFY(logged.testFlag(Change::Contacts)); // last contact, score
    QVERIFY(!logged.testFlag(Change::Content));

    const Outreach stored = log->record();
    QVERIFY(stored.id > 0);
    QVERIFY2(m_session->push(
                 new SetOutreachOutcomeCommand(*m_session->outreach(), stored, u"accepted"_s,
                                               QDateTime::currentDateTimeUtc(), u"Ada Tester"_s),
                 &error),
             qPrintable(error));
    const Changes outcome = onlyChange(spy);
    QVERIFY(outcome.testFlag(Change::Outreach)); // Today's acceptance numbers
    QVERIFY(outcome.testFlag(Change::Contacts)); // the score
}

void tst_Session::valueAndKeepInTouchSayWhatTheyTouch()
{
    const qint64 id = addContact(u"Ada"_s);
    QSignalSpy spy(m_session.get(), &Session::changed);
    ValueGiven v;
    v.contactId = id;
    v.kind = u"howto"_s;
    v.date = QDate::currentDate();
    QString error;
    QVERIFY2(m_session->push(new LogValueCommand(*m_session->contacts(), *m_session->values(), v),
                             &error),
             qPrintable(error));
    QCOMPARE(onlyChange(spy), Changes(Change::Contacts));

    const KeepInTouch before = *m_session->keepInTouch()->get(id, &error);
    KeepInTouch after = before;
    after.doNotContact = true;
    QVERIFY2(
        m_session->push(new SetKeepInTouchCommand(*m_session->contacts(), *m_session->keepInTouch(),
                                                  id, u"Ada Tester"_s, before, after),
                        &error),
        qPrintable(error));
    const Changes kit = onlyChange(spy);
    QVERIFY(kit.testFlag(Change::Queue));
    QVERIFY(kit.testFlag(Change::Contacts));
    QVERIFY(!kit.testFlag(Change::Outreach));
}

void tst_Session::contentCommandsSayContent()
{
    QSignalSpy spy(m_session.get(), &Session::changed);
    ContentPiece piece;
    piece.title = u"On networking"_s;
    piece.publishedOn = QDate::currentDate();
    auto *add = new AddContentCommand(*m_session->content(), piece);
    QString error;
    QVERIFY2(m_session->push(add, &error), qPrintable(error));
    QCOMPARE(onlyChange(spy), Changes(Change::Content));
    piece.id = add->pieceId();
    QVERIFY2(m_session->push(new DeleteContentCommand(*m_session->content(), piece), &error),
             qPrintable(error));
    const Changes deleted = onlyChange(spy);
    QVERIFY(deleted.testFlag(Change::Content));
    QVERIFY(deleted.testFlag(Change::Engagement)); // its events come loose
    QVERIFY(!deleted.testFlag(Change::Contacts));
}

void tst_Session::undoAndRedoSayItAgain()
{
    QSignalSpy spy(m_session.get(), &Session::changed);
    const qint64 id = addContact(u"Ada"_s);
    QCOMPARE(spy.count(), 1);
    // The command's own handler hears each step before the views do.
    int selected = 0;
    m_session->undoStack()->undo();
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.last().at(0).value<Changes>(), Changes(Change::Contacts));
    QVERIFY(!m_session->contacts()->get(id));
    m_session->undoStack()->redo();
    QCOMPARE(spy.count(), 3);
    QVERIFY(m_session->contacts()->get(id));

    Contact c;
    c.firstName = u"Grace"_s;
    auto *command = new AddContactCommand(*m_session->contacts(), c);
    command->setChangedHandler([&](qint64) {
        ++selected;
        QCOMPARE(spy.count(), 3 + selected - 1); // before changed()
    });
    QString error;
    QVERIFY(m_session->push(command, &error));
    m_session->undoStack()->undo();
    QCOMPARE(selected, 2);
    QCOMPARE(spy.count(), 5);
}

void tst_Session::aFailedUndoIsReportedAndStillSaysWhatChanged()
{
    const qint64 id = addContact(u"Ada"_s);
    Contact before = *m_session->contacts()->get(id);
    Contact after = before;
    after.company = u"Engines"_s;
    auto *edit = new EditContactCommand(*m_session->contacts(), before, after);
    QStringList errors;
    edit->setErrorHandler([&](const QString &message) { errors << message; });
    QString error;
    QVERIFY2(m_session->push(edit, &error), qPrintable(error));
    // Someone else deletes the contact: the edit can no longer be undone.
    QVERIFY(m_session->contacts()->remove(id, &error));
    QSignalSpy spy(m_session.get(), &Session::changed);
    m_session->undoStack()->undo();
    QCOMPARE(errors.size(), 1);
    QVERIFY(!errors.first().isEmpty());
    QCOMPARE(spy.count(), 1);
    QVERIFY(spy.first().at(0).value<Changes>().testFlag(Change::Contacts));
}

void tst_Session::notifyChangedPassesThrough()
{
    QSignalSpy spy(m_session.get(), &Session::changed);
    m_session->notifyChanged(Change::Settings, {7});
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().at(1).value<QList<qint64>>(), QList<qint64>{7});
    QCOMPARE(onlyChange(spy), Changes(Change::Settings));
}

void tst_Session::externalWriteIsNoticedOnCheck()
{
    QSignalSpy spy(m_session.get(), &Session::changed);
    QVERIFY(!m_session->checkExternalChanges());
    QCOMPARE(spy.count(), 0);
    {
        Database other;
        QVERIFY(other.open(m_session->path(), nullptr));
        ContactStore otherStore(other);
        Contact c;
        c.firstName = u"Written"_s;
        c.lastName = u"Elsewhere"_s;
        QVERIFY(otherStore.add(c, nullptr));
    }
    QVERIFY(m_session->checkExternalChanges());
    const Changes what = onlyChange(spy);
    QVERIFY(what.testFlag(Change::External));
    QCOMPARE(what, everyChange());
    // Seen once: the next check says nothing.
    QVERIFY(!m_session->checkExternalChanges());
    QCOMPARE(spy.count(), 0);
}

void tst_Session::externalWriteIsNoticedWhileWatching()
{
    m_session->setExternalCheckInterval(50);
    m_session->setWatchingExternalChanges(true);
    QVERIFY(m_session->isWatchingExternalChanges());
    QSignalSpy spy(m_session.get(), &Session::changed);
    {
        Database other;
        QVERIFY(other.open(m_session->path(), nullptr));
        ContactStore otherStore(other);
        Contact c;
        c.firstName = u"Written"_s;
        QVERIFY(otherStore.add(c, nullptr));
    }
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 2000);
    QVERIFY(spy.first().at(0).value<Changes>().testFlag(Change::External));
    m_session->setWatchingExternalChanges(false);
    QVERIFY(!m_session->isWatchingExternalChanges());
}

// Opening shows what is stored at once, then brings tiers and scores up to
// today on the event loop's next turn (after the first paint) to exactly
// what bringing them up to date right away gives, and says so.
void tst_Session::openingBringsDerivedStateUpToDateAfterThePaint()
{
    const QString path = m_dir->filePath(u"derived.sqlite"_s);
    const QString copy = m_dir->filePath(u"derived-copy.sqlite"_s);
    qint64 id = 0;
    int storedTier = 0;
    {
        // An engagement long ago, logged as of its day: its tier has since lapsed.
        Database db;
        QVERIFY(db.open(path, nullptr));
        ContactStore contacts(db);
        Contact c;
        c.firstName = u"Ada"_s;
        QString error;
        QVERIFY2(contacts.add(c, &error), qPrintable(error));
        id = c.id;
        EngagementStore engagement(db);
        engagement.setToday(QDate::currentDate().addDays(-200));
        Engagement e;
        e.contactId = id;
        e.kind = EngagementKind::ProfileView;
        e.date = engagement.today();
        QVERIFY2(engagement.log(e, &error), qPrintable(error));
        storedTier = contacts.get(id)->tierKey;
    }
    QVERIFY(QFile::copy(path, copy));
    // What bringing it up to date at once gives.
    int expectedTier = 0;
    int expectedScore = 0;
    {
        Database db;
        QVERIFY(db.open(copy, nullptr));
        QString error;
        QVERIFY2(DerivedState(db).bringUpToDate(QDate::currentDate(), &error), qPrintable(error));
        const Contact c = *ContactStore(db).get(id);
        expectedTier = c.tierKey;
        expectedScore = c.score;
    }
    QVERIFY(expectedTier != storedTier); // the test would show nothing otherwise

    Session session;
    QSignalSpy changed(&session, &Session::changed);
    QString error;
    QVERIFY2(session.open(path, Database::Access::ReadWrite, &error), qPrintable(error));
    QVERIFY(session.isDerivedStatePending());
    QCOMPARE(session.contacts()->get(id)->tierKey, storedTier); // as stored, for the first paint
    QTRY_VERIFY(!session.isDerivedStatePending());
    QCOMPARE(session.contacts()->get(id)->tierKey, expectedTier);
    QCOMPARE(session.contacts()->get(id)->score, expectedScore);
    QCOMPARE(changed.count(), 1);
    const Changes what = changed.first().first().value<Changes>();
    QVERIFY(what.testFlag(Change::Contacts));
    QVERIFY(what.testFlag(Change::Queue));
}

QTEST_MAIN(tst_Session)
#include "tst_session.moc"
