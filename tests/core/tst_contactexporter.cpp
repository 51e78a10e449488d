// ContactExporter: a file holds exactly the contacts and order the view
// shows for the same query, progress is reported, and a cancel or an error
// never leaves a file (or a temporary file) behind.

#include "db/Database.h"
#include "domain/DateText.h"
#include "io/ContactExporter.h"
#include "io/ContactIdentity.h"
#include "io/CsvWriter.h"
#include "store/ContactStore.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

const QString companies[] = {u"Acme"_s, u"Globex"_s, u"Initech"_s, u"Umbrella"_s, u"Hooli"_s};
const QString firstNames[] = {u"Anna"_s, u"Bob"_s, u"Anders"_s, u"Chloé"_s, u"Ann-Marie"_s};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// What the exporter wrote before its CSV path read only the columns it
// needs: each cell made from the whole Contact that ContactStore::forEach()
// gives. The fast path must write the same bytes.
QString cellOf(const Contact &c, const QString &key, const ContactIdentity &identity,
               CsvWriter::Cell *cell)
{
    *cell = CsvWriter::Cell::Verbatim;
    if (key == u"degree"_s)
        return c.degree > 0 ? QString::number(c.degree) : QString();
    if (key == u"connected_on"_s)
        return DateText::isoDate(c.connectedOn);
    if (key == u"follows_me"_s)
        return c.followsMe ? u"yes"_s : u"no"_s;
    if (key == u"created_at"_s)
        return DateText::isoUtc(c.createdAt, false);
    if (key == u"updated_at"_s)
        return DateText::isoUtc(c.updatedAt, false);
    if (key == u"rapport_id"_s)
        return identity.uid(c.id);
    *cell = CsvWriter::Cell::Text;
    if (key == u"first_name"_s)
        return c.firstName;
    if (key == u"last_name"_s)
        return c.lastName;
    if (key == u"full_name"_s)
        return c.fullName();
    if (key == u"profile_url"_s)
        return c.profileUrl;
    if (key == u"position"_s)
        return c.position;
    if (key == u"company"_s)
        return c.company;
    if (key == u"industry"_s)
        return c.industry;
    if (key == u"location"_s)
        return c.location;
    if (key == u"email"_s)
        return c.email;
    if (key == u"tags"_s)
        return ContactExporter::tagsCell(c.tags);
    if (key == u"notes"_s)
        return c.notes;
    qFatal("unknown column");
    return {};
}

QByteArray contactByContact(ContactStore &store, Database &db,
                            const ContactExporter::Options &options)
{
    const ContactIdentity identity = ContactIdentity::forDatabase(db);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter::Options csvOptions;
        csvOptions.byteOrderMark = options.byteOrderMark;
        csvOptions.protectFormulas = options.protectFormulas;
        CsvWriter csv(&buffer, csvOptions);
        QStringList titles;
        for (const QString &key : options.columns)
            titles << ContactExporter::columnTitle(key);
        csv.writeRecord(titles);
        store.forEach(options.query, [&](const Contact &c) {
            for (const QString &key : options.columns) {
                CsvWriter::Cell cell;
                const QString text = cellOf(c, key, identity, &cell);
                csv.addField(text, cell);
            }
            csv.endRecord();
            return true;
        });
    }
    return buffer.data();
}

} // namespace

class tst_ContactExporter : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<ContactStore> m_store;
    QString m_outDir;
    int m_run = 0;

    QStringList filesInOutDir() const
    {
        return QDir(m_outDir).entryList(QDir::Files | QDir::Hidden | QDir::System);
    }

