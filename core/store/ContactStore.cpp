#include "store/ContactStore.h"

#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/DateText.h"
#include "domain/ProfileUrl.h"
#include "domain/TextFold.h"
#include "store/ContactBulkLoad.h"
#include "store/ContactChunk.h"
#include "store/ContactListQuery.h"
#include "store/ContactRow.h"
#include "store/ContactSearchIndex.h"
#include "store/ContactTags.h"
#include "store/EngagementStore.h"
#include "store/ImportJournal.h"
#include "store/SearchText.h"
#include "store/StatementCache.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <future>

using namespace Qt::StringLiterals;

namespace rapport {

ContactStore::ContactStore(Database &db)
    : m_db(db)
    , m_bulkLoad(std::make_unique<ContactBulkLoad>(db))
    , m_statements(std::make_unique<StatementCache>(db))
    , m_list(std::make_unique<ContactListQuery>(db, *m_statements))
{}

ContactStore::~ContactStore() = default;

QSqlQuery &ContactStore::prepared(const QString &sql) const
{
    return m_statements->prepared(sql);
}

bool ContactStore::validate(Contact &c, QString *error, bool checkDuplicate) const
{
    // The same clean-up the window's form does, so a contact stored from the
    // CLI does not look edited the moment the window shows it.
    for (QString *field :
         {&c.firstName, &c.lastName, &c.position, &c.company, &c.industry, &c.location, &c.email})
        *field = field->trimmed();
    if (c.firstName.isEmpty()) {
        if (error)
            *error = tr("The first name is empty. Enter the contact's first name.");
        return false;
    }
    if (c.degree < 0 || c.degree > 3) {
        if (error)
            *error =
                tr("The degree %1 is not valid. Use 1, 2 or 3 (or leave it empty).").arg(c.degree);
        return false;
    }
    c.profileUrl = c.profileUrl.trimmed();
    if (c.profileUrl.isEmpty()) {
        c.slug.clear();
    } else {
        c.slug = ProfileUrl::slug(c.profileUrl);
        if (c.slug.isEmpty()) {
            if (error)
                *error = tr("\"%1\" is not a LinkedIn profile URL. Use the address of the "
                            "profile, like https://www.linkedin.com/in/jane-doe.")
                             .arg(c.profileUrl);
            return false;
        }
        c.profileUrl = ProfileUrl::canonical(c.slug);
    }
    if (checkDuplicate && !c.slug.isEmpty()) {
        const auto existing = findBySlug(c.slug);
        if (existing && existing->id != c.id) {
            if (error)
                *error = tr("Another contact already has the profile %1: #%2 %3. Edit that "
                            "contact instead, or check the URL.")
                             .arg(c.profileUrl)
                             .arg(existing->id)
                             .arg(existing->fullName());
            return false;
        }
    }
    c.tags = ContactRow::cleanTags(c.tags);
    for (const QString &tag : std::as_const(c.tags)) {
        if (tag.contains(u'\n')) {
            if (error)
                *error = tr("A tag cannot contain a line break.");
            return false;
        }
    }
    return true;
}

bool ContactStore::add(Contact &contact, QString *error)
{
    Contact c = contact;
    if (!validate(c, error))
        return false;
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!c.createdAt.isValid())
        c.createdAt = now;
    c.updatedAt = now;
    QSqlQuery &q =
        prepared(u"INSERT INTO contact (first_name, last_name, sort_name, profile_url, slug, "
                 "position, company, industry, location, email, degree, connected_on, "
                 "follows_me, notes, tags_text, created_at, updated_at, id) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    ContactRow::bind(q, c);
    q.addBindValue(ContactRow::timestamp(c.createdAt));
    q.addBindValue(ContactRow::timestamp(c.updatedAt));
    const bool putBack = c.id > 0;
    q.addBindValue(c.id > 0 ? QVariant(c.id) : QVariant(QMetaType(QMetaType::LongLong)));
    if (!q.exec()) {
        if (error)
            *error = tr("Could not save %1: %2").arg(c.fullName(), m_db.describe(q.lastError()));
        return false;
    }
    c.id = q.lastInsertId().toLongLong();
    // A row put back under its old id (an undo or redo) moves no
    // AUTOINCREMENT counter: mark the change, so Undo Import knows the
    // database changed since the import.
    if (putBack && !ImportJournal::markChanged(m_db, error))
        return false;
    if (!indexForSearch(c.id, c.id, error))
        return false;
    // A new row has no tags yet: only tags to add cost queries.
    if (!c.tags.isEmpty() && !writeTags(c.id, c.tags, error))
        return false;
    if (!tx.commit(error))
        return false;
    m_list->forgetCounts();
    contact = c;
    return true;
}

bool ContactStore::indexForSearch(qint64 firstId, qint64 lastId, QString *error)
{
    return ContactSearchIndex(m_db, *m_statements).add(firstId, lastId, error);
}

bool ContactStore::beginBulkLoad(QString *error, bool nameLookups,
                                 const QStringList &varyingColumns)
{
    if (isBulkLoading())
        return true;
    m_unindexed.clear();
    if (m_db.transactionDepth() > 1)
        return true; // inside a caller's savepoint: rows go in one by one, as usual
    return m_bulkLoad->begin(error, nameLookups, varyingColumns);
}

bool ContactStore::isBulkLoading() const
{
    return m_bulkLoad->isActive();
}

bool ContactStore::indexDeferred(QString *error, const std::function<bool()> &keepGoing)
{
    if (!isBulkLoading())
        return true;
    // In slices, so a cancel is heard within a few seconds at any size;
    // each slice leaves the list once it is in the index. Every statement
    // into the search index writes out what the one before left in memory
    // (SQLite opens a savepoint per statement, and FTS5 flushes at each), so
    // slices are large: at 300,000 rows, 50,000-row slices cost 30% more CPU
    // than one statement; 250,000-row ones cost the same as one.
    constexpr qint64 slice = 250000;
    while (!m_unindexed.isEmpty()) {
        if (keepGoing && !keepGoing()) {
            if (error)
                *error = tr("Stopped while indexing the new contacts for search.");
            return false;
        }
        auto &[first, last] = m_unindexed.first();
        const qint64 end = qMin(last, first + slice - 1);
        if (!indexForSearch(first, end, error))
            return false;
        if (end == last)
            m_unindexed.removeFirst();
        else
            first = end + 1;
    }
    return true;
}

bool ContactStore::endBulkLoad(QString *error, const std::function<bool()> &keepGoing)
{
    if (!isBulkLoading()) {
        m_unindexed.clear();
        return true;
    }
    m_list->forgetCounts(); // counts taken during the load missed its rows
    return indexDeferred(error, keepGoing) && m_bulkLoad->finish(error, keepGoing);
}

bool ContactStore::addBatch(QList<Contact> &contacts, QString *error,
                            const std::function<bool(int)> &progress)
{
    // Bulk work gets a bigger page cache on this connection (imports and
    // demo data run on their own connection); views keep SQLite's default.
    if (!m_bulkCache) {
        QSqlQuery(m_db.connection()).exec(u"PRAGMA cache_size = -65536"_s);
        m_bulkCache = true;
    }
    // Inside an import's transaction the batch joins it (see Transaction).
    Transaction tx(m_db, Transaction::Nesting::Join);
    if (!tx.started(error))
        return false;
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT OR FAIL INTO contact (first_name, last_name, sort_name, profile_url, slug, "
              "position, company, industry, location, email, degree, connected_on, follows_me, "
              "notes, tags_text, created_at, updated_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery insTag(m_db.connection());
    insTag.prepare(u"INSERT INTO tag (name) VALUES (?) ON CONFLICT(name) DO NOTHING"_s);
    QSqlQuery link(m_db.connection());
    link.prepare(u"INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) "
                 "SELECT ?, id FROM tag WHERE name = ?"_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Contact> saved;
    saved.reserve(contacts.size());
    // Chunks of contacts without tags go in one statement each; a chunk that
    // fails validation or a rule goes row by row below, which names the row.
    int start = 0;
    // SQLite parses a statement of 400 rows about a fifth faster a row than
    // one of 2,000 (its parse trees stay small enough for malloc to reuse);
    // bound natively, 400 rows a statement did as well as 1,000 or 1,900.
    constexpr int chunkSize = 400;
    const bool native = ContactChunk::nativeFor(m_db);
    // A chunk is checked and its statement built (no database needed) on a
    // worker thread while SQLite runs the one before it on this one.
    struct Prepared
    {
        QList<Contact> chunk;
        ContactChunk::Statement statement;
        bool complete = false; // every row checked and without tags
    };
    const auto prepare = [this, &contacts, now, native](int first) {
        Prepared p;
        const int n = int(qMin<qsizetype>(chunkSize, contacts.size() - first));
        p.chunk.reserve(n);
        for (int i = first; i < first + n; ++i) {
            Contact c = contacts.at(i);
            c.id = 0;
            if (!c.tags.isEmpty() || !validate(c, nullptr, false))
                return p;
            if (!c.createdAt.isValid())
                c.createdAt = now;
            c.updatedAt = c.createdAt;
            p.chunk << std::move(c);
        }
        p.complete = true;
        p.statement = ContactChunk::build(p.chunk, native);
        return p;
    };
    std::future<Prepared> ahead;
    ContactChunk::NativeCache nativeCache; // the chunks' statement, prepared once
    if (!contacts.isEmpty())
        ahead = std::async(std::launch::deferred, prepare, 0);
    while (start < contacts.size()) {
        const int n = int(qMin<qsizetype>(chunkSize, contacts.size() - start));
        Prepared p = ahead.get();
        if (p.complete && start + n < contacts.size())
            // On a thread of its own; where none can be started, here later.
            ahead = std::async(std::launch::async | std::launch::deferred, prepare, start + n);
        QString fatal;
        if (!p.complete ||
            !ContactChunk::execute(m_db, p.statement, p.chunk, &fatal, &nativeCache)) {
            if (!fatal.isEmpty()) {
                if (error)
                    *error = tr("Contacts %1 to %2 could not be saved: %3")
                                 .arg(start + 1)
                                 .arg(start + n)
                                 .arg(fatal);
                return false;
            }
            break;
        }
        saved.append(std::move(p.chunk));
        start += n;
        if (progress && !progress(start)) {
            if (error)
                *error = tr("Cancelled; nothing was added.");
            return false;
        }
    }
    if (ahead.valid())
        ahead.wait(); // a chunk prepared ahead of one that failed: not used
    for (int i = start; i < contacts.size(); ++i) {
        Contact c = contacts.at(i);
        c.id = 0;
        if (!validate(c, error, false)) {
            if (error)
                *error = tr("Contact %1 (%2): %3").arg(i + 1).arg(c.fullName(), *error);
            return false;
        }
        if (!c.createdAt.isValid())
            c.createdAt = now;
        c.updatedAt = c.createdAt;
        ContactRow::bind(q, c);
        q.addBindValue(ContactRow::timestamp(c.createdAt));
        q.addBindValue(ContactRow::timestamp(c.updatedAt));
        if (!q.exec()) {
            if (error) {
                const auto existing = findBySlug(c.slug);
                *error = existing ? tr("Contact %1 (%2): another contact already has the "
                                       "profile %3: #%4 %5.")
                                        .arg(i + 1)
                                        .arg(c.fullName(), c.profileUrl)
                                        .arg(existing->id)
                                        .arg(existing->fullName())
                                  : tr("Contact %1 (%2) could not be saved: %3")
                                        .arg(i + 1)
                                        .arg(c.fullName(), m_db.describe(q.lastError()));
            }
            return false;
        }
        c.id = q.lastInsertId().toLongLong();
        for (const QString &tag : std::as_const(c.tags)) {
            insTag.addBindValue(tag);
            link.addBindValue(c.id);
            link.addBindValue(tag);
            if (!insTag.exec() || !link.exec()) {
                if (error)
                    *error = tr("Contact %1 (%2): could not save tag \"%3\".")
                                 .arg(i + 1)
                                 .arg(c.fullName(), tag);
                return false;
            }
        }
        saved << c;
        if (progress && (i % 1000 == 999) && !progress(i + 1)) {
            if (error)
                *error = tr("Cancelled; nothing was added.");
            return false;
        }
    }
    // The search index takes the whole batch in one statement, or the whole
    // of a bulk load in one at its end.
    // Deferred only for rows written at the load's own level, which nothing
    // short of the whole transaction's rollback can take back.
    if (!saved.isEmpty() && isBulkLoading() && m_db.transactionDepth() == 1) {
        const qint64 first = saved.first().id;
        const qint64 last = saved.last().id;
        if (!m_unindexed.isEmpty() && m_unindexed.last().second + 1 == first)
            m_unindexed.last().second = last;
        else
            m_unindexed.append({first, last});
    } else if (!saved.isEmpty() && !indexForSearch(saved.first().id, saved.last().id, error)) {
        return false;
    }
    if (!tx.commit(error))
        return false;
    m_list->forgetCounts();
    contacts = saved;
    return true;
}

bool ContactStore::update(Contact &contact, QString *error)
{
    Contact c = contact;
    if (c.id <= 0) {
        if (error)
            *error = tr("This contact has not been saved yet.");
        return false;
    }
    if (!validate(c, error))
        return false;
    // Before the savepoint: the load's rows belong to the enclosing
    // transaction, and a failed edit must not take their indexing with it.
    if (!indexDeferred(error)) // the edit's triggers expect the row indexed
        return false;
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    const std::optional<Contact> stored = get(c.id);
    if (!stored) {
        if (error)
            *error = tr("Contact #%1 no longer exists; it may have been deleted.").arg(c.id);
        return false;
    }
    c.createdAt = stored->createdAt;
    c.updatedAt = QDateTime::currentDateTimeUtc();
    QSqlQuery &q = prepared(
        u"UPDATE contact SET first_name = ?, last_name = ?, sort_name = ?, profile_url = ?, "
        "slug = ?, position = ?, company = ?, industry = ?, location = ?, email = ?, "
        "degree = ?, connected_on = ?, follows_me = ?, notes = ?, tags_text = ?, "
        "updated_at = ? WHERE id = ?"_s);
    ContactRow::bind(q, c);
    q.addBindValue(ContactRow::timestamp(c.updatedAt));
    q.addBindValue(c.id);
    if (!q.exec()) {
        if (error)
            *error = tr("Could not save %1: %2").arg(c.fullName(), m_db.describe(q.lastError()));
        return false;
    }
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = tr("Contact #%1 no longer exists; it may have been deleted.").arg(c.id);
        return false;
    }
    if (c.tags != stored->tags && !writeTags(c.id, c.tags, error))
        return false;
    // "Follows me" changed by hand: the engagement summary and tier agree.
    if (c.followsMe != stored->followsMe &&
        !EngagementStore(m_db).followsMeSetByHand(c.id, c.followsMe, error))
        return false;
    if (!tx.commit(error))
        return false;
    m_list->forgetCounts();
    contact = c;
    return true;
}

bool ContactStore::remove(qint64 id, QString *error)
{
    // Before the savepoint: the load's rows belong to the enclosing
    // transaction, and a failed edit must not take their indexing with it.
    if (!indexDeferred(error)) // the edit's triggers expect the row indexed
        return false;
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    QList<qint64> tagIds;
    QSqlQuery tagsOf(m_db.connection());
    tagsOf.prepare(u"SELECT tag_id FROM contact_tag WHERE contact_id = ?"_s);
    tagsOf.addBindValue(id);
    if (tagsOf.exec()) {
        while (tagsOf.next())
            tagIds << tagsOf.value(0).toLongLong();
    }
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM contact WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error =
                tr("Could not delete contact #%1: %2").arg(id).arg(m_db.describe(q.lastError()));
        return false;
    }
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = tr("There is no contact #%1.").arg(id);
        return false;
    }
    if (!dropUnusedTags(tagIds)) {
        if (error)
            *error = tr("Could not delete contact #%1: its tags could not be updated.").arg(id);
        return false;
    }
    if (!tx.commit(error))
        return false;
    m_list->forgetCounts();
    return true;
}

