#pragma once

// The one typed table of the settings a database keeps (SettingStore):
// key, default and allowed range of each. OutreachSettings, QueueSettings,
// IndustryScope and EngagementStore load and check their values with it;
// PreferenceTable (the Preferences dialog, `rapport-cli settings`) shows it.

#include "domain/TierRules.h"
#include "store/DatabaseSetting.h"

namespace rapport {

struct DatabaseSettings
{
    // Texts: a key only.
    static constexpr DatabaseSetting MyName{u"my_name"};
    static constexpr DatabaseSetting OwnIndustry{u"network_own_industry"};
    static constexpr DatabaseSetting RelatedIndustries{u"network_related_industries"};
    static constexpr DatabaseSetting InMailPlan{u"inmail_plan"};
    static constexpr DatabaseSetting InMailPlanStart{u"inmail_plan_start"};

    // Numbers: key, default, minimum, maximum.
    static constexpr DatabaseSetting TierWindowDays{u"engagement_window_days",
                                                    TierRules::DefaultWindowDays, 1, 3650};
    static constexpr DatabaseSetting QueueCapacity{u"queue_capacity", 15, 1, 100};
    static constexpr DatabaseSetting QueueCooldownDays{u"queue_cooldown_days", 7, 0, 60};
    static constexpr DatabaseSetting KeepInTouchCadenceDays{u"queue_default_cadence_days", 90, 7,
                                                            3650};
    // The default is Premium Career's monthly credits.
    static constexpr DatabaseSetting InMailCustomCredits{u"inmail_custom_credits", 5, 0, 1000};
    static constexpr DatabaseSetting InvitationNoteLimit{u"invitation_note_limit", 300, 1, 300};
    static constexpr DatabaseSetting AcceptanceLastN{u"acceptance_last_n", 20, 5, 500};
    // In whole percent; stored as a fraction (0.5).
    static constexpr DatabaseSetting AcceptanceThresholdPercent{u"acceptance_threshold", 50, 0,
                                                                100};
};

} // namespace rapport
