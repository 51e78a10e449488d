// DerivedState: tiers and scores brought up to a day in one call, what a
// new day is, a read-only file left alone, and which part failed.

#include "db/Database.h"
#include "store/ContactStore.h"
#include "store/DerivedState.h"
#include "store/EngagementStore.h"
#include "store/ScoreStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

const QDate today(2026, 11, 22);

} // namespace

class tst_DerivedState : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_ana = 0;

    QString path() const { return m_dir->filePath(u"d.sqlite"_s); }
    int rankOf(qint64 id) const { return ContactStore(*m_db).get(id)->tier().rank; }
    void exec(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QString error;
        QVERIFY2(m_db->open(path(), &error), qPrintable(error));
        Contact c;
        c.firstName = u"Ana"_s;
        c.lastName = u"Lima"_s;
        QVERIFY2(ContactStore(*m_db).add(c, &error), qPrintable(error));
        m_ana = c.id;
        // A comment 89 days ago and a like 5 days ago: a commenter today,
        // a liker two days later when the comment has left the window.
        EngagementStore engagement(*m_db);
        engagement.setToday(today);
        Engagement comment;
        comment.contactId = m_ana;
        comment.kind = EngagementKind::Comment;
        comment.date = today.addDays(-89);
        Engagement like = comment;
        like.kind = EngagementKind::Like;
        like.date = today.addDays(-5);
        QVERIFY2(engagement.log(comment, &error) && engagement.log(like, &error),
                 qPrintable(error));
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void bringsTiersAndScoresToTheDay()
    {
        QVERIFY(ScoreStore(*m_db).dirtyCount() > 0);
        DerivedState state(*m_db);
        QVERIFY(!state.broughtUpToDateOn().isValid());
        QVERIFY(state.isNewDay(today));
        QString error;
        QVERIFY2(state.bringUpToDate(today, &error), qPrintable(error));
        QVERIFY(state.problems().isEmpty());
        QCOMPARE(state.broughtUpToDateOn(), today);
        QVERIFY(!state.isNewDay(today));
        QVERIFY(state.isNewDay(today.addDays(1)));
        QCOMPARE(rankOf(m_ana), 2);
        QCOMPARE(ScoreStore(*m_db).dirtyCount(), 0);
        const int scoreToday = ScoreStore(*m_db).storedScore(m_ana);
        QVERIFY(scoreToday > 0);

        // Two days on: the comment has left the window.
        QVERIFY2(state.bringUpToDate(today.addDays(2), &error), qPrintable(error));
        QCOMPARE(state.broughtUpToDateOn(), today.addDays(2));
        QCOMPARE(rankOf(m_ana), 6);
        // Four months on, the last event is old: a lower score.
        QVERIFY2(state.bringUpToDate(today.addDays(120), &error), qPrintable(error));
        QVERIFY(ScoreStore(*m_db).storedScore(m_ana) < scoreToday);
    }

    void secondRunTheSameDayChangesNothing()
    {
        DerivedState state(*m_db);
        QString error;
        QVERIFY2(state.bringUpToDate(today, &error), qPrintable(error));
        // Marked by hand: a recomputation would put it back.
        exec(u"UPDATE contact SET tier_key = 5 WHERE id = %1"_s.arg(m_ana));
        QVERIFY2(state.bringUpToDate(today, &error), qPrintable(error));
        QCOMPARE(rankOf(m_ana), 5);
        // Another instance (the CLI after the window) agrees it is done.
        QVERIFY2(DerivedState(*m_db).bringUpToDate(today, &error), qPrintable(error));
        QCOMPARE(rankOf(m_ana), 5);
    }

    void readOnlyFileIsLeftAsSaved()
    {
        m_db.reset();
        m_db = std::make_unique<Database>();
        QString error;
        QVERIFY2(m_db->open(path(), &error, Database::Access::ReadOnly), qPrintable(error));
        QVERIFY(m_db->isReadOnly());
        const int dirty = ScoreStore(*m_db).dirtyCount();
        QVERIFY(dirty > 0);
        DerivedState state(*m_db);
        QVERIFY2(state.bringUpToDate(today.addDays(2), &error), qPrintable(error));
        QVERIFY(state.problems().isEmpty());
        QCOMPARE(ScoreStore(*m_db).dirtyCount(), dirty);
        QCOMPARE(rankOf(m_ana), 2); // as stored when the events were logged
    }

    void eachFailingPartIsNamed_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<bool>("tiersFail");
        QTest::addColumn<bool>("scoresFail");
        QTest::newRow("tiers") << u"tier_key"_s << true << false;
        QTest::newRow("scores") << u"score"_s << false << true;
        QTest::newRow("both") << u"tier_key, score"_s << true << true;
    }
    void eachFailingPartIsNamed()
    {
        QFETCH(QString, column);
        QFETCH(bool, tiersFail);
        QFETCH(bool, scoresFail);
        // A write the database refuses, standing in for a full disk.
        exec(u"CREATE TRIGGER refuse BEFORE UPDATE OF %1 ON contact "
             "BEGIN SELECT RAISE(ABORT, 'refused'); END"_s.arg(column));
        DerivedState state(*m_db);
        // Two days on, so that a tier is due as well as the dirty score.
        QString error;
        QVERIFY(!state.bringUpToDate(today.addDays(2), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!state.broughtUpToDateOn().isValid());
        QVERIFY(state.isNewDay(today.addDays(2)));
        QList<DerivedState::Part> failed;
        for (const DerivedState::Problem &p : state.problems()) {
            QVERIFY(!p.reason.isEmpty());
            failed << p.part;
        }
        QCOMPARE(failed.contains(DerivedState::Part::Tiers), tiersFail);
        QCOMPARE(failed.contains(DerivedState::Part::Scores), scoresFail);
        QCOMPARE(error, state.problems().first().reason);
        // The part that worked was done all the same.
        if (!tiersFail)
            QCOMPARE(rankOf(m_ana), 6);
        if (!scoresFail)
            QCOMPARE(ScoreStore(*m_db).dirtyCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_DerivedState)
#include "tst_derivedstate.moc"
