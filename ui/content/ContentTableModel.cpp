#include "content/ContentTableModel.h"

#include "domain/ContentKindSummary.h"
#include "store/ContentStore.h"

#include <QLocale>
#include <cmath>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// Whole numbers from ten up; one decimal below, where it still tells.
QString formatAverage(double value)
{
    const QLocale locale;
    if (value < 10 && std::abs(value - std::round(value)) >= 0.05)
        return locale.toString(value, 'f', 1);
    return locale.toString(qRound64(value));
}

const QString unknown = u"—"_s;

QString formatDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : unknown;
}

} // namespace

ContentTableModel::ContentTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ContentTableModel::setStore(ContentStore *store)
{
    m_store = store;
    reload();
}

void ContentTableModel::reload()
{
    setRows(m_store ? m_store->stats() : QList<ContentStats>());
}

void ContentTableModel::setRows(const QList<ContentStats> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

std::optional<ContentStats> ContentTableModel::statsAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

int ContentTableModel::rowOf(qint64 pieceId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).piece.id == pieceId)
            return row;
    }
    return -1;
}

QString ContentTableModel::formatRate(std::optional<double> rate)
{
    if (!rate)
        return unknown;
    return tr("%1 %").arg(QLocale().toString(*rate * 100.0, 'f', 1));
}

QString ContentTableModel::kindText(ContentKind kind)
{
    return kind == ContentKind::Article ? tr("Article") : tr("Post");
}

int ContentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContentStats &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() >= ViewsColumn && index.column() <= LikeShareColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case PieceIdRole:
        return row.piece.id;
    case KindRole:
        return ContentPiece::kindName(row.piece.kind);
    case SortRole:
        return sortValue(row, index.column());
    default:
        return {};
    }
}

QString ContentTableModel::countText(const std::optional<ContentMetrics> &reading,
                                     std::optional<int> ContentMetrics::*field)
{
    if (!reading)
        return unknown;
    const std::optional<int> value = (*reading).*field;
    return value ? QLocale().toString(*value) : tr("?");
}

QVariant ContentTableModel::display(const ContentStats &row, int column) const
{
    switch (column) {
    case KindColumn:
        return kindText(row.piece.kind);
    case TitleColumn:
        return row.piece.title;
    case PublishedColumn:
        return formatDate(row.piece.publishedOn);
    case ViewsColumn:
        return countText(row.latest, &ContentMetrics::views);
    case ReactionsColumn:
        return countText(row.latest, &ContentMetrics::reactions);
    case CommentsColumn:
        return countText(row.latest, &ContentMetrics::comments);
    case SharesColumn:
        return countText(row.latest, &ContentMetrics::shares);
    case EngagersColumn:
        return QLocale().toString(row.loggedEngagers);
    case EngagementRateColumn:
        return row.rate().text(QLocale());
    case LikeShareColumn:
        return formatRate(row.likeShare());
    case NumbersAsOfColumn:
        return row.latest ? formatDate(row.latest->takenOn) : unknown;
    default:
        return {};
    }
}

QVariant ContentTableModel::sortValue(const ContentStats &row, int column) const
{
    auto latest = [&](std::optional<int> ContentMetrics::*field) {
        const std::optional<int> value = row.latest ? (*row.latest).*field : std::nullopt;
        return value ? QVariant(*value) : QVariant();
    };
    auto rate = [](std::optional<double> value) {
        return value ? QVariant(*value) : QVariant();
    };
    switch (column) {
    case KindColumn:
        return kindText(row.piece.kind);
    case TitleColumn:
        return row.piece.title;
    case PublishedColumn:
        return row.piece.publishedOn;
    case ViewsColumn:
        return latest(&ContentMetrics::views);
    case ReactionsColumn:
        return latest(&ContentMetrics::reactions);
    case CommentsColumn:
        return latest(&ContentMetrics::comments);
    case SharesColumn:
        return latest(&ContentMetrics::shares);
    case EngagersColumn:
        return row.loggedEngagers;
    case EngagementRateColumn:
        return rate(row.engagementRate());
    case LikeShareColumn:
        return rate(row.likeShare());
    case NumbersAsOfColumn:
        return row.latest ? QVariant(row.latest->takenOn) : QVariant();
    default:
        return {};
    }
}

QString ContentTableModel::rateToolTip(const ContentStats &row)
{
    const QLocale locale;
    const EngagementRate rate = row.rate();
    QString text = tr("Engagement rate: %1").arg(rate.explanation(locale));
    const bool breakdown =
        row.latest && row.latest->reactions && row.latest->comments && row.latest->shares;
    if (rate.status() == EngagementRate::Status::Known && !breakdown) {
        text += u'\n' + tr("= %1 engagements (LinkedIn's total, without a breakdown) ÷ %2 views, "
                           "as LinkedIn showed on %3")
                            .arg(locale.toString(rate.engagements()), locale.toString(rate.views()),
                                 locale.toString(row.latest->takenOn, QLocale::LongFormat));
    } else if (rate.status() == EngagementRate::Status::Known) {
        text += u'\n' + tr("= (%1 reactions + %2 comments + %3 shares) ÷ %4 views, as LinkedIn "
                           "showed on %5")
                            .arg(locale.toString(*row.latest->reactions),
                                 locale.toString(*row.latest->comments),
                                 locale.toString(*row.latest->shares),
                                 locale.toString(*row.latest->views),
                                 locale.toString(row.latest->takenOn, QLocale::LongFormat));
    }
    text += u'\n' + tr("Engagers you logged (%1) are counted apart, never in the rate.")
                        .arg(locale.toString(row.loggedEngagers));
    return text;
}

