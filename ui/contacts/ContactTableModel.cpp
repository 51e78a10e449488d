#include "contacts/ContactTableModel.h"

#include "common/TierStyle.h"
#include "domain/RelativeDate.h"

#include "store/ContactStore.h"

#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace rapport {

ContactTableModel::ContactTableModel(ContactStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_countTimer(new QTimer(this))
{
    m_countTimer->setSingleShot(true);
    connect(m_countTimer, &QTimer::timeout, this, &ContactTableModel::completeCount);
    m_count = m_store.count(m_query);
}

void ContactTableModel::setQuery(const ContactQuery &query)
{
    m_query = query;
    if (query.sort != ContactSort::Id) {
        m_columnSort = query.sort;
        m_columnDescending = query.descending;
    }
    reset();
}

void ContactTableModel::setSearchText(const QString &text)
{
    if (text == m_query.search)
        return;
    ContactQuery q = m_query;
    const bool starting = q.search.trimmed().isEmpty() && !text.trimmed().isEmpty();
    q.search = text;
    if (text.trimmed().isEmpty()) {
        q.sort = m_columnSort;
        q.descending = m_columnDescending;
    } else if (starting) {
        q.sort = ContactSort::Id;
        q.descending = true;
    }
    setQuery(q);
}

void ContactTableModel::setTierFilter(int rank)
{
    ContactQuery q = m_query;
    q.tierRank = qBound(0, rank, 6);
    if (q != m_query)
        setQuery(q);
}

void ContactTableModel::setReviewFilter(const ContactReviewFilter &filter)
{
    ContactQuery q = m_query;
    q.review = filter;
    if (q != m_query)
        setQuery(q);
}

void ContactTableModel::refresh()
{
    reset();
}

void ContactTableModel::reset()
{
    beginResetModel();
    m_pages.clear();
    m_countTimer->stop();
    if (m_query.search.trimmed().isEmpty()) {
        m_count = m_store.count(m_query);
        m_exact = true;
    } else {
        m_count = m_store.countUpTo(m_query, QuickRows + 1);
        m_exact = m_count <= QuickRows;
        if (!m_exact) {
            m_count = QuickRows;
            m_countTimer->start(CountDelayMs);
        }
    }
    endResetModel();
    emit countChanged(m_count);
}

void ContactTableModel::completeCount()
{
    m_countTimer->stop();
    if (m_exact)
        return;
    const int total = m_store.count(m_query);
    if (total < m_count) {
        // Rows went away meanwhile: start over rather than show stale ones.
        reset();
        return;
    }
    m_exact = true;
    if (total > m_count) {
        beginInsertRows(QModelIndex(), m_count, total - 1);
        m_count = total;
        endInsertRows();
    }
    emit countChanged(m_count);
}

bool ContactTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exact;
}

void ContactTableModel::fetchMore(const QModelIndex &parent)
{
    // Views ask from inside their own change handling; insert the rows on the
    // next turn of the event loop rather than nest a change in theirs.
    if (!parent.isValid() && !m_exact)
        m_countTimer->start(0);
}

int ContactTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int ContactTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const QVector<Contact> *ContactTableModel::fetchPage(int pageIndex) const
{
    const auto cached = m_pages.constFind(pageIndex);
    if (cached != m_pages.cend())
        return &cached.value();

    const int start = pageIndex * PageSize;
    const int end = qMin(start + PageSize, m_count);
    const int size = end - start;
    if (size <= 0)
        return nullptr;

    // SQLite walks and discards every OFFSET row, so the query is anchored
    // where the fewest rows lie between the anchor and the page: the start,
    // the end (read backwards), or a cached page's edge (keyset cursor).
    enum class Anchor { Start, End, AfterPage, BeforePage };
    Anchor anchor = Anchor::Start;
    int offset = start;
    int neighbour = -1;
    // Until a big search is fully counted its end is unknown.
    if (m_exact && m_count - end < offset) {
        anchor = Anchor::End;
        offset = m_count - end;
    }
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        const int firstRow = it.key() * PageSize;
        if (it.key() < pageIndex) {
            const int gap = start - (firstRow + int(it.value().size()));
            if (gap >= 0 && gap < offset) {
                anchor = Anchor::AfterPage;
                offset = gap;
                neighbour = it.key();
            }
        } else {
            const int gap = firstRow - end;
            if (gap >= 0 && gap < offset) {
                anchor = Anchor::BeforePage;
                offset = gap;
                neighbour = it.key();
            }
        }
    }

    QList<Contact> rows;
    switch (anchor) {
    case Anchor::Start:
        rows = m_store.page(m_query, {}, size, offset);
        break;
    case Anchor::End:
        rows = m_store.page(m_query, {}, size, offset, true);
        std::reverse(rows.begin(), rows.end());
        break;
    case Anchor::AfterPage:
        rows = m_store.page(m_query,
                            ContactStore::cursorFor(m_pages.value(neighbour).last(), m_query.sort),
                            size, offset);
        break;
    case Anchor::BeforePage:
        rows = m_store.page(m_query,
                            ContactStore::cursorFor(m_pages.value(neighbour).first(), m_query.sort),
                            size, offset, true);
        std::reverse(rows.begin(), rows.end());
        break;
    }

    while (m_pages.size() >= MaxCachedPages) {
        auto farthest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (qAbs(it.key() - pageIndex) > qAbs(farthest.key() - pageIndex))
                farthest = it;
        }
        m_pages.erase(farthest);
    }
    return &m_pages.insert(pageIndex, QVector<Contact>(rows.cbegin(), rows.cend())).value();
}

