#pragma once

// Small helpers shared by the benchmarks: timing samples, medians and
// percentiles, and the process's peak memory.

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace rapport {

class BenchUtil
{
public:
    static double percentile(QList<double> samples, double p);
    static double median(const QList<double> &samples) { return percentile(samples, 50); }
    // Peak resident set size of this process in MiB (0 where unknown).
    static double peakRssMiB();
    static double msSince(const QElapsedTimer &timer) { return double(timer.nsecsElapsed()) / 1e6; }
    // Fills the database at `path` with synthetic contacts up to `count`
    // (demo generator), printing progress; 0 on success, 1 after an error.
    static int generateContacts(const QString &path, int count);
    // Prints "label: median X ms, p99 Y ms (n samples)" and returns the median.
    static double report(const QString &label, const QList<double> &samples);
};

} // namespace rapport
