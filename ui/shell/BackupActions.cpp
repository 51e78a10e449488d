#include "shell/BackupActions.h"

#include "common/DialogRunner.h"
#include "common/MinuteTime.h"
#include "common/Prompts.h"
#include "db/Database.h"
#include "shell/RestoreBackupDialog.h"
#include "store/BackupStore.h"
#include "store/ImportUndo.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QThread>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace rapport {

BackupActions::BackupActions(QWidget *window, FileSwap swap)
    : QObject(window)
    , m_window(window)
    , m_swap(std::move(swap))
{}

BackupActions::~BackupActions()
{
    waitForDailyBackup();
}

void BackupActions::startDailyBackup(const QString &path)
{
    if (m_thread || path.isEmpty() || !BackupStore(path).dailyDue(QDate::currentDate()))
        return;
    m_thread = QThread::create([this, path] {
        // Its own connection: VACUUM INTO reads one consistent snapshot
        // while the window goes on reading and writing.
        Database db;
        BackupInfo made;
        QString error;
        const bool ok =
            db.open(path, &error) &&
            BackupStore(path).create(db, BackupInfo::Reason::Daily, QString(), &made, &error);
        db.close();
        const QString text =
            ok ? tr("Daily backup saved in %1.")
                     .arg(QDir::toNativeSeparators(QFileInfo(made.path).absolutePath()))
               : tr("The daily backup failed: %1").arg(error);
        QMetaObject::invokeMethod(
            this, [this, text] { emit message(text); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(u"dailyBackup"_s);
    connect(m_thread, &QThread::finished, this, [this] {
        if (m_thread) {
            m_thread->deleteLater();
            m_thread = nullptr;
        }
    });
    m_thread->start(QThread::LowPriority);
}

void BackupActions::waitForDailyBackup()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

bool BackupActions::restoreFromBackup(const QString &path)
{
    if (path.isEmpty())
        return false;
    waitForDailyBackup();
    const BackupStore store(path);
    const QList<BackupInfo> backups = store.list();
    const QString name = QDir::toNativeSeparators(path);
    if (backups.isEmpty()) {
        Prompts::warning(m_window, tr("No Backups"),
                         tr("There are no backups of %1 yet in %2. Rapport makes one "
                            "every day and before every import.")
                             .arg(name, QDir::toNativeSeparators(store.folder())));
        return false;
    }
    RestoreBackupDialog dialog(store.folder(), backups, m_window);
    const bool accepted = DialogRunner::run(dialog);
    const std::optional<BackupInfo> chosen = dialog.selected();
    if (!accepted || !chosen)
        return false;
    const QString when = MinuteTime::dateTime(chosen->createdAt, QLocale::ShortFormat);
    const QString restoreTitle = tr("Restore From Backup");
    if (!Prompts::confirm(
            m_window, restoreTitle,
            tr("Replace %1 with the backup of %2 (%3, %4 contacts)? The database as it "
               "is now is kept aside as a backup of its own, so this can be reversed.")
                .arg(name, when, chosen->reasonText(),
                     chosen->contacts < 0 ? tr("unknown number of")
                                          : QString::number(chosen->contacts)),
            restoreTitle, true)) {
        return false;
    }
    BackupInfo aside;
    QString error;
    const bool ok = m_swap(
        [&](const QString &file, QString *workError) {
            return BackupStore(file).restore(*chosen, &aside, workError);
        },
        &error);
    if (!ok) {
        if (!error.isEmpty())
            Prompts::warning(m_window, tr("Could Not Restore"), error);
        return false;
    }
    emit message(tr("Restored the backup of %1. The database as it was is kept as %2.")
                     .arg(when, QDir::toNativeSeparators(aside.path)));
    return true;
}

bool BackupActions::undoImport(Database &db)
{
    const QString path = db.path();
    const std::optional<ImportUndo::Run> run = ImportUndo::find(db, 0);
    QString error;
    if (!run || run->undoneAt.isValid()) {
        // Says why there is nothing to undo; changes nothing.
        ImportUndo::undo(path, 0, nullptr, &error);
        Prompts::warning(m_window, tr("Nothing to Undo"), error);
        return false;
    }
    const QString when = MinuteTime::dateTime(run->startedAt, QLocale::ShortFormat);
    const QString undoTitle = tr("Undo Import");
    if (!Prompts::confirm(
            m_window, undoTitle,
            tr("Undo the import of %1 made on %2? What it added is removed and what it "
               "changed is put back; edits made since are kept.")
                .arg(QDir::toNativeSeparators(run->source), when),
            undoTitle, true)) {
        return false;
    }
    waitForDailyBackup();
    ImportUndo::Outcome outcome;
    const bool ok = m_swap(
        [&](const QString &file, QString *workError) {
            return ImportUndo::undo(file, run->id, &outcome, workError);
        },
        &error);
    if (!ok) {
        if (!error.isEmpty())
            Prompts::warning(m_window, tr("Could Not Undo the Import"), error);
        return false;
    }
    emit message(outcome.summary());
    return true;
}

void BackupActions::describeUndo(QAction *action, Database *db)
{
    const std::optional<ImportUndo::Run> run =
        db ? ImportUndo::find(*db, 0) : std::optional<ImportUndo::Run>();
    const bool open = run && !run->undoneAt.isValid();
    action->setEnabled(open);
    action->setText(open ? tr("Undo &Import of %1…").arg(QFileInfo(run->source).fileName())
                         : tr("Undo &Import…"));
}

} // namespace rapport
