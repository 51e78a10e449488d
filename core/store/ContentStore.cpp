#include "store/ContentStore.h"

#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/Contact.h"
#include "domain/DateText.h"
#include "store/ImportJournal.h"
#include "store/StatementCache.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

const QString pieceColumns = u"id, kind, title, url, published_on"_s;

ContentPiece readPiece(const QSqlQuery &q, int first = 0)
{
    ContentPiece p;
    p.id = q.value(first).toLongLong();
    ContentPiece::kindFromName(q.value(first + 1).toString(), &p.kind);
    p.title = q.value(first + 2).toString();
    p.url = q.value(first + 3).toString();
    p.publishedOn = DateText::parseIsoDate(q.value(first + 4).toString());
    return p;
}

std::optional<int> count(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

const QString metricColumns =
    u"id, content_id, taken_on, views, reactions, comments, shares, engagements"_s;

ContentMetrics readMetrics(const QSqlQuery &q, int first = 0)
{
    ContentMetrics m;
    m.id = q.value(first).toLongLong();
    m.contentId = q.value(first + 1).toLongLong();
    m.takenOn = DateText::parseIsoDate(q.value(first + 2).toString());
    m.views = count(q.value(first + 3));
    m.reactions = count(q.value(first + 4));
    m.comments = count(q.value(first + 5));
    m.shares = count(q.value(first + 6));
    if (!q.value(first + 7).isNull())
        m.total = q.value(first + 7).toLongLong();
    return m;
}

// An unknown count is NULL in the database, nullopt in memory.
QVariant bindable(const std::optional<int> &count)
{
    return count ? QVariant(*count) : QVariant(QMetaType(QMetaType::Int));
}

// Our text columns hold '' rather than NULL.
QString isoOrEmpty(const QDate &date)
{
    return date.isValid() ? DateText::isoDate(date) : u""_s;
}

QString trimmedText(const QString &text)
{
    const QString t = text.trimmed();
    return t.isNull() ? u""_s : t;
}

} // namespace

ContentStore::ContentStore(Database &db)
    : m_db(db)
    , m_statements(std::make_unique<StatementCache>(db))
{}

ContentStore::~ContentStore() = default;

QSqlQuery &ContentStore::prepared(const QString &sql) const
{
    return m_statements->prepared(sql);
}

bool ContentStore::validate(const ContentPiece &p, QString *error) const
{
    QString message;
    if (p.title.trimmed().isEmpty()) {
        message = tr("The post or article needs a title.");
    } else if (!p.url.isEmpty()) {
        const QUrl url(p.url.trimmed(), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) ||
            url.host().isEmpty()) {
            message = tr("\"%1\" is not a web address. Paste the link of the post or article, "
                         "starting with https://.")
                          .arg(p.url);
        } else if (const auto other = findByUrl(p.url.trimmed()); other && other->id != p.id) {
            message =
                tr("\"%1\" (id %2) already has this address.").arg(other->title).arg(other->id);
        }
    }
    if (message.isEmpty())
        return true;
    if (error)
        *error = message;
    return false;
}

bool ContentStore::add(ContentPiece &p, QString *error)
{
    if (!validate(p, error))
        return false;
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    QSqlQuery &q = prepared(u"INSERT INTO content (id, kind, title, url, published_on, "
                            "created_at) VALUES (?, ?, ?, ?, ?, ?)"_s);
    const bool putBack = p.id > 0;
    q.addBindValue(p.id > 0 ? QVariant(p.id) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(ContentPiece::kindName(p.kind));
    q.addBindValue(trimmedText(p.title));
    q.addBindValue(trimmedText(p.url));
    q.addBindValue(isoOrEmpty(p.publishedOn));
    q.addBindValue(DateText::isoUtc(QDateTime::currentDateTimeUtc(), true));
    if (!q.exec()) {
        if (error)
            *error = tr("Could not save \"%1\": %2").arg(p.title, m_db.describe(q.lastError()));
        return false;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    q.finish();
    // A row put back under its old id (an undo or redo) moves no
    // AUTOINCREMENT counter: mark the change, so Undo Import knows the
    // database changed since the import.
    if (putBack && !ImportJournal::markChanged(m_db, error))
        return false;
    if (!tx.commit(error))
        return false;
    p.id = id;
    p.title = p.title.trimmed();
    p.url = p.url.trimmed();
    return true;
}

bool ContentStore::update(const ContentPiece &p, QString *error)
{
    if (!validate(p, error))
        return false;
    QSqlQuery &q = prepared(
        u"UPDATE content SET kind = ?, title = ?, url = ?, published_on = ? WHERE id = ?"_s);
    q.addBindValue(ContentPiece::kindName(p.kind));
    q.addBindValue(trimmedText(p.title));
    q.addBindValue(trimmedText(p.url));
    q.addBindValue(isoOrEmpty(p.publishedOn));
    q.addBindValue(p.id);
    if (!q.exec()) {
        if (error)
            *error = tr("Could not save \"%1\": %2").arg(p.title, m_db.describe(q.lastError()));
        return false;
    }
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = tr("There is no post or article with id %1.").arg(p.id);
        return false;
    }
    return true;
}

bool ContentStore::remove(qint64 id, QString *error)
{
    QSqlQuery &q = prepared(u"DELETE FROM content WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error = tr("Could not delete post or article %1: %2")
                         .arg(id)
                         .arg(m_db.describe(q.lastError()));
        return false;
    }
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = tr("There is no post or article with id %1.").arg(id);
        return false;
    }
    return true;
}

