#include "domain/EngagementKind.h"

using namespace Qt::StringLiterals;

namespace rapport::EngagementKinds {

namespace {

constexpr EngagementKind kinds[Count] = {
    EngagementKind::Follow,  EngagementKind::Unfollow,
    EngagementKind::Comment, EngagementKind::ShareWithComment,
    EngagementKind::Share,   EngagementKind::ProfileView,
    EngagementKind::Like,
};

} // namespace

const EngagementKind (&all())[Count]
{
    return kinds;
}

QString name(EngagementKind kind)
{
    switch (kind) {
    case EngagementKind::Follow:
        return u"follow"_s;
    case EngagementKind::Unfollow:
        return u"unfollow"_s;
    case EngagementKind::Comment:
        return u"comment"_s;
    case EngagementKind::ShareWithComment:
        return u"share-comment"_s;
    case EngagementKind::Share:
        return u"share"_s;
    case EngagementKind::ProfileView:
        return u"view"_s;
    case EngagementKind::Like:
        return u"like"_s;
    }
    return {};
}

std::optional<EngagementKind> fromName(const QString &text)
{
    for (EngagementKind kind : kinds) {
        if (name(kind) == text)
            return kind;
    }
    return std::nullopt;
}

QStringList names()
{
    QStringList list;
    for (EngagementKind kind : kinds)
        list << name(kind);
    return list;
}

int rank(EngagementKind kind)
{
    switch (kind) {
    case EngagementKind::Follow:
        return 1;
    case EngagementKind::Comment:
        return 2;
    case EngagementKind::ShareWithComment:
        return 3;
    case EngagementKind::Share:
        return 4;
    case EngagementKind::ProfileView:
        return 5;
    case EngagementKind::Like:
        return 6;
    case EngagementKind::Unfollow:
        return 0;
    }
    return 0;
}

std::optional<EngagementKind> fromRank(int r)
{
    for (EngagementKind kind : kinds) {
        if (r > 0 && rank(kind) == r)
            return kind;
    }
    return std::nullopt;
}

} // namespace rapport::EngagementKinds
