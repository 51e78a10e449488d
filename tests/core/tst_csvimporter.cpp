// CsvImporter: contacts from Google, Outlook, Excel and our own exports;
// each duplicate policy; rows that cannot be imported are skipped with their
// line, never the file; a broken file or a cancel leaves the database
// exactly as it was; and an export imported again gives the same contacts.

#include "IndexSchema.h"
#include "db/Database.h"
#include "io/ContactExporter.h"
#include "io/CsvImporter.h"
#include "store/ContactStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

using Policy = CsvImporter::DuplicatePolicy;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(RAPPORT_FIXTURES) + u"/csv/"_s + name;
}

struct Outcome
{
    bool ok = false;
    QString error;
    ImportReport report;
};

QStringList reasons(const QList<ImportReport::Skip> &list)
{
    QStringList out;
    for (const ImportReport::Skip &s : list)
        out << u"%1: %2"_s.arg(s.line).arg(s.reason);
    return out;
}

QStringList reasons(const ImportReport &report)
{
    return reasons(report.skipped);
}

} // namespace

class tst_CsvImporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void parseDate_data();
    void parseDate();
    void googleExport();
    void googleLegacyExportWithPreset();
    void outlookExportWithPreset();
    void semicolonUtf8WithBom();
    void excelUnicodeText();
    void hostileStrings();
    void raggedRowsAreSkippedWithLineNumbers();
    void policyUpdate();
    void policySkip();
    void policyCreate();
    void sameProfileTwiceInOneFile();
    void reimportWithUpdateChangesNothing();
    void brokenFileLeavesDatabaseUnchanged();
    void cancelLeavesDatabaseUnchanged();
    void progressReachesTheEnd();
    void refusesWithoutNameColumn();
    void missingFile();
    void roundTripThroughExport();
    void bigFileLoadsInBulk();

private:
    Outcome import(const QString &path, Policy policy = Policy::Update,
                   const CsvImporter::Progress &progress = {},
                   std::optional<CsvColumnMapping> mapping = std::nullopt);
    QList<Contact> all(ContactStore &store) const;
    QByteArray checksum() const;
    Contact byName(const QString &fullName) const;
    QString write(const QString &name, const QByteArray &bytes) const;
    qint64 add(Contact c);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ContactStore> m_store;
};

void tst_CsvImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(u"test.sqlite"_s), &error), qPrintable(error));
    m_store = std::make_unique<ContactStore>(*m_db);
}

void tst_CsvImporter::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

Outcome tst_CsvImporter::import(const QString &path, Policy policy,
                                const CsvImporter::Progress &progress,
                                std::optional<CsvColumnMapping> mapping)
{
    Outcome outcome;
    if (!mapping) {
        CsvImporter::Preview preview;
        if (!CsvImporter::preview(path, 20, &preview, &outcome.error))
            return outcome;
        mapping = CsvColumnMapping::automatic(preview.headers, preview.rows);
    }
    CsvImporter importer(*m_db);
    importer.setMapping(*mapping);
    importer.setDuplicatePolicy(policy);
    importer.setProgress(progress);
    outcome.ok = importer.run(path, &outcome.report, &outcome.error);
    return outcome;
}

QList<Contact> tst_CsvImporter::all(ContactStore &store) const
{
    ContactQuery query;
    query.sort = ContactSort::Id;
    return store.page(query, ContactCursor(), 100000);
}

QByteArray tst_CsvImporter::checksum() const
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const QList<Contact> contacts = all(*m_store);
    for (const Contact &c : contacts) {
        const QStringList fields{QString::number(c.id),
                                 c.firstName,
                                 c.lastName,
                                 c.profileUrl,
                                 c.slug,
                                 c.position,
                                 c.company,
                                 c.industry,
                                 c.location,
                                 c.email,
                                 QString::number(c.degree),
                                 c.connectedOn.toString(Qt::ISODate),
                                 c.followsMe ? u"1"_s : u"0"_s,
                                 c.notes,
                                 c.tags.join(u'|'),
                                 c.createdAt.toString(Qt::ISODateWithMs),
                                 c.updatedAt.toString(Qt::ISODateWithMs)};
        hash.addData(fields.join(u'\x1f').toUtf8());
        hash.addData("\x1e");
    }
    return hash.result().toHex() + ':' + QByteArray::number(contacts.size());
}

