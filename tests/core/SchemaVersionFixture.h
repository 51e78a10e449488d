#pragma once

// For the migration tests: builds a database at any earlier schema version
// from the migration list and fills every table that version has with
// representative rows (awkward text included), deriving what the app of
// that version derived as it wrote them, so an upgrade can be checked for
// lost values and wrong derived state.

#include "db/Migrations.h"
#include "domain/DateText.h"
#include "domain/EngagementSummary.h"
#include "domain/TierRules.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace rapport::test {

using namespace Qt::StringLiterals;

// One row of representative data, as an app at some schema version wrote it.
// Columns a version does not have yet are left out when filling it.
struct Row
{
    QString table;
    QStringList key; // columns that find the row again
    QList<QPair<QString, QVariant>> values;
};

inline QVariant null()
{
    return QVariant(QMetaType(QMetaType::QString));
}

inline QString day(int daysAgo)
{
    return DateText::isoDate(QDate::currentDate().addDays(-daysAgo));
}

inline QString time(int daysAgo, int hour)
{
    return DateText::isoUtc(
        QDateTime(QDate::currentDate().addDays(-daysAgo), QTime(hour, 15)).toUTC(), true);
}

// Contacts, tags, outreach, content, events, value given, templates, the
// queue and snapshots, with awkward text: what a long-used database holds.
inline QList<Row> representativeRows()
{
    const QStringList id{u"id"_s};
    QList<Row> rows;
    const auto contact = [&](int cid, const QString &first, const QString &last,
                             const QVariant &slug, const QString &company, const QString &notes,
                             int degree, int followsMe, const QVariant &cadence, int doNotContact,
                             int archived) {
        rows << Row{u"contact"_s,
                    id,
                    {{u"id"_s, cid},
                     {u"first_name"_s, first},
                     {u"last_name"_s, last},
                     {u"sort_name"_s, (last + u' ' + first).toLower()},
                     {u"profile_url"_s,
                      slug.isNull() ? u""_s : u"https://www.linkedin.com/in/"_s + slug.toString()},
                     {u"slug"_s, slug},
                     {u"position"_s, u"Head of Things"_s},
                     {u"company"_s, company},
                     {u"industry"_s, u"Software Development"_s},
                     {u"location"_s, u"Zürich, Switzerland"_s},
                     {u"email"_s, first.toLower() + u"@example.com"_s},
                     {u"degree"_s, degree},
                     {u"connected_on"_s, degree == 1 ? day(500) : u""_s},
                     {u"follows_me"_s, followsMe},
                     {u"notes"_s, notes},
                     {u"tags_text"_s, u"mentor founder"_s},
                     {u"created_at"_s, time(600, 9)},
                     {u"updated_at"_s, time(20, 10)},
                     {u"do_not_contact"_s, doNotContact},
                     {u"archived"_s, archived},
                     {u"cadence_days"_s, cadence},
                     {u"snoozed_until"_s, cid == 2 ? day(-3) : u""_s}}};
    };
    contact(1, u"Ada"_s, u"Lovelace"_s, u"ada-lovelace"_s, u"Analytical Engines, Ltd."_s,
            u"Met at the Royal Society.\nAsk about note \"G\"; it's long."_s, 1, 1, 30, 0, 0);
    contact(2, u"Zoë"_s, u"Ångström"_s, null(), u"Ørsted & Søn"_s, u"日本語のメモ 🎉"_s, 2, 0,
            null(), 0, 0);
    contact(3, u"Seán"_s, u"O'Brien"_s, u"sean-obrien-1234"_s, u"=HYPERLINK(\"x\")"_s,
            u"'leading apostrophe\ttab"_s, 1, 1, null(), 1, 0);
    contact(4, u"Quiet"_s, u"Person"_s, u"quiet"_s, u""_s, u""_s, 3, 0, null(), 0, 1);

    rows << Row{u"tag"_s, id, {{u"id"_s, 1}, {u"name"_s, u"Mentor"_s}, {u"cadence_days"_s, 14}}};
    rows << Row{
        u"tag"_s, id, {{u"id"_s, 2}, {u"name"_s, u"Founder"_s}, {u"cadence_days"_s, null()}}};
    for (const auto &[cid, tid] : {std::pair{1, 1}, std::pair{1, 2}, std::pair{3, 1}}) {
        rows << Row{u"contact_tag"_s,
                    {u"contact_id"_s, u"tag_id"_s},
                    {{u"contact_id"_s, cid}, {u"tag_id"_s, tid}}};
    }

    const auto outreach = [&](int oid, int cid, const QString &channel, const QString &direction,
                              int daysAgo, const QString &outcome, const QVariant &replyTo) {
        rows << Row{u"outreach"_s,
                    id,
                    {{u"id"_s, oid},
                     {u"contact_id"_s, cid},
                     {u"channel"_s, channel},
                     {u"direction"_s, direction},
                     {u"happened_at"_s, time(daysAgo, 8 + oid)},
                     {u"subject"_s, u"Re: your talk — thanks"_s},
                     {u"body"_s, u"Hi,\nloved it. 'Quoted' and \"double\".\n"_s},
                     {u"outcome"_s, outcome},
                     {u"outcome_at"_s, outcome.isEmpty() ? u""_s : time(daysAgo - 1, 12)},
                     {u"conversation"_s, u"conv-%1"_s.arg(cid)},
                     {u"source_key"_s, u"linkedin:message:%1"_s.arg(oid)},
                     {u"template_name"_s, oid == 1 ? u"Warm hello"_s : u""_s},
                     {u"asked_negative"_s, oid == 3 ? 1 : -1},
                     {u"reply_to"_s, replyTo}}};
    };
    outreach(1, 1, u"message"_s, u"out"_s, 12, u"replied"_s, null());
    outreach(2, 1, u"message"_s, u"in"_s, 11, u""_s, 1);
    outreach(3, 3, u"inmail"_s, u"out"_s, 40, u"not-interested"_s, null());
    outreach(4, 2, u"invitation"_s, u"out"_s, 70, u"accepted"_s, null());

    rows << Row{u"content"_s,
                id,
                {{u"id"_s, 1},
                 {u"kind"_s, u"post"_s},
                 {u"title"_s, u"Why notes matter — part 1"_s},
                 {u"url"_s, u"https://www.linkedin.com/posts/example-1"_s},
                 {u"published_on"_s, day(30)},
                 {u"created_at"_s, time(30, 7)}}};
    rows << Row{u"content_metric"_s,
                id,
                {{u"id"_s, 1},
                 {u"content_id"_s, 1},
                 {u"taken_on"_s, day(29)},
                 {u"views"_s, 1200},
                 {u"reactions"_s, 45},
                 {u"comments"_s, 7},
                 {u"shares"_s, 3}}};
    const auto event = [&](int eid, int cid, const QString &kind, int daysAgo,
                           const QVariant &content) {
        rows << Row{u"engagement"_s,
                    id,
                    {{u"id"_s, eid},
                     {u"contact_id"_s, cid},
                     {u"kind"_s, kind},
                     {u"happened_on"_s, day(daysAgo)},
                     {u"content_id"_s, content},
                     {u"note"_s, u"note %1"_s.arg(eid)},
                     {u"created_at"_s, time(daysAgo, 18)}}};
    };
    const QVariant none = QVariant(QMetaType(QMetaType::LongLong));
    event(1, 1, u"follow"_s, 45, none);
    event(2, 1, u"comment"_s, 29, 1);
    event(3, 1, u"like"_s, 300, none);
    event(4, 2, u"follow"_s, 120, none);
    event(5, 2, u"unfollow"_s, 60, none);
    event(6, 2, u"view"_s, 5, none);
    event(7, 3, u"share"_s, 400, none);
    event(8, 3, u"share-comment"_s, 200, 1);

    rows << Row{
        u"setting"_s, {u"key"_s}, {{u"key"_s, u"engagement_window_days"_s}, {u"value"_s, u"90"_s}}};
    rows << Row{u"value_given"_s,
                id,
                {{u"id"_s, 1},
                 {u"contact_id"_s, 3},
                 {u"kind"_s, u"introduction"_s},
                 {u"given_on"_s, day(15)},
                 {u"note"_s, u"Introduced to Grace"_s},
                 {u"created_at"_s, time(15, 11)}}};
    rows << Row{u"message_template"_s,
                id,
                {{u"id"_s, 1},
                 {u"name"_s, u"Warm hello"_s},
                 {u"channel"_s, u"message"_s},
                 {u"subject"_s, u""_s},
                 {u"body"_s, u"Hi {first_name}, good to meet you."_s}}};
    rows << Row{u"queue_item"_s,
                id,
                {{u"id"_s, 1},
                 {u"day"_s, day(1)},
                 {u"position"_s, 1},
                 {u"contact_id"_s, 2},
                 {u"action"_s, u"invite"_s},
                 {u"reason"_s, u"Viewed your profile"_s},
                 {u"template"_s, u""_s},
                 {u"status"_s, u"done"_s},
                 {u"snoozed_until"_s, u""_s},
                 {u"related_outreach_id"_s, none},
                 {u"related_engagement_id"_s, 6},
                 {u"done_outreach_id"_s, none}}};
    rows << Row{u"network_snapshot"_s,
                id,
                {{u"id"_s, 1},
                 {u"week_start"_s, day(7)},
                 {u"taken_on"_s, day(6)},
                 {u"followers"_s, 512},
                 {u"connections"_s, 430},
                 {u"profile_views"_s, 88},
                 {u"search_appearances"_s, null()},
                 {u"network_size"_s, 120000},
                 {u"top_companies"_s, u"Acme\nGlobex"_s},
                 {u"top_titles"_s, u""_s},
                 {u"updated_at"_s, time(6, 9)}}};
    return rows;
}

