// Engagement events and the per-contact summary and tier kept with them.

#include "db/Database.h"
#include "domain/ContactQuery.h"
#include "store/ContactStore.h"
#include "store/ContentStore.h"
#include "store/EngagementStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

const QDate today(2026, 11, 22);

Engagement makeEvent(qint64 contactId, EngagementKind kind, int daysAgo, qint64 contentId = 0)
{
    Engagement e;
    e.contactId = contactId;
    e.kind = kind;
    e.date = today.addDays(-daysAgo);
    e.contentId = contentId;
    return e;
}

} // namespace

class tst_EngagementStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<ContactStore> m_contacts;
    std::unique_ptr<EngagementStore> m_store;
    int m_run = 0;

    qint64 addContact(const QString &first, const QString &last, bool followsMe = false)
    {
        Contact c;
        c.firstName = first;
        c.lastName = last;
        c.followsMe = followsMe;
        QString error;
        if (!m_contacts->add(c, &error))
            qWarning() << error;
        return c.id;
    }
    Tier tierOf(qint64 id) const { return m_contacts->get(id)->tier(); }
    QStringList summarySnapshot()
    {
        QSqlQuery q(m_db.connection());
        QStringList rows;
        if (!q.exec(u"SELECT c.id, c.tier_key, coalesce(c.tier_until, '-'), "
                    "c.last_engaged_on, c.follows_me, s.n_follow, s.n_unfollow, "
                    "s.n_comment, s.n_share_comment, s.n_share, s.n_view, s.n_like, "
                    "s.last_follow, s.last_like, s.follows_me FROM contact c LEFT JOIN "
                    "engagement_summary s ON s.contact_id = c.id ORDER BY c.id"_s))
            return {u"query failed"_s};
        while (q.next()) {
            QStringList f;
            for (int i = 0; i < 15; ++i)
                f << q.value(i).toString();
            rows << f.join(u'|');
        }
        return rows;
    }
    // What a full rebuild from events stores: incremental upkeep must match.
    void verifyMatchesRebuild()
    {
        const QStringList incremental = summarySnapshot();
        QString error;
        QVERIFY2(m_store->rebuildSummaries(&error), qPrintable(error));
        QCOMPARE(summarySnapshot(), incremental);
    }

