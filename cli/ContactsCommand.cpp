#include "ContactsCommand.h"

#include "CliSession.h"
#include "ContactFormatter.h"
#include "ContactResolver.h"
#include "ExitCode.h"
#include "ListOptions.h"
#include "OptionValues.h"
#include "db/Database.h"
#include "store/ContactRemoval.h"
#include "store/ContactStore.h"
#include "store/SearchText.h"

#include <QCommandLineParser>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// More rows than this belong in an export, not on a terminal or in one
// JSON document; --after pages through the rest.
constexpr int maximumLimit = 10000;
constexpr int defaultLimit = 50;

const QStringList textFields = {u"first"_s,    u"last"_s,     u"url"_s,
                                u"company"_s,  u"position"_s, u"industry"_s,
                                u"location"_s, u"email"_s,    u"notes"_s};

} // namespace

ContactsCommand::ContactsCommand(CliSession &session)
    : m_session(session)
{}

QString ContactsCommand::synopsis(const QString &subcommand)
{
    const QString prefix = u"contacts "_s;
    if (subcommand == u"add"_s) {
        return prefix +
               tr("add --first NAME [--last NAME] [--url URL]\n"
                  "    [--company C] [--position P] [--industry I] [--location L] [--email E]\n"
                  "    [--connected-on DATE] [--degree 1|2|3] [--follows-me] [--tag T]...\n"
                  "    [--notes TEXT]\n"
                  "    Prints the new contact's id.");
    }
    if (subcommand == u"edit"_s) {
        return prefix +
               tr("edit CONTACT [--first NAME] [--last NAME]\n"
                  "    [--url URL] [--company C] [--position P] [--industry I] [--location L]\n"
                  "    [--email E] [--connected-on DATE] [--degree 1|2|3]\n"
                  "    [--follows-me | --no-follows-me] [--tag T]... [--untag T]... [--notes "
                  "TEXT]\n"
                  "    Changes only the fields given; an empty value clears a field.");
    }
    if (subcommand == u"show"_s)
        return prefix + tr("show CONTACT");
    if (subcommand == u"list"_s) {
        return prefix +
               tr("list [--tier KIND] [--tag T] [--sort KEY] [--limit N]\n"
                  "    [--after CURSOR]\n"
                  "    Shows each contact's tier and the day they last engaged.\n"
                  "    KEY: %1\n"
                  "         (tier: best first, then lapsed, then never engaged; last-engaged:\n"
                  "         newest first; score: highest first; last-contacted is not yet\n"
                  "         available)\n"
                  "    KIND: %2\n"
                  "          (contacts whose tier is KIND now, not lapsed)\n"
                  "    N: 1 to %3, default %4. When more contacts follow, the last line on\n"
                  "    stderr is \"More: --after CURSOR\"; repeat the command with it.")
                   .arg(ListOptions::sortNames(QString(9, u' ')),
                        ListOptions::tierNames(QString(10, u' ')))
                   .arg(maximumLimit)
                   .arg(defaultLimit);
    }
    if (subcommand == u"search"_s) {
        return prefix +
               tr("search TEXT... [--limit N]\n"
                  "    Finds contacts whose names, company, position, location, notes or tags\n"
                  "    contain words starting with each word of TEXT, ignoring case and\n"
                  "    accents.");
    }
    if (subcommand == u"delete"_s)
        return prefix + tr("delete CONTACT");
    return {};
}

QString ContactsCommand::usage(const QString &subcommand)
{
    return CliSession::usage(synopsis(subcommand));
}

QString ContactsCommand::synopsis()
{
    QStringList lines;
    for (const QString &sub : {u"add"_s, u"edit"_s, u"show"_s, u"list"_s, u"search"_s, u"delete"_s})
        lines << synopsis(sub);
    return lines.join(u'\n');
}

QString ContactsCommand::argumentNote()
{
    return tr("CONTACT: a numeric id, a LinkedIn profile URL (any form) or the exact full name\n"
              "of one contact. DATE: YYYY-MM-DD.");
}

int ContactsCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QString usageText =
        CliSession::usage(tr("contacts COMMAND\n\n%1\n\n%2").arg(synopsis(), argumentNote()));
    if (const auto stop = m_session.parse(parser, u"contacts"_s, args, usageText))
        return *stop;
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty()) {
        return m_session.usageError(
            tr("contacts: say what to do: add, edit, show, list, search or delete."), usageText);
    }
    const QString subcommand = words.first();
    const QStringList rest = words.mid(1);
    if (subcommand == u"add"_s)
        return add(rest);
    if (subcommand == u"edit"_s)
        return edit(rest);
    if (subcommand == u"show"_s)
        return show(rest);
    if (subcommand == u"list"_s)
        return list(rest);
    if (subcommand == u"search"_s)
        return search(rest);
    if (subcommand == u"delete"_s)
        return remove(rest);
    return m_session.usageError(tr("contacts: there is no command \"%1\". Use add, edit, show, "
                                   "list, search or delete.")
                                    .arg(subcommand),
                                usageText);
}