const Contact *ContactTableModel::rowContact(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const QVector<Contact> *page = fetchPage(row / PageSize);
    const int inPage = row % PageSize;
    if (!page || inPage >= page->size())
        return nullptr;
    return &page->at(inPage);
}

qint64 ContactTableModel::contactIdAt(int row) const
{
    const Contact *c = rowContact(row);
    return c ? c->id : 0;
}

std::optional<Contact> ContactTableModel::contactAt(int row) const
{
    if (const Contact *c = rowContact(row))
        return *c;
    return std::nullopt;
}

int ContactTableModel::findRow(qint64 contactId, int nearRow) const
{
    if (m_count == 0 || contactId <= 0)
        return -1;
    const int near = qBound(0, nearRow, m_count - 1) / PageSize;
    for (int pageIndex : {near, near - 1, near + 1}) {
        if (pageIndex < 0 || pageIndex * PageSize >= m_count)
            continue;
        const QVector<Contact> *page = fetchPage(pageIndex);
        for (int i = 0; page && i < page->size(); ++i) {
            if (page->at(i).id == contactId)
                return pageIndex * PageSize + i;
        }
    }
    return -1;
}

QVariant ContactTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::TextAlignmentRole &&
        role != ContactIdRole && role != Qt::DecorationRole) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == DegreeColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
        if (index.column() == ScoreColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    }
    const Contact *c = rowContact(index.row());
    if (!c)
        return {};
    if (role == ContactIdRole)
        return c->id;
    if (role == Qt::DecorationRole) {
        if (index.column() == TierColumn)
            return TierStyle::icon(c->tier());
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == ConnectedOnColumn && c->connectedOn.isValid())
            return QLocale().toString(c->connectedOn, QLocale::LongFormat);
        if (index.column() == LastEngagedColumn && c->lastEngagedOn.isValid())
            return QLocale().toString(c->lastEngagedOn, QLocale::LongFormat);
        if (index.column() == ScoreColumn)
            return tr("Connection score %1 of 100: recency, frequency, two-way contact, "
                      "replies and value given. Select the contact for the parts.")
                .arg(c->score);
        if (index.column() == TierColumn && !c->tier().isNone()) {
            return c->tier().lapsed
                       ? tr("%1: the best engagement ever shown; nothing within the recency "
                            "window.")
                             .arg(TierStyle::label(c->tier()))
                       : tr("%1: the best engagement shown within the recency window.")
                             .arg(TierStyle::label(c->tier()));
        }
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return c->fullName();
    case TierColumn:
        return TierStyle::label(c->tier());
    case LastEngagedColumn:
        return RelativeDate::text(c->lastEngagedOn);
    case ScoreColumn:
        return QLocale().toString(c->score);
    case PositionColumn:
        return c->position;
    case CompanyColumn:
        return c->company;
    case LocationColumn:
        return c->location;
    case IndustryColumn:
        return c->industry;
    case ConnectedOnColumn:
        return c->connectedOn.isValid() ? QLocale().toString(c->connectedOn, QLocale::ShortFormat)
                                        : QString();
    case DegreeColumn:
        switch (c->degree) {
        case 1:
            return tr("1st");
        case 2:
            return tr("2nd");
        case 3:
            return tr("3rd");
        default:
            return QString();
        }
    default:
        return {};
    }
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Name");
        case TierColumn:
            return tr("Tier");
        case LastEngagedColumn:
            return tr("Last engaged");
        case PositionColumn:
            return tr("Position");
        case CompanyColumn:
            return tr("Company");
        case LocationColumn:
            return tr("Location");
        case IndustryColumn:
            return tr("Industry");
        case ConnectedOnColumn:
            return tr("Connected");
        case DegreeColumn:
            return tr("Degree");
        case ScoreColumn:
            return tr("Score");
        }
    }
    if (role == Qt::TextAlignmentRole && section == DegreeColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
    // QHeaderView's first click on a column sorts in this order.
    if (role == Qt::InitialSortOrderRole && section == ScoreColumn)
        return QVariant::fromValue(int(Qt::DescendingOrder));
    return {};
}

ContactSort ContactTableModel::sortForColumn(int column)
{
    switch (column) {
    case PositionColumn:
        return ContactSort::Position;
    case CompanyColumn:
        return ContactSort::Company;
    case LocationColumn:
        return ContactSort::Location;
    case IndustryColumn:
        return ContactSort::Industry;
    case ConnectedOnColumn:
        return ContactSort::ConnectedOn;
    case DegreeColumn:
        return ContactSort::Degree;
    case TierColumn:
        return ContactSort::Tier;
    case LastEngagedColumn:
        return ContactSort::LastEngaged;
    case ScoreColumn:
        return ContactSort::Score;
    default:
        return ContactSort::Name;
    }
}

void ContactTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_columnSort = sortForColumn(column);
    m_columnDescending = order == Qt::DescendingOrder;
    ContactQuery q = m_query;
    q.sort = m_columnSort;
    q.descending = m_columnDescending;
    if (q != m_query)
        setQuery(q);
}

} // namespace rapport
