#include "outreach/OutreachSettings.h"

#include "db/Transaction.h"
#include "domain/DateText.h"
#include "store/SettingStore.h"

#include <QCoreApplication>
#include <QLocale>
#include <utility>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

using S = DatabaseSettings;

const QString planKey = S::InMailPlan.name();
const QString customKey = S::InMailCustomCredits.name();
const QString startKey = S::InMailPlanStart.name();
const QString noteKey = S::InvitationNoteLimit.name();
const QString lastNKey = S::AcceptanceLastN.name();
const QString thresholdKey = S::AcceptanceThresholdPercent.name();
const QString myNameKey = S::MyName.name();

} // namespace

OutreachSettings OutreachSettings::load(const SettingStore &store)
{
    OutreachSettings s;
    const auto kind = InMailPlan::fromName(store.value(planKey));
    s.plan = InMailPlan::of(kind.value_or(InMailPlan::PremiumCareer), store.intValue(customKey, 0));
    s.planStart = DateText::parseIsoDate(store.value(startKey));
    s.invitationNoteLimit = store.intValue(noteKey, DefaultNoteLimit);
    s.acceptanceLastN = store.intValue(lastNKey, DefaultLastN);
    s.acceptanceThreshold = store.doubleValue(thresholdKey, DefaultThreshold);
    s.myName = store.value(myNameKey);
    return s;
}

bool OutreachSettings::save(SettingStore &store, QString *error) const
{
    QString message;
    const QLocale locale;
    const auto range = [&locale](const DatabaseSetting &s) {
        return std::pair(locale.toString(s.minimum), locale.toString(s.maximum));
    };
    const DatabaseSetting &threshold = S::AcceptanceThresholdPercent;
    if (!S::InvitationNoteLimit.allows(invitationNoteLimit)) {
        const auto [low, high] = range(S::InvitationNoteLimit);
        message =
            tr("The invitation note limit must be between %1 and %2 characters.").arg(low, high);
    } else if (!S::AcceptanceLastN.allows(acceptanceLastN)) {
        const auto [low, high] = range(S::AcceptanceLastN);
        message =
            tr("The acceptance rate needs between %1 and %2 recent invitations.").arg(low, high);
    } else if (acceptanceThreshold * 100 < threshold.minimum ||
               acceptanceThreshold * 100 > threshold.maximum) {
        const auto [low, high] = range(threshold);
        message =
            tr("The acceptance warning threshold must be between %1 % and %2 %.").arg(low, high);
    } else if (plan.kind == InMailPlan::Custom &&
               !S::InMailCustomCredits.allows(plan.monthlyCredits)) {
        const auto [low, high] = range(S::InMailCustomCredits);
        message =
            tr("A custom plan grants between %1 and %2 InMail credits a month.").arg(low, high);
    }
    if (!message.isEmpty()) {
        if (error)
            *error = message;
        return false;
    }
    Transaction tx(store.database());
    if (!tx.started(error))
        return false;
    const bool saved =
        store.setValue(planKey, InMailPlan::name(plan.kind), error) &&
        store.setValue(customKey, QString::number(plan.monthlyCredits), error) &&
        store.setValue(startKey, planStart.isValid() ? DateText::isoDate(planStart) : QString(),
                       error) &&
        store.setValue(noteKey, QString::number(invitationNoteLimit), error) &&
        store.setValue(lastNKey, QString::number(acceptanceLastN), error) &&
        store.setValue(thresholdKey, QString::number(acceptanceThreshold), error) &&
        store.setValue(myNameKey, myName.trimmed(), error);
    return saved && tx.commit(error);
}

} // namespace rapport