bool ContactStore::removeMany(const QList<qint64> &ids, QString *error)
{
    // Before the savepoint: the load's rows belong to the enclosing
    // transaction, and a failed edit must not take their indexing with it.
    if (!indexDeferred(error)) // the edit's triggers expect the row indexed
        return false;
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    QSqlQuery tagsOf(m_db.connection());
    tagsOf.prepare(u"SELECT DISTINCT tag_id FROM contact_tag WHERE contact_id = ?"_s);
    QSqlQuery del(m_db.connection());
    del.prepare(u"DELETE FROM contact WHERE id = ?"_s);
    QList<qint64> tagIds;
    for (qint64 id : ids) {
        tagsOf.addBindValue(id);
        if (tagsOf.exec()) {
            while (tagsOf.next())
                tagIds << tagsOf.value(0).toLongLong();
        }
        del.addBindValue(id);
        if (!del.exec()) {
            if (error)
                *error = tr("Could not delete contact #%1: %2")
                             .arg(id)
                             .arg(m_db.describe(del.lastError()));
            return false;
        }
    }
    std::sort(tagIds.begin(), tagIds.end());
    tagIds.erase(std::unique(tagIds.begin(), tagIds.end()), tagIds.end());
    if (!dropUnusedTags(tagIds)) {
        if (error)
            *error = tr("Could not delete the contacts: their tags could not be updated.");
        return false;
    }
    if (!tx.commit(error))
        return false;
    m_list->forgetCounts();
    return true;
}

