#include "store/ImportUndo.h"

#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/Contact.h"
#include "domain/DateText.h"
#include "store/AnalyticsStore.h"
#include "store/BackupStore.h"
#include "store/ContactStore.h"
#include "store/ExportSnapshotStore.h"
#include "store/ImportJournal.h"
#include "store/OutreachStore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

bool fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

QJsonObject parse(const QVariant &json)
{
    return QJsonDocument::fromJson(json.toString().toUtf8()).object();
}

QVariant toVariant(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QVariant();
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d == double(qint64(d)))
            return qint64(d);
        return d;
    }
    return value.toVariant();
}

void setField(Contact &c, const QString &key, const QJsonValue &v)
{
    const QString text = v.isString() ? v.toString() : QString();
    if (key == u"first_name"_s)
        c.firstName = text;
    else if (key == u"last_name"_s)
        c.lastName = text;
    else if (key == u"profile_url"_s)
        c.profileUrl = text;
    else if (key == u"slug"_s)
        c.slug = text;
    else if (key == u"position"_s)
        c.position = text;
    else if (key == u"company"_s)
        c.company = text;
    else if (key == u"industry"_s)
        c.industry = text;
    else if (key == u"location"_s)
        c.location = text;
    else if (key == u"email"_s)
        c.email = text;
    else if (key == u"degree"_s)
        c.degree = v.toInt();
    else if (key == u"connected_on"_s)
        c.connectedOn = DateText::parseIsoDate(text);
    else if (key == u"follows_me"_s)
        c.followsMe = v.toInt() != 0;
    else if (key == u"notes"_s)
        c.notes = text;
    else if (key == u"tags_text"_s)
        c.tags = text.isEmpty() ? QStringList() : text.split(u'\n');
}

// The journal's rows of one kind: (row id, before, after), rows that still exist.
struct Entry
{
    qint64 rowId = 0;
    QJsonObject before;
    QJsonObject after;
};

QList<Entry> entries(Database &db, qint64 importId, const QString &table, const QString &action)
{
    QList<Entry> out;
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT j.row_id, j.before, j.after FROM import_change j JOIN %1 t ON t.id = "
              "j.row_id WHERE j.import_id = ? AND j.table_name = ? AND j.action = ? "
              "ORDER BY j.row_id"_s.arg(table == u"contact"_s ? u"contact"_s : u"outreach"_s));
    q.addBindValue(importId);
    q.addBindValue(table);
    q.addBindValue(action);
    if (q.exec()) {
        while (q.next())
            out.append({q.value(0).toLongLong(), parse(q.value(1)), parse(q.value(2))});
    }
    return out;
}

QJsonObject currentImage(Database &db, const QString &table, qint64 id)
{
    const bool contact = table == u"contact"_s;
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT %1 FROM %2 x WHERE x.id = ?"_s.arg(
        contact ? ImportJournal::contactImage(u"x"_s) : ImportJournal::outreachImage(db, u"x"_s),
        contact ? u"contact"_s : u"outreach"_s));
    q.addBindValue(id);
    return q.exec() && q.next() ? parse(q.value(0)) : QJsonObject();
}

// The fields the import changed that nobody changed since: key -> old value.
QJsonObject toPutBack(const Entry &e, const QJsonObject &now, int *editsKept)
{
    QJsonObject back;
    for (auto it = e.before.constBegin(); it != e.before.constEnd(); ++it) {
        const QJsonValue imported = e.after.value(it.key());
        if (it.value() == imported)
            continue;
        if (now.value(it.key()) == imported)
            back.insert(it.key(), it.value());
        else
            ++*editsKept;
    }
    return back;
}

QString journalError(const QString &path)
{
    return ImportUndo::tr("Could not read or apply the import journal of %1; nothing was "
                          "changed. Run rapport-cli check on it, or restore the backup made "
                          "before the import (in %2).")
        .arg(QDir::toNativeSeparators(path),
             QDir::toNativeSeparators(BackupStore::folderFor(path)));
}

} // namespace

QString ImportUndo::Outcome::summary() const
{
    const QString file = QFileInfo(run.source).fileName();
    if (fromSnapshot) {
        return tr("The import of %1 was undone: the database is back as it was just before it "
                  "(backup %2). The database as it was before the undo is kept as %3.")
            .arg(file, run.backupFile, QDir::toNativeSeparators(keptAside.path));
    }
    if (run.kind == u"analytics"_s) {
        return tr("The import of %1 was undone: the LinkedIn analytics it brought and the "
                  "posts it created were removed (%2 workbooks); numbers it added to posts "
                  "that were there before stay.")
            .arg(file, QString::number(workbooksRemoved));
    }
    QString text =
        tr("The import of %1 was undone: %2 contacts and %3 messages or invitations "
           "it added were removed, %4 contacts and %5 messages or invitations it "
           "changed were put back.")
            .arg(file, QString::number(contactsRemoved), QString::number(outreachRemoved),
                 QString::number(contactsRestored), QString::number(outreachRestored));
    if (editsKept > 0)
        text +=
            u' ' + tr("%1 fields edited since the import keep their new values.").arg(editsKept);
    return text;
}

