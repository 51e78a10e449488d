#include "settings/Preferences.h"

#include "domain/DateText.h"
#include "insights/IndustryScope.h"
#include "outreach/OutreachSettings.h"
#include "planning/QueueSettings.h"
#include "settings/PreferenceTable.h"
#include "store/EngagementStore.h"
#include "store/SettingStore.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

QStringList listOf(const QString &text)
{
    QStringList names;
    for (const QString &part : text.split(u',')) {
        const QString name = part.simplified();
        if (!name.isEmpty())
            names << name;
    }
    return names;
}

// " %" or " (days)" after a range, as the dialog's suffix says it.
QString unitOf(const Preference &p)
{
    if (p.type == Preference::Type::Percent)
        return u" %"_s;
    return p.unit.isEmpty() ? QString() : u" (%1)"_s.arg(p.unit);
}

} // namespace

Preferences::Preferences(Database &db)
    : m_db(db)
{}

QString Preferences::value(const Preference &preference) const
{
    const SettingStore store(m_db);
    const OutreachSettings outreach = OutreachSettings::load(store);
    const QueueSettings queue = QueueSettings::load(store);
    const IndustryScope scope = IndustryScope::load(store);
    switch (PreferenceTable::idOf(preference)) {
    case PreferenceTable::MyName:
        return outreach.myName;
    case PreferenceTable::OwnIndustry:
        return scope.own;
    case PreferenceTable::RelatedIndustries:
        return scope.related.join(u", "_s);
    case PreferenceTable::TierWindow:
        return QString::number(EngagementStore(m_db).windowDays());
    case PreferenceTable::QueueCapacity:
        return QString::number(queue.capacity);
    case PreferenceTable::QueueCooldown:
        return QString::number(queue.cooldownDays);
    case PreferenceTable::KeepInTouchCadence:
        return QString::number(queue.defaultCadenceDays);
    case PreferenceTable::InMailPlanKind:
        return InMailPlan::name(outreach.plan.kind);
    case PreferenceTable::InMailCustomCredits:
        return QString::number(outreach.plan.monthlyCredits);
    case PreferenceTable::InMailPlanStart:
        return outreach.planStart.isValid() ? DateText::isoDate(outreach.planStart) : QString();
    case PreferenceTable::InvitationNoteLimit:
        return QString::number(outreach.invitationNoteLimit);
    case PreferenceTable::AcceptanceLastN:
        return QString::number(outreach.acceptanceLastN);
    case PreferenceTable::AcceptanceThreshold:
        // In whole percent, as the dialog shows and sets it.
        return QString::number(qRound(outreach.acceptanceThreshold * 100));
    case PreferenceTable::Count:
        break;
    }
    return {};
}

bool Preferences::parse(const Preference &preference, const QString &text, QString *normalized,
                        QString *error)
{
    const QString t = text.trimmed();
    QString message;
    switch (preference.type) {
    case Preference::Type::Text:
        // Trimmed as the dialog trims; the owner may tidy further (IndustryScope
        // folds inner spaces).
        *normalized = text.trimmed();
        return true;
    case Preference::Type::TextList:
        *normalized = listOf(text).join(u", "_s);
        return true;
    case Preference::Type::Integer:
    case Preference::Type::Percent: {
        QString digits = t;
        if (preference.type == Preference::Type::Percent && digits.endsWith(u'%'))
            digits = digits.chopped(1).trimmed();
        static const QRegularExpression whole(u"^[+-]?\\d{1,9}$"_s);
        if (!whole.match(digits).hasMatch()) {
            message = tr("%1: \"%2\" is not a whole number. Give one from %3 to %4%5.")
                          .arg(preference.key, text)
                          .arg(preference.minimum)
                          .arg(preference.maximum)
                          .arg(unitOf(preference));
            break;
        }
        const int n = digits.toInt();
        if (n < preference.minimum || n > preference.maximum) {
            message = tr("%1: %2 is out of range. Give a whole number from %3 to %4%5.")
                          .arg(preference.key, digits)
                          .arg(preference.minimum)
                          .arg(preference.maximum)
                          .arg(unitOf(preference));
            break;
        }
        *normalized = QString::number(n);
        return true;
    }
    case Preference::Type::Choice: {
        const QString name = t.toLower();
        if (!preference.choices.contains(name)) {
            message = tr("%1: \"%2\" is not one of the choices. Use one of: %3.")
                          .arg(preference.key, text, preference.rangeText());
            break;
        }
        *normalized = name;
        return true;
    }
    case Preference::Type::Date: {
        if (t.isEmpty()) {
            *normalized = QString();
            return true;
        }
        static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
        const QDate day = shape.match(t).hasMatch() ? QDate::fromString(t, Qt::ISODate) : QDate();
        if (!day.isValid()) {
            message = tr("%1: \"%2\" is not a date. Write it as YYYY-MM-DD, for example "
                         "2024-03-15, or give \"\" for none.")
                          .arg(preference.key, text);
            break;
        }
        *normalized = DateText::isoDate(day);
        return true;
    }
    }
    if (error)
        *error = message;
    return false;
}