bool ContactStore::writeTags(qint64 id, const QStringList &tags, QString *error)
{
    return ContactTags(m_db, *m_statements).write(id, tags, error);
}

bool ContactStore::dropUnusedTags(const QList<qint64> &tagIds)
{
    return ContactTags(m_db, *m_statements).dropUnused(tagIds);
}

std::optional<Contact> ContactStore::get(qint64 id) const
{
    QSqlQuery &q =
        prepared(u"SELECT "_s + ContactRow::columns() + u" FROM contact c WHERE c.id = ?"_s);
    q.addBindValue(id);
    std::optional<Contact> found;
    if (q.exec() && q.next())
        found = ContactRow::read(q);
    q.finish();
    return found;
}

std::optional<Contact> ContactStore::findBySlug(const QString &slug) const
{
    if (slug.isEmpty())
        return std::nullopt;
    QSqlQuery &q =
        prepared(u"SELECT "_s + ContactRow::columns() + u" FROM contact c WHERE c.slug = ?"_s);
    q.addBindValue(slug);
    std::optional<Contact> found;
    if (q.exec() && q.next())
        found = ContactRow::read(q);
    q.finish();
    return found;
}

QList<qint64> ContactStore::findByFullName(const QString &name) const
{
    QList<qint64> ids;
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT id FROM contact WHERE sort_name = ? ORDER BY id"_s);
    q.addBindValue(TextFold::fold(name.simplified()));
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    // sort_name folds accents; an exact name means the same letters too.
    QList<qint64> exact;
    for (qint64 id : std::as_const(ids)) {
        const auto c = get(id);
        if (c && c->fullName().compare(name.simplified(), Qt::CaseInsensitive) == 0)
            exact << id;
    }
    return exact.isEmpty() ? ids : exact;
}

