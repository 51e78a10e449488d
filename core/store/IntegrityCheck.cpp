#include "store/IntegrityCheck.h"

#include "db/BackupFolder.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/DateText.h"
#include "domain/EngagementSummary.h"
#include "domain/TierRules.h"
#include "store/EngagementStore.h"
#include "store/ScoreStore.h"
#include "store/SummaryCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// How many example ids a problem names.
constexpr int exampleIds = 5;

// Column suffixes of engagement_summary and the event kind each counts.
const char16_t *const summaryKinds[][2] = {
    {u"follow", u"follow"},   {u"unfollow", u"unfollow"},
    {u"comment", u"comment"}, {u"share_comment", u"share-comment"},
    {u"share", u"share"},     {u"view", u"view"},
    {u"like", u"like"},
};

QString suffix(int i)
{
    return QStringView(summaryKinds[i][0]).toString();
}

// The summary of each contact with events, computed from the events.
QString aggregateSql()
{
    QStringList columns;
    for (int i = 0; i < EngagementKinds::Count; ++i)
        columns << u"sum(kind = '%1') AS n_%2"_s.arg(QStringView(summaryKinds[i][1]), suffix(i));
    for (int i = 0; i < EngagementKinds::Count; ++i)
        columns << u"max(CASE WHEN kind = '%1' THEN happened_on END) AS last_%2"_s.arg(
            QStringView(summaryKinds[i][1]), suffix(i));
    return u"SELECT contact_id, "_s + columns.join(u", "_s) +
           u" FROM engagement WHERE true GROUP BY contact_id"_s;
}

QString summaryColumnList()
{
    QStringList cols;
    for (int i = 0; i < EngagementKinds::Count; ++i)
        cols << u"n_"_s + suffix(i);
    for (int i = 0; i < EngagementKinds::Count; ++i)
        cols << u"last_"_s + suffix(i);
    return cols.join(u", "_s);
}

QString idList(const QList<qint64> &ids)
{
    QStringList shown;
    for (qsizetype i = 0; i < ids.size() && i < exampleIds; ++i)
        shown << u'#' + QString::number(ids.at(i));
    if (ids.size() > exampleIds)
        shown << u"…"_s;
    return shown.join(u", "_s);
}

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(DateText::isoDate(d)) : QVariant(QMetaType(QMetaType::QString));
}

const QString firstFollowSql =
    u"coalesce((SELECT min(e.happened_on) FROM engagement e WHERE e.contact_id = contact.id "
    "AND e.kind = 'follow'), '')"_s;
const QString lastContactedSql =
    u"coalesce((SELECT max(o.happened_at) FROM outreach o WHERE o.contact_id = contact.id), '')"_s;

} // namespace

QString IntegrityCheck::Problem::key() const
{
    switch (area) {
    case Area::SearchIndex:
        return u"search_index"_s;
    case Area::EngagementSummaries:
        return u"engagement_summaries"_s;
    case Area::Tiers:
        return u"tiers"_s;
    case Area::TierCounts:
        return u"tier_counts"_s;
    case Area::FirstFollow:
        return u"first_follow"_s;
    case Area::LastContacted:
        return u"last_contacted"_s;
    case Area::Scores:
        return u"scores"_s;
    case Area::ConnectionGroups:
        return u"connection_groups"_s;
    case Area::ConnectionTouch:
        return u"connection_touch"_s;
    case Area::ContentTallies:
        return u"content_tallies"_s;
    case Area::OutreachTally:
        return u"outreach_tally"_s;
    }
    return {};
}

IntegrityCheck::IntegrityCheck(Database &db)
    : m_db(db)
{}

QDate IntegrityCheck::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

bool IntegrityCheck::exec(const QString &sql, QString *error)
{
    QSqlQuery q(m_db.connection());
    if (q.exec(sql))
        return true;
    if (error)
        *error = m_db.describe(q.lastError());
    return false;
}

