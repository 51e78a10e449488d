// Runs the real rapport-cli binary against temporary databases and checks
// what a script or a person at a terminal would see: output, exit status
// and the data left behind.

#include "domain/TextFold.h"

#include "CliProcess.h"
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = CliRun;

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void version();
    void help();
    void helpPromisesNoLaterRelease();
    void defaultDatabaseWhereTheReadmeSays();
    void badUsageExitsWithTwo_data();
    void badUsageExitsWithTwo();
    void badUsageLeavesNoDatabase();
    void laterFeaturesFailPlainly_data();
    void laterFeaturesFailPlainly();

    void addShowText();
    void addShowJson();
    void showTimesInLocalTime();
    void editChangesOnlyGivenFields();
    void editTagsAndClearing();
    void deleteSaysWho();
    void emptyFirstNameFails();
    void duplicateUrlIsRefused();
    void unknownContactIsNamed();
    void ambiguousNameListsIds();
    void contactByUrlInOddForms_data();
    void contactByUrlInOddForms();
    void jsonErrorsGoToStderr();
    void globalOptionsAfterCommand();

    void pagingVisitsEachContactOnce();
    void demoReportsWhatItAdded();
    void pagingInTextFollowsMoreLine();
    void pagingByCompany();
    void listByTag();
    void search_data();
    void search();
    void searchLimitSaysHowManyMore();

    void demoThenList();
    void check();
    void checkFindsDamage();
    void nonRapportFileIsLeftUntouched();
    void defaultDatabaseUsesAppDataFolder();

private:
    Run run(const QStringList &args, const QProcessEnvironment &environment = {});
    // Runs with --db pointing at this test's database.
    Run cli(const QStringList &args) { return run(QStringList{u"--db"_s, m_dbPath} + args); }
    qint64 addContact(const QStringList &args);
    int contactCount();
    QList<qint64> listIds(const QStringList &extra = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbPath;
};

void tst_Cli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dbPath = m_dir->filePath(u"test.sqlite"_s);
}

void tst_Cli::cleanup()
{
    m_dir.reset();
}

Run tst_Cli::run(const QStringList &args, const QProcessEnvironment &environment)
{
    // Even a test that forgets --db must never reach the user's database.
    return CliProcess::run(args, environment.isEmpty() ? CliProcess::isolated(m_dir->path())
                                                       : environment);
}

qint64 tst_Cli::addContact(const QStringList &args)
{
    const Run r = cli(QStringList{u"contacts"_s, u"add"_s} + args);
    if (r.exitCode != 0)
        qWarning("contacts add failed: %s", qPrintable(r.err));
    return r.out.trimmed().toLongLong();
}

int tst_Cli::contactCount()
{
    return int(listIds().size());
}

QList<qint64> tst_Cli::listIds(const QStringList &extra)
{
    const Run r =
        cli(QStringList{u"--json"_s, u"contacts"_s, u"list"_s, u"--limit"_s, u"10000"_s} + extra);
    QList<qint64> ids;
    for (const QJsonValue &v : r.json().value(u"contacts"_s).toArray())
        ids << v.toObject().value(u"id"_s).toInteger();
    return ids;
}

