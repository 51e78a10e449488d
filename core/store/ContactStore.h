#pragma once

// Reads and writes contacts and their tags. Every write is one transaction
// and keeps the search index (triggers) and tag text in step.

#include "domain/Contact.h"
#include "domain/ContactQuery.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace rapport {

class ContactBulkLoad;
class ContactListQuery;
class Database;
class StatementCache;

class ContactStore
{
    Q_DECLARE_TR_FUNCTIONS(ContactStore)

public:
    explicit ContactStore(Database &db);
    ~ContactStore();
    Database &database() const { return m_db; }
    ContactStore(const ContactStore &) = delete;
    ContactStore &operator=(const ContactStore &) = delete;

    // Validates and inserts. A contact with id > 0 is re-inserted under that
    // id (undo of a delete). Sets id, slug and timestamps on success.
    bool add(Contact &contact, QString *error);
    bool update(Contact &contact, QString *error);
    bool remove(qint64 id, QString *error);
    // Deletes many contacts in one transaction: all of them or none.
    bool removeMany(const QList<qint64> &ids, QString *error);
    // Inserts many new contacts in one transaction with reused statements:
    // all of them or, on the first failure, none. `progress` may cancel by
    // returning false.
    bool addBatch(QList<Contact> &contacts, QString *error,
                  const std::function<bool(int done)> &progress = {});

    // A big load (see ContactBulkLoad) inside the caller's transaction: until
    // endBulkLoad(), the sort and review indexes are set aside and addBatch()
    // leaves new rows out of the search index; endBulkLoad() rebuilds the
    // indexes and indexes the new rows for search, one statement per run of
    // consecutive ids. It must be called before the transaction commits; a
    // rollback undoes the whole load, indexes included.
    // `nameLookups`: whether findByNameAndCompany() will be asked meanwhile;
    // `varyingColumns`: see ContactBulkLoad::begin().
    // Inside a savepoint it does nothing (rows are indexed as they come);
    // outside any transaction it fails.
    bool beginBulkLoad(QString *error, bool nameLookups = true,
                       const QStringList &varyingColumns = {});
    // `keepGoing` is asked between its steps; false stops it (roll back).
    bool endBulkLoad(QString *error, const std::function<bool()> &keepGoing = {});
    bool isBulkLoading() const;

    std::optional<Contact> get(qint64 id) const;
    std::optional<Contact> findBySlug(const QString &slug) const;
    // Exact full-name matches ("First Last"), case-insensitive.
    QList<qint64> findByFullName(const QString &name) const;
    // Contacts with this full name at this company, both compared folded
    // (case and accents ignored): the key of a contact without a profile URL.
    QList<qint64> findByNameAndCompany(const QString &name, const QString &company) const;

    int totalCount() const;
    // True when some contact has no LinkedIn profile URL.
    bool hasContactsWithoutProfile() const;
    qint64 maxId() const;
    int count(const ContactQuery &query, QString *error = nullptr) const;
    // min(count, limit), cheap however many rows match: lets a view show the
    // first rows of a huge result at once and count the rest later.
    int countUpTo(const ContactQuery &query, int limit) const;
    // Up to `limit` rows in query order strictly after `after` (from the start
    // when it is invalid), skipping `offset` rows first. With `backwards`,
    // walks the order in reverse from `after` (from the end when invalid) and
    // returns rows in that reverse order.
    QList<Contact> page(const ContactQuery &query, const ContactCursor &after, int limit,
                        int offset = 0, bool backwards = false, QString *error = nullptr) const;
    static ContactCursor cursorFor(const Contact &contact, ContactSort sort);
    // Every row of the query, in its order, read by one statement (an export
    // walks the sort index once instead of seeking page by page). Stops when
    // `visit` returns false. False, with the reason, when the read fails.
    bool forEach(const ContactQuery &query, const std::function<bool(const Contact &)> &visit,
                 QString *error = nullptr) const;

    QStringList allTags() const;
    // Merges the search index into one segment after bulk inserts, which
    // keeps search-as-you-type quick; takes seconds at a million contacts.
    bool optimizeSearchIndex(QString *error);
    // Moves whenever another connection (the CLI, another window) commits;
    // our own writes do not move it.
    qint64 externalChangeCounter() const;

private:
    bool validate(Contact &contact, QString *error, bool checkDuplicate = true) const;
    bool writeTags(qint64 id, const QStringList &tags, QString *error);
    bool dropUnusedTags(const QList<qint64> &tagIds);
    // Adds contacts firstId..lastId (just inserted) to the search index.
    bool indexForSearch(qint64 firstId, qint64 lastId, QString *error);
    // Indexes the rows a bulk load has left out so far (before a row of it
    // can be updated or deleted, whose triggers expect it indexed).
    bool indexDeferred(QString *error, const std::function<bool()> &keepGoing = {});
    QSqlQuery &prepared(const QString &sql) const;

    Database &m_db;
    bool m_bulkCache = false;
    std::unique_ptr<ContactBulkLoad> m_bulkLoad;
    QList<std::pair<qint64, qint64>> m_unindexed; // id ranges a bulk load added
    std::unique_ptr<StatementCache> m_statements;
    std::unique_ptr<ContactListQuery> m_list; // uses m_statements
};

} // namespace rapport