bool IntegrityCheck::check(Report *report, QString *error)
{
    *report = Report();
    bool searchIndexDamaged = false;
    if (!checkFile(&report->fileProblems, &searchIndexDamaged, error))
        return false;
    // Derived values read through a damaged file could say anything; the
    // file's own problems are the report then.
    if (!report->fileProblems.isEmpty())
        return true;
    if (searchIndexDamaged) {
        report->derived << Problem{Area::SearchIndex, 1,
                                   tr("the search index is damaged (SQLite's check says so)")};
    } else {
        checkSearchIndex(&report->derived);
    }
    return checkSummaries(&report->derived, error) && checkTiers(&report->derived, error) &&
           checkTierCounts(&report->derived, error) &&
           checkColumn(Area::FirstFollow,
                       u"SELECT id FROM contact WHERE first_follow_on IS NOT "_s + firstFollowSql,
                       &report->derived, error) &&
           checkColumn(Area::LastContacted,
                       u"SELECT id FROM contact WHERE last_contacted_at IS NOT "_s +
                           lastContactedSql,
                       &report->derived, error) &&
           checkScores(&report->derived, error) &&
           SummaryCheck(m_db).check(&report->derived, error);
}

bool IntegrityCheck::checkFile(QStringList *problems, bool *searchIndexDamaged, QString *error)
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(u"PRAGMA integrity_check"_s)) {
        // SQLite could not even walk the file: that is damage too.
        problems->append(tr("SQLite cannot read the file to check it"));
        Q_UNUSED(error);
        return true;
    }
    while (query.next()) {
        // SQLite packs several findings into one row, under a heading per
        // schema; one finding per line reads and counts better.
        const QStringList lines = query.value(0).toString().split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            if (line.startsWith(u"***"_s) || line == u"ok"_s)
                continue;
            // Newer SQLite also runs FTS5's check here; that part is
            // rebuilt from the contacts, so it is not damage to the file.
            if (line.contains(u"fts5"_s, Qt::CaseInsensitive))
                *searchIndexDamaged = true;
            else
                problems->append(line);
        }
    }
    return true;
}

bool IntegrityCheck::checkSearchIndex(QList<Problem> *problems)
{
    // FTS5 compares its index with the contact table (rank 1: the external
    // content too) and fails the statement when they differ.
    QSqlQuery q(m_db.connection());
    if (q.exec(u"INSERT INTO contact_fts(contact_fts, rank) VALUES ('integrity-check', 1)"_s))
        return true;
    const Problem mismatch{Area::SearchIndex, 1,
                           tr("the search index does not match the contacts (searches may miss "
                              "contacts or find them twice)")};
    // FTS5 asks for its check as a write, which a read-only database
    // refuses (SQLITE_READONLY and its extended codes): then the rows
    // indexed are compared with the contacts instead, which finds a contact
    // missing from the index or one indexed that no longer exists.
    bool isNumber = false;
    const int code = q.lastError().nativeErrorCode().toInt(&isNumber);
    if (!isNumber || (code & 0xff) != 8) {
        problems->append(mismatch);
        return true;
    }
    // The index keeps no list of its rows (columnsize=0, migration 15), but
    // its averages record (contact_fts_data id 1) starts with how many rows
    // it holds, a SQLite varint: a contact missing or one indexed that no
    // longer exists makes it differ from the contacts.
    if (!q.exec(u"SELECT (SELECT block FROM contact_fts_data WHERE id = 1), "
                "(SELECT count(*) FROM contact)"_s) ||
        !q.next()) {
        problems->append(mismatch);
        return true;
    }
    const QByteArray block = q.value(0).toByteArray();
    const qint64 contacts = q.value(1).toLongLong();
    q.finish();
    quint64 indexed = 0;
    for (int i = 0; i < block.size() && i < 9; ++i) {
        const auto byte = quint8(block.at(i));
        if (i == 8) {
            indexed = (indexed << 8) | byte;
            break;
        }
        indexed = (indexed << 7) | (byte & 0x7f);
        if (!(byte & 0x80))
            break;
    }
    if (qint64(indexed) != contacts)
        problems->append(mismatch);
    return true;
}

