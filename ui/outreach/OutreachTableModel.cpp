#include "outreach/OutreachTableModel.h"

#include "common/MinuteTime.h"
#include "common/OutreachStyle.h"
#include "domain/RelativeDate.h"
#include "domain/TextFold.h"
#include "store/ContactStore.h"
#include "store/OutreachStore.h"

#include <QGuiApplication>
#include <QKeySequence>
#include <QLocale>
#include <QPalette>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

const QString unknown = u"—"_s;

// Long enough to read a message in a tooltip, short enough to fit a screen.
constexpr int maxToolTipBody = 600;

QStringList words(const QString &text)
{
    static const QRegularExpression separators(u"[^\\p{L}\\p{N}]+"_s);
    return TextFold::fold(text).split(separators, Qt::SkipEmptyParts);
}

QString fullDateTime(const QDateTime &utc)
{
    return MinuteTime::dateTime(utc, QLocale::LongFormat);
}

} // namespace

OutreachTableModel::OutreachTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void OutreachTableModel::setStores(ContactStore *contacts, OutreachStore *outreach)
{
    m_contacts = contacts;
    m_outreach = outreach;
    m_names.clear();
    setFilter(m_filter, m_search);
}

void OutreachTableModel::setFilter(const OutreachFilter &filter, const QString &contactSearch)
{
    m_filter = filter;
    m_search = contactSearch.trimmed();
    beginResetModel();
    m_rows.clear();
    m_today = m_fixedToday.isValid() ? m_fixedToday : QDate::currentDate();
    resolveSearch();
    m_offset = 0;
    m_more = m_outreach && m_contacts && m_nameMatch != NameMatch::Nobody;
    m_rows = readRows(PageSize);
    endResetModel();
}

void OutreachTableModel::setToday(const QDate &today)
{
    m_fixedToday = today;
    m_today = today.isValid() ? today : QDate::currentDate();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, WhenColumn), index(int(m_rows.size()) - 1, WhenColumn),
                         {Qt::DisplayRole});
}

void OutreachTableModel::reload()
{
    const int shown = int(m_rows.size());
    // Names may have changed since they were read.
    m_names.clear();
    beginResetModel();
    m_rows.clear();
    m_today = m_fixedToday.isValid() ? m_fixedToday : QDate::currentDate();
    resolveSearch();
    m_offset = 0;
    m_more = m_outreach && m_contacts && m_nameMatch != NameMatch::Nobody;
    m_rows = readRows(qMax(PageSize, shown));
    endResetModel();
}

void OutreachTableModel::resolveSearch()
{
    m_query = m_filter;
    m_contactIds.clear();
    m_searchWords = words(m_search);
    m_nameMatch = NameMatch::Any;
    if (m_searchWords.isEmpty() || !m_contacts)
        return;
    // The contact search index finds the candidates fast; it matches
    // companies and positions too, so the names are checked here.
    ContactQuery query;
    query.search = m_search;
    query.sort = ContactSort::Id;
    query.descending = true;
    const QList<Contact> found = m_contacts->page(query, ContactCursor(), MaxNameMatches + 1);
    if (found.size() > MaxNameMatches) {
        m_nameMatch = NameMatch::RowByRow;
        return;
    }
    for (const Contact &contact : found) {
        const QString name = contact.fullName();
        m_names.insert(contact.id, name);
        if (nameMatches(name) && (m_filter.contactId <= 0 || m_filter.contactId == contact.id))
            m_contactIds.insert(contact.id);
    }
    if (m_contactIds.isEmpty()) {
        m_nameMatch = NameMatch::Nobody;
    } else if (m_contactIds.size() == 1) {
        // One person: the store filters by contact, using its index.
        m_query.contactId = *m_contactIds.cbegin();
        m_nameMatch = NameMatch::Any;
    } else {
        m_nameMatch = NameMatch::Ids;
    }
}

