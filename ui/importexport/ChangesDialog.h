#pragma once

// The Changes view: what changed between the latest LinkedIn data export
// imported and the one before, in groups (New connections, No longer
// connected, Job changes with old → new, Invitations accepted, New
// messages); each row opens its contact in the window. Not modal, so the
// contact opens beside it; kept current through the Session's changes. An
// empty state says why there is nothing to show and offers the import.

#include "domain/ExportChanges.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace rapport {

class ChangeWatcher;
class EmptyStateView;
class Session;

class ChangesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChangesDialog(Session *session, QWidget *parent = nullptr);

    // Reads the latest changes again.
    void reload();
    const ExportChanges &changes() const { return m_changes; }
    // The group titles shown, with their counts ("Job changes (3)").
    QStringList groupTitles() const;
    QTreeWidget *tree() const { return m_tree; }
    EmptyStateView *emptyState() const { return m_empty; }

signals:
    void contactActivated(qint64 contactId);

private:
    void activate(QTreeWidgetItem *item);
    void updateButtons();

    Session *m_session = nullptr;
    ChangeWatcher *m_watcher = nullptr;
    ExportChanges m_changes;
    QLabel *m_headline = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTreeWidget *m_tree = nullptr;
    EmptyStateView *m_empty = nullptr;
    QPushButton *m_openButton = nullptr;
};

} // namespace rapport
