#pragma once

// How many contacts hold one engagement tier key (1..6 active, 7..12
// lapsed, 13 never engaged; see Tier).

namespace rapport {

struct TierCount
{
    int key = 0;
    int count = 0;
};

} // namespace rapport
