#pragma once

// The Today queue as a list model: one row per queue item, best first, with
// the roles a card is drawn from (TodayItemDelegate) — the position, the
// person, the action in words and its icon, the reason, the suggested
// template, what became of the item — and the sentence a screen reader says
// for it. Also the words and icons of the queue's actions and statuses.

#include "domain/QueueItem.h"

#include <QAbstractListModel>
#include <QIcon>
#include <QList>

namespace rapport {

class TodayQueueModel : public QAbstractListModel
{
    Q_OBJECT

public:
    // The data of a card (Qt::DecorationRole: the action icon; Qt::DisplayRole:
    // the name; Qt::AccessibleTextRole: the sentence; Qt::ToolTipRole: the
    // sentence, then each day its reason counts from in full).
    enum Role {
        PositionRole = Qt::UserRole + 1, // int, 1-based
        NameRole,                        // QString
        ActionRole,                      // QString: "Invite to connect"
        ReasonRole,                      // QString
        TemplateRole,                    // QString: the template's name; "" none
        StatusRole,                      // QString: "Done", ...; "" while open
        OpenRole,                        // bool
        ContactIdRole,                   // qint64
    };

    explicit TodayQueueModel(QObject *parent = nullptr);

    // Replaces every row (a model reset, also when both lists are empty).
    void setItems(const QList<QueueItem> &items);
    const QList<QueueItem> &items() const { return m_items; }
    // Items still open, and done.
    int openCount() const;
    int doneCount() const;
    // "7 of 15 done · 1 skipped · 7 left"; "" with no items.
    QString progressText() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The words and icon of an action: "Invite to connect", ...
    static QString actionLabel(QueueItem::Action action);
    static QIcon actionIcon(QueueItem::Action action);
    // "Done", "Skipped", "Snoozed until Fri, 3 Jul 2026", "Not suggested again"; "" when open.
    static QString statusLabel(const QueueItem &item);
    // "3. Ana Test: Invite to connect. <reason>. Suggested template: <name>. Done."
    static QString sentence(const QueueItem &item);

private:
    QList<QueueItem> m_items;
};

} // namespace rapport
