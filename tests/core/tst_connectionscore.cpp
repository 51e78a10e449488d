// The connection score: the formula, its promises (more or more recent
// interaction never lowers it; time lowers it only on known days), the
// triggers that mark a contact for recomputing on every write path, the
// refresh that touches only those, sorting by score with keyset paging, the
// upgrade from schema 8, and the network score.

#include "db/Database.h"
#include "db/Migrations.h"
#include "domain/ConnectionScore.h"
#include "domain/ContactQuery.h"
#include "domain/NetworkScore.h"
#include "store/ContactStore.h"
#include "store/EngagementStore.h"
#include "store/OutreachStore.h"
#include "store/ScoreStore.h"
#include "store/ValueGivenStore.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

const QDate today(2026, 6, 15);

using Inputs = ConnectionScore::Inputs;

void engaged(Inputs &in, EngagementKind kind, const QDate &on, int times = 1)
{
    const int i = EngagementKinds::index(kind);
    in.engagement.counts[i] += times;
    if (!in.engagement.lastOn[i].isValid() || on > in.engagement.lastOn[i])
        in.engagement.lastOn[i] = on;
}

QDate laterOf(const QDate &a, const QDate &b)
{
    return !a.isValid() ? b : (!b.isValid() ? a : qMax(a, b));
}

Inputs randomInputs(QRandomGenerator &rng)
{
    Inputs in;
    const auto day = [&] {
        return today.addDays(-int(rng.bounded(900)));
    };
    for (EngagementKind kind : EngagementKinds::all()) {
        if (rng.bounded(3) == 0)
            engaged(in, kind, day(), 1 + int(rng.bounded(6)));
    }
    if (rng.bounded(2) == 0) {
        in.outreachOut = 1 + int(rng.bounded(5));
        in.lastOut = day();
        in.answered = int(rng.bounded(quint32(in.outreachOut + 1)));
    }
    if (rng.bounded(3) == 0) {
        in.outreachIn = 1 + int(rng.bounded(4));
        in.lastIn = day();
    }
    if (rng.bounded(4) == 0) {
        in.valueGiven = 1 + int(rng.bounded(3));
        in.lastValue = day();
    }
    return in;
}

// Every way to add one interaction on `on` to the inputs.
QList<Inputs> withOneMore(const Inputs &in, const QDate &on)
{
    QList<Inputs> out;
    for (EngagementKind kind : EngagementKinds::all()) {
        Inputs x = in;
        engaged(x, kind, on);
        out << x;
    }
    Inputs x = in;
    ++x.outreachOut;
    x.lastOut = laterOf(x.lastOut, on);
    out << x;
    x = in;
    ++x.outreachOut;
    ++x.answered;
    x.lastOut = laterOf(x.lastOut, on);
    out << x;
    x = in;
    ++x.outreachIn;
    x.lastIn = laterOf(x.lastIn, on);
    out << x;
    x = in;
    ++x.valueGiven;
    x.lastValue = laterOf(x.lastValue, on);
    out << x;
    return out;
}

} // namespace

Q_DECLARE_METATYPE(rapport::ConnectionScore::Inputs)

