#include "ContentCommand.h"

#include "CliSession.h"
#include "ContentReport.h"
#include "ExitCode.h"
#include "OptionValues.h"
#include "domain/ContentKindSummary.h"
#include "store/ContentStore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// Long titles would push the numbers off a terminal; the full title is in
// the JSON.
constexpr qsizetype maximumTitleWidth = 40;

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// The forms a person may paste for a stored address: with or without the
// scheme, with or without the trailing slash.
QStringList urlForms(const QString &text)
{
    QStringList bases{text};
    if (!text.contains(u"://"_s))
        bases << u"https://"_s + text << u"http://"_s + text;
    QStringList forms;
    for (const QString &base : std::as_const(bases)) {
        forms << base;
        forms << (base.endsWith(u'/') ? base.chopped(1) : base + u'/');
    }
    return forms;
}

} // namespace

ContentCommand::ContentCommand(CliSession &session)
    : m_session(session)
{}

QString ContentCommand::synopsis(const QString &subcommand)
{
    const QString prefix = u"content "_s;
    if (subcommand == u"add"_s) {
        return prefix + tr("add post|article --title T [--url U] [--published DATE]\n"
                           "    Prints the new piece's id. DATE defaults to today.");
    }
    if (subcommand == u"metrics"_s) {
        return prefix +
               tr("metrics CONTENT [--views N] [--reactions N] [--comments N] [--shares N]\n"
                  "    [--date DATE]\n"
                  "    Records the numbers LinkedIn shows for a piece on DATE (default today);\n"
                  "    a second reading on the same day replaces the first. A count you do not\n"
                  "    give is recorded as unknown, not as 0 (give at least one). Prints its id.");
    }
    if (subcommand == u"history"_s) {
        return prefix + tr("history CONTENT\n"
                           "    Every reading of a piece, oldest first, with its engagement rate.");
    }
    if (subcommand == u"list"_s) {
        return prefix +
               tr("list\n"
                  "    Each piece with its latest views, engagements (reactions + comments +\n"
                  "    shares), engagement rate (engagements ÷ views), like share (reactions ÷\n"
                  "    engagements, lower is better) and the engagers you logged, then posts\n"
                  "    against articles (total engagements ÷ total views). \"?\": a count not\n"
                  "    known; \"no counts\": views without reactions, comments and shares;\n"
                  "    \"—\": no views to divide by.");
    }
    return {};
}

QString ContentCommand::usage(const QString &subcommand)
{
    return CliSession::usage(synopsis(subcommand));
}

QString ContentCommand::synopsis()
{
    return synopsis(u"add"_s) + u'\n' + synopsis(u"metrics"_s) + u'\n' + synopsis(u"history"_s) +
           u'\n' + synopsis(u"list"_s) + u'\n' + tr("    CONTENT: a piece's id or its URL.");
}

std::optional<ContentPiece> ContentCommand::resolve(const ContentStore &store, const QString &text,
                                                    QString *error)
{
    const QString trimmed = text.trimmed();
    const QString digits = trimmed.startsWith(u'#') ? trimmed.mid(1) : trimmed;
    bool isNumber = false;
    const qint64 id = digits.toLongLong(&isNumber);
    if (isNumber) {
        if (auto piece = store.get(id))
            return piece;
        *error = tr("There is no post or article with id %1. \"rapport-cli content list\" shows "
                    "them.")
                     .arg(digits);
        return std::nullopt;
    }
    for (const QString &form : urlForms(trimmed)) {
        if (auto piece = store.findByUrl(form))
            return piece;
    }
    *error = tr("No post or article has the address \"%1\". Give its id (see \"rapport-cli content "
                "list\") or add it with \"rapport-cli content add\".")
                 .arg(trimmed);
    return std::nullopt;
}

int ContentCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QString usageText = CliSession::usage(tr("content COMMAND\n\n%1").arg(synopsis()));
    if (const auto stop = m_session.parse(parser, u"content"_s, args, usageText))
        return *stop;
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty())
        return m_session.usageError(tr("content: say what to do: add, metrics, history or list."),
                                    usageText);
    const QString subcommand = words.first();
    const QStringList rest = words.mid(1);
    if (subcommand == u"add"_s)
        return add(rest);
    if (subcommand == u"metrics"_s)
        return metrics(rest);
    if (subcommand == u"history"_s)
        return history(rest);
    if (subcommand == u"list"_s)
        return list(rest);
    return m_session.usageError(
        tr("content: there is no command \"%1\". Use add, metrics, history or list.")
            .arg(subcommand),
        usageText);
}

