// Migration 16's outreach_tally and the outreach funnel that reads it,
// against the scan it replaces (every invitation and InMail read as records
// and measured with InvitationStats and InMailLedger per month), on random
// data in several time zones: after random adds, edits, outcomes, replies,
// removals and their undo, contacts removed and brought back; after a bulk
// load and after an import and its undo; for "todays" on month ends, month
// starts and in the middle, with outcomes and replies dated after today.
// Also the upgrade of a version-15 database, and that the tally equals a
// recount (OutreachTallyMigration::countQuery) at every step.

#include "db/Database.h"
#include "db/Migrations.h"
#include "db/OutreachTallyMigration.h"
#include "db/Transaction.h"
#include "domain/Contact.h"
#include "domain/InMailRecord.h"
#include "domain/InvitationRecord.h"
#include "domain/Outreach.h"
#include "insights/FunnelPeriod.h"
#include "insights/InsightsQueries.h"
#include "io/CsvColumnMapping.h"
#include "io/CsvImporter.h"
#include "io/ImportReport.h"
#include "outreach/InMailLedger.h"
#include "outreach/InvitationStats.h"
#include "store/ContactRemoval.h"
#include "store/ContactStore.h"
#include "store/ImportUndo.h"
#include "store/OutreachRemoval.h"
#include "store/OutreachStore.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

const QDate anchor(2026, 6, 30);
const QStringList outcomes = {QString(),      QString(),           u"accepted"_s,
                              u"declined"_s,  u"ignored"_s,        u"replied"_s,
                              u"withdrawn"_s, u"not-interested"_s, u"dont-know"_s};

void setZone(const QByteArray &zone)
{
    if (zone.isEmpty())
        qunsetenv("TZ");
    else
        qputenv("TZ", zone);
    ::tzset();
}

QStringList rows(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return {u"<error>"_s};
    }
    QStringList list;
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < q.record().count(); ++i)
            fields << q.value(i).toString();
        list << fields.join(u'|');
    }
    return list;
}

// A random moment from 420 days before the anchor to 6 days after it, at
// any minute (so some fall just before or after a local midnight).
QDateTime randomTime(QRandomGenerator &r)
{
    const QDate day = anchor.addDays(6 - int(r.bounded(426)));
    return QDateTime(day, QTime(int(r.bounded(24)), int(r.bounded(60))), Qt::UTC);
}

// The funnel as it was computed before outreach_tally: every record read,
// each month measured on its own. The definition the tally must match.
QList<FunnelPeriod> scanFunnel(Database &db, const QDate &today, int months)
{
    QList<FunnelPeriod> periods;
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(-(months - 1));
    const auto monthIndex = [&](const QDate &d) {
        return (d.year() - first.year()) * 12 + d.month() - first.month();
    };
    OutreachStore outreach(db);
    QList<QList<InvitationRecord>> invitations(months);
    for (const InvitationRecord &r : outreach.invitationRecords()) {
        const int i = monthIndex(r.sent);
        if (r.sent.isValid() && i >= 0 && i < months)
            invitations[i] << r;
    }
    QList<QList<InMailRecord>> inmails(months);
    for (const InMailRecord &r : outreach.inmailRecords({})) {
        const int i = monthIndex(r.sent);
        if (r.sent.isValid() && i >= 0 && i < months)
            inmails[i] << r;
    }
    for (int i = 0; i < months; ++i) {
        FunnelPeriod p;
        const InvitationStats stats =
            InvitationStats::compute(invitations.at(i), today, int(invitations.at(i).size()));
        p.invitationsSent = stats.lastNSent;
        p.invitationsAccepted = stats.lastNAccepted;
        p.invitationsDecided = stats.lastNDecided;
        p.acceptanceRate = stats.lastNRate;
        const InMailLedger ledger = InMailLedger::compute(inmails.at(i), {}, QDate(), today);
        p.inmailsSent = ledger.sent;
        p.inmailsAnswered = ledger.answered;
        p.responseRate = ledger.responseRate;
        periods << p;
    }
    return periods;
}

QString describe(const FunnelPeriod &p)
{
    const auto rate = [](const std::optional<double> &r) {
        return r ? QString::number(*r, 'g', 17) : u"-"_s;
    };
    return u"inv %1/%2/%3 %4 inmail %5/%6 %7"_s.arg(p.invitationsSent)
        .arg(p.invitationsAccepted)
        .arg(p.invitationsDecided)
        .arg(rate(p.acceptanceRate))
        .arg(p.inmailsSent)
        .arg(p.inmailsAnswered)
        .arg(rate(p.responseRate));
}

} // namespace

