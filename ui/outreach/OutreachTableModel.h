#pragma once

// The Outreach page's table: outreach rows newest first, read from
// OutreachStore a page at a time as the view scrolls (canFetchMore /
// fetchMore), filtered by channel, outcome, direction, dates and the
// contact's name, with the contact's name beside each row.

#include "domain/Outreach.h"
#include "domain/OutreachFilter.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <optional>

namespace rapport {

class ContactStore;
class OutreachStore;

class OutreachTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        WhenColumn,
        ContactColumn,
        ChannelColumn,
        DirectionColumn,
        SubjectColumn,
        OutcomeColumn,
        OutcomeDateColumn,
        TemplateColumn,
        ColumnCount
    };
    enum Role {
        OutreachIdRole = Qt::UserRole + 1,
        ContactIdRole,
        // The stored words: "invitation", "accepted" ("" for none yet), "out".
        ChannelRole,
        OutcomeRole,
        DirectionRole
    };

    // Rows read from the store at a time.
    static constexpr int PageSize = 200;
    // A name search matching more contacts than this is checked row by row
    // against the names instead of by contact id.
    static constexpr int MaxNameMatches = 1000;

    explicit OutreachTableModel(QObject *parent = nullptr);

    // nullptrs: no database, no rows.
    void setStores(ContactStore *contacts, OutreachStore *outreach);
    // What to list. `contactSearch` matches the contact's name, each word
    // the start of a word of the name, case and accents ignored.
    void setFilter(const OutreachFilter &filter, const QString &contactSearch = QString());
    const OutreachFilter &filter() const { return m_filter; }
    QString contactSearch() const { return m_search; }
    // The day relative dates count from; invalid (the default): the
    // current date at each reload.
    void setToday(const QDate &today);
    // Re-reads from the start, loading at least as many rows as are shown
    // now, so an edit does not scroll the view back to the top.
    void reload();

    std::optional<Outreach> outreachAt(int row) const;
    int rowOf(qint64 outreachId) const;
    // The contact's full name, or "Contact #12" when it is gone.
    QString contactName(qint64 contactId) const;
    // "today, 14:05", "yesterday, 09:30", "3 days ago", as the When column.
    QString whenText(const QDateTime &happenedAt) const;
    // The subject, or else the first line of the body.
    static QString headline(const Outreach &outreach);
    // "Delete the InMail you sent Ana Test on …?", the headline, and that
    // Edit ▸ Undo brings it back: what the page asks before a delete.
    static QString deleteQuestion(const Outreach &outreach, const QString &contactName);

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    enum class NameMatch {
        Any,      // no name search
        Nobody,   // nobody has that name: no rows
        Ids,      // rows of the contacts in m_contactIds
        RowByRow, // too many contacts match: compare each row's name
    };

    void resolveSearch();
    bool nameMatches(const QString &name) const;
    bool accepts(const Outreach &outreach) const;
    // Reads on from m_offset until `wanted` accepted rows or the end.
    QList<Outreach> readRows(int wanted);
    QVariant display(const Outreach &row, int column) const;
    QVariant toolTip(const Outreach &row, int column) const;

    ContactStore *m_contacts = nullptr;
    OutreachStore *m_outreach = nullptr;
    OutreachFilter m_filter;
    OutreachFilter m_query; // m_filter as sent to the store
    QString m_search;
    QStringList m_searchWords;
    NameMatch m_nameMatch = NameMatch::Any;
    QSet<qint64> m_contactIds;
    mutable QHash<qint64, QString> m_names;
    QList<Outreach> m_rows;
    int m_offset = 0;
    bool m_more = false;
    QDate m_fixedToday;
    QDate m_today;
};

} // namespace rapport
