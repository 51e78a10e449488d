#include "StatsCommand.h"

#include "CliSession.h"
#include "ExitCode.h"
#include "InsightStats.h"
#include "OptionValues.h"
#include "domain/DateText.h"
#include "outreach/OutreachNumbers.h"
#include "store/ContactStore.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

const QStringList availableSections = {u"inmail"_s,  u"invitations"_s, u"ratio"_s, u"content"_s,
                                       u"network"_s, u"tiers"_s,       u"funnel"_s};
// stats funnel --months: the Insights page shows 12; ten years at most.
constexpr int defaultFunnelMonths = 12;
constexpr int maxFunnelMonths = 120;

QJsonValue orNull(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// "33.3 %": one decimal, the way the window shows rates; "—" with nothing
// to divide by (null in JSON).
QString percent(const std::optional<double> &fraction)
{
    return fraction ? QString::number(*fraction * 100.0, 'f', 1) + u" %"_s : u"\u2014"_s;
}

QJsonObject responseJson(int sent, int answered, const std::optional<double> &rate)
{
    return QJsonObject{
        {u"sent"_s, sent}, {u"answered"_s, answered}, {u"response_rate"_s, orNull(rate)}};
}

QJsonObject windowJson(int sent, int accepted, int decided, const std::optional<double> &rate)
{
    return QJsonObject{{u"sent"_s, sent},
                       {u"accepted"_s, accepted},
                       {u"decided"_s, decided},
                       {u"acceptance_rate"_s, orNull(rate)}};
}

// "40.0 % accepted (4 of 10 decided; 12 sent)" for one window.
QString windowWords(int sent, int accepted, int decided, const std::optional<double> &rate)
{
    if (sent == 0)
        return StatsCommand::tr("none sent.");
    if (!rate)
        return StatsCommand::tr("none decided yet (%1 sent).").arg(sent);
    return StatsCommand::tr("%1 accepted (%2 of %3 decided; %4 sent).")
        .arg(percent(rate))
        .arg(accepted)
        .arg(decided)
        .arg(sent);
}

// A sentence wrapped for --help: lines of at most 78 characters, each
// indented by four spaces.
QString indented(const QString &sentence)
{
    QStringList lines;
    QString line;
    for (const QString &word : sentence.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && 4 + line.size() + 1 + word.size() > 78) {
            lines << u"    "_s + line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : u" "_s) + word;
    }
    if (!line.isEmpty())
        lines << u"    "_s + line;
    return lines.join(u'\n');
}

// The name of each invitation's contact, asked once per contact.
QHash<qint64, QString> contactNames(const InvitationStats &stats, const ContactStore &contacts)
{
    QHash<qint64, QString> names;
    for (const InvitationRecord &inv : stats.pending) {
        if (!names.contains(inv.contactId)) {
            const std::optional<Contact> contact = contacts.get(inv.contactId);
            names.insert(inv.contactId, contact ? contact->fullName() : QString());
        }
    }
    return names;
}

} // namespace

StatsCommand::StatsCommand(CliSession &session)
    : m_session(session)
{}

QString StatsCommand::synopsis()
{
    return tr("stats [inmail|invitations|ratio|content|network|tiers]\n"
              "stats funnel [--months N]\n"
              "    inmail: credits available, held (by InMails awaiting an answer), spent,\n"
              "    returned, expired and over budget under the plan; InMails sent,\n"
              "    answered and awaiting an answer (sent in the last 90 days, none yet),\n"
              "    and the response rate (answered / sent) with and without asking for a\n"
              "    \"not interested\" answer. Any answer counts as a response whenever it\n"
              "    comes; it returns the credit only within 90 days of sending.\n"
              "    invitations: acceptance (accepted / decided) over the last N\n"
              "    invitations and over the last 30 days, the warning when it is low,\n"
              "    pending invitations with their age, and the ones to withdraw.\n"
              "%1\n"
              "    Days are calendar days in your time zone.\n")
               .arg(indented(InvitationStats::decidedRule())) +
           tr("    ratio: true followers (displayed followers - connections) over\n"
              "    connections from the latest weekly numbers (snapshot add), against the\n"
              "    typical 5-10 %, and the first week's figures to compare with.\n"
              "    tiers: contacts per engagement tier, active and lapsed.\n"
              "    content: posts versus articles, views and engagement rate per piece\n"
              "    and per kind (total engagements / total views).\n"
              "    network: connections by industry (yours, related, outside), location\n"
              "    and company, and how many were never interacted with or not for six\n"
              "    months; the network score (0-100: size, relevance, engagement) with its\n"
              "    sums.\n"
              "    funnel: per month, the last N months (default 12, at most 120) through\n"
              "    this one: invitations sent, accepted and decided with the acceptance\n"
              "    rate, InMails sent and answered with the response rate, and followers\n"
              "    who became connections; then the total. \"\u2014\" (null in JSON):\n"
              "    nothing to divide by.\n"
              "    No section: inmail and invitations.");
}