void tst_Cli::version()
{
    const Run r = run({u"--version"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, u"rapport-cli 0.1.0\n"_s);
}

void tst_Cli::help()
{
    const Run r = run({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    for (const QString &expected : {u"contacts add --first NAME"_s, u"contacts list"_s,
                                    u"demo --contacts N"_s, u"check"_s, u"--db PATH"_s})
        QVERIFY2(r.out.contains(expected), qPrintable(expected));
    QVERIFY(r.err.isEmpty());

    const Run sub = run({u"contacts"_s, u"add"_s, u"--help"_s});
    QCOMPARE(sub.exitCode, 0);
    QVERIFY(sub.out.contains(u"--connected-on DATE"_s));
}

void tst_Cli::helpPromisesNoLaterRelease()
{
    // Every command works: no help text may say one arrives later.
    QString all = run({u"--help"_s}).out;
    for (const QStringList &command :
         {QStringList{u"contacts"_s, u"list"_s}, QStringList{u"export"_s}, QStringList{u"stats"_s},
          QStringList{u"queue"_s}, QStringList{u"outreach"_s}, QStringList{u"snapshot"_s}})
        all += run(command + QStringList{u"--help"_s}).out;
    QVERIFY(all.contains(u"score"_s));
    QVERIFY2(!all.contains(u"later release"_s), qPrintable(all));
    QVERIFY2(!all.contains(u"score arrive"_s), qPrintable(all));
    // The one key still refused is named as such, and refused.
    QVERIFY(all.contains(u"last-contacted is not yet"_s));
    const Run score = cli({u"contacts"_s, u"list"_s, u"--sort"_s, u"score"_s});
    QCOMPARE(score.exitCode, 0);
    for (const QString &section : {u"ratio"_s, u"content"_s, u"network"_s, u"tiers"_s}) {
        const Run stats = cli({u"stats"_s, section});
        QVERIFY2(!stats.err.contains(u"not yet available"_s), qPrintable(stats.err));
        QVERIFY2(!stats.out.contains(u"not yet available"_s), qPrintable(stats.out));
    }
}

void tst_Cli::defaultDatabaseWhereTheReadmeSays()
{
#if defined(Q_OS_LINUX)
    // README, "Where your data lives": $XDG_DATA_HOME/Rapport/Rapport/, else
    // ~/.local/share/Rapport/Rapport/.
    QProcessEnvironment env = CliProcess::isolated(m_dir->path());
    QCOMPARE(run({u"contacts"_s, u"list"_s}, env).exitCode, 0);
    QVERIFY(QFile::exists(m_dir->filePath(u"xdg-data/Rapport/Rapport/rapport.sqlite"_s)));
    env.remove(u"XDG_DATA_HOME"_s);
    QCOMPARE(run({u"contacts"_s, u"list"_s}, env).exitCode, 0);
    QVERIFY(QFile::exists(m_dir->filePath(u"home/.local/share/Rapport/Rapport/rapport.sqlite"_s)));
#else
    QSKIP("The README's Linux location; the others are Qt's AppDataLocation by reading");
#endif
}

void tst_Cli::badUsageExitsWithTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no command") << QStringList{} << u"command"_s;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"frobnicate"_s;
    QTest::newRow("later command") << QStringList{u"snapshot"_s} << u"snapshot"_s;
    QTest::newRow("unknown global option") << QStringList{u"--frob"_s, u"check"_s} << u"frob"_s;
    QTest::newRow("unknown subcommand") << QStringList{u"contacts"_s, u"frob"_s} << u"frob"_s;
    QTest::newRow("no subcommand") << QStringList{u"contacts"_s} << u"add"_s;
    QTest::newRow("unknown option")
        << QStringList{u"contacts"_s, u"list"_s, u"--frob"_s} << u"frob"_s;
    QTest::newRow("missing --first")
        << QStringList{u"contacts"_s, u"add"_s, u"--last"_s, u"Doe"_s} << u"--first"_s;
    QTest::newRow("option without value")
        << QStringList{u"contacts"_s, u"add"_s, u"--first"_s} << u"first"_s;
    QTest::newRow("degree 4") << QStringList{u"contacts"_s, u"add"_s,      u"--first"_s,
                                             u"A"_s,        u"--degree"_s, u"4"_s}
                              << u"--degree"_s;
    QTest::newRow("degree word") << QStringList{u"contacts"_s, u"add"_s,      u"--first"_s,
                                                u"A"_s,        u"--degree"_s, u"first"_s}
                                 << u"--degree"_s;
    QTest::newRow("bad date") << QStringList{u"contacts"_s,       u"add"_s,
                                             u"--first"_s,        u"A"_s,
                                             u"--connected-on"_s, u"03/15/2024"_s}
                              << u"YYYY-MM-DD"_s;
    QTest::newRow("impossible date")
        << QStringList{u"contacts"_s,       u"add"_s,       u"--first"_s, u"A"_s,
                       u"--connected-on"_s, u"2023-02-29"_s}
        << u"2023-02-29"_s;
    QTest::newRow("bad sort") << QStringList{u"contacts"_s, u"list"_s, u"--sort"_s, u"shoe"_s}
                              << u"shoe"_s;
    QTest::newRow("bad tier") << QStringList{u"contacts"_s, u"list"_s, u"--tier"_s, u"gold"_s}
                              << u"gold"_s;
    QTest::newRow("limit 0") << QStringList{u"contacts"_s, u"list"_s, u"--limit"_s, u"0"_s}
                             << u"--limit"_s;
    QTest::newRow("limit word") << QStringList{u"contacts"_s, u"search"_s, u"x"_s, u"--limit"_s,
                                               u"many"_s}
                                << u"--limit"_s;
    QTest::newRow("bad cursor") << QStringList{u"contacts"_s, u"list"_s, u"--after"_s, u"@@"_s}
                                << u"cursor"_s;
    QTest::newRow("show without contact")
        << QStringList{u"contacts"_s, u"show"_s} << u"which contact"_s;
    QTest::newRow("show two contacts")
        << QStringList{u"contacts"_s, u"show"_s, u"Jane"_s, u"Doe"_s} << u"\"Jane Doe\""_s;
    QTest::newRow("edit nothing") << QStringList{u"contacts"_s, u"edit"_s, u"1"_s}
                                  << u"nothing to change"_s;
    QTest::newRow("follows both ways")
        << QStringList{u"contacts"_s, u"edit"_s, u"1"_s, u"--follows-me"_s, u"--no-follows-me"_s}
        << u"--no-follows-me"_s;
    QTest::newRow("search nothing")
        << QStringList{u"contacts"_s, u"search"_s, u"--"_s, u"?!"_s} << u"search"_s;
    QTest::newRow("demo without count") << QStringList{u"demo"_s} << u"--contacts"_s;
    QTest::newRow("demo bad count")
        << QStringList{u"demo"_s, u"--contacts"_s, u"-3"_s} << u"--contacts"_s;
    QTest::newRow("demo bad seed")
        << QStringList{u"demo"_s, u"--contacts"_s, u"3"_s, u"--seed"_s, u"x"_s} << u"--seed"_s;
    QTest::newRow("empty --db") << QStringList{u"--db"_s, u""_s, u"check"_s} << u"--db"_s;
}

void tst_Cli::badUsageExitsWithTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"Usage: rapport-cli"_s), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void tst_Cli::badUsageLeavesNoDatabase()
{
    QCOMPARE(cli({u"contacts"_s, u"add"_s, u"--last"_s, u"Doe"_s}).exitCode, 2);
    QCOMPARE(cli({u"frobnicate"_s}).exitCode, 2);
    QVERIFY(!QFile::exists(m_dbPath));
}

void tst_Cli::laterFeaturesFailPlainly_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    // Tier, last-engaged (tst_cliengage) and score (tst_cliscore) work now.
    for (const QString &key : {u"last-contacted"_s}) {
        QTest::addRow("sort %s", qPrintable(key))
            << QStringList{u"--sort"_s, key} << u"Sorting by %1 is not yet available"_s.arg(key);
        QTest::addRow("sort %s with a tier", qPrintable(key))
            << QStringList{u"--tier"_s, u"follower"_s, u"--sort"_s, key}
            << u"Sorting by %1 is not yet available"_s.arg(key);
    }
}

