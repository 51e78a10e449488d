#include "BenchUtil.h"

#include "db/Database.h"
#include "demo/DemoGenerator.h"
#include "store/ContactStore.h"

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

} // namespace rapport