inline QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    QStringList names;
    QSqlQuery q(db);
    q.exec(u"PRAGMA table_info(%1)"_s.arg(table));
    while (q.next())
        names << q.value(1).toString();
    return names;
}

// What the app at that version derived as it wrote the rows above: the
// search index (ContactStore), the summaries and tiers (EngagementStore),
// the last outreach (OutreachStore). Triggers of the version itself keep
// the rest (scores marked dirty, contacts per tier, first follow).
inline bool deriveAsTheAppDid(QSqlDatabase &db)
{
    QSqlQuery q(db);
    bool ok = q.exec(u"INSERT INTO contact_fts (rowid, first_name, last_name, company, position, "
                     "location, notes, tags_text) SELECT id, first_name, last_name, company, "
                     "position, location, notes, tags_text FROM contact"_s);
    const QStringList contactColumns = columnsOf(db, u"contact"_s);
    if (ok && contactColumns.contains(u"last_contacted_at"_s)) {
        ok = q.exec(u"UPDATE contact SET last_contacted_at = coalesce((SELECT max(happened_at) "
                    "FROM outreach o WHERE o.contact_id = contact.id), '')"_s);
    }
    if (!ok || !contactColumns.contains(u"tier_key"_s))
        return ok;
    const char *const kinds[] = {"follow", "unfollow", "comment", "share-comment",
                                 "share",  "view",     "like"};
    const char *const suffixes[] = {"follow", "unfollow", "comment", "share_comment",
                                    "share",  "view",     "like"};
    QStringList columns;
    QStringList aggregates;
    for (int i = 0; i < EngagementKinds::Count; ++i) {
        columns << u"n_%1"_s.arg(QLatin1StringView(suffixes[i]));
        aggregates << u"sum(kind = '%1')"_s.arg(QLatin1StringView(kinds[i]));
    }
    for (int i = 0; i < EngagementKinds::Count; ++i) {
        columns << u"last_%1"_s.arg(QLatin1StringView(suffixes[i]));
        aggregates << u"max(CASE WHEN kind = '%1' THEN happened_on END)"_s.arg(
            QLatin1StringView(kinds[i]));
    }
    ok = q.exec(u"INSERT INTO engagement_summary (contact_id, %1, follows_me, follows_before) "
                "SELECT contact_id, %2, coalesce((SELECT e2.kind = 'follow' FROM engagement e2 "
                "WHERE e2.contact_id = e.contact_id AND e2.kind IN ('follow', 'unfollow') ORDER BY "
                "e2.happened_on DESC, e2.id DESC LIMIT 1), 0), (SELECT follows_me FROM contact c "
                "WHERE c.id = e.contact_id) FROM engagement e GROUP BY contact_id"_s.arg(
                    columns.join(u", "_s), aggregates.join(u", "_s))) &&
         q.exec(u"UPDATE contact SET follows_me = (SELECT s.follows_me FROM engagement_summary s "
                "WHERE s.contact_id = contact.id) WHERE id IN (SELECT contact_id FROM "
                "engagement_summary WHERE n_follow + n_unfollow > 0)"_s);
    if (!ok || !q.exec(u"SELECT contact_id, follows_me, %1 FROM engagement_summary"_s.arg(
                   columns.join(u", "_s))))
        return false;
    QList<QVariantList> tiers;
    while (q.next()) {
        EngagementSummary s;
        s.contactId = q.value(0).toLongLong();
        s.followsMe = q.value(1).toBool();
        for (int i = 0; i < EngagementKinds::Count; ++i) {
            s.counts[i] = q.value(2 + i).toInt();
            s.lastOn[i] =
                DateText::parseIsoDate(q.value(2 + EngagementKinds::Count + i).toString());
        }
        const QDate today = QDate::currentDate();
        const QDate until = TierRules::validUntil(s, today, TierRules::DefaultWindowDays);
        tiers << QVariantList{TierRules::tierOf(s, today, TierRules::DefaultWindowDays).key(),
                              until.isValid() ? QVariant(DateText::isoDate(until)) : null(),
                              DateText::isoDate(s.lastEngagedOn()), s.contactId};
    }
    for (const QVariantList &t : std::as_const(tiers)) {
        q.prepare(u"UPDATE contact SET tier_key = ?, tier_until = ?, last_engaged_on = ? "
                  "WHERE id = ?"_s);
        for (const QVariant &v : t)
            q.addBindValue(v);
        if (!q.exec())
            return false;
    }
    return true;
}