Contact tst_CsvImporter::byName(const QString &fullName) const
{
    const QList<qint64> ids = m_store->findByFullName(fullName);
    if (ids.size() != 1) {
        qWarning("%lld contacts called %s", qint64(ids.size()), qPrintable(fullName));
        return {};
    }
    return m_store->get(ids.first()).value_or(Contact());
}

QString tst_CsvImporter::write(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

qint64 tst_CsvImporter::add(Contact c)
{
    QString error;
    if (!m_store->add(c, &error))
        qWarning("add: %s", qPrintable(error));
    return c.id;
}

void tst_CsvImporter::parseDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("iso") << u"2024-03-12"_s << QDate(2024, 3, 12);
    QTest::newRow("day month") << u"12 Mar 2024"_s << QDate(2024, 3, 12);
    QTest::newRow("day month, one digit, any case") << u"2 SEP 2021"_s << QDate(2021, 9, 2);
    QTest::newRow("us") << u"03/12/2024"_s << QDate(2024, 3, 12);
    QTest::newRow("us short") << u"3/4/2024"_s << QDate(2024, 3, 4);
    QTest::newRow("spaces") << u" 2024-03-12 "_s << QDate(2024, 3, 12);
    QTest::newRow("31 Feb") << u"2024-02-31"_s << QDate();
    QTest::newRow("day first") << u"31/12/2024"_s << QDate();
    QTest::newRow("german month") << u"12 Mär 2024"_s << QDate();
    QTest::newRow("text") << u"yesterday"_s << QDate();
    QTest::newRow("two-digit year") << u"3/4/24"_s << QDate();
}

void tst_CsvImporter::parseDate()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(CsvImporter::parseDate(text), date);
}

void tst_CsvImporter::googleExport()
{
    const Outcome o = import(fixture(u"google.csv"_s));
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(o.report.rowsRead, 3);
    QCOMPARE(o.report.contacts.created, 3);
    QVERIFY2(o.report.skipped.isEmpty(), qPrintable(reasons(o.report).join(u'\n')));
    QCOMPARE(o.report.files, QStringList{u"google.csv"_s});

    const Contact ana = byName(u"Ana Ferreira"_s);
    QCOMPARE(ana.company, u"Nimbus Analytics"_s);
    QCOMPARE(ana.position, u"Head of Data"_s);
    QCOMPARE(ana.email, u"ana.ferreira@nimbus.example"_s);
    QCOMPARE(ana.tags, (QStringList{u"Clients"_s, u"Lisbon"_s}));
    QCOMPARE(ana.notes, u"Met at DataConf.\nLikes hiking."_s);
    QCOMPARE(ana.profileUrl, u"https://www.linkedin.com/in/ana-ferreira-example"_s);
    // The company's website is not a profile: left out without a fuss.
    const Contact tomasz = byName(u"Tomasz Nowak"_s);
    QCOMPARE(tomasz.profileUrl, QString());
    QCOMPARE(tomasz.tags, QStringList());
    QCOMPARE(byName(u"Mei Tanaka"_s).slug, u"mei-tanaka-example"_s);
}

void tst_CsvImporter::googleLegacyExportWithPreset()
{
    CsvImporter::Preview preview;
    QString error;
    QVERIFY(CsvImporter::preview(fixture(u"google-legacy.csv"_s), 0, &preview, &error));
    const Outcome o =
        import(fixture(u"google-legacy.csv"_s), Policy::Update, {},
               CsvColumnMapping::preset(CsvColumnMapping::Preset::Google, preview.headers));
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(o.report.contacts.created, 1);
    const Contact olu = byName(u"Olu Adeyemi"_s);
    QCOMPARE(olu.company, u"Savanna Ventures"_s);
    QCOMPARE(olu.position, u"Partner"_s);
    QCOMPARE(olu.email, u"olu@example.org"_s);
    QCOMPARE(olu.tags, QStringList{u"Speakers"_s});
    QCOMPARE(olu.notes, u"Intro via Ana"_s);
}