bool ContentStore::restore(ContentPiece &piece, QList<ContentMetrics> history,
                           const QList<qint64> &engagementIds, QString *error)
{
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    ContentPiece restored = piece;
    if (!add(restored, error))
        return false;
    for (ContentMetrics &snapshot : history) {
        snapshot.contentId = restored.id;
        if (!addMetrics(snapshot, error))
            return false;
    }
    QSqlQuery &attach =
        prepared(u"UPDATE engagement SET content_id = ? WHERE id = ? AND content_id IS NULL"_s);
    for (qint64 id : engagementIds) {
        attach.addBindValue(restored.id);
        attach.addBindValue(id);
        if (!attach.exec()) {
            if (error)
                *error = tr("Could not attach engagement %1 to \"%2\" again: %3")
                             .arg(id)
                             .arg(restored.title, m_db.describe(attach.lastError()));
            return false;
        }
    }
    if (!tx.commit(error))
        return false;
    piece = restored;
    return true;
}

QList<qint64> ContentStore::engagementIds(qint64 contentId) const
{
    QSqlQuery &q = prepared(u"SELECT id FROM engagement WHERE content_id = ? ORDER BY id"_s);
    q.addBindValue(contentId);
    QList<qint64> ids;
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    q.finish();
    return ids;
}

QList<ContentEngager> ContentStore::engagers(qint64 contentId) const
{
    QSqlQuery &q = prepared(
        u"SELECT e.id, e.contact_id, c.first_name, c.last_name, e.kind, e.happened_on "
        "FROM engagement e JOIN contact c ON c.id = e.contact_id WHERE e.content_id = ? "
        "ORDER BY e.happened_on DESC, c.last_name COLLATE NOCASE, c.first_name COLLATE NOCASE, "
        "e.id"_s);
    q.addBindValue(contentId);
    QList<ContentEngager> list;
    if (q.exec()) {
        while (q.next()) {
            Contact person;
            person.firstName = q.value(2).toString();
            person.lastName = q.value(3).toString();
            ContentEngager row;
            row.engagementId = q.value(0).toLongLong();
            row.contactId = q.value(1).toLongLong();
            row.name = person.fullName();
            row.kind =
                EngagementKinds::fromName(q.value(4).toString()).value_or(EngagementKind::Like);
            row.date = DateText::parseIsoDate(q.value(5).toString());
            list << row;
        }
    }
    q.finish();
    return list;
}

std::optional<ContentPiece> ContentStore::get(qint64 id) const
{
    QSqlQuery &q = prepared(u"SELECT "_s + pieceColumns + u" FROM content WHERE id = ?"_s);
    q.addBindValue(id);
    std::optional<ContentPiece> found;
    if (q.exec() && q.next())
        found = readPiece(q);
    q.finish();
    return found;
}

std::optional<ContentPiece> ContentStore::findByUrl(const QString &url) const
{
    if (url.trimmed().isEmpty())
        return std::nullopt;
    QSqlQuery &q = prepared(u"SELECT "_s + pieceColumns + u" FROM content WHERE url = ?"_s);
    q.addBindValue(url.trimmed());
    std::optional<ContentPiece> found;
    if (q.exec() && q.next())
        found = readPiece(q);
    q.finish();
    return found;
}

QList<ContentPiece> ContentStore::all() const
{
    QSqlQuery &q = prepared(u"SELECT "_s + pieceColumns +
                            u" FROM content ORDER BY published_on DESC, id DESC"_s);
    QList<ContentPiece> list;
    if (q.exec()) {
        while (q.next())
            list << readPiece(q);
    }
    q.finish();
    return list;
}

