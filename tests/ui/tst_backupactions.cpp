// The window's backups: the daily backup runs after the database opens
// (once a day), File ▸ Restore From Backup… puts a chosen backup in place
// and reopens it, Edit ▸ Undo Import… takes the last import back and is
// refused with a clear message the second time.

#include "SeamTesting.h"
#include "db/Database.h"
#include "io/CsvImporter.h"
#include "settings/Settings.h"
#include "shell/BackupActions.h"
#include "shell/MainWindow.h"
#include "shell/RestoreBackupDialog.h"
#include "store/BackupStore.h"
#include "store/ContactStore.h"

#include <QAction>
#include <QElapsedTimer>
#include <QFile>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_BackupActions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void dailyBackupOncePerDay();
    void restoreFromBackup();
    void restoreWithoutBackupsSaysWhere();
    void undoImportThenRefuseTwice();

private:
    void openWindow();
    QAction *action(const QString &name) const;
    int contacts() const { return m_window->contactStore()->totalCount(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
};

void tst_BackupActions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
    m_path = m_dir->filePath(u"contacts.sqlite"_s);
    SeamTesting::start();
}

void tst_BackupActions::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

void tst_BackupActions::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_settings);
    QVERIFY(m_window->openDatabase(m_path));
}

QAction *tst_BackupActions::action(const QString &name) const
{
    return m_window->findChild<QAction *>(name);
}

void tst_BackupActions::dailyBackupOncePerDay()
{
    openWindow();
    QVERIFY(m_window->backupActions()->dailyBackupRunning() ||
            !BackupStore(m_path).list().isEmpty());
    m_window->backupActions()->waitForDailyBackup();
    QList<BackupInfo> backups = BackupStore(m_path).list();
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.first().reason, BackupInfo::Reason::Daily);
    // Opening again the same day makes no second one.
    QVERIFY(m_window->openDatabase(m_path));
    QVERIFY(!m_window->backupActions()->dailyBackupRunning());
    QCOMPARE(BackupStore(m_path).list().size(), 1);
}

void tst_BackupActions::restoreFromBackup()
{
    openWindow();
    m_window->backupActions()->waitForDailyBackup();
    Contact c;
    c.firstName = u"Added"_s;
    c.lastName = u"Later"_s;
    QString error;
    QVERIFY2(m_window->contactStore()->add(c, &error), qPrintable(error));
    QCOMPARE(contacts(), 1);

    QStringList listed;
    DialogRunner::setNextHandler<RestoreBackupDialog>(
        u"restoreBackupDialog"_s, [&](RestoreBackupDialog &dialog) {
            auto *list = dialog.findChild<QTreeWidget *>(u"backupList"_s);
            for (int i = 0; list && i < list->topLevelItemCount(); ++i)
                listed << list->topLevelItem(i)->text(1) + u'|' + list->topLevelItem(i)->text(2);
            dialog.select(0);
            return true;
        });
    Prompts::setNextAnswer(true);
    action(u"restoreBackupAction"_s)->trigger();
    QVERIFY2(SeamTesting::warnings().isEmpty(), qPrintable(SeamTesting::warnings().join(u'\n')));
    QCOMPARE(listed, QStringList{u"daily|0"_s});
    QCOMPARE(SeamTesting::questions().size(), 1);
    QVERIFY(SeamTesting::questions().first().contains(u"kept aside"_s));
    QCOMPARE(contacts(), 0); // the window reads the restored file
    QCOMPARE(m_window->databasePath(), QFileInfo(m_path).absoluteFilePath());
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"kept as"_s));
    const QList<BackupInfo> backups = BackupStore(m_path).list();
    QCOMPARE(backups.first().reason, BackupInfo::Reason::BeforeRestore);
    QCOMPARE(backups.first().contacts, 1);
}

void tst_BackupActions::restoreWithoutBackupsSaysWhere()
{
    openWindow();
    m_window->backupActions()->waitForDailyBackup();
    for (const BackupInfo &b : BackupStore(m_path).list())
        QVERIFY(QFile::remove(b.path));
    action(u"restoreBackupAction"_s)->trigger();
    QCOMPARE(SeamTesting::warnings().size(), 1);
    QVERIFY2(SeamTesting::warnings().first().contains(
                 QDir::toNativeSeparators(BackupStore::folderFor(m_path))),
             qPrintable(SeamTesting::warnings().first()));
}

void tst_BackupActions::undoImportThenRefuseTwice()
{
    openWindow();
    m_window->backupActions()->waitForDailyBackup();
    // An import as the window's worker makes it: its own connection.
    const QString csv = m_dir->filePath(u"people.csv"_s);
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("first_name,last_name\nAnn,Lee\nBob,Ray\n");
    }
    {
        Database db;
        QString error;
        QVERIFY2(db.open(m_path, &error), qPrintable(error));
        CsvImporter::Preview preview;
        QVERIFY(CsvImporter::preview(csv, 10, &preview, &error));
        CsvImporter importer(db);
        importer.setMapping(CsvColumnMapping::automatic(preview.headers, preview.rows));
        QVERIFY2(importer.run(csv, nullptr, &error), qPrintable(error));
    }
    QCOMPARE(contacts(), 2);
    QAction *undo = action(u"undoImportAction"_s);
    BackupActions::describeUndo(undo, nullptr);
    QVERIFY(!undo->isEnabled());
    Database reader;
    QString error;
    QVERIFY2(reader.open(m_path, &error), qPrintable(error));
    BackupActions::describeUndo(undo, &reader);
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), u"Undo &Import of people.csv…"_s);
    reader.close();
    Prompts::setNextAnswer(true);
    undo->trigger();
    QVERIFY2(SeamTesting::warnings().isEmpty(), qPrintable(SeamTesting::warnings().join(u'\n')));
    QVERIFY(SeamTesting::questions().last().contains(u"people.csv"_s));
    QCOMPARE(contacts(), 0);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"undone"_s));

    Database after;
    QVERIFY2(after.open(m_path, &error), qPrintable(error));
    BackupActions::describeUndo(undo, &after);
    QVERIFY(!undo->isEnabled());
    after.close();
    undo->setEnabled(true); // as a shortcut could still reach it
    undo->trigger();
    QCOMPARE(SeamTesting::warnings().size(), 1);
    QVERIFY2(SeamTesting::warnings().first().contains(u"already undone"_s),
             qPrintable(SeamTesting::warnings().first()));
}

QTEST_MAIN(tst_BackupActions)
#include "tst_backupactions.moc"