void tst_Cli::laterFeaturesFailPlainly()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    addContact({u"--first"_s, u"Jane"_s});
    const Run r = cli(QStringList{u"contacts"_s, u"list"_s} + args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void tst_Cli::addShowText()
{
    const Run added = cli({u"contacts"_s,
                           u"add"_s,
                           u"--first"_s,
                           u"José"_s,
                           u"--last"_s,
                           u"Núñez"_s,
                           u"--url"_s,
                           u"es.linkedin.com/in/Jose-Nunez/"_s,
                           u"--company"_s,
                           u"Acme"_s,
                           u"--position"_s,
                           u"Head of Sales"_s,
                           u"--industry"_s,
                           u"Retail"_s,
                           u"--location"_s,
                           u"Madrid, Spain"_s,
                           u"--email"_s,
                           u"jose@example.com"_s,
                           u"--connected-on"_s,
                           u"2023-04-05"_s,
                           u"--degree"_s,
                           u"1"_s,
                           u"--follows-me"_s,
                           u"--tag"_s,
                           u"vip"_s,
                           u"--tag"_s,
                           u"Coach"_s,
                           u"--notes"_s,
                           u"Met in Lisbon.\nLikes jazz."_s});
    QCOMPARE(added.exitCode, 0);
    QVERIFY2(QRegularExpression(u"^\\d+\\n$"_s).match(added.out).hasMatch(), qPrintable(added.out));
    const QString id = added.out.trimmed();

    const Run shown = cli({u"contacts"_s, u"show"_s, id});
    QCOMPARE(shown.exitCode, 0);
    const QStringList expected = {
        u"Id: "_s + id,
        u"First name: José"_s,
        u"Last name: Núñez"_s,
        u"Profile: https://www.linkedin.com/in/jose-nunez"_s,
        u"Position: Head of Sales"_s,
        u"Company: Acme"_s,
        u"Industry: Retail"_s,
        u"Location: Madrid, Spain"_s,
        u"Email: jose@example.com"_s,
        u"Degree: 1st (connected)"_s,
        u"Connected on: 2023-04-05"_s,
        u"Follows me: yes"_s,
        u"Tags: Coach, vip"_s,
        u"Notes: Met in Lisbon."_s,
    };
    const QStringList lines = shown.outLines();
    QStringList simplified;
    for (const QString &line : lines)
        simplified << line.simplified();
    for (const QString &line : expected)
        QVERIFY2(simplified.contains(line), qPrintable(line + u"\n---\n"_s + shown.out));
    QVERIFY(simplified.contains(u"Likes jazz."_s));

    // Values start in one column, so the output reads as a form.
    const QRegularExpression labelled(u"^[A-Z][a-z ]+: +(\\S)"_s);
    QSet<qsizetype> columns;
    for (const QString &line : lines) {
        const auto match = labelled.match(line);
        columns.insert(match.hasMatch() ? match.capturedStart(1) : line.indexOf(u'L'));
    }
    QCOMPARE(columns.size(), 1);
}

void tst_Cli::addShowJson()
{
    const Run added = cli({u"--json"_s, u"contacts"_s, u"add"_s, u"--first"_s, u"Ada"_s,
                           u"--last"_s, u"Lovelace"_s, u"--tag"_s, u"math"_s});
    QCOMPARE(added.exitCode, 0);
    const qint64 id = added.json().value(u"id"_s).toInteger();
    QVERIFY(id > 0);

    const Run shown = cli({u"--json"_s, u"contacts"_s, u"show"_s, QString::number(id)});
    QCOMPARE(shown.exitCode, 0);
    const QJsonObject c = shown.json();
    QCOMPARE(c.value(u"id"_s).toInteger(), id);
    QCOMPARE(c.value(u"first_name"_s).toString(), u"Ada"_s);
    QCOMPARE(c.value(u"last_name"_s).toString(), u"Lovelace"_s);
    QCOMPARE(c.value(u"full_name"_s).toString(), u"Ada Lovelace"_s);
    QCOMPARE(c.value(u"profile_url"_s).toString(), QString());
    QCOMPARE(c.value(u"slug"_s).toString(), QString());
    QVERIFY(c.value(u"degree"_s).isNull());
    QVERIFY(c.value(u"connected_on"_s).isNull());
    QCOMPARE(c.value(u"follows_me"_s), QJsonValue(false));
    QCOMPARE(c.value(u"tags"_s).toArray(), QJsonArray{u"math"_s});
    for (const QString &key :
         {u"position"_s, u"company"_s, u"industry"_s, u"location"_s, u"email"_s, u"notes"_s})
        QVERIFY2(c.value(key).isString(), qPrintable(key));
    const QDateTime created =
        QDateTime::fromString(c.value(u"created_at"_s).toString(), Qt::ISODate);
    QVERIFY(c.value(u"created_at"_s).toString().endsWith(u'Z'));
    QCOMPARE(created.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(created.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    QVERIFY(c.value(u"updated_at"_s).toString().endsWith(u'Z'));
}

void tst_Cli::showTimesInLocalTime()
{
    const qint64 id = addContact({u"--first"_s, u"Ada"_s});
    const Run json = cli({u"--json"_s, u"contacts"_s, u"show"_s, QString::number(id)});
    const QDateTime created =
        QDateTime::fromString(json.json().value(u"created_at"_s).toString(), Qt::ISODate);
    QVERIFY(created.isValid());

    // A zone five and a half hours east of UTC, written so that no time-zone
    // database is needed.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TZ"_s, u"IST-5:30"_s);
    const Run text = run({u"--db"_s, m_dbPath, u"contacts"_s, u"show"_s, QString::number(id)}, env);
    QCOMPARE(text.exitCode, 0);
    const QString local = created.addSecs(5 * 3600 + 30 * 60).toString(u"yyyy-MM-dd HH:mm:ss"_s);
    QVERIFY2(text.out.contains(u"Created:"_s) && text.out.contains(local),
             qPrintable(local + u"\n"_s + text.out));
}

void tst_Cli::editChangesOnlyGivenFields()
{
    const qint64 id =
        addContact({u"--first"_s, u"Jane"_s, u"--last"_s, u"Doe"_s, u"--company"_s, u"Acme"_s,
                    u"--position"_s, u"CTO"_s, u"--degree"_s, u"2"_s, u"--follows-me"_s});
    const Run edited =
        cli({u"contacts"_s, u"edit"_s, QString::number(id), u"--company"_s, u"Globex"_s});
    QCOMPARE(edited.exitCode, 0);
    QVERIFY2(edited.out.contains(u"Jane Doe"_s), qPrintable(edited.out));

    const QJsonObject c = cli({u"--json"_s, u"contacts"_s, u"show"_s, QString::number(id)}).json();
    QCOMPARE(c.value(u"company"_s).toString(), u"Globex"_s);
    QCOMPARE(c.value(u"position"_s).toString(), u"CTO"_s);
    QCOMPARE(c.value(u"first_name"_s).toString(), u"Jane"_s);
    QCOMPARE(c.value(u"degree"_s).toInt(), 2);
    QCOMPARE(c.value(u"follows_me"_s), QJsonValue(true));

    const Run renamed = cli({u"--json"_s, u"contacts"_s, u"edit"_s, u"Jane Doe"_s, u"--last"_s,
                             u"Smith"_s, u"--no-follows-me"_s});
    QCOMPARE(renamed.exitCode, 0);
    QCOMPARE(renamed.json().value(u"full_name"_s).toString(), u"Jane Smith"_s);
    QCOMPARE(renamed.json().value(u"follows_me"_s), QJsonValue(false));
    QCOMPARE(cli({u"contacts"_s, u"show"_s, u"Jane Doe"_s}).exitCode, 1);
}

void tst_Cli::editTagsAndClearing()
{
    const qint64 id = addContact({u"--first"_s, u"Jane"_s, u"--tag"_s, u"alpha"_s, u"--tag"_s,
                                  u"beta"_s, u"--degree"_s, u"1"_s, u"--connected-on"_s,
                                  u"2020-01-02"_s, u"--notes"_s, u"old"_s});
    const QString ref = QString::number(id);
    QCOMPARE(cli({u"contacts"_s, u"edit"_s, ref, u"--tag"_s, u"gamma"_s, u"--untag"_s, u"ALPHA"_s})
                 .exitCode,
             0);
    QJsonObject c = cli({u"--json"_s, u"contacts"_s, u"show"_s, ref}).json();
    QCOMPARE(c.value(u"tags"_s).toArray(), (QJsonArray{u"beta"_s, u"gamma"_s}));

    QCOMPARE(cli({u"contacts"_s, u"edit"_s, ref, u"--degree"_s, u""_s, u"--connected-on"_s, u""_s,
                  u"--notes"_s, u""_s})
                 .exitCode,
             0);
    c = cli({u"--json"_s, u"contacts"_s, u"show"_s, ref}).json();
    QVERIFY(c.value(u"degree"_s).isNull());
    QVERIFY(c.value(u"connected_on"_s).isNull());
    QCOMPARE(c.value(u"notes"_s).toString(), QString());
    QCOMPARE(c.value(u"tags"_s).toArray().size(), 2);

    // The tag filter sees the change.
    QCOMPARE(listIds({u"--tag"_s, u"gamma"_s}), QList<qint64>{id});
    QVERIFY(listIds({u"--tag"_s, u"alpha"_s}).isEmpty());
}

void tst_Cli::deleteSaysWho()
{
    addContact({u"--first"_s, u"Keep"_s, u"--last"_s, u"Me"_s});
    const qint64 id = addContact({u"--first"_s, u"Jane"_s, u"--last"_s, u"Doe"_s});
    QCOMPARE(contactCount(), 2);
    const Run deleted = cli({u"contacts"_s, u"delete"_s, u"Jane Doe"_s});
    QCOMPARE(deleted.exitCode, 0);
    QVERIFY2(deleted.out.contains(u"#%1 Jane Doe"_s.arg(id)), qPrintable(deleted.out));
    QCOMPARE(contactCount(), 1);
    const Run again = cli({u"contacts"_s, u"delete"_s, QString::number(id)});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains(u"#%1"_s.arg(id)));
    QCOMPARE(contactCount(), 1);
}

void tst_Cli::emptyFirstNameFails()
{
    const Run r = cli({u"contacts"_s, u"add"_s, u"--first"_s, u"  "_s, u"--last"_s, u"Doe"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"first name"_s), qPrintable(r.err));
    QCOMPARE(contactCount(), 0);
}

void tst_Cli::duplicateUrlIsRefused()
{
    const qint64 id = addContact({u"--first"_s, u"Jane"_s, u"--last"_s, u"Doe"_s, u"--url"_s,
                                  u"https://www.linkedin.com/in/jane-doe"_s});
    addContact({u"--first"_s, u"John"_s, u"--last"_s, u"Roe"_s, u"--url"_s,
                u"linkedin.com/in/john-roe"_s});
    QCOMPARE(contactCount(), 2);
    const Run r = cli({u"contacts"_s, u"add"_s, u"--first"_s, u"Janet"_s, u"--url"_s,
                       u"uk.linkedin.com/in/Jane-Doe/?trk=x"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"#%1 Jane Doe"_s.arg(id)), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(contactCount(), 2);

    // Editing another contact onto the same profile is refused the same way.
    const Run edit =
        cli({u"contacts"_s, u"edit"_s, u"John Roe"_s, u"--url"_s, u"linkedin.com/in/jane-doe"_s});
    QCOMPARE(edit.exitCode, 1);
    QVERIFY(edit.err.contains(u"Jane Doe"_s));
    QCOMPARE(cli({u"--json"_s, u"contacts"_s, u"show"_s, u"John Roe"_s})
                 .json()
                 .value(u"slug"_s)
                 .toString(),
             u"john-roe"_s);
}

void tst_Cli::unknownContactIsNamed()
{
    addContact({u"--first"_s, u"Jane"_s, u"--last"_s, u"Doe"_s});
    const QList<QPair<QString, QString>> cases = {
        {u"999"_s, u"#999"_s},
        {u"Nobody Here"_s, u"Nobody Here"_s},
        {u"linkedin.com/in/nobody"_s, u"linkedin.com/in/nobody"_s},
    };
    for (const auto &[text, named] : cases) {
        for (const QString &sub : {u"show"_s, u"delete"_s}) {
            const Run r = cli({u"contacts"_s, sub, text});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(named), qPrintable(r.err));
        }
        const Run edit = cli({u"contacts"_s, u"edit"_s, text, u"--company"_s, u"X"_s});
        QCOMPARE(edit.exitCode, 1);
        QVERIFY2(edit.err.contains(named), qPrintable(edit.err));
    }
    QCOMPARE(contactCount(), 1);
}

void tst_Cli::ambiguousNameListsIds()
{
    const qint64 a = addContact({u"--first"_s, u"Jane"_s, u"--last"_s, u"Doe"_s});
    const qint64 b =
        addContact({u"--first"_s, u"Jane"_s, u"--last"_s, u"Doe"_s, u"--company"_s, u"Acme"_s});
    const Run r = cli({u"contacts"_s, u"delete"_s, u"jane doe"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"#%1"_s.arg(a)), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"#%1"_s.arg(b)), qPrintable(r.err));
    QCOMPARE(contactCount(), 2);
}

void tst_Cli::contactByUrlInOddForms_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("no scheme") << u"linkedin.com/in/jane-doe-42"_s;
    QTest::newRow("www, no scheme") << u"www.linkedin.com/in/jane-doe-42"_s;
    QTest::newRow("country subdomain") << u"https://fr.linkedin.com/in/jane-doe-42"_s;
    QTest::newRow("trailing slash") << u"https://www.linkedin.com/in/jane-doe-42/"_s;
    QTest::newRow("query") << u"https://www.linkedin.com/in/jane-doe-42?originalSubdomain=fr"_s;
    QTest::newRow("mixed case, http") << u"http://LinkedIn.com/in/Jane-Doe-42/"_s;
}

