#include "insights/FollowerRatio.h"

#include <QtGlobal>
#include <cmath>

namespace rapport {

FollowerRatio FollowerRatio::compute(int displayedFollowers, int connections)
{
    FollowerRatio r;
    r.displayedFollowers = qMax(0, displayedFollowers);
    r.connections = qMax(0, connections);
    r.trueFollowers = qMax(0, r.displayedFollowers - r.connections);
    r.bandLowFollowers = int(std::lround(r.connections * BandLow));
    r.bandHighFollowers = int(std::lround(r.connections * BandHigh));
    if (r.connections == 0)
        return r;
    r.ratio = double(r.trueFollowers) / double(r.connections);
    if (r.trueFollowers < r.bandLowFollowers)
        r.standing = Standing::Below;
    else if (r.trueFollowers > r.bandHighFollowers)
        r.standing = Standing::Above;
    else
        r.standing = Standing::Within;
    return r;
}

QList<FollowerRatio::BandRow> FollowerRatio::bandTable()
{
    QList<BandRow> rows;
    for (int connections : {100, 500, 1000, 10000, 50000}) {
        const FollowerRatio r = compute(connections, connections);
        rows.append({connections, r.bandLowFollowers, r.bandHighFollowers});
    }
    return rows;
}

} // namespace rapport
