// Importing LinkedIn's export into contacts and outreach: every era, the
// same export twice, a newer export, cancel and broken files, each all or
// nothing.

#include "DamagedZip.h"
#include "IndexSchema.h"
#include "LinkedInFixtures.h"
#include "db/Database.h"
#include "io/ImportReport.h"
#include "io/LinkedInArchive.h"
#include "io/LinkedInImporter.h"
#include "store/ContactStore.h"
#include "store/OutreachStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

struct Outcome
{
    bool ok = false;
    QString error;
    ImportReport report;
};

} // namespace

class tst_LinkedInImporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void zipOf2024();
    void reimportChangesNothing();
    void newerExportUpdates();
    void exportWithoutUrlsThenWithUrls();
    void folderOf2022FindsOwnerAndLinksByName();
    void singleExcelCsv();
    void samePersonWithAndWithoutUrlInOneFile();
    void ownerPassReportsProgressAndCancels();
    void cancelLeavesDatabaseUnchanged();
    void brokenFileLeavesDatabaseUnchanged_data();
    void brokenFileLeavesDatabaseUnchanged();
    void damagedZipLeavesDatabaseUnchanged();
    void reportAsTextAndJson();
    void bigFileLoadsInBulk();
    void cancelDuringBulkLoadLeavesDatabaseUnchanged();

private:
    QString writeBigConnections(int rows);
    QString indexSchema() { return test::indexSchema(*m_db); }
    Outcome import(const QString &path, const LinkedInImporter::Progress &progress = {});
    QString checksum();
    int count(const QString &table);
    QVariant value(const QString &sql, const QVariantList &binds = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_LinkedInImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(u"test.sqlite"_s), &error), qPrintable(error));
}

void tst_LinkedInImporter::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Outcome tst_LinkedInImporter::import(const QString &path,
                                     const LinkedInImporter::Progress &progress)
{
    Outcome outcome;
    LinkedInArchive archive;
    if (!archive.open(path, &outcome.error))
        return outcome;
    LinkedInImporter importer(*m_db);
    importer.setProgress(progress);
    outcome.ok = importer.run(archive, &outcome.report, &outcome.error);
    return outcome;
}

