// Export (CSV) and import again, CsvImporter with ContactExporter and
// ContactImportWriter: into an empty database every contact and every field
// comes back exactly (hostile strings, apostrophes, semicolons in tags,
// namesakes, full-width look-alikes, control characters); into the same
// database nothing changes; a NUL is dropped on the way in and never
// written out.

#include "db/Database.h"
#include "io/ContactExporter.h"
#include "io/ContactIdentity.h"
#include "io/CsvImporter.h"
#include "store/ContactStore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace rapport;

using Policy = CsvImporter::DuplicatePolicy;

namespace {

struct Db
{
    Database db;
    std::unique_ptr<ContactStore> store;
};

// Every field a person can set, in a fixed order; not the id or timestamps.
QString fieldsOf(const Contact &c)
{
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
                       c.followsMe ? u"yes"_s : u"no"_s,
                       c.notes,
                       c.tags.join(u'\x1e')}
        .join(u'\x1f');
}

QList<Contact> everyone(ContactStore &store)
{
    ContactQuery query;
    query.sort = ContactSort::Id;
    return store.page(query, ContactCursor(), 100000);
}

QStringList fieldsOfAll(ContactStore &store)
{
    QStringList out;
    for (const Contact &c : everyone(store))
        out << fieldsOf(c);
    std::sort(out.begin(), out.end());
    return out;
}

Contact person(const QString &first, const QString &last, const QString &company = {})
{
    Contact c;
    c.firstName = first;
    c.lastName = last;
    c.company = company;
    return c;
}

} // namespace

class tst_CsvRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void tagsCellAndSplitAreInverse_data();
    void tagsCellAndSplitAreInverse();
    void emptyDatabaseGetsEveryContactExactly();
    void sameDatabaseChangesNothing();
    void importingTwiceIntoAnotherDatabaseChangesNothing();
    void namesakesWithDifferentEmailsStayTwoWithoutTheIdColumn();
    void fullWidthLookAlikeIsNotMerged();
    void deletedContactComesBackAsNewNotMergedIntoANamesake();
    void nulIsRefusedAtItsLineAndNeverExported();
    void ambiguousNamesakeOverwritesNone();

private:
    std::unique_ptr<Db> open(const QString &name);
    void fill(ContactStore &store);
    QString exportCsv(ContactStore &store, const QString &name, QStringList columns = {});
    ImportReport import(Database &db, const QString &path, Policy policy = Policy::Update);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Db> m_a;
};

void tst_CsvRoundTrip::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_a = open(u"a.sqlite"_s);
    QVERIFY(m_a);
}

void tst_CsvRoundTrip::cleanup()
{
    m_a.reset();
    m_dir.reset();
}