void ContactsCommand::addFieldOptions(QCommandLineParser &parser, bool editing)
{
    parser.addOptions({
        {u"first"_s, tr("First name."), tr("NAME")},
        {u"last"_s, tr("Last name."), tr("NAME")},
        {u"url"_s, tr("LinkedIn profile URL."), tr("URL")},
        {u"company"_s, tr("Company."), tr("C")},
        {u"position"_s, tr("Position or headline."), tr("P")},
        {u"industry"_s, tr("Industry."), tr("I")},
        {u"location"_s, tr("Location."), tr("L")},
        {u"email"_s, tr("Email address."), tr("E")},
        {u"connected-on"_s, tr("Date you connected."), tr("DATE")},
        {u"degree"_s, tr("1, 2 or 3."), tr("DEGREE")},
        {u"follows-me"_s, tr("The contact follows you.")},
        {u"tag"_s, tr("Adds a tag."), tr("T")},
        {u"notes"_s, tr("Notes."), tr("TEXT")},
    });
    if (editing) {
        parser.addOptions({
            {u"no-follows-me"_s, tr("The contact does not follow you.")},
            {u"untag"_s, tr("Removes a tag."), tr("T")},
        });
    }
}

bool ContactsCommand::hasFieldOptions(const QCommandLineParser &parser)
{
    const QStringList others = {u"connected-on"_s,  u"degree"_s, u"follows-me"_s,
                                u"no-follows-me"_s, u"tag"_s,    u"untag"_s};
    for (const QString &name : textFields + others) {
        if (parser.isSet(name))
            return true;
    }
    return false;
}

bool ContactsCommand::readFields(const QCommandLineParser &parser, bool editing, Contact &c,
                                 QString *error)
{
    QString *const targets[] = {&c.firstName, &c.lastName, &c.profileUrl, &c.company, &c.position,
                                &c.industry,  &c.location, &c.email,      &c.notes};
    for (int i = 0; i < textFields.size(); ++i) {
        if (parser.isSet(textFields.at(i)))
            *targets[i] = parser.value(textFields.at(i));
    }
    if (parser.isSet(u"connected-on"_s)) {
        const QString value = parser.value(u"connected-on"_s);
        if (editing && value.isEmpty())
            c.connectedOn = QDate();
        else if (!OptionValues::date(u"--connected-on"_s, value, &c.connectedOn, error))
            return false;
    }
    if (parser.isSet(u"degree"_s)) {
        const QString value = parser.value(u"degree"_s);
        if (editing && value.isEmpty())
            c.degree = 0;
        else if (!OptionValues::degree(value, &c.degree, error))
            return false;
    }
    if (parser.isSet(u"follows-me"_s))
        c.followsMe = true;
    if (editing && parser.isSet(u"no-follows-me"_s)) {
        if (parser.isSet(u"follows-me"_s)) {
            *error = tr("--follows-me and --no-follows-me contradict each other; give one.");
            return false;
        }
        c.followsMe = false;
    }
    if (editing) {
        for (const QString &tag : parser.values(u"untag"_s)) {
            c.tags.removeIf([&tag](const QString &t) {
                return t.compare(tag.simplified(), Qt::CaseInsensitive) == 0;
            });
        }
    }
    c.tags += parser.values(u"tag"_s);
    return true;
}

std::optional<int> ContactsCommand::parseSingleContact(QCommandLineParser &parser,
                                                       const QString &subcommand,
                                                       const QStringList &args, QString *contact)
{
    const QString command = u"contacts "_s + subcommand;
    if (const auto stop = m_session.parse(parser, command, args, usage(subcommand)))
        return stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return m_session.usageError(
            positional.isEmpty()
                ? tr("%1: say which contact (an id, a profile URL or a full name).").arg(command)
                : tr("%1: give one contact, not %2 (quote a full name: \"Jane Doe\").")
                      .arg(command)
                      .arg(positional.size()),
            usage(subcommand));
    }
    *contact = positional.first();
    return std::nullopt;
}

