#include "insights/NetworkReview.h"

#include "db/Database.h"
#include "domain/DateText.h"
#include "store/SettingStore.h"
#include "store/StatementCache.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rapport {

NetworkReview::NetworkReview(Database &db)
    : m_db(db)
    , m_statements(std::make_unique<StatementCache>(db))
{}

NetworkReview::~NetworkReview() = default;

QDate NetworkReview::quietCutoff(const QDate &today, int quietMonths)
{
    return today.addMonths(-qMax(1, quietMonths));
}

QList<NetworkGroup> NetworkReview::groups(Field field, int top, QString *error) const
{
    const QString column = field == Field::Industry   ? u"industry"_s
                           : field == Field::Location ? u"location"_s
                                                      : u"company"_s;
    // Columns are COLLATE NOCASE: "acme" and "Acme" are one group.
    QSqlQuery &q = m_statements->prepared(
        u"SELECT %1, count(*) AS n FROM contact WHERE degree = 1 GROUP BY %1 "
        "ORDER BY n DESC, %1 LIMIT ?"_s.arg(column));
    q.addBindValue(qMax(1, top));
    QList<NetworkGroup> list;
    if (!q.exec()) {
        if (error)
            *error = tr("Could not read the network: %1").arg(m_db.describe(q.lastError()));
        q.finish();
        return list;
    }
    const IndustryScope scope =
        field == Field::Industry ? IndustryScope::load(SettingStore(m_db)) : IndustryScope();
    while (q.next()) {
        NetworkGroup g;
        g.name = q.value(0).toString();
        g.connections = q.value(1).toInt();
        if (field == Field::Industry)
            g.scope = scope.classify(g.name);
        list << g;
    }
    q.finish();
    return list;
}

NetworkReview::Summary NetworkReview::summary(const QDate &today, int quietMonths,
                                              QString *error) const
{
    Summary s;
    s.scope = IndustryScope::load(SettingStore(m_db));
    s.quietCutoff = quietCutoff(today, quietMonths);
    QString groupError;
    // Every industry with its count: few distinct values, one index walk.
    const QList<NetworkGroup> industries = groups(Field::Industry, 1000000, &groupError);
    if (!groupError.isEmpty()) {
        if (error)
            *error = groupError;
        return s;
    }
    if (s.scope.own.isEmpty()) {
        for (const NetworkGroup &g : industries) {
            if (!g.name.isEmpty()) {
                s.scope.own = g.name;
                s.ownGuessed = true;
                break;
            }
        }
    }
    s.industries = industries;
    for (NetworkGroup &g : s.industries) {
        g.scope = s.scope.classify(g.name);
        s.connections += g.connections;
        switch (g.scope) {
        case IndustryScope::Kind::Own:
            s.own += g.connections;
            break;
        case IndustryScope::Kind::Related:
            s.related += g.connections;
            break;
        case IndustryScope::Kind::Outside:
            s.outside += g.connections;
            break;
        case IndustryScope::Kind::Unknown:
            s.unknown += g.connections;
            break;
        }
    }

    // Never: nothing engaged, nothing sent or received. Quiet: something,
    // but nothing on or after the cut-off. last_contacted_at is a UTC time;
    // its date is near enough at a scale of months. Both counts read only
    // the connections' interaction index (migration 10), named because the
    // planner would otherwise pick contact_by_degree_engaged and read rows.
    const QString cutoff = DateText::isoDate(s.quietCutoff);
    QSqlQuery &q = m_statements->prepared(
        u"SELECT (SELECT count(*) FROM contact INDEXED BY contact_connections_by_touch "
        "WHERE degree = 1 AND last_engaged_on = '' AND last_contacted_at = ''), "
        "(SELECT count(*) FROM contact INDEXED BY contact_connections_by_touch "
        "WHERE degree = 1 AND last_engaged_on < ? "
        "AND last_contacted_at < ? AND (last_engaged_on <> '' OR last_contacted_at <> ''))"_s);
    q.addBindValue(cutoff);
    q.addBindValue(cutoff);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = tr("Could not read the network: %1").arg(m_db.describe(q.lastError()));
        q.finish();
        return s;
    }
    s.neverInteracted = q.value(0).toInt();
    s.quietSince = q.value(1).toInt();
    q.finish();
    return s;
}

} // namespace rapport
