#include "db/Database.h"
#include "db/Migrations.h"
#include "domain/DateText.h"
#include "domain/EngagementSummary.h"
#include "domain/TierRules.h"
#include "store/EngagementStore.h"
#include "store/IntegrityCheck.h"
#include "store/ScoreStore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

QStringList tables(const QSqlDatabase &db)
{
    QStringList names;
    QSqlQuery q(db);
    q.exec(u"SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger') ORDER BY name"_s);
    while (q.next())
        names << q.value(0).toString();
    return names;
}

// One row of representative data, as an app at some schema version wrote it.
// Columns a version does not have yet are left out when filling it.
struct Row
{
    QString table;
    QStringList key; // columns that find the row again
    QList<QPair<QString, QVariant>> values;
};

QVariant null()
{
    return QVariant(QMetaType(QMetaType::QString));
}

QString day(int daysAgo)
{
    return DateText::isoDate(QDate::currentDate().addDays(-daysAgo));
}

QString time(int daysAgo, int hour)
{
    return DateText::isoUtc(
        QDateTime(QDate::currentDate().addDays(-daysAgo), QTime(hour, 15)).toUTC(), true);
}

// Contacts, tags, outreach, content, events, value given, templates, the
// queue and snapshots, with awkward text: what a long-used database holds.
QList<Row> representativeRows()
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

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
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
bool deriveAsTheAppDid(QSqlDatabase &db)
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
std::optional<QList<Row>> buildAtVersion(const QString &path, int version)
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

} // namespace

class tst_Migrations : public QObject
{
    Q_OBJECT

private slots:
    void latestVersionHasStatements()
    {
        for (int v = 1; v <= Migrations::latestVersion(); ++v)
            QVERIFY2(!Migrations::statements(v).isEmpty(), qPrintable(QString::number(v)));
        QVERIFY(Migrations::statements(Migrations::latestVersion() + 1).isEmpty());
    }