int ContentCommand::add(const QStringList &args)
{
    const QString usageText = usage(u"add"_s);
    QCommandLineParser parser;
    parser.addOptions({
        {u"title"_s, tr("The title."), tr("T")},
        {u"url"_s, tr("The address of the post or article."), tr("U")},
        {u"published"_s, tr("The day it was published (default today)."), tr("DATE")},
    });
    if (const auto stop = m_session.parse(parser, u"content add"_s, args, usageText))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return m_session.usageError(
            positional.isEmpty()
                ? tr("content add: say whether it is a post or an article.")
                : tr("content add: unexpected \"%1\". Give the title with --title (quoted).")
                      .arg(positional.at(1)),
            usageText);
    }
    ContentPiece piece;
    if (!ContentPiece::kindFromName(positional.first(), &piece.kind)) {
        return m_session.usageError(
            tr("content add: \"%1\" is not a kind of content. Use post or article.")
                .arg(positional.first()),
            usageText);
    }
    if (!parser.isSet(u"title"_s)) {
        return m_session.usageError(tr("content add: --title is missing. Give the title."),
                                    usageText);
    }
    piece.title = parser.value(u"title"_s);
    piece.url = parser.value(u"url"_s);
    piece.publishedOn = QDate::currentDate();
    QString error;
    if (parser.isSet(u"published"_s) &&
        !OptionValues::date(u"--published"_s, parser.value(u"published"_s), &piece.publishedOn,
                            &error)) {
        return m_session.usageError(tr("content add: %1").arg(error), usageText);
    }
    if (piece.publishedOn > QDate::currentDate()) {
        return m_session.failure(tr("The date %1 is in the future. Give the day it was published.")
                                     .arg(dateText(piece.publishedOn)));
    }

    Database *database = m_session.database();
    if (!database)
        return ExitFailure;
    ContentStore store(*database);
    if (!store.add(piece, &error))
        return m_session.failure(error);
    if (m_session.json())
        m_session.output().printJson(QJsonObject{{u"id"_s, piece.id}});
    else
        m_session.output().print(QString::number(piece.id));
    return ExitSuccess;
}

int ContentCommand::metrics(const QStringList &args)
{
    const QString usageText = usage(u"metrics"_s);
    QCommandLineParser parser;
    parser.addOptions({
        {u"views"_s, tr("Views (impressions for a post, clicks for an article)."), tr("N")},
        {u"reactions"_s, tr("Reactions (likes and the like)."), tr("N")},
        {u"comments"_s, tr("Comments."), tr("N")},
        {u"shares"_s, tr("Shares."), tr("N")},
        {u"date"_s, tr("The day the numbers were read (default today)."), tr("DATE")},
    });
    if (const auto stop = m_session.parse(parser, u"content metrics"_s, args, usageText))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return m_session.usageError(
            positional.isEmpty()
                ? tr("content metrics: say which post or article (its id or URL).")
                : tr("content metrics: give one post or article, not %1.").arg(positional.size()),
            usageText);
    }
    if (!parser.isSet(u"views"_s) && !parser.isSet(u"reactions"_s) &&
        !parser.isSet(u"comments"_s) && !parser.isSet(u"shares"_s)) {
        return m_session.usageError(tr("content metrics: give at least one of --views, "
                                       "--reactions, --comments and --shares; the ones you leave "
                                       "out are recorded as unknown."),
                                    usageText);
    }
    ContentMetrics numbers;
    QString error;
    const struct
    {
        const char16_t *option;
        std::optional<int> *value;
    } counts[] = {{u"views", &numbers.views},
                  {u"reactions", &numbers.reactions},
                  {u"comments", &numbers.comments},
                  {u"shares", &numbers.shares}};
    for (const auto &count : counts) {
        const QString option = QStringView(count.option).toString();
        if (!parser.isSet(option))
            continue;
        int value = 0;
        if (!OptionValues::wholeNumber(u"--"_s + option, parser.value(option), &value, &error))
            return m_session.usageError(tr("content metrics: %1").arg(error), usageText);
        *count.value = value;
    }
    numbers.takenOn = QDate::currentDate();
    if (parser.isSet(u"date"_s) &&
        !OptionValues::date(u"--date"_s, parser.value(u"date"_s), &numbers.takenOn, &error)) {
        return m_session.usageError(tr("content metrics: %1").arg(error), usageText);
    }
    if (numbers.takenOn > QDate::currentDate()) {
        return m_session.failure(tr("The date %1 is in the future. Give the day you read the "
                                    "numbers.")
                                     .arg(dateText(numbers.takenOn)));
    }

    Database *database = m_session.database();
    if (!database)
        return ExitFailure;
    ContentStore store(*database);
    const std::optional<ContentPiece> piece = resolve(store, positional.first(), &error);
    if (!piece)
        return m_session.failure(error);
    numbers.contentId = piece->id;
    if (!store.addMetrics(numbers, &error))
        return m_session.failure(error);
    if (m_session.json())
        m_session.output().printJson(QJsonObject{{u"id"_s, numbers.id}});
    else
        m_session.output().print(QString::number(numbers.id));
    return ExitSuccess;
}