private slots:
    void init()
    {
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(u"e%1.sqlite"_s.arg(++m_run)), &error),
                 qPrintable(error));
        m_contacts = std::make_unique<ContactStore>(m_db);
        m_store = std::make_unique<EngagementStore>(m_db);
        m_store->setToday(today);
    }
    void cleanup()
    {
        m_store.reset();
        m_contacts.reset();
        m_db.close();
    }

    void logKeepsSummaryAndTier()
    {
        const qint64 ana = addContact(u"Ana"_s, u"Lima"_s);
        QCOMPARE(tierOf(ana), Tier());
        Engagement like = makeEvent(ana, EngagementKind::Like, 3);
        QString error;
        QVERIFY2(m_store->log(like, &error), qPrintable(error));
        QVERIFY(like.id > 0);
        QCOMPARE(tierOf(ana).rank, 6);
        QCOMPARE(m_contacts->get(ana)->lastEngagedOn, today.addDays(-3));

        Engagement comment = makeEvent(ana, EngagementKind::Comment, 10);
        QVERIFY(m_store->log(comment, &error));
        QCOMPARE(tierOf(ana).rank, 2);
        QCOMPARE(m_contacts->get(ana)->lastEngagedOn, today.addDays(-3));
        const EngagementSummary s = m_store->summary(ana);
        QCOMPARE(s.count(EngagementKind::Like), 1);
        QCOMPARE(s.count(EngagementKind::Comment), 1);
        QCOMPARE(s.last(EngagementKind::Comment), today.addDays(-10));
        QCOMPARE(s.total(), 2);

        // Undo of the comment: the summary goes back; redo puts it back under its id.
        QVERIFY(m_store->remove(comment.id, &error));
        QCOMPARE(tierOf(ana).rank, 6);
        QCOMPARE(m_store->summary(ana).count(EngagementKind::Comment), 0);
        const qint64 oldId = comment.id;
        QVERIFY2(m_store->log(comment, &error), qPrintable(error));
        QCOMPARE(comment.id, oldId);
        QCOMPARE(tierOf(ana).rank, 2);

        // Removing everything returns the contact to "never engaged".
        QVERIFY(m_store->removeMany({like.id, comment.id}, &error));
        QCOMPARE(tierOf(ana), Tier());
        QVERIFY(!m_contacts->get(ana)->lastEngagedOn.isValid());
        QCOMPARE(m_store->summary(ana).total(), 0);
        verifyMatchesRebuild();
    }

    void followSetsAndUnfollowClears()
    {
        const qint64 ben = addContact(u"Ben"_s, u"Okafor"_s);
        QString error;
        Engagement follow = makeEvent(ben, EngagementKind::Follow, 20);
        QVERIFY(m_store->log(follow, &error));
        QVERIFY(m_contacts->get(ben)->followsMe);
        QCOMPARE(tierOf(ben).rank, 1);
        Engagement unfollow = makeEvent(ben, EngagementKind::Unfollow, 2);
        QVERIFY(m_store->log(unfollow, &error));
        QVERIFY(!m_contacts->get(ben)->followsMe);
        QCOMPARE(tierOf(ben), Tier());
        verifyMatchesRebuild();
        // Undo the unfollow: follows again.
        QVERIFY(m_store->remove(unfollow.id, &error));
        QVERIFY(m_contacts->get(ben)->followsMe);
        // Undo the follow too: back to what the user had set by hand (no).
        QVERIFY(m_store->remove(follow.id, &error));
        QVERIFY(!m_contacts->get(ben)->followsMe);

        // Someone marked as a follower by hand keeps it when a follow event
        // is logged and undone.
        const qint64 cara = addContact(u"Cara"_s, u"Mendes"_s, true);
        Engagement unf = makeEvent(cara, EngagementKind::Unfollow, 1);
        QVERIFY(m_store->log(unf, &error));
        QVERIFY(!m_contacts->get(cara)->followsMe);
        QVERIFY(m_store->remove(unf.id, &error));
        QVERIFY(m_contacts->get(cara)->followsMe);
        // Other kinds never touch it.
        Engagement like = makeEvent(cara, EngagementKind::Like, 1);
        QVERIFY(m_store->log(like, &error));
        QVERIFY(m_contacts->get(cara)->followsMe);
    }

    void followsMeSetByHandHoldsUntilTheNextFollowEvent()
    {
        const qint64 ann = addContact(u"Ann"_s, u"Berg"_s);
        QString error;
        Engagement follow = makeEvent(ann, EngagementKind::Follow, 10);
        QVERIFY(m_store->log(follow, &error));
        QCOMPARE(tierOf(ann).rank, 1);
        // The user clears "follows me" in the form: the tier follows at once...
        Contact c = *m_contacts->get(ann);
        c.followsMe = false;
        QVERIFY2(m_contacts->update(c, &error), qPrintable(error));
        QVERIFY(!m_contacts->get(ann)->followsMe);
        QVERIFY(tierOf(ann).isNone());
        // ... and an unrelated event does not turn it back on.
        Engagement like = makeEvent(ann, EngagementKind::Like, 1);
        QVERIFY(m_store->log(like, &error));
        QVERIFY(!m_contacts->get(ann)->followsMe);
        QCOMPARE(tierOf(ann).rank, 6);
        // A new follow event does.
        Engagement again = makeEvent(ann, EngagementKind::Follow, 0);
        QVERIFY(m_store->log(again, &error));
        QVERIFY(m_contacts->get(ann)->followsMe);
        QCOMPARE(tierOf(ann).rank, 1);
        // Removing both follows goes back to the hand-set value: no.
        QVERIFY(m_store->removeMany({follow.id, again.id}, &error));
        QVERIFY(!m_contacts->get(ann)->followsMe);
        QCOMPARE(tierOf(ann).rank, 6);
    }

    void deleteAndRestoreKeepsFollowsBefore()
    {
        // Bob does not follow (by hand); a follow event turns it on.
        const qint64 bob = addContact(u"Bob"_s, u"Cho"_s, false);
        QString error;
        Engagement follow = makeEvent(bob, EngagementKind::Follow, 3);
        QVERIFY(m_store->log(follow, &error));
        QVERIFY(m_contacts->get(bob)->followsMe);
        // Delete Bob and put him back as undo does.
        const Contact kept = *m_contacts->get(bob);
        QList<Engagement> events = m_store->forContact(bob);
        const bool before = m_store->followsBefore(bob);
        QVERIFY(!before);
        QVERIFY(m_contacts->remove(bob, &error));
        Contact back = kept;
        QVERIFY(m_contacts->add(back, &error));
        QVERIFY2(m_store->restoreForContact(bob, events, before, &error), qPrintable(error));
        QCOMPARE(events.first().id, follow.id);
        QVERIFY(m_contacts->get(bob)->followsMe);
        QCOMPARE(tierOf(bob).rank, 1);
        // Removing the follow now returns to what Bob was before it: no.
        QVERIFY(m_store->remove(follow.id, &error));
        QVERIFY(!m_contacts->get(bob)->followsMe);
    }

    void sameDayFollowThenUnfollowUsesEntryOrder()
    {
        const qint64 id = addContact(u"Dee"_s, u"Park"_s);
        QString error;
        QList<Engagement> both{makeEvent(id, EngagementKind::Follow, 1),
                               makeEvent(id, EngagementKind::Unfollow, 1)};
        QVERIFY(m_store->logMany(both, &error));
        QVERIFY(!m_contacts->get(id)->followsMe);
        verifyMatchesRebuild();
    }

    void invalidEventsAreRefusedAndNothingIsWritten()
    {
        const qint64 id = addContact(u"Eve"_s, u"Ng"_s);
        QString error;
        Engagement future = makeEvent(id, EngagementKind::Like, -1);
        QVERIFY(!m_store->log(future, &error));
        QVERIFY2(error.contains(u"future"_s), qPrintable(error));
        Engagement nobody = makeEvent(9999, EngagementKind::Like, 1);
        QVERIFY(!m_store->log(nobody, &error));
        QVERIFY2(error.contains(u"9999"_s), qPrintable(error));
        Engagement noPiece = makeEvent(id, EngagementKind::Like, 1, 42);
        QVERIFY(!m_store->log(noPiece, &error));
        QVERIFY2(error.contains(u"42"_s), qPrintable(error));
        Engagement undated = makeEvent(id, EngagementKind::Like, 1);
        undated.date = QDate();
        QVERIFY(!m_store->log(undated, &error));

        // A batch with one bad event writes none of them.
        QList<Engagement> batch{makeEvent(id, EngagementKind::Comment, 1),
                                makeEvent(id, EngagementKind::Like, 2), nobody};
        QVERIFY(!m_store->logMany(batch, &error));
        QCOMPARE(m_store->totalCount(), 0);
        QCOMPARE(tierOf(id), Tier());
        QCOMPARE(batch.first().id, 0);
        QVERIFY(!m_store->removeMany({12345}, &error));
    }

    void timelineIsNewestFirst()
    {
        const qint64 id = addContact(u"Fay"_s, u"Ito"_s);
        QString error;
        QList<Engagement> events{
            makeEvent(id, EngagementKind::Like, 30), makeEvent(id, EngagementKind::Comment, 2),
            makeEvent(id, EngagementKind::ProfileView, 2), makeEvent(id, EngagementKind::Share, 9)};
        events[0].note = u"on the hiring post"_s;
        QVERIFY(m_store->logMany(events, &error));
        const QList<Engagement> timeline = m_store->forContact(id);
        QCOMPARE(timeline.size(), 4);
        QCOMPARE(timeline[0].kind, EngagementKind::ProfileView); // same day, entered later
        QCOMPARE(timeline[1].kind, EngagementKind::Comment);
        QCOMPARE(timeline[2].kind, EngagementKind::Share);
        QCOMPARE(timeline[3].note, u"on the hiring post"_s);
        QCOMPARE(*m_store->get(events[1].id), events[1]);
    }

    void refreshMovesOnlyExpiredTiers()
    {
        const qint64 a = addContact(u"Gil"_s, u"Rao"_s);
        const qint64 b = addContact(u"Hana"_s, u"Sato"_s);
        QString error;
        Engagement ca = makeEvent(a, EngagementKind::Comment, 89);
        Engagement la = makeEvent(a, EngagementKind::Like, 5);
        Engagement cb = makeEvent(b, EngagementKind::Comment, 10);
        QVERIFY(m_store->log(ca, &error) && m_store->log(la, &error) && m_store->log(cb, &error));
        QVERIFY(m_store->refreshTiers(&error));
        QCOMPARE(tierOf(a).rank, 2);
        // Mark b's stored tier so a recomputation would show.
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(u"UPDATE contact SET tier_key = 5 WHERE id = %1"_s.arg(b)));

        // Two days later a's comment has left the window: a is a liker; b,
        // whose tier has not expired, is not touched.
        m_store->setToday(today.addDays(2));
        QVERIFY2(m_store->refreshTiers(&error), qPrintable(error));
        QCOMPARE(tierOf(a).rank, 6);
        QVERIFY(!tierOf(a).lapsed);
        QCOMPARE(tierOf(b).rank, 5);
        // Twice the same day is a no-op.
        QVERIFY(q.exec(u"UPDATE contact SET tier_key = 4 WHERE id = %1"_s.arg(a)));
        QVERIFY(m_store->refreshTiers(&error));
        QCOMPARE(tierOf(a).rank, 4);
        QVERIFY(m_store->rebuildSummaries(&error));
        QCOMPARE(tierOf(a).rank, 6);
        QCOMPARE(tierOf(b).rank, 2);
        // 100 days later everything has lapsed, best first.
        m_store->setToday(today.addDays(100));
        QVERIFY(m_store->refreshTiers(&error));
        QCOMPARE(tierOf(a), Tier::fromKey(2 + 6));
        QCOMPARE(tierOf(b), Tier::fromKey(2 + 6));
        // The stored tiers are what the rules say for that day.
        verifyMatchesRebuild();
    }

    void windowSettingRecomputes()
    {
        const qint64 a = addContact(u"Ivo"_s, u"Lund"_s);
        QString error;
        Engagement c = makeEvent(a, EngagementKind::Comment, 40);
        QVERIFY(m_store->log(c, &error));
        QCOMPARE(m_store->windowDays(), 90);
        QCOMPARE(tierOf(a).rank, 2);
        QVERIFY(m_store->setWindowDays(30, &error));
        QCOMPARE(m_store->windowDays(), 30);
        QVERIFY(tierOf(a).lapsed);
        QVERIFY(!m_store->setWindowDays(0, &error));
        QVERIFY(error.contains(u"between"_s));
        // Another store on the same database sees the setting.
        EngagementStore other(m_db);
        QCOMPARE(other.windowDays(), 30);
    }

    void deletingAContactDropsItsEvents()
    {
        const qint64 a = addContact(u"Jon"_s, u"Moe"_s);
        QString error;
        Engagement e = makeEvent(a, EngagementKind::Share, 1);
        QVERIFY(m_store->log(e, &error));
        QVERIFY(m_contacts->remove(a, &error));
        QCOMPARE(m_store->totalCount(), 0);
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM engagement_summary"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void contactsSortAndFilterByTier()
    {
        QString error;
        const qint64 liker = addContact(u"Kim"_s, u"Liker"_s);
        const qint64 commenter = addContact(u"Lee"_s, u"Commenter"_s);
        const qint64 lapsed = addContact(u"Max"_s, u"Lapsed"_s);
        const qint64 none = addContact(u"Nia"_s, u"None"_s);
        const qint64 follower = addContact(u"Oli"_s, u"Follower"_s);
        QList<Engagement> events{makeEvent(liker, EngagementKind::Like, 1),
                                 makeEvent(commenter, EngagementKind::Comment, 50),
                                 makeEvent(lapsed, EngagementKind::Follow, 400),
                                 makeEvent(follower, EngagementKind::Follow, 3)};
        QVERIFY(m_store->logMany(events, &error));
        ContactQuery query;
        query.sort = ContactSort::Tier;
        QList<qint64> order;
        for (const Contact &c : m_contacts->page(query, {}, 10))
            order << c.id;
        QCOMPARE(order, (QList<qint64>{follower, commenter, liker, lapsed, none}));
        // Keyset paging continues after a cursor in tier order.
        const QList<Contact> first = m_contacts->page(query, {}, 2);
        const QList<Contact> rest =
            m_contacts->page(query, ContactStore::cursorFor(first.last(), ContactSort::Tier), 10);
        QCOMPARE(rest.first().id, liker);
        QCOMPARE(rest.size(), 3);

        query.sort = ContactSort::LastEngaged;
        query.descending = true;
        QCOMPARE(m_contacts->page(query, {}, 1).first().id, liker);

        query.tierRank = 1;
        QCOMPARE(m_contacts->count(query), 1);
        QCOMPARE(m_contacts->page(query, {}, 10).first().id, follower);
        query.search = u"oli"_s;
        QCOMPARE(m_contacts->count(query), 1);
        query.search = u"kim"_s;
        QCOMPARE(m_contacts->count(query), 0);
        QCOMPARE(m_contacts->countUpTo(query, 10), 0);
        QCOMPARE(m_contacts->page(query, {}, 10).size(), 0);
    }

    void eventsOnContentSurviveItsDeletion()
    {
        ContentStore content(m_db);
        ContentPiece post;
        post.title = u"Articles vs posts"_s;
        QString error;
        QVERIFY2(content.add(post, &error), qPrintable(error));
        const qint64 a = addContact(u"Pia"_s, u"Quinn"_s);
        Engagement e = makeEvent(a, EngagementKind::Comment, 1, post.id);
        QVERIFY(m_store->log(e, &error));
        QCOMPARE(m_store->get(e.id)->contentId, post.id);
        QVERIFY(content.remove(post.id, &error));
        QCOMPARE(m_store->get(e.id)->contentId, 0);
        QCOMPARE(tierOf(a).rank, 2);
    }
};

QTEST_GUILESS_MAIN(tst_EngagementStore)
#include "tst_engagementstore.moc"
