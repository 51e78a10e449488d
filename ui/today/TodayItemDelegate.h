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

private:
    // What every line of a card needs: its colours and the area inside the
    // margins.
    struct Card
    {
        bool open = true;
        QColor text;
        QColor secondary;
        QRect area;
    };
    // Position, name and status; returns where the lines below start.
    int paintFirstLine(QPainter *painter, const QStyleOptionViewItem &opt, const QModelIndex &index,
                       const Card &card) const;
    // The action with its icon and the template; returns the next line's y.
    int paintActionLine(QPainter *painter, const QStyleOptionViewItem &opt,
                        const QModelIndex &index, const Card &card, int left, int y) const;
};

} // namespace rapport
