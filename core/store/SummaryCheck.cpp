#include "store/SummaryCheck.h"

#include "db/Database.h"
#include "db/OutreachTallyMigration.h"
#include "db/SummaryMigration.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

using Area = IntegrityCheck::Area;

// One summary: what it holds and what it should hold, as rows with the same
// columns (a, b, ...), and how a row names itself in a message.
struct Summary
{
    Area area;
    QString columns; // the column list of both queries, e.g. "a, b, c"
    QString kept;
    QString counted;
    QString label; // an SQL expression over the columns naming the row
};

QList<Summary> summaries()
{
    QString groups;
    for (const QString &field : {u"industry"_s, u"location"_s, u"company"_s}) {
        if (!groups.isEmpty())
            groups += u" UNION ALL "_s;
        // Names fold as COLLATE NOCASE folds them (ASCII): "Acme" and
        // "ACME" are one group, kept under whichever came first.
        groups += u"SELECT '%1', lower(%1), count(*) FROM contact WHERE degree = 1 "
                  "GROUP BY %1"_s.arg(field);
    }
    return {
        {Area::ConnectionGroups, u"a, b, c"_s,
         u"SELECT field, lower(name), connections FROM connection_group"_s, groups,
         // Named as the group is kept (its case), folded when it is missing.
         u"a || char(9) || coalesce((SELECT g.name FROM connection_group g WHERE g.field = a "
         "AND lower(g.name) = b LIMIT 1), b)"_s},
        {Area::ConnectionTouch, u"a, b"_s, u"SELECT day, connections FROM connection_touch"_s,
         u"SELECT max(last_engaged_on, substr(last_contacted_at, 1, 10)), count(*) "
         "FROM contact WHERE degree = 1 GROUP BY 1"_s,
         u"a"_s},
        // Pieces nobody engaged with may or may not have a row of zeros.
        {Area::ContentTallies, u"a, b, c, d"_s,
         u"SELECT content_id, engagers, likes, engagements FROM content_tally "
         "WHERE engagers <> 0 OR likes <> 0 OR engagements <> 0 UNION ALL "
         "SELECT content_id, contact_id, events, -1 FROM content_engager"_s,
         u"SELECT content_id, count(DISTINCT CASE WHEN kind NOT IN ('follow', 'unfollow') "
         "THEN contact_id END) AS n, sum(kind = 'like') AS l, "
         "sum(kind IN ('like', 'comment', 'share-comment', 'share')) AS m FROM engagement "
         "WHERE content_id IS NOT NULL GROUP BY content_id HAVING n <> 0 OR l <> 0 OR m <> 0 "
         "UNION ALL SELECT content_id, contact_id, count(*), -1 FROM engagement "
         "WHERE content_id IS NOT NULL AND kind NOT IN ('follow', 'unfollow') "
         "GROUP BY content_id, contact_id"_s,
         u"'#' || a"_s},
        {Area::OutreachTally, u"a, b, c, d, e"_s,
         u"SELECT day, channel, sent, accepted, answered FROM outreach_tally"_s,
         OutreachTallyMigration::countQuery(), u"a"_s},
    };
}

QStringList recountOf(Area area)
{
    QStringList list;
    switch (area) {
    case Area::ConnectionGroups:
    case Area::ConnectionTouch: {
        const QString table =
            area == Area::ConnectionGroups ? u"connection_group"_s : u"connection_touch"_s;
        for (const QString &sql : SummaryMigration::recountStatements()) {
            if (sql.contains(table))
                list << sql;
        }
        return list;
    }
    case Area::ContentTallies:
        return SummaryMigration::contentRecountStatements();
    case Area::OutreachTally:
        return OutreachTallyMigration::recountStatements();
    default:
        return list;
    }
}

} // namespace

SummaryCheck::SummaryCheck(Database &db)
    : m_db(db)
{}

