#include "contacts/ContactColumnFitter.h"

#include "common/TierStyle.h"
#include "contacts/ContactTableModel.h"
#include "domain/RelativeDate.h"

#include <QHeaderView>
#include <QLocale>
#include <QStyle>
#include <QTableView>

namespace rapport {

namespace {

int titleWidth(const QTableView *table, int column)
{
    const QHeaderView *header = table->horizontalHeader();
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    return header->fontMetrics().horizontalAdvance(
               table->model()->headerData(column, Qt::Horizontal).toString()) +
           2 * margin + 6;
}

int fixedColumnWidth(const QTableView *table, int column)
{
    // The wider of the header's title and the cell's usual content.
    const QFontMetrics metrics = table->fontMetrics();
    const int cellMargin = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1) + 6;
    QString sample;
    int extra = 0;
    switch (column) {
    case ContactTableModel::TierColumn: {
        // Room for the usual tier names; longer ones elide, with the full
        // text in the tooltip.
        Tier tier;
        tier.rank = 5;
        sample = TierStyle::label(tier);
        extra = table->style()->pixelMetric(QStyle::PM_SmallIconSize) + 4;
        break;
    }
    case ContactTableModel::ConnectedOnColumn:
        sample = QLocale().toString(QDate(2028, 12, 28), QLocale::ShortFormat);
        break;
    case ContactTableModel::DegreeColumn:
        sample = ContactTableModel::tr("2nd");
        break;
    case ContactTableModel::LastEngagedColumn:
        sample = RelativeDate::text(QDate(2025, 1, 1), QDate(2025, 12, 1));
        break;
    case ContactTableModel::ScoreColumn:
        sample = QLocale().toString(100);
        break;
    default:
        break;
    }
    return qMax(titleWidth(table, column), metrics.horizontalAdvance(sample) + extra + cellMargin);
}

} // namespace

void ContactColumnFitter::fit(QTableView *table)
{
    // Tier, dates, degree and score get what they need; the text columns
    // share the rest by how long their values usually are, so together
    // they fill the table exactly and no sideways scrolling is needed.
    QHeaderView *header = table->horizontalHeader();
    const int fixedColumns[] = {ContactTableModel::TierColumn, ContactTableModel::ConnectedOnColumn,
                                ContactTableModel::DegreeColumn,
                                ContactTableModel::LastEngagedColumn,
                                ContactTableModel::ScoreColumn};
    int rest = table->viewport()->width();
    for (int column : fixedColumns) {
        if (header->isSectionHidden(column))
            continue;
        const int width = fixedColumnWidth(table, column);
        header->resizeSection(column, width);
        rest -= width;
    }

    struct TextColumn
    {
        int column;
        int weight;
        int least;
        int width = 0;
        bool pinned = false;
    };
    const int chars = table->fontMetrics().averageCharWidth();
    // A name is what the eye looks for first: never squeezed to initials.
    TextColumn textColumns[] = {{ContactTableModel::NameColumn, 34, chars * 16},
                                {ContactTableModel::PositionColumn, 24, chars * 8},
                                {ContactTableModel::CompanyColumn, 20, chars * 8},
                                {ContactTableModel::LocationColumn, 11, chars * 7},
                                {ContactTableModel::IndustryColumn, 11, chars * 7}};
    // Never narrower than the column's title.
    for (TextColumn &c : textColumns)
        c.least = qMax(c.least, titleWidth(table, c.column));
    // Share by weight; a column that would fall under its least width gets
    // that, and the others share what is left.
    bool changed = true;
    while (changed) {
        changed = false;
        int pool = rest;
        int weights = 0;
        for (const TextColumn &c : textColumns) {
            if (header->isSectionHidden(c.column))
                continue;
            if (c.pinned)
                pool -= c.width;
            else
                weights += c.weight;
        }
        for (TextColumn &c : textColumns) {
            if (c.pinned || header->isSectionHidden(c.column) || weights == 0)
                continue;
            c.width = qMax(0, pool) * c.weight / weights;
            if (c.width < c.least) {
                c.width = c.least;
                c.pinned = true;
                changed = true;
            }
        }
    }
    // Rounding leftovers go to the name, so the columns end at the edge.
    int used = 0;
    for (const TextColumn &c : textColumns) {
        if (!header->isSectionHidden(c.column))
            used += c.width;
    }
    if (used < rest)
        textColumns[0].width += rest - used;
    for (const TextColumn &c : textColumns)
        header->resizeSection(c.column, c.width);
}

} // namespace rapport
