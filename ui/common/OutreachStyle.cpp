#include "common/OutreachStyle.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace rapport {

QString OutreachStyle::channelLabel(const QString &channel)
{
    if (channel == u"message"_s)
        return tr("Message");
    if (channel == u"inmail"_s)
        return tr("InMail");
    if (channel == u"invitation"_s)
        return tr("Invitation");
    if (channel == u"email"_s)
        return tr("E-mail");
    if (channel == u"call"_s)
        return tr("Call");
    return channel;
}

QString OutreachStyle::channelNoun(const QString &channel)
{
    if (channel == u"message"_s)
        return tr("message");
    if (channel == u"inmail"_s)
        return tr("InMail");
    if (channel == u"invitation"_s)
        return tr("invitation");
    if (channel == u"email"_s)
        return tr("e-mail");
    if (channel == u"call"_s)
        return tr("call");
    return channel;
}

QString OutreachStyle::directionLabel(const QString &direction)
{
    if (direction == u"out"_s)
        return tr("↗ Sent");
    if (direction == u"in"_s)
        return tr("↙ Received");
    return direction;
}

QString OutreachStyle::outcomeLabel(const QString &outcome)
{
    if (outcome.isEmpty())
        return tr("No outcome yet");
    if (outcome == u"replied"_s)
        return tr("Replied");
    if (outcome == u"not-interested"_s)
        return tr("Not interested");
    if (outcome == u"accepted"_s)
        return tr("Accepted");
    if (outcome == u"declined"_s)
        return tr("Declined");
    if (outcome == u"ignored"_s)
        return tr("Ignored");
    if (outcome == u"dont-know"_s)
        return tr("“I don't know”");
    if (outcome == u"withdrawn"_s)
        return tr("Withdrawn");
    return outcome;
}

QStringList OutreachStyle::outcomesFor(const QString &channel)
{
    if (channel == u"invitation"_s)
        return {u"accepted"_s, u"declined"_s, u"ignored"_s, u"dont-know"_s, u"withdrawn"_s};
    if (channel == u"call"_s)
        return {u"replied"_s, u"not-interested"_s, u"declined"_s, u"ignored"_s};
    return {u"replied"_s, u"not-interested"_s, u"ignored"_s, u"declined"_s};
}

QString OutreachStyle::planLabel(InMailPlan::Kind kind)
{
    switch (kind) {
    case InMailPlan::PremiumCareer:
        return tr("Premium Career");
    case InMailPlan::PremiumBusiness:
        return tr("Premium Business");
    case InMailPlan::SalesNavigator:
        return tr("Sales Navigator");
    case InMailPlan::RecruiterLite:
        return tr("Recruiter Lite");
    case InMailPlan::Custom:
        return tr("Custom plan");
    }
    return {};
}

QString OutreachStyle::formatRate(std::optional<double> rate)
{
    if (!rate)
        return u"—"_s;
    return tr("%1 %").arg(QLocale().toString(*rate * 100.0, 'f', 1));
}

QColor OutreachStyle::warningColor(const QPalette &palette)
{
    // Dark amber on light windows, light amber on dark ones: both keep a
    // readable contrast with the text around them.
    if (palette.color(QPalette::Window).lightness() < 128)
        return QColor(0xff, 0xb7, 0x4d);
    return QColor(0x9a, 0x56, 0x00);
}

} // namespace rapport