void tst_Cli::contactByUrlInOddForms()
{
    QFETCH(QString, url);
    addContact({u"--first"_s, u"Other"_s, u"--url"_s, u"linkedin.com/in/other"_s});
    const qint64 id = addContact({u"--first"_s, u"Jane"_s, u"--last"_s, u"Doe"_s, u"--url"_s,
                                  u"https://www.linkedin.com/in/jane-doe-42"_s});
    const Run r = cli({u"--json"_s, u"contacts"_s, u"show"_s, url});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(u"id"_s).toInteger(), id);
}

void tst_Cli::jsonErrorsGoToStderr()
{
    const Run r = cli({u"--json"_s, u"contacts"_s, u"show"_s, u"42"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.contains(u"#42"_s));
}

void tst_Cli::globalOptionsAfterCommand()
{
    addContact({u"--first"_s, u"Jane"_s});
    const Run r = run({u"contacts"_s, u"list"_s, u"--json"_s, u"--db"_s, m_dbPath});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(u"contacts"_s).toArray().size(), 1);
}

void tst_Cli::demoReportsWhatItAdded()
{
    const Run r = cli({u"--json"_s, u"demo"_s, u"--contacts"_s, u"400"_s, u"--seed"_s, u"7"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(u"added"_s).toInt(), 400);
    QVERIFY(o.value(u"engagements"_s).toInt() > 0);
    QVERIFY(o.value(u"outreach"_s).toInt() > 0);
    const Run words = cli({u"demo"_s, u"--contacts"_s, u"10"_s, u"--seed"_s, u"8"_s});
    QVERIFY2(words.out.contains(u"messages, invitations and InMails"_s), qPrintable(words.out));
}

void tst_Cli::pagingVisitsEachContactOnce()
{
    QCOMPARE(cli({u"demo"_s, u"--contacts"_s, u"120"_s, u"--seed"_s, u"7"_s}).exitCode, 0);
    // Add a few names that sort by their folded letters, not their bytes.
    addContact({u"--first"_s, u"Élodie"_s, u"--last"_s, u"Zola"_s});
    addContact({u"--first"_s, u"elodie"_s, u"--last"_s, u"Abel"_s});

    QList<qint64> ids;
    QStringList names;
    QString cursor;
    int pages = 0;
    do {
        QStringList args = {u"--json"_s, u"contacts"_s, u"list"_s, u"--limit"_s, u"50"_s};
        if (!cursor.isEmpty())
            args << u"--after"_s << cursor;
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject page = r.json();
        const QJsonArray contacts = page.value(u"contacts"_s).toArray();
        QVERIFY(contacts.size() <= 50);
        for (const QJsonValue &v : contacts) {
            ids << v.toObject().value(u"id"_s).toInteger();
            names << v.toObject().value(u"full_name"_s).toString();
        }
        QVERIFY(page.contains(u"next_cursor"_s));
        cursor = page.value(u"next_cursor"_s).toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    QCOMPARE(pages, 3);
    QCOMPARE(ids.size(), 122);
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), 122);
    // Same order as one big page, which is by name.
    QCOMPARE(ids, listIds());
    // By name means by folded letters: "Élodie" among the e's, not after "z".
    QVERIFY(names.contains(u"Élodie Zola"_s));
    for (int i = 1; i < names.size(); ++i) {
        QVERIFY2(rapport::TextFold::fold(names.at(i - 1)) <= rapport::TextFold::fold(names.at(i)),
                 qPrintable(names.at(i - 1) + u" > "_s + names.at(i)));
    }

    // A cursor from a list by name cannot continue a list by company.
    const Run first = cli({u"--json"_s, u"contacts"_s, u"list"_s, u"--limit"_s, u"5"_s});
    const QString byName = first.json().value(u"next_cursor"_s).toString();
    const Run mixed =
        cli({u"contacts"_s, u"list"_s, u"--sort"_s, u"company"_s, u"--after"_s, byName});
    QCOMPARE(mixed.exitCode, 2);
    QVERIFY2(mixed.err.contains(u"another order"_s), qPrintable(mixed.err));
}