qint64 ContactStore::maxId() const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(u"SELECT max(id) FROM contact"_s) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QList<qint64> ContactStore::findByNameAndCompany(const QString &name, const QString &company) const
{
    QList<qint64> ids;
    QSqlQuery &q = prepared(u"SELECT id, company FROM contact WHERE sort_name = ? ORDER BY id"_s);
    q.addBindValue(TextFold::fold(name.simplified()));
    if (!q.exec())
        return ids;
    const QString wanted = TextFold::fold(company);
    while (q.next()) {
        if (TextFold::fold(q.value(1).toString()) == wanted)
            ids << q.value(0).toLongLong();
    }
    q.finish();
    return ids;
}

bool ContactStore::hasContactsWithoutProfile() const
{
    QSqlQuery &q = prepared(u"SELECT EXISTS (SELECT 1 FROM contact WHERE slug IS NULL)"_s);
    const bool any = q.exec() && q.next() && q.value(0).toBool();
    q.finish();
    return any;
}

bool ContactStore::optimizeSearchIndex(QString *error)
{
    return ContactSearchIndex(m_db, *m_statements).optimize(error);
}

int ContactStore::totalCount() const
{
    return m_list->totalCount();
}

int ContactStore::count(const ContactQuery &query, QString *error) const
{
    return m_list->count(query, error);
}

int ContactStore::countUpTo(const ContactQuery &query, int limit) const
{
    return m_list->countUpTo(query, limit);
}

QList<Contact> ContactStore::page(const ContactQuery &query, const ContactCursor &after, int limit,
                                  int offset, bool backwards, QString *error) const
{
    return m_list->page(query, after, limit, offset, backwards, error);
}

bool ContactStore::forEach(const ContactQuery &query,
                           const std::function<bool(const Contact &)> &visit, QString *error) const
{
    return m_list->forEach(query, visit, error);
}

ContactCursor ContactStore::cursorFor(const Contact &contact, ContactSort sort)
{
    return ContactListQuery::cursorFor(contact, sort);
}

qint64 ContactStore::externalChangeCounter() const
{
    return m_list->externalChangeCounter();
}

QStringList ContactStore::allTags() const
{
    return ContactTags(m_db, *m_statements).all();
}

} // namespace rapport
