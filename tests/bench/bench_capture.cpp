// Quick capture at scale: a paste of 200 people (as copied from a LinkedIn
// reactions list: name, "• 2nd", headline) — three in four already
// contacts, the rest new — parsed, matched and logged against a database of
// N contacts, then undone, several times. Baseline in the same run: 200
// primary-key lookups of contacts.
//
//   bench_capture [--contacts N] [--db PATH] [--runs R]
// With --db, an existing benchmark database (bench_engagement's, 1,000,000
// contacts and 10,000,000 events) is reused, or filled with contacts first.

#include "BenchUtil.h"
#include "capture/QuickCapture.h"
#include "db/Database.h"
#include "store/ContactStore.h"
#include "store/EngagementStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

QTextStream out(stdout);

// 150 existing contacts picked at random, 50 invented people.
QString pasteOf(ContactStore &store, qint64 maxId, QRandomGenerator &random, int run)
{
    QStringList lines;
    int existing = 0;
    while (existing < 150) {
        const auto c = store.get(1 + qint64(random.bounded(quint64(maxId))));
        if (!c)
            continue;
        ++existing;
        lines << c->fullName() << u" • 2nd"_s
              << (c->position.isEmpty() ? u"Member"_s : c->position) + u" at "_s +
                     (c->company.isEmpty() ? u"Somewhere"_s : c->company);
    }
    for (int i = 0; i < 50; ++i) {
        // Letters only (a name has no digits): a surname unique to run and line.
        const int n = run * 50 + i;
        const QString suffix =
            QString(QChar(u'a' + n / 676 % 26)) + QChar(u'a' + n / 26 % 26) + QChar(u'a' + n % 26);
        lines << u"Zephyrine Quillfeather"_s + suffix << u" • 3rd+"_s
              << u"Founder at Newco %1"_s.arg(i) << u"Follow"_s;
    }
    return lines.join(u'\n');
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Rapport quick capture benchmark"_s);
    parser.addHelpOption();
    parser.addOption(
        {u"contacts"_s, u"Contacts in the database (default 1000000)."_s, u"N"_s, u"1000000"_s});
    parser.addOption({u"db"_s, u"Database file to reuse or fill."_s, u"PATH"_s});
    parser.addOption({u"runs"_s, u"Timed captures (default 7)."_s, u"R"_s, u"7"_s});
    parser.process(app);
    const int count = parser.value(u"contacts"_s).toInt();
    const int runs = qMax(1, parser.value(u"runs"_s).toInt());
    QTemporaryDir tmp;
    const QString path =
        parser.isSet(u"db"_s) ? parser.value(u"db"_s) : tmp.filePath(u"capture.sqlite"_s);

    Database db;
    QString error;
    if (!db.open(path, &error)) {
        out << error << Qt::endl;
        return 1;
    }
    ContactStore store(db);
    if (store.totalCount() < count) {
        db.close();
        if (BenchUtil::generateContacts(path, count) != 0)
            return 1;
        if (!db.open(path, &error)) {
            out << error << Qt::endl;
            return 1;
        }
    }
    ContactStore contacts(db);
    EngagementStore engagement(db);
    QuickCapture capture(contacts, engagement);
    const qint64 maxId = contacts.maxId();
    QSqlQuery events(db.connection());
    events.exec(u"SELECT count(*) FROM engagement"_s);
    out << u"database: %1 contacts, %2 events"_s.arg(contacts.totalCount())
               .arg(events.next() ? events.value(0).toLongLong() : 0)
        << Qt::endl;

    QRandomGenerator random(7);
    QList<double> baseline;
    QList<double> planMs;
    QList<double> totalMs;
    QSqlQuery byId(db.connection());
    byId.prepare(u"SELECT first_name, last_name FROM contact WHERE id = ?"_s);
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer b;
        b.start();
        for (int i = 0; i < 200; ++i) {
            byId.addBindValue(1 + qint64(random.bounded(quint64(maxId))));
            byId.exec();
            byId.next();
        }
        baseline << BenchUtil::msSince(b);

        const QString paste = pasteOf(contacts, maxId, random, run);
        QElapsedTimer t;
        t.start();
        QList<CaptureItem> items = capture.plan(paste);
        planMs << BenchUtil::msSince(t);
        // The person picks the first candidate wherever a name is shared.
        int matched = 0, fresh = 0, chosen = 0;
        for (CaptureItem &item : items) {
            if (item.status == CaptureItem::Ambiguous) {
                item.contactId = item.candidates.first();
                ++chosen;
            }
            matched += item.status == CaptureItem::Matched ? 1 : 0;
            fresh += item.status == CaptureItem::New ? 1 : 0;
        }
        QElapsedTimer w;
        w.start();
        QuickCapture::Event event;
        event.kind = EngagementKind::Comment;
        event.date = QDate::currentDate();
        CaptureResult result;
        if (!capture.apply(items, event, &result, &error)) {
            out << u"apply failed: "_s << error << Qt::endl;
            return 1;
        }
        totalMs << planMs.last() + BenchUtil::msSince(w);
        if (run == 0)
            out << u"one capture: %1 matched, %2 new, %3 chosen among namesakes, %4 logged"_s
                       .arg(matched)
                       .arg(fresh)
                       .arg(chosen)
                       .arg(result.events.size())
                << Qt::endl;
        if (!capture.undo(result, &error)) {
            out << u"undo failed: "_s << error << Qt::endl;
            return 1;
        }
    }
    const double base = BenchUtil::report(u"baseline: 200 contact lookups by id"_s, baseline);
    BenchUtil::report(u"quick capture of 200 names: parse and match"_s, planMs);
    const double total =
        BenchUtil::report(u"quick capture of 200 names: parse, match, create and log"_s, totalMs);
    out << u"ratio to baseline: %1x; target <= 1000 ms: %2"_s
               .arg(total / qMax(0.001, base), 0, 'f', 1)
               .arg(total <= 1000 ? u"met"_s : u"MISSED"_s)
        << Qt::endl;
    BenchUtil::result(u"quick capture of 200 names: parse and match"_s, planMs, base, 0, 0);
    BenchUtil::result(u"quick capture of 200 names (parse, match, create, log)"_s, totalMs, base,
                      1000, 0);
    return 0;
}