void tst_CsvImporter::outlookExportWithPreset()
{
    CsvImporter::Preview preview;
    QString error;
    QVERIFY(CsvImporter::preview(fixture(u"outlook.csv"_s), 0, &preview, &error));
    const Outcome o =
        import(fixture(u"outlook.csv"_s), Policy::Update, {},
               CsvColumnMapping::preset(CsvColumnMapping::Preset::Outlook, preview.headers));
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(o.report.contacts.created, 2);
    QVERIFY2(o.report.skipped.isEmpty(), qPrintable(reasons(o.report).join(u'\n')));
    const Contact ingrid = byName(u"Ingrid Solberg"_s);
    QCOMPARE(ingrid.company, u"Fjord Consulting"_s);
    QCOMPARE(ingrid.position, u"Managing Director"_s);
    QCOMPARE(ingrid.email, u"ingrid@fjord.example"_s);
    QCOMPARE(ingrid.tags, (QStringList{u"Clients"_s, u"Nordics"_s}));
    QCOMPARE(ingrid.slug, u"ingrid-solberg-example"_s);
    QCOMPARE(byName(u"Rahul Mehta"_s).profileUrl, QString());
}

void tst_CsvImporter::semicolonUtf8WithBom()
{
    CsvImporter::Preview preview;
    QString error;
    QVERIFY2(CsvImporter::preview(fixture(u"semicolon-bom.csv"_s), 5, &preview, &error),
             qPrintable(error));
    QCOMPARE(preview.encoding, CsvReader::Encoding::Utf8Bom);
    QCOMPARE(preview.delimiter, QChar(u';'));
    QCOMPARE(preview.headers.first(), u"Vorname"_s);
    QCOMPARE(preview.rows.size(), 2);
    QCOMPARE(CsvImporter::delimiterName(preview.delimiter), u"semicolon"_s);

    const Outcome o = import(fixture(u"semicolon-bom.csv"_s));
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(o.report.contacts.created, 2);
    const Contact j = byName(u"Jürgen Größer"_s);
    QCOMPARE(j.company, u"Müller & Söhne GmbH"_s);
    QCOMPARE(j.position, u"Geschäftsführer"_s);
    QCOMPARE(j.email, u"j.groesser@example.de"_s);
    QCOMPARE(j.notes, u"Treffen in Köln; Kaffee"_s);
    QCOMPARE(byName(u"Zoë Brandt"_s).company, u"Ölwerk AG"_s);
}

void tst_CsvImporter::excelUnicodeText()
{
    // Excel's "Unicode Text (*.txt)": UTF-16 LE with a BOM, tabs, CRLF, and
    // quotes only around cells that need them.
    const QString text = u"Name\tCompany\tEmail\tNotes\r\n"
                         "Ayşe Yılmaz\tİstanbul Tekstil\tayse@example.com.tr\t\"two\nlines\"\r\n"
                         "Li Wei 🚀\t\"Quote \"\"Co\"\"\"\t\t\r\n"_s;
    QByteArray bytes("\xFF\xFE", 2);
    bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const QString path = write(u"unicode.txt"_s, bytes);

    CsvImporter::Preview preview;
    QString error;
    QVERIFY2(CsvImporter::preview(path, 5, &preview, &error), qPrintable(error));
    QCOMPARE(preview.encoding, CsvReader::Encoding::Utf16LE);
    QCOMPARE(preview.delimiter, QChar(u'\t'));
    QCOMPARE(CsvImporter::encodingName(preview.encoding), u"UTF-16 LE"_s);

    const Outcome o = import(path);
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(o.report.contacts.created, 2);
    // Only a full name: split by PersonName's rule, as every import does.
    const Contact ayse = byName(u"Ayşe Yılmaz"_s);
    QCOMPARE(ayse.firstName, u"Ayşe"_s);
    QCOMPARE(ayse.lastName, u"Yılmaz"_s);
    QCOMPARE(ayse.company, u"İstanbul Tekstil"_s);
    QCOMPARE(ayse.notes, u"two\nlines"_s);
    const Contact li = byName(u"Li Wei 🚀"_s);
    // An emoji is no last name: it stays with the last word.
    QCOMPARE(li.firstName, u"Li"_s);
    QCOMPARE(li.lastName, u"Wei 🚀"_s);
    QCOMPARE(li.company, u"Quote \"Co\""_s);
}