QString tst_LinkedInImporter::checksum()
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table :
         {u"contact"_s, u"tag"_s, u"contact_tag"_s, u"outreach"_s, u"sqlite_sequence"_s}) {
        QSqlQuery q(m_db->connection());
        if (!q.exec(u"SELECT * FROM "_s + table + u" ORDER BY 1, 2"_s))
            qFatal("%s", qPrintable(table));
        while (q.next()) {
            for (int c = 0; c < q.record().count(); ++c)
                hash.addData(q.value(c).toString().toUtf8() + '\x1f');
            hash.addData("\x1e");
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

int tst_LinkedInImporter::count(const QString &table)
{
    return value(u"SELECT count(*) FROM "_s + table).toInt();
}

QVariant tst_LinkedInImporter::value(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_db->connection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

void tst_LinkedInImporter::zipOf2024()
{
    const QString zipPath = m_dir->filePath(u"Basic_LinkedInDataExport_05-01-2024.zip"_s);
    QVERIFY(test::zipFolder(test::linkedInFixture(u"2024"_s), zipPath));
    const Outcome o = import(zipPath);
    QVERIFY2(o.ok, qPrintable(o.error));
    const ImportReport &r = o.report;
    QCOMPARE(r.rowsRead, 17); // 7 connections, 3 invitations, 7 messages
    // Ada, John, Grace, José; Pat and Sam from invitations; Rita from an InMail.
    QCOMPARE(r.contacts.created, 7);
    QCOMPARE(r.outreach.created, 9);
    QCOMPARE(r.hiddenProfiles, 2);
    QCOMPARE(r.skipped.size(), 3); // a bad date, a sponsored message, "LinkedIn Member"
    QCOMPARE(r.skipped.at(0).file, u"Connections.csv"_s);
    QCOMPARE(r.skipped.at(0).line, 10);
    QVERIFY(r.skipped.at(0).reason.contains(u"Connected On"_s));
    QCOMPARE(count(u"contact"_s), 7);
    QCOMPARE(count(u"outreach"_s), 9);

    ContactStore contacts(*m_db);
    const auto ada = contacts.findBySlug(u"ada-lovelace"_s);
    QVERIFY(ada);
    QCOMPARE(ada->company, u"Acme, Inc."_s);
    QCOMPARE(ada->degree, 1);
    QCOMPARE(ada->connectedOn, QDate(2019, 2, 8));
    QVERIFY(contacts.findBySlug(u"jose-garcia"_s));
    QCOMPARE(contacts.findBySlug(u"jose-garcia"_s)->firstName, u"JosÃ©"_s);
    QCOMPARE(contacts.findBySlug(u"john-smith-phd"_s)->lastName, u"Smith, PhD"_s);
    QVERIFY(!contacts.findBySlug(u"olivia-owner"_s)); // the member is not their own contact

    // Sent to José, now a connection: accepted on the day they connected.
    QCOMPARE(value(u"SELECT outcome || ' ' || outcome_at FROM outreach o JOIN contact c ON "
                   "c.id = o.contact_id WHERE c.slug = 'jose-garcia' AND channel = 'invitation'"_s)
                 .toString(),
             u"accepted 2023-03-01T00:00:00Z"_s);
    QCOMPARE(value(u"SELECT outcome FROM outreach o JOIN contact c ON c.id = o.contact_id "
                   "WHERE c.slug = 'pat-pending'"_s)
                 .toString(),
             QString());
    QCOMPARE(value(u"SELECT direction || ' ' || happened_at || ' ' || body FROM outreach o JOIN "
                   "contact c ON c.id = o.contact_id WHERE c.slug = 'sam-stranger'"_s)
                 .toString(),
             u"in 2024-04-07T23:30:00Z Let's connect, Olivia"_s);
    QCOMPARE(value(u"SELECT channel || ' ' || direction || ' ' || subject FROM outreach o JOIN "
                   "contact c ON c.id = o.contact_id WHERE c.slug = 'rita-recruiter'"_s)
                 .toString(),
             u"inmail in Opportunity at Hooli"_s);
    QCOMPARE(value(u"SELECT group_concat(direction, ',') FROM (SELECT direction FROM outreach o "
                   "JOIN contact c ON c.id = o.contact_id WHERE c.slug = 'ada-lovelace' AND "
                   "conversation = '2-c1' ORDER BY happened_at)"_s)
                 .toString(),
             u"out,in"_s);
    QCOMPARE(value(u"SELECT body FROM outreach WHERE conversation = '2-c1' ORDER BY "
                   "happened_at LIMIT 1"_s)
                 .toString(),
             u"Hi Ada,\nthanks for connecting!"_s);
    // A group message is outreach to each person in it.
    QCOMPARE(value(u"SELECT count(*) FROM outreach WHERE conversation = '2-c6'"_s).toInt(), 2);
    OutreachStore outreach(*m_db);
    QCOMPARE(outreach.countByContact(ada->id), 3);
}

void tst_LinkedInImporter::reimportChangesNothing()
{
    const QString zipPath = m_dir->filePath(u"export.zip"_s);
    QVERIFY(test::zipFolder(test::linkedInFixture(u"2024"_s), zipPath));
    Outcome first = import(zipPath);
    QVERIFY2(first.ok, qPrintable(first.error));
    const QString before = checksum();
    const Outcome again = import(zipPath);
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(again.report.created(), 0);
    QCOMPARE(again.report.updated(), 0);
    QCOMPARE(again.report.contacts.unchanged, 4);
    QCOMPARE(again.report.outreach.unchanged, 9);
    QCOMPARE(checksum(), before);
}

void tst_LinkedInImporter::newerExportUpdates()
{
    QVERIFY(import(test::linkedInFixture(u"2024"_s)).ok);
    QCOMPARE(count(u"outreach"_s), 9);
    const Outcome o = import(test::linkedInFixture(u"2026"_s));
    QVERIFY2(o.ok, qPrintable(o.error));
    const ImportReport &r = o.report;
    QCOMPARE(r.contacts.created, 1);   // Nora
    QCOMPARE(r.contacts.updated, 2);   // Ada moved to Hooli; Pat accepted
    QCOMPARE(r.contacts.unchanged, 3); // John, Grace, José
    QCOMPARE(r.outreach.created, 2);   // invitation to Nora, Nora's message
    QCOMPARE(r.outreach.updated, 1);   // the invitation to Pat was accepted
    QCOMPARE(r.outreach.unchanged, 2); // the two messages with Ada again
    QCOMPARE(count(u"contact"_s), 8);
    QCOMPARE(count(u"outreach"_s), 11);

    ContactStore contacts(*m_db);
    const auto ada = contacts.findBySlug(u"ada-lovelace"_s);
    QCOMPARE(ada->company, u"Hooli"_s);
    QCOMPARE(ada->position, u"CTO"_s);
    const auto pat = contacts.findBySlug(u"pat-pending"_s);
    QCOMPARE(pat->degree, 1);
    QCOMPARE(pat->company, u"Pending & Sons, LLC"_s);
    QCOMPARE(value(u"SELECT outcome || ' ' || outcome_at FROM outreach WHERE contact_id = ?"_s,
                   {pat->id})
                 .toString(),
             u"accepted 2024-04-10T00:00:00Z"_s);
    QCOMPARE(value(u"SELECT body FROM outreach WHERE conversation = '2-c7'"_s).toString(),
             u"Thanks for the invite!\nShall we talk next week?\n\nNora"_s);
}

void tst_LinkedInImporter::exportWithoutUrlsThenWithUrls()
{
    const Outcome old = import(test::linkedInFixture(u"2020"_s));
    QVERIFY2(old.ok, qPrintable(old.error));
    QCOMPARE(old.report.contacts.created, 3);
    QCOMPARE(old.report.hiddenProfiles, 1);
    QCOMPARE(count(u"contact"_s), 3);
    QCOMPARE(value(u"SELECT count(*) FROM contact WHERE slug IS NULL"_s).toInt(), 3);

    // The same people, now with URLs: found by name and company, not added again.
    const Outcome o = import(test::linkedInFixture(u"2024/Connections.csv"_s));
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(o.report.contacts.created, 1); // José
    QCOMPARE(o.report.contacts.updated, 3); // URLs added, Ada's new position
    QCOMPARE(count(u"contact"_s), 4);
    QCOMPARE(value(u"SELECT count(*) FROM contact WHERE slug IS NULL"_s).toInt(), 0);
    ContactStore contacts(*m_db);
    QCOMPARE(contacts.findBySlug(u"ada-lovelace"_s)->position, u"Senior Engineer"_s);
}

void tst_LinkedInImporter::folderOf2022FindsOwnerAndLinksByName()
{
    const Outcome o = import(test::linkedInFixture(u"2022"_s));
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(o.report.files,
             (QStringList{u"Connections.csv"_s, u"Invitations.csv"_s, u"messages.csv"_s}));
    // Ada, John, Grace; Quinn from an invitation. Grace gains her URL from messages.
    QCOMPARE(o.report.contacts.created, 4);
    QCOMPARE(o.report.contacts.updated, 1);
    QCOMPARE(count(u"contact"_s), 4);
    QCOMPARE(o.report.skipped.size(), 0);
    ContactStore contacts(*m_db);
    const auto grace = contacts.findBySlug(u"grace-hopper"_s);
    QVERIFY(grace);
    QCOMPARE(value(u"SELECT group_concat(channel || '/' || direction || '/' || outcome, ' ') "
                   "FROM (SELECT * FROM outreach WHERE contact_id = ? ORDER BY happened_at)"_s,
                   {grace->id})
                 .toString(),
             u"invitation/out/accepted message/out/replied message/in/"_s);
    const QList<qint64> quinn = contacts.findByFullName(u"Quinn Quiet"_s);
    QCOMPARE(quinn.size(), 1);
    QCOMPARE(
        value(u"SELECT direction FROM outreach WHERE contact_id = ?"_s, {quinn.first()}).toString(),
        u"in"_s);
    QCOMPARE(value(u"SELECT count(*) FROM outreach o JOIN contact c ON c.id = o.contact_id "
                   "WHERE c.first_name = 'Ada'"_s)
                 .toInt(),
             1);
}

void tst_LinkedInImporter::singleExcelCsv()
{
    const Outcome o = import(test::linkedInFixture(u"excel/Connections.csv"_s));
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(o.report.contacts.created, 2);
    QCOMPARE(o.report.hiddenProfiles, 1);
    ContactStore contacts(*m_db);
    QCOMPARE(contacts.findBySlug(u"eve-excel"_s)->connectedOn, QDate(2021, 4, 4));
}

void tst_LinkedInImporter::samePersonWithAndWithoutUrlInOneFile()
{
    // Ada is listed first without her URL, later with it; Bob the other way
    // round. Each becomes one contact carrying the URL.
    const QString path = m_dir->filePath(u"Connections.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
               "Ada,Lovelace,,,Acme,Engineer,08 Feb 2019\n"
               "Bob,Builder,https://www.linkedin.com/in/bob-builder,,Works,Foreman,01 Mar 2020\n"
               "Ada,Lovelace,https://www.linkedin.com/in/ada-lovelace,,Acme,Engineer,08 Feb 2019\n"
               "Bob,Builder,,,Works,Foreman,01 Mar 2020\n"
               "Ada,Lovelace,,,Other Co,Engineer,09 Feb 2019\n");
    file.close();
    const Outcome o = import(path);
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(o.report.rowsRead, 5);
    QCOMPARE(o.report.contacts.created, 3); // the Ada at Other Co is someone else
    QCOMPARE(count(u"contact"_s), 3);
    QCOMPARE(o.report.skipped.size(), 2);
    QCOMPARE(o.report.skipped.at(0).line, 2);
    QCOMPARE(o.report.skipped.at(0).reason, u"the same person as line 4"_s);
    QCOMPARE(o.report.skipped.at(1).line, 5);
    QCOMPARE(o.report.skipped.at(1).reason, u"the same person as line 3"_s);
    ContactStore contacts(*m_db);
    QVERIFY(contacts.findBySlug(u"ada-lovelace"_s));
    QVERIFY(contacts.findBySlug(u"bob-builder"_s));
}

void tst_LinkedInImporter::ownerPassReportsProgressAndCancels()
{
    // messages.csv alone: whose export it is comes from a first pass over
    // the file, which reports progress and can be cancelled too.
    const QString path = test::linkedInFixture(u"2022/messages.csv"_s);
    QList<QPair<qint64, qint64>> ticks;
    const Outcome whole = import(path, [&](qint64 done, qint64 total) {
        ticks.append({done, total});
        return true;
    });
    QVERIFY2(whole.ok, qPrintable(whole.error));
    QVERIFY(ticks.size() >= 6); // three rows, two passes
    for (int i = 1; i < ticks.size(); ++i) {
        QVERIFY(ticks.at(i).first >= ticks.at(i - 1).first);
        QCOMPARE(ticks.at(i).second, ticks.first().second);
    }
    QCOMPARE(ticks.last().first, ticks.last().second);
    QVERIFY(ticks.at(2).first <= ticks.last().second / 2); // the first pass is half

    init();
    int calls = 0;
    const Outcome cancelled = import(path, [&](qint64, qint64) { return ++calls < 2; });
    QVERIFY(!cancelled.ok);
    QVERIFY2(cancelled.error.contains(u"cancelled"_s), qPrintable(cancelled.error));
    QCOMPARE(calls, 2);
    QCOMPARE(count(u"contact"_s), 0);
    QCOMPARE(count(u"outreach"_s), 0);
}

void tst_LinkedInImporter::cancelLeavesDatabaseUnchanged()
{
    QVERIFY(import(test::linkedInFixture(u"2020"_s)).ok);
    const QString before = checksum();
    const QString zipPath = m_dir->filePath(u"export.zip"_s);
    QVERIFY(test::zipFolder(test::linkedInFixture(u"2026"_s), zipPath));
    int calls = 0;
    qint64 lastTotal = 0;
    const Outcome o = import(zipPath, [&](qint64 done, qint64 total) {
        lastTotal = total;
        Q_UNUSED(done);
        // Past Connections and Invitations, in the middle of messages.
        return ++calls < 11;
    });
    QVERIFY(!o.ok);
    QVERIFY2(o.error.contains(u"cancelled"_s), qPrintable(o.error));
    QCOMPARE(calls, 11);
    QVERIFY(lastTotal > 0);
    QCOMPARE(count(u"contact"_s), 3);
    QCOMPARE(count(u"outreach"_s), 0);
    QCOMPARE(checksum(), before);
}

void tst_LinkedInImporter::brokenFileLeavesDatabaseUnchanged_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("wrong headers")
        << u"Connections.csv"_s << QByteArray("Name,Phone\nJane,555\n") << u"First Name"_s;
    QTest::newRow("binary") << u"Invitations.csv"_s << QByteArray("From,To\n\0\0\0\x01\x02", 13)
                            << u"binary"_s;
    QTest::newRow("empty") << u"messages.csv"_s << QByteArray() << u"CONVERSATION ID"_s;
    QTest::newRow("unclosed quote")
        << u"messages.csv"_s
        << QByteArray("CONVERSATION ID,FROM,SENDER PROFILE URL,DATE,CONTENT\n"
                      "c1,Ada,https://www.linkedin.com/in/ada,2024-01-01 00:00:00 UTC,\"never "
                      "closed\n")
        << u"never closed"_s;
}

void tst_LinkedInImporter::brokenFileLeavesDatabaseUnchanged()
{
    // Good Connections and Invitations next to one broken file: the good
    // ones must not be half-imported.
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QVERIFY(import(test::linkedInFixture(u"2020"_s)).ok);
    const QString before = checksum();
    const QString folder = m_dir->filePath(u"export"_s);
    QVERIFY(QDir().mkpath(folder));
    for (const QString &name : {u"Connections.csv"_s, u"Invitations.csv"_s})
        QVERIFY(QFile::copy(test::linkedInFixture(u"2024/"_s + name), folder + u'/' + name));
    QFile::remove(folder + u'/' + fileName);
    QFile broken(folder + u'/' + fileName);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(content);
    broken.close();

    for (const bool zipped : {false, true}) {
        QString path = folder;
        if (zipped) {
            path = m_dir->filePath(u"export.zip"_s);
            QVERIFY(test::zipFolder(folder, path));
        }
        const Outcome o = import(path);
        QVERIFY(!o.ok);
        QVERIFY2(o.error.contains(fileName), qPrintable(o.error));
        QVERIFY2(o.error.contains(expected, Qt::CaseInsensitive), qPrintable(o.error));
        QCOMPARE(checksum(), before);
    }
}

void tst_LinkedInImporter::damagedZipLeavesDatabaseUnchanged()
{
    // A wrong CRC in any one file of a whole export: refused, naming it,
    // and nothing of the files read before it stays in.
    QVERIFY(import(test::linkedInFixture(u"2020"_s)).ok);
    const QString before = checksum();
    const QString zip = m_dir->filePath(u"export.zip"_s);
    QVERIFY(test::zipFolder(test::linkedInFixture(u"2024"_s), zip));
    const QByteArray whole = test::readAllOf(zip);
    for (const QByteArray name : {"Connections.csv", "Invitations.csv", "messages.csv"}) {
        QByteArray bytes = whole;
        const auto layout = test::zipEntryLayout(bytes, name);
        QVERIFY(layout.data > 0);
        const quint32 crc = qFromLittleEndian<quint32>(bytes.constData() + layout.local + 14);
        test::patchBoth(&bytes, layout, test::zipCrcField, crc + 1);
        QVERIFY(test::writeAllTo(zip, bytes));
        const Outcome o = import(zip);
        QVERIFY(!o.ok);
        QVERIFY2(o.error.contains(u"export.zip is damaged at "_s + QString::fromLatin1(name)),
                 qPrintable(o.error));
        QCOMPARE(checksum(), before);
    }
}

void tst_LinkedInImporter::reportAsTextAndJson()
{
    const Outcome o = import(test::linkedInFixture(u"2024"_s));
    QVERIFY(o.ok);
    const QString text = o.report.toText();
    QVERIFY2(text.contains(u"Rows read: 17"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Contacts: 7 created, 0 updated, 0 unchanged"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Skipped: 5 (hidden or closed profiles, rows with only a date: 2)"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"Connections.csv line 10: Connected On"_s), qPrintable(text));
    const QJsonObject json = o.report.toJson();
    QCOMPARE(json.value(u"rows_read"_s).toInt(), 17);
    QCOMPARE(json.value(u"created"_s).toInt(), 16);
    QCOMPARE(json.value(u"skipped"_s).toInt(), 5);
    QCOMPARE(json.value(u"hidden_profiles"_s).toInt(), 2);
    QCOMPARE(json.value(u"contacts"_s).toObject().value(u"created"_s).toInt(), 7);
    QCOMPARE(json.value(u"skipped_rows"_s).toArray().size(), 3);
}

// A Connections.csv of `rows` people (2024 era), plus the same person twice
// and one listed without a URL, to exercise deduplication under a bulk load.
QString tst_LinkedInImporter::writeBigConnections(int rows)
{
    const QString path = m_dir->filePath(u"Connections-%1.csv"_s.arg(rows));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QByteArray text = "Notes:\n\"Some e-mail addresses are missing.\"\n\n"
                      "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";
    for (int i = 0; i < rows; ++i) {
        text +=
            QStringLiteral("Zoë%1,Müller,https://www.linkedin.com/in/bulk-%1,,\"Acme %2, Inc.\","
                           "Head of Sales,05 Mar 2024\n")
                .arg(i)
                .arg(i % 7)
                .toUtf8();
    }
    text += "Zoë7,Müller,https://www.linkedin.com/in/bulk-7/,,Acme,Coach,06 Mar 2024\n";
    text += "Zoë8,Müller,,,\"Acme 1, Inc.\",Head of Sales,05 Mar 2024\n";
    file.write(text);
    return path;
}

void tst_LinkedInImporter::bigFileLoadsInBulk()
{
    const QString freshIndexes = indexSchema();
    QVERIFY(freshIndexes.contains(u"contact_by_company"_s));
    const int rows = 5000; // more than ContactBulkLoad::MinimumRows, into an empty database
    const Outcome o = import(writeBigConnections(rows));
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(o.report.contacts.created, rows);
    QCOMPARE(o.report.skipped.size(), 2); // the same URL twice; the same person without one
    QCOMPARE(count(u"contact"_s), rows);
    // Every index is back, exactly as the migrations made it.
    QCOMPARE(indexSchema(), freshIndexes);
    QCOMPARE(value(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    QSqlQuery check(m_db->connection());
    QVERIFY2(
        check.exec(u"INSERT INTO contact_fts(contact_fts, rank) VALUES ('integrity-check', 1)"_s),
        qPrintable(check.lastError().text()));
    // Searchable, accents and prefixes included, and sortable by company.
    ContactStore store(*m_db);
    ContactQuery q;
    q.search = u"zoe12"_s;
    QCOMPARE(store.count(q), 111); // Zoë12, Zoë120-129, Zoë1200-1299
    q.search = u"mull acme"_s;
    QCOMPARE(store.count(q), rows);
    q.search.clear();
    q.sort = ContactSort::Company;
    const QList<Contact> first = store.page(q, {}, 3);
    QCOMPARE(first.size(), 3);
    QCOMPARE(first.first().company, u"Acme 0, Inc."_s);
    // The same file again changes nothing (and loads nothing in bulk).
    const QString before = checksum();
    const Outcome again = import(writeBigConnections(rows));
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(again.report.contacts.created, 0);
    QCOMPARE(checksum(), before);
    QCOMPARE(indexSchema(), freshIndexes);
}

void tst_LinkedInImporter::cancelDuringBulkLoadLeavesDatabaseUnchanged()
{
    QVERIFY(import(test::linkedInFixture(u"2020"_s)).ok);
    const QString before = checksum();
    const QString indexesBefore = indexSchema();
    const QString path = writeBigConnections(9000);
    int calls = 0;
    const Outcome o = import(path, [&](qint64 done, qint64 total) {
        Q_UNUSED(total);
        Q_UNUSED(done);
        return ++calls < 7000; // well past the first batches: indexes are set aside
    });
    QVERIFY(!o.ok);
    QVERIFY2(o.error.contains(u"cancelled"_s), qPrintable(o.error));
    QCOMPARE(count(u"contact"_s), 3);
    QCOMPARE(checksum(), before);
    QCOMPARE(indexSchema(), indexesBefore);
    // A broken last line, found after thousands of rows went in bulk: the
    // message names the file and line; nothing changed, indexes included.
    const QString brokenPath = m_dir->filePath(u"Connections-broken.csv"_s);
    QVERIFY(QFile::copy(path, brokenPath));
    QFile broken(brokenPath);
    QVERIFY(broken.open(QIODevice::Append));
    broken.write("\"Unclosed,Quote,https://www.linkedin.com/in/unclosed,,Acme,Coach,05 Mar 2024\n");
    broken.close();
    const Outcome bad = import(brokenPath);
    QVERIFY(!bad.ok);
    QVERIFY2(bad.error.contains(u"Connections-broken.csv"_s), qPrintable(bad.error));
    QCOMPARE(checksum(), before);
    QCOMPARE(indexSchema(), indexesBefore);

    // Cancelled while the indexes are rebuilt, after every row is in.
    int atEnd = 0;
    const Outcome late = import(path, [&](qint64 done, qint64 total) {
        if (done >= total)
            ++atEnd;
        return atEnd < 3;
    });
    QVERIFY(!late.ok);
    QVERIFY2(late.error.contains(u"cancelled"_s), qPrintable(late.error));
    QCOMPARE(atEnd, 3);
    QCOMPARE(checksum(), before);
    QCOMPARE(indexSchema(), indexesBefore);
    // And the next import loads in bulk again from a clean start.
    const Outcome next = import(path);
    QVERIFY2(next.ok, qPrintable(next.error));
    QCOMPARE(next.report.contacts.created, 9000);
    QCOMPARE(indexSchema(), indexesBefore);
}

QTEST_GUILESS_MAIN(tst_LinkedInImporter)
#include "tst_linkedinimporter.moc"
