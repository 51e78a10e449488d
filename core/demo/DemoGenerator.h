#pragma once

// Makes believable synthetic data for demos, tests and benchmarks: contacts
// (names from many cultures, invented companies, real industries and cities),
// the user's posts and articles with the history of their numbers, the
// people's engagement with them (DemoContent), and the user's outreach to
// them (DemoOutreach). The same seed always gives the same data.

#include "demo/DemoContent.h"
#include "domain/Contact.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QRandomGenerator>
#include <functional>

namespace rapport {

class ContactStore;
class Database;

// What one fillWithEngagement() added.
struct DemoCounts
{
    int contacts = 0;
    int pieces = 0;
    int snapshots = 0;
    qint64 events = 0;
    int outreach = 0;
};

class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    enum class Step { Contacts, Content, Engagements, Tiers };

    explicit DemoGenerator(quint32 seed = 20261121);

    // The next synthetic contact; `serial` makes its profile slug unique.
    Contact nextContact(qint64 serial);
    // Adds `count` contacts in batches of one transaction each. `progress`
    // receives the number added so far and may cancel by returning false.
    bool fill(ContactStore &store, int count, QString *error,
              const std::function<bool(int done)> &progress = {});

    // How many posts and articles a demo of `contacts` people gets: about
    // one per 250, at least 6 and at most 120.
    static int pieceCountFor(int contacts);
    // The next post (three in four) or article, published within the last
    // year; `serial` makes its address unique.
    ContentPiece nextPiece(qint64 serial);
    // One to four snapshots of a piece's numbers, oldest first, growing with
    // its age: posts ~8,000 views with under 1 in 100 engaging, articles ~800
    // with about 1 in 6 (DOMAIN.md). `scale` multiplies the views, for
    // networks too big for the usual audience.
    QList<ContentMetrics> metricsFor(const ContentPiece &piece, double scale = 1);
    // One contact's engagement events, oldest first; none for most people.
    // Likes, comments and shares are on one of `pieces`, which must be
    // sorted by publishing date, oldest first.
    QList<Engagement> nextEngagements(qint64 contactId, const QList<ContentPiece> &pieces,
                                      const DemoEngagementShape &shape = {});

    // Inserts events as they are, in one transaction with one prepared
    // statement, and sets their ids. Summaries and tiers are not touched:
    // call EngagementStore::rebuildSummaries() once after the last batch.
    static bool insertEvents(Database &db, QList<Engagement> &events, QString *error);

    // Adds `count` contacts, then pieceCountFor(count) posts and articles
    // with their numbers, then the new contacts' engagement events, brings
    // their tiers up to date, and adds the user's outreach to them (before
    // Tiers reports 100). All or nothing: after a failure or a cancel,
    // nothing this run added remains. `progress` gets the step and how far
    // it is (done of total; percent for Tiers) and may cancel by returning
    // false.
    bool fillWithEngagement(
        ContactStore &store, int count, DemoCounts *added, QString *error,
        const std::function<bool(Step step, qint64 done, qint64 total)> &progress = {});

private:
    // Adds contacts in batches of one transaction each, appending their ids
    // to `added`; leaves them in place after a failure or a cancel.
    bool addContacts(ContactStore &store, int count, QList<qint64> &added, QString *error,
                     const std::function<bool(int done)> &progress);

    QRandomGenerator m_random;
    QDate m_today;
    QDateTime m_now;
    DemoContent m_content;
};

} // namespace rapport
