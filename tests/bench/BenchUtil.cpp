#include "BenchUtil.h"

#include "db/Database.h"
#include "demo/DemoGenerator.h"
#include "store/ContactStore.h"

#include <QFile>
#include <QTextStream>
#include <algorithm>
#include <ctime>

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

double BenchUtil::threadCpuMs()
{
    timespec ts{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) != 0)
        return 0;
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
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

int BenchUtil::generateContacts(const QString &path, int count)
{
    QTextStream out(stdout);
    Database db;
    QString error;
    if (!db.open(path, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    ContactStore store(db);
    const int missing = count - store.totalCount();
    if (missing <= 0)
        return 0;
    QElapsedTimer t;
    t.start();
    DemoGenerator gen;
    const bool ok = gen.fill(store, missing, &error, [&](int done) {
        if (done % 100000 == 0)
            out << u"  generated "_s << done << u" contacts, "_s << qint64(msSince(t) / 1000)
                << u" s"_s << Qt::endl;
        return true;
    });
    if (!ok) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    out << u"generated "_s << missing << u" contacts in "_s
        << QString::number(msSince(t) / 1000, 'f', 1) << u" s"_s << Qt::endl;
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

bool BenchUtil::result(const QString &measure, const QList<double> &samples, double baselineMs,
                       double targetMedian, double targetP99)
{
    const double med = median(samples);
    const double p99 = percentile(samples, 99);
    QStringList target;
    if (targetMedian > 0)
        target << u"median<=%1"_s.arg(targetMedian);
    if (targetP99 > 0)
        target << u"p99<=%1"_s.arg(targetP99);
    const bool pass = !samples.isEmpty() && (targetMedian <= 0 || med <= targetMedian) &&
                      (targetP99 <= 0 || p99 <= targetP99);
    resultLine(measure, med, samples.size() > 1 ? p99 : -1, baselineMs, target.join(u' '), pass);
    return pass;
}

void BenchUtil::resultLine(const QString &measure, double medianMs, double p99Ms, double baselineMs,
                           const QString &target, bool pass)
{
    auto number = [](double ms) {
        return ms < 0 ? u"-"_s : QString::number(ms, 'f', 3);
    };
    QString name = measure;
    name.replace(u'|', u'/');
    QTextStream(stdout) << u"BENCH|"_s << name << u'|' << number(medianMs) << u'|' << number(p99Ms)
                        << u'|' << (baselineMs > 0 ? number(baselineMs) : u"-"_s) << u'|'
                        << (target.isEmpty() ? u"-"_s : target) << u'|'
                        << (pass ? u"pass"_s : u"FAIL"_s) << Qt::endl;
}

} // namespace rapport
