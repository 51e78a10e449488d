#include "QueueCommand.h"

#include "CliSession.h"
#include "ContactResolver.h"
#include "ExitCode.h"
#include "OptionValues.h"
#include "domain/DateText.h"
#include "planning/DailyQueue.h"
#include "planning/QueuePlanner.h"
#include "planning/QueueSettings.h"
#include "store/ContactStore.h"
#include "store/KeepInTouchStore.h"
#include "store/QueueStore.h"
#include "store/SettingStore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// A queue holds a few dozen items at most; this only bounds a typo.
constexpr int maximumLimit = 10000;

const QStringList &subcommands()
{
    static const QStringList words{u"done"_s,    u"skip"_s,      u"never"_s,
                                   u"snooze"_s,  u"reopen"_s,    u"cadence"_s,
                                   u"archive"_s, u"unarchive"_s, u"allow"_s};
    return words;
}

// The options whose value is the next word, so that a value is never taken
// for a subcommand.
bool takesValue(const QString &option)
{
    return option == u"--date"_s || option == u"--limit"_s || option == u"--until"_s ||
           option == u"--tag"_s || option == u"-tag"_s || option == u"--db"_s ||
           option == u"-date"_s || option == u"-limit"_s || option == u"-until"_s ||
           option == u"-db"_s;
}

// Where the subcommand is among the arguments, or -1 for the list.
qsizetype subcommandAt(const QStringList &args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &word = args.at(i);
        if (word.startsWith(u'-')) {
            if (!word.contains(u'=') && takesValue(word))
                ++i;
            continue;
        }
        return subcommands().contains(word) ? i : -1;
    }
    return -1;
}

QString statusText(const QueueItem &item)
{
    switch (item.status) {
    case QueueItem::Status::Open:
        return QueueCommand::tr("open");
    case QueueItem::Status::Done:
        return QueueCommand::tr("done");
    case QueueItem::Status::Skipped:
        return QueueCommand::tr("skipped");
    case QueueItem::Status::Snoozed:
        return item.snoozedUntil.isValid()
                   ? QueueCommand::tr("snoozed until %1").arg(DateText::isoDate(item.snoozedUntil))
                   : QueueCommand::tr("snoozed");
    case QueueItem::Status::Never:
        return QueueCommand::tr("never");
    }
    return {};
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject itemJson(const QueueItem &item)
{
    return QJsonObject{
        {u"position"_s, item.position},
        {u"contact_id"_s, item.contactId},
        {u"name"_s, item.contactName},
        {u"action"_s, QueueItem::actionKey(item.action)},
        {u"reason"_s, item.reason},
        {u"template"_s, orNull(item.templateName)},
        {u"status"_s, QueueItem::statusKey(item.status)},
    };
}

qsizetype doneCount(const QList<QueueItem> &items)
{
    return std::count_if(items.cbegin(), items.cend(), [](const QueueItem &item) {
        return item.status == QueueItem::Status::Done;
    });
}

QString progressText(const QList<QueueItem> &items)
{
    return QueueCommand::tr("%1 of %2 done.").arg(doneCount(items)).arg(items.size());
}

const QueueItem *itemOf(const QList<QueueItem> &items, qint64 contactId)
{
    for (const QueueItem &item : items) {
        if (item.contactId == contactId)
            return &item;
    }
    return nullptr;
}

} // namespace

QueueCommand::QueueCommand(CliSession &session)
    : m_session(session)
{}

QString QueueCommand::synopsis()
{
    return tr("queue [--date DATE] [--limit N]\n"
              "    The day's outreach queue (default today), best first: position, contact,\n"
              "    what to do, why, the template to start from and its status (open, done,\n"
              "    skipped, snoozed, never); then how many are done. Today's queue is\n"
              "    planned by the first look of the day and keeps its order; a later DATE\n"
              "    shows a preview from today's facts, an earlier one what was planned.\n"
              "    Below it, the people held back from an invitation because one to them\n"
              "    was withdrawn less than three weeks ago (LinkedIn blocks it), with the\n"
              "    day they can be invited again.\n"
              "queue done|skip|never CONTACT [--date DATE]\n"
              "    done: you did it. skip: not today (they may come back another day).\n"
              "    never: do not contact this person again; they leave every queue.\n"
              "queue reopen CONTACT [--date DATE]\n"
              "    A done or skipped item open again (an outreach logged stays logged).\n"
              "queue snooze CONTACT --until DATE\n"
              "    Keeps them out of every queue until DATE (a day after today); their\n"
              "    item of today is snoozed, as with Today's Snooze or Keep in Touch.\n"
              "queue cadence CONTACT|--tag TAG DAYS|default\n"
              "    Keep in touch every DAYS days with this connection, or with everyone\n"
              "    tagged TAG (the smallest of their tags wins); default: inherit.\n"
              "queue archive|unarchive|allow CONTACT\n"
              "    archive: out of every queue until unarchived. allow: undo never (their\n"
              "    item of today is open again).");
}

