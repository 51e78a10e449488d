#include "OutreachCommand.h"

#include "CliSession.h"
#include "ContactResolver.h"
#include "ExitCode.h"
#include "OptionValues.h"
#include "OutreachText.h"
#include "domain/DateText.h"
#include "domain/Outreach.h"
#include "domain/OutreachFilter.h"
#include "outreach/InMailLedger.h"
#include "outreach/ReinviteRule.h"
#include "outreach/TemplateRenderer.h"
#include "outreach/TemplateValues.h"
#include "store/ContactStore.h"
#include "store/OutreachStore.h"
#include "store/TemplateStore.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// Like contacts list: more rows than this belong in a filter, not on a
// terminal or in one JSON document.
constexpr int maximumLimit = 10000;
constexpr int defaultLimit = 50;

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

} // namespace

OutreachCommand::OutreachCommand(CliSession &session)
    : m_session(session)
{}

QString OutreachCommand::synopsis(const QString &subcommand)
{
    const QString prefix = u"outreach "_s;
    if (subcommand == u"log"_s) {
        return prefix +
               tr("log CHANNEL CONTACT [--date DATE] [--subject S]\n"
                  "    [--body TEXT | --body-file F] [--template NAME] [--direction out|in]\n"
                  "    [--asked-negative yes|no] [--force]\n"
                  "    Records outreach you sent (out, the default) or received (in) and\n"
                  "    prints its id. An answer you received is attached to the latest\n"
                  "    message, InMail or e-mail you sent that person before it, however\n"
                  "    long before, and marks it replied if it had no outcome. --template\n"
                  "    records the template used and, with no --body, its text filled in\n"
                  "    for the contact. --body-file - reads standard input. --asked-negative\n"
                  "    (InMails you send): whether it asks for a \"not interested\" answer;\n"
                  "    by default Rapport reads the text. An invitation within three weeks\n"
                  "    of withdrawing one to the same person is refused (LinkedIn blocks\n"
                  "    it); --force logs it all the same.\n"
                  "    CHANNEL: %1")
                   .arg(Outreach::channels().join(u", "_s));
    }
    if (subcommand == u"outcome"_s) {
        const QStringList outcomes = Outreach::outcomes() << u"none"_s;
        return prefix + tr("outcome OUTREACH_ID OUTCOME [--date DATE]\n"
                           "    Says how it went, on DATE (default now); none clears it.\n"
                           "    OUTCOME: %1,\n"
                           "             %2")
                            .arg(outcomes.mid(0, 4).join(u", "_s), outcomes.mid(4).join(u", "_s));
    }
    if (subcommand == u"list"_s) {
        return prefix +
               tr("list [--contact CONTACT] [--channel CHANNEL] [--since DATE]\n"
                  "    [--limit N]\n"
                  "    Newest first: id, date, channel, direction, contact, outcome, and the\n"
                  "    subject or first line. N: 1 to %1, default %2.")
                   .arg(maximumLimit)
                   .arg(defaultLimit);
    }
    return {};
}

QString OutreachCommand::usage(const QString &subcommand)
{
    return CliSession::usage(synopsis(subcommand));
}

QString OutreachCommand::synopsis()
{
    return synopsis(u"log"_s) + u'\n' + synopsis(u"outcome"_s) + u'\n' + synopsis(u"list"_s) +
           u'\n' +
           tr("    log and outcome take DATE as that day at 12:00 local time (now, for\n"
              "    today before noon), default now, and refuse dates in the future.");
}

int OutreachCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QString usageText = CliSession::usage(tr("outreach COMMAND\n\n%1").arg(synopsis()));
    if (const auto stop = m_session.parse(parser, u"outreach"_s, args, usageText))
        return *stop;
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty())
        return m_session.usageError(tr("outreach: say what to do: log, outcome or list."),
                                    usageText);
    const QString subcommand = words.first();
    const QStringList rest = words.mid(1);
    if (subcommand == u"log"_s)
        return log(rest);
    if (subcommand == u"outcome"_s)
        return outcome(rest);
    if (subcommand == u"list"_s)
        return list(rest);
    return m_session.usageError(
        tr("outreach: there is no command \"%1\". Use log, outcome or list.").arg(subcommand),
        usageText);
}

