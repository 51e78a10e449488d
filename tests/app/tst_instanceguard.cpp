// The single-instance rule: one claim per database, known by its file
// identity (a hard link, a symlink, another spelling or another TMPDIR meet
// the same guard), a second launch on the same database hands over its
// arguments and exits, other databases run, and the lock of a killed
// process is taken over.

#include "InstanceGuard.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

// True once a Rapport process claims `db` and listens for other launches.
bool waitUntilListening(const QString &db, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (InstanceGuard::isClaimed(db))
            return true;
        QTest::qWait(100);
    }
    return false;
}

bool writeFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write("SQLite format 3") > 0;
}

#ifdef Q_OS_UNIX
bool hardLink(const QString &target, const QString &link)
{
    return ::link(QFile::encodeName(target).constData(), QFile::encodeName(link).constData()) == 0;
}
#endif

QProcessEnvironment windowEnvironment(const QTemporaryDir &dir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    // Its own settings, so the test never touches the user's.
    env.insert(u"HOME"_s, dir.path());
    env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
    return env;
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

    void hardLinkMeetsTheSameGuard()
    {
#ifndef Q_OS_UNIX
        QSKIP("hard links are made with link(2) here");
#else
        QTemporaryDir dir;
        const QString db = dir.filePath(u"linked.sqlite"_s);
        QVERIFY(writeFile(db));
        QVERIFY(QDir(dir.path()).mkdir(u"elsewhere"_s));
        const QString sameFolder = dir.filePath(u"alias.sqlite"_s);
        const QString otherFolder = dir.filePath(u"elsewhere/other-name.sqlite"_s);
        QVERIFY(hardLink(db, sameFolder));
        QVERIFY(hardLink(db, otherFolder));
        QCOMPARE(InstanceGuard::identityKey(sameFolder), InstanceGuard::identityKey(db));
        QCOMPARE(InstanceGuard::serverName(otherFolder), InstanceGuard::serverName(db));

        InstanceGuard owner(db);
        QString error;
        QVERIFY2(owner.claim(&error), qPrintable(error));
        for (const QString &link : {sameFolder, otherFolder}) {
            InstanceGuard second(link);
            QVERIFY2(!second.claim(&error), qPrintable(link));
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(InstanceGuard::isClaimed(link));
        }
        // A copy is another database.
        const QString copy = dir.filePath(u"copy.sqlite"_s);
        QVERIFY(QFile::copy(db, copy));
        InstanceGuard other(copy);
        QVERIFY(other.claim());
#endif
    }

    void anySpellingMeetsTheSameGuard()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(u"sub"_s));
        const QString db = dir.filePath(u"spelled.sqlite"_s);
        QVERIFY(writeFile(db));
        InstanceGuard owner(db);
        QVERIFY(owner.claim());
        QStringList spellings = {dir.filePath(u"sub/../spelled.sqlite"_s),
                                 dir.filePath(u"./spelled.sqlite"_s)};
#ifdef Q_OS_UNIX
        QVERIFY(QFile::link(db, dir.filePath(u"symlink.sqlite"_s)));
        spellings << dir.filePath(u"symlink.sqlite"_s);