void tst_CsvImporter::hostileStrings()
{
    const Outcome o = import(fixture(u"hostile.csv"_s));
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(o.report.contacts.created, 2);
    QVERIFY2(o.report.skipped.isEmpty(), qPrintable(reasons(o.report).join(u'\n')));
    const QList<Contact> contacts = all(*m_store);
    QCOMPARE(contacts.size(), 2);
    // Formula protection (a leading apostrophe) is taken off; the text is
    // stored as text, never evaluated.
    const Contact &a = contacts.at(0);
    QCOMPARE(a.firstName, u"=cmd|' /C calc'!A0"_s);
    QCOMPARE(a.lastName, u"O'Brien \"The Boss\""_s);
    QCOMPARE(a.position, u"+SUM(A1:A9)"_s);
    QCOMPARE(a.company, u"-2+3"_s);
    QCOMPARE(a.notes, u"line one\r\nline two, with comma\r\n\"quoted\""_s);
    QCOMPARE(a.tags, (QStringList{u"'quoted'"_s, u"rocket 🚀"_s}));
    const Contact &b = contacts.at(1);
    QCOMPARE(b.fullName(), u"Émilie Zoë 👩‍💻"_s);
    QCOMPARE(b.position, u"@SUM(1)"_s);
    QCOMPARE(b.company, u"Acme; \"Inc\""_s);
    QCOMPARE(b.notes, u"=HYPERLINK(\"http://evil.example\")"_s);
}

void tst_CsvImporter::raggedRowsAreSkippedWithLineNumbers()
{
    const Outcome o = import(fixture(u"ragged.csv"_s));
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(o.report.rowsRead, 8); // the blank line is not a row
    QCOMPARE(o.report.contacts.created, 6);
    // Rows left out are skipped; rows imported without one field are notes.
    const QStringList r = reasons(o.report);
    QCOMPARE(r.size(), 2);
    QCOMPARE(r.at(0), u"3: no first name"_s);
    QVERIFY2(r.at(1).startsWith(u"4: the row has 7 fields but the header has 6"_s),
             qPrintable(r.at(1)));
    QCOMPARE(o.report.skippedCount(), 2);
    const QStringList w = reasons(o.report.warnings);
    QCOMPARE(w.size(), 3);
    QVERIFY2(w.at(0).startsWith(u"6: column 4: \"31/02/2024\" is not a date"_s),
             qPrintable(w.at(0)));
    QVERIFY2(w.at(1).startsWith(u"7: column 5: degree \"5th\" is not 1, 2 or 3"_s),
             qPrintable(w.at(1)));
    QVERIFY2(w.at(2).startsWith(
                 u"9: column 6: \"https://www.linkedin.com/company/acme\" is not a LinkedIn"_s),
             qPrintable(w.at(2)));
    QCOMPARE(o.report.rowsRead, o.report.contacts.created + o.report.skippedCount());
    for (const ImportReport::Skip &s : o.report.skipped)
        QCOMPARE(s.file, u"ragged.csv"_s);

    QCOMPARE(byName(u"Kai Short"_s).company, QString());
    const Contact omar = byName(u"Omar Baddate"_s);
    QCOMPARE(omar.company, u"Acme"_s);
    QCOMPARE(omar.degree, 1);
    QVERIFY(!omar.connectedOn.isValid());
    const Contact pia = byName(u"Pia Baddegree"_s);
    QCOMPARE(pia.connectedOn, QDate(2024, 3, 4));
    QCOMPARE(pia.degree, 0);
    const Contact quinn = byName(u"Quinn Goodurl"_s);
    QCOMPARE(quinn.connectedOn, QDate(2024, 3, 12));
    QCOMPARE(quinn.degree, 2);
    QCOMPARE(quinn.slug, u"quinn-goodurl-example"_s);
    QCOMPARE(byName(u"Rosa Badurl"_s).profileUrl, QString());
    QCOMPARE(byName(u"Sam Trailing"_s).company, u"Acme"_s);

    const QJsonObject json = o.report.toJson();
    QCOMPARE(json.value(u"skipped_rows"_s).toArray().size(), 2);
    QCOMPARE(json.value(u"warnings"_s).toArray().size(), 3);
    QVERIFY(o.report.toText().contains(u"ragged.csv line 3: no first name"_s));
    QVERIFY(o.report.toText().contains(u"Imported without a field: 3"_s));
}

