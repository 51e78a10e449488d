#include "io/XlsxSheet.h"

#include <algorithm>

namespace rapport {

const XlsxCell &XlsxSheet::cell(int row, int column) const
{
    static const XlsxCell empty;
    const auto r = std::lower_bound(rows.cbegin(), rows.cend(), row,
                                    [](const Row &a, int n) { return a.number < n; });
    if (r == rows.cend() || r->number != row)
        return empty;
    const auto c = std::lower_bound(r->cells.cbegin(), r->cells.cend(), column,
                                    [](const XlsxCell &a, int n) { return a.column < n; });
    if (c == r->cells.cend() || c->column != column)
        return empty;
    return *c;
}

bool XlsxSheet::rowIsBlank(int row, int firstColumn, int lastColumn) const
{
    for (int column = firstColumn; column <= lastColumn; ++column) {
        if (!cell(row, column).isBlank())
            return false;
    }
    return true;
}

QString XlsxSheet::columnName(int column)
{
    QString name;
    while (column > 0) {
        const int digit = (column - 1) % 26;
        name.prepend(QChar(u'A' + digit));
        column = (column - 1) / 26;
    }
    return name;
}

QString XlsxSheet::cellName(int row, int column)
{
    return columnName(column) + QString::number(row);
}

bool XlsxSheet::parseCellName(QStringView name, int *row, int *column)
{
    qsizetype i = 0;
    qint64 col = 0;
    while (i < name.size() && name.at(i).isLetter() && name.at(i).unicode() < 128) {
        col = col * 26 + (name.at(i).toUpper().unicode() - u'A' + 1);
        if (col > maxColumns)
            return false;
        ++i;
    }
    if (i == 0 || i == name.size())
        return false;
    qint64 r = 0;
    for (; i < name.size(); ++i) {
        const QChar ch = name.at(i);
        if (ch < u'0' || ch > u'9')
            return false;
        r = r * 10 + (ch.unicode() - u'0');
        if (r > maxRows)
            return false;
    }
    if (r < 1)
        return false;
    if (row)
        *row = int(r);
    if (column)
        *column = int(col);
    return true;
}

} // namespace rapport
