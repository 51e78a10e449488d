#pragma once

// A contact's place in the engagement hierarchy: the best rank shown within
// the recency window, or, when nothing falls inside it, the best rank ever
// shown marked as lapsed. Stored as one sortable key on the contact row:
// 1..6 active, 7..12 lapsed, 13 never engaged — ascending is best first.

#include <QString>
#include <QStringList>
#include <optional>

namespace rapport {

struct Tier
{
    static constexpr int NoneKey = 13;

    int rank = 0; // 1 follower .. 6 liker; 0 never engaged
    bool lapsed = false;

    bool isNone() const { return rank == 0; }
    bool isActive() const { return rank > 0 && !lapsed; }
    int key() const { return rank == 0 ? NoneKey : (lapsed ? rank + 6 : rank); }
    static Tier fromKey(int key);

    // Command-line name of the rank: follower, commenter, sharer-with-comment,
    // naked-sharer, profile-viewer, liker; empty for none.
    QString name() const;
    static QString nameOfRank(int rank);
    static std::optional<int> rankFromName(const QString &name);
    static QStringList names();

    bool operator==(const Tier &o) const { return rank == o.rank && lapsed == o.lapsed; }
    bool operator!=(const Tier &o) const { return !(*this == o); }
};

} // namespace rapport
