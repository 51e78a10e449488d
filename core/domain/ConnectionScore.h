#pragma once

// The connection score (DOMAIN.md, Network review): how strong one
// relationship is, 0-100, from how recently and how often the two of you
// interacted in either direction, whether it runs both ways, whether they
// answer, and the value given. A pure function of the stored facts and the
// day, so a stored score can be trusted until the day it says.
//
// Every part only grows with more interaction: more recent or additional
// events never lower the score (no rates, no averages). Time only moves the
// two recency parts down, in steps at fixed ages, so a stored score changes
// on known days (validUntil) and never in between.

#include "domain/EngagementSummary.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace rapport {

class ConnectionScore
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionScore)

public:
    static constexpr int RecencyMax = 35;
    static constexpr int FrequencyMax = 25;
    static constexpr int TwoWayMax = 15;
    static constexpr int RepliesMax = 15;
    static constexpr int ValueMax = 10;
    // Weighted interactions that earn the whole frequency part.
    static constexpr int FullFrequencyAt = 60;

    // What the score is computed from: the engagement summary and the
    // contact's outreach and value given, as counts and latest days.
    struct Inputs
    {
        EngagementSummary engagement; // what they did: follows, comments, ...
        int outreachOut = 0;          // messages, InMails, invitations, e-mails, calls you made
        QDate lastOut;
        int outreachIn = 0; // the same from them
        QDate lastIn;
        int answered = 0; // your outreach they answered: replied, not interested, accepted
        int valueGiven = 0;
        QDate lastValue;
    };

    struct Parts
    {
        int recency = 0;
        int frequency = 0;
        int twoWay = 0;
        int replies = 0;
        int value = 0;
        int weightedInteractions = 0;
        QDate lastInteraction; // latest interaction of any kind; invalid: none
        QDate lastFromThem;    // latest engagement or outreach from them
        QDate lastFromYou;     // latest outreach or value from you
        // The last day this score holds without new facts; invalid when only
        // new facts can change it.
        QDate validUntil;

        int total() const { return recency + frequency + twoWay + replies + value; }
        bool operator==(const Parts &o) const;
        bool operator!=(const Parts &o) const { return !(*this == o); }
    };

    static Parts compute(const Inputs &inputs, const QDate &today);
    // Weighted count: a like 1; a share or profile view 2; a follow, comment
    // or share with comment 3; outreach either way 2; value given 3.
    static int weightedInteractions(const Inputs &inputs);
    // "Recency 25/35 · Frequency 14/25 · ..." for one contact.
    static QString partsText(const Parts &parts);
    // How the score is computed, in plain words, for the window and the CLI.
    static QString explanation();
    // One contact's sums with today's inputs (dates, ages, weighted count),
    // so the score can be checked by hand.
    static QString workings(const Parts &parts, const QDate &today);
};

} // namespace rapport