bool IntegrityCheck::checkSummaries(QList<Problem> *problems, QString *error)
{
    QStringList differs;
    for (int i = 0; i < EngagementKinds::Count; ++i) {
        differs << u"s.n_%1 IS NOT a.n_%1"_s.arg(suffix(i))
                << u"s.last_%1 IS NOT a.last_%1"_s.arg(suffix(i));
    }
    const QString sql = u"WITH a AS ("_s + aggregateSql() +
                        u") SELECT a.contact_id FROM a LEFT JOIN engagement_summary s "
                        "ON s.contact_id = a.contact_id WHERE s.contact_id IS NULL OR "_s +
                        differs.join(u" OR "_s) +
                        u" UNION ALL SELECT contact_id FROM engagement_summary WHERE contact_id "
                        "NOT IN (SELECT contact_id FROM engagement) ORDER BY 1"_s;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        if (error)
            *error = tr("Could not compare the engagement summaries with the events: %1")
                         .arg(m_db.describe(q.lastError()));
        return false;
    }
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    if (!ids.isEmpty()) {
        problems->append(Problem{Area::EngagementSummaries, int(ids.size()),
                                 tr("%n contact(s) have engagement counts or dates that differ "
                                    "from their events (%1)",
                                    nullptr, int(ids.size()))
                                     .arg(idList(ids))});
    }
    return true;
}

bool IntegrityCheck::scanTiers(bool fix, QList<qint64> *wrong, QString *error)
{
    wrong->clear();
    const int window = EngagementStore(m_db).windowDays();
    const QDate day = today();
    struct Fix
    {
        qint64 id;
        int key;
        QVariant until;
        QString lastEngaged;
    };
    QList<Fix> fixes;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT c.id, c.tier_key, c.tier_until, c.last_engaged_on, s.follows_me, "_s +
                summaryColumnList() +
                u" FROM contact c JOIN engagement_summary s ON s.contact_id = c.id "
                "ORDER BY c.id"_s)) {
        if (error)
            *error = tr("Could not read the stored tiers: %1").arg(m_db.describe(q.lastError()));
        return false;
    }
    while (q.next()) {
        EngagementSummary s;
        s.contactId = q.value(0).toLongLong();
        s.followsMe = q.value(4).toBool();
        for (int i = 0; i < EngagementKinds::Count; ++i) {
            s.counts[i] = q.value(5 + i).toInt();
            s.lastOn[i] =
                DateText::parseIsoDate(q.value(5 + EngagementKinds::Count + i).toString());
        }
        const int key = TierRules::tierOf(s, day, window).key();
        const QDate until = TierRules::validUntil(s, day, window);
        const QDate last = s.lastEngagedOn();
        const QString lastText = last.isValid() ? DateText::isoDate(last) : u""_s;
        const QVariant storedUntil = q.value(2);
        const bool untilMatches = until.isValid()
                                      ? storedUntil.toString() == DateText::isoDate(until)
                                      : storedUntil.isNull();
        if (q.value(1).toInt() != key || !untilMatches || q.value(3).toString() != lastText) {
            *wrong << s.contactId;
            fixes << Fix{s.contactId, key, dateOrNull(until), lastText};
        }
    }
    q.finish();
    // Without events: no tier, no last engagement.
    if (!q.exec(u"SELECT id FROM contact WHERE (tier_key <> 13 OR tier_until IS NOT NULL OR "
                "last_engaged_on <> '') AND id NOT IN (SELECT contact_id FROM "
                "engagement_summary) ORDER BY id"_s)) {
        if (error)
            *error = tr("Could not read the stored tiers: %1").arg(m_db.describe(q.lastError()));
        return false;
    }
    while (q.next()) {
        *wrong << q.value(0).toLongLong();
        fixes << Fix{q.value(0).toLongLong(), 13, QVariant(QMetaType(QMetaType::QString)), u""_s};
    }
    q.finish();
    if (!fix)
        return true;
    QSqlQuery write(m_db.connection());
    write.prepare(
        u"UPDATE contact SET tier_key = ?, tier_until = ?, last_engaged_on = ? WHERE id = ?"_s);
    for (const Fix &f : std::as_const(fixes)) {
        write.addBindValue(f.key);
        write.addBindValue(f.until);
        write.addBindValue(f.lastEngaged);
        write.addBindValue(f.id);
        if (!write.exec()) {
            if (error)
                *error = tr("Could not store the tier of contact #%1: %2")
                             .arg(f.id)
                             .arg(m_db.describe(write.lastError()));
            return false;
        }
    }
    return true;
}