#endif
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir.filePath(u"sub"_s)));
        spellings << u"../spelled.sqlite"_s;
        for (const QString &spelling : std::as_const(spellings)) {
            InstanceGuard second(spelling);
            QVERIFY2(!second.claim(), qPrintable(spelling));
        }
        QDir::setCurrent(previous);
    }

    void anotherTempFolderMeetsTheSameGuard()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"tmpdir.sqlite"_s);
        QVERIFY(writeFile(db));
        QVERIFY(QDir(dir.path()).mkdir(u"tmp-a"_s));
        QVERIFY(QDir(dir.path()).mkdir(u"tmp-b"_s));
        const QByteArray saved = qgetenv("TMPDIR");
        const auto restore = qScopeGuard([&saved] {
            if (saved.isNull())
                qunsetenv("TMPDIR");
            else
                qputenv("TMPDIR", saved);
        });
        qputenv("TMPDIR", QFile::encodeName(dir.filePath(u"tmp-a"_s)));
        InstanceGuard owner(db);
        QVERIFY(owner.claim());
        QSignalSpy received(&owner, &InstanceGuard::argumentsReceived);
        qputenv("TMPDIR", QFile::encodeName(dir.filePath(u"tmp-b"_s)));
        QVERIFY(QDir::tempPath().endsWith(u"tmp-b"_s));
        InstanceGuard second(db);
        QString error;
        QVERIFY(!second.claim(&error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
#ifdef Q_OS_LINUX
        // The arguments arrive too: the socket does not live in TMPDIR.
        bool delivered = false;
        std::thread sender([&] { delivered = second.forward({u"again"_s}, 10000); });
        QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 10000);
        sender.join();
        QVERIFY(delivered);
#endif
    }

    void databaseCreatedAfterTheClaimIsGuardedByIdentity()
    {
#ifndef Q_OS_UNIX
        QSKIP("hard links are made with link(2) here");
#else
        QTemporaryDir dir;
        const QString db = dir.filePath(u"new.sqlite"_s);
        InstanceGuard owner(db);
        QVERIFY(owner.claim());
        QVERIFY(writeFile(db)); // the window opens, and so creates, it
        InstanceGuard samePath(db);
        QVERIFY(!samePath.claim());
        QVERIFY(owner.claim()); // as main.cpp does once the database is open
        const QString link = dir.filePath(u"link.sqlite"_s);
        QVERIFY(hardLink(db, link));
        InstanceGuard linked(link);
        QVERIFY(!linked.claim());
#endif
    }

    void killedOwnersLockIsTakenOver()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"killed.sqlite"_s);
        QProcess first;
        first.setProcessEnvironment(windowEnvironment(dir));
        first.start(QStringLiteral(RAPPORT_EXE), {u"--db"_s, db});
        QVERIFY(first.waitForStarted());
        const bool listening = waitUntilListening(db, 30000);
        if (!listening)
            stop(first);
        QVERIFY2(listening, first.readAllStandardError().constData());
        // Wait for its claim by identity (the window created the file).
        QTRY_VERIFY_WITH_TIMEOUT(
            QFile::exists(InstanceGuard::lockFilePath(db, InstanceGuard::identityKey(db))), 30000);
        InstanceGuard whileRunning(db);
        QVERIFY(!whileRunning.claim());

        first.kill(); // SIGKILL: no clean-up of its own
        QVERIFY(first.waitForFinished(10000));
        QVERIFY(QFile::exists(InstanceGuard::lockFilePath(db, InstanceGuard::identityKey(db))));
        InstanceGuard next(db);
        QString error;
        QVERIFY2(next.claim(&error), qPrintable(error));
        QVERIFY(next.isPrimary());
    }

    // The real executable: a second launch on the same database exits 0
    // at once, a launch on another database keeps running.
    void secondWindowOnOneDatabaseExits()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"window.sqlite"_s);
        const QString other = dir.filePath(u"other.sqlite"_s);
        const QProcessEnvironment env = windowEnvironment(dir);

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

#ifdef Q_OS_LINUX
        // Through a hard link in another folder, with another TMPDIR: the
        // same database, handed over the same way.
        QVERIFY(QDir(dir.path()).mkpath(u"elsewhere/tmp"_s));
        const QString link = dir.filePath(u"elsewhere/window-link.sqlite"_s);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(db), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            QFile::exists(InstanceGuard::lockFilePath(db, InstanceGuard::identityKey(db))), 30000);
        QVERIFY(hardLink(db, link));
        QProcessEnvironment linkEnv = env;
        linkEnv.insert(u"TMPDIR"_s, dir.filePath(u"elsewhere/tmp"_s));
        QProcess viaLink;
        viaLink.setProcessEnvironment(linkEnv);
        viaLink.start(QStringLiteral(RAPPORT_EXE), {u"--db"_s, link});
        const bool linkEnded = viaLink.waitForFinished(20000);
        if (!linkEnded)
            stop(viaLink);
        QVERIFY2(linkEnded, "a launch through a hard link kept running");
        QCOMPARE(viaLink.exitCode(), 0);
        QCOMPARE(first.state(), QProcess::Running);
#endif

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
