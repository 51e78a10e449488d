// VCardImporter: what each address book's file becomes (names, company,
// title, preferred e-mail, LinkedIn URL, location, notes, tags), the
// duplicate policies and report of a CSV import, all or nothing, and a
// vCard export imported again: exact into an empty database, no change in
// the same one.

#include "db/Database.h"
#include "io/ContactExporter.h"
#include "io/VCardImporter.h"
#include "store/ContactStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace rapport;

using Policy = VCardImporter::DuplicatePolicy;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(RAPPORT_FIXTURES) + u"/vcard/"_s + name;
}

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

} // namespace

class tst_VCardImporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void outlook21();
    void android21();
    void gmail30();
    void iphone30();
    void thunderbirdAndEvolution();
    void vobject30();
    void reimportChangesNothing();
    void policies();
    void damagedFileChangesNothing();
    void notAVCard();
    void exportRoundTrip();

private:
    bool import(const QString &path, ImportReport *report, QString *error,
                Policy policy = Policy::Update, Database *db = nullptr);
    Contact only(const QString &fullName);
    QStringList fieldsOfAll(ContactStore &store);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ContactStore> m_store;
};

void tst_VCardImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(u"v.sqlite"_s), &error), qPrintable(error));
    m_store = std::make_unique<ContactStore>(*m_db);
}

void tst_VCardImporter::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

bool tst_VCardImporter::import(const QString &path, ImportReport *report, QString *error,
                               Policy policy, Database *db)
{
    VCardImporter importer(db ? *db : *m_db);
    importer.setDuplicatePolicy(policy);
    return importer.run(path, report, error);
}

Contact tst_VCardImporter::only(const QString &fullName)
{
    const QList<qint64> ids = m_store->findByFullName(fullName);
    if (ids.size() != 1) {
        qWarning("%lld contacts called %s", qint64(ids.size()), qPrintable(fullName));
        return {};
    }
    return *m_store->get(ids.first());
}

QStringList tst_VCardImporter::fieldsOfAll(ContactStore &store)
{
    ContactQuery query;
    query.sort = ContactSort::Id;
    QStringList out;
    for (const Contact &c : store.page(query, ContactCursor(), 100000))
        out << fieldsOf(c);
    std::sort(out.begin(), out.end());
    return out;
}

void tst_VCardImporter::outlook21()
{
    ImportReport report;
    QString error;
    QVERIFY2(import(fixture(u"outlook-2.1.vcf"_s), &report, &error), qPrintable(error));
    QCOMPARE(report.rowsRead, 3);
    QCOMPARE(report.contacts.created, 2);
    QCOMPARE(report.skipped.size(), 1);
    QCOMPARE(report.skipped.at(0).line, 51);
    QVERIFY(report.skipped.at(0).reason.contains(u"no name"_s));
    QCOMPARE(report.files, QStringList{u"outlook-2.1.vcf"_s});

    const Contact j = only(u"Jürgen Müller"_s);
    QCOMPARE(j.company, u"Beispiel GmbH"_s);
    QCOMPARE(j.position, u"Leiter Vertrieb"_s);
    QCOMPARE(j.email, u"juergen.mueller@example.de"_s); // the PREF one
    QCOMPARE(j.profileUrl, u"https://www.linkedin.com/in/juergen-mueller-example"_s);
    QCOMPARE(j.location, u"Köln, NRW, Deutschland"_s);
    QCOMPARE(j.notes, u"Getroffen auf der Messe in Köln.\r\nTrinkt gern \"guten\" Kaffee."_s);
    const Contact s = only(u"Søren Østergård"_s);
    QCOMPARE(s.tags, (QStringList{u"Kunden;VIP"_s}));
}

void tst_VCardImporter::android21()
{
    ImportReport report;
    QString error;
    QVERIFY2(import(fixture(u"android-2.1.vcf"_s), &report, &error), qPrintable(error));
    const Contact e = only(u"Élodie Dupont"_s);
    QCOMPARE(e.firstName, u"Élodie"_s);
    QCOMPARE(e.email, u"elodie@example.fr"_s);
    QCOMPARE(e.position, u"Ingénieure"_s);
    QCOMPARE(e.notes, u"Première ligne\nDeuxième ligne"_s);
}

