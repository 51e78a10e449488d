#pragma once

// What the Insights charts share: the neutral series colours from the
// palette, the chart with its legend below and locale numbers, a date axis
// that never crowds, a value axis from zero, a line series, a line with gaps
// where a value is undefined, attaching a series to its axes, and the
// number formats of the hover texts and the CSV files.

#include "domain/NetworkSnapshot.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPalette>
#include <QPen>
#include <QString>
#include <functional>
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
    // Colour only where it means something: tiers have their TierStyle
    // colours; every other series is drawn in neutral colours from the
    // window's palette, so it reads in light and dark and never borrows a
    // tier's colour. Ink: the text colour, for the line that matters most
    // (a rate); accent: the palette's highlight, for the outcome (accepted,
    // answered); muted: the text colour faded into the window, for the
    // total it is part of (sent) and for reference lines and bands.
    static QColor ink(const QPalette &palette);
    static QColor accent(const QPalette &palette);
    static QColor muted(const QPalette &palette);
    // The warning level's red: the one colour that means "below the line".
    static QColor warning() { return {0xd9, 0x48, 0x48}; }

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
    // `one` for exactly 1, else `many`: both written by the caller with
    // tr("%Ln …", nullptr, n) so every language gets its plural forms and
    // English reads "1 follower", "2 followers".
    static QString count(qint64 n, const QString &one, const QString &many);
    // "week of 6 Jul 2026".
    static QString weekLabel(const NetworkSnapshot &s);

    // A chart with this title, its legend below and its axis numbers in the
    // user's locale (thousands separators: "1,200").
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

    // One stretch of a gapped line: its series and, per point, the index
    // of the value it shows.
    struct Run
    {
        QLineSeries *series = nullptr;
        QList<int> indexes;
    };
    // A line through `values` at `xs` with a gap wherever a value is
    // undefined (no point, no zero, no line across): one series per
    // unbroken stretch, all named `name` in `pen`, only the first in the
    // legend. With `lastPartial`, the last value is drawn apart, dashed from
    // the point before it, as a number that can still change.
    static QList<Run> gappedLine(QChart *chart, const QString &name, const QPen &pen,
                                 const QList<qreal> &xs, const QList<std::optional<double>> &values,
                                 bool lastPartial, QAbstractAxis *x, QAbstractAxis *y);
    // A gapped line through the weekly numbers on a date axis: no point in
    // a week without `value`, and a gap where a week was not entered at all
    // (two entries more than a week apart). The runs' indexes are `weeks`'.
    static QList<Run>
    weeklyLine(QChart *chart, const QString &name, const QColor &color,
               const QList<NetworkSnapshot> &weeks,
               const std::function<std::optional<double>(const NetworkSnapshot &)> &value,
               QAbstractAxis *x, QAbstractAxis *y);
};

} // namespace rapport