std::optional<ImportUndo::Run> ImportUndo::find(Database &db, qint64 id)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT id, kind, source, started_at, backup_file, changes_before, "
              "changes_after, journal_kept, undone_at FROM import_run "
              "WHERE ? = 0 OR id = ? ORDER BY id DESC LIMIT 1"_s);
    q.addBindValue(id);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Run run;
    run.id = q.value(0).toLongLong();
    run.kind = q.value(1).toString();
    run.source = q.value(2).toString();
    run.startedAt = DateText::parseIsoUtc(q.value(3).toString());
    run.backupFile = q.value(4).toString();
    run.changesBefore = q.value(5).toLongLong();
    run.changesAfter = q.value(6).toLongLong();
    run.journalKept = q.value(7).toBool();
    if (!q.value(8).toString().isEmpty())
        run.undoneAt = DateText::parseIsoUtc(q.value(8).toString());
    return run;
}

bool ImportUndo::undo(const QString &databasePath, qint64 id, Outcome *outcome, QString *error)
{
    const QString name = QDir::toNativeSeparators(QFileInfo(databasePath).absoluteFilePath());
    if (!QFileInfo::exists(databasePath))
        return fail(error, tr("There is no database at %1.").arg(name));
    Outcome result;
    std::optional<Run> run;
    bool snapshot = false;
    {
        Database db;
        if (!db.open(databasePath, error))
            return false;
        run = find(db, id);
        if (!run) {
            return fail(error, id == 0
                                   ? tr("%1 has no import to undo.").arg(name)
                                   : tr("%1 has no import #%2.").arg(name, QString::number(id)));
        }
        result.run = *run;
        const QString file = QDir::toNativeSeparators(run->source);
        if (run->undoneAt.isValid()) {
            return fail(
                error,
                tr("The import of %1 (%2) was already undone on %3; nothing was changed.")
                    .arg(file,
                         QLocale().toString(run->startedAt.toLocalTime(), QLocale::ShortFormat),
                         QLocale().toString(run->undoneAt.toLocalTime(), QLocale::ShortFormat)));
        }
        QSqlQuery counter(db.connection());
        const qint64 now =
            counter.exec(u"SELECT "_s + ImportJournal::changeMarkSql()) && counter.next()
                ? counter.value(0).toLongLong()
                : -1;
        const std::optional<BackupInfo> backup =
            run->backupFile.isEmpty() ? std::nullopt
                                      : BackupStore(databasePath).find(run->backupFile);
        // A damaged backup leaves the journal to do the work.
        qint64 backupChanges = -1;
        snapshot = now == run->changesAfter && backup &&
                   BackupStore::changeCount(backup->path) == run->changesBefore &&
                   BackupStore::verify(backup->path, &backupChanges, nullptr) &&
                   backupChanges == run->changesBefore;
        // The snapshot replaces the file: not while someone else has it open.
        if (snapshot) {
            db.close();
            snapshot = !BackupStore::isInUse(databasePath);
            if (!snapshot && !db.open(databasePath, error))
                return false;
        }
        if (!snapshot) {
            if (!run->journalKept) {
                return fail(
                    error,
                    tr("The import of %1 is too old to undo piece by piece (only the "
                       "last %2 imports keep what they changed). Restore a backup "
                       "instead: File ▸ Restore From Backup…, or rapport-cli backup "
                       "list; they are in %3.")
                        .arg(file, QString::number(ImportJournal::JournalsKept),
                             QDir::toNativeSeparators(BackupStore::folderFor(databasePath))));
            }
            if (!undoByJournal(db, *run, &result, error))
                return false;
        }
    }
    if (snapshot && !undoBySnapshot(databasePath, *run, &result, error))
        return false;
    if (outcome)
        *outcome = result;
    return true;
}