bool IntegrityCheck::checkTiers(QList<Problem> *problems, QString *error)
{
    QList<qint64> wrong;
    if (!scanTiers(false, &wrong, error))
        return false;
    if (!wrong.isEmpty()) {
        problems->append(Problem{Area::Tiers, int(wrong.size()),
                                 tr("%n contact(s) have a stored tier or last engagement that "
                                    "differs from their events (%1)",
                                    nullptr, int(wrong.size()))
                                     .arg(idList(wrong))});
    }
    return true;
}

bool IntegrityCheck::checkTierCounts(QList<Problem> *problems, QString *error)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 13) "
                "SELECT n FROM k WHERE (SELECT contacts FROM tier_count WHERE tier_key = n) IS NOT "
                "(SELECT count(*) FROM contact WHERE tier_key = n) UNION ALL SELECT tier_key "
                "FROM tier_count WHERE tier_key NOT BETWEEN 1 AND 13"_s)) {
        if (error)
            *error =
                tr("Could not compare the contacts per tier: %1").arg(m_db.describe(q.lastError()));
        return false;
    }
    QStringList keys;
    while (q.next())
        keys << q.value(0).toString();
    if (!keys.isEmpty()) {
        problems->append(Problem{Area::TierCounts, int(keys.size()),
                                 tr("the number of contacts per tier is wrong for %n tier(s) "
                                    "(keys %1)",
                                    nullptr, int(keys.size()))
                                     .arg(keys.join(u", "_s))});
    }
    return true;
}

bool IntegrityCheck::checkColumn(Area area, const QString &sql, QList<Problem> *problems,
                                 QString *error)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(sql + u" ORDER BY id"_s)) {
        if (error)
            *error = tr("Could not check the stored contact dates: %1")
                         .arg(m_db.describe(q.lastError()));
        return false;
    }
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    if (ids.isEmpty())
        return true;
    const int n = int(ids.size());
    const QString text =
        area == Area::FirstFollow
            ? tr("%n contact(s) have a first follow that differs from their events (%1)", nullptr,
                 n)
            : tr("%n contact(s) have a last contact date that differs from their outreach (%1)",
                 nullptr, n);
    problems->append(Problem{area, n, text.arg(idList(ids))});
    return true;
}

bool IntegrityCheck::scanScores(QList<qint64> *wrong, QString *error)
{
    // Scores marked dirty are recomputed on the next open anyway; a clean
    // one must be what its facts give today. Contacts with no facts at all
    // score 0 and hold it.
    wrong->clear();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, score, score_until FROM contact WHERE score_dirty = 0 AND ("
                "score <> 0 OR score_until IS NOT NULL OR id IN (SELECT contact_id FROM "
                "engagement_summary) OR id IN (SELECT contact_id FROM outreach) OR id IN "
                "(SELECT contact_id FROM value_given)) ORDER BY id"_s)) {
        if (error)
            *error = tr("Could not read the stored scores: %1").arg(m_db.describe(q.lastError()));
        return false;
    }
    ScoreStore scores(m_db);
    const QDate day = today();
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const auto parts = scores.get(id, day);
        if (!parts)
            continue;
        const QVariant storedUntil = q.value(2);
        const bool untilMatches =
            parts->validUntil.isValid()
                ? storedUntil.toString() == DateText::isoDate(parts->validUntil)
                : storedUntil.isNull();
        if (q.value(1).toInt() != parts->total() || !untilMatches)
            *wrong << id;
    }
    return true;
}