int ContactsCommand::add(const QStringList &args)
{
    const QString usageText = usage(u"add"_s);
    QCommandLineParser parser;
    addFieldOptions(parser, false);
    if (const auto stop = m_session.parse(parser, u"contacts add"_s, args, usageText))
        return *stop;
    if (!parser.positionalArguments().isEmpty()) {
        return m_session.usageError(tr("contacts add: unexpected \"%1\". Give each field with its "
                                       "option, for example --first Jane --last Doe.")
                                        .arg(parser.positionalArguments().first()),
                                    usageText);
    }
    if (!parser.isSet(u"first"_s)) {
        return m_session.usageError(
            tr("contacts add: --first is missing. Give the contact's first name."), usageText);
    }
    Contact contact;
    QString error;
    if (!readFields(parser, false, contact, &error))
        return m_session.usageError(tr("contacts add: %1").arg(error), usageText);

    Database *database = m_session.database();
    if (!database)
        return ExitFailure;
    ContactStore store(*database);
    if (!store.add(contact, &error))
        return m_session.failure(error);
    if (m_session.json())
        m_session.output().printJson(QJsonObject{{u"id"_s, contact.id}});
    else
        m_session.output().print(QString::number(contact.id));
    return ExitSuccess;
}

int ContactsCommand::edit(const QStringList &args)
{
    const QString usageText = usage(u"edit"_s);
    QCommandLineParser parser;
    addFieldOptions(parser, true);
    QString which;
    if (const auto stop = parseSingleContact(parser, u"edit"_s, args, &which))
        return *stop;
    if (!hasFieldOptions(parser)) {
        return m_session.usageError(
            tr("contacts edit: nothing to change. Give the fields to change, for example "
               "--company \"New Co\"."),
            usageText);
    }
    // Bad values are bad usage, found before the database is touched.
    Contact scratch;
    QString error;
    if (!readFields(parser, true, scratch, &error))
        return m_session.usageError(tr("contacts edit: %1").arg(error), usageText);

    Database *database = m_session.database();
    if (!database)
        return ExitFailure;
    ContactStore store(*database);
    auto contact = ContactResolver(store).resolve(which, &error);
    if (!contact)
        return m_session.failure(error);
    readFields(parser, true, *contact, &error);
    if (!store.update(*contact, &error))
        return m_session.failure(error);
    if (m_session.json()) {
        m_session.output().printJson(ContactFormatter::toJson(*contact));
    } else {
        m_session.output().print(tr("Updated #%1 %2.").arg(contact->id).arg(contact->fullName()));
    }
    return ExitSuccess;
}

int ContactsCommand::show(const QStringList &args)
{
    QCommandLineParser parser;
    QString which;
    if (const auto stop = parseSingleContact(parser, u"show"_s, args, &which))
        return *stop;
    Database *database = m_session.database(CliSession::Access::Read);
    if (!database)
        return ExitFailure;
    ContactStore store(*database);
    QString error;
    const auto contact = ContactResolver(store).resolve(which, &error);
    if (!contact)
        return m_session.failure(error);
    if (m_session.json()) {
        m_session.output().printJson(ContactFormatter::toJson(*contact));
    } else {
        for (const QString &line : ContactFormatter::details(*contact))
            m_session.output().print(line);
    }
    return ExitSuccess;
}

int ContactsCommand::list(const QStringList &args)
{
    const QString usageText = usage(u"list"_s);
    QCommandLineParser parser;
    parser.addOptions({
        {u"tier"_s, tr("Only contacts of this engagement tier."), tr("KIND")},
        {u"tag"_s, tr("Only contacts with this tag."), tr("T")},
        {u"sort"_s, tr("The order."), tr("KEY")},
        {u"limit"_s, tr("How many contacts."), tr("N")},
        {u"after"_s, tr("Continue after this cursor."), tr("CURSOR")},
    });
    if (const auto stop = m_session.parse(parser, u"contacts list"_s, args, usageText))
        return *stop;
    if (!parser.positionalArguments().isEmpty()) {
        return m_session.usageError(
            tr("contacts list: unexpected \"%1\". To find contacts by name use "
               "\"rapport-cli contacts search TEXT\".")
                .arg(parser.positionalArguments().first()),
            usageText);
    }
    ContactQuery query;
    query.tag = parser.value(u"tag"_s).simplified();
    QString unavailable;
    if (parser.isSet(u"sort"_s)) {
        QString message;
        switch (ListOptions::readSort(parser.value(u"sort"_s), query, &message)) {
        case ListOptions::Reading::Ok:
            break;
        case ListOptions::Reading::BadUsage:
            return m_session.usageError(tr("contacts list: %1").arg(message), usageText);
        case ListOptions::Reading::NotYetAvailable:
            unavailable = message;
            break;
        }
    }
    if (parser.isSet(u"tier"_s)) {
        QString message;
        if (!ListOptions::readTier(parser.value(u"tier"_s), query, &message))
            return m_session.usageError(tr("contacts list: %1").arg(message), usageText);
    }
    int limit = defaultLimit;
    QString error;
    if (parser.isSet(u"limit"_s) && !OptionValues::count(u"--limit"_s, parser.value(u"limit"_s),
                                                         maximumLimit, &limit, &error)) {
        return m_session.usageError(tr("contacts list: %1").arg(error), usageText);
    }
    ContactCursor after;
    if (parser.isSet(u"after"_s)) {
        bool ok = false;
        after = ContactCursor::fromString(parser.value(u"after"_s), &ok);
        if (!ok) {
            return m_session.usageError(
                tr("contacts list: --after: \"%1\" is not a cursor. Copy it from the \"More:\" "
                   "line of the previous page.")
                    .arg(parser.value(u"after"_s)),
                usageText);
        }
        const QString order = ContactCursor::orderName(query.sort);
        if ((!after.order.isEmpty() && after.order != order) || !after.fits(query.sort)) {
            return m_session.usageError(
                tr("contacts list: --after: this cursor continues a list in another order. "
                   "Repeat the --sort of the command that printed it."),
                usageText);
        }
    }
    if (!unavailable.isEmpty())
        return m_session.failure(unavailable);

    Database *database = m_session.database(CliSession::Access::Read);
    if (!database)
        return ExitFailure;
    ContactStore store(*database);
    // One row more than shown tells whether another page follows.
    QList<Contact> contacts = store.page(query, after, limit + 1, 0, false, &error);
    if (!error.isEmpty())
        return m_session.failure(tr("Could not list the contacts: %1").arg(error));
    QString next;
    if (contacts.size() > limit) {
        contacts.resize(limit);
        next = ContactStore::cursorFor(contacts.last(), query.sort).toString();
    }
    if (m_session.json()) {
        m_session.output().printJson(QJsonObject{
            {u"contacts"_s, ContactFormatter::toJson(contacts)},
            {u"next_cursor"_s, next.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(next)},
        });
        return ExitSuccess;
    }
    for (const QString &line : ContactFormatter::rows(contacts))
        m_session.output().print(line);
    if (contacts.isEmpty() && !after.isValid())
        m_session.output().error(tr("No contacts."));
    if (!next.isEmpty())
        m_session.output().error(tr("More: --after %1").arg(next));
    return ExitSuccess;
}

