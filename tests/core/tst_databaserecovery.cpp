// Database::open after a crash, on a full disk and on files it may not write:
// the states are built byte by byte, as a killed process or a cut-short
// checkpoint leaves them, so each run checks the same thing.

#include "db/Database.h"
#include "domain/Contact.h"
#include "store/ContactStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

int contactCount(const Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT count(*) FROM contact"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QString quickCheck(const Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"PRAGMA integrity_check"_s) || !q.next())
        return u"(failed)"_s;
    return q.value(0).toString();
}

Contact person(int i)
{
    Contact c;
    c.firstName = u"Person"_s;
    c.lastName = QString::number(i);
    c.notes = QString(300, QChar(u'a' + i % 26));
    return c;
}

// The last image of page 1 in a write-ahead log: what a checkpoint writes
// into the main file first.
QByteArray lastPageOneInWal(const QByteArray &wal)
{
    if (wal.size() < 32)
        return {};
    const auto *bytes = reinterpret_cast<const uchar *>(wal.constData());
    const quint32 pageSize = qFromBigEndian<quint32>(bytes + 8);
    QByteArray page;
    for (quint64 at = 32; at + 24 + pageSize <= quint64(wal.size()); at += 24 + pageSize) {
        if (qFromBigEndian<quint32>(bytes + at) == 1)
            page = wal.mid(qsizetype(at + 24), qsizetype(pageSize));
    }
    return page;
}

} // namespace