QString QueueCommand::actionText(QueueItem::Action action)
{
    switch (action) {
    case QueueItem::Action::ReplyWaiting:
        return tr("answer their reply");
    case QueueItem::Action::FollowerMessage:
        return tr("send the follower message");
    case QueueItem::Action::Invite:
        return tr("invite to connect");
    case QueueItem::Action::InMail:
        return tr("send an InMail");
    case QueueItem::Action::Welcome:
        return tr("welcome");
    case QueueItem::Action::Congratulate:
        return tr("congratulate on the new role");
    case QueueItem::Action::Thank:
        return tr("thank");
    case QueueItem::Action::Reconnect:
        return tr("offer a 15-minute call");
    case QueueItem::Action::FollowUpInvitation:
        return tr("follow up or withdraw the invitation");
    }
    return {};
}

int QueueCommand::run(const QStringList &args)
{
    const qsizetype at = subcommandAt(args);
    if (at < 0)
        return list(args);
    QStringList rest = args;
    const QString subcommand = rest.takeAt(at);
    if (subcommand == u"cadence"_s || subcommand == u"archive"_s || subcommand == u"unarchive"_s ||
        subcommand == u"allow"_s)
        return settle(subcommand, rest);
    return change(subcommand, rest);
}

int QueueCommand::settle(const QString &subcommand, const QStringList &args)
{
    const QString usageText = CliSession::usage(synopsis());
    const QString command = u"queue "_s + subcommand;
    const bool cadence = subcommand == u"cadence"_s;
    QCommandLineParser parser;
    if (cadence)
        parser.addOption({u"tag"_s, tr("Everyone with this tag."), tr("TAG")});
    if (const auto stop = m_session.parse(parser, command, args, usageText))
        return *stop;
    QStringList positional = parser.positionalArguments();
    const bool byTag = cadence && parser.isSet(u"tag"_s);
    const int wanted = cadence ? (byTag ? 1 : 2) : 1;
    if (positional.size() != wanted) {
        return m_session.usageError(
            cadence ? tr("%1: give a contact (or --tag TAG) and DAYS or default.").arg(command)
                    : tr("%1: say who (an id, a profile URL or a full name).").arg(command),
            usageText);
    }
    std::optional<int> days;
    if (cadence) {
        const QString value = positional.takeLast();
        if (value != u"default"_s) {
            bool ok = false;
            const int n = value.toInt(&ok);
            if (!ok || n < 7 || n > 3650) {
                return m_session.usageError(
                    tr("%1: \"%2\" is not a number of days from 7 to 3650, or default.")
                        .arg(command, value),
                    usageText);
            }
            days = n;
        }
    }
    Database *database = m_session.database();
    if (!database)
        return ExitFailure;
    KeepInTouchStore store(*database);
    QString error;
    const QString every = days ? tr("every %1 days").arg(*days) : tr("on the default cadence");
    if (byTag) {
        const QString tag = parser.value(u"tag"_s).trimmed();
        if (!store.setTagCadences({TagCadence{tag, days, 0}}, &error))
            return m_session.failure(error);
        if (m_session.json()) {
            m_session.output().printJson(QJsonObject{
                {u"tag"_s, tag}, {u"cadence_days"_s, days ? QJsonValue(*days) : QJsonValue()}});
        } else {
            m_session.output().print(
                tr("Keep in touch with everyone tagged %1 %2.").arg(tag, every));
        }
        return ExitSuccess;
    }
    const ContactStore contacts(*database);
    const std::optional<Contact> contact =
        ContactResolver(contacts).resolve(positional.first(), &error);
    if (!contact)
        return m_session.failure(error);
    std::optional<KeepInTouch> settings = store.get(contact->id, &error);
    if (!settings)
        return m_session.failure(error);
    QString said;
    if (cadence) {
        settings->cadenceDays = days;
        said = tr("Keep in touch with %1 (#%2) %3.")
                   .arg(contact->fullName(), QString::number(contact->id), every);
    } else if (subcommand == u"archive"_s || subcommand == u"unarchive"_s) {
        const bool archive = subcommand == u"archive"_s;
        settings->archived = archive;
        said =
            archive
                ? tr("Archived %1 (#%2): in no queue until unarchived.")
                      .arg(contact->fullName(), QString::number(contact->id))
                : tr("Unarchived %1 (#%2).").arg(contact->fullName(), QString::number(contact->id));
    } else {
        settings->doNotContact = false;
        said = tr("%1 (#%2) may be suggested again.")
                   .arg(contact->fullName(), QString::number(contact->id));
    }
    // The one keep-in-touch writer, with today's queue item following.
    const bool ok = store.set(contact->id, *settings, QDate::currentDate(), &error);
    if (!ok)
        return m_session.failure(error);
    if (m_session.json()) {
        QJsonObject o{{u"contact_id"_s, contact->id},
                      {u"name"_s, contact->fullName()},
                      {u"change"_s, subcommand}};
        if (cadence)
            o.insert(u"cadence_days"_s, days ? QJsonValue(*days) : QJsonValue());
        m_session.output().printJson(o);
    } else {
        m_session.output().print(said);
    }
    return ExitSuccess;
}