void tst_CsvImporter::policyUpdate()
{
    Contact a;
    a.firstName = u"Ann"_s;
    a.lastName = u"Archer"_s;
    a.profileUrl = u"linkedin.com/in/ann-archer-example"_s;
    a.position = u"Engineer"_s;
    a.notes = u"keep me"_s;
    const qint64 annId = add(a);
    Contact b;
    b.firstName = u"Bea"_s;
    b.lastName = u"López"_s;
    b.company = u"Acme"_s;
    const qint64 beaId = add(b);
    const QString path =
        write(u"dups.csv"_s, "first_name,last_name,company,position,profile_url,email,notes\n"
                             "Ann,Archer,Globex,Director,https://www.linkedin.com/in/"
                             "Ann-Archer-Example/,,\n"
                             "bea,lopez,ACME,,,bea@acme.example,\n"
                             "Cy,Newman,Acme,,,,\n");
    const Outcome o = import(path, Policy::Update);
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(o.report.contacts.created, 1);
    QCOMPARE(o.report.contacts.updated, 2);
    QCOMPARE(m_store->totalCount(), 3);
    const Contact ann = *m_store->get(annId);
    QCOMPARE(ann.position, u"Director"_s);
    QCOMPARE(ann.company, u"Globex"_s);
    QCOMPARE(ann.notes, u"keep me"_s); // empty in the file: kept
    const Contact bea = *m_store->get(beaId);
    QCOMPARE(bea.fullName(), u"Bea López"_s); // the same name, folded: spelling kept
    QCOMPARE(bea.email, u"bea@acme.example"_s);
}

void tst_CsvImporter::policySkip()
{
    Contact a;
    a.firstName = u"Ann"_s;
    a.lastName = u"Archer"_s;
    a.profileUrl = u"linkedin.com/in/ann-archer-example"_s;
    const qint64 annId = add(a);
    Contact b;
    b.firstName = u"Bea"_s;
    b.lastName = u"López"_s;
    b.company = u"Acme"_s;
    const qint64 beaId = add(b);
    const QByteArray before = checksum();
    const QString path = write(u"dups.csv"_s, "first_name,last_name,company,position,profile_url\n"
                                              "Ann,Archer,Globex,Director,linkedin.com/in/"
                                              "ann-archer-example\n"
                                              "Bea,Lopez,acme,Boss,\n"
                                              "Cy,Newman,Acme,,\n");
    const Outcome o = import(path, Policy::Skip);
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(o.report.contacts.created, 1);
    QCOMPARE(o.report.contacts.updated, 0);
    QCOMPARE(reasons(o.report), (QStringList{u"2: duplicate of #%1 Ann Archer"_s.arg(annId),
                                             u"3: duplicate of #%1 Bea López"_s.arg(beaId)}));
    QCOMPARE(m_store->totalCount(), 3);
    QCOMPARE(m_store->get(annId)->position, QString());
    QVERIFY(checksum() != before);
}