class tst_DatabaseRecovery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_seed = 0;

    // A database with `before` contacts checkpointed into the main file and
    // `after` more only in its write-ahead log, copied as a kill -9 leaves
    // it: main file and -wal, no -shm.
    QString crashedCopy(int before, int after, bool withSharedMemory = false)
    {
        const QString source = m_dir.filePath(u"source-%1.sqlite"_s.arg(++m_seed));
        {
            Database db;
            if (!db.open(source, nullptr))
                return {};
            ContactStore store(db);
            for (int i = 0; i < before; ++i) {
                Contact c = person(i);
                if (!store.add(c, nullptr))
                    return {};
            }
        }
        const QString copy = m_dir.filePath(u"crashed-%1.sqlite"_s.arg(m_seed));
        Database db;
        if (!db.open(source, nullptr))
            return {};
        QSqlQuery q(db.connection());
        q.exec(u"PRAGMA wal_autocheckpoint = 0"_s);
        ContactStore store(db);
        for (int i = before; i < before + after; ++i) {
            Contact c = person(i);
            if (!store.add(c, nullptr))
                return {};
        }
        // Copied while the writer still holds them: nothing checkpointed.
        if (!QFile::copy(source, copy) || !QFile::copy(source + u"-wal"_s, copy + u"-wal"_s))
            return {};
        if (withSharedMemory && !QFile::copy(source + u"-shm"_s, copy + u"-shm"_s))
            return {};
        return copy;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void opensAfterKillWithChangesOnlyInTheLog()
    {
        const QString path = crashedCopy(20, 300);
        QVERIFY(!path.isEmpty());
        QVERIFY(QFileInfo(path + u"-wal"_s).size() > 0);
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(contactCount(db), 320);
        QVERIFY(!db.isReadOnly());
    }

    void opensAfterKillWithItsSharedMemoryLeftBehind()
    {
        // The -shm of a killed writer is left too: SQLite must rebuild it
        // from the log, which a read-only look cannot do.
        const QString path = crashedCopy(10, 200, true);
        QVERIFY(!path.isEmpty());
        QVERIFY(QFile::exists(path + u"-shm"_s));
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(contactCount(db), 210);
        QVERIFY(!db.isReadOnly());
    }

    void opensAfterCheckpointCutShort()
    {
        // The checkpoint wrote page 1 (its header now counts every page) and
        // was killed before the file grew: the main file is shorter than its
        // header says, and the missing pages are in the log.
        const QString path = crashedCopy(5, 400);
        QVERIFY(!path.isEmpty());
        const QByteArray page1 = lastPageOneInWal(readAll(path + u"-wal"_s));
        QVERIFY(!page1.isEmpty());
        QByteArray main = readAll(path);
        main.replace(0, page1.size(), page1);
        QVERIFY(writeAll(path, main));
        const auto *header = reinterpret_cast<const uchar *>(page1.constData());
        const quint32 pageSize = qFromBigEndian<quint16>(header + 16);
        const quint32 headerPages = qFromBigEndian<quint32>(header + 28);
        // The header's page count is in force (valid-for == change counter).
        QCOMPARE(qFromBigEndian<quint32>(header + 92), qFromBigEndian<quint32>(header + 24));
        QVERIFY2(quint64(main.size()) < quint64(pageSize) * headerPages,
                 "the built state has a main file shorter than its header");

        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(contactCount(db), 405);
        QCOMPARE(quickCheck(db), u"ok"_s);
        // Open finished the checkpoint: the main file holds every page again.
        QVERIFY(QFileInfo(path).size() >= qint64(pageSize) * headerPages);
        db.close();
        Database again;
        QVERIFY2(again.open(path, &error), qPrintable(error));
        QCOMPARE(contactCount(again), 405);
    }

    void refusesTruncatedCopyWhoseLogDoesNotCoverIt()
    {
        const QString path = crashedCopy(400, 3);
        QVERIFY(!path.isEmpty());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() / 3));
        f.close();
        const QByteArray before = readAll(path);
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(u"damaged"_s), qPrintable(error));
        QVERIFY2(error.contains(QFileInfo(path).fileName()), qPrintable(error));
        QCOMPARE(readAll(path), before);
    }

    void diskFullSaysSoAndNamesTheFile()
    {
        const QString path = m_dir.filePath(u"full.sqlite"_s);
        Database db;
        QVERIFY(db.open(path, nullptr));
        ContactStore store(db);
        {
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(u"PRAGMA page_count"_s) && q.next());
            // SQLite refuses to grow past this as it does on a full disk.
            QVERIFY(q.exec(u"PRAGMA max_page_count = %1"_s.arg(q.value(0).toInt() + 2)));
        }
        QString error;
        bool failed = false;
        for (int i = 0; i < 500 && !failed; ++i) {
            Contact c = person(i);
            failed = !store.add(c, &error);
        }
        QVERIFY(failed);
        QVERIFY2(error.contains(u"no space left on the disk"_s), qPrintable(error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY2(!error.contains(u"database or disk is full"_s), "no raw SQLite text");
    }

    void readOnlyAccessReadsAndRefusesWrites()
    {
        const QString path = m_dir.filePath(u"ro.sqlite"_s);
        {
            Database db;
            QVERIFY(db.open(path, nullptr));
            ContactStore store(db);
            Contact c = person(1);
            QVERIFY(store.add(c, nullptr));
        }
        const QByteArray before = readAll(path);
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error, Database::Access::ReadOnly), qPrintable(error));
        QVERIFY(db.isReadOnly());
        QCOMPARE(contactCount(db), 1);
        ContactStore store(db);
        Contact c = person(2);
        QVERIFY(!store.add(c, &error));
        QVERIFY2(error.contains(u"read-only"_s), qPrintable(error));
        QVERIFY2(!error.contains(u"attempt to write"_s), "no raw SQLite text");
        db.close();
        QCOMPARE(readAll(path), before);
    }

    void unwritableFileAndFolderOpenReadOnly()
    {
        if (::geteuid() == 0)
            QSKIP("root may write to any file; tests/cli/readonly_fs.sh checks a read-only disk");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"locked.sqlite"_s);
        {
            Database db;
            QVERIFY(db.open(path, nullptr));
        }
        QFile::setPermissions(path, QFile::ReadOwner);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
        Database db;
        QString error;
        const bool opened = db.open(path, &error);
        const bool readOnly = db.isReadOnly();
        db.close();
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY2(opened, qPrintable(error));
        QVERIFY(readOnly);
    }
};

QTEST_GUILESS_MAIN(tst_DatabaseRecovery)
#include "tst_databaserecovery.moc"