bool QueueCommand::dayQueue(Database &db, const QDate &day, QList<QueueItem> *items)
{
    QueueStore store(db);
    if (day != QDate::currentDate()) {
        *items = store.items(day);
        return true;
    }
    QString error;
    *items = DailyQueue::todayQueue(store, day, QueueSettings::load(SettingStore(db)), &error);
    if (!error.isEmpty()) {
        m_session.failure(error);
        return false;
    }
    return true;
}

int QueueCommand::list(const QStringList &args)
{
    const QString usageText = CliSession::usage(synopsis());
    QCommandLineParser parser;
    parser.addOptions({
        {u"date"_s, tr("The day (default today)."), tr("DATE")},
        {u"limit"_s, tr("Show only the first N items."), tr("N")},
    });
    if (const auto stop = m_session.parse(parser, u"queue"_s, args, usageText))
        return *stop;
    if (!parser.positionalArguments().isEmpty()) {
        return m_session.usageError(
            tr("queue: there is no command \"%1\". Use done, skip, never, snooze or reopen, or "
               "nothing to see the queue.")
                .arg(parser.positionalArguments().first()),
            usageText);
    }
    const QDate today = QDate::currentDate();
    QDate day = today;
    QString error;
    if (parser.isSet(u"date"_s) &&
        !OptionValues::date(u"--date"_s, parser.value(u"date"_s), &day, &error)) {
        return m_session.usageError(tr("queue: %1").arg(error), usageText);
    }
    int limit = maximumLimit;
    if (parser.isSet(u"limit"_s) && !OptionValues::count(u"--limit"_s, parser.value(u"limit"_s),
                                                         maximumLimit, &limit, &error)) {
        return m_session.usageError(tr("queue: %1").arg(error), usageText);
    }

    Database *database = m_session.database();
    if (!database)
        return ExitFailure;
    QList<QueueItem> items;
    // A later day is not planned and stored ahead of time: by then the facts
    // will have changed, and its queue must be planned from them.
    const bool preview = day > today;
    if (preview)
        items = QueuePlanner::plan(*database, day, QueueSettings::load(SettingStore(*database)));
    else if (!dayQueue(*database, day, &items))
        return ExitFailure;
    const QList<QueueItem> shown = items.mid(0, limit);
    const QString date = DateText::isoDate(day);
    // Invitations the plan left out because LinkedIn blocks them yet (a
    // withdrawal less than three weeks ago), from the day's facts: not for
    // a past day, whose facts have changed since.
    const QList<QueueItem> heldBack =
        day < today
            ? QList<QueueItem>()
            : QueuePlanner::heldBack(*database, day, QueueSettings::load(SettingStore(*database)));

    if (m_session.json()) {
        QJsonArray array;
        for (const QueueItem &item : shown)
            array.append(itemJson(item));
        m_session.output().printJson(QJsonObject{
            {u"date"_s, date},
            {u"items"_s, array},
            {u"done"_s, doneCount(items)},
            {u"total"_s, items.size()},
            {u"held_back"_s, heldBackJson(heldBack)},
        });
        return ExitSuccess;
    }
    CliOutput &out = m_session.output();
    if (items.isEmpty()) {
        if (day < today)
            out.print(tr("No queue was planned for %1.").arg(date));
        else
            out.print(tr("No one to reach out to on %1.").arg(date));
        printHeldBack(heldBack);
        return ExitSuccess;
    }
    out.print(preview ? tr("Queue for %1 (a preview from today's facts):").arg(date)
                      : tr("Queue for %1:").arg(date));
    for (const QueueItem &item : shown) {
        out.print(tr("%1. #%2 %3: %4 [%5]")
                      .arg(QString::number(item.position), QString::number(item.contactId),
                           item.contactName, actionText(item.action), statusText(item)));
        out.print(tr("   Why: %1").arg(item.reason));
        out.print(item.templateName.isEmpty() ? tr("   Template: none, write freely")
                                              : tr("   Template: %1").arg(item.templateName));
    }
    if (shown.size() < items.size())
        out.print(tr("(%1 more: --limit %2 shows them)")
                      .arg(items.size() - shown.size())
                      .arg(items.size()));
    out.print(progressText(items));
    printHeldBack(heldBack);
    return ExitSuccess;
}

