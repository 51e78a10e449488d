#include "ContentTableModel.h"

#include "store/ContentStore.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

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

QVariant ContentTableModel::display(const ContentStats &row, int column) const
{
    const QLocale locale;
    auto count = [&](int value) {
        return row.latest ? locale.toString(value) : unknown;
    };
    switch (column) {
    case KindColumn:
        return kindText(row.piece.kind);
    case TitleColumn:
        return row.piece.title;
    case PublishedColumn:
        return formatDate(row.piece.publishedOn);
    case ViewsColumn:
        return count(row.latest ? row.latest->views : 0);
    case ReactionsColumn:
        return count(row.latest ? row.latest->reactions : 0);
    case CommentsColumn:
        return count(row.latest ? row.latest->comments : 0);
    case SharesColumn:
        return count(row.latest ? row.latest->shares : 0);
    case EngagersColumn:
        return locale.toString(row.engagers);
    case EngagementRateColumn:
        return formatRate(row.engagementRate());
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
    auto latest = [&](int value) {
        return row.latest ? QVariant(value) : QVariant();
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
        return latest(row.latest ? row.latest->views : 0);
    case ReactionsColumn:
        return latest(row.latest ? row.latest->reactions : 0);
    case CommentsColumn:
        return latest(row.latest ? row.latest->comments : 0);
    case SharesColumn:
        return latest(row.latest ? row.latest->shares : 0);
    case EngagersColumn:
        return row.engagers;
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
        return row.latest ? tr("As LinkedIn showed on %1")
                                .arg(locale.toString(row.latest->takenOn, QLocale::LongFormat))
                          : tr("No numbers yet: use Add Numbers… to record what LinkedIn shows");
    case EngagersColumn:
        return tr("Different people you logged as engaging with it");
    case EngagementRateColumn:
        if (const auto rate = row.engagementRate())
            return tr("%1 people engaged ÷ %2 views")
                .arg(locale.toString(row.engagers), locale.toString(row.latest->views));
        return tr("People who engaged ÷ views; unknown until views are recorded");
    case LikeShareColumn:
        return tr("Share of likes among likes, comments and shares — lower means better "
                  "engagement");
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
            return tr("Engagers");
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
            return tr("Different people you logged as engaging with it");
        case EngagementRateColumn:
            return tr("People who engaged ÷ views");
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