int StatsCommand::run(const QStringList &args)
{
    const QString usageText = CliSession::usage(synopsis());
    QCommandLineParser parser;
    parser.addOption({u"months"_s, tr("funnel: how many months, this one included."), tr("N")});
    if (const auto stop = m_session.parse(parser, u"stats"_s, args, usageText))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        return m_session.usageError(tr("stats: give one section, not %1.").arg(positional.size()),
                                    usageText);
    }
    const QString section = positional.value(0);
    if (!section.isEmpty() && !availableSections.contains(section)) {
        return m_session.usageError(tr("stats: there is no section \"%1\". Use one of: %2.")
                                        .arg(section, availableSections.join(u", "_s)),
                                    usageText);
    }

    int funnelMonths = defaultFunnelMonths;
    if (parser.isSet(u"months"_s)) {
        QString error;
        if (section != u"funnel"_s) {
            return m_session.usageError(tr("stats: --months applies to the funnel only."),
                                        usageText);
        }
        if (!OptionValues::count(u"--months"_s, parser.value(u"months"_s), maxFunnelMonths,
                                 &funnelMonths, &error))
            return m_session.usageError(tr("stats funnel: %1").arg(error), usageText);
    }
    Database *database = m_session.database(CliSession::Access::Read);
    if (!database)
        return ExitFailure;
    InsightStats insights(m_session, *database);
    if (section == u"funnel"_s)
        return insights.funnel(funnelMonths);
    if (section == u"ratio"_s)
        return insights.ratio();
    if (section == u"tiers"_s)
        return insights.tiers();
    if (section == u"content"_s)
        return insights.content();
    if (section == u"network"_s)
        return insights.network();
    const OutreachNumbers numbers = OutreachNumbers::compute(*database, QDate::currentDate());
    const ContactStore contacts(*database);
    const bool inmail = section.isEmpty() || section == u"inmail"_s;
    const bool invitations = section.isEmpty() || section == u"invitations"_s;
    if (m_session.json()) {
        QJsonObject object;
        if (inmail)
            object.insert(u"inmail"_s, inmailJson(numbers.settings, numbers.inmail));
        if (invitations)
            object.insert(u"invitations"_s, invitationsJson(numbers.invitations, contacts));
        m_session.output().printJson(object);
        return ExitSuccess;
    }
    if (inmail)
        printInmail(numbers.settings, numbers.inmail);
    if (inmail && invitations)
        m_session.output().print(QString());
    if (invitations)
        printInvitations(numbers.invitations, contacts);
    return ExitSuccess;
}

QJsonObject StatsCommand::inmailJson(const OutreachSettings &settings, const InMailLedger &ledger)
{
    return QJsonObject{
        {u"plan"_s, InMailPlan::name(settings.plan.kind)},
        {u"monthly_credits"_s, settings.plan.monthlyCredits},
        {u"plan_start"_s, settings.planStart.isValid()
                              ? QJsonValue(DateText::isoDate(settings.planStart))
                              : QJsonValue(QJsonValue::Null)},
        {u"granted"_s, ledger.granted},
        {u"available"_s, ledger.available},
        {u"credits_held"_s, ledger.creditsHeld},
        {u"spent"_s, ledger.spent},
        {u"returned"_s, ledger.returned},
        {u"expired"_s, ledger.expired},
        {u"over_budget"_s, ledger.overBudget},
        {u"sent"_s, ledger.sent},
        {u"answered"_s, ledger.answered},
        {u"awaiting_answer"_s, ledger.awaitingAnswer},
        {u"response_rate"_s, orNull(ledger.responseRate)},
        {u"asked_negative"_s, responseJson(ledger.askedNegativeSent, ledger.askedNegativeAnswered,
                                           ledger.askedNegativeRate)},
        {u"not_asked"_s,
         responseJson(ledger.notAskedSent, ledger.notAskedAnswered, ledger.notAskedRate)},
    };
}

QJsonObject StatsCommand::invitationsJson(const InvitationStats &stats,
                                          const ContactStore &contacts)
{
    const QHash<qint64, QString> names = contactNames(stats, contacts);
    const auto rows = [&stats, &names](const QList<InvitationRecord> &records) {
        QJsonArray array;
        for (const InvitationRecord &inv : records) {
            array.append(QJsonObject{
                {u"id"_s, inv.id},
                {u"contact_id"_s, inv.contactId},
                {u"contact_name"_s, names.value(inv.contactId)},
                {u"sent"_s, DateText::isoDate(inv.sent)},
                {u"age_days"_s, stats.ageDays(inv)},
            });
        }
        return array;
    };
    QJsonObject lastN =
        windowJson(stats.lastNSent, stats.lastNAccepted, stats.lastNDecided, stats.lastNRate);
    lastN.insert(u"n"_s, stats.lastN);
    QJsonObject recent =
        windowJson(stats.recentSent, stats.recentAccepted, stats.recentDecided, stats.recentRate);
    recent.insert(u"days"_s, InvitationStats::RecentDays);
    return QJsonObject{
        {u"last_n"_s, lastN},
        {u"last_30_days"_s, recent},
        {u"threshold"_s, stats.threshold},
        {u"warning"_s, stats.warning},
        {u"summary"_s, stats.summary()},
        {u"pending"_s, rows(stats.pending)},
        {u"withdraw_suggestions"_s, rows(stats.withdrawSuggestions)},
        {u"withdraw_reminder"_s, InvitationStats::withdrawReminder()},
    };
}

