#include "BenchUtil.h"

#include <QFile>
#include <QTextStream>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace rapport {

double BenchUtil::percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const double rank = p / 100.0 * double(samples.size() - 1);
    const auto lo = qsizetype(rank);
    const auto hi = qMin(lo + 1, samples.size() - 1);
    return samples.at(lo) + (samples.at(hi) - samples.at(lo)) * (rank - double(lo));
}

double BenchUtil::peakRssMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

double BenchUtil::report(const QString &label, const QList<double> &samples)
{
    const double med = median(samples);
    QTextStream(stdout) << label << u": median "_s << QString::number(med, 'f', 3) << u" ms, p99 "_s
                        << QString::number(percentile(samples, 99), 'f', 3) << u" ms, max "_s
                        << QString::number(percentile(samples, 100), 'f', 3) << u" ms ("_s
                        << samples.size() << u" samples)"_s << Qt::endl;
    return med;
}

} // namespace rapport
