// ContactChunk and SqlValueRows: new contacts written a chunk at a time —
// bound through SQLite's own interface where the driver's SQLite can be
// reached (NativeSqlite), else as one VALUES statement per chunk — store
// exactly what the row-by-row insert stores
// (quotes, commas, newlines, backslashes, unicode, empty fields, no
// profile), a chunk that breaks a rule inserts nothing and the batch names
// the row, a NUL character falls back to binding, and an import's export
// snapshot of the contacts it created says what their rows say.

#include "db/Database.h"
#include "db/NativeSqlite.h"
#include "db/SqlErrorText.h"
#include "io/ImportReport.h"
#include "io/LinkedInArchive.h"
#include "io/LinkedInImporter.h"
#include "store/ContactChunk.h"
#include "store/ContactStore.h"
#include "store/SqlValueRows.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_ContactChunk : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;

    std::unique_ptr<Database> open()
    {
        auto db = std::make_unique<Database>();
        const QString path = m_dir.filePath(u"chunk-%1.sqlite"_s.arg(++m_serial));
        if (!db->open(path, nullptr))
            return nullptr;
        return db;
    }

    // Every stored column of every contact, in id order, as text.
    static QStringList rowsOf(Database &db, const QString &table = u"contact"_s)
    {
        QStringList rows;
        QSqlQuery q(db.connection());
        if (!q.exec(u"SELECT * FROM %1 ORDER BY id"_s.arg(table)))
            return {u"query failed"_s};
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant v = q.value(i);
                cells << (v.isNull()
                              ? u"<NULL>"_s
                              : u"%1:%2"_s.arg(QString::fromLatin1(v.typeName()), v.toString()));
            }
            rows << cells.join(u'|');
        }
        return rows;
    }

    static QList<Contact> awkward()
    {
        const QDateTime when(QDate(2026, 3, 4), QTime(5, 6, 7), QTimeZone::utc());
        QList<Contact> list;
        const auto person = [&](const QString &first, const QString &last, const QString &url,
                                const QString &company, const QString &position) {
            Contact c;
            c.firstName = first;
            c.lastName = last;
            c.profileUrl = url;
            c.company = company;
            c.position = position;
            c.degree = 1;
            c.connectedOn = QDate(2024, 3, 5);
            c.createdAt = when;
            list << c;
        };
        person(u"Siobhán"_s, u"O'Brien"_s, u"https://www.linkedin.com/in/siobhan-obrien"_s,
               u"Acme, Inc."_s, u"Head of \"Growth\""_s);
        person(u"José"_s, u"Núñez"_s, u"https://www.linkedin.com/in/jose-nunez"_s,
               u"Line one\nline two"_s, u"C:\\path\\to"_s);
        person(u"陈"_s, u"伟"_s, u"https://www.linkedin.com/in/chen-wei"_s, u"北京 🚀"_s, u""_s);
        person(u"Ann"_s, u""_s, u""_s, u""_s, u""_s);               // no profile: NULL slug
        person(u"Bo"_s, u"Li"_s, u""_s, u"'quoted'"_s, u"'';--"_s); // no profile either
        person(u"  Padded "_s, u" Name  "_s, u"https://www.linkedin.com/in/padded"_s, u" Acme "_s,
               u"Tab\there"_s);
        list[2].connectedOn = QDate(); // no date
        list[3].email = u"ann@example.com"_s;
        list[4].followsMe = true;
        list[4].degree = 2;
        return list;
    }

    // Each test that writes rows runs twice: through SQLite's own interface
    // (where it can be reached) and through Qt (VALUES text).
    static void routes()
    {
        QTest::addColumn<bool>("throughQt");
        QTest::newRow("native") << false;
        QTest::newRow("qt") << true;
    }
    // False when the native route was asked for and this Qt's SQLite cannot
    // be reached (the Qt row covers that platform).
    static bool takeRoute()
    {
        QFETCH(bool, throughQt);
        if (throughQt) {
            qputenv("RAPPORT_SQLITE_THROUGH_QT", "1");
            return true;
        }
        qunsetenv("RAPPORT_SQLITE_THROUGH_QT");
        QTemporaryDir dir;
        Database probe;
        return probe.open(dir.filePath(u"probe.sqlite"_s), nullptr) &&
               NativeSqlite::forConnection(probe.connection()).available();
    }