    void newDatabaseHasWholeSchema()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(u"m.sqlite"_s), nullptr));
        const QStringList names = tables(db.connection());
        for (const QString &expected :
             {u"contact"_s, u"tag"_s, u"contact_tag"_s, u"contact_fts"_s, u"contact_fts_update"_s,
              u"contact_fts_delete"_s, u"outreach"_s})
            QVERIFY2(names.contains(expected), qPrintable(expected));
    }

    void failedMigrationLeavesNothingHalfDone()
    {
        // A Rapport file at version 0 that already holds a conflicting table:
        // migration 1 fails part-way and must roll back every statement.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"half.sqlite"_s);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"PRAGMA application_id = %1"_s.arg(Database::ApplicationId)));
            QVERIFY(q.exec(u"CREATE TABLE contact_tag (x)"_s));
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);

        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(u"schema version 1"_s), qPrintable(error));
        QVERIFY2(error.contains(u"Nothing was changed"_s), qPrintable(error));

        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        const QStringList names = tables(raw);
        QCOMPARE(names, QStringList{u"contact_tag"_s});
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"check"_s);
    }

    void version1WithContactsMigratesKeepingThem()
    {
        // A file as Rapport 0.1 left it: schema version 1 with contacts in it.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v1.sqlite"_s);
        QStringList before;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            for (const QString &sql : Migrations::statements(1))
                QVERIFY2(q.exec(sql), qPrintable(sql));
            QVERIFY(q.exec(u"PRAGMA user_version = 1"_s));
            QVERIFY(q.prepare(u"INSERT INTO contact (first_name, last_name, sort_name, slug, "
                              "company, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s));
            for (int i = 0; i < 25; ++i) {
                q.addBindValue(u"First%1"_s.arg(i));
                q.addBindValue(u"Last %1"_s.arg(i));
                q.addBindValue(u"first%1 last %1"_s.arg(i));
                q.addBindValue(i % 2 ? QVariant(u"slug-%1"_s.arg(i))
                                     : QVariant(QMetaType(QMetaType::QString)));
                q.addBindValue(u"Acme, Inc."_s);
                q.addBindValue(u"2025-01-0%1T10:00:00.000Z"_s.arg(i % 9 + 1));
                q.addBindValue(u"2025-02-01T10:00:00.000Z"_s);
                QVERIFY(q.exec());
            }
            // As ContactStore indexes new rows.
            QVERIFY(q.exec(u"INSERT INTO contact_fts (rowid, first_name, last_name, company, "
                           "position, location, notes, tags_text) SELECT id, first_name, "
                           "last_name, company, position, location, notes, tags_text "
                           "FROM contact"_s));
            QVERIFY(q.exec(u"SELECT * FROM contact ORDER BY id"_s));
            while (q.next()) {
                QStringList fields;
                for (int c = 0; c < q.record().count(); ++c)
                    fields << q.value(c).toString();
                before << fields.join(u'|');
            }
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"v1"_s);
        QCOMPARE(before.size(), 25);

        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT * FROM contact ORDER BY id"_s));
        QStringList after;
        // Later migrations add columns at the end; the version-1 ones are unchanged.
        const int v1Columns = int(before.first().count(u'|')) + 1;
        while (q.next()) {
            QStringList fields;
            for (int c = 0; c < v1Columns; ++c)
                fields << q.value(c).toString();
            after << fields.join(u'|');
        }
        QCOMPARE(after, before);
        // Migration 3: every existing contact starts with no engagement tier.
        QVERIFY(q.exec(u"SELECT count(*) FROM contact WHERE tier_key = 13 AND tier_until IS NULL "
                       "AND last_engaged_on = ''"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 25);
        // Search still finds them, and the new outreach table is usable.
        QVERIFY(q.exec(u"SELECT count(*) FROM contact_fts WHERE contact_fts MATCH 'first7'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(u"INSERT INTO outreach (contact_id, channel, direction, happened_at) "
                       "VALUES (1, 'invitation', 'out', '2026-01-01T00:00:00Z')"_s));
        QVERIFY(!q.exec(u"INSERT INTO outreach (contact_id, channel, direction, happened_at) "
                        "VALUES (1, 'fax', 'out', '2026-01-01T00:00:00Z')"_s));
        QVERIFY(q.exec(u"DELETE FROM contact WHERE id = 1"_s));
        QVERIFY(q.exec(u"SELECT count(*) FROM outreach"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    // Every earlier version, with data in every table it has, upgrades to
    // the latest keeping every value and with every derived value right.
    // Rows run from version 1 to the latest but one, so a new migration is
    // covered without touching this test.
    void upgradesFromEveryVersionWithData_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v < Migrations::latestVersion(); ++v)
            QTest::addRow("from version %d", v) << v;
    }

    void upgradesFromEveryVersionWithData()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v%1.sqlite"_s.arg(version));
        const std::optional<QList<Row>> written = buildAtVersion(path, version);
        QVERIFY(written);
        QVERIFY(!written->isEmpty());

        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());

        // Every value written at the old version reads back unchanged.
        QHash<QString, int> perTable;
        for (const Row &row : *written) {
            ++perTable[row.table];
            QStringList names;
            for (const auto &value : row.values)
                names << value.first;
            QStringList where;
            for (const QString &key : row.key)
                where << key + u" = ?"_s;
            QSqlQuery q(db.connection());
            QVERIFY(q.prepare(u"SELECT %1 FROM %2 WHERE %3"_s.arg(names.join(u", "_s), row.table,
                                                                  where.join(u" AND "_s))));
            for (const QString &key : row.key) {
                for (const auto &value : row.values) {
                    if (value.first == key)
                        q.addBindValue(value.second);
                }
            }
            QVERIFY2(q.exec() && q.next(), qPrintable(row.table));
            for (int i = 0; i < row.values.size(); ++i) {
                const QVariant expected = row.values.at(i).second;
                const QVariant actual = q.value(i);
                const QString field = row.table + u'.' + row.values.at(i).first;
                QVERIFY2(expected.isNull() == actual.isNull(), qPrintable(field));
                QVERIFY2(expected.isNull() || expected.toString() == actual.toString(),
                         qPrintable(field + u": "_s + actual.toString()));
            }
        }
        for (auto it = perTable.cbegin(); it != perTable.cend(); ++it) {
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(u"SELECT count(*) FROM "_s + it.key()) && q.next());
            QVERIFY2(q.value(0).toInt() == it.value(), qPrintable(it.key()));
        }

        // As the app does on opening: tiers to today, dirty scores recomputed.
        QVERIFY2(EngagementStore(db).refreshTiers(&error), qPrintable(error));
        QVERIFY2(ScoreStore(db).refresh(QDate::currentDate(), &error), qPrintable(error));
        // Search index, summaries, tiers, counts per tier, first follow, last
        // outreach and scores all agree with what they are derived from.
        IntegrityCheck check(db);
        IntegrityCheck::Report report;
        QVERIFY2(check.check(&report, &error), qPrintable(error));
        QStringList problems = report.fileProblems;
        for (const IntegrityCheck::Problem &p : std::as_const(report.derived))
            problems << p.text;
        QVERIFY2(report.intact(), qPrintable(problems.join(u"; "_s)));

        // And they hold what the data says, not just something consistent.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM contact_fts WHERE contact_fts MATCH 'angstrom'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(u"SELECT sum(contacts) FROM tier_count"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 4);
        const bool hadOutreach = perTable.contains(u"outreach"_s);
        const bool hadEvents = perTable.contains(u"engagement"_s);
        QVERIFY(q.exec(u"SELECT last_contacted_at, first_follow_on, score > 0, tier_key "
                       "FROM contact WHERE id = 1"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), hadOutreach ? time(11, 10) : u""_s);
        QCOMPARE(q.value(1).toString(), hadEvents ? day(45) : u""_s);
        QCOMPARE(q.value(2).toBool(), hadOutreach || hadEvents);
        QVERIFY(hadEvents ? q.value(3).toInt() != 13 : q.value(3).toInt() == 13);
    }

    void migrateIsIdempotent()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(u"i.sqlite"_s), nullptr));
        QString error;
        QVERIFY2(Migrations::migrate(db, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
    }
};

QTEST_GUILESS_MAIN(tst_Migrations)
#include "tst_migrations.moc"