void tst_VCardImporter::gmail30()
{
    ImportReport report;
    QString error;
    QVERIFY2(import(fixture(u"gmail-3.0.vcf"_s), &report, &error), qPrintable(error));
    QCOMPARE(report.contacts.created, 2);
    const Contact g = only(u"Grace Hopper"_s);
    QCOMPARE(g.profileUrl, u"https://www.linkedin.com/in/grace-hopper-example"_s);
    QCOMPARE(g.email, u"grace.home@example.com"_s); // none preferred: the first
    QCOMPARE(g.location, u"Arlington, VA, United States"_s);
    QCOMPARE(g.notes, u"Compiler pioneer, loves COBOL.\nSecond line."_s);
    // Gmail's own "myContacts" is not a tag; tags cannot hold commas.
    QCOMPARE(g.tags, (QStringList{u"Mentors"_s, u"Science"_s, u"Tech"_s}));
    QVERIFY(only(u"Katherine Johnson"_s).tags.isEmpty());
}

void tst_VCardImporter::iphone30()
{
    ImportReport report;
    QString error;
    QVERIFY2(import(fixture(u"iphone-3.0.vcf"_s), &report, &error), qPrintable(error));
    const Contact a = only(u"Ada Lovelace"_s);
    QCOMPARE(a.company, u"Analytical Engines Ltd"_s);
    QCOMPARE(a.email, u"ada@example.org"_s);
    QCOMPARE(a.profileUrl, u"https://www.linkedin.com/in/ada-lovelace-example"_s);
    QCOMPARE(a.location, u"London, United Kingdom"_s);
    QVERIFY(a.notes.contains(u"more than one line so that"_s));
}

void tst_VCardImporter::thunderbirdAndEvolution()
{
    ImportReport report;
    QString error;
    QVERIFY2(import(fixture(u"thunderbird-evolution.vcf"_s), &report, &error), qPrintable(error));
    QCOMPARE(report.contacts.created, 2);
    const Contact t = only(u"Alan Turing"_s);
    QCOMPARE(t.email, u"alan@example.ac.uk"_s); // PREF=1
    QCOMPARE(t.tags, QStringList{u"Friends"_s});
    QCOMPARE(t.profileUrl, u"https://www.linkedin.com/in/alan-turing-example"_s);
    const Contact h = only(u"Hedy Lamarr"_s);
    QCOMPARE(h.company, u"Example Films"_s);
    QCOMPARE(h.location, u"Vienna, Austria"_s);
    QCOMPARE(h.tags, (QStringList{u"Film"_s, u"Inventors"_s}));
}

void tst_VCardImporter::vobject30()
{
    ImportReport report;
    QString error;
    QVERIFY2(import(fixture(u"vobject.vcf"_s), &report, &error), qPrintable(error));
    QCOMPARE(report.contacts.created, 2);
    const Contact e = only(u"Émile Zola-Éxample"_s);
    QCOMPARE(e.company, u"Presse, Lettres & Cie"_s);
    QCOMPARE(e.position, u"Rédacteur; en chef"_s);
    QCOMPARE(e.notes,
             u"Ligne un, avec virgule; point-virgule\\ et barre.\nLigne deux: « guillemets »."_s);
    QCOMPARE(e.tags, (QStringList{u"Presse; revue"_s, u"Écrivains"_s}));
    QCOMPARE(e.location, u"Paris, France"_s);
    QCOMPARE(e.profileUrl, u"https://www.linkedin.com/in/emile-zola-example"_s);
    QCOMPARE(only(u"李 小龙"_s).notes, QString(60, u'一'));
}

void tst_VCardImporter::reimportChangesNothing()
{
    ImportReport report;
    QString error;
    for (const QString &name : {u"outlook-2.1.vcf"_s, u"gmail-3.0.vcf"_s, u"iphone-3.0.vcf"_s,
                                u"thunderbird-evolution.vcf"_s, u"vobject.vcf"_s})
        QVERIFY2(import(fixture(name), &report, &error), qPrintable(error));
    const QStringList before = fieldsOfAll(*m_store);
    for (const QString &name : {u"outlook-2.1.vcf"_s, u"gmail-3.0.vcf"_s, u"iphone-3.0.vcf"_s,
                                u"thunderbird-evolution.vcf"_s, u"vobject.vcf"_s}) {
        QVERIFY2(import(fixture(name), &report, &error), qPrintable(error));
        QCOMPARE(report.contacts.created, 0);
        QCOMPARE(report.contacts.updated, 0);
    }
    QCOMPARE(fieldsOfAll(*m_store), before);
}

