#include "EngageCommand.h"

#include "CliSession.h"
#include "ContactFormatter.h"
#include "ContactResolver.h"
#include "ContentCommand.h"
#include "ExitCode.h"
#include "OptionValues.h"
#include "domain/Engagement.h"
#include "store/ContactStore.h"
#include "store/ContentStore.h"
#include "store/EngagementStore.h"

#include <QCommandLineParser>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rapport {

EngageCommand::EngageCommand(CliSession &session)
    : m_session(session)
{}

QString EngageCommand::synopsis()
{
    return tr("engage KIND CONTACT [--on CONTENT] [--date DATE] [--note TEXT]\n"
              "    Logs what the contact did and prints their resulting tier.\n"
              "    KIND: %1\n"
              "    CONTENT: the post or article it was on, by id or URL.")
        .arg(EngagementKinds::names().join(u", "_s));
}

int EngageCommand::run(const QStringList &args)
{
    const QString usageText = CliSession::usage(synopsis());
    QCommandLineParser parser;
    parser.addOptions({
        {u"on"_s, tr("The post or article it was on."), tr("CONTENT")},
        {u"date"_s, tr("The day it happened (default today)."), tr("DATE")},
        {u"note"_s, tr("A note."), tr("TEXT")},
    });
    if (const auto stop = m_session.parse(parser, u"engage"_s, args, usageText))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        return m_session.usageError(tr("engage: say what happened (%1) and who did it.")
                                        .arg(EngagementKinds::names().join(u", "_s)),
                                    usageText);
    }
    const std::optional<EngagementKind> kind = EngagementKinds::fromName(positional.first());
    if (!kind) {
        return m_session.usageError(
            tr("engage: \"%1\" is not a kind of engagement. Use one of: "
               "%2.")
                .arg(positional.first(), EngagementKinds::names().join(u", "_s)),
            usageText);
    }
    if (positional.size() != 2) {
        return m_session.usageError(
            positional.size() == 1
                ? tr("engage: say who (an id, a profile URL or a full name).")
                : tr("engage: give one contact, not %1 (quote a full name: \"Jane Doe\").")
                      .arg(positional.size() - 1),
            usageText);
    }
    Engagement event;
    event.kind = *kind;
    event.note = parser.value(u"note"_s);
    QString error;
    if (parser.isSet(u"date"_s) &&
        !OptionValues::date(u"--date"_s, parser.value(u"date"_s), &event.date, &error)) {
        return m_session.usageError(tr("engage: %1").arg(error), usageText);
    }
    const QString on = parser.value(u"on"_s).trimmed();
    if (parser.isSet(u"on"_s) && on.isEmpty()) {
        return m_session.usageError(
            tr("engage: --on needs the post or article: its id or its URL."), usageText);
    }

    Database *database = m_session.database();
    if (!database)
        return ExitFailure;
    const ContactStore contacts(*database);
    const std::optional<Contact> contact =
        ContactResolver(contacts).resolve(positional.at(1), &error);
    if (!contact)
        return m_session.failure(error);
    std::optional<ContentPiece> piece;
    if (!on.isEmpty()) {
        piece = ContentCommand::resolve(ContentStore(*database), on, &error);
        if (!piece)
            return m_session.failure(error);
    }
    EngagementStore engagements(*database);
    event.contactId = contact->id;
    event.contentId = piece ? piece->id : 0;
    if (!event.date.isValid())
        event.date = engagements.today();
    if (!engagements.log(event, &error))
        return m_session.failure(error);

    const Tier tier = engagements.storedTier(contact->id);
    const QString date = event.date.toString(Qt::ISODate);
    if (m_session.json()) {
        m_session.output().printJson(QJsonObject{
            {u"id"_s, event.id},
            {u"contact_id"_s, contact->id},
            {u"kind"_s, EngagementKinds::name(event.kind)},
            {u"date"_s, date},
            {u"content_id"_s, piece ? QJsonValue(piece->id) : QJsonValue(QJsonValue::Null)},
            {u"note"_s, event.note},
            {u"tier"_s, tier.isNone() ? QJsonValue(QJsonValue::Null) : QJsonValue(tier.name())},
            {u"tier_lapsed"_s, tier.lapsed},
        });
        return ExitSuccess;
    }
    const QString what = EngagementKinds::name(event.kind);
    const QString logged = piece
                               ? tr("Logged %1 by %2 on %3 (on \"%4\").")
                                     .arg(what, contact->fullName(), date, piece->title)
                               : tr("Logged %1 by %2 on %3.").arg(what, contact->fullName(), date);
    const QString tierWords = tier.isNone() ? tr("none") : ContactFormatter::tierText(tier);
    m_session.output().print(tr("%1 Tier: %2.").arg(logged, tierWords));
    return ExitSuccess;
}

} // namespace rapport