bool SummaryCheck::covers(IntegrityCheck::Area area)
{
    return area == Area::ConnectionGroups || area == Area::ConnectionTouch ||
           area == Area::ContentTallies || area == Area::OutreachTally;
}

QString SummaryCheck::exampleText(IntegrityCheck::Area area, const QString &label)
{
    if (area == Area::ConnectionTouch && label.isEmpty())
        return tr("never in touch");
    if (area != Area::ConnectionGroups)
        return label;
    // "field<TAB>name": the name as the group keeps it.
    const QString field = label.section(u'\t', 0, 0);
    const QString name = label.section(u'\t', 1);
    const QString what = field == u"industry"_s   ? tr("industry")
                         : field == u"location"_s ? tr("location")
                                                  : tr("company");
    return tr("%1 \u201c%2\u201d").arg(what, name);
}

bool SummaryCheck::check(QList<IntegrityCheck::Problem> *problems, QString *error)
{
    for (const Summary &s : summaries()) {
        // The rows either side has and the other has not, by their label.
        QSqlQuery q(m_db.connection());
        const QString sql =
            u"WITH k(%1) AS (%2), c(%1) AS (%3) SELECT DISTINCT %4 FROM ("
            "SELECT * FROM (SELECT * FROM k EXCEPT SELECT * FROM c) UNION ALL "
            "SELECT * FROM (SELECT * FROM c EXCEPT SELECT * FROM k)) ORDER BY 1"_s.arg(
                s.columns, s.kept, s.counted, s.label);
        if (!q.exec(sql)) {
            if (error)
                *error = tr("Could not compare the maintained counts with a recount: %1")
                             .arg(m_db.describe(q.lastError()));
            return false;
        }
        QStringList wrong;
        while (q.next())
            wrong << exampleText(s.area, q.value(0).toString());
        q.finish();
        if (wrong.isEmpty())
            continue;
        const int n = int(wrong.size());
        const QString examples = QStringList(wrong.mid(0, 5)).join(u", "_s);
        QString text;
        switch (s.area) {
        case Area::ConnectionGroups:
            text = tr("the connections counted per industry, location and company (network "
                      "review, network score) are wrong for %n group(s), e.g. %1",
                      nullptr, n)
                       .arg(examples);
            break;
        case Area::ConnectionTouch:
            text = tr("the connections counted per last day in touch (network review) are "
                      "wrong for %n day(s), e.g. %1",
                      nullptr, n)
                       .arg(examples);
            break;
        case Area::ContentTallies:
            text = tr("the likes, comments and people counted per piece of content (content "
                      "chart) are wrong for %n piece(s), e.g. %1",
                      nullptr, n)
                       .arg(examples);
            break;
        default:
            text = tr("the invitations and InMails counted per day (outreach funnel) are wrong "
                      "for %n day(s), e.g. %1",
                      nullptr, n)
                       .arg(examples);
            break;
        }
        problems->append(IntegrityCheck::Problem{s.area, n, text});
    }
    return true;
}

bool SummaryCheck::repair(const QList<IntegrityCheck::Problem> &found, QStringList *done,
                          QString *error)
{
    for (const Summary &s : summaries()) {
        if (std::none_of(found.cbegin(), found.cend(),
                         [&s](const IntegrityCheck::Problem &p) { return p.area == s.area; }))
            continue;
        for (const QString &sql : recountOf(s.area)) {
            QSqlQuery q(m_db.connection());
            if (!q.exec(sql)) {
                if (error)
                    *error = m_db.describe(q.lastError());
                return false;
            }
        }
        switch (s.area) {
        case Area::ConnectionGroups:
            *done << tr("recounted the connections per industry, location and company");
            break;
        case Area::ConnectionTouch:
            *done << tr("recounted the connections per last day in touch");
            break;
        case Area::ContentTallies:
            *done << tr("recounted the engagement per piece of content");
            break;
        default:
            *done << tr("recounted the invitations and InMails per day");
            break;
        }
    }
    return true;
}

} // namespace rapport
