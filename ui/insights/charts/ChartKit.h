#pragma once

// What the Insights charts share: the series colours, the chart with its
// legend below, a date axis that never crowds, a value axis from zero, a
// line series, attaching a series to its axes, and the number formats of
// the hover texts and the CSV files.

#include "domain/NetworkSnapshot.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <optional>

class QAbstractAxis;
class QAbstractSeries;
class QChart;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace rapport {

class ChartKit
{
    Q_DECLARE_TR_FUNCTIONS(ChartKit)

public:
    // Series colours with enough contrast on light and dark backgrounds.
    static QColor blue() { return {0x3b, 0x82, 0xd6}; }
    static QColor orange() { return {0xe8, 0x7d, 0x2a}; }
    static QColor green() { return {0x2e, 0xa0, 0x6b}; }
    static QColor purple() { return {0x9b, 0x6a, 0xd6}; }
    static QColor teal() { return {0x1f, 0xa9, 0xb4}; }
    static QColor red() { return {0xd9, 0x48, 0x48}; }

    // The x value of a day on a date axis.
    static qreal msOf(const QDate &day);
    // In the user's locale: "1,234", "12.5 %", a short date.
    static QString number(qint64 n);
    static QString percent(double fraction);
    static QString shortDate(const QDate &day);
    // For the CSV: an ISO date; a percentage with no thousands separators
    // and a dot for decimals ("" when there is none).
    static QString iso(const QDate &day);
    static QString plain(std::optional<double> fraction);
    // "week of 6 Jul 2026".
    static QString weekLabel(const NetworkSnapshot &s);

    // A chart with this title and its legend below.
    static QChart *newChart(const QString &title);
    // A date axis whose labels never crowd or repeat: at most seven ticks,
    // the year only where the range needs it, a little room either side so
    // the first and last points are not cut, a week either side of a single
    // day.
    static QDateTimeAxis *dateAxis(QDate first, QDate last, const QString &title);
    // From zero to at least `max` (5, or 10 % on a percent scale), rounded.
    static QValueAxis *valueAxis(const QString &title, double max, bool percentScale = false);
    static QLineSeries *line(const QString &name, const QColor &color, qreal width = 2.5);
    static void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y);
};

} // namespace rapport