void StatsCommand::printInmail(const OutreachSettings &settings, const InMailLedger &ledger)
{
    CliOutput &out = m_session.output();
    const QString since = settings.planStart.isValid()
                              ? tr("since %1").arg(DateText::isoDate(settings.planStart))
                              : tr("counted from the month of the first InMail logged");
    out.print(tr("InMail: %1 plan, %2 credits a month, %3.")
                  .arg(InMailPlan::name(settings.plan.kind))
                  .arg(settings.plan.monthlyCredits)
                  .arg(since));
    out.print(tr("  Credits: %1 available, %2 held (by InMails awaiting an answer), %3 spent, "
                 "%4 returned, %5 expired, %6 over budget; %7 granted in all.")
                  .arg(ledger.available)
                  .arg(ledger.creditsHeld)
                  .arg(ledger.spent)
                  .arg(ledger.returned)
                  .arg(ledger.expired)
                  .arg(ledger.overBudget)
                  .arg(ledger.granted));
    if (ledger.sent == 0) {
        out.print(tr("  No InMails sent yet."));
        return;
    }
    out.print(tr("  InMails: %1 sent, %2 answered, %3 awaiting an answer; response rate %4.")
                  .arg(ledger.sent)
                  .arg(ledger.answered)
                  .arg(ledger.awaitingAnswer)
                  .arg(percent(ledger.responseRate)));
    out.print(tr("  Asking for a \"not interested\" answer: %1 sent, %2 answered (%3). "
                 "Without: %4 sent, %5 answered (%6).")
                  .arg(ledger.askedNegativeSent)
                  .arg(ledger.askedNegativeAnswered)
                  .arg(percent(ledger.askedNegativeRate))
                  .arg(ledger.notAskedSent)
                  .arg(ledger.notAskedAnswered)
                  .arg(percent(ledger.notAskedRate)));
}

void StatsCommand::printInvitations(const InvitationStats &stats, const ContactStore &contacts)
{
    CliOutput &out = m_session.output();
    const QString summary = stats.summary();
    out.print(stats.warning ? tr("Invitations: warning: %1").arg(summary)
                            : tr("Invitations: %1").arg(summary));
    if (stats.lastNSent == 0 && stats.pending.isEmpty())
        return;
    out.print(u"  "_s + InvitationStats::decidedRule());
    out.print(tr("  Over the %1: %2")
                  .arg(InvitationStats::lastNWindow(stats.lastN))
                  .arg(windowWords(stats.lastNSent, stats.lastNAccepted, stats.lastNDecided,
                                   stats.lastNRate)));
    out.print(tr("  Over the %1: %2")
                  .arg(InvitationStats::recentWindow())
                  .arg(windowWords(stats.recentSent, stats.recentAccepted, stats.recentDecided,
                                   stats.recentRate)));
    if (stats.pending.isEmpty()) {
        out.print(tr("  No invitations pending."));
        return;
    }
    const QHash<qint64, QString> names = contactNames(stats, contacts);
    out.print(tr("  Pending (%1), oldest first:").arg(stats.pending.size()));
    qsizetype idWidth = 0;
    qsizetype nameWidth = 0;
    for (const InvitationRecord &inv : stats.pending) {
        idWidth = qMax(idWidth, QString::number(inv.id).size() + 1);
        nameWidth = qMax(nameWidth, names.value(inv.contactId).size());
    }
    for (const InvitationRecord &inv : stats.pending) {
        const int age = stats.ageDays(inv);
        QString line = tr("    %1  %2  sent %3, %4")
                           .arg((u"#"_s + QString::number(inv.id)).rightJustified(idWidth),
                                names.value(inv.contactId).leftJustified(nameWidth),
                                DateText::isoDate(inv.sent),
                                age == 0   ? tr("today")
                                : age == 1 ? tr("1 day ago")
                                           : tr("%1 days ago").arg(age));
        if (age > InvitationStats::UndecidedDays)
            line += tr(" (withdraw?)");
        out.print(line);
    }
    if (!stats.withdrawSuggestions.isEmpty()) {
        out.print(tr("  %1 pending for more than three weeks: worth withdrawing. %2")
                      .arg(stats.withdrawSuggestions.size() == 1
                               ? tr("1 invitation")
                               : tr("%1 invitations").arg(stats.withdrawSuggestions.size()),
                           InvitationStats::withdrawReminder()));
    }
}

} // namespace rapport
