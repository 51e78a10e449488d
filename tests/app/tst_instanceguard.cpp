// The single-instance rule: one claim per database, a second launch on the
// same database hands over its arguments and exits, other databases run.

#include "InstanceGuard.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

// True once a Rapport process claims `db` and listens for other launches.
bool waitUntilListening(const QString &db, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QLocalSocket socket;
        socket.connectToServer(InstanceGuard::serverName(db));
        if (socket.waitForConnected(200))
            return true;
        QTest::qWait(100);
    }
    return false;
}

void stop(QProcess &process)
{
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
    }
}

} // namespace

class TestInstanceGuard : public QObject
{
    Q_OBJECT

private slots:
    void sameDatabaseUnderAnySpellingHasOneName()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkdir(u"sub"_s));
        const QString plain = dir.filePath(u"a.sqlite"_s);
        const QString detour = dir.filePath(u"sub/../a.sqlite"_s);
        QCOMPARE(InstanceGuard::serverName(detour), InstanceGuard::serverName(plain));
        QVERIFY(InstanceGuard::serverName(dir.filePath(u"b.sqlite"_s)) !=
                InstanceGuard::serverName(plain));
#ifdef Q_OS_UNIX
        const QString link = dir.filePath(u"link"_s);
        QVERIFY(QFile::link(dir.path(), link));
        QCOMPARE(InstanceGuard::serverName(link + u"/a.sqlite"_s),
                 InstanceGuard::serverName(plain));
#endif
    }

    void secondClaimOnOneDatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"one.sqlite"_s);
        InstanceGuard first(db);
        QString error;
        QVERIFY2(first.claim(&error), qPrintable(error));
        QVERIFY(first.isPrimary());

        InstanceGuard second(db);
        QVERIFY(!second.claim(&error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!second.isPrimary());
    }

    void differentDatabasesAreBothClaimed()
    {
        QTemporaryDir dir;
        InstanceGuard a(dir.filePath(u"a.sqlite"_s));
        InstanceGuard b(dir.filePath(u"b.sqlite"_s));
        QVERIFY(a.claim());
        QVERIFY(b.claim());
    }

    void releasedDatabaseCanBeClaimedAgain()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"again.sqlite"_s);
        {
            InstanceGuard first(db);
            QVERIFY(first.claim());
        }
        InstanceGuard next(db);
        QVERIFY(next.claim());
    }

    void forwardedArgumentsReachTheOwner()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"fwd.sqlite"_s);
        InstanceGuard owner(db);
        QVERIFY(owner.claim());
        QSignalSpy received(&owner, &InstanceGuard::argumentsReceived);

        const QStringList sent = {u"rapport"_s, u"--db"_s, db};
        bool delivered = false;
        // forward() blocks, so it runs where the owner's event loop is not.
        std::thread sender([&] { delivered = InstanceGuard(db).forward(sent, 10000); });
        QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 10000);
        sender.join();
        QVERIFY(delivered);
        QCOMPARE(received.at(0).at(0).toStringList(), sent);
    }

    void forwardWithoutOwnerFails()
    {
        QTemporaryDir dir;
        QVERIFY(!InstanceGuard(dir.filePath(u"nobody.sqlite"_s)).forward({u"x"_s}, 300));
    }

    // The real executable: a second launch on the same database exits 0
    // at once, a launch on another database keeps running.
    void secondWindowOnOneDatabaseExits()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"window.sqlite"_s);
        const QString other = dir.filePath(u"other.sqlite"_s);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        // Its own settings, so the test never touches the user's.
        env.insert(u"HOME"_s, dir.path());
        env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));

        QProcess first;
        first.setProcessEnvironment(env);
        first.start(QStringLiteral(RAPPORT_EXE), {u"--db"_s, db});
        QVERIFY(first.waitForStarted());
        const bool listening = waitUntilListening(db, 30000);
        if (!listening)
            stop(first);
        QVERIFY2(listening, first.readAllStandardError().constData());

        QProcess second;
        second.setProcessEnvironment(env);
        second.start(QStringLiteral(RAPPORT_EXE), {u"--db"_s, db});
        const bool secondEnded = second.waitForFinished(20000);
        if (!secondEnded)
            stop(second);
        QVERIFY2(secondEnded, "the second launch on one database kept running");
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(first.state(), QProcess::Running);

        QProcess third;
        third.setProcessEnvironment(env);
        third.start(QStringLiteral(RAPPORT_EXE), {u"--db"_s, other});
        QVERIFY(third.waitForStarted());
        const bool thirdListening = waitUntilListening(other, 30000);
        const bool thirdRunning = third.state() == QProcess::Running;
        stop(third);
        stop(first);
        QVERIFY(thirdListening);
        QVERIFY(thirdRunning);
    }
};

QTEST_GUILESS_MAIN(TestInstanceGuard)
#include "tst_instanceguard.moc"
