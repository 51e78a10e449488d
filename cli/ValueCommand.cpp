#include "ValueCommand.h"

#include "CliSession.h"
#include "ContactResolver.h"
#include "ExitCode.h"
#include "OptionValues.h"
#include "domain/DateText.h"
#include "domain/ValueGiven.h"
#include "store/ContactStore.h"
#include "store/ValueGivenStore.h"

#include <QCommandLineParser>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rapport {

ValueCommand::ValueCommand(CliSession &session)
    : m_session(session)
{}

QString ValueCommand::synopsis()
{
    return tr("value log CONTACT KIND [--date DATE] [--note TEXT]\n"
              "    Records value you offered the contact (default today) and prints its id.\n"
              "    KIND: %1")
        .arg(ValueGiven::kinds().join(u", "_s));
}

int ValueCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QString usageText = CliSession::usage(synopsis());
    if (const auto stop = m_session.parse(parser, u"value"_s, args, usageText))
        return *stop;
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty())
        return m_session.usageError(tr("value: say what to do: log."), usageText);
    if (words.first() != u"log"_s) {
        return m_session.usageError(
            tr("value: there is no command \"%1\". Use log.").arg(words.first()), usageText);
    }
    return log(words.mid(1));
}

int ValueCommand::log(const QStringList &args)
{
    const QString usageText = CliSession::usage(synopsis());
    QCommandLineParser parser;
    parser.addOptions({
        {u"date"_s, tr("The day you offered it (default today)."), tr("DATE")},
        {u"note"_s, tr("What it was."), tr("TEXT")},
    });
    if (const auto stop = m_session.parse(parser, u"value log"_s, args, usageText))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const QString kinds = ValueGiven::kinds().join(u", "_s);
    if (positional.size() != 2) {
        return m_session.usageError(
            positional.isEmpty()
                ? tr("value log: say to whom (an id, a profile URL or a full name) and what kind "
                     "of value (%1).")
                      .arg(kinds)
            : positional.size() == 1
                ? tr("value log: say what kind of value: %1.").arg(kinds)
                : tr("value log: unexpected \"%1\" (quote a full name: \"Jane Doe\").")
                      .arg(positional.at(2)),
            usageText);
    }
    ValueGiven value;
    value.kind = positional.at(1);
    if (!ValueGiven::kinds().contains(value.kind)) {
        return m_session.usageError(
            tr("value log: \"%1\" is not a kind of value. Use one of: %2.").arg(value.kind, kinds),
            usageText);
    }
    value.note = parser.value(u"note"_s);
    value.date = QDate::currentDate();
    QString error;
    if (parser.isSet(u"date"_s) &&
        !OptionValues::date(u"--date"_s, parser.value(u"date"_s), &value.date, &error)) {
        return m_session.usageError(tr("value log: %1").arg(error), usageText);
    }
    if (value.date > QDate::currentDate()) {
        return m_session.failure(tr("The date %1 is in the future. Log value once you have "
                                    "offered it.")
                                     .arg(DateText::isoDate(value.date)));
    }

    Database *database = m_session.database();
    if (!database)
        return ExitFailure;
    const ContactStore contacts(*database);
    const std::optional<Contact> contact =
        ContactResolver(contacts).resolve(positional.first(), &error);
    if (!contact)
        return m_session.failure(error);
    value.contactId = contact->id;
    if (!ValueGivenStore(*database).add(value, &error))
        return m_session.failure(error);
    if (m_session.json()) {
        m_session.output().printJson(QJsonObject{
            {u"id"_s, value.id},
            {u"contact_id"_s, value.contactId},
            {u"contact_name"_s, contact->fullName()},
            {u"kind"_s, value.kind},
            {u"date"_s, DateText::isoDate(value.date)},
            {u"note"_s, value.note},
        });
    } else {
        m_session.output().print(QString::number(value.id));
    }
    return ExitSuccess;
}

} // namespace rapport