QString ContentTableModel::summaryText(const QList<ContentStats> &rows)
{
    const QLocale locale;
    auto part = [&](ContentKind kind) {
        const ContentKindSummary s = ContentKindSummary::of(rows, kind);
        const QString name = kind == ContentKind::Article ? tr("Articles") : tr("Posts");
        if (s.pieces == 0)
            return tr("%1: none").arg(name);
        const QString logged =
            tr("%1 engagers you logged").arg(formatAverage(s.averageLoggedEngagers));
        if (s.piecesWithViews == 0)
            return tr("%1: %2, no views recorded yet, average %3")
                .arg(name, locale.toString(s.pieces), logged);
        return tr("%1: %2, average %3 views, engagement rate %4, average %5")
            .arg(name, locale.toString(s.pieces), locale.toString(qRound64(s.averageViews)),
                 s.rate.text(locale), logged);
    };
    // The counts on one line, why views differ on the next: one long line
    // would wrap mid-sentence.
    return tr("%1 · %2\nA post view counts when it loads on screen, an article view needs a "
              "click, so compare engagement, not views.")
        .arg(part(ContentKind::Article), part(ContentKind::Post));
}

QString ContentTableModel::summaryToolTip(const QList<ContentStats> &rows)
{
    const QLocale locale;
    QStringList lines{tr("How is this computed? Engagement rate of a kind = its total "
                         "(reactions + comments + shares) ÷ its total views, over the pieces "
                         "whose latest numbers have views and all three counts.")};
    for (const ContentKind kind : {ContentKind::Article, ContentKind::Post}) {
        const ContentKindSummary s = ContentKindSummary::of(rows, kind);
        lines << tr("%1: %2 (%3 of %4 counted)")
                     .arg(kind == ContentKind::Article ? tr("Articles") : tr("Posts"),
                          s.rate.explanation(locale), locale.toString(s.piecesCounted),
                          locale.toString(s.pieces));
    }
    lines << tr("Engagers you logged: the different people you logged on each piece, averaged "
                "over all pieces; never part of the rate.");
    return lines.join(u'\n');
}

QVariant ContentTableModel::toolTip(const ContentStats &row, int column) const
{
    const QLocale locale;
    switch (column) {
    case TitleColumn:
        return row.piece.url.isEmpty() ? row.piece.title
                                       : tr("%1\n%2").arg(row.piece.title, row.piece.url);
    case PublishedColumn:
        return row.piece.publishedOn.isValid()
                   ? locale.toString(row.piece.publishedOn, QLocale::LongFormat)
                   : tr("No publication date");
    case ViewsColumn:
    case ReactionsColumn:
    case CommentsColumn:
    case SharesColumn:
        return row.latest ? tr("As LinkedIn showed on %1; \"?\" is a count not recorded then")
                                .arg(locale.toString(row.latest->takenOn, QLocale::LongFormat))
                          : tr("No numbers yet: use Add Numbers… to record what LinkedIn shows");
    case EngagersColumn:
        return tr("Different people you logged as engaging with it; not part of the engagement "
                  "rate");
    case EngagementRateColumn:
        return rateToolTip(row);
    case LikeShareColumn:
        if (const auto share = row.likeShare()) {
            return tr("Reactions ÷ (reactions + comments + shares) = %1 ÷ %2 = %3 — lower means "
                      "better engagement")
                .arg(locale.toString(*row.latest->reactions),
                     locale.toString(*row.latest->engagements()), formatRate(share));
        }
        return tr("Reactions ÷ (reactions + comments + shares); unknown until all three are "
                  "recorded");
    case NumbersAsOfColumn:
        return row.latest ? locale.toString(row.latest->takenOn, QLocale::LongFormat)
                          : tr("No numbers recorded yet");
    default:
        return {};
    }
}

QVariant ContentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case KindColumn:
            return tr("Kind");
        case TitleColumn:
            return tr("Title");
        case PublishedColumn:
            return tr("Published");
        case ViewsColumn:
            return tr("Views");
        case ReactionsColumn:
            return tr("Reactions");
        case CommentsColumn:
            return tr("Comments");
        case SharesColumn:
            return tr("Shares");
        case EngagersColumn:
            return tr("Engagers\nyou logged");
        case EngagementRateColumn:
            // Two lines keep the numeric columns narrow.
            return tr("Engagement\nrate");
        case LikeShareColumn:
            return tr("Likes\nshare");
        case NumbersAsOfColumn:
            return tr("Numbers\nas of");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ViewsColumn:
            return tr("Views in the latest numbers. A post view counts when the post loads on "
                      "screen, an article view needs a click: compare engagement, not views.");
        case EngagersColumn:
            return tr("Different people you logged as engaging with it; counted apart from the "
                      "engagement rate");
        case EngagementRateColumn:
            return tr("How is this computed? (reactions + comments + shares) ÷ views, from the "
                      "latest numbers you added. \"no counts\": views but no reactions, "
                      "comments and shares; \"—\": no views to divide by. Hover over a rate "
                      "to see its numbers.");
        case LikeShareColumn:
            return tr("Share of likes among likes, comments and shares — lower means better "
                      "engagement");
        case NumbersAsOfColumn:
            return tr("Date of the latest numbers. LinkedIn drops post statistics after about a "
                      "month; Rapport keeps every snapshot you add.");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && section >= ViewsColumn && section <= LikeShareColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace rapport
