#include "insights/charts/ChartKit.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace rapport {

QColor ChartKit::ink(const QPalette &palette)
{
    return palette.color(QPalette::WindowText);
}

QColor ChartKit::accent(const QPalette &palette)
{
    return palette.color(QPalette::Highlight);
}

QColor ChartKit::muted(const QPalette &palette)
{
    // 45 % of the text colour over the window: mid-grey in light and dark.
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    const auto mix = [](int a, int b) {
        return int(std::lround(a * 0.45 + b * 0.55));
    };
    return QColor(mix(text.red(), window.red()), mix(text.green(), window.green()),
                  mix(text.blue(), window.blue()));
}

QString ChartKit::count(qint64 n, const QString &one, const QString &many)
{
    return n == 1 ? one : many;
}

qreal ChartKit::msOf(const QDate &day)
{
    return qreal(day.startOfDay().toMSecsSinceEpoch());
}

QString ChartKit::number(qint64 n)
{
    return QLocale().toString(n);
}

QString ChartKit::percent(double fraction)
{
    return QLocale().toString(fraction * 100.0, 'f', 1) + u" %"_s;
}

QString ChartKit::shortDate(const QDate &day)
{
    return QLocale().toString(day, QLocale::ShortFormat);
}

QString ChartKit::iso(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

QString ChartKit::plain(std::optional<double> fraction)
{
    return fraction ? QString::number(*fraction * 100.0, 'f', 1) : QString();
}

QChart *ChartKit::newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

QDateTimeAxis *ChartKit::dateAxis(QDate first, QDate last, const QString &title)
{
    const qint64 span = first.daysTo(last);
    const qint64 pad = span == 0 ? 7 : std::max<qint64>(2, span / 40);
    first = first.addDays(-pad);
    last = last.addDays(pad);
    const qint64 days = first.daysTo(last);
    auto *axis = new QDateTimeAxis;
    axis->setTitleText(title);
    // Ticks fall between month starts, so a month-only format would repeat
    // a month; the day keeps every label distinct.
    axis->setFormat(days > 900 ? u"MMM yyyy"_s
                               : (first.year() != last.year() ? u"d MMM yy"_s : u"d MMM"_s));
    axis->setTickCount(int(std::clamp<qint64>(days / 7 + 1, 2, 7)));
    axis->setRange(first.startOfDay(), last.startOfDay());
    return axis;
}

QValueAxis *ChartKit::valueAxis(const QString &title, double max, bool percentScale)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(0, std::max(max, percentScale ? 10.0 : 5.0));
    axis->applyNiceNumbers();
    // The chart localizes the number (newChart); what follows it is kept
    // as written, so the percent sign is not doubled.
    axis->setLabelFormat(percentScale ? u"%.0f %"_s : u"%.0f"_s);
    return axis;
}

QLineSeries *ChartKit::line(const QString &name, const QColor &color, qreal width)
{
    auto *series = new QLineSeries;
    series->setName(name);
    QPen pen(color);
    pen.setWidthF(width);
    series->setPen(pen);
    series->setPointsVisible(true);
    return series;
}

void ChartKit::attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

QList<ChartKit::Run> ChartKit::gappedLine(QChart *chart, const QString &name, const QPen &pen,
                                          const QList<qreal> &xs,
                                          const QList<std::optional<double>> &values,
                                          bool lastPartial, QAbstractAxis *x, QAbstractAxis *y)
{
    QList<Run> runs;
    const auto newRun = [&](const QPen &runPen) {
        Run run;
        run.series = new QLineSeries;
        run.series->setName(name);
        run.series->setPen(runPen);
        run.series->setPointsVisible(true);
        runs << run;
        return &runs.last();
    };
    const qsizetype last = std::min(xs.size(), values.size()) - 1;
    Run *current = nullptr;
    for (int i = 0; i <= last; ++i) {
        if (!values.at(i)) {
            current = nullptr; // a gap: the next value starts a new stretch
            continue;
        }
        if (lastPartial && i == last) {
            QPen dashed = pen;
            dashed.setStyle(Qt::DashLine);
            Run *partial = newRun(dashed);
            if (current) { // from the point before, dashed
                partial->series->append(xs.at(i - 1), *values.at(i - 1));
                partial->indexes << i - 1;
            }
            partial->series->append(xs.at(i), *values.at(i));
            partial->indexes << i;
            break;
        }
        if (!current)
            current = newRun(pen);
        current->series->append(xs.at(i), *values.at(i));
        current->indexes << i;
    }
    bool first = true;
    for (const Run &run : std::as_const(runs)) {
        attach(chart, run.series, x, y);
        for (QLegendMarker *marker : chart->legend()->markers(run.series))
            marker->setVisible(first);
        first = false;
    }
    return runs;
}

QList<ChartKit::Run>
ChartKit::weeklyLine(QChart *chart, const QString &name, const QColor &color,
                     const QList<NetworkSnapshot> &weeks,
                     const std::function<std::optional<double>(const NetworkSnapshot &)> &value,
                     QAbstractAxis *x, QAbstractAxis *y)
{
    QList<qreal> xs;
    QList<std::optional<double>> values;
    QList<int> source; // the week of each entry; -1 for a week not entered
    for (int i = 0; i < weeks.size(); ++i) {
        const QDate week = weeks.at(i).weekStart();
        if (i > 0 && weeks.at(i - 1).weekStart().daysTo(week) > 7) {
            xs << msOf(week.addDays(-7));
            values << std::nullopt;
            source << -1;
        }
        xs << msOf(week);
        values << value(weeks.at(i));
        source << i;
    }
    QPen pen(color);
    pen.setWidthF(2.5);
    QList<Run> runs = gappedLine(chart, name, pen, xs, values, false, x, y);
    for (Run &run : runs) {
        for (int &index : run.indexes)
            index = source.at(index);
    }
    return runs;
}

QString ChartKit::weekLabel(const NetworkSnapshot &s)
{
    return tr("week of %1").arg(shortDate(s.weekStart()));
}

} // namespace rapport
