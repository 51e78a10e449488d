#include "today/TodayItemDelegate.h"

#include "today/TodayQueueModel.h"

#include <QApplication>
#include <QFontMetrics>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

constexpr int margin = 8;
constexpr int gap = 4;

QFont boldFont(const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    return bold;
}

int iconSize(const QStyleOptionViewItem &option)
{
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    return style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, option.widget);
}

} // namespace

TodayItemDelegate::TodayItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QSize TodayItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    Q_UNUSED(index)
    const QFontMetrics plain(option.font);
    const QFontMetrics bold(boldFont(option.font));
    const int lines = bold.height() + qMax(plain.height(), iconSize(option)) + plain.height();
    return {plain.averageCharWidth() * 60, lines + 2 * gap + 2 * margin};
}

void TodayItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // The native selection and hover background, without the default text.
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool open = index.data(TodayQueueModel::OpenRole).toBool();
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        !(opt.state & QStyle::State_Enabled) || !open
            ? QPalette::Disabled
            : (opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive);
    Card card;
    card.open = open;
    card.text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    // Open: the palette's secondary tone; worked: the disabled text colour.
    card.secondary = selected
                         ? card.text
                         : (open ? opt.palette.color(QPalette::Active, QPalette::PlaceholderText)
                                 : opt.palette.color(QPalette::Disabled, QPalette::Text));
    card.area = opt.rect.adjusted(margin, margin, -margin, -margin);

    painter->save();
    const int left = paintFirstLine(painter, opt, index, card);
    const QFontMetrics boldMetrics(boldFont(opt.font));
    int y = card.area.top() + boldMetrics.height() + gap;
    y = paintActionLine(painter, opt, index, card, left, y);
    const QFontMetrics plainMetrics(opt.font);
    painter->setPen(card.secondary);
    const int reasonWidth = qMax(0, card.area.right() - left);
    painter->drawText(QRect(left, y, reasonWidth, plainMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      plainMetrics.elidedText(index.data(TodayQueueModel::ReasonRole).toString(),
                                              Qt::ElideRight, reasonWidth));
    painter->restore();
}

int TodayItemDelegate::paintFirstLine(QPainter *painter, const QStyleOptionViewItem &opt,
                                      const QModelIndex &index, const Card &card) const
{
    const QRect &area = card.area;
    const QFont bold = boldFont(opt.font);
    const QFontMetrics boldMetrics(bold);

    // Position, right-aligned in a column wide enough for "99.".
    const int numberWidth = boldMetrics.horizontalAdvance(u"99."_s);
    const QString position =
        QLocale().toString(index.data(TodayQueueModel::PositionRole).toInt()) + u'.';
    painter->setFont(bold);
    painter->setPen(card.secondary);
    painter->drawText(QRect(area.left(), area.top(), numberWidth, boldMetrics.height()),
                      Qt::AlignRight | Qt::AlignVCenter, position);

    const int left = area.left() + numberWidth + 2 * margin;
    int right = area.right();

    // What became of it, at the end of the first line.
    const QString status = index.data(TodayQueueModel::StatusRole).toString();
    if (!status.isEmpty()) {
        const int width = boldMetrics.horizontalAdvance(status);
        painter->setPen(card.text);
        painter->drawText(QRect(right - width, area.top(), width, boldMetrics.height()),
                          Qt::AlignRight | Qt::AlignVCenter, status);
        right -= width + 2 * margin;
    }

    const int width = qMax(0, right - left);
    painter->setPen(card.text);
    painter->drawText(QRect(left, area.top(), width, boldMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(index.data(TodayQueueModel::NameRole).toString(),
                                             Qt::ElideRight, width));
    return left;
}

int TodayItemDelegate::paintActionLine(QPainter *painter, const QStyleOptionViewItem &opt,
                                       const QModelIndex &index, const Card &card, int left,
                                       int y) const
{
    // The action with its icon, then the template to start from.
    const QFontMetrics plainMetrics(opt.font);
    const int icon = iconSize(opt);
    const int lineHeight = qMax(plainMetrics.height(), icon);
    const QIcon actionIcon = qvariant_cast<QIcon>(index.data(Qt::DecorationRole));
    const bool selected = opt.state & QStyle::State_Selected;
    actionIcon.paint(painter, QRect(left, y + (lineHeight - icon) / 2, icon, icon), Qt::AlignCenter,
                     selected ? QIcon::Selected : (card.open ? QIcon::Normal : QIcon::Disabled));
    const int textLeft = left + icon + gap * 2;
    const int fullWidth = qMax(0, card.area.right() - textLeft);
    const QString action = index.data(TodayQueueModel::ActionRole).toString();
    const QString templateName = index.data(TodayQueueModel::TemplateRole).toString();
    painter->setFont(opt.font);
    painter->drawText(QRect(textLeft, y, fullWidth, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      plainMetrics.elidedText(action, Qt::ElideRight, fullWidth));
    const int actionWidth = plainMetrics.horizontalAdvance(action);
    if (!templateName.isEmpty() && actionWidth < fullWidth) {
        const QString suggestion = TodayItemDelegate::tr(" · template: %1").arg(templateName);
        painter->setPen(card.secondary);
        painter->drawText(
            QRect(textLeft + actionWidth, y, fullWidth - actionWidth, lineHeight),
            Qt::AlignLeft | Qt::AlignVCenter,
            plainMetrics.elidedText(suggestion, Qt::ElideRight, fullWidth - actionWidth));
    }
    return y + lineHeight + gap;
}

} // namespace rapport
