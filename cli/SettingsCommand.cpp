#include "SettingsCommand.h"

#include "CliSession.h"
#include "ExitCode.h"
#include "settings/PreferenceTable.h"
#include "settings/Preferences.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// A value as JSON: numbers as numbers, lists as arrays, blank as null.
QJsonValue jsonValue(const Preference &p, const QString &value)
{
    if (value.isEmpty())
        return p.type == Preference::Type::TextList ? QJsonValue(QJsonArray())
                                                    : QJsonValue(QJsonValue::Null);
    switch (p.type) {
    case Preference::Type::Integer:
    case Preference::Type::Percent:
        return value.toInt();
    case Preference::Type::TextList:
        return QJsonArray::fromStringList(value.split(u", "_s));
    case Preference::Type::Text:
    case Preference::Type::Choice:
    case Preference::Type::Date:
        break;
    }
    return value;
}

// A value for people: units on numbers, "(none)" for blank.
QString shown(const Preference &p, const QString &value)
{
    if (value.isEmpty())
        return SettingsCommand::tr("(none)");
    if (p.type == Preference::Type::Percent)
        return value + u" %"_s;
    return value;
}

// The keys in lines of at most 78 characters, indented like the synopsis.
QString wrapped(const QStringList &keys)
{
    QStringList lines{u"   "_s};
    for (int i = 0; i < keys.size(); ++i) {
        const QString word = keys.at(i) + (i + 1 < keys.size() ? u","_s : QString());
        if (lines.last().size() + 1 + word.size() > 78)
            lines << u"   "_s;
        lines.last() += u' ' + word;
    }
    return lines.join(u'\n');
}

} // namespace

SettingsCommand::SettingsCommand(CliSession &session)
    : m_session(session)
{}

QString SettingsCommand::synopsis()
{
    return tr("settings list\n"
              "settings get KEY\n"
              "settings set KEY VALUE\n"
              "    The preferences of the window's Edit > Preferences, kept in the database:\n"
              "%1.\n"
              "    list shows each key's value, default and allowed range; set refuses a\n"
              "    value out of range (exit 2) and saves as the window does. The threshold\n"
              "    is in whole percent; related industries are separated by commas; give\n"
              "    \"\" to clear a text or date.")
        .arg(wrapped(PreferenceTable::keys()));
}

int SettingsCommand::run(const QStringList &args)
{
    const QString usageText = CliSession::usage(synopsis());
    const QString word = args.value(0);
    if (word.isEmpty() || word.startsWith(u'-')) {
        QCommandLineParser parser;
        if (const auto stop = m_session.parse(parser, u"settings"_s, args, usageText))
            return *stop;
        return m_session.usageError(tr("settings: say what to do: list, get or set."), usageText);
    }
    if (word == u"list"_s)
        return list(args.mid(1));
    if (word == u"get"_s)
        return get(args.mid(1));
    if (word == u"set"_s)
        return set(args.mid(1));
    return m_session.usageError(
        tr("settings: there is no command \"%1\". Use list, get or set.").arg(word), usageText);
}

QJsonObject SettingsCommand::toJson(const Preference &p, const QString &value)
{
    QJsonObject o{
        {u"key"_s, p.key},
        {u"type"_s, p.typeName()},
        {u"value"_s, jsonValue(p, value)},
        {u"default"_s, jsonValue(p, p.defaultValue)},
        {u"description"_s, p.description},
    };
    if (p.isNumber()) {
        o.insert(u"minimum"_s, p.minimum);
        o.insert(u"maximum"_s, p.maximum);
        o.insert(u"unit"_s, p.type == Preference::Type::Percent ? u"%"_s : p.unit);
    }
    if (p.type == Preference::Type::Choice)
        o.insert(u"choices"_s, QJsonArray::fromStringList(p.choices));
    return o;
}

const Preference *SettingsCommand::preferenceFor(const QString &key, const QString &command,
                                                 int *exitCode)
{
    const Preference *p = PreferenceTable::find(key);
    if (!p) {
        *exitCode =
            m_session.usageError(tr("%1: there is no setting \"%2\". The settings are: %3.")
                                     .arg(command, key, PreferenceTable::keys().join(u", "_s)),
                                 CliSession::usage(synopsis()));
    }
    return p;
}

