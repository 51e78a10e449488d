#pragma once

// Small helpers shared by the benchmarks: timing samples, medians and
// percentiles, the process's peak memory, and the result lines that
// scripts/bench.sh collects.
//
// Protocol (every benchmark follows it): besides its own text, a benchmark
// prints one line per measure, starting at the line's first character:
//
//   BENCH|<measure>|<median_ms>|<p99_ms>|<baseline_ms>|<target>|<pass|FAIL>
//
// - measure: a short name, unique across all benchmarks, without '|'.
// - median_ms, p99_ms: milliseconds ("-" when there is no such figure, e.g.
//   p99 of a one-shot run). Other units go in the measure's name (MiB).
// - baseline_ms: the median of the baseline measured in the same run (bare
//   SQLite doing the least the same work needs), "-" when there is none;
//   scripts/bench.sh prints median / baseline as the ratio.
// - target: what the measure must meet, as text ("median<=16 p99<=50",
//   "<=1.1x baseline").
// - pass or FAIL: whether it met the target in this run (the benchmark
//   decides; it knows its target).
// Use result() / resultLine(). scripts/bench.sh runs every benchmark against one
// generated dataset and passes it `--db PATH` (see the script for each
// benchmark's command line); a benchmark must reuse that file, not refill
// it, and must not change it (work on a copy when it writes).

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
    // CPU time this thread has used, in ms: on a busy machine, what a
    // measure cost apart from waiting for a core.
    static double threadCpuMs();
    // Fills the database at `path` with synthetic contacts up to `count`
    // (demo generator), printing progress; 0 on success, 1 after an error.
    static int generateContacts(const QString &path, int count);
    // Prints "label: median X ms, p99 Y ms (n samples)" and returns the median.
    static double report(const QString &label, const QList<double> &samples);
    // The protocol line for `samples` against a baseline median (<= 0: none);
    // passes when the median is <= targetMedian and the p99 <= targetP99
    // (a target <= 0 is not checked). Returns whether it passed.
    static bool result(const QString &measure, const QList<double> &samples, double baselineMs,
                       double targetMedian, double targetP99);
    // A protocol line with a target of its own (one-shot figures, ratios).
    static void resultLine(const QString &measure, double medianMs, double p99Ms, double baselineMs,
                           const QString &target, bool pass);
};

} // namespace rapport