bool OutreachTableModel::nameMatches(const QString &name) const
{
    const QStringList nameWords = words(name);
    for (const QString &wanted : m_searchWords) {
        const bool found = std::any_of(nameWords.cbegin(), nameWords.cend(),
                                       [&](const QString &w) { return w.startsWith(wanted); });
        if (!found)
            return false;
    }
    return true;
}

bool OutreachTableModel::accepts(const Outreach &outreach) const
{
    switch (m_nameMatch) {
    case NameMatch::Any:
        return true;
    case NameMatch::Nobody:
        return false;
    case NameMatch::Ids:
        return m_contactIds.contains(outreach.contactId);
    case NameMatch::RowByRow:
        return nameMatches(contactName(outreach.contactId));
    }
    return false;
}

QList<Outreach> OutreachTableModel::readRows(int wanted)
{
    QList<Outreach> rows;
    while (m_more && rows.size() < wanted) {
        const int limit =
            m_nameMatch == NameMatch::Any ? qMax(PageSize, wanted - int(rows.size())) : PageSize;
        const QList<Outreach> page = m_outreach->list(m_query, limit, m_offset);
        m_offset += int(page.size());
        if (page.size() < limit)
            m_more = false;
        for (const Outreach &o : page) {
            if (accepts(o))
                rows << o;
        }
    }
    return rows;
}

bool OutreachTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void OutreachTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more)
        return;
    const QList<Outreach> rows = readRows(PageSize);
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(rows.size()) - 1);
    m_rows += rows;
    endInsertRows();
}

std::optional<Outreach> OutreachTableModel::outreachAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

int OutreachTableModel::rowOf(qint64 outreachId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == outreachId)
            return row;
    }
    return -1;
}

QString OutreachTableModel::contactName(qint64 contactId) const
{
    const auto cached = m_names.constFind(contactId);
    if (cached != m_names.constEnd())
        return *cached;
    QString name;
    if (m_contacts) {
        if (const auto contact = m_contacts->get(contactId))
            name = contact->fullName();
    }
    if (name.isEmpty())
        name = tr("Contact #%1").arg(contactId);
    m_names.insert(contactId, name);
    return name;
}

QString OutreachTableModel::whenText(const QDateTime &happenedAt) const
{
    if (!happenedAt.isValid())
        return unknown;
    const QDateTime local = happenedAt.toLocalTime();
    const QString relative = RelativeDate::text(local.date(), m_today);
    // Many rows share "today": the time tells them apart.
    const qint64 days = local.date().daysTo(m_today);
    if (days == 0 || days == 1)
        return tr("%1, %2").arg(relative, MinuteTime::time(local.time()));
    return relative;
}

QString OutreachTableModel::deleteQuestion(const Outreach &outreach, const QString &contactName)
{
    const QString when =
        QLocale().toString(outreach.happenedAt.toLocalTime().date(), QLocale::LongFormat);
    const QString noun = OutreachStyle::channelNoun(outreach.channel);
    QString question;
    if (outreach.channel == u"call"_s)
        question = tr("Delete the call with %1 on %2?").arg(contactName, when);
    else if (outreach.direction == u"in"_s)
        question = tr("Delete the %1 %2 sent you on %3?").arg(noun, contactName, when);
    else
        question = tr("Delete the %1 you sent %2 on %3?").arg(noun, contactName, when);
    QStringList parts{question};
    const QString headline = OutreachTableModel::headline(outreach);
    if (!headline.isEmpty()) {
        constexpr int maxHeadline = 80;
        parts << tr("“%1”").arg(headline.size() > maxHeadline
                                    ? headline.left(maxHeadline - 1).trimmed() + QChar(0x2026)
                                    : headline);
    }
    parts << tr("Edit ▸ Undo (%1) brings it back.")
                 .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText));
    return parts.join(u"\n\n"_s);
}

QString OutreachTableModel::headline(const Outreach &outreach)
{
    if (!outreach.subject.trimmed().isEmpty())
        return outreach.subject.simplified();
    const QStringList lines = outreach.body.split(u'\n');
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            return line.simplified();
    }
    return {};
}

int OutreachTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutreachTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutreachTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Outreach &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::ForegroundRole:
        if (index.column() == OutcomeColumn && row.outcome.isEmpty())
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case OutreachIdRole:
        return row.id;
    case ContactIdRole:
        return row.contactId;
    case ChannelRole:
        return row.channel;
    case OutcomeRole:
        return row.outcome;
    case DirectionRole:
        return row.direction;
    default:
        return {};
    }
}

QVariant OutreachTableModel::display(const Outreach &row, int column) const
{
    switch (column) {
    case WhenColumn:
        return whenText(row.happenedAt);
    case ContactColumn:
        return contactName(row.contactId);
    case ChannelColumn:
        return OutreachStyle::channelLabel(row.channel);
    case DirectionColumn:
        return OutreachStyle::directionLabel(row.direction);
    case SubjectColumn:
        return headline(row);
    case OutcomeColumn:
        // What they sent has no outcome of its own.
        if (row.outcome.isEmpty() && row.direction == u"in"_s)
            return unknown;
        return OutreachStyle::outcomeLabel(row.outcome);
    case OutcomeDateColumn:
        if (row.outcome.isEmpty() || !row.outcomeAt.isValid())
            return unknown;
        return QLocale().toString(row.outcomeAt.toLocalTime().date(), QLocale::ShortFormat);
    case TemplateColumn:
        return row.templateName;
    default:
        return {};
    }
}

QVariant OutreachTableModel::toolTip(const Outreach &row, int column) const
{
    switch (column) {
    case WhenColumn:
        return row.happenedAt.isValid() ? fullDateTime(row.happenedAt) : QVariant();
    case ContactColumn:
        return contactName(row.contactId);
    case DirectionColumn:
        return row.direction == u"in"_s ? tr("Received: they contacted you")
                                        : tr("Sent: you contacted them");
    case SubjectColumn: {
        QString body = row.body.trimmed();
        if (body.size() > maxToolTipBody)
            body = body.left(maxToolTipBody - 1).trimmed() + QChar(0x2026);
        if (row.subject.trimmed().isEmpty())
            return body.isEmpty() ? QVariant() : QVariant(body);
        return body.isEmpty() ? row.subject : tr("%1\n\n%2").arg(row.subject.trimmed(), body);
    }
    case OutcomeColumn:
        if (row.outcome.isEmpty())
            return row.direction == u"in"_s
                       ? tr("Something they sent you; set an outcome on what you sent them")
                       : tr("No outcome yet: press F2 or double-click to set one");
        return tr("%1 — press F2 or double-click to change it")
            .arg(OutreachStyle::outcomeLabel(row.outcome));
    case OutcomeDateColumn:
        if (row.outcome.isEmpty() || !row.outcomeAt.isValid())
            return {};
        return fullDateTime(row.outcomeAt);
    case TemplateColumn:
        if (row.templateName.isEmpty())
            return tr("Written without a template");
        return tr("Started from the template “%1”").arg(row.templateName);
    default:
        return {};
    }
}

QVariant OutreachTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case WhenColumn:
            return tr("When");
        case ContactColumn:
            return tr("Contact");
        case ChannelColumn:
            return tr("Channel");
        case DirectionColumn:
            return tr("Direction");
        case SubjectColumn:
            return tr("Subject or first line");
        case OutcomeColumn:
            return tr("Outcome");
        case OutcomeDateColumn:
            return tr("Outcome date");
        case TemplateColumn:
            return tr("Template");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case WhenColumn:
            return tr("When it was sent or received, newest first; hover a row for the full "
                      "date and time");
        case OutcomeColumn:
            return tr("How it went; press F2 or double-click a row to set it");
        case OutcomeDateColumn:
            return tr("When the outcome came, as far as you know it");
        default:
            return {};
        }
    }
    return {};
}

} // namespace rapport
