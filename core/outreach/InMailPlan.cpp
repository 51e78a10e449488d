#include "outreach/InMailPlan.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

constexpr InMailPlan::Kind kinds[] = {InMailPlan::PremiumCareer, InMailPlan::PremiumBusiness,
                                      InMailPlan::SalesNavigator, InMailPlan::RecruiterLite,
                                      InMailPlan::Custom};

} // namespace

InMailPlan InMailPlan::of(Kind kind, int customCredits)
{
    InMailPlan plan;
    plan.kind = kind;
    plan.monthlyCredits = kind == Custom ? std::max(0, customCredits) : credits(kind);
    return plan;
}

QString InMailPlan::name(Kind kind)
{
    switch (kind) {
    case PremiumCareer:
        return u"premium-career"_s;
    case PremiumBusiness:
        return u"premium-business"_s;
    case SalesNavigator:
        return u"sales-navigator"_s;
    case RecruiterLite:
        return u"recruiter-lite"_s;
    case Custom:
        return u"custom"_s;
    }
    return {};
}

std::optional<InMailPlan::Kind> InMailPlan::fromName(const QString &text)
{
    for (Kind kind : kinds) {
        if (name(kind) == text)
            return kind;
    }
    return std::nullopt;
}

QStringList InMailPlan::names()
{
    QStringList list;
    for (Kind kind : kinds)
        list << name(kind);
    return list;
}

int InMailPlan::credits(Kind kind)
{
    switch (kind) {
    case PremiumCareer:
        return 5;
    case PremiumBusiness:
        return 15;
    case SalesNavigator:
        return 50;
    case RecruiterLite:
        return 30;
    case Custom:
        return 0;
    }
    return 0;
}

} // namespace rapport
