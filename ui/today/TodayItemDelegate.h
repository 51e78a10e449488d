#pragma once

// Draws one card of the Today queue: the position, the person, the action
// with its icon and the suggested template, the reason, and what became of
// the item ("Done", "Skipped", ...) at the end, dimmed once it is no longer
// open. The words carry the meaning; the dimming only echoes them. It
// reads the roles of TodayQueueModel.

#include <QStyledItemDelegate>

namespace rapport {

class TodayItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit TodayItemDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace rapport
