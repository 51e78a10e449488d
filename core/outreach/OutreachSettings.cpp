#include "outreach/OutreachSettings.h"

#include "db/Transaction.h"
#include "domain/DateText.h"
#include "store/SettingStore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

const QString planKey = u"inmail_plan"_s;
const QString customKey = u"inmail_custom_credits"_s;
const QString startKey = u"inmail_plan_start"_s;
const QString noteKey = u"invitation_note_limit"_s;
const QString lastNKey = u"acceptance_last_n"_s;
const QString thresholdKey = u"acceptance_threshold"_s;
const QString myNameKey = u"my_name"_s;

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
    if (invitationNoteLimit < 1 || invitationNoteLimit > 300)
        message = tr("The invitation note limit must be between 1 and 300 characters.");
    else if (acceptanceLastN < 5 || acceptanceLastN > 500)
        message = tr("The acceptance rate needs between 5 and 500 recent invitations.");
    else if (acceptanceThreshold < 0 || acceptanceThreshold > 1)
        message = tr("The acceptance warning threshold must be between 0 % and 100 %.");
    else if (plan.kind == InMailPlan::Custom &&
             (plan.monthlyCredits < 0 || plan.monthlyCredits > 1000))
        message = tr("A custom plan grants between 0 and 1,000 InMail credits a month.");
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