void tst_Cli::pagingInTextFollowsMoreLine()
{
    QCOMPARE(cli({u"demo"_s, u"--contacts"_s, u"120"_s}).exitCode, 0);
    QStringList lines;
    QString cursor;
    int pages = 0;
    const QRegularExpression more(u"^More: --after (\\S+)$"_s, QRegularExpression::MultilineOption);
    do {
        QStringList args = {u"contacts"_s, u"list"_s, u"--limit"_s, u"50"_s};
        if (!cursor.isEmpty())
            args << u"--after"_s << cursor;
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 0);
        lines += r.outLines();
        const auto match = more.match(r.err);
        cursor = match.hasMatch() ? match.captured(1) : QString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    QCOMPARE(pages, 3);
    QCOMPARE(lines.size(), 120);
    QSet<QString> ids;
    for (const QString &line : std::as_const(lines))
        ids.insert(line.trimmed().section(u' ', 0, 0));
    QCOMPARE(ids.size(), 120);
}

void tst_Cli::pagingByCompany()
{
    QCOMPARE(cli({u"demo"_s, u"--contacts"_s, u"120"_s}).exitCode, 0);
    QList<qint64> ids;
    QStringList companies;
    QString cursor;
    int pages = 0;
    do {
        QStringList args = {u"--json"_s,  u"contacts"_s, u"list"_s, u"--sort"_s,
                            u"company"_s, u"--limit"_s,  u"50"_s};
        if (!cursor.isEmpty())
            args << u"--after"_s << cursor;
        const QJsonObject page = cli(args).json();
        for (const QJsonValue &v : page.value(u"contacts"_s).toArray()) {
            ids << v.toObject().value(u"id"_s).toInteger();
            companies << v.toObject().value(u"company"_s).toString();
        }
        cursor = page.value(u"next_cursor"_s).toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), 120);
    QCOMPARE(ids.size(), 120);
    for (int i = 1; i < companies.size(); ++i)
        QVERIFY2(companies.at(i - 1).compare(companies.at(i), Qt::CaseInsensitive) <= 0,
                 qPrintable(companies.at(i - 1) + u" > "_s + companies.at(i)));
}