int ContactsCommand::search(const QStringList &args)
{
    const QString usageText = usage(u"search"_s);
    QCommandLineParser parser;
    parser.addOption({u"limit"_s, tr("How many contacts."), tr("N")});
    if (const auto stop = m_session.parse(parser, u"contacts search"_s, args, usageText))
        return *stop;
    ContactQuery query;
    query.search = parser.positionalArguments().join(u' ');
    if (SearchText::toMatchExpression(query.search).isEmpty()) {
        return m_session.usageError(
            tr("contacts search: give the text to search for, with at least one letter or digit."),
            usageText);
    }
    int limit = defaultLimit;
    QString error;
    if (parser.isSet(u"limit"_s) && !OptionValues::count(u"--limit"_s, parser.value(u"limit"_s),
                                                         maximumLimit, &limit, &error)) {
        return m_session.usageError(tr("contacts search: %1").arg(error), usageText);
    }

    Database *database = m_session.database(CliSession::Access::Read);
    if (!database)
        return ExitFailure;
    ContactStore store(*database);
    const QList<Contact> contacts = store.page(query, {}, limit, 0, false, &error);
    if (!error.isEmpty())
        return m_session.failure(tr("Could not search the contacts: %1").arg(error));
    const int total = contacts.size() < limit ? int(contacts.size()) : store.count(query);
    if (m_session.json()) {
        m_session.output().printJson(QJsonObject{
            {u"contacts"_s, ContactFormatter::toJson(contacts)},
            {u"total"_s, total},
        });
        return ExitSuccess;
    }
    for (const QString &line : ContactFormatter::rows(contacts))
        m_session.output().print(line);
    if (contacts.isEmpty())
        m_session.output().error(tr("No contact matches \"%1\".").arg(query.search));
    else if (total > contacts.size())
        m_session.output().error(tr("Showing %1 of %2 matches; use --limit to see more.")
                                     .arg(contacts.size())
                                     .arg(total));
    return ExitSuccess;
}

int ContactsCommand::remove(const QStringList &args)
{
    QCommandLineParser parser;
    QString which;
    if (const auto stop = parseSingleContact(parser, u"delete"_s, args, &which))
        return *stop;
    Database *database = m_session.database();
    if (!database)
        return ExitFailure;
    ContactStore store(*database);
    QString error;
    const auto contact = ContactResolver(store).resolve(which, &error);
    if (!contact)
        return m_session.failure(error);
    // The same delete as the window's: every row on the contact goes with it.
    if (!ContactRemoval(store).remove(contact->id, &error))
        return m_session.failure(error);
    if (m_session.json()) {
        m_session.output().printJson(QJsonObject{
            {u"deleted"_s, true}, {u"id"_s, contact->id}, {u"full_name"_s, contact->fullName()}});
    } else {
        m_session.output().print(tr("Deleted #%1 %2.").arg(contact->id).arg(contact->fullName()));
    }
    return ExitSuccess;
}

} // namespace rapport
