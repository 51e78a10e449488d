#include "shell/RestoreBackupDialog.h"

#include "common/MinuteTime.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rapport {

RestoreBackupDialog::RestoreBackupDialog(const QString &folder, const QList<BackupInfo> &backups,
                                         QWidget *parent)
    : QDialog(parent)
    , m_backups(backups)
{
    setWindowTitle(tr("Restore From Backup"));
    setObjectName(u"restoreBackupDialog"_s);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Choose the backup to put in place of the database. The database as it is now is "
           "kept aside as a backup of its own, so a restore can be reversed.\nBackups are kept "
           "in %1.")
            .arg(QDir::toNativeSeparators(folder)),
        this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"backupList"_s);
    m_list->setAccessibleName(tr("Backups"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Made"), tr("Reason"), tr("Contacts"), tr("File")});
    const QLocale locale;
    for (const BackupInfo &b : backups) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, MinuteTime::dateTime(b.createdAt, QLocale::ShortFormat, locale));
        item->setText(1, b.reasonText());
        item->setText(2, b.contacts < 0 ? tr("unknown") : locale.toString(b.contacts));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(3, b.fileName);
        item->setToolTip(3, QDir::toNativeSeparators(b.path));
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(u"restoreButton"_s);
    m_restore->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(selected().has_value()); });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &QDialog::accept);
    layout->addWidget(buttons);
    resize(720, 360);
}

std::optional<BackupInfo> RestoreBackupDialog::selected() const
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid() || m_list->selectedItems().isEmpty())
        return std::nullopt;
    return m_backups.value(current.row());
}

void RestoreBackupDialog::select(int index)
{
    if (QTreeWidgetItem *item = m_list->topLevelItem(index))
        m_list->setCurrentItem(item);
}

} // namespace rapport
