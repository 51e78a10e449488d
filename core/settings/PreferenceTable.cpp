#include "settings/PreferenceTable.h"

#include "outreach/InMailPlan.h"
#include "store/DatabaseSettings.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

Preference text(const DatabaseSetting &setting, Preference::Type type, const QString &description)
{
    Preference p;
    p.key = setting.name();
    p.type = type;
    p.description = description;
    return p;
}

Preference number(const DatabaseSetting &setting, Preference::Type type, const QString &unit,
                  const QString &description)
{
    Preference p;
    p.key = setting.name();
    p.type = type;
    p.defaultValue = QString::number(setting.defaultValue);
    p.minimum = setting.minimum;
    p.maximum = setting.maximum;
    p.unit = unit;
    p.description = description;
    return p;
}

QList<Preference> build()
{
    using T = Preference::Type;
    using S = DatabaseSettings;
    QList<Preference> table(PreferenceTable::Count);
    table[PreferenceTable::MyName] =
        text(S::MyName, T::Text,
             PreferenceTable::tr("Your name; fills {my_name} in message templates."));
    table[PreferenceTable::OwnIndustry] =
        text(S::OwnIndustry, T::Text,
             PreferenceTable::tr(
                 "Your industry for the network review and score; blank: the most common "
                 "among your connections."));
    table[PreferenceTable::RelatedIndustries] =
        text(S::RelatedIndustries, T::TextList,
             PreferenceTable::tr("Industries related to yours, for the network review and score."));
    table[PreferenceTable::TierWindow] =
        number(S::TierWindowDays, T::Integer, PreferenceTable::tr("days"),
               PreferenceTable::tr(
                   "Recency window for tiers; changing it recomputes every contact's tier."));
    table[PreferenceTable::QueueCapacity] =
        number(S::QueueCapacity, T::Integer, PreferenceTable::tr("people"),
               PreferenceTable::tr("People in today's queue."));
    table[PreferenceTable::QueueCooldown] = number(
        S::QueueCooldownDays, T::Integer, PreferenceTable::tr("days"),
        PreferenceTable::tr("Days before someone you contacted can come back to the queue."));
    table[PreferenceTable::KeepInTouchCadence] =
        number(S::KeepInTouchCadenceDays, T::Integer, PreferenceTable::tr("days"),
               PreferenceTable::tr("Keep in touch with connections every this many days."));
    Preference plan =
        text(S::InMailPlan, T::Choice,
             PreferenceTable::tr("The LinkedIn plan that grants your InMail credits."));
    plan.choices = InMailPlan::names();
    plan.defaultValue = InMailPlan::name(InMailPlan::PremiumCareer);
    table[PreferenceTable::InMailPlanKind] = plan;
    table[PreferenceTable::InMailCustomCredits] = number(
        S::InMailCustomCredits, T::Integer, PreferenceTable::tr("a month"),
        PreferenceTable::tr("InMail credits a month; set only under the custom plan, the others "
                            "grant their own."));
    table[PreferenceTable::InMailPlanStart] =
        text(S::InMailPlanStart, T::Date,
             PreferenceTable::tr(
                 "The day the plan started; blank: the month of the first InMail logged."));
    table[PreferenceTable::InvitationNoteLimit] =
        number(S::InvitationNoteLimit, T::Integer, PreferenceTable::tr("characters"),
               PreferenceTable::tr("The longest note an invitation may carry."));
    table[PreferenceTable::AcceptanceLastN] =
        number(S::AcceptanceLastN, T::Integer, PreferenceTable::tr("invitations"),
               PreferenceTable::tr("The acceptance rate looks at this many latest invitations."));
    table[PreferenceTable::AcceptanceThreshold] =
        number(S::AcceptanceThresholdPercent, T::Percent, QString(),
               PreferenceTable::tr("Warn when the acceptance rate falls below this."));
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