void tst_Cli::listByTag()
{
    const qint64 a = addContact({u"--first"_s, u"A"_s, u"--tag"_s, u"Speaker"_s});
    addContact({u"--first"_s, u"B"_s});
    QCOMPARE(listIds({u"--tag"_s, u"speaker"_s}), QList<qint64>{a});
    const Run text = cli({u"contacts"_s, u"list"_s, u"--tag"_s, u"nobody-has-this"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.isEmpty());
}

void tst_Cli::search_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("accent-free finds accented")
        << QStringList{u"jose"_s} << QStringList{u"José García"_s, u"Josefina Pérez"_s};
    QTest::newRow("case") << QStringList{u"JOSÉ"_s}
                          << QStringList{u"José García"_s, u"Josefina Pérez"_s};
    QTest::newRow("prefix") << QStringList{u"gar"_s}
                            << QStringList{u"José García"_s, u"María Garcia"_s};
    QTest::newRow("two words, one argument")
        << QStringList{u"jose garcia"_s} << QStringList{u"José García"_s};
    QTest::newRow("two words, two arguments")
        << QStringList{u"garc"_s, u"MARIA"_s} << QStringList{u"María Garcia"_s};
    QTest::newRow("company") << QStringList{u"acme"_s} << QStringList{u"Jane Doe"_s};
    QTest::newRow("no match") << QStringList{u"zebra"_s} << QStringList{};
}

