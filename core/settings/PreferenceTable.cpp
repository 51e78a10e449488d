#include "settings/PreferenceTable.h"

#include "domain/TierRules.h"
#include "outreach/InMailPlan.h"
#include "outreach/OutreachSettings.h"
#include "planning/QueueSettings.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

Preference text(const QString &key, Preference::Type type, const QString &description)
{
    Preference p;
    p.key = key;
    p.type = type;
    p.description = description;
    return p;
}

Preference number(const QString &key, Preference::Type type, int defaultValue, int minimum,
                  int maximum, const QString &unit, const QString &description)
{
    Preference p;
    p.key = key;
    p.type = type;
    p.defaultValue = QString::number(defaultValue);
    p.minimum = minimum;
    p.maximum = maximum;
    p.unit = unit;
    p.description = description;
    return p;
}

QList<Preference> build()
{
    using T = Preference::Type;
    const QueueSettings queue;
    QList<Preference> table(PreferenceTable::Count);
    table[PreferenceTable::MyName] =
        text(u"my_name"_s, T::Text,
             PreferenceTable::tr("Your name; fills {my_name} in message templates."));
    table[PreferenceTable::OwnIndustry] =
        text(u"network_own_industry"_s, T::Text,
             PreferenceTable::tr(
                 "Your industry for the network review and score; blank: the most common "
                 "among your connections."));
    table[PreferenceTable::RelatedIndustries] =
        text(u"network_related_industries"_s, T::TextList,
             PreferenceTable::tr("Industries related to yours, for the network review and score."));
    table[PreferenceTable::TierWindow] =
        number(u"engagement_window_days"_s, T::Integer, TierRules::DefaultWindowDays, 1, 3650,
               PreferenceTable::tr("days"),
               PreferenceTable::tr(
                   "Recency window for tiers; changing it recomputes every contact's tier."));
    table[PreferenceTable::QueueCapacity] =
        number(u"queue_capacity"_s, T::Integer, queue.capacity, 1, 100,
               PreferenceTable::tr("people"), PreferenceTable::tr("People in today's queue."));
    table[PreferenceTable::QueueCooldown] = number(
        u"queue_cooldown_days"_s, T::Integer, queue.cooldownDays, 0, 60,
        PreferenceTable::tr("days"),
        PreferenceTable::tr("Days before someone you contacted can come back to the queue."));
    table[PreferenceTable::KeepInTouchCadence] =
        number(u"queue_default_cadence_days"_s, T::Integer, queue.defaultCadenceDays, 7, 3650,
               PreferenceTable::tr("days"),
               PreferenceTable::tr("Keep in touch with connections every this many days."));
    Preference plan =
        text(u"inmail_plan"_s, T::Choice,
             PreferenceTable::tr("The LinkedIn plan that grants your InMail credits."));
    plan.choices = InMailPlan::names();
    plan.defaultValue = InMailPlan::name(InMailPlan::PremiumCareer);
    table[PreferenceTable::InMailPlanKind] = plan;
    table[PreferenceTable::InMailCustomCredits] = number(
        u"inmail_custom_credits"_s, T::Integer, InMailPlan::credits(InMailPlan::PremiumCareer), 0,
        1000, PreferenceTable::tr("a month"),
        PreferenceTable::tr("InMail credits a month; set only under the custom plan, the others "
                            "grant their own."));
    table[PreferenceTable::InMailPlanStart] =
        text(u"inmail_plan_start"_s, T::Date,
             PreferenceTable::tr(
                 "The day the plan started; blank: the month of the first InMail logged."));
    table[PreferenceTable::InvitationNoteLimit] =
        number(u"invitation_note_limit"_s, T::Integer, OutreachSettings::DefaultNoteLimit, 1, 300,
               PreferenceTable::tr("characters"),
               PreferenceTable::tr("The longest note an invitation may carry."));
    table[PreferenceTable::AcceptanceLastN] =
        number(u"acceptance_last_n"_s, T::Integer, OutreachSettings::DefaultLastN, 5, 500,
               PreferenceTable::tr("invitations"),
               PreferenceTable::tr("The acceptance rate looks at this many latest invitations."));
    table[PreferenceTable::AcceptanceThreshold] = number(
        u"acceptance_threshold"_s, T::Percent, qRound(OutreachSettings::DefaultThreshold * 100), 0,
        100, QString(), PreferenceTable::tr("Warn when the acceptance rate falls below this."));
    return table;
}

} // namespace

const QList<Preference> &PreferenceTable::all()
{
    static const QList<Preference> table = build();
    return table;
}

const Preference &PreferenceTable::of(Id id)
{
    return all().at(id);
}

const Preference *PreferenceTable::find(const QString &key)
{
    QString clean = key.trimmed().toLower();
    clean.replace(u'-', u'_');
    for (const Preference &p : all()) {
        if (p.key == clean)
            return &p;
    }
    return nullptr;
}

PreferenceTable::Id PreferenceTable::idOf(const Preference &preference)
{
    const QList<Preference> &table = all();
    for (int i = 0; i < table.size(); ++i) {
        if (table.at(i).key == preference.key)
            return Id(i);
    }
    return Count;
}

QStringList PreferenceTable::keys()
{
    QStringList keys;
    for (const Preference &p : all())
        keys << p.key;
    return keys;
}

} // namespace rapport
