// rapport-cli changes [--json], run as the real binary after importing the
// hand-computed pair of exports in tests/fixtures/changes (see its README):
// the text grouped by kind, the JSON keys, the first export and an export
// without Connections.csv said plainly, bad usage, and the help.

#include "CliProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_CliChanges : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void nothingImportedYet();
    void firstExport();
    void textGroupsTheChanges();
    void jsonKeys();
    void exportWithoutConnections();
    void badUsage();
    void help();

private:
    CliRun cli(const QStringList &args);
    void import(const QString &folder);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(RAPPORT_FIXTURES "/changes/") + name;
}

} // namespace

void tst_CliChanges::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(u"test.sqlite"_s);
}

void tst_CliChanges::cleanup()
{
    m_dir.reset();
}

CliRun tst_CliChanges::cli(const QStringList &args)
{
    return CliProcess::run(QStringList{u"--db"_s, m_db} + args,
                           CliProcess::isolated(m_dir->path()));
}

void tst_CliChanges::import(const QString &folder)
{
    const CliRun r = cli({u"import"_s, u"linkedin"_s, fixture(folder)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"Changes since the last export:"_s), qPrintable(r.out));
}

void tst_CliChanges::nothingImportedYet()
{
    const CliRun r = cli({u"changes"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(u"No LinkedIn data export imported yet"_s), qPrintable(r.out));
    const CliRun j = cli({u"--json"_s, u"changes"_s});
    QCOMPARE(j.json().value(u"state"_s).toString(), u"no_export"_s);
    QCOMPARE(j.json().value(u"total"_s).toInt(), 0);
}

void tst_CliChanges::firstExport()
{
    import(u"before"_s);
    const CliRun r = cli({u"changes"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(u"First export (before, imported "_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"nothing to compare yet"_s), qPrintable(r.out));
    QCOMPARE(r.outLines().size(), 1);
}

void tst_CliChanges::textGroupsTheChanges()
{
    import(u"before"_s);
    import(u"after"_s);
    const CliRun r = cli({u"changes"_s});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.outLines();
    QVERIFY2(lines.value(0).startsWith(u"7 changes in the export imported "_s), qPrintable(r.out));
    // Ids in import order: Ann 1, Bob 2, Cat 3, Dan 4, Eve 5, Gus 6 (from
    // the invitation), then Fay 7.
    const QStringList expected = {
        u"New connections (1)"_s,
        u"  #7 Fay Fir \u2014 connected on 2026-12-02"_s,
        u"No longer connected (1)"_s,
        u"  #5 Eve Elm \u2014 not in the latest export"_s,
        u"Job changes (3)"_s,
        u"  #2 Bob Birch \u2014 Manager at Beta Ltd \u2192 Manager at Beta New"_s,
        u"  #3 Cat Cedar \u2014 Designer at Gamma \u2192 Senior Designer at Gamma"_s,
        u"  #4 Dan Dogwood \u2014 Analyst at Delta \u2192 CTO at Zeta"_s,
        u"Invitations accepted (1)"_s,
        u"  #6 Gus Gum \u2014 connected on 2026-12-03"_s,
        u"New messages (1)"_s,
    };
    QCOMPARE(lines.mid(1, expected.size()), expected);
    QVERIFY2(lines.last().startsWith(u"  #2 Bob Birch \u2014 2 new messages, the latest on "_s),
             qPrintable(lines.last()));
}

void tst_CliChanges::jsonKeys()
{
    import(u"before"_s);
    import(u"after"_s);
    const CliRun r = cli({u"changes"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(u"state"_s).toString(), u"compared"_s);
    QCOMPARE(o.value(u"total"_s).toInt(), 7);
    QCOMPARE(o.value(u"connections"_s).toInt(), 6);
    QVERIFY(o.value(u"source"_s).toString().endsWith(u"after"_s));
    QVERIFY(o.value(u"previous_source"_s).toString().endsWith(u"before"_s));
    const QJsonObject counts = o.value(u"counts"_s).toObject();
    QCOMPARE(counts.value(u"new_connections"_s).toInt(), 1);
    QCOMPARE(counts.value(u"no_longer_connected"_s).toInt(), 1);
    QCOMPARE(counts.value(u"job_changes"_s).toInt(), 3);
    QCOMPARE(counts.value(u"invitations_accepted"_s).toInt(), 1);
    QCOMPARE(counts.value(u"new_messages"_s).toInt(), 1);
    const QJsonObject bob = o.value(u"job_changes"_s).toArray().at(0).toObject();
    QCOMPARE(bob.value(u"contact_id"_s).toInt(), 2);
    QCOMPARE(bob.value(u"name"_s).toString(), u"Bob Birch"_s);
    QCOMPARE(bob.value(u"old_company"_s).toString(), u"Beta Ltd"_s);
    QCOMPARE(bob.value(u"new_company"_s).toString(), u"Beta New"_s);
    QCOMPARE(bob.value(u"old_position"_s).toString(), u"Manager"_s);
    const QJsonObject fay = o.value(u"new_connections"_s).toArray().at(0).toObject();
    QCOMPARE(fay.value(u"connected_on"_s).toString(), u"2026-12-02"_s);
    const QJsonObject messages = o.value(u"new_messages"_s).toArray().at(0).toObject();
    QCOMPARE(messages.value(u"count"_s).toInt(), 2);
}

void tst_CliChanges::exportWithoutConnections()
{
    import(u"no-connections"_s);
    const CliRun r = cli({u"changes"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"had no Connections.csv, so there are no connections to compare"_s),
             qPrintable(r.out));
    QCOMPARE(cli({u"--json"_s, u"changes"_s}).json().value(u"state"_s).toString(),
             u"no_connections"_s);
}

void tst_CliChanges::badUsage()
{
    const CliRun r = cli({u"changes"_s, u"since-tuesday"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"changes: unexpected \"since-tuesday\""_s), qPrintable(r.err));
    QCOMPARE(cli({u"changes"_s, u"--since"_s}).exitCode, 2);
}

void tst_CliChanges::help()
{
    const CliRun r = cli({u"changes"_s, u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"rapport-cli [--db PATH] [--json] changes"_s), qPrintable(r.out));
    const CliRun all = cli({u"--help"_s});
    QVERIFY2(all.out.contains(u"  changes\n"_s), qPrintable(all.out));
}

QTEST_GUILESS_MAIN(tst_CliChanges)
#include "tst_clichanges.moc"
