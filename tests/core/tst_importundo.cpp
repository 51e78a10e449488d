// ImportUndo and ImportJournal: an import with nothing after it goes back
// to its backup exactly (and the file as it was is kept aside); after later
// edits, what the import created goes, what it changed comes back, and the
// edits made since stay; undoing twice is refused.

#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/Outreach.h"
#include "io/CsvImporter.h"
#include "store/BackupStore.h"
#include "store/ContactRemoval.h"
#include "store/ContactStore.h"
#include "store/ContentStore.h"
#include "store/EngagementStore.h"
#include "store/ImportJournal.h"
#include "store/ImportUndo.h"
#include "store/OutreachRemoval.h"
#include "store/OutreachStore.h"
#include "store/ValueGivenStore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_ImportUndo : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void importMakesBackupAndJournal();
    void undoWithNothingElseChangedRestoresSnapshot();
    void undoWhileOpenElsewhereUsesJournal();
    void undoAfterLaterEditsUsesJournal();
    void fieldEditedSinceKeepsItsValue();
    void undoTwiceIsRefused();
    void undoWithoutImportIsRefused();
    void journalRecordsOutreach();
    void importThatChangedNothingIsNotUndone();
    void restoredMessageSurvivesUndoOfLaterImport();
    void restoredContactSurvivesUndoOfLaterImport();
    void rowsPutBackUnderTheirIdMoveTheMark();

private:
    bool importCsv(const QByteArray &csv, QString *error = nullptr);
    bool importMessage(qint64 contactId, qint64 *id, QString *error);
    void openDb();
    void closeDb();
    std::optional<Contact> byName(const QString &first, const QString &last) const;
    int count() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ContactStore> m_store;
    qint64 m_carol = 0;
    qint64 m_dan = 0;
};

void tst_ImportUndo::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"people.sqlite"_s);
    openDb();
    Contact carol;
    carol.firstName = u"Carol"_s;
    carol.lastName = u"Old"_s;
    carol.company = u"OldCo"_s;
    carol.profileUrl = u"https://www.linkedin.com/in/carol-old"_s;
    QString error;
    QVERIFY2(m_store->add(carol, &error), qPrintable(error));
    m_carol = carol.id;
    Contact dan;
    dan.firstName = u"Dan"_s;
    dan.lastName = u"Other"_s;
    dan.company = u"Elsewhere"_s;
    QVERIFY2(m_store->add(dan, &error), qPrintable(error));
    m_dan = dan.id;
}

void tst_ImportUndo::cleanup()
{
    closeDb();
    m_dir.reset();
}

void tst_ImportUndo::openDb()
{
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_path, &error), qPrintable(error));
    m_store = std::make_unique<ContactStore>(*m_db);
}

void tst_ImportUndo::closeDb()
{
    m_store.reset();
    m_db.reset();
}

