#pragma once

// File ▸ Restore From Backup…: lists a database's backups (when, why, how
// many contacts) so the person can pick the one to put back.

#include "store/BackupInfo.h"

#include <QDialog>
#include <QList>
#include <optional>

class QPushButton;
class QTreeWidget;

namespace rapport {

class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreBackupDialog(const QString &folder, const QList<BackupInfo> &backups,
                        QWidget *parent = nullptr);

    // The backup chosen; none when nothing is selected.
    std::optional<BackupInfo> selected() const;
    // Selects the row of the backup at `index` in the list given (tests).
    void select(int index);

private:
    QList<BackupInfo> m_backups;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace rapport
