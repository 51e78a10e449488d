#pragma once

// The outreach settings, kept in the database (SettingStore) so the window
// and rapport-cli agree: the InMail plan and since when it runs, the
// invitation note limit, and the acceptance-rate watchdog.

#include "outreach/InMailPlan.h"
#include "store/DatabaseSettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace rapport {

class SettingStore;

struct OutreachSettings
{
    Q_DECLARE_TR_FUNCTIONS(OutreachSettings)

public:
    static constexpr int DefaultNoteLimit = DatabaseSettings::InvitationNoteLimit.defaultValue;
    static constexpr int DefaultLastN = DatabaseSettings::AcceptanceLastN.defaultValue;
    static constexpr double DefaultThreshold =
        DatabaseSettings::AcceptanceThresholdPercent.defaultValue / 100.0;

    InMailPlan plan;
    QDate planStart; // invalid: the month of the first InMail logged
    int invitationNoteLimit = DefaultNoteLimit;
    int acceptanceLastN = DefaultLastN;
    double acceptanceThreshold = DefaultThreshold; // 0..1
    QString myName;                                // fills {my_name} in templates

    static OutreachSettings load(const SettingStore &store);
    // Validates against DatabaseSettings' ranges (the threshold as a
    // fraction) and saves, all or nothing.
    bool save(SettingStore &store, QString *error) const;
};

} // namespace rapport