bool tst_ImportUndo::importCsv(const QByteArray &csv, QString *error)
{
    const QString path = m_dir->filePath(u"import.csv"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
        return false;
    file.close();
    CsvImporter::Preview preview;
    QString localError;
    if (!CsvImporter::preview(path, 20, &preview, &localError))
        return false;
    CsvImporter importer(*m_db);
    importer.setMapping(CsvColumnMapping::automatic(preview.headers, preview.rows));
    importer.setDuplicatePolicy(CsvImporter::DuplicatePolicy::Update);
    ImportReport report;
    const bool ok = importer.run(path, &report, &localError);
    if (error)
        *error = localError;
    return ok;
}

// An import of one message, through the journal's hooks as every importer
// calls them (the LinkedIn import of a messages file, reduced to one row).
bool tst_ImportUndo::importMessage(qint64 contactId, qint64 *id, QString *error)
{
    ImportJournal journal(*m_db);
    if (!journal.prepare(u"linkedin"_s, m_dir->filePath(u"export.zip"_s), error))
        return false;
    Transaction tx(*m_db);
    if (!tx.isActive() || !journal.begin(error))
        return false;
    OutreachStore outreach(*m_db);
    Outreach message;
    message.contactId = contactId;
    message.channel = u"message"_s;
    message.direction = u"in"_s;
    message.happenedAt = QDateTime(QDate(2025, 4, 1), QTime(9, 0), Qt::UTC);
    message.body = u"From the export"_s;
    message.sourceKey = u"linkedin:message:test"_s;
    if (!outreach.add(message, error) || !journal.finish(error) || !tx.commit(error))
        return false;
    *id = message.id;
    return true;
}

std::optional<Contact> tst_ImportUndo::byName(const QString &first, const QString &last) const
{
    const QList<qint64> ids = m_store->findByFullName(first + u' ' + last);
    return ids.isEmpty() ? std::nullopt : m_store->get(ids.first());
}

int tst_ImportUndo::count() const
{
    return m_store->totalCount();
}

const QByteArray sampleCsv = "first_name,last_name,company,profile_url\n"
                             "Ann,New,Acme,https://www.linkedin.com/in/ann-new\n"
                             "Bob,New,Acme,https://www.linkedin.com/in/bob-new\n"
                             "Carol,Old,NewCo,https://www.linkedin.com/in/carol-old\n";

void tst_ImportUndo::importMakesBackupAndJournal()
{
    QString error;
    QVERIFY2(importCsv(sampleCsv, &error), qPrintable(error));
    const QList<BackupInfo> backups = BackupStore(m_path).list();
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.first().reason, BackupInfo::Reason::BeforeImport);
    QCOMPARE(backups.first().contacts, 2); // as it was before the import
    QVERIFY(backups.first().reasonText().contains(u"import.csv"_s));
    const auto run = ImportUndo::find(*m_db, 0);
    QVERIFY(run);
    QCOMPARE(run->kind, u"csv"_s);
    QCOMPARE(run->backupFile, backups.first().fileName);
    QVERIFY(run->changesAfter > run->changesBefore);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT action, count(*) FROM import_change WHERE table_name = 'contact' "
                   "GROUP BY action ORDER BY action"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"insert"_s);
    QCOMPARE(q.value(1).toInt(), 2);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"update"_s);
    QCOMPARE(q.value(1).toInt(), 1);
}

void tst_ImportUndo::undoWithNothingElseChangedRestoresSnapshot()
{
    QString error;
    QVERIFY2(importCsv(sampleCsv, &error), qPrintable(error));
    QCOMPARE(count(), 4);
    // Reading and refreshing derived state (as opening the window does) is no change.
    closeDb();
    openDb();
    closeDb();

    ImportUndo::Outcome outcome;
    QVERIFY2(ImportUndo::undo(m_path, 0, &outcome, &error), qPrintable(error));
    QVERIFY(outcome.fromSnapshot);
    QVERIFY(outcome.summary().contains(u"import.csv"_s));
    QVERIFY(QFile::exists(outcome.keptAside.path));
    QCOMPARE(outcome.keptAside.reason, BackupInfo::Reason::BeforeRestore);

    openDb();
    QCOMPARE(count(), 2);
    QVERIFY(!byName(u"Ann"_s, u"New"_s));
    QCOMPARE(m_store->get(m_carol)->company, u"OldCo"_s);

    // The file as it was before the undo still has the import.
    Database aside;
    QVERIFY2(aside.open(outcome.keptAside.path, &error), qPrintable(error));
    QCOMPARE(ContactStore(aside).totalCount(), 4);
}

void tst_ImportUndo::undoWhileOpenElsewhereUsesJournal()
{
    QString error;
    QVERIFY2(importCsv(sampleCsv, &error), qPrintable(error));
    // m_db stays open (a window on the same file): the file is not swapped.
    ImportUndo::Outcome outcome;
    QVERIFY2(ImportUndo::undo(m_path, 0, &outcome, &error), qPrintable(error));
    QVERIFY(!outcome.fromSnapshot);
    QCOMPARE(outcome.contactsRemoved, 2);
    QCOMPARE(count(), 2); // the open connection sees the undo
    QCOMPARE(m_store->get(m_carol)->company, u"OldCo"_s);
}

