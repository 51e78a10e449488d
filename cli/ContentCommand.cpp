#include "ContentCommand.h"

#include "CliSession.h"
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

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue orNull(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// "16.1 %": one decimal, the way the Content page shows rates.
QString percent(const std::optional<double> &fraction)
{
    return fraction ? QString::number(*fraction * 100.0, 'f', 1) + u" %"_s : u"-"_s;
}

// An average with one decimal, without a trailing ".0".
QString amount(double value)
{
    QString text = QString::number(value, 'f', 1);
    if (text.endsWith(u".0"_s))
        text.chop(2);
    return text;
}

// A count read from the command line: a whole number, 0 or more.
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

QJsonObject pieceJson(const ContentStats &s)
{
    const auto latest = s.latest;
    const auto number = [&latest](int ContentMetrics::*field) {
        return latest ? QJsonValue((*latest).*field) : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject{
        {u"id"_s, s.piece.id},
        {u"kind"_s, ContentPiece::kindName(s.piece.kind)},
        {u"title"_s, s.piece.title},
        {u"url"_s, orNull(s.piece.url)},
        {u"published_on"_s, orNull(dateText(s.piece.publishedOn))},
        {u"metrics_on"_s,
         latest ? QJsonValue(dateText(latest->takenOn)) : QJsonValue(QJsonValue::Null)},
        {u"views"_s, number(&ContentMetrics::views)},
        {u"reactions"_s, number(&ContentMetrics::reactions)},
        {u"comments"_s, number(&ContentMetrics::comments)},
        {u"shares"_s, number(&ContentMetrics::shares)},
        {u"engagers"_s, s.engagers},
        {u"likes"_s, s.likes},
        {u"engagements"_s, s.engagements},
        {u"engagement_rate"_s, orNull(s.engagementRate())},
        {u"like_share"_s, orNull(s.likeShare())},
    };
}

QJsonObject summaryJson(const ContentKindSummary &s)
{
    return QJsonObject{
        {u"pieces"_s, s.pieces},
        {u"pieces_with_views"_s, s.piecesWithViews},
        {u"average_views"_s, s.averageViews},
        {u"average_engagers"_s, s.averageEngagers},
        {u"engagement_rate"_s, orNull(s.rate)},
    };
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
               tr("metrics CONTENT --views N [--reactions N] [--comments N] [--shares N]\n"
                  "    [--date DATE]\n"
                  "    Records the numbers LinkedIn shows for a piece on DATE (default today);\n"
                  "    a second snapshot on the same day replaces the first. Prints its id.");
    }
    if (subcommand == u"list"_s) {
        return prefix + tr("list\n"
                           "    Each piece with its latest views, engagers, engagement rate\n"
                           "    (engagers per view) and like share (lower is better), then\n"
                           "    posts against articles.");
    }
    return {};
}

QString ContentCommand::usage(const QString &subcommand)
{
    return CliSession::usage(synopsis(subcommand));
}

QString ContentCommand::synopsis()
{
    return synopsis(u"add"_s) + u'\n' + synopsis(u"metrics"_s) + u'\n' + synopsis(u"list"_s) +
           u'\n' + tr("    CONTENT: a piece's id or its URL.");
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
        return m_session.usageError(tr("content: say what to do: add, metrics or list."),
                                    usageText);
    const QString subcommand = words.first();
    const QStringList rest = words.mid(1);
    if (subcommand == u"add"_s)
        return add(rest);
    if (subcommand == u"metrics"_s)
        return metrics(rest);
    if (subcommand == u"list"_s)
        return list(rest);
    return m_session.usageError(
        tr("content: there is no command \"%1\". Use add, metrics or list.").arg(subcommand),
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
    if (!parser.isSet(u"views"_s)) {
        return m_session.usageError(
            tr("content metrics: --views is missing. Give the views LinkedIn shows."), usageText);
    }
    ContentMetrics numbers;
    QString error;
    const struct
    {
        const char16_t *option;
        int *value;
    } counts[] = {{u"views", &numbers.views},
                  {u"reactions", &numbers.reactions},
                  {u"comments", &numbers.comments},
                  {u"shares", &numbers.shares}};
    for (const auto &count : counts) {
        const QString option = QStringView(count.option).toString();
        if (parser.isSet(option) &&
            !OptionValues::wholeNumber(u"--"_s + option, parser.value(option), count.value,
                                       &error)) {
            return m_session.usageError(tr("content metrics: %1").arg(error), usageText);
        }
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
            pieces.append(pieceJson(row));
        m_session.output().printJson(QJsonObject{
            {u"pieces"_s, pieces},
            {u"summary"_s,
             QJsonObject{{u"posts"_s, summaryJson(posts)}, {u"articles"_s, summaryJson(articles)}}},
        });
        return ExitSuccess;
    }
    if (rows.isEmpty()) {
        m_session.output().error(
            tr("No posts or articles yet. Add one with \"rapport-cli content add\"."));
        return ExitSuccess;
    }

    // Columns: id, kind, published, title, views, engagers, rate, like share.
    constexpr int columnCount = 8;
    const bool rightAligned[columnCount] = {true, false, false, false, true, true, true, true};
    QList<QStringList> table{{tr("Id"), tr("Kind"), tr("Published"), tr("Title"), tr("Views"),
                              tr("Engagers"), tr("Rate"), tr("Like share")}};
    for (const ContentStats &row : rows) {
        QString title = row.piece.title.simplified();
        if (title.size() > maximumTitleWidth)
            title = title.left(maximumTitleWidth - 1) + u'…';
        const QString published = dateText(row.piece.publishedOn);
        table << QStringList{u"#"_s + QString::number(row.piece.id),
                             ContentPiece::kindName(row.piece.kind),
                             published.isEmpty() ? u"-"_s : published,
                             title,
                             row.latest ? QString::number(row.latest->views) : u"-"_s,
                             QString::number(row.engagers),
                             percent(row.engagementRate()),
                             percent(row.likeShare())};
    }
    qsizetype widths[columnCount] = {};
    for (const QStringList &cells : std::as_const(table)) {
        for (int i = 0; i < columnCount; ++i)
            widths[i] = qMax(widths[i], cells.at(i).size());
    }
    for (const QStringList &cells : std::as_const(table)) {
        QStringList padded;
        for (int i = 0; i < columnCount; ++i) {
            padded << (rightAligned[i] ? cells.at(i).rightJustified(widths[i])
                                       : cells.at(i).leftJustified(widths[i]));
        }
        m_session.output().print(padded.join(u"  "_s));
    }

    const auto describe = [](const QString &label, const ContentKindSummary &s) {
        if (s.pieces == 0)
            return tr("%1: none.").arg(label);
        if (s.piecesWithViews == 0) {
            return tr("%1: %2, on average %3 engagers, no views recorded.")
                .arg(label)
                .arg(s.pieces)
                .arg(amount(s.averageEngagers));
        }
        const QString views = s.piecesWithViews == s.pieces
                                  ? tr("%1 views").arg(amount(s.averageViews))
                                  : tr("%1 views (of the %2 with numbers)")
                                        .arg(amount(s.averageViews))
                                        .arg(s.piecesWithViews);
        return tr("%1: %2, on average %3 and %4 engagers, engagement rate %5.")
            .arg(label)
            .arg(s.pieces)
            .arg(views, amount(s.averageEngagers), percent(s.rate));
    };
    m_session.output().print(describe(tr("Posts"), posts) + u' ' +
                             describe(tr("Articles"), articles));
    return ExitSuccess;
}

} // namespace rapport
