// rapport-cli backup create|list|restore and import undo, run as the real
// binary: imports back up first, list shows reason and count (text and
// JSON), restore keeps the database aside, undo works once and is then
// refused, and bad usage exits 2.

#include "CliProcess.h"
#include "db/Database.h"
#include "store/ContactStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_CliBackup : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void importBacksUpAndUndoes();
    void createListRestore();
    void restoreUnknownBackupFails();
    void killedRestoreLeavesOneWholeDatabase();
    void badUsage_data();
    void badUsage();
    void helpListsBackup();

private:
    CliRun cli(const QStringList &args);
    QString write(const QString &name, const QByteArray &bytes) const;
    int contactCount();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbPath;
};

void tst_CliBackup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dbPath = m_dir->filePath(u"people.sqlite"_s);
}

void tst_CliBackup::cleanup()
{
    m_dir.reset();
}

CliRun tst_CliBackup::cli(const QStringList &args)
{
    return CliProcess::run(QStringList{u"--db"_s, m_dbPath} + args,
                           CliProcess::isolated(m_dir->path()));
}

QString tst_CliBackup::write(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

int tst_CliBackup::contactCount()
{
    const CliRun r = cli({u"--json"_s, u"contacts"_s, u"list"_s});
    return int(r.json().value(u"contacts"_s).toArray().size());
}

void tst_CliBackup::importBacksUpAndUndoes()
{
    const QString first = write(u"first.csv"_s, "first_name,last_name\nAnn,Lee\nBob,Ray\n");
    QCOMPARE(cli({u"import"_s, u"csv"_s, first}).exitCode, 0);
    const QString second = write(u"second.csv"_s, "first_name,last_name\nCleo,Hart\n");
    QCOMPARE(cli({u"import"_s, u"csv"_s, second}).exitCode, 0);
    QCOMPARE(contactCount(), 3);

    const CliRun list = cli({u"--json"_s, u"backup"_s, u"list"_s});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray backups = list.json().value(u"backups"_s).toArray();
    QCOMPARE(backups.size(), 2);
    const QJsonObject newest = backups.first().toObject();
    QCOMPARE(newest.value(u"reason"_s).toString(), u"import"_s);
    QCOMPARE(newest.value(u"contacts"_s).toInt(), 2);
    QCOMPARE(newest.value(u"description"_s).toString(), u"before importing second.csv"_s);
    QCOMPARE(list.json().value(u"folder"_s).toString(),
             QDir::toNativeSeparators(m_dir->filePath(u"backups/people"_s)));

    const CliRun undo = cli({u"import"_s, u"undo"_s});
    QCOMPARE(undo.exitCode, 0);
    QVERIFY2(undo.out.contains(u"second.csv"_s), qPrintable(undo.out));
    QCOMPARE(contactCount(), 2);
    const CliRun again = cli({u"import"_s, u"undo"_s});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"already undone"_s), qPrintable(again.err));
    QCOMPARE(contactCount(), 2);

    // The first import, by its number, after an edit: by the journal.
    QCOMPARE(cli({u"contacts"_s, u"add"_s, u"--first"_s, u"Dan"_s}).exitCode, 0);
    const CliRun byId = cli({u"--json"_s, u"import"_s, u"undo"_s, u"1"_s});
    QCOMPARE(byId.exitCode, 0);
    QCOMPARE(byId.json().value(u"how"_s).toString(), u"journal"_s);
    QCOMPARE(byId.json().value(u"contacts_removed"_s).toInt(), 2);
    QCOMPARE(contactCount(), 1);
}