void tst_CsvImporter::policyCreate()
{
    Contact a;
    a.firstName = u"Ann"_s;
    a.lastName = u"Archer"_s;
    a.profileUrl = u"linkedin.com/in/ann-archer-example"_s;
    const qint64 annId = add(a);
    Contact b;
    b.firstName = u"Bea"_s;
    b.lastName = u"López"_s;
    b.company = u"Acme"_s;
    add(b);
    const QString path = write(u"dups.csv"_s, "first_name,last_name,company,profile_url\n"
                                              "Ann,Archer,Globex,linkedin.com/in/"
                                              "ann-archer-example\n"
                                              "Bea,López,Acme,\n");
    const Outcome o = import(path, Policy::Create);
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(o.report.contacts.created, 1);
    const QStringList r = reasons(o.report);
    QCOMPARE(r.size(), 1);
    QVERIFY2(r.first().startsWith(u"2: duplicate of #%1 Ann Archer: a profile URL"_s.arg(annId)),
             qPrintable(r.first()));
    QCOMPARE(m_store->findByFullName(u"Bea López"_s).size(), 2);
}

void tst_CsvImporter::sameProfileTwiceInOneFile()
{
    const QString path = write(u"twice.csv"_s, "first_name,last_name,profile_url,position\n"
                                               "Dee,Dunn,linkedin.com/in/dee-dunn-example,\n"
                                               "Dee,Dunn,linkedin.com/in/dee-dunn-example,Lead\n"
                                               "Eve,Ernst,,\n"
                                               "Eve,Ernst,,\n");
    Outcome o = import(path, Policy::Update);
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(o.report.contacts.created, 2);
    QCOMPARE(o.report.contacts.updated, 1);
    QCOMPARE(o.report.contacts.unchanged, 1);
    QCOMPARE(byName(u"Dee Dunn"_s).position, u"Lead"_s);

    o = import(path, Policy::Create);
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(o.report.contacts.created, 2); // the two Eves, not Dee again
    QCOMPARE(o.report.skipped.size(), 2);
    QCOMPARE(m_store->totalCount(), 4);
}

void tst_CsvImporter::reimportWithUpdateChangesNothing()
{
    Outcome o = import(fixture(u"google.csv"_s));
    QVERIFY2(o.ok, qPrintable(o.error));
    const QByteArray before = checksum();
    o = import(fixture(u"google.csv"_s));
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(o.report.contacts.created, 0);
    QCOMPARE(o.report.contacts.updated, 0);
    QCOMPARE(o.report.contacts.unchanged, 3);
    QCOMPARE(checksum(), before);
}

void tst_CsvImporter::brokenFileLeavesDatabaseUnchanged()
{
    Contact a;
    a.firstName = u"Ann"_s;
    a.lastName = u"Archer"_s;
    a.profileUrl = u"linkedin.com/in/p7-example"_s;
    add(a);
    const QByteArray before = checksum();
    // Enough good rows for several batches, an update of Ann, then a quote
    // that is never closed.
    QByteArray bytes = "first_name,last_name,profile_url,notes\n";
    for (int i = 0; i < 2500; ++i)
        bytes += "P" + QByteArray::number(i) + ",Person,linkedin.com/in/p" + QByteArray::number(i) +
                 "-example,fine\n";
    bytes += "Z,Broken,,\"never closed\n";
    const Outcome o = import(write(u"broken.csv"_s, bytes));
    QVERIFY(!o.ok);
    QVERIFY2(o.error.contains(u"broken.csv"_s) && o.error.contains(u"line 2502"_s),
             qPrintable(o.error));
    QCOMPARE(checksum(), before);
}