int OutreachCommand::log(const QStringList &args)
{
    const QString usageText = usage(u"log"_s);
    QCommandLineParser parser;
    parser.addOptions({
        {u"date"_s, tr("The day it happened (default now)."), tr("DATE")},
        {u"subject"_s, tr("The subject (InMails and e-mails)."), tr("S")},
        {u"body"_s, tr("The text."), tr("TEXT")},
        {u"body-file"_s, tr("Read the text from a UTF-8 file (- for standard input)."), tr("F")},
        {u"template"_s, tr("The template it started from."), tr("NAME")},
        {u"direction"_s, tr("out (you sent it, the default) or in (you received it)."),
         tr("out|in")},
        {u"asked-negative"_s, tr("Whether an InMail asks for a \"not interested\" answer."),
         tr("yes|no")},
        {u"force"_s, tr("Log an invitation even within three weeks of a withdrawal.")},
    });
    if (const auto stop = m_session.parse(parser, u"outreach log"_s, args, usageText))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const QString channels = Outreach::channels().join(u", "_s);
    if (positional.isEmpty()) {
        return m_session.usageError(
            tr("outreach log: say which channel (%1) and with whom.").arg(channels), usageText);
    }
    Outreach o;
    o.channel = positional.first();
    if (!Outreach::channels().contains(o.channel)) {
        return m_session.usageError(
            tr("outreach log: \"%1\" is not a channel. Use one of: %2.").arg(o.channel, channels),
            usageText);
    }
    if (positional.size() != 2) {
        return m_session.usageError(
            positional.size() == 1
                ? tr("outreach log: say with whom (an id, a profile URL or a full name).")
                : tr("outreach log: give one contact, not %1 (quote a full name: \"Jane Doe\").")
                      .arg(positional.size() - 1),
            usageText);
    }
    o.direction = parser.isSet(u"direction"_s) ? parser.value(u"direction"_s) : u"out"_s;
    if (!Outreach::directions().contains(o.direction)) {
        return m_session.usageError(
            tr("outreach log: --direction: \"%1\" is not a direction. Use out (you sent it) or "
               "in (you received it).")
                .arg(o.direction),
            usageText);
    }
    if (parser.isSet(u"body"_s) && parser.isSet(u"body-file"_s)) {
        return m_session.usageError(
            tr("outreach log: give the text once, with --body or with --body-file."), usageText);
    }
    if (parser.isSet(u"asked-negative"_s)) {
        const QString asked = parser.value(u"asked-negative"_s);
        if (o.channel != u"inmail"_s || o.direction != u"out"_s) {
            return m_session.usageError(
                tr("outreach log: --asked-negative is only for InMails you send."), usageText);
        }
        if (asked != u"yes"_s && asked != u"no"_s) {
            return m_session.usageError(
                tr("outreach log: --asked-negative: \"%1\" is neither yes nor no.").arg(asked),
                usageText);
        }
        o.askedNegative = asked == u"yes"_s ? 1 : 0;
    }
    const QString templateName = parser.value(u"template"_s).trimmed();
    if (parser.isSet(u"template"_s) && templateName.isEmpty()) {
        return m_session.usageError(
            tr("outreach log: --template needs the name of a template, as the window lists it."),
            usageText);
    }
    QDate day;
    QString error;
    if (parser.isSet(u"date"_s) &&
        !OptionValues::date(u"--date"_s, parser.value(u"date"_s), &day, &error)) {
        return m_session.usageError(tr("outreach log: %1").arg(error), usageText);
    }
    if (day.isValid() && day > QDate::currentDate()) {
        return m_session.failure(tr("The date %1 is in the future. Log outreach once it has "
                                    "happened.")
                                     .arg(DateText::isoDate(day)));
    }
    o.happenedAt = OutreachText::momentOf(day);
    o.subject = parser.value(u"subject"_s);
    const bool hasBody = parser.isSet(u"body"_s) || parser.isSet(u"body-file"_s);
    if (parser.isSet(u"body-file"_s)) {
        if (!OutreachText::readBodyFile(parser.value(u"body-file"_s), &o.body, &error))
            return m_session.failure(error);
    } else {
        o.body = parser.value(u"body"_s);
    }

    Database *database = m_session.database();
    if (!database)
        return ExitFailure;
    const ContactStore contacts(*database);
    const std::optional<Contact> contact =
        ContactResolver(contacts).resolve(positional.at(1), &error);
    if (!contact)
        return m_session.failure(error);
    o.contactId = contact->id;
    QStringList missing;
    if (!templateName.isEmpty()) {
        const TemplateStore templates(*database);
        const std::optional<MessageTemplate> found = templates.find(templateName);
        if (!found) {
            QStringList names;
            for (const MessageTemplate &t : templates.all())
                names << u'"' + t.name + u'"';
            return m_session.failure(
                names.isEmpty()
                    ? tr("There is no template \"%1\", and no templates at all.").arg(templateName)
                    : tr("There is no template \"%1\". The templates are: %2.")
                          .arg(templateName, names.join(u", "_s)));
        }
        o.templateName = found->name;
        // The compose window's values: the same template reads the same.
        const QHash<QString, QString> values = TemplateValues::forContact(*database, *contact);
        const auto fill = [&values, &missing](const QString &text) {
            const TemplateRenderer::Rendered rendered = TemplateRenderer::render(text, values);
            for (const QString &name : rendered.missing) {
                if (!missing.contains(name))
                    missing << name;
            }
            return OutreachText::withoutTrailingSpace(rendered.text);
        };
        if (!parser.isSet(u"subject"_s) && !found->subject.isEmpty())
            o.subject = fill(found->subject);
        if (!hasBody)
            o.body = fill(found->body);
        if (found->channel != o.channel) {
            m_session.output().error(
                tr("Note: \"%1\" is a template for the %2 channel; logged as %3 all the same.")
                    .arg(found->name, found->channel, o.channel));
        }
    }
    OutreachStore store(*database);
    // LinkedIn blocks inviting someone again within three weeks of a
    // withdrawal: refused unless the user says it happened all the same.
    if (o.channel == u"invitation"_s && o.direction == u"out"_s) {
        const QDate on = day.isValid() ? day : QDate::currentDate();
        if (const auto block = ReinviteRule::check(store, o.contactId, on)) {
            const QString why = ReinviteRule::explain(*block, contact->fullName());
            if (!parser.isSet(u"force"_s))
                return m_session.failure(
                    tr("%1 Nothing was logged; if it went out all the same, log it with --force.")
                        .arg(why));
            m_session.output().error(tr("Note: %1 Logged all the same (--force).").arg(why));
        }
    }
    // A reply dated by the day only comes after what was sent to the person
    // earlier that day, so it can answer it.
    if (o.direction == u"in"_s && day.isValid()) {
        OutreachFilter sameDay;
        sameDay.contactId = o.contactId;
        sameDay.direction = u"out"_s;
        sameDay.since = day;
        sameDay.until = day;
        const QList<Outreach> sent = store.list(sameDay, 1);
        if (!sent.isEmpty() && sent.first().happenedAt >= o.happenedAt)
            o.happenedAt =
                qMin(sent.first().happenedAt.addSecs(1), QDateTime::currentDateTimeUtc());
    }
    if (!store.add(o, &error))
        return m_session.failure(error);

    if (m_session.json())
        m_session.output().printJson(OutreachText::outreachJson(o, contact->fullName()));
    else
        m_session.output().print(QString::number(o.id));

    // The signature is the user's own name, not the contact's.
    if (missing.removeAll(u"my_name"_s) > 0) {
        m_session.output().error(tr("Note: your name is not set (Edit ▸ Preferences in the "
                                    "window), so the template's {my_name} was left out."));
    }
    if (!missing.isEmpty()) {
        QStringList braced;
        for (const QString &name : std::as_const(missing))
            braced << u'{' + name + u'}';
        const QString fields = missing.join(u", "_s).replace(u'_', u' ');
        m_session.output().error(
            missing.size() == 1
                ? tr("Note: Rapport knows no %1 for %2, so the template's %3 was left out of "
                     "the text.")
                      .arg(fields, contact->fullName(), braced.first())
                : tr("Note: Rapport knows none of %1 for %2, so the template's %3 were left out "
                     "of the text.")
                      .arg(fields, contact->fullName(), braced.join(u", "_s)));
    }
    if (o.direction == u"in"_s) {
        const std::optional<Outreach> answered =
            o.replyTo > 0 ? store.get(o.replyTo) : std::nullopt;
        // Marked by this reply, not by hand or by an earlier one.
        if (answered) {
            const bool marked =
                answered->outcome == u"replied"_s &&
                OutreachText::utcTime(answered->outcomeAt) == OutreachText::utcTime(o.happenedAt);
            m_session.output().error(
                marked ? tr("It answers #%1, the %2 of %3, now marked replied.")
                             .arg(answered->id)
                             .arg(OutreachText::channelWords(answered->channel),
                                  OutreachText::localDay(answered->happenedAt))
                       : tr("It answers #%1, the %2 of %3, whose outcome stays %4.")
                             .arg(answered->id)
                             .arg(OutreachText::channelWords(answered->channel),
                                  OutreachText::localDay(answered->happenedAt),
                                  answered->outcome.isEmpty() ? tr("none") : answered->outcome));
            // A late answer to an InMail: a response all the same, but its
            // credit is not returned (days in the user's calendar).
            const qint64 answerDay =
                answered->happenedAt.toLocalTime().date().daysTo(o.happenedAt.toLocalTime().date());
            if (answered->channel == u"inmail"_s && answerDay > InMailLedger::AnswerWindowDays) {
                m_session.output().error(
                    tr("It came on day %1 after the InMail: it counts as a response, but only an "
                       "answer within %2 days returns the credit, so that one stays spent.")
                        .arg(answerDay)
                        .arg(InMailLedger::AnswerWindowDays));
            }
        } else if (o.channel != u"invitation"_s && o.channel != u"call"_s) {
            m_session.output().error(tr("It answers nothing logged: no message, InMail or e-mail "
                                        "was sent to %1 before it.")
                                         .arg(contact->fullName()));
        }
    }
    return ExitSuccess;
}

