#pragma once

// The network review (DOMAIN.md; seeds 002 and 003): first-degree
// connections by industry (the user's own, related, outside), by location
// and by company, and how many were never interacted with or not for N
// months ("do you remember why you connected?"). Interaction is any
// engagement they showed or outreach either way, as stored on the contact
// row (last_engaged_on, last_contacted_at), so nothing scans events;
// NetworkStore reads the counts.

#include "insights/IndustryScope.h"
#include "insights/NetworkGroup.h"
#include "store/NetworkStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <memory>

namespace rapport {

class Database;

class NetworkReview
{
    Q_DECLARE_TR_FUNCTIONS(NetworkReview)

public:
    using Field = NetworkStore::Field;

    struct Summary
    {
        int connections = 0;
        int own = 0;     // in the user's own industry
        int related = 0; // in a related industry
        int outside = 0; // in another industry
        int unknown = 0; // industry not filled in
        int neverInteracted = 0;
        int quietSince = 0; // interacted, but not since the cut-off
        QDate quietCutoff;
        bool ownGuessed = false;        // no own industry set: the most common one stands in
        IndustryScope scope;            // as used (with the guess)
        QList<NetworkGroup> industries; // every industry, biggest first, classified by scope
    };

    explicit NetworkReview(Database &db);
    ~NetworkReview();
    NetworkReview(const NetworkReview &) = delete;
    NetworkReview &operator=(const NetworkReview &) = delete;

    // Connections grouped by a field, biggest first (ties by name), the
    // `top` largest; blank values count as one group with an empty name.
    QList<NetworkGroup> groups(Field field, int top, QString *error = nullptr) const;
    // The counts, with "quiet" meaning no interaction on or after
    // today - `quietMonths` months.
    Summary summary(const QDate &today, int quietMonths, QString *error = nullptr) const;

    // The day before which a connection counts as quiet.
    static QDate quietCutoff(const QDate &today, int quietMonths);

private:
    Database &m_db;
    std::unique_ptr<NetworkStore> m_store;
};

} // namespace rapport
