#pragma once

// Which industries count as the user's own and as related, for the network
// review's "yours, related, outside" split (DOMAIN.md, Network review).
// Kept in the database so the window and rapport-cli agree. With no own
// industry set, the most common industry among connections stands in.

#include <QCoreApplication>
#include <QStringList>

namespace rapport {

class SettingStore;

struct IndustryScope
{
    Q_DECLARE_TR_FUNCTIONS(IndustryScope)

public:
    QString own;
    QStringList related;

    enum class Kind { Own, Related, Outside, Unknown };
    // Case-insensitive; an empty industry is Unknown.
    Kind classify(const QString &industry) const;

    static IndustryScope load(const SettingStore &store);
    // Trims, drops blanks and repeats (and the own industry from related).
    bool save(SettingStore &store, QString *error) const;
};

} // namespace rapport
