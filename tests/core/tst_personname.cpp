// PersonName: one rule for splitting a full name into first and last name,
// and every path that has only a full name (LinkedIn invitations, a CSV
// name column, a vCard FN, Quick Capture, NameKey) splitting by it.

#include "capture/QuickCapture.h"
#include "db/Database.h"
#include "domain/ContactQuery.h"
#include "domain/NameKey.h"
#include "domain/PersonName.h"
#include "io/CsvColumnMapping.h"
#include "io/CsvImporter.h"
#include "io/ImportReport.h"
#include "io/LinkedInArchive.h"
#include "io/LinkedInImporter.h"
#include "io/VCardImporter.h"
#include "store/ContactStore.h"
#include "store/ContentStore.h"
#include "store/EngagementStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace rapport {

// How a failed comparison shows a name.
char *toString(const PersonName &name)
{
    return QTest::toString(u"\""_s + name.first + u"\" / \""_s + name.last + u'"');
}

} // namespace rapport

namespace {

void names()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::newRow("two words") << u"Jane Doe"_s << u"Jane"_s << u"Doe"_s;
    QTest::newRow("extra spaces") << u"  Jane \t  Doe  "_s << u"Jane"_s << u"Doe"_s;
    QTest::newRow("single name") << u"Madonna"_s << u"Madonna"_s << QString();
    QTest::newRow("middle name") << u"Maria Luisa Gomez"_s << u"Maria Luisa"_s << u"Gomez"_s;
    QTest::newRow("van der") << u"Anna van der Berg"_s << u"Anna"_s << u"van der Berg"_s;
    QTest::newRow("van") << u"Ludwig van Beethoven"_s << u"Ludwig"_s << u"van Beethoven"_s;
    QTest::newRow("particle capitalised") << u"Pieter Van Dijk"_s << u"Pieter"_s << u"Van Dijk"_s;
    QTest::newRow("first word stays first") << u"Van Morrison"_s << u"Van"_s << u"Morrison"_s;
    QTest::newRow("middle name and particle")
        << u"Anna Maria von Trapp"_s << u"Anna Maria"_s << u"von Trapp"_s;
    QTest::newRow("hyphen and apostrophe")
        << u"Mary-Jane O'Neil"_s << u"Mary-Jane"_s << u"O'Neil"_s;
    QTest::newRow("accents") << u"José García"_s << u"José"_s << u"García"_s;
    QTest::newRow("honorific") << u"Dr. Jane Doe"_s << u"Dr. Jane"_s << u"Doe"_s;
    QTest::newRow("suffix") << u"Jane Doe Jr."_s << u"Jane"_s << u"Doe Jr."_s;
    QTest::newRow("credentials after a comma") << u"Jane Doe, PhD"_s << u"Jane"_s << u"Doe, PhD"_s;
    QTest::newRow("capitals after a comma")
        << u"Jean Dupont, CFA"_s << u"Jean"_s << u"Dupont, CFA"_s;
    QTest::newRow("last, first") << u"Berg, Anna"_s << u"Anna"_s << u"Berg"_s;
    QTest::newRow("last with particles, first")
        << u"van der Berg, Anna Maria"_s << u"Anna Maria"_s << u"van der Berg"_s;
    QTest::newRow("last, first in capitals") << u"DUPONT, JEAN"_s << u"JEAN"_s << u"DUPONT"_s;
    QTest::newRow("last, first, credentials") << u"Doe, Jane, MBA"_s << u"Jane"_s << u"Doe, MBA"_s;
    QTest::newRow("emoji before") << u"🚀 Jane Doe"_s << u"🚀 Jane"_s << u"Doe"_s;
    QTest::newRow("emoji after") << u"Li Wei 🚀"_s << u"Li"_s << u"Wei 🚀"_s;
    QTest::newRow("name, then a word")
        << u"Jane Doe, Marketing"_s << u"Jane"_s << u"Doe, Marketing"_s;
    QTest::newRow("name, then unknown capitals")
        << u"Jane Doe, CSM"_s << u"Jane"_s << u"Doe, CSM"_s;
    QTest::newRow("honorific, one name") << u"Dr. Who"_s << u"Dr. Who"_s << QString();
    QTest::newRow("one name, then an emoji") << u"Cher 🎤"_s << u"Cher"_s << u"🎤"_s;
    QTest::newRow("pronouns") << u"Jane Doe (she/her)"_s << u"Jane"_s << u"Doe (she/her)"_s;
    QTest::newRow("nickname in brackets") << u"Jane (Janie) Doe"_s << u"Jane (Janie)"_s << u"Doe"_s;
    QTest::newRow("one name, pronouns") << u"Priya (she/her)"_s << u"Priya"_s << u"(she/her)"_s;
    QTest::newRow("credential in capitals") << u"John Smith CFA"_s << u"John"_s << u"Smith CFA"_s;
    QTest::newRow("degree in mixed case") << u"Jane Doe MSc"_s << u"Jane"_s << u"Doe MSc"_s;
    QTest::newRow("degree with dots") << u"Jane Doe M.Sc."_s << u"Jane"_s << u"Doe M.Sc."_s;
    QTest::newRow("degree in lower case") << u"Jane Doe msc"_s << u"Jane"_s << u"Doe msc"_s;
    QTest::newRow("two credentials") << u"Jane Doe ACCA CIPD"_s << u"Jane"_s << u"Doe ACCA CIPD"_s;
    QTest::newRow("coaching credential") << u"Ana Lima PCC"_s << u"Ana"_s << u"Lima PCC"_s;
    QTest::newRow("credentials after commas")
        << u"Jane Doe, MSc, CIPD"_s << u"Jane"_s << u"Doe, MSc, CIPD"_s;
    QTest::newRow("unknown capitals") << u"Jane Doe CDMP"_s << u"Jane"_s << u"Doe CDMP"_s;
    QTest::newRow("bar") << u"Jane Doe | Coach"_s << u"Jane"_s << u"Doe | Coach"_s;
    QTest::newRow("bar without spaces") << u"Jane Doe|Coach"_s << u"Jane"_s << u"Doe|Coach"_s;
    QTest::newRow("hyphen") << u"Jane Doe - Marketing Coach"_s << u"Jane"_s
                            << u"Doe - Marketing Coach"_s;
    QTest::newRow("en dash") << u"Jane Doe – Coach"_s << u"Jane"_s << u"Doe – Coach"_s;
    QTest::newRow("em dash") << u"Jane Doe — Coach"_s << u"Jane"_s << u"Doe — Coach"_s;
    QTest::newRow("middle dot") << u"Jane Doe · Coach"_s << u"Jane"_s << u"Doe · Coach"_s;
    QTest::newRow("pronouns and headline")
        << u"Jane Doe (she/her) | Coach"_s << u"Jane"_s << u"Doe (she/her) | Coach"_s;
    QTest::newRow("credentials then pronouns")
        << u"Jane Doe, PhD (she/her)"_s << u"Jane"_s << u"Doe, PhD (she/her)"_s;
    QTest::newRow("one name, headline")
        << u"Priya | Talent Partner"_s << u"Priya"_s << u"| Talent Partner"_s;
    QTest::newRow("hyphenated last name") << u"Jane Smith-Jones"_s << u"Jane"_s << u"Smith-Jones"_s;
    QTest::newRow("name in capitals") << u"JANE DOE"_s << u"JANE"_s << u"DOE"_s;
    QTest::newRow("last name in capitals") << u"Jean DUPONT"_s << u"Jean"_s << u"DUPONT"_s;
    QTest::newRow("last name in capitals, credential")
        << u"Jean DUPONT CFA"_s << u"Jean"_s << u"DUPONT CFA"_s;
    QTest::newRow("last name Ma") << u"Jack Ma"_s << u"Jack"_s << u"Ma"_s;
    QTest::newRow("last name Ba") << u"Amadou Ba"_s << u"Amadou"_s << u"Ba"_s;
    QTest::newRow("middle name, last name Ma") << u"Li Na Ma"_s << u"Li Na"_s << u"Ma"_s;
    QTest::newRow("two-word last name, first")
        << u"García Márquez, Gabriel"_s << u"Gabriel"_s << u"García Márquez"_s;
    QTest::newRow("two-word last name, first (2)")
        << u"Silva Santos, Ana"_s << u"Ana"_s << u"Silva Santos"_s;
    QTest::newRow("particles and two words, first")
        << u"de la Cruz Pérez, Juan"_s << u"Juan"_s << u"de la Cruz Pérez"_s;
    QTest::newRow("last, two first names") << u"Doe, Jane Marie"_s << u"Jane Marie"_s << u"Doe"_s;
    QTest::newRow("one name, then a job")
        << u"Priya, Talent Partner"_s << u"Priya"_s << u", Talent Partner"_s;
    QTest::newRow("name, then a job")
        << u"Jane Doe, Head of Growth"_s << u"Jane"_s << u"Doe, Head of Growth"_s;
    QTest::newRow("last, first | headline")
        << u"Doe, Jane | Coach"_s << u"Jane"_s << u"Doe | Coach"_s;
    QTest::newRow("last, first in lower case") << u"berg, anna"_s << u"anna"_s << u"berg"_s;
    QTest::newRow("lower case, then a word")
        << u"jane doe, marketing"_s << u"jane"_s << u"doe, marketing"_s;
    QTest::newRow("capitals, then a job")
        << u"JANE DOE, MARKETING"_s << u"JANE"_s << u"DOE, MARKETING"_s;
    QTest::newRow("last, first, a word") << u"Doe, Jane, Sales"_s << u"Jane"_s << u"Doe, Sales"_s;
    QTest::newRow("name, two words")
        << u"Jane Doe, Marketing, Sales"_s << u"Jane"_s << u"Doe, Marketing, Sales"_s;
    QTest::newRow("one name, two words")
        << u"Priya, Talent Partner, Acme"_s << u"Priya"_s << u", Talent Partner, Acme"_s;
}