// A file at schema version `version`, built from the migration list and
// filled with the rows that version can hold. Returns the rows it wrote.
inline std::optional<QList<Row>> buildAtVersion(const QString &path, int version)
{
    QList<Row> written;
    bool ok = true;
    const QString name = u"build-v%1"_s.arg(version);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        raw.setDatabaseName(path);
        ok = raw.open();
        QSqlQuery q(raw);
        for (int v = 1; ok && v <= version; ++v) {
            for (const QString &sql : Migrations::statements(v)) {
                if (ok && !q.exec(sql)) {
                    qWarning("migration %d: %s", v, qPrintable(q.lastError().text()));
                    ok = false;
                }
            }
        }
        ok = ok && q.exec(u"PRAGMA user_version = %1"_s.arg(version));
        QHash<QString, QStringList> columns;
        for (const Row &row : representativeRows()) {
            if (!ok)
                break;
            if (!columns.contains(row.table))
                columns.insert(row.table, columnsOf(raw, row.table));
            const QStringList existing = columns.value(row.table);
            if (existing.isEmpty())
                continue; // the table comes with a later version
            Row kept{row.table, row.key, {}};
            for (const auto &value : row.values) {
                if (existing.contains(value.first))
                    kept.values << value;
            }
            QStringList names;
            for (const auto &value : std::as_const(kept.values))
                names << value.first;
            q.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
                row.table, names.join(u", "_s), QStringList(names.size(), u"?"_s).join(u", "_s)));
            for (const auto &value : std::as_const(kept.values))
                q.addBindValue(value.second);
            if (!q.exec()) {
                qWarning("v%d %s: %s", version, qPrintable(row.table),
                         qPrintable(q.lastError().text()));
                ok = false;
            }
            written << kept;
        }
        ok = ok && deriveAsTheAppDid(raw);
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!ok)
        return std::nullopt;
    return written;
}

} // namespace rapport::test
