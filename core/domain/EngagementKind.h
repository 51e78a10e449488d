#pragma once

// The kinds of engagement a person can show, and the engagement hierarchy
// (DOMAIN.md, seed 004): follower 1, commenter 2, sharer with comment 3,
// naked sharer 4, profile viewer 5, liker 6. Unfollow has no rank; it ends
// "follows me".

#include <QString>
#include <QStringList>
#include <optional>

namespace rapport {

enum class EngagementKind {
    Follow,
    Unfollow,
    Comment,
    ShareWithComment,
    Share,
    ProfileView,
    Like,
};

namespace EngagementKinds {

constexpr int Count = 7;
constexpr int BestRank = 1;
constexpr int WorstRank = 6;

// Every kind, in declaration order.
const EngagementKind (&all())[Count];
// The stored and command-line name: follow, unfollow, comment,
// share-comment, share, view, like.
QString name(EngagementKind kind);
std::optional<EngagementKind> fromName(const QString &name);
QStringList names();
// 1 (best) .. 6 for ranked kinds, 0 for unfollow.
int rank(EngagementKind kind);
// The kind that gives a rank (1..6).
std::optional<EngagementKind> fromRank(int rank);
// Index 0..6, for per-kind arrays.
inline int index(EngagementKind kind)
{
    return static_cast<int>(kind);
}

} // namespace EngagementKinds

} // namespace rapport