int OutreachCommand::outcome(const QStringList &args)
{
    const QString usageText = usage(u"outcome"_s);
    QCommandLineParser parser;
    parser.addOption({u"date"_s, tr("The day it came (default now)."), tr("DATE")});
    if (const auto stop = m_session.parse(parser, u"outreach outcome"_s, args, usageText))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const QString outcomes = Outreach::outcomes().join(u", "_s);
    if (positional.size() != 2) {
        return m_session.usageError(
            positional.isEmpty()
                ? tr("outreach outcome: say which outreach (its id) and how it went (%1, or none).")
                      .arg(outcomes)
            : positional.size() == 1
                ? tr("outreach outcome: say how it went: %1, or none to clear it.").arg(outcomes)
                : tr("outreach outcome: unexpected \"%1\".").arg(positional.at(2)),
            usageText);
    }
    qint64 id = 0;
    if (!OutreachText::readId(positional.first(), &id)) {
        return m_session.usageError(
            tr("outreach outcome: \"%1\" is not an outreach id. \"rapport-cli outreach list\" "
               "shows them.")
                .arg(positional.first()),
            usageText);
    }
    const QString word = positional.at(1);
    const bool clearing = word == u"none"_s;
    if (!clearing && !Outreach::outcomes().contains(word)) {
        return m_session.usageError(
            tr("outreach outcome: \"%1\" is not an outcome. Use one of: %2, or none to clear it.")
                .arg(word, outcomes),
            usageText);
    }
    if (clearing && parser.isSet(u"date"_s)) {
        return m_session.usageError(
            tr("outreach outcome: none clears the outcome and its date; leave out --date."),
            usageText);
    }
    QDate day;
    QString error;
    if (parser.isSet(u"date"_s) &&
        !OptionValues::date(u"--date"_s, parser.value(u"date"_s), &day, &error)) {
        return m_session.usageError(tr("outreach outcome: %1").arg(error), usageText);
    }
    if (day.isValid() && day > QDate::currentDate()) {
        return m_session.failure(tr("The date %1 is in the future. Record the outcome once it "
                                    "has come.")
                                     .arg(DateText::isoDate(day)));
    }

    Database *database = m_session.database();
    if (!database)
        return ExitFailure;
    OutreachStore store(*database);
    const std::optional<Outreach> existing = store.get(id);
    if (!existing) {
        return m_session.failure(
            tr("There is no outreach #%1. \"rapport-cli outreach list\" shows the ids.").arg(id));
    }
    QDateTime at;
    if (!clearing) {
        const QDate sentDay = existing->happenedAt.toLocalTime().date();
        if (day.isValid() && day < sentDay) {
            return m_session.failure(
                tr("Outreach #%1 happened on %2; its outcome cannot come before, on %3.")
                    .arg(id)
                    .arg(DateText::isoDate(sentDay), DateText::isoDate(day)));
        }
        // The same day as the outreach, but noon is before it: just after it.
        at = qMax(OutreachText::momentOf(day), existing->happenedAt);
    }
    if (!store.setOutcome(id, clearing ? QString() : word, at, &error))
        return m_session.failure(error);
    const Outreach updated = store.get(id).value_or(*existing);
    const std::optional<Contact> contact = ContactStore(*database).get(updated.contactId);
    const QString name = contact ? contact->fullName() : QString();
    if (m_session.json()) {
        m_session.output().printJson(OutreachText::outreachJson(updated, name));
        return ExitSuccess;
    }
    const QString what = (updated.direction == u"in"_s ? tr("#%1, the %2 from %3 of %4")
                                                       : tr("#%1, the %2 to %3 of %4"))
                             .arg(id)
                             .arg(OutreachText::channelWords(updated.channel), name,
                                  OutreachText::localDay(updated.happenedAt));
    m_session.output().print(
        clearing ? tr("%1: outcome cleared.").arg(what)
                 : tr("%1: %2 on %3.")
                       .arg(what, updated.outcome, OutreachText::localDay(updated.outcomeAt)));
    return ExitSuccess;
}