class tst_ConnectionScore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ContactStore> m_contacts;
    std::unique_ptr<EngagementStore> m_engagement;
    std::unique_ptr<OutreachStore> m_outreach;
    std::unique_ptr<ValueGivenStore> m_values;
    std::unique_ptr<ScoreStore> m_scores;
    int m_run = 0;

    qint64 addContact(const QString &name, int degree = 1, const QString &industry = {})
    {
        Contact c;
        c.firstName = name;
        c.degree = degree;
        c.industry = industry;
        QString error;
        if (!m_contacts->add(c, &error))
            qWarning() << error;
        return c.id;
    }
    qint64 engage(qint64 id, EngagementKind kind, int daysAgo)
    {
        Engagement e;
        e.contactId = id;
        e.kind = kind;
        e.date = today.addDays(-daysAgo);
        QString error;
        if (!m_engagement->log(e, &error))
            qWarning() << error;
        return e.id;
    }
    qint64 reachOut(qint64 id, int daysAgo, const QString &direction = u"out"_s)
    {
        Outreach o;
        o.contactId = id;
        o.channel = u"message"_s;
        o.direction = direction;
        o.happenedAt = QDateTime(today.addDays(-daysAgo), QTime(12, 0)).toUTC();
        o.body = u"Hello"_s;
        QString error;
        if (!m_outreach->add(o, &error))
            qWarning() << error;
        return o.id;
    }
    qint64 giveValue(qint64 id, int daysAgo)
    {
        ValueGiven v;
        v.contactId = id;
        v.kind = u"howto"_s;
        v.date = today.addDays(-daysAgo);
        QString error;
        if (!m_values->add(v, &error))
            qWarning() << error;
        return v.id;
    }
    bool dirty(qint64 id) const
    {
        QSqlQuery q(m_db->connection());
        q.prepare(u"SELECT score_dirty FROM contact WHERE id = ?"_s);
        q.addBindValue(id);
        return q.exec() && q.next() && q.value(0).toBool();
    }
    int refresh(const QDate &day = today)
    {
        QString error;
        int n = -1;
        if (!m_scores->refresh(day, &error, &n))
            qWarning() << error;
        return n;
    }
    QString plan(const QString &sql, const QVariantList &binds = {}) const
    {
        QSqlQuery q(m_db->connection());
        q.prepare(u"EXPLAIN QUERY PLAN "_s + sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        QStringList rows;
        if (q.exec()) {
            while (q.next())
                rows << q.value(3).toString();
        }
        return rows.join(u'\n');
    }
    // Every stored score equals the one computed from the facts on `day`.
    void verifyStoredScores(const QDate &day)
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT id, score, coalesce(score_until, ''), score_dirty FROM contact"_s));
        int checked = 0;
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            const auto parts = m_scores->get(id, day);
            QVERIFY(parts);
            QCOMPARE(q.value(1).toInt(), parts->total());
            QCOMPARE(q.value(2).toString(), parts->validUntil.isValid()
                                                ? parts->validUntil.toString(Qt::ISODate)
                                                : QString());
            QCOMPARE(q.value(3).toInt(), 0);
            ++checked;
        }
        QVERIFY(checked > 0);
    }