private slots:
    void cleanup() { qunsetenv("RAPPORT_SQLITE_THROUGH_QT"); }

    // Debian's Qt runs on the system's shared SQLite, which NativeSqlite
    // finds; it must, or the import silently loses its fast path here.
    void nativeSqliteReachesTheDriversLibrary()
    {
        auto db = open();
        QVERIFY(db);
        const NativeSqlite native = NativeSqlite::forConnection(db->connection());
#if defined(Q_OS_LINUX)
        QVERIFY(native.available());
#endif
        if (!native.available())
            return;
        QVERIFY(ContactChunk::nativeFor(*db));
        qputenv("RAPPORT_SQLITE_THROUGH_QT", "1");
        QVERIFY(!ContactChunk::nativeFor(*db));
        qunsetenv("RAPPORT_SQLITE_THROUGH_QT");
        // A statement through it sees what Qt's connection sees, and its
        // errors come back as Qt's driver would report them.
        NativeSqlite::Statement bad = native.prepare("INSERT INTO no_such_table VALUES (1)");
        QVERIFY(!bad.isValid());
        NativeSqlite::Statement insert = native.prepare("INSERT INTO tag (name) VALUES (?)");
        QVERIFY(insert.isValid());
        insert.bindText(1, "native", 6);
        QVERIFY(insert.step());
        insert.reset();
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(u"SELECT id FROM tag WHERE name = 'native'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), native.lastInsertId());
        insert.bindText(1, "NATIVE", 6); // tag names are unique, case aside
        QVERIFY(!insert.step());
        QVERIFY(native.lastErrorIsConstraint());
        QCOMPARE(SqlErrorText::primaryCode(native.lastError()), 19);
    }

    void literalsEscapeQuotesAndRefuseNul()
    {
        SqlValueRows rows;
        rows.beginRow();
        QVERIFY(rows.add(u"it's"_s));
        rows.add(qint64(42));
        rows.addNull();
        QVERIFY(rows.add(QString()));
        rows.endRow();
        rows.beginRow();
        QVERIFY(rows.add(u"''"_s));
        rows.add(qint64(-1));
        rows.addNull();
        QVERIFY(rows.add(u"\\n"_s));
        rows.endRow();
        QCOMPARE(rows.rows(), 2);
        QCOMPARE(rows.text(), u"VALUES ('it''s',42,NULL,''),('''''',-1,NULL,'\\n')"_s);
        SqlValueRows bad;
        bad.beginRow();
        QVERIFY(!bad.add(u"a"_s + QChar(0) + u"b"_s));
        QVERIFY(!bad.isValid());
        bad.clear();
        QVERIFY(bad.isValid());
        QVERIFY(bad.isEmpty());
    }

    void chunkStoresWhatRowByRowStores_data()
    {
        routes();
    }
    void chunkStoresWhatRowByRowStores()
    {
        if (!takeRoute())
            QSKIP("SQLite's own interface cannot be reached with this Qt.");
        auto chunked = open();
        auto single = open();
        QVERIFY(chunked && single);
        QList<Contact> batch = awkward();
        QString error;
        ContactStore chunkStore(*chunked);
        QVERIFY2(chunkStore.addBatch(batch, &error), qPrintable(error));
        // Row by row: a contact with a tag takes addBatch's bound path; the
        // tag is then removed so the rows compare.
        ContactStore singleStore(*single);
        QList<Contact> one = awkward();
        for (Contact &c : one)
            c.tags = {u"t"_s};
        QVERIFY2(singleStore.addBatch(one, &error), qPrintable(error));
        QSqlQuery untag(single->connection());
        QVERIFY(untag.exec(u"UPDATE contact SET tags_text = ''"_s));
        QVERIFY(untag.exec(u"DELETE FROM contact_tag"_s));
        // updated_at: the untag edit stamps it (and fills the search index).
        QSqlQuery restamp(single->connection());
        QVERIFY(restamp.exec(u"UPDATE contact SET updated_at = created_at"_s));
        const QStringList expected = rowsOf(*single);
        QCOMPARE(expected.size(), 6);
        QCOMPARE(rowsOf(*chunked), expected);
        // The ids handed back are the rows' ids, in order.
        for (int i = 0; i < batch.size(); ++i)
            QCOMPARE(batch.at(i).id, one.at(i).id);
        QCOMPARE(batch.at(0).lastName, u"O'Brien"_s);
        QCOMPARE(batch.at(5).firstName, u"Padded"_s); // validated: trimmed
        // Searchable like any other contact.
        ContactQuery q;
        q.search = u"siob"_s;
        QCOMPARE(chunkStore.count(q), 1);
    }

    void failingChunkInsertsNothingAndNamesTheRow_data()
    {
        routes();
    }
    void failingChunkInsertsNothingAndNamesTheRow()
    {
        if (!takeRoute())
            QSKIP("SQLite's own interface cannot be reached with this Qt.");
        auto db = open();
        QVERIFY(db);
        ContactStore store(*db);
        QList<Contact> first = awkward();
        QString error;
        QVERIFY(store.addBatch(first, &error));
        // A chunk whose third contact has a profile already taken.
        QList<Contact> again;
        for (int i = 0; i < 5; ++i) {
            Contact c;
            c.firstName = u"New%1"_s.arg(i);
            c.profileUrl = u"https://www.linkedin.com/in/new-%1"_s.arg(i);
            again << c;
        }
        again[2].profileUrl = u"https://www.linkedin.com/in/jose-nunez"_s;
        QList<Contact> validated;
        for (Contact c : again) {
            c.slug = c.profileUrl.section(u'/', -1);
            c.createdAt = c.updatedAt = QDateTime::currentDateTimeUtc();
            validated << c;
        }
        QString fatal;
        QVERIFY(!ContactChunk::insert(*db, validated, &fatal));
        QVERIFY2(fatal.isEmpty(), qPrintable(fatal));
        QCOMPARE(store.totalCount(), 6);
        // The two rows the statement wrote before the taken profile are
        // gone, from the search index too, which is intact.
        ContactQuery newOnes;
        newOnes.search = u"new"_s;
        QCOMPARE(store.count(newOnes), 0);
        QSqlQuery check(db->connection());
        QVERIFY2(check.exec(u"INSERT INTO contact_fts (contact_fts, rank) "
                            "VALUES ('integrity-check', 1)"_s),
                 qPrintable(check.lastError().text()));
        QVERIFY(check.exec(u"SELECT count(*) FROM contact WHERE first_name LIKE 'New%'"_s));
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toInt(), 0);
        QVERIFY(!store.addBatch(again, &error));
        QVERIFY2(error.contains(u"Contact 3 (New2)"_s), qPrintable(error));
        QVERIFY2(error.contains(u"#2 José Núñez"_s), qPrintable(error));
    }

    // A batch of many chunks: each next chunk is built on a worker thread
    // while the one before runs. Every contact is stored once, in order,
    // with its own id; a contact with tags sends the rest row by row; a
    // profile taken in a later chunk names its contact and keeps nothing.
    void manyChunksKeepTheirOrderAndNameAFailingRow_data()
    {
        routes();
    }
    void manyChunksKeepTheirOrderAndNameAFailingRow()
    {
        if (!takeRoute())
            QSKIP("SQLite's own interface cannot be reached with this Qt.");
        auto db = open();
        QVERIFY(db);
        ContactStore store(*db);
        const auto people = [](const QString &prefix, int n) {
            QList<Contact> list;
            for (int i = 0; i < n; ++i) {
                Contact c;
                c.firstName = u"%1%2"_s.arg(prefix).arg(i);
                c.lastName = u"Mensah"_s;
                c.profileUrl = u"https://www.linkedin.com/in/%1-%2"_s.arg(prefix.toLower()).arg(i);
                c.company = i % 3 ? u"Globex"_s : u"Initech"_s;
                list << c;
            }
            return list;
        };
        QList<Contact> batch = people(u"Ama"_s, 2345);
        batch[1234].tags = QStringList{u"vip"_s}; // the fourth chunk goes row by row from here
        QString error;
        QVERIFY2(store.addBatch(batch, &error), qPrintable(error));
        QCOMPARE(store.totalCount(), 2345);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(u"SELECT id, first_name, slug FROM contact ORDER BY id"_s));
        for (int i = 0; i < batch.size(); ++i) {
            QVERIFY(q.next());
            QCOMPARE(batch.at(i).id, q.value(0).toLongLong());
            QCOMPARE(q.value(1).toString(), u"Ama%1"_s.arg(i));
            QCOMPARE(q.value(2).toString(), u"ama-%1"_s.arg(i));
        }
        QVERIFY(!q.next());
        QCOMPARE(store.get(batch.at(1234).id)->tags, QStringList{u"vip"_s});

        QList<Contact> again = people(u"Kofi"_s, 2000);
        again[1502].profileUrl = u"https://www.linkedin.com/in/ama-7"_s;
        QVERIFY(!store.addBatch(again, &error));
        QVERIFY2(error.contains(u"Contact 1503 (Kofi1502 Mensah)"_s), qPrintable(error));
        QVERIFY2(error.contains(u"Ama7 Mensah"_s), qPrintable(error));
        QCOMPARE(store.totalCount(), 2345);
        QVERIFY2(q.exec(u"INSERT INTO contact_fts (contact_fts, rank) "
                        "VALUES ('integrity-check', 1)"_s),
                 qPrintable(q.lastError().text()));
    }

    void nulCharacterIsBound_data()
    {
        routes();
    }
    void nulCharacterIsBound()
    {
        if (!takeRoute())
            QSKIP("SQLite's own interface cannot be reached with this Qt.");
        auto db = open();
        QVERIFY(db);
        ContactStore store(*db);
        QList<Contact> batch = awkward();
        batch[1].notes = u"before"_s + QChar(0) + u"after"_s;
        QString error;
        QVERIFY2(store.addBatch(batch, &error), qPrintable(error));
        QCOMPARE(store.totalCount(), 6);
        const auto stored = store.get(batch.at(1).id);
        QVERIFY(stored);
        QCOMPARE(stored->notes.size(), 12);
        QCOMPARE(stored->lastName, u"Núñez"_s);
    }

    void importSnapshotsCreatedContactsAsTheirRows_data()
    {
        routes();
    }
    void importSnapshotsCreatedContactsAsTheirRows()
    {
        if (!takeRoute())
            QSKIP("SQLite's own interface cannot be reached with this Qt.");
        auto db = open();
        QVERIFY(db);
        const QString csv = m_dir.filePath(u"Connections.csv"_s);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Notes:\n\"A preamble, with a comma\"\n\n"
                   "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                   "Siobh\xc3\xa1n,O'Brien,https://www.linkedin.com/in/siobhan-obrien,,"
                   "\"Acme, Inc.\",\"Head of \"\"Growth\"\"\",05 Mar 2024\n"
                   "Jos\xc3\xa9,N\xc3\xba\xc3\xb1"
                   "ez,https://www.linkedin.com/in/jose-nunez,"
                   "j@example.com,\"Line one\nline two\",,06 Mar 2024\n"
                   "Again,Dup,https://www.linkedin.com/in/siobhan-obrien,,X,Y,07 Mar 2024\n"
                   "Ann,,,,,,\n"
                   ",Nofirst,https://www.linkedin.com/in/nofirst,,,,08 Mar 2024\n");
        file.close();
        LinkedInArchive archive;
        QString error;
        QVERIFY2(archive.open(csv, &error), qPrintable(error));
        LinkedInImporter importer(*db);
        ImportReport report;
        QVERIFY2(importer.run(archive, &report, &error), qPrintable(error));
        QCOMPARE(report.contacts.created, 3);
        QCOMPARE(report.rowsRead, 5);
        QCOMPARE(report.skipped.size(), 2); // the duplicate and the row without a first name
        // What the export said of each new connection is what its row holds.
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM contact c JOIN export_connection e "
                       "ON e.contact_id = c.id AND e.first_name = c.first_name "
                       "AND e.last_name = c.last_name AND e.url = c.profile_url "
                       "AND e.company = c.company AND e.position = c.position "
                       "AND e.connected_on = c.connected_on AND e.ended_import IS NULL"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        QVERIFY(q.exec(u"SELECT connections FROM export_import"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        QVERIFY(q.exec(u"SELECT company, position FROM contact WHERE last_name = 'O''Brien'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"Acme, Inc."_s);
        QCOMPARE(q.value(1).toString(), u"Head of \"Growth\""_s);
    }
};

QTEST_GUILESS_MAIN(tst_ContactChunk)
#include "tst_contactchunk.moc"