// A file in `dir` with `bytes`; its path.
QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning("could not write %s", qPrintable(path));
    return path;
}

QByteArray csvQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'"', u"\"\""_s);
    return (u'"' + quoted + u'"').toUtf8();
}

} // namespace

class tst_PersonName : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

    // The one contact in a fresh database after `import` ran on it.
    PersonName stored(const std::function<bool(Database &, QString *)> &import)
    {
        m_db = std::make_unique<Database>();
        QString error;
        const QString path = m_dir->filePath(u"p%1.sqlite"_s.arg(m_run++));
        if (!m_db->open(path, &error) || !import(*m_db, &error)) {
            qWarning("%s", qPrintable(error));
            return {u"(failed)"_s, error};
        }
        QList<Contact> all;
        ContactStore(*m_db).forEach(ContactQuery(), [&all](const Contact &c) {
            all << c;
            return true;
        });
        if (all.size() != 1) {
            qWarning("%lld contacts", qint64(all.size()));
            return {u"(not one contact)"_s, QString()};
        }
        return {all.first().firstName, all.first().lastName};
    }
    int m_run = 0;

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void split_data() { names(); }
    void split()
    {
        QFETCH(QString, name);
        QFETCH(QString, first);
        QFETCH(QString, last);
        const PersonName split = PersonName::split(name);
        QCOMPARE(split.first, first);
        QCOMPARE(split.last, last);
    }

    void headlineStart_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("start");
        QTest::newRow("none") << u"Jane Doe"_s << -1;
        QTest::newRow("bar") << u"Jane Doe | Coach"_s << 8;
        QTest::newRow("bar without spaces") << u"Jane Doe|Coach"_s << 8;
        QTest::newRow("hyphen") << u"Jane Doe - Coach"_s << 8;
        QTest::newRow("hyphen in a name") << u"Mary-Jane Doe"_s << -1;
        QTest::newRow("first of two") << u"Jane Doe – Coach | Speaker"_s << 8;
        QTest::newRow("inside brackets") << u"Jane Doe (Coach | Speaker)"_s << -1;
        QTest::newRow("before any letter") << u"| Jane Doe"_s << -1;
    }
    void headlineStart()
    {
        QFETCH(QString, text);
        QFETCH(int, start);
        QCOMPARE(PersonName::headlineStart(text), qsizetype(start));
    }

    void suffixes_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("suffix");
        QTest::newRow("PhD") << u"PhD"_s << true;
        QTest::newRow("MSc") << u"MSc"_s << true;
        QTest::newRow("msc") << u"msc"_s << true;
        QTest::newRow("M.Sc.") << u"M.Sc."_s << true;
        QTest::newRow("CIPD,") << u"CIPD,"_s << true;
        QTest::newRow("MA") << u"MA"_s << true;
        QTest::newRow("M.A.") << u"M.A."_s << true;
        QTest::newRow("Ma is a name") << u"Ma"_s << false;
        QTest::newRow("Ba is a name") << u"Ba"_s << false;
        QTest::newRow("Doe") << u"Doe"_s << false;
    }
    void suffixes()
    {
        QFETCH(QString, word);
        QFETCH(bool, suffix);
        QCOMPARE(PersonName::isSuffix(word), suffix);
    }

    void emptyAndBlank()
    {
        QCOMPARE(PersonName::split(QString()), PersonName());
        QCOMPARE(PersonName::split(u"   "_s), PersonName());
        QCOMPARE(PersonName::split(u"🚀"_s), (PersonName{u"🚀"_s, QString()}));
    }

    void invertedNameFindsTheSamePerson()
    {
        // Two invitations to "Berg, Anna" in an export without profile URLs:
        // the second finds the contact the first made, stored as Anna Berg.
        QList<Contact> all;
        stored([&](Database &db, QString *error) {
            QDir(m_dir->path()).mkpath(u"old"_s);
            write(*m_dir, u"old/Invitations.csv"_s,
                  "From,To,Sent At,Message,Direction\n"
                  "Olivia Owner,\"Berg, Anna\",\"12/30/17, 9:05 AM\",,OUTGOING\n"
                  "\"Berg, Anna\",Olivia Owner,\"3/14/22, 4:45 PM\",Hello,INCOMING\n");
            LinkedInArchive archive;
            ImportReport report;
            if (!archive.open(m_dir->filePath(u"old"_s), error) ||
                !LinkedInImporter(db).run(archive, &report, error))
                return false;
            return ContactStore(db).forEach(ContactQuery(), [&all](const Contact &c) {
                all << c;
                return true;
            });
        });
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().fullName(), u"Anna Berg"_s);
    }

    void vCardWithFamilyNameOnly_data()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("fn");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::newRow("FN ends with it") << u"Doe"_s << u"Jane Doe"_s << u"Jane"_s << u"Doe"_s;
        QTest::newRow("with particles")
            << u"van der Berg"_s << u"Anna van der Berg"_s << u"Anna"_s << u"van der Berg"_s;
        QTest::newRow("FN is the family name") << u"Doe"_s << u"Doe"_s << u"Doe"_s << QString();
        QTest::newRow("FN is another name") << u"Doe"_s << u"Janie"_s << u"Janie"_s << u"Doe"_s;
    }
    void vCardWithFamilyNameOnly()
    {
        QFETCH(QString, family);
        QFETCH(QString, fn);
        QFETCH(QString, first);
        QFETCH(QString, last);
        const PersonName read = stored([&](Database &db, QString *error) {
            const QString path = write(*m_dir, u"family.vcf"_s,
                                       "BEGIN:VCARD\r\nVERSION:3.0\r\nN:" + family.toUtf8() +
                                           ";;;;\r\nFN:" + fn.toUtf8() + "\r\nEND:VCARD\r\n");
            ImportReport report;
            return VCardImporter(db).run(path, &report, error);
        });
        QCOMPARE(read, (PersonName{first, last}));
    }

    void everyPathSplitsAlike_data() { names(); }
    void everyPathSplitsAlike()
    {
        QFETCH(QString, name);
        QFETCH(QString, first);
        QFETCH(QString, last);
        const PersonName expected{first, last};

        // A LinkedIn invitation to someone not yet among the contacts.
        const PersonName linkedIn = stored([&](Database &db, QString *error) {
            QDir(m_dir->path()).mkpath(u"export"_s);
            write(*m_dir, u"export/Invitations.csv"_s,
                  "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
                  "Olivia Owner," +
                      csvQuoted(name) +
                      ",\"4/6/24, 2:12 PM\",,OUTGOING,https://www.linkedin.com/in/olivia-owner,"
                      "https://www.linkedin.com/in/someone-new\n");
            LinkedInArchive archive;
            if (!archive.open(m_dir->filePath(u"export"_s), error))
                return false;
            ImportReport report;
            return LinkedInImporter(db).run(archive, &report, error);
        });
        QCOMPARE(linkedIn, expected);

        // A CSV file whose only name column is the full name.
        const PersonName csv = stored([&](Database &db, QString *error) {
            const QString path =
                write(*m_dir, u"contacts.csv"_s,
                      "Name,E-mail Address\n" + csvQuoted(name) + ",someone@example.com\n");
            CsvImporter::Preview preview;
            if (!CsvImporter::preview(path, 5, &preview, error))
                return false;
            CsvImporter importer(db);
            importer.setMapping(CsvColumnMapping::automatic(preview.headers, preview.rows));
            ImportReport report;
            return importer.run(path, &report, error);
        });
        QCOMPARE(csv, expected);

        // A vCard with FN and no N.
        const PersonName vCard = stored([&](Database &db, QString *error) {
            QString fn = name;
            fn.replace(u',', u"\\,"_s);
            const QString path = write(*m_dir, u"card.vcf"_s,
                                       "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + fn.toUtf8() +
                                           "\r\nEMAIL:someone@example.com\r\nEND:VCARD\r\n");
            ImportReport report;
            return VCardImporter(db).run(path, &report, error);
        });
        QCOMPARE(vCard, expected);

        // NameKey splits the same way.
        const auto [keyFirst, keyLast] = NameKey::split(name);
        QCOMPARE((PersonName{keyFirst, keyLast}), expected);

        // Quick Capture reads a name off the pasted line (leaving out
        // honorifics, credentials and emoji) and splits what it read by the
        // same rule.
        QString read;
        const PersonName captured = stored([&](Database &db, QString *error) {
            ContactStore contacts(db);
            EngagementStore engagement(db);
            ContentPiece piece;
            piece.title = u"A post"_s;
            if (!ContentStore(db).add(piece, error))
                return false;
            QuickCapture capture(contacts, engagement);
            const QList<CaptureItem> items = capture.plan(name + u'\n');
            for (const CaptureItem &item : items) {
                if (item.status == CaptureItem::New)
                    read = item.line.name;
            }
            QuickCapture::Event event;
            event.kind = EngagementKind::Like;
            event.date = QDate::currentDate();
            event.contentId = piece.id;
            CaptureResult result;
            return capture.apply(items, event, &result, error);
        });
        if (read.isEmpty())
            return; // nothing Quick Capture reads as a new person's name
        QCOMPARE(captured, PersonName::split(read));
        if (NameKey::clean(name) == name.simplified())
            QCOMPARE(captured, expected);
    }
};

QTEST_GUILESS_MAIN(tst_PersonName)
#include "tst_personname.moc"
