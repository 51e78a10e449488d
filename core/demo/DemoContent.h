#pragma once

// The content half of the demo: the user's posts and articles, the history
// of their numbers, and people's engagement with them. DemoGenerator owns
// the random numbers and passes them in, so one seed drives the whole demo.

#include "domain/ContentMetrics.h"
#include "domain/ContentPiece.h"
#include "domain/Engagement.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QRandomGenerator>

namespace rapport {

class Database;

// How much a demo's people engage: the share who ever do, and how many
// events each of those shows on average (at least 1).
struct DemoEngagementShape
{
    int engagedPercent = 15;
    double eventsPerEngaged = 2.2;
};

class DemoContent
{
    Q_DECLARE_TR_FUNCTIONS(DemoContent)

public:
    DemoContent(const QDate &today, const QDateTime &now);

    // See DemoGenerator for what each makes.
    ContentPiece nextPiece(QRandomGenerator &r, qint64 serial);
    QList<ContentMetrics> metricsFor(QRandomGenerator &r, const ContentPiece &piece,
                                     double scale) const;
    QList<Engagement> nextEngagements(QRandomGenerator &r, qint64 contactId,
                                      const QList<ContentPiece> &pieces,
                                      const DemoEngagementShape &shape) const;
    static bool insertEvents(Database &db, QList<Engagement> &events, QString *error);
    // LinkedIn's numbers count everyone, so they are never below what was
    // logged: raises a piece's latest snapshot where the logged engagement
    // outgrew it (and views with it, keeping the seed's ratios).
    static bool matchLoggedEngagement(Database &db, const QList<ContentPiece> &pieces,
                                      QString *error);

private:
    QDate m_today;
    QDateTime m_now;
    int m_postsMade = 0;
    int m_articlesMade = 0;
    QList<int> m_postOrder;
    QList<int> m_articleOrder;
};

} // namespace rapport
