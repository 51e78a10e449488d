#include "SnapshotCommand.h"

#include "CliSession.h"
#include "ExitCode.h"
#include "OptionValues.h"
#include "domain/DateText.h"
#include "domain/NetworkSnapshot.h"
#include "insights/FollowerRatio.h"
#include "insights/WeeklyNetwork.h"
#include "store/SnapshotStore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

QJsonValue orNull(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const NetworkSnapshot &s)
{
    const FollowerRatio ratio = FollowerRatio::compute(s.followers, s.connections);
    return QJsonObject{
        {u"id"_s, s.id},
        {u"date"_s, DateText::isoDate(s.takenOn)},
        {u"week_start"_s, DateText::isoDate(s.weekStart())},
        {u"followers"_s, s.followers},
        // "typed", or "linkedin_analytics" (the count at the end of followers_on).
        {u"followers_from"_s, s.isTyped() ? u"typed"_s : u"linkedin_analytics"_s},
        {u"followers_on"_s, s.isTyped() ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(DateText::isoDate(s.followersFromLinkedIn))},
        {u"connections"_s, s.connections},
        {u"true_followers"_s, ratio.trueFollowers},
        {u"ratio"_s, ratio.ratio ? QJsonValue(*ratio.ratio) : QJsonValue(QJsonValue::Null)},
        {u"profile_views"_s, orNull(s.profileViews)},
        {u"search_appearances"_s, orNull(s.searchAppearances)},
        {u"network_size"_s, orNull(s.networkSize)},
        {u"top_companies"_s, QJsonArray::fromStringList(s.topCompanies)},
        {u"top_titles"_s, QJsonArray::fromStringList(s.topTitles)},
    };
}

QString number(const std::optional<int> &value)
{
    return value ? QString::number(*value) : u"\u2014"_s;
}

} // namespace

SnapshotCommand::SnapshotCommand(CliSession &session)
    : m_session(session)
{}

QString SnapshotCommand::synopsis()
{
    return tr("snapshot add [--date DATE] --followers N --connections N [--profile-views N]\n"
              "             [--search-appearances N] [--network-size N]\n"
              "             [--top-company NAME]... [--top-title TITLE]...\n"
              "    The week's numbers from your LinkedIn profile and dashboard (default\n"
              "    today); a second entry in the same week (Monday to Sunday) corrects it.\n"
              "snapshot list\n"
              "    Every week's numbers, oldest first, with true followers (followers -\n"
              "    connections) and their ratio to connections.");
}

int SnapshotCommand::run(const QStringList &args)
{
    const QString usageText = CliSession::usage(synopsis());
    const QString word = args.value(0);
    if (word.isEmpty() || word.startsWith(u'-')) {
        QCommandLineParser parser;
        if (const auto stop = m_session.parse(parser, u"snapshot"_s, args, usageText))
            return *stop;
        return m_session.usageError(tr("snapshot: say what to do: add or list."), usageText);
    }
    if (word == u"add"_s)
        return add(args.mid(1));
    if (word == u"list"_s)
        return list(args.mid(1));
    return m_session.usageError(
        tr("snapshot: there is no command \"%1\". Use add or list.").arg(word), usageText);
}