bool IntegrityCheck::checkScores(QList<Problem> *problems, QString *error)
{
    QList<qint64> wrong;
    if (!scanScores(&wrong, error))
        return false;
    if (!wrong.isEmpty()) {
        problems->append(Problem{Area::Scores, int(wrong.size()),
                                 tr("%n contact(s) have a stored connection score that differs "
                                    "from their engagement, outreach and value given (%1)",
                                    nullptr, int(wrong.size()))
                                     .arg(idList(wrong))});
    }
    return true;
}

bool IntegrityCheck::repair(const Report &found, QStringList *fixed, QString *error)
{
    fixed->clear();
    const QString name = QDir::toNativeSeparators(m_db.path());
    if (!found.fileProblems.isEmpty()) {
        if (error)
            *error = tr("%1 is damaged, which a rebuild cannot mend; nothing was changed. "
                        "Restore it from a backup: rapport-cli backup list (they are in %2).")
                         .arg(name, BackupFolder::display(m_db.path()));
        return false;
    }
    if (found.derived.isEmpty())
        return true;
    const auto has = [&found](Area area) {
        return std::any_of(found.derived.cbegin(), found.derived.cend(),
                           [area](const Problem &p) { return p.area == area; });
    };
    const auto countOf = [&found](Area area) {
        for (const Problem &p : found.derived) {
            if (p.area == area)
                return p.count;
        }
        return 0;
    };
    Transaction tx(m_db);
    if (!tx.isActive()) {
        if (error)
            *error = tr("Could not start repairing %1: %2. Is another program writing to it? "
                        "Try again in a moment.")
                         .arg(name, tx.errorText());
        return false;
    }
    QString why;
    const auto failed = [&](const QString &what) {
        if (error)
            *error = tr("Could not rebuild %1 in %2 (%3); nothing was changed. Run \"rapport-cli "
                        "check\" again, and restore a backup if it keeps failing.")
                         .arg(what, name, why);
        return false;
    };
    QStringList done;
    if (has(Area::SearchIndex)) {
        if (!exec(u"INSERT INTO contact_fts(contact_fts) VALUES ('rebuild')"_s, &why))
            return failed(tr("the search index"));
        done << tr("rebuilt the search index from the contacts");
    }
    if (has(Area::EngagementSummaries)) {
        // Counts and dates come from the events; "follows me" as the user
        // left it, unless the follow events themselves were wrong.
        QStringList updates;
        for (int i = 0; i < EngagementKinds::Count; ++i)
            updates << u"n_%1 = excluded.n_%1, last_%1 = excluded.last_%1"_s.arg(suffix(i));
        const QString followsChanged =
            u"n_follow IS NOT excluded.n_follow OR n_unfollow IS NOT excluded.n_unfollow OR "
            "last_follow IS NOT excluded.last_follow OR last_unfollow IS NOT "
            "excluded.last_unfollow"_s;
        const QString latestFollow =
            u"coalesce((SELECT e.kind = 'follow' FROM engagement e WHERE e.contact_id = "
            "a.contact_id AND e.kind IN ('follow', 'unfollow') ORDER BY e.happened_on DESC, "
            "e.id DESC LIMIT 1), 0)"_s;
        const QStringList statements = {
            u"DELETE FROM engagement_summary WHERE contact_id NOT IN "
            "(SELECT contact_id FROM engagement)"_s,
            u"INSERT INTO engagement_summary (contact_id, "_s + summaryColumnList() +
                u", follows_me, follows_before) SELECT a.contact_id, "_s + summaryColumnList() +
                u", "_s + latestFollow +
                u", (SELECT c.follows_me FROM contact c WHERE c.id = a.contact_id) FROM ("_s +
                aggregateSql() + u") a WHERE true ON CONFLICT(contact_id) DO UPDATE SET "_s +
                updates.join(u", "_s) + u", follows_me = CASE WHEN "_s + followsChanged +
                u" THEN excluded.follows_me ELSE follows_me END"_s,
            u"UPDATE contact SET follows_me = (SELECT s.follows_me FROM engagement_summary s "
            "WHERE s.contact_id = contact.id) WHERE id IN (SELECT contact_id FROM "
            "engagement_summary WHERE n_follow + n_unfollow > 0)"_s,
        };
        for (const QString &sql : statements) {
            if (!exec(sql, &why))
                return failed(tr("the engagement summaries"));
        }
        done << tr("recounted the engagement summaries of %n contact(s) from their events", nullptr,
                   countOf(Area::EngagementSummaries));
    }
    // Tiers follow the summaries: checked again after those were rebuilt.
    if (has(Area::Tiers) || has(Area::EngagementSummaries)) {
        QList<qint64> wrong;
        if (!scanTiers(true, &wrong, &why))
            return failed(tr("the stored tiers"));
        if (!wrong.isEmpty())
            done << tr("recomputed the stored tier of %n contact(s)", nullptr, int(wrong.size()));
    }
    // Always after the tiers, which move contacts between counts.
    if (has(Area::TierCounts) || has(Area::Tiers) || has(Area::EngagementSummaries)) {
        if (!exec(u"DELETE FROM tier_count WHERE tier_key NOT BETWEEN 1 AND 13"_s, &why) ||
            !exec(u"WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 13) "
                  "INSERT OR REPLACE INTO tier_count (tier_key, contacts) SELECT n, "
                  "(SELECT count(*) FROM contact WHERE tier_key = n) FROM k"_s,
                  &why))
            return failed(tr("the contacts per tier"));
        if (has(Area::TierCounts))
            done << tr("recounted the contacts per tier");
    }
    if (has(Area::FirstFollow)) {
        if (!exec(u"UPDATE contact SET first_follow_on = "_s + firstFollowSql +
                      u" WHERE first_follow_on IS NOT "_s + firstFollowSql,
                  &why))
            return failed(tr("the first follows"));
        done << tr("set each contact's first follow from the events");
    }
    if (has(Area::LastContacted)) {
        if (!exec(u"UPDATE contact SET last_contacted_at = "_s + lastContactedSql +
                      u" WHERE last_contacted_at IS NOT "_s + lastContactedSql,
                  &why))
            return failed(tr("the last contact dates"));
        done << tr("set each contact's last contact date from the outreach");
    }
    // Counted afresh after every fix above that moves contacts between them.
    if (!SummaryCheck(m_db).repair(found.derived, &done, &why))
        return failed(tr("the maintained counts"));
    // Everything a score reads may have changed above: the wrong ones and
    // those of every contact touched are recomputed.
    QList<qint64> wrongScores;
    if (!scanScores(&wrongScores, &why))
        return failed(tr("the connection scores"));
    if (!wrongScores.isEmpty()) {
        QSqlQuery mark(m_db.connection());
        mark.prepare(u"UPDATE contact SET score_dirty = 1 WHERE id = ?"_s);
        for (qint64 id : std::as_const(wrongScores)) {
            mark.addBindValue(id);
            if (!mark.exec()) {
                why = m_db.describe(mark.lastError());
                return failed(tr("the connection scores"));
            }
        }
        if (!ScoreStore(m_db).refresh(today(), &why))
            return failed(tr("the connection scores"));
        done << tr("recomputed the connection score of %n contact(s)", nullptr,
                   int(wrongScores.size()));
    }
    if (!tx.commit(&why))
        return failed(tr("the derived data"));
    *fixed = done;
    return true;
}

} // namespace rapport