class tst_OutreachTally : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_run = 0;
    QList<qint64> m_contacts;

    QString newPath() { return m_dir.filePath(u"t%1.sqlite"_s.arg(++m_run)); }

    // The tally equals its recount, and the funnel the scan, for several
    // "todays" around the anchor (month ends and starts, mid-month).
    static void compareWithScan(Database &db)
    {
        QCOMPARE(rows(db, u"SELECT * FROM outreach_tally ORDER BY 1, 2"_s),
                 rows(db, OutreachTallyMigration::countQuery() + u" ORDER BY 1, 2"_s));
        const InsightsQueries queries(db);
        for (const QDate &today : {anchor, anchor.addDays(1), anchor.addDays(-3),
                                   anchor.addDays(-14), anchor.addDays(-29), anchor.addDays(2)}) {
            QString error;
            const QList<FunnelPeriod> read = queries.funnel(today, 12, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            const QList<FunnelPeriod> scan = scanFunnel(db, today, 12);
            QCOMPARE(read.size(), scan.size());
            for (int i = 0; i < read.size(); ++i) {
                QVERIFY2(describe(read.at(i)) == describe(scan.at(i)),
                         qPrintable(u"%1, month %2: %3 but the scan says %4"_s.arg(
                             today.toString(Qt::ISODate), QString::number(i), describe(read.at(i)),
                             describe(scan.at(i)))));
            }
        }
    }

    void addContacts(Database &db, int n)
    {
        ContactStore contacts(db);
        QString error;
        for (int i = 0; i < n; ++i) {
            Contact c;
            c.firstName = u"Person%1"_s.arg(m_contacts.size());
            c.lastName = u"Tally"_s;
            c.degree = 1 + i % 3;
            QVERIFY2(contacts.add(c, &error), qPrintable(error));
            m_contacts << c.id;
        }
    }

    void randomWrites(Database &db, QRandomGenerator &r, int steps)
    {
        ContactStore contacts(db);
        OutreachStore outreach(db);
        OutreachRemoval outreachRemoval(db, outreach);
        ContactRemoval contactRemoval(contacts);
        QString error;
        const auto ids = [&](const QString &where) {
            QList<qint64> list;
            for (const QString &id : rows(db, u"SELECT id FROM outreach WHERE %1"_s.arg(where)))
                list << id.toLongLong();
            return list;
        };
        for (int step = 0; step < steps; ++step) {
            const int what = int(r.bounded(12));
            const qint64 contact = m_contacts.at(int(r.bounded(int(m_contacts.size()))));
            const QList<qint64> sent =
                ids(u"direction = 'out' AND channel IN ('invitation', 'inmail')"_s);
            const qint64 some = sent.isEmpty() ? 0 : sent.at(int(r.bounded(int(sent.size()))));
            if (what <= 4 || some == 0) {
                Outreach o;
                o.contactId = contact;
                const int kind = int(r.bounded(4));
                o.channel = kind == 0 ? u"invitation"_s : kind == 3 ? u"message"_s : u"inmail"_s;
                o.direction = u"out"_s;
                o.happenedAt = randomTime(r);
                o.outcome = outcomes.at(int(r.bounded(int(outcomes.size()))));
                if (o.channel == u"invitation"_s && o.outcome == u"replied"_s)
                    o.outcome = u"accepted"_s;
                // Outcomes mostly after sending, some after "today", some
                // without a time (as imported rows have).
                if (!o.outcome.isEmpty() && r.bounded(6) != 0)
                    o.outcomeAt = o.happenedAt.addSecs(qint64(r.bounded(20 * 86400)));
                QVERIFY2(outreach.add(o, &error), qPrintable(error));
            } else if (what == 5 || what == 6) {
                // A reply to an InMail or message, attached by the store
                // (and marking it replied) or named explicitly.
                const QList<qint64> inmails = ids(u"direction = 'out' AND channel = 'inmail'"_s);
                if (inmails.isEmpty())
                    continue;
                const qint64 to = inmails.at(int(r.bounded(int(inmails.size()))));
                const std::optional<Outreach> original = outreach.get(to);
                QVERIFY(original);
                Outreach reply;
                reply.contactId = original->contactId;
                reply.channel = u"inmail"_s;
                reply.direction = u"in"_s;
                reply.happenedAt =
                    original->happenedAt.addSecs(qint64(r.bounded(30 * 86400)) - 3600);
                if (r.bounded(2))
                    reply.replyTo = to;
                QVERIFY2(outreach.add(reply, &error), qPrintable(error));
            } else if (what == 7) {
                const QString outcome = outcomes.at(int(r.bounded(int(outcomes.size()))));
                const std::optional<Outreach> o = outreach.get(some);
                QVERIFY(o);
                const QString fitting = o->channel == u"invitation"_s && outcome == u"replied"_s
                                            ? u"accepted"_s
                                            : outcome;
                QVERIFY2(outreach.setOutcome(some, fitting, randomTime(r), &error),
                         qPrintable(error));
            } else if (what == 8) {
                std::optional<Outreach> o = outreach.get(some);
                QVERIFY(o);
                o->happenedAt = randomTime(r);
                if (r.bounded(3) == 0)
                    o->channel = o->channel == u"inmail"_s ? u"invitation"_s : u"inmail"_s;
                if (o->channel == u"invitation"_s && o->outcome == u"replied"_s)
                    o->outcome = u"accepted"_s;
                QVERIFY2(outreach.update(*o, &error), qPrintable(error));
            } else if (what == 9 || what == 10) {
                // Removed (a sent one or a reply), half the time undone.
                const QList<qint64> any = ids(u"1"_s);
                const qint64 id = any.at(int(r.bounded(int(any.size()))));
                const std::optional<OutreachRemoval::Snapshot> snapshot =
                    outreachRemoval.remove(id, &error);
                QVERIFY2(snapshot, qPrintable(error));
                if (r.bounded(2))
                    QVERIFY2(outreachRemoval.restore(*snapshot, &error), qPrintable(error));
            } else {
                // A contact removed with all their outreach, half the time
                // brought back (the window's undo).
                const std::optional<ContactRemoval::Snapshot> snapshot =
                    contactRemoval.remove(contact, &error);
                QVERIFY2(snapshot, qPrintable(error));
                if (r.bounded(2)) {
                    QVERIFY2(contactRemoval.restore(*snapshot, &error), qPrintable(error));
                } else {
                    m_contacts.removeAll(contact);
                    addContacts(db, 1);
                }
            }
        }
    }

private slots:
    void cleanup() { setZone({}); }

    void randomWritesKeepTheFunnelEqualToTheScan_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::newRow("UTC") << QByteArray("UTC");
        QTest::newRow("St Johns (-3:30, summer time)") << QByteArray("America/St_Johns");
        QTest::newRow("Kolkata (+5:30)") << QByteArray("Asia/Kolkata");
        QTest::newRow("Auckland (+12/+13)") << QByteArray("Pacific/Auckland");
    }

    void randomWritesKeepTheFunnelEqualToTheScan()
    {
        QFETCH(QByteArray, zone);
        setZone(zone);
        Database db;
        QString error;
        QVERIFY2(db.open(newPath(), &error), qPrintable(error));
        m_contacts.clear();
        addContacts(db, 12);
        QRandomGenerator r(1621 + m_run);
        for (int round = 0; round < 4; ++round) {
            randomWrites(db, r, 150);
            compareWithScan(db);
        }
        // The data exercised what it should: settled and recent rows,
        // answers, acceptances, outcomes after the anchor.
        QVERIFY(rows(db, u"SELECT sum(sent), sum(accepted), sum(answered) FROM outreach_tally"_s)
                    .value(0)
                    .split(u'|')
                    .value(2)
                    .toInt() > 5);
        QVERIFY(rows(db, u"SELECT count(*) FROM outreach WHERE outcome_at > '2026-07-01'"_s)
                    .value(0)
                    .toInt() > 0);
    }

    void bulkLoadAndImportUndoKeepTheTally()
    {
        setZone("Europe/Lisbon");
        const QString path = newPath();
        QString error;
        QStringList before;
        {
            Database db;
            QVERIFY2(db.open(path, &error), qPrintable(error));
            m_contacts.clear();
            addContacts(db, 10);
            QRandomGenerator r(88);
            randomWrites(db, r, 120);
            ContactStore contacts(db);
            {
                // A bulk load that also removes a contact with outreach.
                Transaction tx(db);
                QVERIFY2(contacts.beginBulkLoad(&error), qPrintable(error));
                QList<Contact> batch;
                for (int i = 0; i < 500; ++i) {
                    Contact c;
                    c.firstName = u"Bulk%1"_s.arg(i);
                    c.lastName = u"Load"_s;
                    batch << c;
                }
                QVERIFY2(contacts.addBatch(batch, &error), qPrintable(error));
                const qint64 withOutreach =
                    rows(db, u"SELECT contact_id FROM outreach LIMIT 1"_s).value(0).toLongLong();
                QVERIFY(withOutreach > 0);
                QVERIFY2(contacts.remove(withOutreach, &error), qPrintable(error));
                m_contacts.removeAll(withOutreach);
                QVERIFY2(contacts.endBulkLoad(&error), qPrintable(error));
                QVERIFY2(tx.commit(&error), qPrintable(error));
            }
            compareWithScan(db);
            before = rows(db, u"SELECT * FROM outreach_tally ORDER BY 1, 2"_s);
            QByteArray csv = "first_name,last_name\n";
            for (int i = 0; i < 50; ++i)
                csv += u"Imported%1,Row\n"_s.arg(i).toUtf8();
            const QString file = m_dir.filePath(u"import%1.csv"_s.arg(m_run));
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(csv);
            f.close();
            CsvImporter::Preview preview;
            QVERIFY2(CsvImporter::preview(file, 20, &preview, &error), qPrintable(error));
            CsvImporter importer(db);
            importer.setMapping(CsvColumnMapping::automatic(preview.headers, preview.rows));
            ImportReport report;
            QVERIFY2(importer.run(file, &report, &error), qPrintable(error));
            QCOMPARE(report.contacts.created, 50);
            // Outreach to the imported people after the import.
            OutreachStore outreach(db);
            for (const QString &id :
                 rows(db, u"SELECT id FROM contact WHERE first_name LIKE 'Imported%' LIMIT 20"_s)) {
                Outreach o;
                o.contactId = id.toLongLong();
                o.channel = u"invitation"_s;
                o.direction = u"out"_s;
                o.happenedAt = randomTime(r);
                o.outcome = u"accepted"_s;
                QVERIFY2(outreach.add(o, &error), qPrintable(error));
            }
            compareWithScan(db);
            QVERIFY(rows(db, u"SELECT * FROM outreach_tally ORDER BY 1, 2"_s) != before);
        }
        ImportUndo::Outcome outcome;
        QVERIFY2(ImportUndo::undo(path, 0, &outcome, &error), qPrintable(error));
        Database db;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(rows(db, u"SELECT * FROM outreach_tally ORDER BY 1, 2"_s), before);
        compareWithScan(db);
    }

    void upgradeFromVersion15()
    {
        setZone("America/St_Johns");
        const QString path = newPath();
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v15"_s);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            for (int v = 1; v <= 15; ++v) {
                for (const QString &sql : Migrations::statements(v))
                    QVERIFY2(q.exec(sql), qPrintable(sql + q.lastError().text()));
            }
            QVERIFY(q.exec(u"PRAGMA user_version = 15"_s));
            QVERIFY(q.exec(u"INSERT INTO contact (first_name, last_name, sort_name, created_at, "
                           "updated_at) VALUES ('Old', 'Data', 'old data', "
                           "'2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')"_s));
            QVERIFY(q.prepare(u"INSERT INTO outreach (contact_id, channel, direction, "
                              "happened_at, outcome, outcome_at, reply_to) "
                              "VALUES (1, ?, ?, ?, ?, ?, ?)"_s));
            QRandomGenerator r(15);
            for (int i = 0; i < 600; ++i) {
                const bool reply = i > 10 && r.bounded(5) == 0;
                const QString channel = reply || r.bounded(2) ? u"inmail"_s : u"invitation"_s;
                QString outcome = reply ? QString() : outcomes.at(int(r.bounded(9)));
                if (channel == u"invitation"_s && outcome == u"replied"_s)
                    outcome = u"accepted"_s;
                const QDateTime at = randomTime(r);
                q.addBindValue(channel);
                q.addBindValue(reply ? u"in"_s : u"out"_s);
                q.addBindValue(at.toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s));
                q.addBindValue(outcome.isEmpty() ? u""_s : outcome);
                q.addBindValue(outcome.isEmpty() || r.bounded(5) == 0
                                   ? u""_s
                                   : at.addSecs(qint64(r.bounded(15 * 86400)))
                                         .toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s));
                q.addBindValue(reply ? QVariant(qint64(1 + r.bounded(quint32(i))))
                                     : QVariant(QMetaType(QMetaType::LongLong)));
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"v15"_s);

        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        QVERIFY(rows(db, u"SELECT count(*) FROM outreach_tally"_s).value(0).toInt() > 100);
        compareWithScan(db);
        // The upgraded file's triggers keep counting.
        m_contacts = {1};
        addContacts(db, 5);
        QRandomGenerator r(16);
        randomWrites(db, r, 100);
        compareWithScan(db);
    }
};

QTEST_GUILESS_MAIN(tst_OutreachTally)
#include "tst_outreachtally.moc"
