// The Insights page's charts at scale: 1,000,000 contacts, 10,000,000
// engagement events and a year of outreach. Times building each chart's
// data (InsightsQueries), the network review (NetworkReview: groups by
// industry, location and company, never / quiet counts) and the network
// score against a bare primary-key lookup measured in the same run; the
// target is 20 ms median and 50 ms p99 per chart (issue 21).
//
//   bench_insights --db PATH [--from PATH] [--runs R]
// PATH is reused when it exists; otherwise --from (default
// /tmp/bench-queue.sqlite, bench_queue's database) is copied to it and
// migrated there, so the benchmark never changes the source. Two years of
// weekly numbers are added when it has none.
// Besides the text, one line per measure for scripts/bench.sh:
//   BENCH|<measure>|<median ms>|<p99 ms>|<baseline ms>|<target>|<pass|FAIL>

#include "BenchUtil.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/ContentKindSummary.h"
#include "insights/IndustryScope.h"
#include "insights/InsightsQueries.h"
#include "insights/NetworkReview.h"
#include "store/ContactStore.h"
#include "store/ScoreStore.h"
#include "store/SettingStore.h"
#include "store/SnapshotStore.h"

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

bool addSnapshots(Database &db, const QDate &today)
{
    SnapshotStore store(db);
    Transaction tx(db);
    QString error;
    for (int week = 104; week >= 0; --week) {
        NetworkSnapshot s;
        s.takenOn = today.addDays(-7 * week);
        s.connections = 4000 + (104 - week) * 12;
        s.followers = s.connections + 700 + (104 - week) * 3;
        s.profileViews = 80 + week % 17 * 5;
        s.searchAppearances = 200 + week % 11 * 20;
        if (!store.save(s, &error)) {
            out << error << Qt::endl;
            return false;
        }
    }
    return tx.commit(&error);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Rapport Insights charts benchmark"_s);
    parser.addHelpOption();
    parser.addOption({u"db"_s, u"Database to use (copied from --from when missing)."_s, u"PATH"_s,
                      u"/tmp/bench-insights.sqlite"_s});
    parser.addOption(
        {u"from"_s, u"bench_queue's database to copy."_s, u"PATH"_s, u"/tmp/bench-queue.sqlite"_s});
    parser.addOption({u"runs"_s, u"Timed runs (default 21)."_s, u"R"_s, u"21"_s});
    parser.process(app);
    const QString path = parser.value(u"db"_s);
    const int runs = qMax(3, parser.value(u"runs"_s).toInt());
    const bool fresh = !QFile::exists(path);
    if (fresh) {
        const QString from = parser.value(u"from"_s);
        out << u"copying %1 to %2 …"_s.arg(from, path) << Qt::endl;
        if (!QFile::copy(from, path)) {
            out << u"Could not copy %1; run bench_queue --db %1 first."_s.arg(from) << Qt::endl;
            return 1;
        }
    }
    Database db;
    QString error;
    if (!db.open(path, &error)) { // migrates the copy
        out << error << Qt::endl;
        return 1;
    }
    const QDate today = QDate::currentDate();
    Q_UNUSED(fresh);
    if (SnapshotStore(db).list().isEmpty() && !addSnapshots(db, today))
        return 1;
    QSqlQuery count(db.connection());
    count.exec(u"SELECT (SELECT count(*) FROM contact), (SELECT count(*) FROM engagement), "
               "(SELECT count(*) FROM outreach), (SELECT count(*) FROM content), "
               "(SELECT count(*) FROM network_snapshot)"_s);
    count.next();
    out << u"database: %1 contacts, %2 events, %3 outreach, %4 pieces, %5 weeks"_s
               .arg(count.value(0).toLongLong())
               .arg(count.value(1).toLongLong())
               .arg(count.value(2).toLongLong())
               .arg(count.value(3).toLongLong())
               .arg(count.value(4).toLongLong())
        << Qt::endl;
    count.finish();

    ContactStore contacts(db);
    const qint64 maxId = contacts.maxId();
    InsightsQueries queries(db);
    QRandomGenerator random(5);
    QSqlQuery byId(db.connection());
    byId.prepare(u"SELECT first_name FROM contact WHERE id = ?"_s);
    QList<double> baseline, snapshotMs, contentMs, funnelMs, tierMs, reviewMs, groupMs, scoreMs;
    int weeks = 0, pieces = 0, converted = 0, contactsCounted = 0, connections = 0, score = 0;
    NetworkReview review(db);
    ScoreStore scores(db);
    const IndustryScope scope = IndustryScope::load(SettingStore(db));
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer b;
        b.start();
        byId.addBindValue(1 + qint64(random.bounded(quint64(qMax<qint64>(1, maxId)))));
        byId.exec();
        byId.next();
        baseline << BenchUtil::msSince(b);
        byId.finish();

        QElapsedTimer t;
        t.start();
        weeks = int(queries.snapshots().size());
        snapshotMs << BenchUtil::msSince(t);

        t.start();
        const QList<ContentStats> points = queries.content();
        ContentKindSummary::of(points, ContentKind::Post);
        ContentKindSummary::of(points, ContentKind::Article);
        contentMs << BenchUtil::msSince(t);
        pieces = int(points.size());

        t.start();
        const QList<FunnelPeriod> funnel = queries.funnel(today, 12, &error);
        queries.acceptanceThreshold();
        funnelMs << BenchUtil::msSince(t);
        converted = 0;
        for (const FunnelPeriod &p : funnel)
            converted += p.followersConverted;

        t.start();
        const QList<TierCount> tiers = queries.tierCounts(&error);
        tierMs << BenchUtil::msSince(t);
        contactsCounted = 0;
        for (const TierCount &c : tiers)
            contactsCounted += c.count;

        // The network review panel: the summary (every industry, never and
        // quiet), then the top locations and companies.
        t.start();
        const NetworkReview::Summary summary = review.summary(today, 6, &error);
        reviewMs << BenchUtil::msSince(t);
        connections = summary.connections;
        t.start();
        review.groups(NetworkReview::Field::Location, 10, &error);
        review.groups(NetworkReview::Field::Company, 10, &error);
        groupMs << BenchUtil::msSince(t);

        t.start();
        score = scores.networkScore(today, scope.own, scope.related, &error).score();
        scoreMs << BenchUtil::msSince(t);
    }
    if (!error.isEmpty()) {
        out << error << Qt::endl;
        return 1;
    }

    const double base = BenchUtil::report(u"baseline: one contact by id"_s, baseline);
    const QList<std::pair<QString, QList<double>>> charts = {
        {u"followers, connections, ratio, views (%1 weeks)"_s.arg(weeks), snapshotMs},
        {u"posts versus articles (%1 pieces)"_s.arg(pieces), contentMs},
        {u"outreach funnel, 12 months (%1 followers converted)"_s.arg(converted), funnelMs},
        {u"contacts per tier (%1 contacts)"_s.arg(contactsCounted), tierMs},
        {u"network review: industries, never, quiet (%1 connections)"_s.arg(connections), reviewMs},
        {u"network review: top locations and companies"_s, groupMs},
        {u"network score (%1)"_s.arg(score), scoreMs},
    };
    const QStringList measures = {u"chart: followers/ratio/views"_s,
                                  u"chart: content"_s,
                                  u"chart: outreach funnel"_s,
                                  u"chart: tiers"_s,
                                  u"chart: network review"_s,
                                  u"chart: network groups"_s,
                                  u"network score"_s};
    bool met = true;
    for (int i = 0; i < charts.size(); ++i) {
        const auto &[label, samples] = charts.at(i);
        const double median = BenchUtil::report(label, samples);
        const double p99 = BenchUtil::percentile(samples, 99);
        const bool ok = median <= 20 && p99 <= 50;
        out << u"  ratio to the baseline %1x, target median <= 20 ms, p99 <= 50 ms: %2"_s
                   .arg(median / qMax(0.001, base), 0, 'f', 0)
                   .arg(ok ? u"met"_s : u"MISSED"_s)
            << Qt::endl;
        out << u"BENCH|%1|%2|%3|%4|median<=20 p99<=50|%5"_s.arg(measures.at(i))
                   .arg(median, 0, 'f', 2)
                   .arg(p99, 0, 'f', 2)
                   .arg(base, 0, 'f', 3)
                   .arg(ok ? u"pass"_s : u"FAIL"_s)
            << Qt::endl;
        met = met && ok;
    }
    return met ? 0 : 2;
}
