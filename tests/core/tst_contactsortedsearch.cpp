#include "db/Database.h"
#include "db/Transaction.h"
#include "store/ContactRow.h"
#include "store/ContactSortRanks.h"
#include "store/ContactSortedSearch.h"
#include "store/ContactStore.h"
#include "store/SearchText.h"
#include "store/StatementCache.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

// A search shown in a column order: whether ContactStore walks the sort
// index (many matches) or sorts the matches (few), it returns the same rows
// in the same order as sorting every match, the plain way, for every
// column and both directions, through ties and empty values, page after
// page, forwards and backwards; and the count is exact.
class tst_ContactSortedSearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<ContactStore> m_store;

    static constexpr int Contacts = 11000; // "al" matches above SortMatchesBelow

    // Every match in the order, sorted by SQLite from the whole match set
    // (the plain way: what the view did before the walk existed).
    QList<qint64> reference(const ContactQuery &q, bool backwards = false)
    {
        const bool descending = q.descending != backwards;
        const QString dir = descending ? u" DESC"_s : QString();
        QSqlQuery s(m_db.connection());
        s.prepare(u"SELECT c.id FROM contact c WHERE c.id IN (SELECT rowid FROM contact_fts "
                  "WHERE contact_fts MATCH ?) ORDER BY %1%2, c.id%2"_s.arg(
                      ContactRow::sortColumn(q.sort), dir));
        s.addBindValue(SearchText::toMatchExpression(q.search));
        if (!s.exec())
            return {};
        QList<qint64> ids;
        while (s.next())
            ids << s.value(0).toLongLong();
        return ids;
    }

    static QList<qint64> idsOf(const QList<Contact> &rows)
    {
        QList<qint64> ids;
        for (const Contact &c : rows)
            ids << c.id;
        return ids;
    }

    // The first `pages` pages of `size` rows, each after the last one's cursor.
    QList<qint64> pagedIds(const ContactQuery &q, int size, int pages, bool backwards = false)
    {
        QList<qint64> ids;
        ContactCursor after;
        for (int p = 0; p < pages; ++p) {
            QString error;
            const QList<Contact> rows = m_store->page(q, after, size, 0, backwards, &error);
            if (!error.isEmpty())
                qWarning() << error;
            if (rows.isEmpty())
                break;
            ids += idsOf(rows);
            after = ContactStore::cursorFor(rows.last(), q.sort);
        }
        return ids;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_db.open(m_dir.filePath(u"sorted.sqlite"_s), nullptr));
        m_store = std::make_unique<ContactStore>(m_db);
        // Few distinct values, so every order has long runs of equal keys,
        // and empty ones (the columns' "no value") in each text column.
        const QStringList firsts = {u"Ana"_s, u"Ben"_s, u"Cleo"_s, u"Dev"_s, u"Eli"_s, u"Fay"_s};
        const QStringList lasts = {u"Adler"_s, u"Brooks"_s, u""_s, u"Chen"_s, u"Diaz"_s};
        const QStringList companies = {u"Acme"_s, u"acme"_s, u""_s, u"Bluepeak"_s, u"Zephyr"_s};
        const QStringList positions = {u"Analyst"_s, u""_s, u"Engineer"_s, u"Coach"_s};
        const QStringList places = {u"Austin"_s, u"Berlin"_s, u""_s, u"Accra"_s};
        const QStringList industries = {u""_s, u"Software"_s, u"Media"_s};
        QList<Contact> batch;
        for (int i = 0; i < Contacts; ++i) {
            Contact c;
            c.firstName = firsts.at(i % firsts.size());
            c.lastName = lasts.at((i / 3) % lasts.size());
            c.company = companies.at((i / 7) % companies.size());
            c.position = positions.at((i / 11) % positions.size());
            c.location = places.at((i / 13) % places.size());
            c.industry = industries.at((i / 17) % industries.size());
            c.degree = i % 4;
            if (i % 5 != 0)
                c.connectedOn = QDate(2020, 1, 1).addDays(i % 40);
            // "alpha" in nearly all (a walk), "zeta" in a few (sorted).
            c.notes = i % 50 == 0 ? u"zeta"_s : u"alpha"_s;
            batch << c;
        }
        QString error;
        QVERIFY2(m_store->addBatch(batch, &error), qPrintable(error));
        // Tiers, scores and last engagements with ties, set as stored state.
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(u"UPDATE contact SET tier_key = 1 + id % 13, score = (id * 7) % 5, "
                       "last_engaged_on = CASE WHEN id % 3 = 0 THEN '' ELSE "
                       "date('2026-01-01', '+' || (id % 9) || ' days') END"_s));
    }

    void sameOrderAsSortingEveryMatch_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QString>("search");
        const QList<std::pair<ContactSort, const char *>> sorts = {
            {ContactSort::Name, "name"},         {ContactSort::Company, "company"},
            {ContactSort::Position, "position"}, {ContactSort::Location, "location"},
            {ContactSort::Industry, "industry"}, {ContactSort::ConnectedOn, "connected"},
            {ContactSort::Degree, "degree"},     {ContactSort::Created, "created"},
            {ContactSort::Tier, "tier"},         {ContactSort::LastEngaged, "engaged"},
            {ContactSort::Score, "score"}};
        for (const auto &[sort, name] : sorts) {
            for (const bool descending : {false, true}) {
                for (const QString &search : {u"al"_s, u"zeta"_s}) {
                    QTest::addRow("%s %s %s", name, descending ? "desc" : "asc", qPrintable(search))
                        << int(sort) << descending << search;
                }
            }
        }
    }

    void sameOrderAsSortingEveryMatch()
    {
        QFETCH(int, sort);
        QFETCH(bool, descending);
        QFETCH(QString, search);
        ContactQuery q;
        q.search = search;
        q.sort = ContactSort(sort);
        q.descending = descending;
        const QList<qint64> all = reference(q);
        QVERIFY(!all.isEmpty());
        QCOMPARE(m_store->count(q), all.size());
        // Forwards, page after page by cursor.
        const QList<qint64> forwards = pagedIds(q, 64, 6);
        QCOMPARE(forwards, all.mid(0, forwards.size()));
        QCOMPARE(forwards.size(), qMin(int(all.size()), 6 * 64));
        // From the end, backwards (the view's jump to the last row).
        const QList<qint64> fromEnd = pagedIds(q, 64, 3, true);
        QCOMPARE(fromEnd, reference(q, true).mid(0, fromEnd.size()));
        QCOMPARE(fromEnd.size(), qMin(int(all.size()), 3 * 64));
        // With an offset.
        QCOMPARE(idsOf(m_store->page(q, {}, 40, 100)), all.mid(100, 40));
        // The last page after a cursor near the end: the walk runs out of
        // rows and the sorted path answers.
        if (all.size() > 70) {
            const QList<Contact> near = m_store->page(q, {}, 1, int(all.size()) - 30);
            QCOMPARE(near.size(), 1);
            QCOMPARE(idsOf(m_store->page(q, ContactStore::cursorFor(near.first(), q.sort), 64)),
                     all.mid(all.size() - 29));
        }
    }

    // Each way of walking, called directly, answers a dense search's pages
    // (so the comparisons test the walks, not only the fallback) in every
    // column order: the first page, the next after its cursor, and the
    // first from the end.
    void walksAgreeWithSorting_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<int>("way"); // 0 probe, 1 set in a window, 2 set over the whole index
        for (int sort = int(ContactSort::Name); sort <= int(ContactSort::Score); ++sort) {
            if (ContactSort(sort) == ContactSort::Id)
                continue;
            for (const bool descending : {false, true}) {
                for (const int way : {0, 1, 2}) {
                    QTest::addRow("%s %s %s",
                                  qPrintable(ContactCursor::orderName(ContactSort(sort))),
                                  descending ? "desc" : "asc",
                                  way == 0   ? "probe"
                                  : way == 1 ? "set"
                                             : "whole")
                        << sort << descending << way;
                }
            }
        }
    }

    void walksAgreeWithSorting()
    {
        QFETCH(int, sort);
        QFETCH(bool, descending);
        QFETCH(int, way);
        StatementCache statements(m_db);
        ContactSortedSearch search(m_db, statements);
        const auto how = way == 0 ? ContactSortedSearch::Membership::Probe
                                  : ContactSortedSearch::Membership::Set;
        const int window = way == 0   ? ContactSortedSearch::ProbeWindow
                           : way == 1 ? ContactSortedSearch::SetWindow
                                      : ContactSortedSearch::WholeIndex;
        ContactQuery q;
        q.search = u"al"_s;
        q.sort = ContactSort(sort);
        q.descending = descending;
        const QString expression = SearchText::toMatchExpression(q.search);
        const QList<qint64> all = reference(q);
        QList<Contact> rows;
        QString error;
        QVERIFY(search.walk(q, expression, {}, 64, 0, false, how, window, &rows, &error));
        QVERIFY(error.isEmpty());
        QCOMPARE(idsOf(rows), all.mid(0, 64));
        QVERIFY(search.walk(q, expression, ContactStore::cursorFor(rows.last(), q.sort), 64, 0,
                            false, how, window, &rows, &error));
        QCOMPARE(idsOf(rows), all.mid(64, 64));
        QVERIFY(search.walk(q, expression, {}, 40, 10, false, how, window, &rows, &error));
        QCOMPARE(idsOf(rows), all.mid(10, 40));
        QVERIFY(search.walk(q, expression, {}, 64, 0, true, how, window, &rows, &error));
        QCOMPARE(idsOf(rows), reference(q, true).mid(0, 64));
        if (way != 2)
            return;
        // The whole index: a page after a cursor near the end is the list's
        // last rows, fewer than asked for, and an empty page past the end.
        const Contact near = m_store->page(q, {}, 1, int(all.size()) - 30).first();
        QVERIFY(search.walk(q, expression, ContactStore::cursorFor(near, q.sort), 64, 0, false, how,
                            window, &rows, &error));
        QCOMPARE(idsOf(rows), all.mid(all.size() - 29));
        QVERIFY(search.walk(q, expression, ContactStore::cursorFor(rows.last(), q.sort), 64, 0,
                            false, how, window, &rows, &error));
        QVERIFY(rows.isEmpty());
    }

    // A sparse search (1 in 50) over the whole index: every page is found,
    // however far apart its rows are, page after page to the end.
    void wholeIndexWalkFindsSparseMatches()
    {
        StatementCache statements(m_db);
        ContactSortedSearch search(m_db, statements);
        for (const ContactSort sort : {ContactSort::Company, ContactSort::LastEngaged}) {
            for (const bool descending : {false, true}) {
                ContactQuery q;
                q.search = u"zeta"_s;
                q.sort = sort;
                q.descending = descending;
                const QString expression = SearchText::toMatchExpression(q.search);
                const QList<qint64> all = reference(q);
                QVERIFY(all.size() > 64 * 2);
                QList<qint64> walked;
                ContactCursor after;
                QList<Contact> rows;
                QString error;
                do {
                    QVERIFY(search.walk(q, expression, after, 64, 0, false,
                                        ContactSortedSearch::Membership::Set,
                                        ContactSortedSearch::WholeIndex, &rows, &error));
                    QVERIFY(error.isEmpty());
                    walked += idsOf(rows);
                    if (!rows.isEmpty())
                        after = ContactStore::cursorFor(rows.last(), q.sort);
                } while (rows.size() == 64);
                QCOMPARE(walked, all);
            }
        }
    }

    // Every contact's place in the order answers any search's pages with
    // the same rows as sorting every match: first page, next page, offset,
    // from the end; every column, both directions; dense, sparse and empty
    // searches, read from one set of places per column.
    void ranksAgreeWithSorting_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        for (int sort = int(ContactSort::Name); sort <= int(ContactSort::Score); ++sort) {
            if (ContactSort(sort) == ContactSort::Id)
                continue;
            for (const bool descending : {false, true})
                QTest::addRow("%s %s", qPrintable(ContactCursor::orderName(ContactSort(sort))),
                              descending ? "desc" : "asc")
                    << sort << descending;
        }
    }

    void ranksAgreeWithSorting()
    {
        QFETCH(int, sort);
        QFETCH(bool, descending);
        StatementCache statements(m_db);
        ContactSortRanks ranks(m_db, statements);
        QString error;
        QVERIFY(!ranks.current(ContactSort(sort)));
        QVERIFY(ranks.prepare(ContactSort(sort)));
        QVERIFY(ranks.current(ContactSort(sort)));
        for (const QString &text : {u"a"_s, u"al"_s, u"alpha"_s, u"a z"_s, u"zeta"_s, u"qqq"_s}) {
            ContactQuery q;
            q.search = text;
            q.sort = ContactSort(sort);
            q.descending = descending;
            const QString expression = SearchText::toMatchExpression(text);
            const QList<qint64> all = reference(q);
            QList<Contact> rows;
            QVERIFY(ranks.page(q, expression, {}, 64, 0, false, &rows, &error));
            QVERIFY(error.isEmpty());
            QCOMPARE(idsOf(rows), all.mid(0, 64));
            if (!rows.isEmpty()) {
                QVERIFY(ranks.page(q, expression, ContactStore::cursorFor(rows.last(), q.sort), 64,
                                   0, false, &rows, &error));
                QCOMPARE(idsOf(rows), all.mid(64, 64));
            }
            QVERIFY(ranks.page(q, expression, {}, 40, 10, false, &rows, &error));
            QCOMPARE(idsOf(rows), all.mid(10, 40));
            QVERIFY(ranks.page(q, expression, {}, 64, 0, true, &rows, &error));
            const QList<qint64> reversed = reference(q, true);
            QCOMPARE(idsOf(rows), reversed.mid(0, 64));
            if (!rows.isEmpty()) {
                QVERIFY(ranks.page(q, expression, ContactStore::cursorFor(rows.last(), q.sort), 64,
                                   0, true, &rows, &error));
                QCOMPARE(idsOf(rows), reversed.mid(64, 64));
            }
            // Past the end: nothing, and no error.
            QVERIFY(ranks.page(q, expression, {}, 64, int(all.size()), false, &rows, &error));
            QVERIFY(rows.isEmpty());
            QVERIFY(error.isEmpty());
        }
    }

    // The places hold only while nothing is written: a key changed on the
    // same connection outside ContactStore, or a commit on another
    // connection (the command line, an import's thread), and the next page
    // reads them again and agrees with sorting.
    void ranksForgetAfterWrites()
    {
        StatementCache statements(m_db);
        ContactSortRanks ranks(m_db, statements);
        ContactQuery q;
        q.search = u"al"_s;
        q.sort = ContactSort::Tier;
        const QString expression = SearchText::toMatchExpression(q.search);
        QString error;
        QVERIFY(ranks.prepare(q.sort));
        QVERIFY(ranks.current(q.sort));
        QVERIFY(!ranks.current(ContactSort::Score)); // another column
        const qint64 first = reference(q).first();
        QSqlQuery u(m_db.connection());
        QVERIFY(u.prepare(u"UPDATE contact SET tier_key = 13 WHERE id = ?"_s));
        u.addBindValue(first);
        QVERIFY(u.exec());
        QVERIFY(!ranks.current(q.sort));
        QList<Contact> rows;
        QVERIFY(ranks.page(q, expression, {}, 64, 0, false, &rows, &error));
        QCOMPARE(idsOf(rows), reference(q).mid(0, 64));
        QVERIFY(!idsOf(rows).contains(first));
        QVERIFY(ranks.current(q.sort));
        {
            Database other;
            QVERIFY(other.open(m_db.path(), &error));
            QSqlQuery o(other.connection());
            QVERIFY(o.prepare(u"UPDATE contact SET tier_key = 1 + id % 13 WHERE id = ?"_s));
            o.addBindValue(first);
            QVERIFY(o.exec());
        }
        QVERIFY(!ranks.current(q.sort));
        QVERIFY(ranks.page(q, expression, {}, 64, 0, false, &rows, &error));
        QCOMPARE(idsOf(rows), reference(q).mid(0, 64));
        QVERIFY(idsOf(rows).contains(first));
        // A cursor on a contact the order does not hold: declined, no error
        // (the caller sorts the matches).
        const Contact firstRow = rows.first();
        ContactCursor unknown = ContactStore::cursorFor(firstRow, q.sort);
        unknown.id = 10 * Contacts;
        QVERIFY(!ranks.page(q, expression, unknown, 64, 0, false, &rows, &error));
        QVERIFY(error.isEmpty());
        // A cursor whose contact's key is no longer the cursor's: declined
        // too (its place is not where the cursor says).
        ContactCursor moved = ContactStore::cursorFor(firstRow, q.sort);
        moved.key = moved.key.toInt() + 1;
        QVERIFY(!ranks.page(q, expression, moved, 64, 0, false, &rows, &error));
        QVERIFY(error.isEmpty());
        const ContactCursor same = ContactStore::cursorFor(firstRow, q.sort);
        QVERIFY(ranks.page(q, expression, same, 64, 0, false, &rows, &error));
        QCOMPARE(idsOf(rows), reference(q).mid(1, 64));
        // Inside a transaction of this connection places are neither read
        // nor used (a rollback would take back what the stamp counted).
        {
            Transaction tx(m_db);
            QVERIFY(tx.started(&error));
            QVERIFY(!ranks.prepare(q.sort));
            QVERIFY(!ranks.page(q, expression, {}, 64, 0, false, &rows, &error));
            QVERIFY(error.isEmpty());
        }
        QVERIFY(ranks.prepare(q.sort));
    }

    // Probes only where the prefix indexes (1-3 bytes) answer them.
    void probesOnlyShortWords()
    {
        QVERIFY(ContactSortedSearch::probesCheaply(u"a"_s));
        QVERIFY(ContactSortedSearch::probesCheaply(u"abc"_s));
        QVERIFY(ContactSortedSearch::probesCheaply(u" ab  cd "_s));
        QVERIFY(ContactSortedSearch::probesCheaply(u"o'b"_s));
        QVERIFY(!ContactSortedSearch::probesCheaply(u"mana"_s));
        QVERIFY(!ContactSortedSearch::probesCheaply(u"ab mana"_s));
        QVERIFY(!ContactSortedSearch::probesCheaply(u"\u00e9t\u00e9"_s)); // 5 bytes
        QVERIFY(!ContactSortedSearch::probesCheaply(u"  "_s));
    }

    // A walk gives up rather than read on: a sparse search in a probe's
    // window, a page the set's window cannot fill.
    void walksGiveUp()
    {
        StatementCache statements(m_db);
        ContactSortedSearch search(m_db, statements);
        ContactQuery q;
        q.search = u"zeta"_s; // 1 in 50
        q.sort = ContactSort::Company;
        const QString expression = SearchText::toMatchExpression(q.search);
        QList<Contact> rows;
        QString error;
        QVERIFY(!search.walk(q, expression, {}, 64, 0, false,
                             ContactSortedSearch::Membership::Probe,
                             ContactSortedSearch::ProbeWindow, &rows, &error));
        QVERIFY(rows.isEmpty());
        QVERIFY(error.isEmpty());
        QVERIFY(!search.walk(q, expression, {}, 300, 0, false, ContactSortedSearch::Membership::Set,
                             ContactSortedSearch::SetWindow, &rows, &error));
        QVERIFY(rows.isEmpty());
        QVERIFY(error.isEmpty());
    }

    // Edits are seen: a contact that stops matching leaves the walked page.
    void followsEdits()
    {
        ContactQuery q;
        q.search = u"alpha"_s;
        q.sort = ContactSort::Name;
        const QList<Contact> before = m_store->page(q, {}, 10);
        QCOMPARE(before.size(), 10);
        Contact first = before.first();
        first.notes = u"omega"_s;
        QString error;
        QVERIFY2(m_store->update(first, &error), qPrintable(error));
        const QList<qint64> after = idsOf(m_store->page(q, {}, 10));
        QVERIFY(!after.contains(first.id));
        QCOMPARE(after, reference(q).mid(0, 10));
        QCOMPARE(m_store->count(q), int(reference(q).size()));
    }

    // Ids far sparser than the contacts (one far beyond the rest): the
    // places are not read, and the list still answers every order exactly
    // (the walk or the sort). Runs last: it adds a contact, then removes it.
    void sparseIdsAreAnsweredWithoutPlaces()
    {
        QSqlQuery u(m_db.connection());
        QVERIFY(u.exec(u"INSERT INTO contact (id, first_name, company, notes, created_at, "
                       "updated_at) VALUES (5000000, 'Far', 'Aardvark', 'alpha', "
                       "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"_s));
        QVERIFY(u.exec(u"INSERT INTO contact_fts (rowid, first_name, last_name, company, position, "
                       "location, notes, tags_text) SELECT id, first_name, last_name, company, "
                       "position, location, notes, tags_text FROM contact WHERE id = 5000000"_s));
        StatementCache statements(m_db);
        ContactSortRanks ranks(m_db, statements);
        QVERIFY(!ranks.prepare(ContactSort::Company));
        QVERIFY(!ranks.prepare(ContactSort::Company)); // remembered, nothing written since
        for (const bool descending : {false, true}) {
            ContactQuery q;
            q.search = u"al"_s;
            q.sort = ContactSort::Company;
            q.descending = descending;
            const QList<qint64> all = reference(q);
            QVERIFY(all.contains(5000000));
            QCOMPARE(pagedIds(q, 64, 3), all.mid(0, 3 * 64));
        }
        QVERIFY(u.exec(u"DELETE FROM contact WHERE id = 5000000"_s));
        QVERIFY(ranks.prepare(ContactSort::Company)); // a write: read again, dense now
    }
};

QTEST_GUILESS_MAIN(tst_ContactSortedSearch)
#include "tst_contactsortedsearch.moc"
