// IntegrityCheck: a database kept by the stores checks intact; each kind of
// derived value put wrong by hand is found, named and rebuilt by repair(),
// which changes nothing else and leaves a database that checks intact. The
// maintained summaries (connection groups and touch days, content tallies,
// the outreach funnel's tally) count too: a corrupted row is named in plain
// words and counted afresh.

#include "db/Database.h"
#include "insights/InsightsQueries.h"
#include "store/ContactStore.h"
#include "store/ContentStore.h"
#include "store/EngagementStore.h"
#include "store/IntegrityCheck.h"
#include "store/OutreachStore.h"
#include "store/ScoreStore.h"
#include "store/ValueGivenStore.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

QStringList areas(const IntegrityCheck::Report &report)
{
    QStringList keys;
    for (const IntegrityCheck::Problem &p : report.derived)
        keys << p.key();
    return keys;
}

} // namespace

class tst_IntegrityCheck : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QDate m_today = QDate::currentDate();
    qint64 m_follower = 0;  // follow and comment events
    qint64 m_handSet = 0;   // a follow, then "follows me" cleared by hand
    qint64 m_contacted = 0; // outreach and value given
    qint64 m_quiet = 0;     // nothing at all
    qint64 m_post = 0;      // a piece of content m_follower liked
    int m_run = 0;

    qint64 addContact(const QString &first)
    {
        Contact c;
        c.firstName = first;
        c.lastName = u"Tester"_s;
        c.company = u"Acme"_s;
        c.notes = u"met at the fair"_s;
        QString error;
        if (!ContactStore(*m_db).add(c, &error))
            qWarning("%s", qPrintable(error));
        return c.id;
    }
    bool logEvent(qint64 contact, EngagementKind kind, int daysAgo)
    {
        Engagement e;
        e.contactId = contact;
        e.kind = kind;
        e.date = m_today.addDays(-daysAgo);
        QString error;
        const bool ok = EngagementStore(*m_db).log(e, &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql);
    }
    QStringList rowsOf(const QString &sql)
    {
        QStringList rows;
        QSqlQuery q(m_db->connection());
        if (!q.exec(sql))
            return {u"query failed: "_s + sql};
        while (q.next()) {
            QStringList fields;
            for (int i = 0; i < q.record().count(); ++i)
                fields << q.value(i).toString();
            rows << fields.join(u'|');
        }
        return rows;
    }
    // Every row of the tables the user's data lives in.
    QStringList userData()
    {
        QStringList rows;
        QSqlQuery q(m_db->connection());
        for (const QString &sql :
             {u"SELECT id, first_name, last_name, company, notes, follows_me FROM contact"_s,
              u"SELECT * FROM engagement"_s, u"SELECT * FROM outreach"_s,
              u"SELECT * FROM value_given"_s}) {
            if (!q.exec(sql + u" ORDER BY id"_s))
                return {u"query failed: "_s + sql};
            while (q.next()) {
                QStringList fields;
                for (int i = 0; i < q.record().count(); ++i)
                    fields << q.value(i).toString();
                rows << fields.join(u'|');
            }
        }
        return rows;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<Database>();
        QString error;
        QVERIFY2(m_db->open(m_dir.filePath(u"check%1.sqlite"_s.arg(++m_run)), &error),
                 qPrintable(error));
        m_follower = addContact(u"Fiona"_s);
        m_handSet = addContact(u"Hank"_s);
        m_contacted = addContact(u"Carla"_s);
        m_quiet = addContact(u"Quentin"_s);
        QVERIFY(logEvent(m_follower, EngagementKind::Follow, 40));
        QVERIFY(logEvent(m_follower, EngagementKind::Comment, 3));
        QVERIFY(logEvent(m_follower, EngagementKind::Like, 200));
        QVERIFY(logEvent(m_handSet, EngagementKind::Follow, 10));
        QVERIFY(logEvent(m_handSet, EngagementKind::ProfileView, 5));
        Contact hand = *ContactStore(*m_db).get(m_handSet);
        QVERIFY(hand.followsMe);
        hand.followsMe = false;
        QVERIFY2(ContactStore(*m_db).update(hand, &error), qPrintable(error));
        Outreach o;
        o.contactId = m_contacted;
        o.channel = u"message"_s;
        o.direction = u"out"_s;
        o.happenedAt = QDateTime(m_today.addDays(-2), QTime(9, 30)).toUTC();
        o.body = u"Hello"_s;
        QVERIFY2(OutreachStore(*m_db).add(o, &error), qPrintable(error));
        ValueGiven v;
        v.contactId = m_contacted;
        v.kind = u"howto"_s;
        v.date = m_today.addDays(-1);
        QVERIFY2(ValueGivenStore(*m_db).add(v, &error), qPrintable(error));
        // A connection at Acme, a liked post, an accepted invitation and an
        // answered InMail: every maintained summary has rows.
        Contact carla = *ContactStore(*m_db).get(m_contacted);
        carla.degree = 1;
        carla.industry = u"Banking"_s;
        carla.location = u"Lisbon"_s;
        QVERIFY2(ContactStore(*m_db).update(carla, &error), qPrintable(error));
        ContentPiece post;
        post.title = u"Why ledgers"_s;
        post.publishedOn = m_today.addDays(-20);
        QVERIFY2(ContentStore(*m_db).add(post, &error), qPrintable(error));
        m_post = post.id;
        Engagement like;
        like.contactId = m_follower;
        like.kind = EngagementKind::Like;
        like.date = m_today.addDays(-19);
        like.contentId = post.id;
        QVERIFY2(EngagementStore(*m_db).log(like, &error), qPrintable(error));
        for (const QString &channel : {u"invitation"_s, u"inmail"_s}) {
            Outreach sent;
            sent.contactId = m_contacted;
            sent.channel = channel;
            sent.direction = u"out"_s;
            sent.happenedAt = QDateTime(m_today.addDays(-30), QTime(10, 0)).toUTC();
            sent.outcome = channel == u"invitation"_s ? u"accepted"_s : u"replied"_s;
            sent.outcomeAt = sent.happenedAt.addDays(2);
            QVERIFY2(OutreachStore(*m_db).add(sent, &error), qPrintable(error));
        }
        QVERIFY2(ScoreStore(*m_db).refresh(m_today, &error), qPrintable(error));
    }
    void cleanup() { m_db.reset(); }

    void storesLeaveAnIntactDatabase()
    {
        IntegrityCheck check(*m_db);
        IntegrityCheck::Report report;
        QString error;
        QVERIFY2(check.check(&report, &error), qPrintable(error));
        QVERIFY2(report.intact(), qPrintable(areas(report).join(u", "_s)));
        // Nothing to repair: nothing is written.
        QStringList fixed;
        QVERIFY(check.repair(report, &fixed, &error));
        QVERIFY(fixed.isEmpty());
    }

    void wrongDerivedValueIsFoundAndRebuilt_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("area");
        QTest::newRow("search index: a row for no contact")
            << u"INSERT INTO contact_fts(rowid, first_name) VALUES (%4, 'ghost')"_s
            << u"search_index"_s;
        QTest::newRow("search index: a contact never indexed")
            << u"INSERT INTO contact (first_name, created_at, updated_at) VALUES ('Unindexed', "
               "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"_s
            << u"search_index"_s;
        QTest::newRow("search index: a contact indexed twice")
            << u"INSERT INTO contact_fts(rowid, first_name, last_name, company, position, "
               "location, notes, tags_text) SELECT id, first_name, last_name, company, position, "
               "location, notes, tags_text FROM contact WHERE id = %1"_s
            << u"search_index"_s;
        QTest::newRow("summary count")
            << u"UPDATE engagement_summary SET n_comment = n_comment + 1 WHERE contact_id = %1"_s
            << u"engagement_summaries"_s;
        QTest::newRow("summary date")
            << u"UPDATE engagement_summary SET last_like = '1999-01-01' WHERE contact_id = %1"_s
            << u"engagement_summaries"_s;
        QTest::newRow("summary missing")
            << u"DELETE FROM engagement_summary WHERE contact_id = %1"_s
            << u"engagement_summaries"_s;
        QTest::newRow("summary without events")
            << u"INSERT INTO engagement_summary (contact_id, n_like, last_like) VALUES (%4, 1, "
               "'2026-01-01')"_s
            << u"engagement_summaries"_s;
        QTest::newRow("tier") << u"UPDATE contact SET tier_key = 6 WHERE id = %1"_s << u"tiers"_s;
        QTest::newRow("tier of a contact without events")
            << u"UPDATE contact SET tier_key = 2 WHERE id = %4"_s << u"tiers"_s;
        QTest::newRow("tier end") << u"UPDATE contact SET tier_until = '2000-01-01' WHERE id = %2"_s
                                  << u"tiers"_s;
        QTest::newRow("last engaged")
            << u"UPDATE contact SET last_engaged_on = '' WHERE id = %1"_s << u"tiers"_s;
        QTest::newRow("contacts per tier")
            << u"UPDATE tier_count SET contacts = contacts + 3 WHERE tier_key = 13"_s
            << u"tier_counts"_s;
        QTest::newRow("first follow")
            << u"UPDATE contact SET first_follow_on = '' WHERE id = %1"_s << u"first_follow"_s;
        QTest::newRow("last contacted")
            << u"UPDATE contact SET last_contacted_at = '' WHERE id = %3"_s << u"last_contacted"_s;
        QTest::newRow("score") << u"UPDATE contact SET score = score + 7 WHERE id = %3"_s
                               << u"scores"_s;
        QTest::newRow("connections per company")
            << u"UPDATE connection_group SET connections = connections + 1 "
               "WHERE field = 'company'"_s
            << u"connection_groups"_s;
        QTest::newRow("a connection group missing")
            << u"DELETE FROM connection_group WHERE field = 'location'"_s << u"connection_groups"_s;
        QTest::newRow("a connection group for nobody")
            << u"INSERT INTO connection_group VALUES ('industry', 'Shipping', 4)"_s
            << u"connection_groups"_s;
        QTest::newRow("connections per last day in touch")
            << u"UPDATE connection_touch SET connections = connections + 2"_s
            << u"connection_touch"_s;
        QTest::newRow("content likes")
            << u"UPDATE content_tally SET likes = likes + 1"_s << u"content_tallies"_s;
        QTest::newRow("content engagers")
            << u"DELETE FROM content_engager"_s << u"content_tallies"_s;
        QTest::newRow("invitations accepted per day")
            << u"UPDATE outreach_tally SET accepted = 0"_s << u"outreach_tally"_s;
        QTest::newRow("an outreach day missing")
            << u"DELETE FROM outreach_tally WHERE channel = 'inmail'"_s << u"outreach_tally"_s;
    }

    void wrongDerivedValueIsFoundAndRebuilt()
    {
        QFETCH(QString, damage);
        QFETCH(QString, area);
        // Placeholders by hand: QString::arg() fills the lowest one present.
        const QString sql = QString(damage)
                                .replace(u"%1"_s, QString::number(m_follower))
                                .replace(u"%2"_s, QString::number(m_handSet))
                                .replace(u"%3"_s, QString::number(m_contacted))
                                .replace(u"%4"_s, QString::number(m_quiet));
        QVERIFY2(exec(sql), qPrintable(sql));
        // Rows the damage itself added count as the user's data from here on.
        const QStringList data = userData();

        IntegrityCheck check(*m_db);
        IntegrityCheck::Report report;
        QString error;
        QVERIFY2(check.check(&report, &error), qPrintable(error));
        QVERIFY(report.fileProblems.isEmpty());
        QVERIFY2(areas(report).contains(area), qPrintable(areas(report).join(u", "_s)));
        for (const IntegrityCheck::Problem &p : std::as_const(report.derived))
            QVERIFY(p.count > 0 && !p.text.isEmpty());

        QStringList fixed;
        QVERIFY2(check.repair(report, &fixed, &error), qPrintable(error));
        QVERIFY(!fixed.isEmpty());
        IntegrityCheck::Report after;
        QVERIFY2(check.check(&after, &error), qPrintable(error));
        QVERIFY2(after.intact(), qPrintable(areas(after).join(u", "_s)));
        QCOMPARE(userData(), data);
        // A "follows me" cleared by hand is the user's, not derived: kept.
        QVERIFY(!ContactStore(*m_db).get(m_handSet)->followsMe);
        QVERIFY(ContactStore(*m_db).get(m_follower)->followsMe);
    }

    void corruptedSummaryIsNamedAndRecounted()
    {
        const InsightsQueries queries(*m_db);
        const auto totals = [&queries, this] {
            const FunnelPeriod t = FunnelPeriod::total(queries.funnel(m_today, 3));
            return QList<int>{t.invitationsSent, t.invitationsAccepted, t.invitationsDecided,
                              t.inmailsSent, t.inmailsAnswered};
        };
        const QList<int> funnel = totals();
        QCOMPARE(funnel, (QList<int>{1, 1, 1, 1, 1}));
        const QStringList groups = rowsOf(u"SELECT * FROM connection_group ORDER BY 1, 2"_s);
        const QStringList tally = rowsOf(u"SELECT * FROM outreach_tally ORDER BY 1, 2"_s);
        QCOMPARE(tally.size(), 2);
        QVERIFY(exec(u"UPDATE connection_group SET connections = 7 WHERE field = 'company'"_s));
        QVERIFY(exec(u"UPDATE outreach_tally SET sent = sent + 5, accepted = accepted + 5"_s));

        IntegrityCheck check(*m_db);
        IntegrityCheck::Report report;
        QString error;
        QVERIFY2(check.check(&report, &error), qPrintable(error));
        QCOMPARE(areas(report), (QStringList{u"connection_groups"_s, u"outreach_tally"_s}));
        QCOMPARE(report.derived.at(0).count, 1);
        QCOMPARE(report.derived.at(0).text,
                 u"the connections counted per industry, location and company (network review, "
                 "network score) are wrong for 1 group(s), e.g. company \u201cAcme\u201d"_s);
        const QString day = tally.first().section(u'|', 0, 0);
        QCOMPARE(report.derived.at(1).text,
                 u"the invitations and InMails counted per day (outreach funnel) are wrong for "
                 "1 day(s), e.g. %1"_s.arg(day));
        // The funnel reads the corrupted tally (the check is what finds it).
        QCOMPARE(totals(), (QList<int>{6, 6, 6, 6, 1}));

        QStringList fixed;
        QVERIFY2(check.repair(report, &fixed, &error), qPrintable(error));
        QCOMPARE(fixed, (QStringList{u"recounted the connections per industry, location and "
                                     "company"_s,
                                     u"recounted the invitations and InMails per day"_s}));
        QCOMPARE(rowsOf(u"SELECT * FROM connection_group ORDER BY 1, 2"_s), groups);
        QCOMPARE(rowsOf(u"SELECT * FROM outreach_tally ORDER BY 1, 2"_s), tally);
        QCOMPARE(totals(), funnel);
        IntegrityCheck::Report after;
        QVERIFY2(check.check(&after, &error), qPrintable(error));
        QVERIFY2(after.intact(), qPrintable(areas(after).join(u", "_s)));
    }

    void searchFindsContactsAfterRepair()
    {
        QVERIFY(exec(u"INSERT INTO contact_fts(contact_fts) VALUES ('delete-all')"_s));
        IntegrityCheck check(*m_db);
        IntegrityCheck::Report report;
        QString error;
        QVERIFY(check.check(&report, &error));
        QCOMPARE(areas(report), QStringList{u"search_index"_s});
        QStringList fixed;
        QVERIFY2(check.repair(report, &fixed, &error), qPrintable(error));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT rowid FROM contact_fts WHERE contact_fts MATCH 'fiona'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), m_follower);
    }

    void readOnlyDatabaseIsCheckedWithoutWriting()
    {
        // FTS5's own check is a write; a read-only database is not reported
        // damaged for refusing it, and a missing or stray row still shows.
        IntegrityCheck check(*m_db);
        IntegrityCheck::Report report;
        QString error;
        QVERIFY(exec(u"PRAGMA query_only = 1"_s));
        QVERIFY(
            !exec(u"INSERT INTO contact_fts(contact_fts, rank) VALUES ('integrity-check', 1)"_s));
        QVERIFY2(check.check(&report, &error), qPrintable(error));
        QVERIFY2(report.intact(), qPrintable(areas(report).join(u", "_s)));

        QVERIFY(exec(u"PRAGMA query_only = 0"_s));
        QVERIFY(exec(u"INSERT INTO contact (first_name, created_at, updated_at) VALUES "
                     "('Unindexed', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"_s));
        QVERIFY(exec(u"PRAGMA query_only = 1"_s));
        QVERIFY2(check.check(&report, &error), qPrintable(error));
        QCOMPARE(areas(report), QStringList{u"search_index"_s});
        QVERIFY(exec(u"PRAGMA query_only = 0"_s));
    }

    void damagedFileIsNotRepaired()
    {
        IntegrityCheck::Report report;
        report.fileProblems << u"Tree 7 page 12: btreeInitPage() returns error code 11"_s;
        report.derived << IntegrityCheck::Problem{IntegrityCheck::Area::SearchIndex, 1, u"x"_s};
        QStringList fixed;
        QString error;
        QVERIFY(!IntegrityCheck(*m_db).repair(report, &fixed, &error));
        QVERIFY2(error.contains(u"backup"_s), qPrintable(error));
        QVERIFY(fixed.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_IntegrityCheck)
#include "tst_integritycheck.moc"
