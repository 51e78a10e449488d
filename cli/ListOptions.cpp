#include "ListOptions.h"

#include "domain/Tier.h"

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
    {u"tier", ContactSort::Tier},         {u"last-engaged", ContactSort::LastEngaged},
    {u"score", ContactSort::Score},
};

// Named in the CLI contract, but not sortable yet; refused rather than faked.
const char16_t *const laterSortKeys[] = {u"last-contacted"};

// Help lines stay within 80 columns once rapport-cli --help indents them.
constexpr qsizetype helpWidth = 76;

bool isLaterSort(const QString &name)
{
    for (const char16_t *candidate : laterSortKeys) {
        if (name == QStringView(candidate))
            return true;
    }
    return false;
}

QString joined(const QStringList &names, const QString &indent)
{
    if (indent.isEmpty())
        return names.join(u", "_s);
    QStringList lines{indent};
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString piece = names.at(i) + (i + 1 < names.size() ? u","_s : QString());
        if (lines.last().size() > indent.size() &&
            lines.last().size() + 1 + piece.size() > helpWidth)
            lines << indent;
        if (lines.last().size() > indent.size())
            lines.last() += u' ';
        lines.last() += piece;
    }
    lines.first().remove(0, indent.size());
    return lines.join(u'\n');
}

} // namespace

ListOptions::Reading ListOptions::readSort(const QString &key, ContactQuery &query,
                                           QString *message)
{
    if (isLaterSort(key)) {
        *message = tr("Sorting by %1 is not yet available. Use --sort last-engaged or "
                      "--sort score instead.")
                       .arg(key);
        return Reading::NotYetAvailable;
    }
    for (const SortKey &candidate : sortKeys) {
        if (key == QStringView(candidate.name)) {
            query.sort = candidate.sort;
            // Most recent first is what "last engaged" asks for; never
            // engaged (an empty date) then comes last. Strongest first for
            // the score.
            query.descending =
                candidate.sort == ContactSort::LastEngaged || candidate.sort == ContactSort::Score;
            return Reading::Ok;
        }
    }
    *message = tr("--sort: \"%1\" is not a sort key. Use one of: %2.").arg(key, sortNames());
    return Reading::BadUsage;
}

bool ListOptions::readTier(const QString &name, ContactQuery &query, QString *message)
{
    const std::optional<int> rank = Tier::rankFromName(name);
    if (!rank) {
        *message = tr("--tier: \"%1\" is not a tier. Use one of: %2.").arg(name, tierNames());
        return false;
    }
    query.tierRank = *rank;
    return true;
}

QString ListOptions::sortNames(const QString &indent)
{
    QStringList names;
    for (const SortKey &key : sortKeys)
        names << QStringView(key.name).toString();
    return joined(names, indent);
}

QString ListOptions::tierNames(const QString &indent)
{
    return joined(Tier::names(), indent);
}

} // namespace rapport