void tst_ImportUndo::undoAfterLaterEditsUsesJournal()
{
    QString error;
    QVERIFY2(importCsv(sampleCsv, &error), qPrintable(error));
    // Edits after the import: an unrelated contact, a new one, another
    // field of a contact the import changed, and a field the import
    // changed, changed again.
    Contact dan = *m_store->get(m_dan);
    dan.notes = u"met at the fair"_s;
    QVERIFY2(m_store->update(dan, &error), qPrintable(error));
    Contact eve;
    eve.firstName = u"Eve"_s;
    eve.lastName = u"Later"_s;
    QVERIFY2(m_store->add(eve, &error), qPrintable(error));
    Contact carol = *m_store->get(m_carol);
    QCOMPARE(carol.company, u"NewCo"_s);
    carol.notes = u"call back"_s;
    QVERIFY2(m_store->update(carol, &error), qPrintable(error));
    Contact bob = *byName(u"Bob"_s, u"New"_s);
    bob.notes = u"edited after the import"_s;
    QVERIFY2(m_store->update(bob, &error), qPrintable(error));
    closeDb();

    ImportUndo::Outcome outcome;
    QVERIFY2(ImportUndo::undo(m_path, 0, &outcome, &error), qPrintable(error));
    QVERIFY(!outcome.fromSnapshot);
    QCOMPARE(outcome.contactsRemoved, 2);
    QCOMPARE(outcome.contactsRestored, 1);

    openDb();
    QVERIFY(!byName(u"Ann"_s, u"New"_s));
    QVERIFY(!byName(u"Bob"_s, u"New"_s)); // created by the import, even if edited since
    const Contact carolAfter = *m_store->get(m_carol);
    QCOMPARE(carolAfter.company, u"OldCo"_s);
    QCOMPARE(carolAfter.notes, u"call back"_s);
    QCOMPARE(m_store->get(m_dan)->notes, u"met at the fair"_s);
    QVERIFY(m_store->get(eve.id));
    QCOMPARE(count(), 3);
}

void tst_ImportUndo::fieldEditedSinceKeepsItsValue()
{
    QString error;
    QVERIFY2(importCsv(sampleCsv, &error), qPrintable(error));
    Contact carol = *m_store->get(m_carol);
    carol.company = u"UserCo"_s;
    QVERIFY2(m_store->update(carol, &error), qPrintable(error));
    closeDb();
    ImportUndo::Outcome outcome;
    QVERIFY2(ImportUndo::undo(m_path, 0, &outcome, &error), qPrintable(error));
    QVERIFY(!outcome.fromSnapshot);
    QCOMPARE(outcome.editsKept, 1);
    QCOMPARE(outcome.contactsRestored, 0);
    QVERIFY(outcome.summary().contains(u"1 fields edited since"_s));
    openDb();
    QCOMPARE(m_store->get(m_carol)->company, u"UserCo"_s);
    QCOMPARE(count(), 2);
}

void tst_ImportUndo::undoTwiceIsRefused()
{
    QString error;
    QVERIFY2(importCsv(sampleCsv, &error), qPrintable(error));
    closeDb();
    QVERIFY2(ImportUndo::undo(m_path, 0, nullptr, &error), qPrintable(error));
    QVERIFY(!ImportUndo::undo(m_path, 0, nullptr, &error));
    QVERIFY2(error.contains(u"already undone"_s), qPrintable(error));
    QVERIFY2(error.contains(u"import.csv"_s), qPrintable(error));

    // The same by the journal path.
    openDb();
    QVERIFY2(importCsv(sampleCsv, &error), qPrintable(error));
    Contact dan = *m_store->get(m_dan);
    dan.notes = u"changed"_s;
    QVERIFY2(m_store->update(dan, &error), qPrintable(error));
    closeDb();
    ImportUndo::Outcome outcome;
    QVERIFY2(ImportUndo::undo(m_path, 0, &outcome, &error), qPrintable(error));
    QVERIFY(!outcome.fromSnapshot);
    QVERIFY(!ImportUndo::undo(m_path, 0, nullptr, &error));
    QVERIFY2(error.contains(u"already undone"_s), qPrintable(error));
    openDb();
    QCOMPARE(count(), 2);
}

void tst_ImportUndo::undoWithoutImportIsRefused()
{
    closeDb();
    QString error;
    QVERIFY(!ImportUndo::undo(m_path, 0, nullptr, &error));
    QVERIFY2(error.contains(u"no import to undo"_s), qPrintable(error));
    QVERIFY(!ImportUndo::undo(m_path, 42, nullptr, &error));
    QVERIFY2(error.contains(u"#42"_s), qPrintable(error));
}

