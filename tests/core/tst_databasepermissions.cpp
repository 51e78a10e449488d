// A new database is private to its user: 0700 for a folder Rapport creates,
// 0600 for the file and SQLite's -wal and -shm beside it.

#include "db/Database.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

const QFileDevice::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                        QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

} // namespace

class TestDatabasePermissions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
#ifndef Q_OS_UNIX
        QSKIP("File modes are a Unix matter; Windows keeps AppData private per user.");
#endif
    }

    void newDatabaseAndFolderArePrivate()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(u"Rapport"_s);
        const QString path = folder + u"/rapport.sqlite"_s;
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"CREATE TABLE probe(x)"_s));
        QVERIFY(q.exec(u"INSERT INTO probe VALUES (1)"_s));

        QCOMPARE(QFile::permissions(folder) & others, QFileDevice::Permissions());
        QVERIFY(QFile::permissions(folder) & QFile::ExeOwner);
        for (const QString &file : {path, path + u"-wal"_s, path + u"-shm"_s}) {
            QVERIFY2(QFile::exists(file), qPrintable(file));
            const QFileDevice::Permissions mode = QFile::permissions(file);
            QVERIFY2(!(mode & others), qPrintable(file));
            QVERIFY2(mode & QFile::ReadOwner && mode & QFile::WriteOwner, qPrintable(file));
        }
    }

    // The person's own folder (Documents, say) keeps the mode it had.
    void existingFolderKeepsItsMode()
    {
        QTemporaryDir dir;
        const QFileDevice::Permissions shared =
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser |
            QFile::WriteUser | QFile::ExeUser | QFile::ReadGroup | QFile::ExeGroup;
        QVERIFY(QFile::setPermissions(dir.path(), shared));
        Database db;
        QString error;
        QVERIFY2(db.open(dir.filePath(u"mine.sqlite"_s), &error), qPrintable(error));
        QCOMPARE(QFile::permissions(dir.path()), shared);
        QVERIFY(!(QFile::permissions(dir.filePath(u"mine.sqlite"_s)) & others));
    }
};

QTEST_GUILESS_MAIN(TestDatabasePermissions)
#include "tst_databasepermissions.moc"