bool ImportUndo::undoBySnapshot(const QString &databasePath, const Run &run, Outcome *outcome,
                                QString *error)
{
    BackupStore store(databasePath);
    const std::optional<BackupInfo> backup = store.find(run.backupFile);
    if (!backup || !store.restore(*backup, &outcome->keptAside, error))
        return backup ? false : fail(error, journalError(databasePath));
    outcome->fromSnapshot = true;
    // The restored file predates the import: it learns that it was undone,
    // so a second undo says so instead of undoing the import before it.
    Database db;
    if (!db.open(databasePath, error))
        return false;
    QSqlQuery q(db.connection());
    q.prepare(u"INSERT OR REPLACE INTO import_run (id, kind, source, started_at, finished_at, "
              "backup_file, changes_before, changes_after, journal_kept, undone_at, undone_how) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, 'snapshot')"_s);
    q.addBindValue(run.id);
    q.addBindValue(run.kind);
    q.addBindValue(run.source);
    q.addBindValue(run.startedAt.toString(Qt::ISODateWithMs));
    q.addBindValue(run.startedAt.toString(Qt::ISODateWithMs));
    q.addBindValue(run.backupFile);
    q.addBindValue(run.changesBefore);
    q.addBindValue(run.changesAfter);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        return fail(error, tr("%1 is back as it was before the import of %2, but recording "
                              "that failed; do not undo the import again.")
                               .arg(QDir::toNativeSeparators(databasePath), run.source));
    }
    return true;
}

bool ImportUndo::undoByJournal(Database &db, const Run &run, Outcome *outcome, QString *error)
{
    Transaction tx(db);
    if (!tx.isActive()) {
        return fail(error, tr("%1 is busy (another program is writing to it). Try again in a "
                              "moment; nothing was changed.")
                               .arg(QDir::toNativeSeparators(db.path())));
    }
    if (!restoreOutreach(db, run, outcome, error) || !restoreContacts(db, run, outcome, error))
        return false;
    if (run.kind == u"analytics"_s &&
        !AnalyticsStore(db).removeRun(run.id, &outcome->workbooksRemoved, error))
        return false;
    // What a LinkedIn export import kept of the connections goes with it.
    QString snapshotError;
    if (!ExportSnapshotStore::forget(db, run.id, &snapshotError))
        return fail(error, journalError(db.path()));
    QSqlQuery q(db.connection());
    q.prepare(u"UPDATE import_run SET undone_at = ?, undone_how = 'journal' WHERE id = ?"_s);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(run.id);
    if (!q.exec())
        return fail(error, journalError(db.path()));
    QString commitError;
    if (!tx.commit(&commitError))
        return fail(error, journalError(db.path()));
    return true;
}

bool ImportUndo::restoreOutreach(Database &db, const Run &run, Outcome *outcome, QString *error)
{
    OutreachStore store(db);
    const QList<Entry> created = entries(db, run.id, u"outreach"_s, u"insert"_s);
    for (const Entry &e : created) {
        if (!store.remove(e.rowId, error))
            return false;
        ++outcome->outreachRemoved;
    }
    QStringList columns;
    QSqlQuery info(db.connection());
    if (info.exec(u"PRAGMA table_info(outreach)"_s)) {
        while (info.next())
            columns << info.value(1).toString();
    }
    const QList<Entry> updated = entries(db, run.id, u"outreach"_s, u"update"_s);
    for (const Entry &e : updated) {
        const QJsonObject back =
            toPutBack(e, currentImage(db, u"outreach"_s, e.rowId), &outcome->editsKept);
        QStringList sets;
        QVariantList values;
        for (auto it = back.constBegin(); it != back.constEnd(); ++it) {
            if (!columns.contains(it.key()) || it.key() == u"id"_s)
                continue;
            sets << u"\"%1\" = ?"_s.arg(it.key());
            values << toVariant(it.value());
        }
        if (sets.isEmpty())
            continue;
        QSqlQuery q(db.connection());
        q.prepare(u"UPDATE outreach SET %1 WHERE id = ?"_s.arg(sets.join(u", "_s)));
        for (const QVariant &v : std::as_const(values))
            q.addBindValue(v);
        q.addBindValue(e.rowId);
        if (!q.exec())
            return fail(error, journalError(db.path()));
        ++outcome->outreachRestored;
    }
    return true;
}

bool ImportUndo::restoreContacts(Database &db, const Run &run, Outcome *outcome, QString *error)
{
    ContactStore store(db);
    const QList<Entry> created = entries(db, run.id, u"contact"_s, u"insert"_s);
    QList<qint64> ids;
    for (const Entry &e : created)
        ids << e.rowId;
    if (!ids.isEmpty() && !store.removeMany(ids, error))
        return false;
    outcome->contactsRemoved = int(ids.size());
    const QList<Entry> updated = entries(db, run.id, u"contact"_s, u"update"_s);
    for (const Entry &e : updated) {
        const QJsonObject back =
            toPutBack(e, currentImage(db, u"contact"_s, e.rowId), &outcome->editsKept);
        std::optional<Contact> contact = store.get(e.rowId);
        if (back.isEmpty() || !contact)
            continue;
        for (auto it = back.constBegin(); it != back.constEnd(); ++it)
            setField(*contact, it.key(), it.value());
        if (!store.update(*contact, error))
            return false;
        ++outcome->contactsRestored;
    }
    return true;
}

} // namespace rapport