Preferences::Outcome Preferences::set(const Preference &preference, const QString &text,
                                      QString *error)
{
    QString v;
    if (!parse(preference, text, &v, error))
        return Outcome::Invalid;
    SettingStore store(m_db);
    OutreachSettings outreach = OutreachSettings::load(store);
    QueueSettings queue = QueueSettings::load(store);
    IndustryScope scope = IndustryScope::load(store);
    enum class Owner { Outreach, Queue, Scope } owner = Owner::Outreach;
    switch (PreferenceTable::idOf(preference)) {
    case PreferenceTable::MyName:
        outreach.myName = v;
        break;
    case PreferenceTable::OwnIndustry:
        scope.own = v;
        owner = Owner::Scope;
        break;
    case PreferenceTable::RelatedIndustries:
        scope.related = listOf(v);
        owner = Owner::Scope;
        break;
    case PreferenceTable::TierWindow: {
        // Recomputes every stored tier, as the dialog does, only on a change.
        EngagementStore engagement(m_db);
        if (engagement.windowDays() == v.toInt())
            return Outcome::Saved;
        return engagement.setWindowDays(v.toInt(), error) ? Outcome::Saved : Outcome::Failed;
    }
    case PreferenceTable::QueueCapacity:
        queue.capacity = v.toInt();
        owner = Owner::Queue;
        break;
    case PreferenceTable::QueueCooldown:
        queue.cooldownDays = v.toInt();
        owner = Owner::Queue;
        break;
    case PreferenceTable::KeepInTouchCadence:
        queue.defaultCadenceDays = v.toInt();
        owner = Owner::Queue;
        break;
    case PreferenceTable::InMailPlanKind: {
        const InMailPlan::Kind kind = InMailPlan::fromName(v).value_or(InMailPlan::PremiumCareer);
        // A custom plan starts from the credits last saved, as the dialog's
        // credits field does.
        outreach.plan = InMailPlan::of(kind, outreach.plan.monthlyCredits);
        break;
    }
    case PreferenceTable::InMailCustomCredits:
        if (outreach.plan.kind != InMailPlan::Custom) {
            if (error)
                *error = tr("%1: the %2 plan grants %3 credits a month; credits can be set "
                            "only for the custom plan. Set inmail_plan to custom first.")
                             .arg(preference.key, InMailPlan::name(outreach.plan.kind))
                             .arg(outreach.plan.monthlyCredits);
            return Outcome::NotApplicable;
        }
        outreach.plan = InMailPlan::of(InMailPlan::Custom, v.toInt());
        break;
    case PreferenceTable::InMailPlanStart:
        outreach.planStart = DateText::parseIsoDate(v);
        break;
    case PreferenceTable::InvitationNoteLimit:
        outreach.invitationNoteLimit = v.toInt();
        break;
    case PreferenceTable::AcceptanceLastN:
        outreach.acceptanceLastN = v.toInt();
        break;
    case PreferenceTable::AcceptanceThreshold:
        outreach.acceptanceThreshold = v.toInt() / 100.0;
        break;
    case PreferenceTable::Count:
        if (error)
            *error = tr("There is no preference \"%1\".").arg(preference.key);
        return Outcome::Invalid;
    }
    bool saved = false;
    switch (owner) {
    case Owner::Outreach:
        saved = outreach.save(store, error);
        break;
    case Owner::Queue:
        saved = queue.save(store, error);
        break;
    case Owner::Scope:
        saved = scope.save(store, error);
        break;
    }
    return saved ? Outcome::Saved : Outcome::Failed;
}

} // namespace rapport