void tst_ImportUndo::journalRecordsOutreach()
{
    // Any importer: the three hooks around its own writes.
    OutreachStore outreach(*m_db);
    Outreach earlier;
    earlier.contactId = m_carol;
    earlier.channel = u"invitation"_s;
    earlier.direction = u"out"_s;
    earlier.happenedAt = QDateTime(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC);
    QString error;
    QVERIFY2(outreach.add(earlier, &error), qPrintable(error));

    qint64 added = 0;
    {
        ImportJournal journal(*m_db);
        QVERIFY2(journal.prepare(u"test"_s, m_dir->filePath(u"export.zip"_s), &error),
                 qPrintable(error));
        Transaction tx(*m_db);
        QVERIFY(tx.isActive());
        QVERIFY2(journal.begin(&error), qPrintable(error));
        QVERIFY2(outreach.setOutcome(earlier.id, u"accepted"_s,
                                     QDateTime(QDate(2025, 3, 2), QTime(), Qt::UTC), &error),
                 qPrintable(error));
        Outreach message;
        message.contactId = m_dan;
        message.channel = u"message"_s;
        message.direction = u"in"_s;
        message.happenedAt = QDateTime(QDate(2025, 3, 3), QTime(9, 0), Qt::UTC);
        message.body = u"Hello"_s;
        QVERIFY2(outreach.add(message, &error), qPrintable(error));
        added = message.id;
        QVERIFY2(journal.finish(&error), qPrintable(error));
        QVERIFY2(tx.commit(&error), qPrintable(error));
    }
    // A later edit elsewhere forces the journal path.
    Contact dan = *m_store->get(m_dan);
    dan.notes = u"later"_s;
    QVERIFY2(m_store->update(dan, &error), qPrintable(error));
    closeDb();

    ImportUndo::Outcome outcome;
    QVERIFY2(ImportUndo::undo(m_path, 0, &outcome, &error), qPrintable(error));
    QVERIFY(!outcome.fromSnapshot);
    QCOMPARE(outcome.outreachRemoved, 1);
    QCOMPARE(outcome.outreachRestored, 1);
    openDb();
    OutreachStore after(*m_db);
    QVERIFY(!after.get(added));
    QCOMPARE(after.get(earlier.id)->outcome, QString());
    QCOMPARE(m_store->get(m_dan)->notes, u"later"_s);
}

void tst_ImportUndo::importThatChangedNothingIsNotUndone()
{
    QString error;
    QVERIFY2(importCsv(sampleCsv, &error), qPrintable(error));
    const qint64 first = ImportUndo::find(*m_db, 0)->id;
    // The same file again changes nothing: the undo still means the first import.
    QVERIFY2(importCsv(sampleCsv, &error), qPrintable(error));
    QCOMPARE(ImportUndo::find(*m_db, 0)->id, first);
}

void tst_ImportUndo::restoredMessageSurvivesUndoOfLaterImport()
{
    // Delete a message, import, undo the delete, undo the import: the
    // backup before the import does not have the message, so the undo must
    // not simply go back to it.
    QString error;
    qint64 hello = 0;
    qint64 imported = 0;
    {
        OutreachStore outreach(*m_db);
        Outreach message;
        message.contactId = m_dan;
        message.channel = u"message"_s;
        message.direction = u"out"_s;
        message.happenedAt = QDateTime(QDate(2025, 3, 10), QTime(9, 0), Qt::UTC);
        message.body = u"Hello Dan"_s;
        QVERIFY2(outreach.add(message, &error), qPrintable(error));
        hello = message.id;
        OutreachRemoval removal(*m_db, outreach);
        const auto snapshot = removal.remove(hello, &error);
        QVERIFY2(snapshot, qPrintable(error));
        QVERIFY2(importMessage(m_carol, &imported, &error), qPrintable(error));
        QVERIFY(imported > hello);
        QVERIFY2(removal.restore(*snapshot, &error), qPrintable(error));
    }
    closeDb();

    ImportUndo::Outcome outcome;
    QVERIFY2(ImportUndo::undo(m_path, 0, &outcome, &error), qPrintable(error));
    QVERIFY(!outcome.fromSnapshot);
    QCOMPARE(outcome.outreachRemoved, 1);
    openDb();
    OutreachStore after(*m_db);
    const auto back = after.get(hello);
    QVERIFY(back);
    QCOMPARE(back->body, u"Hello Dan"_s);
    QVERIFY(!after.get(imported));
}

