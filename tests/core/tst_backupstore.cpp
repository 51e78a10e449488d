// BackupStore: backups are private files next to the database with their
// reason and contact count; only the last 7 daily, 5 pre-import (and 10 by
// hand, 5 kept aside) stay; a restore keeps the current file aside and
// swaps the backup in; a damaged backup is refused and changes nothing.

#include "db/Database.h"
#include "store/BackupStore.h"
#include "store/ContactStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_BackupStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void backupIsPrivateAndListed();
    void dailyDueOncePerDay();
    void pruningKeepsTheNewestOfEachKind();
    void findByNameOrNumber();
    void restoreKeepsCurrentFileAside();
    void damagedBackupIsRefused();
    void restoreRefusedWhileOpenElsewhere();
    void damagedDatabaseIsRestored();
    void backupOfMissingFolderFails();

private:
    void addContact(const QString &first);
    BackupInfo backup(BackupInfo::Reason reason, const QString &source = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

void tst_BackupStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"people.sqlite"_s);
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_path, &error), qPrintable(error));
}

void tst_BackupStore::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void tst_BackupStore::addContact(const QString &first)
{
    Contact c;
    c.firstName = first;
    QString error;
    QVERIFY2(ContactStore(*m_db).add(c, &error), qPrintable(error));
}

BackupInfo tst_BackupStore::backup(BackupInfo::Reason reason, const QString &source)
{
    BackupInfo made;
    QString error;
    if (!BackupStore(m_path).create(*m_db, reason, source, &made, &error))
        qWarning("%s", qPrintable(error));
    return made;
}

void tst_BackupStore::backupIsPrivateAndListed()
{
    addContact(u"Ann"_s);
    addContact(u"Bob"_s);
    const BackupInfo made = backup(BackupInfo::Reason::BeforeImport, u"/tmp/Connections.zip"_s);
    QVERIFY(QFile::exists(made.path));
    QCOMPARE(QFileInfo(made.path).absolutePath(), m_dir->filePath(u"backups/people"_s));
    QCOMPARE(BackupStore::folderFor(m_path), m_dir->filePath(u"backups/people"_s));
    QCOMPARE(QFile::permissions(made.path) & 0x0077, QFile::Permissions());
    QCOMPARE(QFile::permissions(made.path + u".json"_s) & 0x0077, QFile::Permissions());
    QCOMPARE(QFile::permissions(BackupStore::folderFor(m_path)) & 0x0077, QFile::Permissions());

    const QList<BackupInfo> list = BackupStore(m_path).list();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().fileName, made.fileName);
    QCOMPARE(list.first().contacts, 2);
    QCOMPARE(list.first().reasonText(), u"before importing Connections.zip"_s);
    QVERIFY(qAbs(list.first().createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QString error;
    QVERIFY2(BackupStore::verify(made.path, nullptr, &error), qPrintable(error));

    // Without its sidecar a backup is still listed, from its name.
    QVERIFY(QFile::remove(made.path + u".json"_s));
    const QList<BackupInfo> bare = BackupStore(m_path).list();
    QCOMPARE(bare.size(), 1);
    QCOMPARE(bare.first().reason, BackupInfo::Reason::BeforeImport);
    QCOMPARE(bare.first().contacts, -1);
}

void tst_BackupStore::dailyDueOncePerDay()
{
    BackupStore store(m_path);
    const QDate today = QDate::currentDate();
    QVERIFY(store.dailyDue(today));
    backup(BackupInfo::Reason::Manual);
    QVERIFY(store.dailyDue(today));
    backup(BackupInfo::Reason::Daily);
    QVERIFY(!store.dailyDue(today));
    QVERIFY(store.dailyDue(today.addDays(1)));
}

void tst_BackupStore::pruningKeepsTheNewestOfEachKind()
{
    QStringList daily;
    QStringList imports;
    for (int i = 0; i < 9; ++i) {
        addContact(u"Person %1"_s.arg(i));
        daily << backup(BackupInfo::Reason::Daily).fileName;
        imports << backup(BackupInfo::Reason::BeforeImport, u"file%1.csv"_s.arg(i)).fileName;
    }
    QStringList keptDaily;
    QStringList keptImports;
    const QList<BackupInfo> list = BackupStore(m_path).list();
    for (const BackupInfo &b : list) {
        (b.reason == BackupInfo::Reason::Daily ? keptDaily : keptImports).prepend(b.fileName);
        QVERIFY(QFile::exists(b.path + u".json"_s));
    }
    QCOMPARE(keptDaily, daily.mid(2));
    QCOMPARE(keptImports, imports.mid(4));
    // Newest first, and each has its own count.
    QCOMPARE(list.first().contacts, 9);
    QCOMPARE(list.last().contacts, 3);
    // Nothing else is left behind in the folder.
    const QStringList files = QDir(BackupStore::folderFor(m_path)).entryList(QDir::Files);
    QCOMPARE(files.size(), 2 * (7 + 5));
}

void tst_BackupStore::findByNameOrNumber()
{
    const BackupInfo first = backup(BackupInfo::Reason::Manual);
    const BackupInfo second = backup(BackupInfo::Reason::Manual);
    BackupStore store(m_path);
    QCOMPARE(store.find(u"1"_s)->fileName, second.fileName);
    QCOMPARE(store.find(u"2"_s)->fileName, first.fileName);
    QVERIFY(!store.find(u"3"_s));
    QCOMPARE(store.find(first.fileName)->fileName, first.fileName);
    QCOMPARE(store.find(first.path)->fileName, first.fileName);
    QCOMPARE(store.find(first.fileName.chopped(7))->fileName, first.fileName);
    QVERIFY(!store.find(u"nothing.sqlite"_s));
}

void tst_BackupStore::restoreKeepsCurrentFileAside()
{
    addContact(u"Ann"_s);
    const BackupInfo made = backup(BackupInfo::Reason::Daily);
    addContact(u"Bob"_s);
    addContact(u"Cleo"_s);
    m_db.reset();

    BackupStore store(m_path);
    BackupInfo aside;
    QString error;
    QVERIFY2(store.restore(made, &aside, &error), qPrintable(error));
    QVERIFY(QFile::exists(aside.path));
    QCOMPARE(aside.reason, BackupInfo::Reason::BeforeRestore);
    QCOMPARE(aside.contacts, 3);
    QCOMPARE(QFile::permissions(m_path) & 0x0077, QFile::Permissions());
    QVERIFY(!QFile::exists(m_path + u"-wal"_s) || QFileInfo(m_path + u"-wal"_s).size() == 0);

    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(m_path, &error), qPrintable(error));
    QCOMPARE(ContactStore(*m_db).totalCount(), 1);
    // The kept-aside file is a backup like the others, and restores back.
    const std::optional<BackupInfo> listed = store.find(aside.fileName);
    QVERIFY(listed);
    QVERIFY(listed->reasonText().contains(made.fileName));
    QCOMPARE(listed->contacts, 3);
    m_db.reset();
    QVERIFY2(store.restore(*listed, nullptr, &error), qPrintable(error));
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(m_path, &error), qPrintable(error));
    QCOMPARE(ContactStore(*m_db).totalCount(), 3);
}

