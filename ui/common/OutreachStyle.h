#pragma once

// How outreach reads in the window: the translated words for channels,
// directions, outcomes and InMail plans, the outcomes that fit a channel,
// rates as "40.0 %", and the warning tone, shared by the Outreach page,
// its numbers panel and the compose dialog.

#include "outreach/InMailPlan.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

class QPalette;

namespace rapport {

class OutreachStyle
{
    Q_DECLARE_TR_FUNCTIONS(OutreachStyle)

public:
    // "Message", "InMail", "Invitation", "E-mail", "Call".
    static QString channelLabel(const QString &channel);
    // The channel inside a sentence: "message", "InMail", "invitation", ...
    static QString channelNoun(const QString &channel);
    // "↗ Sent" or "↙ Received": the arrow never stands alone.
    static QString directionLabel(const QString &direction);
    // "Replied", "Not interested", "“I don't know”", ...; "No outcome yet" for "".
    static QString outcomeLabel(const QString &outcome);
    // The outcomes worth offering for a channel, most likely first: an
    // invitation is accepted or declined, a message replied to.
    static QStringList outcomesFor(const QString &channel);
    // "Premium Business", "Sales Navigator", "Custom plan", ...
    static QString planLabel(InMailPlan::Kind kind);
    // "40.0 %"; "—" when there is nothing to divide.
    static QString formatRate(std::optional<double> rate);
    // An amber that reads on the palette's window colour, light or dark;
    // always shown with a warning icon or word beside it.
    static QColor warningColor(const QPalette &palette);
};

} // namespace rapport
