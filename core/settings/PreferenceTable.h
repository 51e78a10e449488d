#pragma once

// The one table of the preferences the Preferences dialog offers, all kept
// in the database: key, kind of value, default and allowed range. The dialog
// takes its ranges and defaults from here and rapport-cli's `settings`
// command validates with it, so the two never disagree. The settings
// classes that save them (OutreachSettings, QueueSettings, IndustryScope,
// EngagementStore's tier window) check the same ranges; a test holds them
// together.

#include "settings/Preference.h"

#include <QCoreApplication>
#include <QList>

namespace rapport {

class PreferenceTable
{
    Q_DECLARE_TR_FUNCTIONS(PreferenceTable)

public:
    enum Id {
        MyName,
        OwnIndustry,
        RelatedIndustries,
        TierWindow,
        QueueCapacity,
        QueueCooldown,
        KeepInTouchCadence,
        InMailPlanKind,
        InMailCustomCredits,
        InMailPlanStart,
        InvitationNoteLimit,
        AcceptanceLastN,
        AcceptanceThreshold,
        Count
    };

    // Every preference, in the dialog's order.
    static const QList<Preference> &all();
    static const Preference &of(Id id);
    // By key; a dash stands for an underscore ("queue-capacity"). nullptr
    // when there is no such preference.
    static const Preference *find(const QString &key);
    static Id idOf(const Preference &preference);
    // Every key, in order.
    static QStringList keys();
};

} // namespace rapport