bool ContentStore::addMetrics(ContentMetrics &m, QString *error)
{
    QString message;
    if (!get(m.contentId))
        message = tr("There is no post or article with id %1.").arg(m.contentId);
    else if (!m.takenOn.isValid())
        message = tr("The numbers need the date they were read.");
    else if (m.views.value_or(0) < 0 || m.reactions.value_or(0) < 0 || m.comments.value_or(0) < 0 ||
             m.shares.value_or(0) < 0 || m.total.value_or(0) < 0)
        message = tr("Views, reactions, comments and shares cannot be negative.");
    else if (!m.views && !m.hasAnyCount())
        message = tr("Give at least one of views, reactions, comments and shares; leave the "
                     "others empty when you do not know them.");
    if (!message.isEmpty()) {
        if (error)
            *error = message;
        return false;
    }
    QSqlQuery &q = prepared(
        u"INSERT INTO content_metric (id, content_id, taken_on, views, reactions, comments, "
        "shares, engagements) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(content_id, taken_on) "
        "DO UPDATE SET views = excluded.views, reactions = excluded.reactions, "
        "comments = excluded.comments, shares = excluded.shares, "
        "engagements = excluded.engagements RETURNING id"_s);
    // A snapshot put back by undo keeps its id.
    const bool putBack = m.id > 0;
    q.addBindValue(m.id > 0 ? QVariant(m.id) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(m.contentId);
    q.addBindValue(DateText::isoDate(m.takenOn));
    q.addBindValue(bindable(m.views));
    q.addBindValue(bindable(m.reactions));
    q.addBindValue(bindable(m.comments));
    q.addBindValue(bindable(m.shares));
    q.addBindValue(m.total ? QVariant(*m.total) : QVariant(QMetaType(QMetaType::LongLong)));
    if (!q.exec() || !q.next()) {
        if (error)
            *error = tr("Could not save the numbers: %1").arg(m_db.describe(q.lastError()));
        q.finish();
        return false;
    }
    m.id = q.value(0).toLongLong();
    q.finish();
    // A row put back under its old id (an undo or redo) moves no
    // AUTOINCREMENT counter: mark the change, so Undo Import knows the
    // database changed since the import.
    if (putBack && !ImportJournal::markChanged(m_db, error))
        return false;
    return true;
}

bool ContentStore::removeMetrics(qint64 id, QString *error)
{
    QSqlQuery &q = prepared(u"DELETE FROM content_metric WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        if (error)
            *error = tr("There are no numbers with id %1.").arg(id);
        return false;
    }
    return true;
}

QList<ContentMetrics> ContentStore::metrics(qint64 contentId) const
{
    QSqlQuery &q = prepared(u"SELECT "_s + metricColumns +
                            u" FROM content_metric WHERE content_id = ? ORDER BY taken_on"_s);
    q.addBindValue(contentId);
    QList<ContentMetrics> list;
    if (q.exec()) {
        while (q.next())
            list << readMetrics(q);
    }
    q.finish();
    return list;
}

QList<ContentStats> ContentStore::statsWhere(const QString &condition,
                                             const QVariantList &binds) const
{
    // Latest snapshot per piece, and per piece the distinct people other
    // than followers, the likes, and the likes, comments and shares logged
    // on it: content_tally, kept current by triggers on engagement
    // (migration 15), so no piece counts its events.
    const QString sql =
        u"SELECT c.id, c.kind, c.title, c.url, c.published_on, "
        "m.id, m.content_id, m.taken_on, m.views, m.reactions, m.comments, m.shares, "
        "m.engagements, "
        "coalesce(t.engagers, 0), coalesce(t.likes, 0), coalesce(t.engagements, 0) "
        "FROM content c LEFT JOIN content_metric m ON m.id = (SELECT m2.id FROM content_metric "
        "m2 WHERE m2.content_id = c.id ORDER BY m2.taken_on DESC LIMIT 1) "
        "LEFT JOIN content_tally t ON t.content_id = c.id "_s +
        condition + u" ORDER BY c.published_on DESC, c.id DESC"_s;
    QSqlQuery &q = prepared(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    QList<ContentStats> list;
    if (q.exec()) {
        while (q.next()) {
            ContentStats s;
            s.piece = readPiece(q);
            if (!q.value(5).isNull())
                s.latest = readMetrics(q, 5);
            s.loggedEngagers = q.value(13).toInt();
            s.loggedLikes = q.value(14).toInt();
            s.loggedEngagements = q.value(15).toInt();
            list << s;
        }
    }
    q.finish();
    return list;
}

QList<ContentStats> ContentStore::stats() const
{
    return statsWhere(QString(), {});
}

std::optional<ContentStats> ContentStore::statsFor(qint64 id) const
{
    const QList<ContentStats> list = statsWhere(u"WHERE c.id = ?"_s, {id});
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

} // namespace rapport