std::unique_ptr<Db> tst_CsvRoundTrip::open(const QString &name)
{
    auto db = std::make_unique<Db>();
    QString error;
    if (!db->db.open(m_dir->filePath(name), &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    db->store = std::make_unique<ContactStore>(db->db);
    return db;
}

void tst_CsvRoundTrip::fill(ContactStore &store)
{
    QList<Contact> people;
    // Namesakes without a profile: e-mails and notes tell them apart.
    Contact john1 = person(u"John"_s, u"Smith"_s, u"Acme"_s);
    john1.email = u"john1@example.com"_s;
    john1.notes = u"the one from sales"_s;
    Contact john2 = john1;
    john2.email = u"john2@example.com"_s;
    john2.notes = u"the one from legal"_s;
    // Namesakes with nothing but their notes.
    Contact mary1 = person(u"Mary"_s, u"Major"_s, u"Acme"_s);
    mary1.notes = u"first Mary"_s;
    Contact mary2 = mary1;
    mary2.notes = u"second Mary"_s;
    // A formula, its full-width look-alike, and apostrophes that are data.
    Contact formula = person(u"=1+1"_s, QString(), u"Acme"_s);
    formula.position = u"'=x"_s;
    formula.notes = u"'-5"_s;
    formula.industry = u"-dash"_s;
    Contact lookAlike = person(u"＝1+1"_s, QString(), u"Acme"_s);
    lookAlike.position = u"'hello"_s;
    lookAlike.notes = u"''double"_s;
    lookAlike.location = u"@home"_s;
    // Tags with the separators the import knows.
    Contact tagged = person(u"Tess"_s, u"Tagger"_s);
    tagged.tags = {u"a;b"_s, u"c:::d"_s, u"back\\slash"_s, u"semi;"_s, u"plain"_s, u"::::four"_s};
    // Hostile text in every field, control characters included.
    Contact hostile = person(u"Zoë \"Z\""_s, u"O'Hara, PhD"_s, u"+Plus; Co"_s);
    hostile.profileUrl = u"https://www.linkedin.com/in/zoe-ohara"_s;
    hostile.position = u"\u202Eevil\u202C rtl, \x1B[31mred\x1B[0m bell\x07"_s;
    hostile.industry = u"Software 👩🏽‍💻"_s;
    hostile.location = u"Dublin, Ireland"_s;
    hostile.email = u"zoe@example.com"_s;
    hostile.degree = 2;
    hostile.connectedOn = QDate(2023, 2, 1);
    hostile.followsMe = true;
    hostile.notes = u"  leading spaces\r\nCRLF\nLF\ttab \"quotes\", commas; semis  "_s;
    hostile.tags = {u"vip"_s, u"tab\there"_s};
    Contact tabbed = person(u"Tab"_s, u"Start"_s);
    tabbed.notes = u"\tstarts with a tab"_s;
    tabbed.position = u"\rcarriage"_s;
    people << john1 << john2 << mary1 << mary2 << formula << lookAlike << tagged << hostile
           << tabbed;
    QString error;
    for (Contact &c : people)
        QVERIFY2(store.add(c, &error), qPrintable(error));
}

QString tst_CsvRoundTrip::exportCsv(ContactStore &store, const QString &name, QStringList columns)
{
    ContactExporter::Options options;
    options.columns = columns;
    const QString path = m_dir->filePath(name);
    qint64 exported = 0;
    QString error;
    if (!ContactExporter(store).exportTo(path, options, &exported, &error))
        qWarning("%s", qPrintable(error));
    return path;
}

ImportReport tst_CsvRoundTrip::import(Database &db, const QString &path, Policy policy)
{
    ImportReport report;
    CsvImporter::Preview preview;
    QString error;
    if (!CsvImporter::preview(path, 20, &preview, &error)) {
        qWarning("%s", qPrintable(error));
        return report;
    }
    CsvImporter importer(db);
    importer.setMapping(CsvColumnMapping::automatic(preview.headers, preview.rows));
    importer.setDuplicatePolicy(policy);
    if (!importer.run(path, &report, &error))
        qWarning("%s", qPrintable(error));
    return report;
}

void tst_CsvRoundTrip::tagsCellAndSplitAreInverse_data()
{
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain") << QStringList{u"a"_s, u"b"_s} << u"a, b"_s;
    QTest::newRow("semicolon") << QStringList{u"a;b"_s} << u"a\\;b"_s;
    QTest::newRow("google separator") << QStringList{u"c:::d"_s} << u"c\\:::d"_s;
    QTest::newRow("four colons") << QStringList{u"x::::y"_s} << u"x\\:\\:::y"_s;
    QTest::newRow("two colons") << QStringList{u"x::y"_s} << u"x::y"_s;
    QTest::newRow("backslash") << QStringList{u"a\\b"_s} << u"a\\\\b"_s;
}

void tst_CsvRoundTrip::tagsCellAndSplitAreInverse()
{
    QFETCH(QStringList, tags);
    QFETCH(QString, cell);
    QCOMPARE(ContactExporter::tagsCell(tags), cell);
    QCOMPARE(CsvImporter::splitTags(cell), tags);
}

void tst_CsvRoundTrip::emptyDatabaseGetsEveryContactExactly()
{
    fill(*m_a->store);
    const QString path = exportCsv(*m_a->store, u"all.csv"_s);
    auto b = open(u"b.sqlite"_s);
    QVERIFY(b);
    const ImportReport report = import(b->db, path);
    QCOMPARE(report.skipped.size(), 0);
    QCOMPARE(report.warnings.size(), 0);
    QCOMPARE(report.contacts.created, 9);
    QCOMPARE(fieldsOfAll(*b->store), fieldsOfAll(*m_a->store));
    // Spot checks of what used to go wrong.
    const QStringList fields = fieldsOfAll(*b->store);
    QVERIFY(fields.join(u'\n').contains(u"'=x"_s));
    QVERIFY(fields.join(u'\n').contains(u"'-5"_s));
    QCOMPARE(b->store->findByFullName(u"John Smith"_s).size(), 2);
    QCOMPARE(b->store->findByFullName(u"Mary Major"_s).size(), 2);
    QCOMPARE(b->store->findByFullName(u"＝1+1"_s).size(), 1);
}

void tst_CsvRoundTrip::sameDatabaseChangesNothing()
{
    fill(*m_a->store);
    const QList<Contact> before = everyone(*m_a->store);
    const QString path = exportCsv(*m_a->store, u"all.csv"_s);
    for (const Policy policy : {Policy::Update, Policy::Skip}) {
        const ImportReport report = import(m_a->db, path, policy);
        QCOMPARE(report.contacts.created, 0);
        QCOMPARE(report.contacts.updated, 0);
        if (policy == Policy::Update)
            QCOMPARE(report.contacts.unchanged, 9);
        else
            QCOMPARE(report.skipped.size(), 9);
    }
    const QList<Contact> after = everyone(*m_a->store);
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        QCOMPARE(after.at(i), before.at(i));
        QCOMPARE(after.at(i).updatedAt, before.at(i).updatedAt);
    }
}

void tst_CsvRoundTrip::importingTwiceIntoAnotherDatabaseChangesNothing()
{
    fill(*m_a->store);
    const QString path = exportCsv(*m_a->store, u"all.csv"_s);
    auto b = open(u"b.sqlite"_s);
    QVERIFY(b);
    QCOMPARE(import(b->db, path).contacts.created, 9);
    // The IDs are the other database's: matched by profile and name, with
    // e-mails and the file's own IDs keeping namesakes apart.
    const ImportReport again = import(b->db, path);
    QCOMPARE(again.contacts.created, 0);
    QCOMPARE(again.contacts.updated, 0);
    QCOMPARE(again.contacts.unchanged, 9);
    QCOMPARE(fieldsOfAll(*b->store), fieldsOfAll(*m_a->store));
}

void tst_CsvRoundTrip::namesakesWithDifferentEmailsStayTwoWithoutTheIdColumn()
{
    fill(*m_a->store);
    QStringList columns = ContactExporter::defaultColumns();
    columns.removeAll(u"rapport_id"_s);
    const QString path = exportCsv(*m_a->store, u"noid.csv"_s, columns);
    auto b = open(u"b.sqlite"_s);
    QVERIFY(b);
    import(b->db, path);
    const QList<qint64> johns = b->store->findByFullName(u"John Smith"_s);
    QCOMPARE(johns.size(), 2);
    QStringList emails{b->store->get(johns.at(0))->email, b->store->get(johns.at(1))->email};
    emails.sort();
    QCOMPARE(emails, (QStringList{u"john1@example.com"_s, u"john2@example.com"_s}));
}

void tst_CsvRoundTrip::fullWidthLookAlikeIsNotMerged()
{
    Contact plain = person(u"=1+1"_s, QString(), u"Acme"_s);
    plain.notes = u"the ASCII one"_s;
    QString error;
    QVERIFY2(m_a->store->add(plain, &error), qPrintable(error));
    // Somebody else's file, no IDs: only the look-alike name.
    QFile file(m_dir->filePath(u"other.csv"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("First name,Company,Notes\r\n\xEF\xBC\x9D"
               "1+1,Acme,the full-width one\r\n");
    file.close();
    const ImportReport report = import(m_a->db, file.fileName());
    QCOMPARE(report.contacts.created, 1);
    QCOMPARE(report.contacts.updated, 0);
    QCOMPARE(m_a->store->get(plain.id)->notes, u"the ASCII one"_s);
    QCOMPARE(m_a->store->totalCount(), 2);
}

void tst_CsvRoundTrip::deletedContactComesBackAsNewNotMergedIntoANamesake()
{
    fill(*m_a->store);
    const QString path = exportCsv(*m_a->store, u"all.csv"_s);
    const QList<qint64> marys = m_a->store->findByFullName(u"Mary Major"_s);
    QCOMPARE(marys.size(), 2);
    QString error;
    QVERIFY2(m_a->store->remove(marys.at(1), &error), qPrintable(error));
    const ImportReport report = import(m_a->db, path);
    QCOMPARE(report.contacts.created, 1);
    QCOMPARE(report.contacts.updated, 0);
    QCOMPARE(m_a->store->get(marys.at(0))->notes, u"first Mary"_s);
    const QList<qint64> now = m_a->store->findByFullName(u"Mary Major"_s);
    QCOMPARE(now.size(), 2);
    QCOMPARE(m_a->store->get(now.at(1))->notes, u"second Mary"_s);
}

void tst_CsvRoundTrip::nulIsRefusedAtItsLineAndNeverExported()
{
    // A UTF-16 file (as Excel saves "Unicode Text") carrying a NUL on its
    // second line: refused with that line, nothing imported.
    const QString text = u"First name\tLast name\tNotes\r\nAnna\tLee\tbefore\u0000after\r\n"_s;
    QByteArray bytes("\xFF\xFE");
    bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QFile file(m_dir->filePath(u"utf16.csv"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    CsvImporter importer(m_a->db);
    ImportReport report;
    QString error;
    QVERIFY(!importer.run(file.fileName(), &report, &error));
    QVERIFY2(error.contains(u"Line 2"_s), qPrintable(error));
    QCOMPARE(everyone(*m_a->store).size(), 0);

    // A NUL stored by an earlier Rapport never reaches the export, which
    // imports again as the same contact.
    Contact legacy;
    legacy.firstName = u"Anna"_s;
    legacy.lastName = u"Lee"_s;
    QVERIFY2(m_a->store->add(legacy, &error), qPrintable(error));
    QSqlQuery q(m_a->db.connection());
    QVERIFY(q.exec(u"UPDATE contact SET notes = 'before' || char(0) || 'after'"_s));
    const QString path = exportCsv(*m_a->store, u"back.csv"_s);
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(!written.readAll().contains('\0'));
    auto b = open(u"b.sqlite"_s);
    QVERIFY(b);
    QCOMPARE(import(b->db, path).contacts.created, 1);
    QCOMPARE(everyone(*b->store).value(0).notes, u"beforeafter"_s);
}

void tst_CsvRoundTrip::ambiguousNamesakeOverwritesNone()
{
    // Two John Smiths at Acme told apart by e-mail; a row with neither
    // e-mail nor profile fits both: neither note is overwritten.
    QString error;
    for (const QString &mail : {u"john.a@acme.example"_s, u"john.b@acme.example"_s}) {
        Contact c;
        c.firstName = u"John"_s;
        c.lastName = u"Smith"_s;
        c.company = u"Acme"_s;
        c.email = mail;
        c.notes = mail;
        QVERIFY2(m_a->store->add(c, &error), qPrintable(error));
    }
    QFile file(m_dir->filePath(u"john.csv"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("First name,Last name,Company,Notes\nJohn,Smith,Acme,met at the fair\n");
    file.close();
    const ImportReport report = import(m_a->db, file.fileName());
    QCOMPARE(report.contacts.updated, 0);
    QCOMPARE(report.contacts.created, 1);
    QCOMPARE(report.warningCount(), qint64(1));
    QVERIFY2(report.warnings.first().reason.contains(u"fits several contacts"_s),
             qPrintable(report.warnings.first().reason));
    QStringList notes;
    for (const Contact &c : everyone(*m_a->store))
        notes << c.notes;
    notes.sort();
    QCOMPARE(notes, (QStringList{u"john.a@acme.example"_s, u"john.b@acme.example"_s,
                                 u"met at the fair"_s}));
}

QTEST_GUILESS_MAIN(tst_CsvRoundTrip)
#include "tst_csvroundtrip.moc"
