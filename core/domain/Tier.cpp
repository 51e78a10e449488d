#include "domain/Tier.h"

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

const char16_t *const rankNames[] = {u"follower",     u"commenter",      u"sharer-with-comment",
                                     u"naked-sharer", u"profile-viewer", u"liker"};

} // namespace

Tier Tier::fromKey(int key)
{
    Tier t;
    if (key >= 1 && key <= 6) {
        t.rank = key;
    } else if (key >= 7 && key <= 12) {
        t.rank = key - 6;
        t.lapsed = true;
    }
    return t;
}

QString Tier::name() const
{
    return nameOfRank(rank);
}

QString Tier::nameOfRank(int r)
{
    if (r < 1 || r > 6)
        return {};
    return QStringView(rankNames[r - 1]).toString();
}

std::optional<int> Tier::rankFromName(const QString &name)
{
    for (int r = 1; r <= 6; ++r) {
        if (name == QStringView(rankNames[r - 1]))
            return r;
    }
    return std::nullopt;
}

QStringList Tier::names()
{
    QStringList list;
    for (const char16_t *n : rankNames)
        list << QStringView(n).toString();
    return list;
}

} // namespace rapport
