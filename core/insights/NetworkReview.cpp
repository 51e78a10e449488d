#include "insights/NetworkReview.h"

#include "store/SettingStore.h"

using namespace Qt::StringLiterals;

namespace rapport {

NetworkReview::NetworkReview(Database &db)
    : m_db(db)
    , m_store(std::make_unique<NetworkStore>(db))
{}

NetworkReview::~NetworkReview() = default;

QDate NetworkReview::quietCutoff(const QDate &today, int quietMonths)
{
    return today.addMonths(-qMax(1, quietMonths));
}

QList<NetworkGroup> NetworkReview::groups(Field field, int top, QString *error) const
{
    QList<NetworkStore::Group> rows;
    QString why;
    if (!m_store->groups(field, top, &rows, &why)) {
        if (error)
            *error = tr("Could not read the network: %1").arg(why);
        return {};
    }
    const IndustryScope scope =
        field == Field::Industry ? IndustryScope::load(SettingStore(m_db)) : IndustryScope();
    QList<NetworkGroup> list;
    for (const NetworkStore::Group &row : std::as_const(rows)) {
        NetworkGroup g;
        g.name = row.name;
        g.connections = row.connections;
        if (field == Field::Industry)
            g.scope = scope.classify(g.name);
        list << g;
    }
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
    // but nothing on or after the cut-off.
    QString why;
    if (!m_store->touchCounts(s.quietCutoff, &s.neverInteracted, &s.quietSince, &why)) {
        if (error)
            *error = tr("Could not read the network: %1").arg(why);
    }
    return s;
}

} // namespace rapport