QJsonArray QueueCommand::heldBackJson(const QList<QueueItem> &heldBack)
{
    QJsonArray array;
    for (const QueueItem &item : heldBack) {
        array.append(QJsonObject{
            {u"contact_id"_s, item.contactId},
            {u"name"_s, item.contactName},
            {u"action"_s, QueueItem::actionKey(item.action)},
            {u"reason"_s, item.reason},
        });
    }
    return array;
}

void QueueCommand::printHeldBack(const QList<QueueItem> &heldBack)
{
    if (heldBack.isEmpty())
        return;
    CliOutput &out = m_session.output();
    out.print(tr("Held back (LinkedIn blocks inviting them again yet):"));
    for (const QueueItem &item : heldBack) {
        out.print(tr("   #%1 %2: %3")
                      .arg(QString::number(item.contactId), item.contactName, item.reason));
    }
}

int QueueCommand::change(const QString &subcommand, const QStringList &args)
{
    const QString usageText = CliSession::usage(synopsis());
    const bool snooze = subcommand == u"snooze"_s;
    QCommandLineParser parser;
    if (snooze) {
        parser.addOption({u"until"_s, tr("The day they may come back."), tr("DATE")});
    } else {
        parser.addOption({u"date"_s, tr("The day of the queue (default today)."), tr("DATE")});
    }
    const QString command = u"queue "_s + subcommand;
    if (const auto stop = m_session.parse(parser, command, args, usageText))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return m_session.usageError(
            positional.isEmpty()
                ? tr("%1: say who (an id, a profile URL or a full name).").arg(command)
                : tr("%1: give one contact, not %2 (quote a full name: \"Jane Doe\").")
                      .arg(command)
                      .arg(positional.size()),
            usageText);
    }
    const QDate today = QDate::currentDate();
    QDate day = today;
    QDate until;
    QString error;
    if (snooze) {
        if (!parser.isSet(u"until"_s)) {
            return m_session.usageError(
                tr("queue snooze: say until when, with --until DATE (a day after today)."),
                usageText);
        }
        if (!OptionValues::date(u"--until"_s, parser.value(u"until"_s), &until, &error))
            return m_session.usageError(tr("queue snooze: %1").arg(error), usageText);
        if (until <= today) {
            return m_session.usageError(
                tr("queue snooze: --until %1 is not in the future; give a day after today (%2).")
                    .arg(DateText::isoDate(until), DateText::isoDate(today)),
                usageText);
        }
    } else if (parser.isSet(u"date"_s)) {
        if (!OptionValues::date(u"--date"_s, parser.value(u"date"_s), &day, &error))
            return m_session.usageError(tr("%1: %2").arg(command, error), usageText);
        if (day > today) {
            return m_session.usageError(
                tr("%1: --date %2 is in the future; its queue is not planned yet.")
                    .arg(command, DateText::isoDate(day)),
                usageText);
        }
    }

    Database *database = m_session.database();
    if (!database)
        return ExitFailure;
    const ContactStore contacts(*database);
    const std::optional<Contact> contact =
        ContactResolver(contacts).resolve(positional.first(), &error);
    if (!contact)
        return m_session.failure(error);
    QList<QueueItem> items;
    if (!dayQueue(*database, day, &items))
        return ExitFailure;
    const QString date = DateText::isoDate(day);
    const QueueItem *before = itemOf(items, contact->id);
    if (!before) {
        return m_session.failure(tr("%1 (#%2) is not in the queue of %3.")
                                     .arg(contact->fullName(), QString::number(contact->id), date));
    }
    const QString previous = QueueItem::statusKey(before->status);
    if (subcommand == u"reopen"_s && before->status != QueueItem::Status::Done &&
        before->status != QueueItem::Status::Skipped) {
        return m_session.failure(
            tr("%1 (#%2) is %3 in the queue of %4, not done or skipped: there is nothing to "
               "reopen.")
                .arg(contact->fullName(), QString::number(contact->id), statusText(*before), date));
    }

    QueueStore store(*database);
    bool changed = false;
    if (subcommand == u"done"_s)
        changed = store.markDone(day, contact->id, 0, &error);
    else if (subcommand == u"skip"_s)
        changed = store.skip(day, contact->id, &error);
    else if (subcommand == u"never"_s)
        changed = store.never(day, contact->id, &error);
    else if (subcommand == u"reopen"_s)
        changed = store.reopen(day, contact->id, &error);
    else
        changed = store.snooze(day, contact->id, until, &error);
    if (!changed)
        return m_session.failure(error);

    items = store.items(day);
    const QueueItem *after = itemOf(items, contact->id);
    const QueueItem item = after ? *after : *before;
    const QString name = contact->fullName();
    const QString id = QString::number(contact->id);

    if (m_session.json()) {
        QJsonObject object{
            {u"date"_s, date},
            {u"contact_id"_s, contact->id},
            {u"name"_s, name},
            {u"action"_s, QueueItem::actionKey(item.action)},
            {u"previous_status"_s, previous},
            {u"status"_s, QueueItem::statusKey(item.status)},
            {u"done"_s, doneCount(items)},
            {u"total"_s, items.size()},
        };
        if (snooze)
            object.insert(u"until"_s, DateText::isoDate(until));
        if (subcommand == u"never"_s)
            object.insert(u"do_not_contact"_s, true);
        m_session.output().printJson(object);
        return ExitSuccess;
    }
    QString text;
    if (subcommand == u"done"_s) {
        text = tr("Done: %1 (#%2), %3.").arg(name, id, actionText(item.action));
        // Done without the answer logged: the reply does not come back,
        // but the numbers only know what was logged.
        if (item.action == QueueItem::Action::ReplyWaiting)
            text += u'\n' + tr("To keep your numbers right, log your answer too: rapport-cli "
                               "outreach log message %1 ...")
                                .arg(id);
    } else if (subcommand == u"skip"_s) {
        text = tr("Skipped %1 (#%2) on %3; they may come back in a later day's queue.")
                   .arg(name, id, date);
    } else if (subcommand == u"reopen"_s) {
        text = tr("Reopened %1 (#%2): open again in the queue of %3.").arg(name, id, date);
    } else if (subcommand == u"never"_s) {
        text = tr("Never: %1 (#%2) is now marked do-not-contact and will not be in any queue "
                  "again.")
                   .arg(name, id);
    } else {
        text = tr("Snoozed %1 (#%2) until %3: in no queue before then.")
                   .arg(name, id, DateText::isoDate(until));
    }
    m_session.output().print(text);
    m_session.output().print(
        tr("%1 of %2 done on %3.")
            .arg(QString::number(doneCount(items)), QString::number(items.size()), date));
    return ExitSuccess;
}

} // namespace rapport