int OutreachCommand::list(const QStringList &args)
{
    const QString usageText = usage(u"list"_s);
    QCommandLineParser parser;
    parser.addOptions({
        {u"contact"_s, tr("Only outreach with this contact."), tr("CONTACT")},
        {u"channel"_s, tr("Only this channel."), tr("CHANNEL")},
        {u"since"_s, tr("Only outreach on or after this day."), tr("DATE")},
        {u"limit"_s, tr("How many."), tr("N")},
    });
    if (const auto stop = m_session.parse(parser, u"outreach list"_s, args, usageText))
        return *stop;
    if (!parser.positionalArguments().isEmpty()) {
        return m_session.usageError(tr("outreach list: unexpected \"%1\". Give a contact with "
                                       "--contact.")
                                        .arg(parser.positionalArguments().first()),
                                    usageText);
    }
    OutreachFilter filter;
    if (parser.isSet(u"channel"_s)) {
        filter.channel = parser.value(u"channel"_s);
        if (!Outreach::channels().contains(filter.channel)) {
            return m_session.usageError(
                tr("outreach list: --channel: \"%1\" is not a channel. Use one of: %2.")
                    .arg(filter.channel, Outreach::channels().join(u", "_s)),
                usageText);
        }
    }
    QString error;
    QDate since;
    if (parser.isSet(u"since"_s) &&
        !OptionValues::date(u"--since"_s, parser.value(u"since"_s), &since, &error)) {
        return m_session.usageError(tr("outreach list: %1").arg(error), usageText);
    }
    // The store filters by the UTC day; the local day, which the list shows,
    // starts at most a day before that.
    if (since.isValid())
        filter.since = since.addDays(-1);
    int limit = defaultLimit;
    if (parser.isSet(u"limit"_s) && !OptionValues::count(u"--limit"_s, parser.value(u"limit"_s),
                                                         maximumLimit, &limit, &error)) {
        return m_session.usageError(tr("outreach list: %1").arg(error), usageText);
    }
    const QString who = parser.value(u"contact"_s);
    if (parser.isSet(u"contact"_s) && isBlank(who)) {
        return m_session.usageError(
            tr("outreach list: --contact needs a contact: an id, a profile URL or a full name."),
            usageText);
    }

    Database *database = m_session.database(CliSession::Access::Read);
    if (!database)
        return ExitFailure;
    const ContactStore contacts(*database);
    if (!who.isEmpty()) {
        const std::optional<Contact> contact = ContactResolver(contacts).resolve(who, &error);
        if (!contact)
            return m_session.failure(error);
        filter.contactId = contact->id;
    }
    // One row more than shown tells whether more follow. Newest first, so
    // the rows from the local day before --since come last.
    QList<Outreach> rows = OutreachStore(*database).list(filter, limit + 1);
    while (since.isValid() && !rows.isEmpty() &&
           rows.last().happenedAt.toLocalTime().date() < since)
        rows.removeLast();
    const bool more = rows.size() > limit;
    if (more)
        rows.resize(limit);
    QHash<qint64, QString> names;
    for (const Outreach &o : std::as_const(rows)) {
        if (!names.contains(o.contactId)) {
            const std::optional<Contact> contact = contacts.get(o.contactId);
            names.insert(o.contactId, contact ? contact->fullName() : QString());
        }
    }

    if (m_session.json()) {
        QJsonArray array;
        for (const Outreach &o : std::as_const(rows))
            array.append(OutreachText::outreachJson(o, names.value(o.contactId)));
        m_session.output().printJson(QJsonObject{{u"outreach"_s, array}, {u"more"_s, more}});
        return ExitSuccess;
    }
    if (rows.isEmpty()) {
        const bool filtered =
            parser.isSet(u"contact"_s) || parser.isSet(u"channel"_s) || parser.isSet(u"since"_s);
        m_session.output().error(filtered ? tr("No outreach matches.")
                                          : tr("No outreach logged yet. Log some with "
                                               "\"rapport-cli outreach log\"."));
        return ExitSuccess;
    }

    // Columns: id, date, channel, direction, contact, outcome, subject or first line.
    constexpr int columnCount = 7;
    QList<QStringList> table{{tr("Id"), tr("Date"), tr("Channel"), tr("Dir"), tr("Contact"),
                              tr("Outcome"), tr("Subject or first line")}};
    for (const Outreach &o : std::as_const(rows)) {
        const QString direction =
            o.replyTo > 0 ? tr("%1 re #%2").arg(o.direction).arg(o.replyTo) : o.direction;
        table << QStringList{u"#"_s + QString::number(o.id),
                             OutreachText::localDay(o.happenedAt),
                             o.channel,
                             direction,
                             names.value(o.contactId),
                             o.outcome.isEmpty() ? u"-"_s : o.outcome,
                             OutreachText::summaryOf(o)};
    }
    qsizetype widths[columnCount] = {};
    for (const QStringList &cells : std::as_const(table)) {
        for (int i = 0; i < columnCount; ++i)
            widths[i] = qMax(widths[i], cells.at(i).size());
    }
    for (const QStringList &cells : std::as_const(table)) {
        QStringList padded;
        for (int i = 0; i < columnCount; ++i) {
            // The id is right-aligned; the last column needs no padding.
            if (i == 0)
                padded << cells.at(i).rightJustified(widths[i]);
            else if (i == columnCount - 1)
                padded << cells.at(i);
            else
                padded << cells.at(i).leftJustified(widths[i]);
        }
        QString line = padded.join(u"  "_s);
        while (line.endsWith(u' '))
            line.chop(1);
        m_session.output().print(line);
    }
    if (more) {
        m_session.output().error(
            tr("Showing the newest %1; use --limit or --since to see more.").arg(limit));
    }
    return ExitSuccess;
}

} // namespace rapport
