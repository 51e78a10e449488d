#pragma once

// The LinkedIn plan that grants InMail credits, and how many it grants each
// month: Premium Career 5, Premium Business 15, Sales Navigator 50,
// Recruiter Lite 30, or a custom number.

#include <QString>
#include <QStringList>
#include <optional>

namespace rapport {

struct InMailPlan
{
    enum Kind { PremiumCareer, PremiumBusiness, SalesNavigator, RecruiterLite, Custom };

    Kind kind = PremiumCareer;
    int monthlyCredits = 5;

    // The plan with its standard monthly credits; customCredits is used only
    // for Custom (negative counts as 0).
    static InMailPlan of(Kind kind, int customCredits = 0);

    // The stable name kept in settings and used by the CLI:
    // premium-career, premium-business, sales-navigator, recruiter-lite, custom.
    static QString name(Kind kind);
    static std::optional<Kind> fromName(const QString &name);
    static QStringList names();
    // Standard monthly credits of a plan; 0 for Custom, whose number the user sets.
    static int credits(Kind kind);
};

} // namespace rapport
