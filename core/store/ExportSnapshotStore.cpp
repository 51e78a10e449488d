#include "store/ExportSnapshotStore.h"

#include "db/Database.h"
#include "domain/DateText.h"
#include "domain/ExportChanges.h"
#include "store/ImportJournal.h"
#include "store/SqlValueRows.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

QString text(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

} // namespace

ExportSnapshotStore::ExportSnapshotStore(Database &db)
    : m_db(db)
{}

bool ExportSnapshotStore::exec(const QString &sql, const QVariantList &binds, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return q.exec() || failed(q.lastError(), error);
}

bool ExportSnapshotStore::failed(const QSqlError &sqlError, QString *error,
                                 const QString &why) const
{
    if (error)
        *error = tr("Could not keep what this export said about your connections in %1 (%2); "
                    "nothing was imported. Run rapport-cli check on it.")
                     .arg(QDir::toNativeSeparators(m_db.path()),
                          why.isEmpty() ? m_db.describe(sqlError) : why);
    return false;
}

qint64 ExportSnapshotStore::number(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 ExportSnapshotStore::outreachMark() const
{
    return number(u"SELECT coalesce(max(id), 0) FROM outreach"_s);
}

bool ExportSnapshotStore::record(qint64 importRunId, const QString &source, bool hasConnections,
                                 const QList<ExportSighting> &seen, const IdRanges &created,
                                 qint64 outreachBefore, QString *error)
{
    const qint64 previousAny = number(u"SELECT coalesce(max(id), 0) FROM export_import"_s);
    const qint64 previous =
        number(u"SELECT coalesce(max(id), 0) FROM export_import WHERE has_connections = 1"_s);
    const qint64 comparedWith = hasConnections ? previous : previousAny;
    QSqlQuery insert(m_db.connection());
    insert.prepare(u"INSERT INTO export_import (import_run_id, imported_at, source, "
                   "has_connections, connections, compared_with, outreach_before) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    insert.addBindValue(importRunId > 0 ? QVariant(importRunId) : QVariant());
    insert.addBindValue(DateText::isoUtc(QDateTime::currentDateTimeUtc(), false));
    insert.addBindValue(QFileInfo(source).absoluteFilePath());
    insert.addBindValue(hasConnections ? 1 : 0);
    qint64 createdCount = 0;
    for (const auto &[first, last] : created)
        createdCount += last - first + 1;
    insert.addBindValue(hasConnections ? qint64(seen.size()) + createdCount : 0);
    insert.addBindValue(comparedWith > 0 ? QVariant(comparedWith) : QVariant());
    insert.addBindValue(outreachBefore);
    if (!insert.exec())
        return failed(insert.lastError(), error);
    const qint64 importId = insert.lastInsertId().toLongLong();
    if (hasConnections && !recordConnections(importId, previous, seen, created, error))
        return false;
    // Messages and InMails this import added, per person, once there is an
    // export before to be new against.
    if (previousAny > 0 &&
        !exec(u"INSERT INTO export_change (import_id, kind, contact_id, count, day) "
              "SELECT ?, 'messages', contact_id, count(*), max(happened_at) FROM outreach "
              "WHERE id > ? AND channel IN ('message', 'inmail') GROUP BY contact_id"_s,
              {importId, outreachBefore}, error))
        return false;
    // The import changed the database even when no contact changed: it can
    // be undone, and undoing it takes this record back.
    QString why;
    if (!ImportJournal::markChanged(m_db, &why))
        return failed(QSqlError(), error, why);
    return true;
}

bool ExportSnapshotStore::recordConnections(qint64 importId, qint64 previous,
                                            const QList<ExportSighting> &seen,
                                            const IdRanges &created, QString *error)
{
    // The connections as the export before saw them: contact -> (version, sighting).
    QHash<qint64, ExportSighting> before;
    QHash<qint64, qint64> versionOf;
    if (previous > 0) {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        // What the latest import with connections saw: the versions not ended.
        q.prepare(u"SELECT id, contact_id, first_name, last_name, url, company, position, "
                  "connected_on FROM export_connection WHERE ended_import IS NULL AND "
                  "contact_id IS NOT NULL"_s);
        if (!q.exec())
            return failed(q.lastError(), error);
        while (q.next()) {
            ExportSighting s;
            s.contactId = q.value(1).toLongLong();
            s.firstName = q.value(2).toString();
            s.lastName = q.value(3).toString();
            s.url = q.value(4).toString();
            s.company = q.value(5).toString();
            s.position = q.value(6).toString();
            s.connectedOn = DateText::parseIsoDate(q.value(7).toString());
            before.insert(s.contactId, s);
            versionOf.insert(s.contactId, q.value(0).toLongLong());
        }
    }
    const ExportChanges::Diff diff = ExportChanges::compare(before, seen);

    // Versions seen the same way again go on untouched; those not seen so
    // again end at this import.
    QSqlQuery end(m_db.connection());
    end.prepare(u"UPDATE export_connection SET ended_import = ? WHERE id = ?"_s);
    const auto endAtPrevious = [&](qint64 contactId) {
        const qint64 version = versionOf.value(contactId);
        if (version <= 0)
            return true;
        end.addBindValue(importId);
        end.addBindValue(version);
        return end.exec();
    };
    for (const ExportSighting &s : diff.gone) {
        if (!endAtPrevious(s.contactId))
            return failed(end.lastError(), error);
    }
    // The new versions go to SQLite a few thousand rows per statement, as
    // its own VALUES text (SqlValueRows), not eight bound values per row.
    // A text with a NUL character in it is bound instead.
    QSqlQuery add(m_db.connection());
    add.prepare(u"INSERT INTO export_connection (contact_id, first_name, last_name, url, "
                "company, position, connected_on, first_import) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    SqlValueRows rows;
    QSqlQuery addRowsQuery(m_db.connection());
    const auto addRows = [&] {
        if (rows.isEmpty())
            return true;
        const bool ok =
            addRowsQuery.exec(u"INSERT INTO export_connection (contact_id, first_name, "
                              "last_name, url, company, position, connected_on, first_import) "_s +
                              rows.text());
        rows.clear();
        return ok;
    };
    for (const ExportSighting &s : diff.differing) {
        if (!endAtPrevious(s.contactId))
            return failed(end.lastError(), error);
        const QString day = s.connectedOn.isValid() ? DateText::isoDate(s.connectedOn) : u""_s;
        const auto literal = [](const QString &t) {
            return !t.contains(QChar(0));
        };
        if (literal(s.firstName) && literal(s.lastName) && literal(s.url) && literal(s.company) &&
            literal(s.position)) {
            rows.beginRow();
            rows.add(s.contactId);
            for (const QString *t : {&s.firstName, &s.lastName, &s.url, &s.company, &s.position})
                rows.add(*t);
            rows.add(day);
            rows.add(importId);
            rows.endRow();
            if (rows.rows() >= 2000 && !addRows())
                return failed(addRowsQuery.lastError(), error);
            continue;
        }
        // A NUL character: the rows before it written first, this one bound.
        if (!addRows())
            return failed(addRowsQuery.lastError(), error);
        add.addBindValue(s.contactId);
        add.addBindValue(text(s.firstName));
        add.addBindValue(text(s.lastName));
        add.addBindValue(text(s.url));
        add.addBindValue(text(s.company));
        add.addBindValue(text(s.position));
        add.addBindValue(day);
        add.addBindValue(importId);
        if (!add.exec())
            return failed(add.lastError(), error);
    }
    if (!addRows())
        return failed(addRowsQuery.lastError(), error);
    // Contacts this import created: new to every export before, seen as
    // their rows say, one statement per range of ids.
    for (const auto &[first, last] : created) {
        if (!exec(u"INSERT INTO export_connection (contact_id, first_name, last_name, url, "
                  "company, position, connected_on, first_import) "
                  "SELECT id, first_name, last_name, profile_url, company, position, "
                  "connected_on, ? FROM contact WHERE id BETWEEN ? AND ?"_s,
                  {importId, first, last}, error))
            return false;
    }
    if (previous <= 0)
        return true; // the first export: nothing to compare yet

    QSqlQuery change(m_db.connection());
    change.prepare(u"INSERT INTO export_change (import_id, kind, contact_id, old_company, "
                   "old_position, new_company, new_position, day) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const auto addChange = [&](ExportChange::Kind kind, const ExportSighting &now,
                               const ExportSighting &was) {
        change.addBindValue(importId);
        change.addBindValue(ExportChange::kindKey(kind));
        change.addBindValue(now.contactId);
        change.addBindValue(text(was.company));
        change.addBindValue(text(was.position));
        change.addBindValue(text(now.company));
        change.addBindValue(text(now.position));
        change.addBindValue(now.connectedOn.isValid() ? DateText::isoDate(now.connectedOn) : u""_s);
        return change.exec();
    };
    // A new connection we had sent an invitation to accepted it.
    QSqlQuery invited(m_db.connection());
    invited.prepare(u"SELECT 1 FROM outreach WHERE contact_id = ? AND channel = 'invitation' "
                    "AND direction = 'out' LIMIT 1"_s);
    for (const ExportSighting &s : diff.added) {
        invited.addBindValue(s.contactId);
        const bool accepted = invited.exec() && invited.next();
        invited.finish();
        if (!addChange(accepted ? ExportChange::Kind::InvitationAccepted
                                : ExportChange::Kind::NewConnection,
                       s, ExportSighting()))
            return failed(change.lastError(), error);
    }
    for (const auto &[first, last] : created) {
        if (!exec(u"INSERT INTO export_change (import_id, kind, contact_id, old_company, "
                  "old_position, new_company, new_position, day) "
                  "SELECT ?, CASE WHEN EXISTS (SELECT 1 FROM outreach o WHERE o.contact_id = c.id "
                  "AND o.channel = 'invitation' AND o.direction = 'out') THEN ? ELSE ? END, "
                  "c.id, '', '', c.company, c.position, c.connected_on FROM contact c "
                  "WHERE c.id BETWEEN ? AND ?"_s,
                  {importId, ExportChange::kindKey(ExportChange::Kind::InvitationAccepted),
                   ExportChange::kindKey(ExportChange::Kind::NewConnection), first, last},
                  error))
            return false;
    }
    for (const ExportSighting &s : diff.gone) {
        if (!addChange(ExportChange::Kind::Gone, s, s))
            return failed(change.lastError(), error);
    }
    for (const auto &[was, now] : diff.jobChanges) {
        if (!addChange(ExportChange::Kind::JobChange, now, was))
            return failed(change.lastError(), error);
    }
    return markGone(diff.gone, error);
}

bool ExportSnapshotStore::markGone(const QList<ExportSighting> &gone, QString *error)
{
    // No longer a first-degree connection: kept, with what we know, and
    // marked (the Changes view and the contact say since when). One
    // statement; the import's journal records each row it changes.
    if (gone.isEmpty())
        return true;
    QJsonArray ids;
    for (const ExportSighting &s : gone)
        ids.append(s.contactId);
    return exec(u"UPDATE contact SET degree = 0, updated_at = ? WHERE degree = 1 AND id IN "
                "(SELECT value FROM json_each(?))"_s,
                {DateText::isoUtc(QDateTime::currentDateTimeUtc(), true),
                 QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact))},
                error);
}

bool ExportSnapshotStore::forget(Database &db, qint64 importRunId, QString *error)
{
    ExportSnapshotStore store(db);
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT id FROM export_import WHERE import_run_id = ?"_s);
    q.addBindValue(importRunId);
    if (!q.exec())
        return store.failed(q.lastError(), error);
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    q.finish();
    for (qint64 id : std::as_const(ids)) {
        // :next is the next import with connections (NULL when none).
        const QStringList steps = {
            // Seen by this import only.
            u"DELETE FROM export_connection WHERE first_import = :id AND ended_import IS :next"_s,
            // Seen by this import first and by later ones: from the next one on.
            u"UPDATE export_connection SET first_import = :next WHERE first_import = :id"_s,
            // Ended by this import: by the next one, or not at all.
            u"UPDATE export_connection SET ended_import = :next WHERE ended_import = :id"_s,
            u"DELETE FROM export_change WHERE import_id = :id"_s,
            u"DELETE FROM export_import WHERE id = :id"_s,
        };
        const qint64 nextImport = store.number(
            u"SELECT coalesce(min(id), 0) FROM export_import WHERE id > ? AND has_connections = 1"_s,
            {id});
        const QString next = nextImport > 0 ? QString::number(nextImport) : u"NULL"_s;
        for (const QString &sql : steps) {
            QSqlQuery step(db.connection());
            step.prepare(
                QString(sql).replace(u":next"_s, next).replace(u":id"_s, QString::number(id)));
            if (!step.exec())
                return store.failed(step.lastError(), error);
        }
    }
    return true;
}

} // namespace rapport