int SettingsCommand::list(const QStringList &args)
{
    const QString usageText = CliSession::usage(synopsis());
    QCommandLineParser parser;
    if (const auto stop = m_session.parse(parser, u"settings list"_s, args, usageText))
        return *stop;
    if (!parser.positionalArguments().isEmpty()) {
        return m_session.usageError(
            tr("settings list: unexpected \"%1\".").arg(parser.positionalArguments().first()),
            usageText);
    }
    Database *database = m_session.database(CliSession::Access::Read);
    if (!database)
        return ExitFailure;
    const Preferences preferences(*database);
    if (m_session.json()) {
        QJsonArray rows;
        for (const Preference &p : PreferenceTable::all())
            rows.append(toJson(p, preferences.value(p)));
        m_session.output().printJson(QJsonObject{{u"settings"_s, rows}});
        return ExitSuccess;
    }
    QStringList keys, values, defaults;
    qsizetype keyWidth = 0, valueWidth = 0, defaultWidth = 0;
    for (const Preference &p : PreferenceTable::all()) {
        keys << p.key;
        values << CliOutput::escaped(shown(p, preferences.value(p)), false);
        defaults << shown(p, p.defaultValue);
        keyWidth = qMax(keyWidth, keys.last().size());
        valueWidth = qMax(valueWidth, values.last().size());
        defaultWidth = qMax(defaultWidth, defaults.last().size());
    }
    const QString header[] = {tr("key"), tr("value"), tr("default"), tr("allowed")};
    keyWidth = qMax(keyWidth, header[0].size());
    valueWidth = qMax(valueWidth, header[1].size());
    defaultWidth = qMax(defaultWidth, header[2].size());
    const auto row = [&](const QString &a, const QString &b, const QString &c, const QString &d) {
        return u"%1  %2  %3  %4"_s
            .arg(a.leftJustified(keyWidth), b.leftJustified(valueWidth),
                 c.leftJustified(defaultWidth), d)
            .trimmed();
    };
    m_session.output().print(row(header[0], header[1], header[2], header[3]));
    for (int i = 0; i < keys.size(); ++i) {
        m_session.output().print(row(keys.at(i), values.at(i), defaults.at(i),
                                     PreferenceTable::all().at(i).rangeText()));
    }
    return ExitSuccess;
}

int SettingsCommand::get(const QStringList &args)
{
    const QString usageText = CliSession::usage(synopsis());
    QCommandLineParser parser;
    if (const auto stop = m_session.parse(parser, u"settings get"_s, args, usageText))
        return *stop;
    const QStringList words = parser.positionalArguments();
    if (words.size() != 1) {
        return m_session.usageError(
            words.isEmpty() ? tr("settings get: say which setting (KEY).")
                            : tr("settings get: give one KEY, not %1.").arg(words.size()),
            usageText);
    }
    int exitCode = ExitSuccess;
    const Preference *p = preferenceFor(words.first(), u"settings get"_s, &exitCode);
    if (!p)
        return exitCode;
    Database *database = m_session.database(CliSession::Access::Read);
    if (!database)
        return ExitFailure;
    const QString value = Preferences(*database).value(*p);
    if (m_session.json())
        m_session.output().printJson(toJson(*p, value));
    else
        m_session.output().print(CliOutput::escaped(value, false));
    return ExitSuccess;
}

int SettingsCommand::set(const QStringList &args)
{
    const QString usageText = CliSession::usage(synopsis());
    QCommandLineParser parser;
    if (const auto stop = m_session.parse(parser, u"settings set"_s, args, usageText))
        return *stop;
    const QStringList words = parser.positionalArguments();
    if (words.size() != 2) {
        return m_session.usageError(
            tr("settings set: give a KEY and one VALUE (quote a value with spaces; \"\" clears "
               "it)."),
            usageText);
    }
    int exitCode = ExitSuccess;
    const Preference *p = preferenceFor(words.first(), u"settings set"_s, &exitCode);
    if (!p)
        return exitCode;
    QString normalized, error;
    // Checked before the database is opened: a bad value never creates a file.
    if (!Preferences::parse(*p, words.at(1), &normalized, &error))
        return m_session.usageError(tr("settings set: %1").arg(error), usageText);
    Database *database = m_session.database();
    if (!database)
        return ExitFailure;
    Preferences preferences(*database);
    const QString before = preferences.value(*p);
    switch (preferences.set(*p, words.at(1), &error)) {
    case Preferences::Outcome::Saved:
        break;
    case Preferences::Outcome::Invalid:
        return m_session.usageError(tr("settings set: %1").arg(error), usageText);
    case Preferences::Outcome::NotApplicable:
    case Preferences::Outcome::Failed:
        return m_session.failure(error);
    }
    const QString after = preferences.value(*p);
    if (m_session.json()) {
        QJsonObject o = toJson(*p, after);
        o.insert(u"previous"_s, jsonValue(*p, before));
        m_session.output().printJson(o);
        return ExitSuccess;
    }
    m_session.output().print(tr("%1: %2 (was %3).")
                                 .arg(p->key, CliOutput::escaped(shown(*p, after), false),
                                      CliOutput::escaped(shown(*p, before), false)));
    return ExitSuccess;
}

} // namespace rapport