int SnapshotCommand::add(const QStringList &args)
{
    const QString usageText = CliSession::usage(synopsis());
    QCommandLineParser parser;
    parser.addOptions({
        {u"date"_s, tr("The day you read the numbers (default today)."), tr("DATE")},
        {u"followers"_s, tr("Followers as your profile shows them."), tr("N")},
        {u"connections"_s, tr("Connections as your profile shows them."), tr("N")},
        {u"profile-views"_s, tr("Profile views in the last 7 days."), tr("N")},
        {u"search-appearances"_s, tr("Search appearances this week."), tr("N")},
        {u"network-size"_s, tr("2nd and 3rd degree network size."), tr("N")},
        {u"top-company"_s, tr("A top company of the people who found you (repeat)."), tr("NAME")},
        {u"top-title"_s, tr("A top job title of the people who found you (repeat)."), tr("TITLE")},
    });
    if (const auto stop = m_session.parse(parser, u"snapshot add"_s, args, usageText))
        return *stop;
    if (!parser.positionalArguments().isEmpty()) {
        return m_session.usageError(
            tr("snapshot add: unexpected \"%1\".").arg(parser.positionalArguments().first()),
            usageText);
    }
    for (const QString &required : {u"followers"_s, u"connections"_s}) {
        if (!parser.isSet(required)) {
            return m_session.usageError(
                tr("snapshot add: --%1 is missing. Give the number your profile shows.")
                    .arg(required),
                usageText);
        }
    }
    NetworkSnapshot s;
    s.takenOn = QDate::currentDate();
    QString error;
    if (parser.isSet(u"date"_s) &&
        !OptionValues::date(u"--date"_s, parser.value(u"date"_s), &s.takenOn, &error))
        return m_session.usageError(tr("snapshot add: %1").arg(error), usageText);
    if (!OptionValues::wholeNumber(u"--followers"_s, parser.value(u"followers"_s), &s.followers,
                                   &error) ||
        !OptionValues::wholeNumber(u"--connections"_s, parser.value(u"connections"_s),
                                   &s.connections, &error))
        return m_session.usageError(tr("snapshot add: %1").arg(error), usageText);
    const struct
    {
        const char16_t *option;
        std::optional<int> *value;
    } optional[] = {{u"profile-views", &s.profileViews},
                    {u"search-appearances", &s.searchAppearances},
                    {u"network-size", &s.networkSize}};
    for (const auto &o : optional) {
        const QString option = QStringView(o.option).toString();
        if (!parser.isSet(option))
            continue;
        int value = 0;
        if (!OptionValues::wholeNumber(u"--"_s + option, parser.value(option), &value, &error))
            return m_session.usageError(tr("snapshot add: %1").arg(error), usageText);
        *o.value = value;
    }
    s.topCompanies = parser.values(u"top-company"_s);
    s.topTitles = parser.values(u"top-title"_s);

    Database *database = m_session.database();
    if (!database)
        return ExitFailure;
    SnapshotStore store(*database);
    std::optional<NetworkSnapshot> replaced;
    if (!store.save(s, &error, &replaced))
        return m_session.failure(error);
    const std::optional<NetworkSnapshot> saved = store.get(s.id);
    if (m_session.json()) {
        QJsonObject object = toJson(saved.value_or(s));
        object.insert(u"replaced"_s, replaced.has_value());
        m_session.output().printJson(object);
        return ExitSuccess;
    }
    const FollowerRatio ratio = FollowerRatio::compute(s.followers, s.connections);
    m_session.output().print(
        (replaced ? tr("Corrected the week of %1 (#%2).") : tr("Saved the week of %1 (#%2)."))
            .arg(DateText::isoDate(s.weekStart()))
            .arg(s.id));
    if (ratio.ratio) {
        m_session.output().print(tr("True followers: %1 (%2 % of connections; typical: 5-10 %).")
                                     .arg(ratio.trueFollowers)
                                     .arg(QString::number(*ratio.ratio * 100, 'f', 1)));
    }
    return ExitSuccess;
}

int SnapshotCommand::list(const QStringList &args)
{
    const QString usageText = CliSession::usage(synopsis());
    QCommandLineParser parser;
    if (const auto stop = m_session.parse(parser, u"snapshot list"_s, args, usageText))
        return *stop;
    if (!parser.positionalArguments().isEmpty()) {
        return m_session.usageError(
            tr("snapshot list: unexpected \"%1\".").arg(parser.positionalArguments().first()),
            usageText);
    }
    Database *database = m_session.database(CliSession::Access::Read);
    if (!database)
        return ExitFailure;
    QString error;
    const QList<NetworkSnapshot> all = WeeklyNetwork::weeks(*database, &error);
    if (!error.isEmpty())
        return m_session.failure(error);
    if (m_session.json()) {
        QJsonArray array;
        for (const NetworkSnapshot &s : all)
            array.append(toJson(s));
        m_session.output().printJson(QJsonObject{{u"snapshots"_s, array}});
        return ExitSuccess;
    }
    if (all.isEmpty()) {
        m_session.output().print(
            tr("No weekly numbers yet. Add this week's with: rapport-cli snapshot add "
               "--followers N --connections N"));
        return ExitSuccess;
    }
    m_session.output().print(tr("week of      followers  connections  true  ratio   views  "
                                "searches  network"));
    for (const NetworkSnapshot &s : all) {
        const FollowerRatio r = FollowerRatio::compute(s.followers, s.connections);
        m_session.output().print(
            u"%1  %2  %3  %4  %5  %6  %7  %8"_s.arg(DateText::isoDate(s.weekStart()))
                .arg(s.followers, 9)
                .arg(s.connections, 11)
                .arg(r.trueFollowers, 4)
                .arg(r.ratio ? QString::number(*r.ratio * 100, 'f', 1) + u" %"_s : u"\u2014"_s, 6)
                .arg(number(s.profileViews), 6)
                .arg(number(s.searchAppearances), 8)
                .arg(number(s.networkSize), 7));
    }
    return ExitSuccess;
}

} // namespace rapport