void tst_CliBackup::createListRestore()
{
    const QString file = write(u"people.csv"_s, "first_name\nAnn\nBob\n");
    QCOMPARE(cli({u"import"_s, u"csv"_s, file}).exitCode, 0);
    const CliRun made = cli({u"--json"_s, u"backup"_s, u"create"_s});
    QCOMPARE(made.exitCode, 0);
    QCOMPARE(made.json().value(u"contacts"_s).toInt(), 2);
    QCOMPARE(made.json().value(u"reason"_s).toString(), u"manual"_s);
    const QString name = made.json().value(u"file"_s).toString();
    QVERIFY(QFile::exists(m_dir->filePath(u"backups/people/"_s + name)));

    QCOMPARE(cli({u"contacts"_s, u"add"_s, u"--first"_s, u"Cleo"_s}).exitCode, 0);
    QCOMPARE(contactCount(), 3);

    const CliRun text = cli({u"backup"_s, u"list"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"made by hand"_s), qPrintable(text.out));
    QVERIFY2(text.out.contains(u"2 contacts"_s), qPrintable(text.out));
    QVERIFY2(text.outLines().at(1).contains(name), qPrintable(text.out)); // newest first

    const CliRun restored = cli({u"backup"_s, u"restore"_s, name});
    QCOMPARE(restored.exitCode, 0);
    QVERIFY2(restored.out.contains(u"kept as"_s), qPrintable(restored.out));
    QCOMPARE(contactCount(), 2);
    // The database as it was is the newest backup now, and restores back.
    const CliRun after = cli({u"--json"_s, u"backup"_s, u"list"_s});
    const QJsonObject aside = after.json().value(u"backups"_s).toArray().first().toObject();
    QCOMPARE(aside.value(u"reason"_s).toString(), u"restore"_s);
    QCOMPARE(aside.value(u"contacts"_s).toInt(), 3);
    QCOMPARE(cli({u"backup"_s, u"restore"_s, u"1"_s}).exitCode, 0);
    QCOMPARE(contactCount(), 3);
}

void tst_CliBackup::restoreUnknownBackupFails()
{
    QCOMPARE(cli({u"backup"_s, u"create"_s}).exitCode, 1); // no database yet
    QVERIFY(!QFile::exists(m_dbPath));
    const CliRun r = cli({u"backup"_s, u"restore"_s, u"nothing.sqlite"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"backup list"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_dbPath));
}

void tst_CliBackup::killedRestoreLeavesOneWholeDatabase()
{
    QCOMPARE(cli({u"demo"_s, u"--contacts"_s, u"3000"_s}).exitCode, 0);
    const CliRun made = cli({u"--json"_s, u"backup"_s, u"create"_s});
    QCOMPARE(made.exitCode, 0);
    const QString name = made.json().value(u"file"_s).toString();
    QCOMPARE(cli({u"contacts"_s, u"add"_s, u"--first"_s, u"Later"_s}).exitCode, 0);
    // Killed at every stage of a restore (verifying, keeping aside, copying,
    // renaming): the database is always the old one or the restored one,
    // whole, never a mix and never missing.
    for (int delay = 0; delay < 200; delay += 8) {
        QProcess restore;
        restore.setProcessEnvironment(CliProcess::isolated(m_dir->path()));
        restore.start(QStringLiteral(RAPPORT_CLI_PATH),
                      {u"--db"_s, m_dbPath, u"backup"_s, u"restore"_s, name});
        QVERIFY(restore.waitForStarted());
        QThread::msleep(delay);
        restore.kill();
        restore.waitForFinished();
        QVERIFY(QFile::exists(m_dbPath));
        const CliRun check = cli({u"check"_s});
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
        Database db;
        QString error;
        QVERIFY2(db.open(m_dbPath, &error), qPrintable(error));
        const int count = ContactStore(db).totalCount();
        QVERIFY2(count == 3000 || count == 3001, qPrintable(QString::number(count)));
    }
}

void tst_CliBackup::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no verb") << QStringList{u"backup"_s};
    QTest::newRow("unknown verb") << QStringList{u"backup"_s, u"copy"_s};
    QTest::newRow("restore without name") << QStringList{u"backup"_s, u"restore"_s};
    QTest::newRow("list with extra") << QStringList{u"backup"_s, u"list"_s, u"x"_s};
    QTest::newRow("undo not a number") << QStringList{u"import"_s, u"undo"_s, u"last"_s};
}

void tst_CliBackup::badUsage()
{
    QFETCH(QStringList, args);
    const CliRun r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(!QFile::exists(m_dbPath));
}

void tst_CliBackup::helpListsBackup()
{
    const CliRun r = cli({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"backup restore NUMBER|FILE"_s));
    QVERIFY(r.out.contains(u"import undo [ID]"_s));
}

QTEST_GUILESS_MAIN(tst_CliBackup)
#include "tst_clibackup.moc"