void tst_BackupStore::damagedBackupIsRefused()
{
    for (int i = 0; i < 300; ++i)
        addContact(u"Person number %1 with a longer name"_s.arg(i));
    const BackupInfo made = backup(BackupInfo::Reason::Daily);
    addContact(u"After"_s);
    m_db.reset();
    qint64 pageSize = 0;
    {
        // Scribble over a page in the middle, as a bad disk would. The page
        // size is the file's own (SQLite's header, bytes 16-17; 1 = 65536).
        QFile file(made.path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray header = file.read(100);
        QCOMPARE(header.size(), 100);
        pageSize = (quint8(header.at(16)) << 8) | quint8(header.at(17));
        if (pageSize == 1)
            pageSize = 65536;
        QVERIFY(pageSize >= 512);
        QVERIFY(file.size() > 4 * pageSize);
        QVERIFY(file.seek(2 * pageSize + 100));
        file.write(QByteArray(qMin<qint64>(3000, pageSize - 200), '\x5a'));
    }
    const QByteArray before = [&] {
        QFile f(m_path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    BackupStore store(m_path);
    const int backupsBefore = int(store.list().size());
    QString error;
    QVERIFY(!store.restore(made, nullptr, &error));
    QVERIFY2(error.contains(u"damaged"_s), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(made.path)), qPrintable(error));
    QFile now(m_path);
    QVERIFY(now.open(QIODevice::ReadOnly));
    QCOMPARE(now.readAll(), before);
    QCOMPARE(int(store.list().size()), backupsBefore); // nothing kept aside

    // A file cut short is refused the same way.
    QVERIFY(QFile::resize(made.path, pageSize + 10));
    QVERIFY(!store.restore(made, nullptr, &error));
}

void tst_BackupStore::restoreRefusedWhileOpenElsewhere()
{
    addContact(u"Ann"_s);
    const BackupInfo made = backup(BackupInfo::Reason::Daily);
    addContact(u"Bob"_s);
    // m_db stays open, as another window or rapport-cli would.
    BackupStore store(m_path);
    QVERIFY(BackupStore::isInUse(m_path));
    const int backupsBefore = int(store.list().size());
    QString error;
    QVERIFY(!store.restore(made, nullptr, &error));
    QVERIFY2(error.contains(u"in use"_s), qPrintable(error));
    QCOMPARE(int(store.list().size()), backupsBefore);
    QCOMPARE(ContactStore(*m_db).totalCount(), 2);
    m_db.reset();
    QVERIFY(!BackupStore::isInUse(m_path));
}

void tst_BackupStore::damagedDatabaseIsRestored()
{
    addContact(u"Ann"_s);
    const BackupInfo made = backup(BackupInfo::Reason::Daily);
    m_db.reset();
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(0));
        file.write(QByteArray(512, '\x00'));
    }
    QVERIFY(!BackupStore::isInUse(m_path)); // damaged, not busy
    BackupInfo aside;
    QString error;
    QVERIFY2(BackupStore(m_path).restore(made, &aside, &error), qPrintable(error));
    QVERIFY(QFile::exists(aside.path));
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(m_path, &error), qPrintable(error));
    QCOMPARE(ContactStore(*m_db).totalCount(), 1);
}

void tst_BackupStore::backupOfMissingFolderFails()
{
    // The backups folder cannot be made where a file is in the way.
    QFile blocker(m_dir->filePath(u"backups"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    BackupInfo made;
    QString error;
    QVERIFY(!BackupStore(m_path).create(*m_db, BackupInfo::Reason::Daily, {}, &made, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(BackupStore::folderFor(m_path))),
             qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_BackupStore)
#include "tst_backupstore.moc"