void tst_ImportUndo::restoredContactSurvivesUndoOfLaterImport()
{
    QString error;
    Contact dan = *m_store->get(m_dan);
    dan.notes = u"met at the fair"_s;
    QVERIFY2(m_store->update(dan, &error), qPrintable(error));
    const auto snapshot = ContactRemoval(*m_store).remove(m_dan, &error);
    QVERIFY2(snapshot, qPrintable(error));
    QVERIFY2(importCsv(sampleCsv, &error), qPrintable(error));
    QVERIFY2(ContactRemoval(*m_store).restore(*snapshot, &error), qPrintable(error));
    closeDb();

    ImportUndo::Outcome outcome;
    QVERIFY2(ImportUndo::undo(m_path, 0, &outcome, &error), qPrintable(error));
    QVERIFY(!outcome.fromSnapshot);
    openDb();
    const auto back = m_store->get(m_dan);
    QVERIFY(back);
    QCOMPARE(back->notes, u"met at the fair"_s);
    QVERIFY(!byName(u"Ann"_s, u"New"_s));
    QCOMPARE(m_store->get(m_carol)->company, u"OldCo"_s);
    QCOMPARE(count(), 2);
}

QTEST_GUILESS_MAIN(tst_ImportUndo)
void tst_ImportUndo::rowsPutBackUnderTheirIdMoveTheMark()
{
    // Undo and redo put rows back under their old ids, which moves no
    // AUTOINCREMENT counter; each such write must still move the mark, or
    // an import undone later would take the pre-import snapshot and lose it.
    const auto mark = [this] {
        QSqlQuery q(m_db->connection());
        return q.exec(u"SELECT "_s + ImportJournal::changeMarkSql()) && q.next()
                   ? q.value(0).toLongLong()
                   : qint64(-1);
    };
    QString error;
    // A contact (Add Contact undone, then redone).
    Contact erin;
    erin.firstName = u"Erin"_s;
    erin.lastName = u"Put-Back"_s;
    QVERIFY2(m_store->add(erin, &error), qPrintable(error));
    QVERIFY2(m_store->remove(erin.id, &error), qPrintable(error));
    qint64 before = mark();
    QVERIFY(before >= 0);
    QVERIFY2(m_store->add(erin, &error), qPrintable(error));
    QVERIFY2(mark() > before, "contact");

    // A message (Log Message undone, then redone).
    OutreachStore outreach(*m_db);
    Outreach note;
    note.contactId = erin.id;
    note.channel = u"message"_s;
    note.direction = u"out"_s;
    note.happenedAt = QDateTime::fromString(u"2026-11-02T09:00:00Z"_s, Qt::ISODate);
    note.body = u"Hello"_s;
    QVERIFY2(outreach.add(note, &error), qPrintable(error));
    QVERIFY2(outreach.remove(note.id, &error), qPrintable(error));
    before = mark();
    QVERIFY2(outreach.add(note, &error), qPrintable(error));
    QVERIFY2(mark() > before, "outreach");

    // An engagement event (Quick Capture undone, then redone).
    EngagementStore engagement(*m_db);
    Engagement like;
    like.contactId = erin.id;
    like.kind = EngagementKind::Comment;
    like.date = QDate(2026, 11, 1);
    QVERIFY2(engagement.log(like, &error), qPrintable(error));
    QVERIFY2(engagement.remove(like.id, &error), qPrintable(error));
    before = mark();
    QVERIFY2(engagement.log(like, &error), qPrintable(error));
    QVERIFY2(mark() > before, "engagement");

    // Value given.
    ValueGivenStore values(*m_db);
    ValueGiven intro;
    intro.contactId = erin.id;
    intro.kind = u"introduction"_s;
    intro.date = QDate(2026, 11, 3);
    QVERIFY2(values.add(intro, &error), qPrintable(error));
    QVERIFY2(values.remove(intro.id, &error), qPrintable(error));
    before = mark();
    QVERIFY2(values.add(intro, &error), qPrintable(error));
    QVERIFY2(mark() > before, "value given");

    // A content piece and its numbers.
    ContentStore content(*m_db);
    ContentPiece post;
    post.title = u"On follow-ups"_s;
    post.publishedOn = QDate(2026, 10, 30);
    QVERIFY2(content.add(post, &error), qPrintable(error));
    ContentMetrics numbers;
    numbers.contentId = post.id;
    numbers.takenOn = QDate(2026, 11, 4);
    numbers.views = 120;
    QVERIFY2(content.addMetrics(numbers, &error), qPrintable(error));
    QVERIFY2(content.removeMetrics(numbers.id, &error), qPrintable(error));
    before = mark();
    QVERIFY2(content.addMetrics(numbers, &error), qPrintable(error));
    QVERIFY2(mark() > before, "content metrics");
    QVERIFY2(content.remove(post.id, &error), qPrintable(error));
    before = mark();
    QVERIFY2(content.add(post, &error), qPrintable(error));
    QVERIFY2(mark() > before, "content piece");
}

#include "tst_importundo.moc"