private slots:
    void init()
    {
        QString error;
        ++m_run;
        QVERIFY2(m_db.open(m_dir.filePath(u"e%1.sqlite"_s.arg(m_run)), &error), qPrintable(error));
        m_store = std::make_unique<ContactStore>(m_db);
        m_outDir = m_dir.filePath(u"out%1"_s.arg(m_run));
        QVERIFY(QDir().mkpath(m_outDir));
        QList<Contact> contacts;
        for (int i = 0; i < 240; ++i) {
            Contact c;
            c.firstName = firstNames[i % 5];
            c.lastName = u"Person%1"_s.arg(i % 37, 2, 10, QChar(u'0'));
            c.company = companies[(i * 7) % 5];
            c.email = u"p%1@example.com"_s.arg(i);
            if (i % 3 == 0)
                c.tags = {u"VIP"_s};
            if (i % 4 == 0)
                c.tags << u"client"_s;
            contacts << c;
        }
        QVERIFY2(m_store->addBatch(contacts, &error), qPrintable(error));
    }

    void cleanup()
    {
        m_store.reset();
        m_db.close();
    }

    void exportsTheRowsAndOrderOfThePage_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        QTest::newRow("search+tag+company")
            << u"an"_s << u"vip"_s << int(ContactSort::Company) << false;
        QTest::newRow("search+tag+name desc")
            << u"an"_s << u"vip"_s << int(ContactSort::Name) << true;
        QTest::newRow("everyone by name")
            << QString() << QString() << int(ContactSort::Name) << false;
        QTest::newRow("search newest first")
            << u"person0"_s << QString() << int(ContactSort::Id) << true;
        QTest::newRow("no match") << u"zzz"_s << QString() << int(ContactSort::Name) << false;
    }

    void exportsTheRowsAndOrderOfThePage()
    {
        QFETCH(QString, search);
        QFETCH(QString, tag);
        QFETCH(int, sort);
        QFETCH(bool, descending);
        ContactExporter::Options options;
        options.query.search = search;
        options.query.tag = tag;
        options.query.sort = ContactSort(sort);
        options.query.descending = descending;
        options.columns = {u"email"_s, u"full_name"_s};
        options.progressStep = 7; // progress and a chance to cancel every 7
        const QString path = m_outDir + u"/contacts.csv"_s;

        QList<QPair<qint64, qint64>> calls;
        qint64 exported = -1;
        QString error;
        QVERIFY2(ContactExporter(*m_store).exportTo(path, options, &exported, &error,
                                                    [&](qint64 done, qint64 total) {
                                                        calls.append({done, total});
                                                        return true;
                                                    }),
                 qPrintable(error));

        const QList<Contact> expected = m_store->page(options.query, {}, 100000);
        QStringList lines{u"Email,Full name"_s};
        for (const Contact &c : expected)
            lines << c.email + u',' + c.fullName();
        const QString written = QString::fromUtf8(readAll(path));
        QCOMPARE(written, lines.join(u"\r\n"_s) + u"\r\n"_s);
        QCOMPARE(exported, qint64(expected.size()));
        if (search == u"an"_s)
            QVERIFY(expected.size() > 2 * options.progressStep);

        QVERIFY(!calls.isEmpty());
        QCOMPARE(calls.first(), (QPair<qint64, qint64>(0, expected.size())));
        QCOMPARE(calls.last(), (QPair<qint64, qint64>(expected.size(), expected.size())));
        for (int i = 1; i < calls.size(); ++i)
            QVERIFY(calls.at(i).first >= calls.at(i - 1).first);
        QCOMPARE(filesInOutDir(), QStringList{u"contacts.csv"_s});
    }

    void everyColumnFormatted()
    {
        Contact c;
        c.firstName = u"Zoë"_s;
        c.lastName = u"O'Hara"_s;
        c.profileUrl = u"https://www.linkedin.com/in/zoe-ohara"_s;
        c.position = u"=Head, of \"Sales\""_s;
        c.company = u"Acme"_s;
        c.industry = u"Software"_s;
        c.location = u"Dublin, Ireland"_s;
        c.email = u"zoe@example.com"_s;
        c.degree = 2;
        c.connectedOn = QDate(2023, 2, 1);
        c.followsMe = true;
        c.tags = {u"alpha"_s, u"beta"_s};
        c.notes = u"line one\nline two"_s;
        QString error;
        QVERIFY2(m_store->add(c, &error), qPrintable(error));

        ContactExporter::Options options;
        options.query.search = u"zoe"_s;
        options.columns = ContactExporter::columnKeys();
        options.byteOrderMark = true;
        const QString path = m_outDir + u"/one.csv"_s;
        qint64 exported = 0;
        QVERIFY2(ContactExporter(*m_store).exportTo(path, options, &exported, &error),
                 qPrintable(error));
        QCOMPARE(exported, 1);
        const QString created = c.createdAt.toUTC().toString(Qt::ISODate);
        const QString updated = c.updatedAt.toUTC().toString(Qt::ISODate);
        QVERIFY(created.endsWith(u'Z'));
        const QString expected =
            u"First name,Last name,Full name,Profile URL,Position,Company,Industry,"
            "Location,Email,Degree,Connected on,Follows me,Tags,Notes,Created at,Updated at,"
            "Rapport ID\r\n"
            "Zoë,O'Hara,Zoë O'Hara,https://www.linkedin.com/in/zoe-ohara,"
            "\"'=Head, of \"\"Sales\"\"\",Acme,Software,\"Dublin, Ireland\",zoe@example.com,2,"
            "2023-02-01,yes,\"alpha, beta\",\"line one\nline two\",%1,%2,%3\r\n"_s.arg(
                created, updated, ContactIdentity::forDatabase(m_db).uid(c.id));
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(QString::fromUtf8(bytes.mid(3)), expected);
    }

    void sameBytesAsContactByContact_data()
    {
        QTest::addColumn<QStringList>("columns");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<int>("tier");
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<bool>("bom");
        QTest::addColumn<bool>("protect");
        const QStringList all = ContactExporter::columnKeys();
        QStringList reversed = all;
        std::reverse(reversed.begin(), reversed.end());
        const QStringList names = {u"full_name"_s, u"last_name"_s, u"rapport_id"_s,
                                   u"first_name"_s};
        const QStringList bench = {u"first_name"_s, u"last_name"_s, u"profile_url"_s,
                                   u"company"_s,    u"position"_s,  u"connected_on"_s};
        QTest::newRow("every column, everyone") << all << QString() << QString() << 0
                                                << int(ContactSort::Name) << false << false << true;
        QTest::newRow("reversed, BOM, no formula protection")
            << reversed << QString() << QString() << 0 << int(ContactSort::Company) << true << true
            << false;
        QTest::newRow("defaults") << ContactExporter::defaultColumns() << QString() << QString()
                                  << 0 << int(ContactSort::Created) << false << false << true;
        QTest::newRow("names and id, search by id desc")
            << names << u"an"_s << QString() << 0 << int(ContactSort::Id) << true << false << true;
        QTest::newRow("bench columns, search, tag")
            << bench << u"an"_s << u"vip"_s << 0 << int(ContactSort::Position) << false << false
            << true;
        QTest::newRow("every column, tier")
            << all << QString() << QString() << 2 << int(ContactSort::ConnectedOn) << true << false
            << true;
        QTest::newRow("tags and notes, search and tier")
            << QStringList{u"tags"_s, u"notes"_s, u"email"_s} << u"q"_s << QString() << 2
            << int(ContactSort::Name) << false << false << true;
    }

    // The CSV path reads only the columns it writes; every cell, option and
    // filter must come out byte for byte as the whole-Contact path made it.
    void sameBytesAsContactByContact()
    {
        QFETCH(QStringList, columns);
        QFETCH(QString, search);
        QFETCH(QString, tag);
        QFETCH(int, tier);
        QFETCH(int, sort);
        QFETCH(bool, descending);
        QFETCH(bool, bom);
        QFETCH(bool, protect);

        const QStringList awkward = {
            u"=1+2"_s,       u"'=x"_s,        u"'hello"_s,    u"a,b"_s,
            u"say \"hi\""_s, u"two\nlines"_s, u"cr\rlf"_s,    u"Zoë 日本語 🙂"_s,
            QString(),       u"-5"_s,         u"@home"_s,     u"\ttab"_s,
            u" spaced "_s,   u"semi;colon"_s, u"nul\0byte"_s, u"\"quoted, comma\""_s,
        };
        QList<Contact> contacts;
        for (qsizetype i = 0; i < awkward.size(); ++i) {
            const QString &text = awkward.at(i);
            const QString &other = awkward.at((i + 5) % awkward.size());
            Contact c;
            c.firstName = u"Q"_s + text;
            c.lastName = i % 3 == 0 ? QString() : other;
            if (i % 2)
                c.profileUrl = u"https://www.linkedin.com/in/awkward-%1"_s.arg(i);
            c.position = other;
            c.company = text;
            c.industry = other;
            c.location = text;
            c.email = other;
            c.degree = int(i % 4);
            c.connectedOn = i % 2 ? QDate(2020 + int(i), 1 + int(i % 12), 28) : QDate();
            c.followsMe = i % 2 == 0;
            if (i % 3 != 2)
                c.tags = {u"q,tag"_s, u"back\\slash"_s, u"a:::b"_s, text.isEmpty() ? u"x"_s : text};
            c.notes = text + u"\n"_s + other;
            contacts << c;
        }
        QString error;
        QVERIFY2(m_store->addBatch(contacts, &error), qPrintable(error));
        {
            // Values an older version or another tool may have stored.
            QSqlQuery q(m_db.connection());
            QVERIFY(q.exec(u"UPDATE contact SET tier_key = id % 3 + 1"_s));
            QVERIFY(q.exec(u"UPDATE contact SET profile_url = location WHERE id % 4 = 0"_s));
            QVERIFY(q.exec(u"UPDATE contact SET first_name = '' WHERE id % 4 = 1"_s));
            QVERIFY(q.exec(u"UPDATE contact SET connected_on = '2021-02-30' WHERE id % 7 = 1"_s));
            QVERIFY(q.exec(u"UPDATE contact SET connected_on = 'soon' WHERE id % 7 = 2"_s));
            QVERIFY(q.exec(u"UPDATE contact SET created_at = '2022-03-04T05:06:07+02:00' "
                           "WHERE id % 5 = 1"_s));
            QVERIFY(q.exec(u"UPDATE contact SET updated_at = '2022-03-04T05:06:07Z' "
                           "WHERE id % 5 = 2"_s));
            QVERIFY(q.exec(u"UPDATE contact SET updated_at = '' WHERE id % 5 = 3"_s));
        }

        ContactExporter::Options options;
        options.columns = columns;
        options.query.search = search;
        options.query.tag = tag;
        options.query.tierRank = tier;
        options.query.sort = ContactSort(sort);
        options.query.descending = descending;
        options.byteOrderMark = bom;
        options.protectFormulas = protect;
        const QByteArray expected = contactByContact(*m_store, m_db, options);
        QVERIFY(expected.count("\r\n") > 3); // the header and some contacts

        const auto mmapSize = [this] {
            QSqlQuery q(m_db.connection());
            return q.exec(u"PRAGMA mmap_size"_s) && q.next() ? q.value(0).toLongLong() : -1;
        };
        const qint64 mmapBefore = mmapSize();
        QVERIFY(mmapBefore >= 0);

        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        qint64 exported = 0;
        QVERIFY2(
            ContactExporter(*m_store).exportTo(&buffer, u"buffer"_s, options, &exported, &error),
            qPrintable(error));
        QVERIFY(exported > 2);
        QCOMPARE(buffer.data(), expected);
        // The export maps the file only while it reads.
        QCOMPARE(mmapSize(), mmapBefore);
    }

    void vcardHasOneCardPerContact()
    {
        ContactExporter::Options options;
        options.format = ContactExporter::Format::VCard;
        options.query.tag = u"client"_s;
        options.progressStep = 9;
        const QString path = m_outDir + u"/contacts.vcf"_s;
        qint64 exported = 0;
        QString error;
        QVERIFY2(ContactExporter(*m_store).exportTo(path, options, &exported, &error),
                 qPrintable(error));
        QCOMPARE(exported, 60);
        const QByteArray bytes = readAll(path);
        QCOMPARE(bytes.count("BEGIN:VCARD\r\n"), 60);
        QCOMPARE(bytes.count("END:VCARD\r\n"), 60);
        QCOMPARE(bytes.count("CATEGORIES:"), 60);
    }

    void unknownColumnIsNamed()
    {
        ContactExporter::Options options;
        options.columns = {u"email"_s, u"shoe_size"_s};
        qint64 exported = 0;
        QString error;
        const QString path = m_outDir + u"/x.csv"_s;
        QVERIFY(!ContactExporter(*m_store).exportTo(path, options, &exported, &error));
        QVERIFY2(error.contains(u"shoe_size"_s), qPrintable(error));
        QVERIFY2(error.contains(u"first_name"_s), qPrintable(error));
        QVERIFY(filesInOutDir().isEmpty());
    }

    void cancelLeavesNoFile()
    {
        ContactExporter::Options options;
        options.progressStep = 10;
        const QString path = m_outDir + u"/cancelled.csv"_s;
        qint64 exported = 0;
        QString error;
        int calls = 0;
        QVERIFY(!ContactExporter(*m_store).exportTo(path, options, &exported, &error,
                                                    [&](qint64, qint64) { return ++calls < 3; }));
        QCOMPARE(calls, 3);
        QCOMPARE(exported, 0);
        QVERIFY2(error.contains(u"cancelled.csv"_s), qPrintable(error));
        QCOMPARE(filesInOutDir(), QStringList());
    }

    void cancelKeepsTheOldFile()
    {
        const QString path = m_outDir + u"/old.csv"_s;
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("previous export\r\n");
        }
        ContactExporter::Options options;
        qint64 exported = 0;
        QString error;
        QVERIFY(!ContactExporter(*m_store).exportTo(path, options, &exported, &error,
                                                    [](qint64 done, qint64) { return done == 0; }));
        QCOMPARE(readAll(path), QByteArray("previous export\r\n"));
        QCOMPARE(filesInOutDir(), QStringList{u"old.csv"_s});
    }

    void unwritableFolderIsNamed()
    {
        const QString path = m_outDir + u"/missing-folder/contacts.csv"_s;
        ContactExporter::Options options;
        qint64 exported = 0;
        QString error;
        QVERIFY(!ContactExporter(*m_store).exportTo(path, options, &exported, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY(filesInOutDir().isEmpty());

        QVERIFY(!ContactExporter(*m_store).exportTo(m_outDir, options, &exported, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(m_outDir)), qPrintable(error));
    }

    void columnChecks()
    {
        QString error;
        QVERIFY(ContactExporter::checkColumns(ContactExporter::columnKeys(), &error));
        QVERIFY(!ContactExporter::checkColumns({}, &error));
        QVERIFY(!ContactExporter::checkColumns({u"email"_s, u"email"_s}, &error));
        QVERIFY(error.contains(u"email"_s));
        QCOMPARE(ContactExporter::columnKeys().size(), 17);
        QVERIFY(!ContactExporter::defaultColumns().contains(u"full_name"_s));
        QCOMPARE(ContactExporter::columnTitle(u"connected_on"_s), u"Connected on"_s);
        QVERIFY(ContactExporter::columnTitle(u"nope"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ContactExporter)
#include "tst_contactexporter.moc"