void tst_CsvImporter::cancelLeavesDatabaseUnchanged()
{
    Contact ann;
    ann.firstName = u"Ann"_s;
    ann.lastName = u"Archer"_s;
    add(ann);
    const QByteArray before = checksum();
    QByteArray bytes = "first_name,last_name\n";
    for (int i = 0; i < 2500; ++i)
        bytes += "Q" + QByteArray::number(i) + ",Person\n";
    bytes += "Ann,Archer\n";
    const QString path = write(u"big.csv"_s, bytes);
    // At once, and after a batch of contacts was already added.
    for (const int cancelAt : {1, 30}) {
        int calls = 0;
        const Outcome o =
            import(path, Policy::Update, [&](qint64, qint64) { return ++calls < cancelAt; });
        QVERIFY(!o.ok);
        QCOMPARE(calls, cancelAt);
        QVERIFY2(o.error.contains(u"cancelled"_s), qPrintable(o.error));
        QCOMPARE(checksum(), before);
    }
}

void tst_CsvImporter::progressReachesTheEnd()
{
    QByteArray bytes = "first_name\n";
    for (int i = 0; i < 300; ++i)
        bytes += "R" + QByteArray::number(i) + "\n";
    const QString path = write(u"progress.csv"_s, bytes);
    QList<qint64> done;
    qint64 total = 0;
    const Outcome o = import(path, Policy::Update, [&](qint64 d, qint64 t) {
        done << d;
        total = t;
        return true;
    });
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(total, bytes.size());
    QVERIFY(done.size() >= 2);
    QCOMPARE(done.last(), total);
    QVERIFY(std::is_sorted(done.cbegin(), done.cend()));
}

void tst_CsvImporter::refusesWithoutNameColumn()
{
    const QString path = write(u"noname.csv"_s, "Phone,Email\n123,a@example.com\n");
    const Outcome o = import(path);
    QVERIFY(!o.ok);
    QVERIFY2(o.error.contains(u"noname.csv"_s) && o.error.contains(u"first_name"_s),
             qPrintable(o.error));
    QCOMPARE(m_store->totalCount(), 0);
}

