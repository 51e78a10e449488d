// The connection score at scale: 1,000,000 contacts, 10,000,000 engagement
// events and a year of outreach (bench_queue's database). Times the upgrade
// to schema 9 and the first refresh that scores every contact with facts,
// a refresh after logging one engagement (the trigger marks one contact),
// and the score-sorted first page and a page after a cursor, against the
// tier-sorted pages measured in the same run; and the network score.
//
//   bench_score [--db PATH] [--from PATH] [--runs R]
// --from (default /tmp/bench-queue.sqlite) is copied to --db (default
// /tmp/bench-score.sqlite, replaced every run) before it is opened, so the
// source is never migrated.

#include "BenchUtil.h"
#include "db/Database.h"
#include "domain/ContactQuery.h"
#include "store/ContactStore.h"
#include "store/EngagementStore.h"
#include "store/ScoreStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

QTextStream out(stdout);

struct PageTimes
{
    QList<double> first;
    QList<double> after;
};

// The first page, then a page after a cursor deep in the order (the last
// row of a page read from a random offset beforehand, untimed).
bool timePages(ContactStore &contacts, ContactSort sort, bool descending, int runs, qint64 rows,
               QRandomGenerator &random, PageTimes &times)
{
    ContactQuery query;
    query.sort = sort;
    query.descending = descending;
    QString error;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        const QList<Contact> first = contacts.page(query, {}, 64, 0, false, &error);
        times.first << BenchUtil::msSince(t);
        const QList<Contact> anchor = contacts.page(
            query, {}, 1, int(random.bounded(quint64(qMax<qint64>(1, rows - 64)))), false, &error);
        if (first.isEmpty() || anchor.isEmpty()) {
            out << u"no rows: %1"_s.arg(error) << Qt::endl;
            return false;
        }
        const ContactCursor cursor = ContactStore::cursorFor(anchor.first(), sort);
        QElapsedTimer a;
        a.start();
        const QList<Contact> next = contacts.page(query, cursor, 64, 0, false, &error);
        times.after << BenchUtil::msSince(a);
        if (next.size() != 64) {
            out << u"short page after a cursor: %1"_s.arg(error) << Qt::endl;
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Rapport connection score benchmark"_s);
    parser.addHelpOption();
    parser.addOption(
        {u"db"_s, u"Copy to run on (replaced)."_s, u"PATH"_s, u"/tmp/bench-score.sqlite"_s});
    parser.addOption(
        {u"from"_s, u"bench_queue's database to copy."_s, u"PATH"_s, u"/tmp/bench-queue.sqlite"_s});
    parser.addOption({u"runs"_s, u"Timed runs (default 21)."_s, u"R"_s, u"21"_s});
    parser.process(app);
    const QString path = parser.value(u"db"_s);
    const QString from = parser.value(u"from"_s);
    const int runs = qMax(3, parser.value(u"runs"_s).toInt());
    if (path == from) {
        out << u"--db must differ from --from: the source is never migrated."_s << Qt::endl;
        return 1;
    }
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    out << u"copying %1 to %2 …"_s.arg(from, path) << Qt::endl;
    if (!QFile::copy(from, path)) {
        out << u"Could not copy %1; run bench_queue first."_s.arg(from) << Qt::endl;
        return 1;
    }

    Database db;
    QString error;
    QElapsedTimer open;
    open.start();
    if (!db.open(path, &error)) {
        out << error << Qt::endl;
        return 1;
    }
    out << u"opened and migrated to schema %1 in %2 s"_s.arg(db.schemaVersion())
               .arg(BenchUtil::msSince(open) / 1000.0, 0, 'f', 1)
        << Qt::endl;
    QSqlQuery count(db.connection());
    qint64 contactRows = 0;
    count.exec(u"SELECT (SELECT count(*) FROM contact), (SELECT count(*) FROM engagement), "
               "(SELECT count(*) FROM outreach), (SELECT count(*) FROM contact "
               "WHERE score_dirty = 1)"_s);
    count.next();
    contactRows = count.value(0).toLongLong();
    out << u"database: %1 contacts, %2 events, %3 outreach; %4 contacts to score"_s
               .arg(count.value(0).toLongLong())
               .arg(count.value(1).toLongLong())
               .arg(count.value(2).toLongLong())
               .arg(count.value(3).toLongLong())
        << Qt::endl;

    const QDate today = QDate::currentDate();
    ScoreStore scores(db);
    ContactStore contacts(db);
    EngagementStore engagement(db);
    QElapsedTimer first;
    first.start();
    int recomputed = 0;
    if (!scores.refresh(today, &error, &recomputed)) {
        out << error << Qt::endl;
        return 1;
    }
    out << u"first refresh after the upgrade: %1 s for %2 contacts"_s
               .arg(BenchUtil::msSince(first) / 1000.0, 0, 'f', 1)
               .arg(recomputed)
        << Qt::endl;

    QRandomGenerator random(9);
    QList<double> noop, afterLog, logMs;
    const qint64 maxId = contacts.maxId();
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer n;
        n.start();
        scores.refresh(today, &error);
        noop << BenchUtil::msSince(n);

        Engagement e;
        e.contactId = 1 + qint64(random.bounded(quint64(maxId)));
        e.kind = EngagementKind::Comment;
        e.date = today;
        QElapsedTimer l;
        l.start();
        if (!engagement.log(e, &error)) {
            out << error << Qt::endl;
            return 1;
        }
        logMs << BenchUtil::msSince(l);
        QElapsedTimer r;
        r.start();
        if (!scores.refresh(today, &error, &recomputed) || recomputed != 1) {
            out << u"refresh after one event: %1 (%2 rows)"_s.arg(error).arg(recomputed)
                << Qt::endl;
            return 1;
        }
        afterLog << BenchUtil::msSince(r);
    }

    PageTimes score, tier;
    if (!timePages(contacts, ContactSort::Tier, false, runs, contactRows, random, tier) ||
        !timePages(contacts, ContactSort::Score, true, runs, contactRows, random, score))
        return 1;

    QList<double> networkMs;
    NetworkScore network;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        network = scores.networkScore(today, {}, {}, &error);
        networkMs << BenchUtil::msSince(t);
    }

    BenchUtil::report(u"refresh with nothing to do"_s, noop);
    BenchUtil::report(u"log one engagement (committed, marks the contact)"_s, logMs);
    const double refresh = BenchUtil::report(u"refresh after logging one engagement"_s, afterLog);
    const double tierFirst = BenchUtil::report(u"baseline: tier-sorted first page"_s, tier.first);
    const double tierAfter =
        BenchUtil::report(u"baseline: tier-sorted page after a cursor"_s, tier.after);
    const double scoreFirst =
        BenchUtil::report(u"score-sorted first page (strongest first)"_s, score.first);
    const double scoreAfter = BenchUtil::report(u"score-sorted page after a cursor"_s, score.after);

    BenchUtil::report(u"network score (%1: size %2, relevance %3, engagement %4; %5 "
                      "connections)"_s.arg(network.score())
                          .arg(network.sizePoints)
                          .arg(network.relevancePoints)
                          .arg(network.engagementPoints)
                          .arg(network.connections),
                      networkMs);
    out << u"ratios to the tier baseline: first page %1x, after a cursor %2x"_s
               .arg(scoreFirst / qMax(0.001, tierFirst), 0, 'f', 1)
               .arg(scoreAfter / qMax(0.001, tierAfter), 0, 'f', 1)
        << Qt::endl;
    out << u"targets: refresh after one event a few ms (%1), score pages <= 50 ms (%2)"_s.arg(
               refresh <= 5 ? u"met"_s : u"MISSED"_s,
               qMax(scoreFirst, scoreAfter) <= 50 ? u"met"_s : u"MISSED"_s)
        << Qt::endl;
    out << u"peak memory %1 MiB"_s.arg(BenchUtil::peakRssMiB(), 0, 'f', 0) << Qt::endl;
    // For scripts/bench.sh (protocol in BenchUtil.h).
    BenchUtil::result(u"network score (bench_score)"_s, networkMs, tierFirst, 20, 50);
    BenchUtil::result(u"score refresh after logging one engagement"_s, afterLog, -1, 5, 50);
    BenchUtil::result(u"score-sorted first page"_s, score.first, tierFirst, 50, 0);
    BenchUtil::result(u"score-sorted page after a cursor"_s, score.after, tierAfter, 50, 0);
    return 0;
}