void tst_Cli::search()
{
    QFETCH(QStringList, words);
    QFETCH(QStringList, expected);
    addContact({u"--first"_s, u"José"_s, u"--last"_s, u"García"_s});
    addContact({u"--first"_s, u"Josefina"_s, u"--last"_s, u"Pérez"_s});
    addContact({u"--first"_s, u"María"_s, u"--last"_s, u"Garcia"_s});
    addContact({u"--first"_s, u"Jane"_s, u"--last"_s, u"Doe"_s, u"--company"_s, u"ACME Corp"_s});

    const Run r = cli(QStringList{u"--json"_s, u"contacts"_s, u"search"_s} + words);
    QCOMPARE(r.exitCode, 0);
    QStringList names;
    for (const QJsonValue &v : r.json().value(u"contacts"_s).toArray())
        names << v.toObject().value(u"full_name"_s).toString();
    QCOMPARE(names, expected);
    QCOMPARE(r.json().value(u"total"_s).toInt(), expected.size());

    const Run text = cli(QStringList{u"contacts"_s, u"search"_s} + words);
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.outLines().size(), expected.size());
    for (const QString &name : expected)
        QVERIFY(text.out.contains(name));
}

void tst_Cli::searchLimitSaysHowManyMore()
{
    for (int i = 0; i < 5; ++i)
        addContact({u"--first"_s, u"Sam"_s, u"--last"_s, u"Tester%1"_s.arg(i)});
    const Run r = cli({u"contacts"_s, u"search"_s, u"sam"_s, u"--limit"_s, u"2"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.outLines().size(), 2);
    QVERIFY2(r.err.contains(u"2 of 5"_s), qPrintable(r.err));
    const QJsonObject json =
        cli({u"--json"_s, u"contacts"_s, u"search"_s, u"sam"_s, u"--limit"_s, u"2"_s}).json();
    QCOMPARE(json.value(u"contacts"_s).toArray().size(), 2);
    QCOMPARE(json.value(u"total"_s).toInt(), 5);
}

void tst_Cli::demoThenList()
{
    const Run r = cli({u"demo"_s, u"--contacts"_s, u"200"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"200"_s), qPrintable(r.out));
    // stderr is not a terminal here, so no progress clutters it: it only
    // says that the database was new.
    QCOMPARE(r.err.trimmed(),
             u"Created a new database at %1."_s.arg(QDir::toNativeSeparators(m_dbPath)));
    QCOMPARE(contactCount(), 200);

    const Run more = cli({u"--json"_s, u"demo"_s, u"--contacts"_s, u"5"_s, u"--seed"_s, u"3"_s});
    QCOMPARE(more.exitCode, 0);
    QCOMPARE(more.json().value(u"added"_s).toInt(), 5);
    QCOMPARE(more.json().value(u"total"_s).toInt(), 205);
    QCOMPARE(contactCount(), 205);
}

void tst_Cli::check()
{
    QCOMPARE(cli({u"demo"_s, u"--contacts"_s, u"50"_s}).exitCode, 0);
    const Run r = cli({u"check"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"intact"_s));
    const Run json = cli({u"--json"_s, u"check"_s});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.json().value(u"ok"_s), QJsonValue(true));

    const QString typo = m_dir->filePath(u"tpyo.sqlite"_s);
    const Run missing = run({u"--db"_s, typo, u"check"_s});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(u"tpyo.sqlite"_s), qPrintable(missing.err));
    QVERIFY(!QFile::exists(typo));
}