void tst_CsvImporter::missingFile()
{
    const QString path = m_dir->filePath(u"nope.csv"_s);
    CsvImporter::Preview preview;
    QString error;
    QVERIFY(!CsvImporter::preview(path, 5, &preview, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    CsvImporter importer(*m_db);
    importer.setMapping(*CsvColumnMapping::fromString(u"first_name"_s));
    ImportReport report;
    QVERIFY(!importer.run(path, &report, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!CsvImporter::preview(write(u"empty.csv"_s, {}), 5, &preview, &error));
    QVERIFY2(error.contains(u"empty"_s), qPrintable(error));
}

void tst_CsvImporter::roundTripThroughExport()
{
    const QStringList hostile{u"=cmd|' /C calc'!A0"_s, u"+1 Leader"_s,
                              u"-Minus, \"Inc\""_s,    u"@mention"_s,
                              u"'plain apostrophe"_s,  u"🚀 Rocket 👩‍💻"_s,
                              u"Ünïcödé Straße"_s,     u"semi;colon\ttab"_s};
    QList<Contact> originals;
    for (int i = 0; i < 40; ++i) {
        Contact c;
        c.firstName = i % 7 == 3 ? hostile.at(i % hostile.size()) : u"First%1"_s.arg(i);
        c.lastName = i % 5 == 0 ? QString() : hostile.at((i + 1) % hostile.size());
        if (i % 3 == 0)
            c.profileUrl = u"linkedin.com/in/round-trip-%1"_s.arg(i);
        c.position = hostile.at((i + 2) % hostile.size());
        c.company = i % 4 == 0 ? QString() : hostile.at((i + 3) % hostile.size());
        c.industry = hostile.at((i + 4) % hostile.size());
        c.location = hostile.at((i + 5) % hostile.size());
        c.email = i % 2 ? u"p%1@example.com"_s.arg(i) : QString();
        c.degree = i % 4;
        c.connectedOn = i % 3 ? QDate(2020, 1, 1).addDays(i * 37) : QDate();
        c.followsMe = i % 2 == 0;
        c.notes = i % 6 == 0 ? QString()
                             : hostile.at((i + 6) % hostile.size()) + u"\nline 2\r\n\"three\""_s;
        if (i % 2)
            c.tags = QStringList{u"=tag"_s, u"VIP"_s, u"🚀 launch"_s, u"x\"y"_s}.mid(i % 3);
        originals << c;
        add(c);
    }
    const QList<Contact> exported = all(*m_store);
    QCOMPARE(exported.size(), 40);

    ContactExporter exporter(*m_store);
    ContactExporter::Options options;
    options.columns = ContactExporter::columnKeys();
    qint64 written = 0;
    QString error;
    const QString path = m_dir->filePath(u"all.csv"_s);
    QVERIFY2(exporter.exportTo(path, options, &written, &error), qPrintable(error));
    QCOMPARE(written, 40);

    Database target;
    QVERIFY2(target.open(m_dir->filePath(u"target.sqlite"_s), &error), qPrintable(error));
    CsvImporter::Preview preview;
    QVERIFY2(CsvImporter::preview(path, 20, &preview, &error), qPrintable(error));
    CsvImporter importer(target);
    importer.setMapping(CsvColumnMapping::automatic(preview.headers, preview.rows));
    ImportReport report;
    QVERIFY2(importer.run(path, &report, &error), qPrintable(error));
    QCOMPARE(report.contacts.created, 40);
    QVERIFY2(report.skipped.isEmpty(), qPrintable(reasons(report).join(u'\n')));

    ContactStore targetStore(target);
    QList<Contact> imported = all(targetStore);
    QCOMPARE(imported.size(), 40);
    auto key = [](const Contact &c) {
        return c.fullName() + u'\x1f' + c.email + u'\x1f' + c.slug + u'\x1f' + c.notes;
    };
    QList<Contact> expected = exported;
    for (QList<Contact> *list : {&expected, &imported}) {
        for (Contact &c : *list)
            c.id = 0;
        std::sort(list->begin(), list->end(),
                  [&](const Contact &x, const Contact &y) { return key(x) < key(y); });
    }
    auto describe = [](const Contact &c) {
        return QStringList{c.firstName,
                           c.lastName,
                           c.profileUrl,
                           c.position,
                           c.company,
                           c.industry,
                           c.location,
                           c.email,
                           QString::number(c.degree),
                           c.connectedOn.toString(Qt::ISODate),
                           c.followsMe ? u"follows"_s : u"-"_s,
                           c.notes,
                           c.tags.join(u'|')}
            .join(u" / "_s);
    };
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(describe(imported.at(i)), describe(expected.at(i)));
    QCOMPARE(imported, expected);
}

// More rows than the database holds: the sort indexes are rebuilt at the end
// and the rows indexed for search then; a row repeating a profile added
// earlier in the same load updates it in place.
void tst_CsvImporter::bigFileLoadsInBulk()
{
    const auto indexes = [this] {
        return test::indexSchema(*m_db);
    };
    const QString before = indexes();
    QByteArray text = "first_name,last_name,profile_url,company\n";
    const int rows = 4500;
    for (int i = 0; i < rows; ++i)
        text += u"Renée%1,Nowak,linkedin.com/in/nowak-%1,Initech\n"_s.arg(i).toUtf8();
    text += "Renée3,Nowak,linkedin.com/in/nowak-3,Hooli\n"; // batch 1, updated in batch 3
    const Outcome o = import(write(u"big.csv"_s, text), Policy::Update);
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(o.report.contacts.created, rows);
    QCOMPARE(o.report.contacts.updated, 1);
    QCOMPARE(indexes(), before);
    QSqlQuery check(m_db->connection());
    QVERIFY2(
        check.exec(u"INSERT INTO contact_fts(contact_fts, rank) VALUES ('integrity-check', 1)"_s),
        qPrintable(check.lastError().text()));
    ContactQuery q;
    q.search = u"renee3 hooli"_s;
    QCOMPARE(m_store->count(q), 1);
    q.search = u"nowak initech"_s;
    QCOMPARE(m_store->count(q), rows - 1);
}

QTEST_GUILESS_MAIN(tst_CsvImporter)
#include "tst_csvimporter.moc"