void tst_VCardImporter::policies()
{
    Contact grace;
    grace.firstName = u"Grace"_s;
    grace.lastName = u"Hopper"_s;
    grace.notes = u"mine"_s;
    grace.profileUrl = u"https://www.linkedin.com/in/grace-hopper-example"_s;
    QString error;
    QVERIFY2(m_store->add(grace, &error), qPrintable(error));
    ImportReport report;
    QVERIFY2(import(fixture(u"gmail-3.0.vcf"_s), &report, &error, Policy::Skip), qPrintable(error));
    QCOMPARE(report.skipped.size(), 1);
    QVERIFY(report.skipped.at(0).reason.startsWith(u"duplicate of #%1"_s.arg(grace.id)));
    QCOMPARE(m_store->get(grace.id)->notes, u"mine"_s);
    QVERIFY2(import(fixture(u"gmail-3.0.vcf"_s), &report, &error, Policy::Create),
             qPrintable(error));
    QCOMPARE(report.skipped.size(), 1); // a profile belongs to one contact only
    QVERIFY2(import(fixture(u"gmail-3.0.vcf"_s), &report, &error, Policy::Update),
             qPrintable(error));
    QCOMPARE(report.contacts.updated, 1);
    QCOMPARE(m_store->get(grace.id)->notes, u"Compiler pioneer, loves COBOL.\nSecond line."_s);
}

void tst_VCardImporter::damagedFileChangesNothing()
{
    QFile::copy(fixture(u"gmail-3.0.vcf"_s), m_dir->filePath(u"cut.vcf"_s));
    QFile cut(m_dir->filePath(u"cut.vcf"_s));
    QVERIFY(cut.open(QIODevice::ReadWrite));
    cut.resize(cut.size() - 12); // the last END:VCARD is gone
    cut.close();
    ImportReport report;
    QString error;
    QVERIFY(!import(cut.fileName(), &report, &error));
    QVERIFY2(error.startsWith(u"cut.vcf, line 18: "_s), qPrintable(error));
    QVERIFY2(error.endsWith(u"Nothing was imported."_s), qPrintable(error));
    QCOMPARE(m_store->totalCount(), 0);
}

void tst_VCardImporter::notAVCard()
{
    QFile file(m_dir->filePath(u"notes.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Just some text\nwith lines: and colons\n");
    file.close();
    ImportReport report;
    QString error;
    QVERIFY(!import(file.fileName(), &report, &error));
    QVERIFY2(error.contains(u"no contact card"_s), qPrintable(error));
    QVERIFY(!import(m_dir->filePath(u"missing.vcf"_s), &report, &error));
    QVERIFY2(error.contains(u"missing.vcf"_s), qPrintable(error));
}

void tst_VCardImporter::exportRoundTrip()
{
    QList<Contact> people;
    Contact a;
    a.firstName = u"John"_s;
    a.lastName = u"Smith"_s;
    a.company = u"Acme; Sons, Ltd \\ Co"_s;
    a.email = u"john1@example.com"_s;
    a.notes = u"first\nJohn, with; separators \\ and \"quotes\"  "_s;
    a.tags = {u"a;b"_s, u"c:::d"_s};
    a.industry = u"Software"_s;
    a.degree = 1;
    a.connectedOn = QDate(2020, 5, 6);
    a.followsMe = true;
    a.location = u"Madrid, Community of Madrid, Spain"_s;
    a.position = u"'=x"_s;
    Contact b = a;
    b.email = u"john2@example.com"_s;
    b.notes = u"second John"_s;
    Contact c;
    c.firstName = u"＝1+1"_s;
    c.profileUrl = u"https://www.linkedin.com/in/full-width"_s;
    c.position = u"\x1B[31mred\x1B[0m"_s;
    Contact d;
    d.firstName = u"=1+1"_s;
    people << a << b << c << d;
    QString error;
    for (Contact &p : people)
        QVERIFY2(m_store->add(p, &error), qPrintable(error));
    ContactExporter::Options options;
    options.format = ContactExporter::Format::VCard;
    const QString path = m_dir->filePath(u"all.vcf"_s);
    qint64 exported = 0;
    QVERIFY2(ContactExporter(*m_store).exportTo(path, options, &exported, &error),
             qPrintable(error));

    Database other;
    QVERIFY2(other.open(m_dir->filePath(u"other.sqlite"_s), &error), qPrintable(error));
    ContactStore otherStore(other);
    ImportReport report;
    QVERIFY2(import(path, &report, &error, Policy::Update, &other), qPrintable(error));
    QCOMPARE(report.contacts.created, 4);
    QCOMPARE(fieldsOfAll(otherStore), fieldsOfAll(*m_store));

    QVERIFY2(import(path, &report, &error), qPrintable(error));
    QCOMPARE(report.contacts.unchanged, 4);
    QCOMPARE(m_store->totalCount(), 4);
    QVERIFY2(import(path, &report, &error, Policy::Update, &other), qPrintable(error));
    QCOMPARE(report.contacts.unchanged, 4);
}

QTEST_GUILESS_MAIN(tst_VCardImporter)
#include "tst_vcardimporter.moc"