void tst_Cli::checkFindsDamage()
{
    QCOMPARE(cli({u"demo"_s, u"--contacts"_s, u"50"_s}).exitCode, 0);
    qint64 pageSize = 0;
    qint64 rootPage = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
        db.setDatabaseName(m_dbPath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA page_size"_s) && q.next());
        pageSize = q.value(0).toLongLong();
        QVERIFY(q.exec(u"SELECT rootpage FROM sqlite_master WHERE name = 'contact_by_company'"_s) &&
                q.next());
        rootPage = q.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(u"inspect"_s);
    QVERIFY(pageSize > 0 && rootPage > 1);
    {
        // 50 rows fit in one index page, whose cells sit at its end: zeroing
        // them loses index entries while the rest of the file stays readable.
        QFile file(m_dbPath);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(rootPage * pageSize - 64));
        QCOMPARE(file.write(QByteArray(64, '\0')), 64);
    }
    const Run r = cli({u"check"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"damaged"_s), qPrintable(r.err));
    const Run json = cli({u"--json"_s, u"check"_s});
    QCOMPARE(json.exitCode, 1);
    QCOMPARE(json.json().value(u"ok"_s), QJsonValue(false));
    QVERIFY(!json.json().value(u"problems"_s).toArray().isEmpty());
}

void tst_Cli::nonRapportFileIsLeftUntouched()
{
    const QString path = m_dir->filePath(u"notes.txt"_s);
    const QByteArray bytes = "These are my notes, not a database.\n";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    for (const QStringList &args :
         {QStringList{u"contacts"_s, u"list"_s},
          QStringList{u"contacts"_s, u"add"_s, u"--first"_s, u"Jane"_s}, QStringList{u"check"_s},
          QStringList{u"demo"_s, u"--contacts"_s, u"3"_s}}) {
        const Run r = run(QStringList{u"--db"_s, path} + args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"notes.txt"_s) && r.err.contains(u"not a Rapport database"_s),
                 qPrintable(r.err));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
    QVERIFY(!QFile::exists(path + u"-wal"_s));
    QVERIFY(!QFile::exists(path + u"-shm"_s));
}

void tst_Cli::defaultDatabaseUsesAppDataFolder()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString data = m_dir->filePath(u"data"_s);
    env.insert(u"XDG_DATA_HOME"_s, data);
    env.insert(u"HOME"_s, m_dir->filePath(u"home"_s));

    const Run added =
        run({u"contacts"_s, u"add"_s, u"--first"_s, u"Default"_s, u"--last"_s, u"Path"_s}, env);
    QCOMPARE(added.exitCode, 0);
    QStringList databases;
    QDirIterator it(m_dir->path(), {u"rapport.sqlite"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        databases << it.next();
    QCOMPARE(databases.size(), 1);
#ifdef Q_OS_LINUX
    QVERIFY2(databases.first().startsWith(data + u'/'), qPrintable(databases.first()));
#endif
    QVERIFY(!QFile::exists(m_dbPath));

    const Run listed = run({u"--json"_s, u"contacts"_s, u"list"_s}, env);
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray contacts = listed.json().value(u"contacts"_s).toArray();
    QCOMPARE(contacts.size(), 1);
    QCOMPARE(contacts.first().toObject().value(u"full_name"_s).toString(), u"Default Path"_s);
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