private slots:
    void init()
    {
        m_db = std::make_unique<Database>();
        QString error;
        QVERIFY2(m_db->open(m_dir.filePath(u"s%1.sqlite"_s.arg(++m_run)), &error),
                 qPrintable(error));
        m_contacts = std::make_unique<ContactStore>(*m_db);
        m_engagement = std::make_unique<EngagementStore>(*m_db);
        m_engagement->setToday(today);
        m_outreach = std::make_unique<OutreachStore>(*m_db);
        m_values = std::make_unique<ValueGivenStore>(*m_db);
        m_scores = std::make_unique<ScoreStore>(*m_db);
    }
    void cleanup()
    {
        m_scores.reset();
        m_values.reset();
        m_outreach.reset();
        m_engagement.reset();
        m_contacts.reset();
        m_db.reset();
    }

    void formula_data()
    {
        QTest::addColumn<Inputs>("inputs");
        QTest::addColumn<QList<int>>("parts"); // recency, frequency, two-way, replies, value
        QTest::addColumn<QDate>("until");

        QTest::newRow("nothing") << Inputs{} << QList<int>{0, 0, 0, 0, 0} << QDate();
        Inputs in;
        engaged(in, EngagementKind::Like, today);
        // One like: weight 1, 25 * log2(2) / log2(61) = 4.2.
        QTest::newRow("a like today") << in << QList<int>{35, 4, 0, 0, 0} << today.addDays(30);
        in = {};
        engaged(in, EngagementKind::Like, today.addDays(-31));
        QTest::newRow("a like 31 days ago")
            << in << QList<int>{25, 4, 0, 0, 0} << today.addDays(-31 + 90);
        in = {};
        engaged(in, EngagementKind::Comment, today.addDays(-200));
        QTest::newRow("a comment 200 days ago")
            << in << QList<int>{8, 8, 0, 0, 0} << today.addDays(-200 + 365);
        in = {};
        engaged(in, EngagementKind::Like, today.addDays(-400));
        QTest::newRow("a like over a year ago") << in << QList<int>{3, 4, 0, 0, 0} << QDate();
        in = {};
        engaged(in, EngagementKind::Unfollow, today);
        QTest::newRow("an unfollow counts for nothing")
            << in << QList<int>{0, 0, 0, 0, 0} << QDate();
        in = {};
        engaged(in, EngagementKind::Like, today.addDays(-10));
        in.outreachOut = 1;
        in.lastOut = today.addDays(-5);
        // Both ways; the older side (10 days) keeps two-way at 15 until day 90.
        QTest::newRow("two-way") << in << QList<int>{35, 8, 15, 0, 0} << today.addDays(25);
        in = {};
        in.outreachOut = 1;
        in.answered = 1;
        in.lastOut = today.addDays(-100);
        in.valueGiven = 1;
        in.lastValue = today.addDays(-100);
        // Weight 2 + 3 = 5: 25 * log2(6) / log2(61) = 10.9.
        QTest::newRow("answered and value given")
            << in << QList<int>{15, 10, 0, 10, 6} << today.addDays(80);
        in = {};
        engaged(in, EngagementKind::Comment, today.addDays(-400));
        in.outreachIn = 1;
        in.lastIn = today.addDays(-400);
        in.outreachOut = 2;
        in.answered = 2;
        in.lastOut = today.addDays(-2);
        QTest::newRow("two-way long ago")
            << in << QList<int>{35, 14, 5, 13, 0} << today.addDays(28);
        in = {};
        engaged(in, EngagementKind::Follow, today);
        engaged(in, EngagementKind::Like, today, 60);
        in.outreachOut = 5;
        in.answered = 3;
        in.lastOut = today;
        in.outreachIn = 3;
        in.lastIn = today;
        in.valueGiven = 3;
        in.lastValue = today;
        QTest::newRow("everything") << in << QList<int>{35, 25, 15, 15, 10} << today.addDays(30);
    }

    void formula()
    {
        QFETCH(Inputs, inputs);
        QFETCH(QList<int>, parts);
        QFETCH(QDate, until);
        const ConnectionScore::Parts p = ConnectionScore::compute(inputs, today);
        QCOMPARE((QList<int>{p.recency, p.frequency, p.twoWay, p.replies, p.value}), parts);
        QCOMPARE(p.total(), std::accumulate(parts.cbegin(), parts.cend(), 0));
        QCOMPARE(p.validUntil, until);
    }

    void frequencyReachesItsMaximumAtTheStatedWeight()
    {
        Inputs in;
        engaged(in, EngagementKind::Like, today, ConnectionScore::FullFrequencyAt - 1);
        QVERIFY(ConnectionScore::compute(in, today).frequency < ConnectionScore::FrequencyMax);
        engaged(in, EngagementKind::Like, today);
        QCOMPARE(ConnectionScore::compute(in, today).frequency, ConnectionScore::FrequencyMax);
    }

    void moreOrMoreRecentInteractionNeverLowersIt()
    {
        QRandomGenerator rng(7);
        for (int round = 0; round < 400; ++round) {
            const Inputs in = randomInputs(rng);
            const QDate day = today.addDays(int(rng.bounded(60)));
            const int before = ConnectionScore::compute(in, day).total();
            QVERIFY(before >= 0 && before <= 100);
            // An extra interaction of every kind, at several ages.
            for (int ago : {0, 1, 29, 31, 100, 200, 400, 1000}) {
                for (const Inputs &more : withOneMore(in, day.addDays(-ago))) {
                    const int after = ConnectionScore::compute(more, day).total();
                    QVERIFY2(
                        after >= before,
                        qPrintable(
                            u"round %1, %2 days ago: %3 < %4"_s.arg(round).arg(ago).arg(after).arg(
                                before)));
                    QVERIFY(after <= 100);
                }
            }
            // The same interactions, the latest of each kind made more recent.
            Inputs recent = in;
            for (QDate &d : recent.engagement.lastOn) {
                if (d.isValid())
                    d = qMin(day, d.addDays(int(rng.bounded(200))));
            }
            if (recent.lastOut.isValid())
                recent.lastOut = qMin(day, recent.lastOut.addDays(int(rng.bounded(200))));
            if (recent.lastValue.isValid())
                recent.lastValue = qMin(day, recent.lastValue.addDays(int(rng.bounded(200))));
            QVERIFY(ConnectionScore::compute(recent, day).total() >= before);
        }
    }

    void decaysOnlyOnTheDaysItSays()
    {
        QRandomGenerator rng(11);
        for (int round = 0; round < 200; ++round) {
            const Inputs in = randomInputs(rng);
            const ConnectionScore::Parts p = ConnectionScore::compute(in, today);
            if (!p.validUntil.isValid()) {
                QCOMPARE(ConnectionScore::compute(in, today.addDays(2000)), p);
                continue;
            }
            QVERIFY(p.validUntil >= today);
            for (QDate d = today; d <= p.validUntil; d = d.addDays(1))
                QCOMPARE(ConnectionScore::compute(in, d).total(), p.total());
            // The day after, a step down; never up with time.
            QVERIFY(ConnectionScore::compute(in, p.validUntil.addDays(1)).total() < p.total());
            int last = p.total();
            for (int days = 0; days < 800; days += 7) {
                const int later = ConnectionScore::compute(in, today.addDays(days)).total();
                QVERIFY(later <= last);
                last = later;
            }
        }
    }

    void explanationNamesEveryPart()
    {
        const QString text = ConnectionScore::explanation();
        for (const QString &word : {u"Recency"_s, u"Frequency"_s, u"Two-way"_s, u"Replies"_s,
                                    u"Value given"_s, u"30 days"_s, u"never lowers"_s})
            QVERIFY2(text.contains(word), qPrintable(word));
    }

    void everyWritePathMarksTheContact()
    {
        const qint64 ana = addContact(u"Ana"_s);
        const qint64 bea = addContact(u"Bea"_s);
        QVERIFY(!dirty(ana));
        QCOMPARE(refresh(), 0);

        const qint64 like = engage(ana, EngagementKind::Like, 3);
        QVERIFY(dirty(ana));
        QVERIFY(!dirty(bea));
        QCOMPARE(refresh(), 1);
        QVERIFY(!dirty(ana));
        QCOMPARE(m_scores->storedScore(ana), 35 + 4);

        QString error;
        QVERIFY2(m_engagement->remove(like, &error), qPrintable(error));
        QVERIFY(dirty(ana));
        QCOMPARE(refresh(), 1);
        QCOMPARE(m_scores->storedScore(ana), 0);

        const qint64 message = reachOut(bea, 1);
        QVERIFY(dirty(bea));
        QCOMPARE(refresh(), 1);
        QCOMPARE(m_scores->storedScore(bea), 35 + 6); // weight 2: 25 * log2(3) / log2(61)

        QVERIFY2(
            m_outreach->setOutcome(message, u"replied"_s, QDateTime::currentDateTimeUtc(), &error),
            qPrintable(error));
        QVERIFY(dirty(bea));
        QCOMPARE(refresh(), 1);
        QCOMPARE(m_scores->storedScore(bea), 35 + 6 + 10);

        QVERIFY2(m_outreach->remove(message, &error), qPrintable(error));
        QVERIFY(dirty(bea));
        QCOMPARE(refresh(), 1);
        QCOMPARE(m_scores->storedScore(bea), 0);

        const qint64 value = giveValue(ana, 0);
        QVERIFY(dirty(ana));
        QCOMPARE(refresh(), 1);
        QCOMPARE(m_scores->storedScore(ana), 35 + 8 + 6);
        QVERIFY2(m_values->remove(value, &error), qPrintable(error));
        QVERIFY(dirty(ana));
        QCOMPARE(refresh(), 1);
        QCOMPARE(m_scores->storedScore(ana), 0);

        // A reply from them: marks the contact, and answers the message.
        reachOut(bea, 4);
        reachOut(bea, 2, u"in"_s);
        QVERIFY(dirty(bea));
        QCOMPARE(refresh(), 1);
        verifyStoredScores(today);
        QCOMPARE(m_scores->get(bea, today)->replies, 10);
        QCOMPARE(m_scores->get(bea, today)->twoWay, 15);
    }

    void refreshTouchesOnlyDirtyAndExpiredRows()
    {
        QList<qint64> ids;
        for (int i = 0; i < 40; ++i)
            ids << addContact(u"P%1"_s.arg(i));
        for (int i = 0; i < 30; ++i)
            engage(ids[i], EngagementKind::Comment, i * 13);
        // Ten contacts never interacted: nothing to compute for them.
        QCOMPARE(refresh(), 30);
        verifyStoredScores(today);
        QCOMPARE(refresh(), 0);

        engage(ids[5], EngagementKind::Like, 0);
        QCOMPARE(refresh(), 1);
        verifyStoredScores(today);

        // A month later: only the scores whose day has passed.
        const QDate later = today.addDays(31);
        QSqlQuery q(m_db->connection());
        q.prepare(u"SELECT count(*) FROM contact WHERE score_until < ?"_s);
        q.addBindValue(later.toString(Qt::ISODate));
        QVERIFY(q.exec() && q.next());
        const int expired = q.value(0).toInt();
        QVERIFY(expired > 0 && expired < 30);
        QCOMPARE(refresh(later), expired);
        verifyStoredScores(later);
        QCOMPARE(refresh(later), 0);

        // Both steps read partial indexes, never the whole table.
        const QString dirtyPlan = plan(
            u"SELECT id FROM contact c WHERE c.score_dirty = 1 AND c.id > ? ORDER BY c.id LIMIT 5"_s,
            {0});
        QVERIFY2(dirtyPlan.contains(u"contact_score_dirty"_s), qPrintable(dirtyPlan));
        const QString expiryPlan =
            plan(u"UPDATE contact SET score_dirty = 1 WHERE score_until IS NOT NULL AND "
                 "score_until < ? AND score_dirty = 0"_s,
                 {u"2026-01-01"_s});
        QVERIFY2(expiryPlan.contains(u"contact_score_expiry"_s), qPrintable(expiryPlan));
    }

    void sortByScorePagesWithCursors()
    {
        QRandomGenerator rng(3);
        QList<qint64> ids;
        for (int i = 0; i < 150; ++i) {
            const qint64 id = addContact(u"C%1"_s.arg(i, 3, 10, QChar(u'0')));
            ids << id;
            const int events = int(rng.bounded(4));
            for (int e = 0; e < events; ++e)
                engage(id, EngagementKinds::all()[rng.bounded(7)], int(rng.bounded(500)));
            if (rng.bounded(4) == 0)
                reachOut(id, int(rng.bounded(300)));
            if (rng.bounded(8) == 0)
                giveValue(id, int(rng.bounded(300)));
        }
        refresh();
        QList<QPair<int, qint64>> expected;
        for (qint64 id : std::as_const(ids))
            expected << qMakePair(m_scores->get(id, today)->total(), id);
        std::sort(expected.begin(), expected.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first > b.first : a.second > b.second;
        });
        QVERIFY(expected.first().first > expected.last().first);

        for (bool descending : {true, false}) {
            ContactQuery query;
            query.sort = ContactSort::Score;
            query.descending = descending;
            QList<QPair<int, qint64>> paged;
            ContactCursor cursor;
            for (;;) {
                const QList<Contact> page = m_contacts->page(query, cursor, 17);
                for (const Contact &c : page)
                    paged << qMakePair(c.score, c.id);
                if (page.size() < 17)
                    break;
                // Through the CLI's text form of the cursor.
                bool ok = false;
                cursor = ContactCursor::fromString(
                    ContactStore::cursorFor(page.last(), ContactSort::Score).toString(), &ok);
                QVERIFY(ok);
                QVERIFY(cursor.fits(ContactSort::Score));
            }
            QList<QPair<int, qint64>> want = expected;
            if (!descending)
                std::reverse(want.begin(), want.end());
            QCOMPARE(paged, want);
        }
        const QString sortPlan =
            plan(u"SELECT c.id FROM contact c ORDER BY c.score DESC, c.id DESC LIMIT 50"_s);
        QVERIFY2(sortPlan.contains(u"contact_by_score"_s), qPrintable(sortPlan));
        QVERIFY2(!sortPlan.contains(u"TEMP B-TREE"_s), qPrintable(sortPlan));
        QCOMPARE(ContactCursor::orderName(ContactSort::Score), u"score"_s);
    }

    void migrationFromVersion8KeepsDataAndScoresAfterRefresh()
    {
        const QString path = m_dir.filePath(u"v8.sqlite"_s);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v8"_s);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            for (int v = 1; v <= 8; ++v) {
                for (const QString &sql : Migrations::statements(v))
                    QVERIFY2(q.exec(sql), qPrintable(sql));
            }
            QVERIFY(q.exec(u"PRAGMA user_version = 8"_s));
            const QString at = u"2026-01-01T10:00:00.000Z"_s;
            for (int i = 1; i <= 3; ++i)
                QVERIFY(q.exec(
                    u"INSERT INTO contact (id, first_name, sort_name, degree, "
                    "created_at, updated_at) VALUES (%1, 'P%1', 'p%1', 1, '%2', '%2')"_s.arg(i)
                        .arg(at)));
            QVERIFY(q.exec(u"INSERT INTO engagement (contact_id, kind, happened_on, created_at) "
                           "VALUES (1, 'comment', '2026-06-01', '%1')"_s.arg(at)));
            QVERIFY(q.exec(u"INSERT INTO engagement_summary (contact_id, n_comment, "
                           "last_comment) VALUES (1, 1, '2026-06-01')"_s));
            QVERIFY(q.exec(u"INSERT INTO outreach (contact_id, channel, direction, happened_at, "
                           "outcome) VALUES (2, 'message', 'out', '2026-05-01T10:00:00.000Z', "
                           "'replied')"_s));
            QVERIFY(q.exec(u"INSERT INTO value_given (contact_id, kind, given_on, created_at) "
                           "VALUES (2, 'introduction', '2026-05-02', '%1')"_s.arg(at)));
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"v8"_s);

        cleanup();
        m_db = std::make_unique<Database>();
        QString error;
        QVERIFY2(m_db->open(path, &error), qPrintable(error));
        QCOMPARE(m_db->schemaVersion(), Migrations::latestVersion());
        m_contacts = std::make_unique<ContactStore>(*m_db);
        m_scores = std::make_unique<ScoreStore>(*m_db);
        QCOMPARE(m_contacts->totalCount(), 3);
        QCOMPARE(m_contacts->get(1)->firstName, u"P1"_s);
        QCOMPARE(m_scores->dirtyCount(), 2); // the two with something to score
        QCOMPARE(m_scores->storedScore(1), 0);
        QCOMPARE(refresh(), 2);
        // Comment 14 days ago: 35 + 8.
        QCOMPARE(m_scores->storedScore(1), 43);
        // Message 45 days ago, answered; value 44 days ago: 25 + 10 (weight 5)
        // + 10 replies + 6 value; one-way.
        QCOMPARE(m_scores->storedScore(2), 51);
        QCOMPARE(m_scores->storedScore(3), 0);
        QCOMPARE(m_contacts->get(2)->score, 51);
    }

    void networkScore()
    {
        const QStringList industries = {u"Software"_s, u"Software"_s, u"Software"_s, u"Banking"_s,
                                        u"Retail"_s,   u"Retail"_s,   u""_s,         u"Software"_s};
        QList<qint64> ids;
        for (int i = 0; i < industries.size(); ++i)
            ids << addContact(u"N%1"_s.arg(i), 1, industries[i]);
        addContact(u"Second degree"_s, 2, u"Software"_s);
        engage(ids[0], EngagementKind::Comment, 10);
        engage(ids[1], EngagementKind::Like, 200); // too long ago
        reachOut(ids[3], 30);
        reachOut(ids[4], 95); // too long ago

        QString error;
        const NetworkScore guessed = m_scores->networkScore(today, {}, {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(guessed.connections, 8);
        QCOMPARE(guessed.withIndustry, 7);
        QVERIFY(guessed.ownIndustryGuessed);
        QCOMPARE(guessed.ownIndustry, u"Software"_s);
        QCOMPARE(guessed.relevantConnections, 4);
        QCOMPARE(guessed.engagedConnections, 2);
        // size: 30 * log10(9) / log10(30001) = 6.4; relevance 35 * 4/7 = 20;
        // engagement 2/8 = 25 % of the 30 % for all 35: 29.
        QCOMPARE(guessed.sizePoints, 6);
        QCOMPARE(guessed.relevancePoints, 20);
        QCOMPARE(guessed.engagementPoints, 29);
        QCOMPARE(guessed.score(), 55);

        const NetworkScore set =
            m_scores->networkScore(today, u"retail"_s, {u"Banking"_s, u"RETAIL"_s}, &error);
        QVERIFY(!set.ownIndustryGuessed);
        QCOMPARE(set.relatedIndustries, QStringList{u"Banking"_s});
        QCOMPARE(set.relevantConnections, 3);
        QCOMPARE(set.relevancePoints, 15);
        QVERIFY(NetworkScore::explanation().contains(u"most common industry"_s));

        // The engagement counts read indexes, not every connection's row.
        const QString engagedPlan = plan(
            u"SELECT count(*) FROM contact WHERE degree = 1 AND last_engaged_on >= ?"_s, {u"x"_s});
        QVERIFY2(engagedPlan.contains(u"COVERING INDEX contact_by_degree_engaged"_s),
                 qPrintable(engagedPlan));
        // Those contacted around the cut-off: the partial index of connections.
        const QString contactedPlan =
            plan(u"SELECT count(*) FROM contact INDEXED BY contact_connections_by_contacted "
                 "WHERE degree = 1 AND last_contacted_at >= ? AND last_contacted_at < ? "
                 "AND last_engaged_on < ?"_s,
                 {u"x"_s, u"y"_s, u"y"_s});
        QVERIFY2(contactedPlan.contains(u"INDEX contact_connections_by_contacted"_s),
                 qPrintable(contactedPlan));
        // Read by nothing since migration 15, dropped by migration 19.
        QSqlQuery gone(m_db->connection());
        QVERIFY(gone.exec(u"SELECT count(*) FROM sqlite_schema "
                          "WHERE name = 'contact_by_last_contacted'"_s) &&
                gone.next());
        QCOMPARE(gone.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_ConnectionScore)
#include "tst_connectionscore.moc"
