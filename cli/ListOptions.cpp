#include "ListOptions.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

struct SortKey
{
    const char16_t *name;
    ContactSort sort;
};

const SortKey sortKeys[] = {
    {u"name", ContactSort::Name},         {u"company", ContactSort::Company},
    {u"position", ContactSort::Position}, {u"location", ContactSort::Location},
    {u"industry", ContactSort::Industry}, {u"connected-on", ContactSort::ConnectedOn},
    {u"degree", ContactSort::Degree},     {u"created", ContactSort::Created},
};

// Documented in CLI.md, but they rank by engagement, which a later release
// records; until then they are refused rather than faked.
const char16_t *const engagementSortKeys[] = {u"tier", u"last-engaged", u"last-contacted",
                                              u"score"};
const char16_t *const tierKinds[] = {u"follower",     u"commenter",      u"sharer-with-comment",
                                     u"naked-sharer", u"profile-viewer", u"liker"};

template <int N> bool contains(const char16_t *const (&names)[N], const QString &name)
{
    for (const char16_t *candidate : names) {
        if (name == QStringView(candidate))
            return true;
    }
    return false;
}

template <int N> QString joined(const char16_t *const (&names)[N])
{
    QStringList list;
    for (const char16_t *name : names)
        list << QStringView(name).toString();
    return list.join(u", "_s);
}

} // namespace

std::optional<ContactSort> ListOptions::sortFromName(const QString &name)
{
    for (const SortKey &key : sortKeys) {
        if (name == QStringView(key.name))
            return key.sort;
    }
    return std::nullopt;
}

bool ListOptions::isEngagementSort(const QString &name)
{
    return contains(engagementSortKeys, name);
}

bool ListOptions::isTierKind(const QString &name)
{
    return contains(tierKinds, name);
}

QString ListOptions::sortNames()
{
    QStringList names;
    for (const SortKey &key : sortKeys)
        names << QStringView(key.name).toString();
    return names.join(u", "_s);
}

QString ListOptions::tierNames()
{
    return joined(tierKinds);
}

} // namespace rapport
