#pragma once

// The vocabulary "contacts list" and "export" share: --sort keys and the
// engagement tiers of --tier, with the sort keys that are not sortable yet
// (last-contacted) told apart so both commands refuse them the same way.

#include "domain/ContactQuery.h"

#include <QCoreApplication>
#include <QString>

namespace rapport {

class ListOptions
{
    Q_DECLARE_TR_FUNCTIONS(ListOptions)

public:
    enum class Reading { Ok, BadUsage, NotYetAvailable };

    // Reads a --sort value into the query: the key, and its natural direction
    // (last-engaged is newest first, score strongest first). On anything but Ok, *message says what
    // is wrong, without a command prefix.
    static Reading readSort(const QString &key, ContactQuery &query, QString *message);
    // Reads a --tier value ("follower" .. "liker") into the query; false with
    // *message for any other name.
    static bool readTier(const QString &name, ContactQuery &query, QString *message);

    // "name, company, ..." for messages; for help, give the indent the text
    // starts at and it is broken into lines that fit a terminal, later lines
    // starting with that indent.
    static QString sortNames(const QString &indent = {});
    static QString tierNames(const QString &indent = {});
};

} // namespace rapport