int ContentCommand::history(const QStringList &args)
{
    const QString usageText = usage(u"history"_s);
    QCommandLineParser parser;
    if (const auto stop = m_session.parse(parser, u"content history"_s, args, usageText))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return m_session.usageError(
            positional.isEmpty()
                ? tr("content history: say which post or article (its id or URL).")
                : tr("content history: give one post or article, not %1.").arg(positional.size()),
            usageText);
    }
    Database *database = m_session.database(CliSession::Access::Read);
    if (!database)
        return ExitFailure;
    ContentStore store(*database);
    QString error;
    const std::optional<ContentPiece> piece = resolve(store, positional.first(), &error);
    if (!piece)
        return m_session.failure(error);
    const QList<ContentMetrics> readings = store.metrics(piece->id);
    if (m_session.json()) {
        QJsonArray rows;
        for (const ContentMetrics &m : readings)
            rows.append(ContentReport::readingJson(m));
        m_session.output().printJson(
            QJsonObject{{u"id"_s, piece->id}, {u"title"_s, piece->title}, {u"readings"_s, rows}});
        return ExitSuccess;
    }
    if (readings.isEmpty()) {
        m_session.output().print(tr("No numbers for \"%1\" yet. Add them with \"rapport-cli "
                                    "content metrics %2 --views N ...\".")
                                     .arg(piece->title, QString::number(piece->id)));
        return ExitSuccess;
    }
    QList<QStringList> table{{tr("Date"), tr("Views"), tr("Reactions"), tr("Comments"),
                              tr("Shares"), tr("Engagements"), tr("Rate")}};
    const auto count = [](const std::optional<int> &n) {
        return ContentReport::countText(true, n ? std::optional<qint64>(*n) : std::nullopt);
    };
    for (const ContentMetrics &m : readings) {
        table << QStringList{dateText(m.takenOn),
                             count(m.views),
                             count(m.reactions),
                             count(m.comments),
                             count(m.shares),
                             ContentReport::countText(true, m.engagements()),
                             EngagementRate::ofReading(m).text()};
    }
    for (const QString &line : ContentReport::table(table, 1))
        m_session.output().print(line);
    return ExitSuccess;
}

int ContentCommand::list(const QStringList &args)
{
    const QString usageText = usage(u"list"_s);
    QCommandLineParser parser;
    if (const auto stop = m_session.parse(parser, u"content list"_s, args, usageText))
        return *stop;
    if (!parser.positionalArguments().isEmpty()) {
        return m_session.usageError(
            tr("content list: unexpected \"%1\".").arg(parser.positionalArguments().first()),
            usageText);
    }
    Database *database = m_session.database(CliSession::Access::Read);
    if (!database)
        return ExitFailure;
    const QList<ContentStats> rows = ContentStore(*database).stats();
    const ContentKindSummary posts = ContentKindSummary::of(rows, ContentKind::Post);
    const ContentKindSummary articles = ContentKindSummary::of(rows, ContentKind::Article);

    if (m_session.json()) {
        QJsonArray pieces;
        for (const ContentStats &row : rows)
            pieces.append(ContentReport::pieceJson(row));
        m_session.output().printJson(QJsonObject{
            {u"pieces"_s, pieces},
            {u"summary"_s, QJsonObject{{u"posts"_s, ContentReport::summaryJson(posts)},
                                       {u"articles"_s, ContentReport::summaryJson(articles)}}},
        });
        return ExitSuccess;
    }
    if (rows.isEmpty()) {
        m_session.output().error(
            tr("No posts or articles yet. Add one with \"rapport-cli content add\"."));
        return ExitSuccess;
    }

    // Columns: id, kind, published, title, views, engagements, rate, like
    // share, engagers you logged.
    QList<QStringList> table{{tr("Id"), tr("Kind"), tr("Published"), tr("Title"), tr("Views"),
                              tr("Engagements"), tr("Rate"), tr("Like share"),
                              tr("Engagers logged")}};
    for (const ContentStats &row : rows) {
        QString title = row.piece.title.simplified();
        if (title.size() > maximumTitleWidth)
            title = title.left(maximumTitleWidth - 1) + u'…';
        const QString published = dateText(row.piece.publishedOn);
        const bool read = row.latest.has_value();
        const std::optional<qint64> views =
            read && row.latest->views ? std::optional<qint64>(*row.latest->views) : std::nullopt;
        table << QStringList{
            u"#"_s + QString::number(row.piece.id),
            ContentPiece::kindName(row.piece.kind),
            published.isEmpty() ? u"—"_s : published,
            title,
            ContentReport::countText(read, views),
            ContentReport::countText(read, read ? row.latest->engagements() : std::nullopt),
            row.rate().text(),
            ContentReport::percent(row.likeShare()),
            QString::number(row.loggedEngagers)};
    }
    for (const QString &line : ContentReport::table(table, 4))
        m_session.output().print(line);
    m_session.output().print(ContentReport::summaryText(posts) + u' ' +
                             ContentReport::summaryText(articles));
    return ExitSuccess;
}

} // namespace rapport
