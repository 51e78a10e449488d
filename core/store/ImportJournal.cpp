#include "store/ImportJournal.h"

#include "db/Database.h"
#include "store/BackupStore.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// What an import may change on a contact and a person would call their
// data; derived columns (tiers, scores, summaries) follow from these.
const char *const contactColumns[] = {
    "first_name", "last_name", "profile_url", "slug",         "position",   "company", "industry",
    "location",   "email",     "degree",      "connected_on", "follows_me", "notes",   "tags_text",
};

QString jsonObjectOf(const QStringList &columns, const QString &alias)
{
    QStringList pairs;
    for (const QString &column : columns)
        pairs << u"'%1', %2.%1"_s.arg(column, alias);
    return u"json_object(%1)"_s.arg(pairs.join(u", "_s));
}

QStringList outreachColumns(Database &db)
{
    QStringList columns;
    QSqlQuery q(db.connection());
    if (q.exec(u"PRAGMA table_info(outreach)"_s)) {
        while (q.next()) {
            const QString name = q.value(1).toString();
            if (name != u"id"_s)
                columns << name;
        }
    }
    return columns;
}

const char *const triggerNames[] = {
    "import_journal_contact_update",
    "import_journal_outreach_update",
};

} // namespace

ImportJournal::ImportJournal(Database &db)
    : m_db(db)
{}

ImportJournal::~ImportJournal()
{
    dropTriggers();
}

QString ImportJournal::changeMarkSql()
{
    return u"((SELECT n FROM change_count WHERE id = 1) + (SELECT coalesce(sum(seq), 0) "
           "FROM sqlite_sequence WHERE name <> 'queue_item'))"_s;
}

bool ImportJournal::markChanged(Database &db, QString *error)
{
    QSqlQuery q(db.connection());
    if (q.exec(u"UPDATE change_count SET n = n + 1 WHERE id = 1"_s))
        return true;
    if (error)
        *error = db.describe(q.lastError());
    return false;
}

QString ImportJournal::contactImage(const QString &alias)
{
    QStringList columns;
    for (const char *c : contactColumns)
        columns << QString::fromUtf8(c);
    return jsonObjectOf(columns, alias);
}

QString ImportJournal::outreachImage(Database &db, const QString &alias)
{
    return jsonObjectOf(outreachColumns(db), alias);
}

bool ImportJournal::exec(const QString &sql, QString *error)
{
    QSqlQuery q(m_db.connection());
    if (q.exec(sql))
        return true;
    if (error)
        *error = tr("Could not record the import in %1 so that it can be undone; nothing was "
                    "imported. Run rapport-cli check on it.")
                     .arg(QDir::toNativeSeparators(m_db.path()));
    return false;
}

void ImportJournal::dropTriggers()
{
    if (!m_triggers || !m_db.isOpen())
        return;
    for (const char *name : triggerNames) {
        QSqlQuery q(m_db.connection());
        q.exec(u"DROP TRIGGER IF EXISTS temp.%1"_s.arg(QString::fromUtf8(name)));
    }
    m_triggers = false;
}

bool ImportJournal::prepare(const QString &kind, const QString &source, QString *error)
{
    m_kind = kind;
    m_source = QFileInfo(source).absoluteFilePath();
    m_backupFile.clear();
    const QString path = m_db.path();
    if (path.isEmpty() || m_db.transactionDepth() > 0 || !QFileInfo::exists(path))
        return true;
    BackupStore store(path);
    BackupInfo made;
    QString why;
    if (!store.create(m_db, BackupInfo::Reason::BeforeImport, m_source, &made, &why)) {
        if (error)
            *error = tr("%1 was not imported because the backup before it failed: %2")
                         .arg(QDir::toNativeSeparators(m_source), why);
        return false;
    }
    m_backupFile = made.fileName;
    return true;
}

bool ImportJournal::begin(QString *error)
{
    dropTriggers();
    QSqlQuery insert(m_db.connection());
    insert.prepare(u"INSERT INTO import_run (kind, source, started_at, backup_file, "
                   "changes_before) VALUES (?, ?, ?, ?, %1)"_s.arg(changeMarkSql()));
    insert.addBindValue(m_kind);
    insert.addBindValue(m_source);
    insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    insert.addBindValue(m_backupFile);
    if (!insert.exec()) {
        if (error)
            *error = tr("Could not record the import in %1 so that it can be undone; nothing "
                        "was imported. Run rapport-cli check on it.")
                         .arg(QDir::toNativeSeparators(m_db.path()));
        return false;
    }
    m_importId = insert.lastInsertId().toLongLong();
    // Rows created from here on have higher ids (AUTOINCREMENT, and the
    // transaction keeps other writers out): finish() lists them in one
    // statement, and only rows older than that are journalled when changed.
    QSqlQuery seq(m_db.connection());
    for (const QString &table : {u"contact"_s, u"outreach"_s}) {
        qint64 &last = table == u"contact"_s ? m_lastContact : m_lastOutreach;
        seq.prepare(u"SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = ?), 0)"_s);
        seq.addBindValue(table);
        last = seq.exec() && seq.next() ? seq.value(0).toLongLong() : 0;
    }
    m_triggers = true;
    // The numbers are ours (integers), never text from the file.
    const QString record =
        u"INSERT INTO import_change (import_id, table_name, row_id, action, before) "
        "SELECT %1, '%2', old.id, 'update', %3 WHERE NOT EXISTS (SELECT 1 FROM import_change "
        "WHERE import_id = %1 AND table_name = '%2' AND row_id = old.id);"_s;
    const QString id = QString::number(m_importId);
    QStringList userColumns;
    for (const char *c : contactColumns)
        userColumns << QString::fromUtf8(c);
    const QStringList triggers = {
        u"CREATE TEMP TRIGGER import_journal_contact_update BEFORE UPDATE OF %1 ON main.contact "
        "WHEN old.id <= %2 BEGIN %3 END"_s.arg(
            userColumns.join(u", "_s), QString::number(m_lastContact),
            record.arg(id, u"contact"_s, contactImage(u"old"_s))),
        u"CREATE TEMP TRIGGER import_journal_outreach_update BEFORE UPDATE ON main.outreach "
        "WHEN old.id <= %1 BEGIN %2 END"_s.arg(
            QString::number(m_lastOutreach),
            record.arg(id, u"outreach"_s, outreachImage(m_db, u"old"_s))),
    };
    for (const QString &sql : triggers) {
        if (!exec(sql, error))
            return false;
    }
    return true;
}

bool ImportJournal::finish(QString *error)
{
    dropTriggers();
    if (m_importId <= 0)
        return true;
    const QString id = QString::number(m_importId);
    // The rows updated (journaled by the triggers as the import went) are
    // completed before the new ones are listed, so those statements read
    // only them, not a million new rows besides.
    const QStringList statements = {
        u"UPDATE import_change SET after = (SELECT %2 FROM contact c WHERE c.id = row_id) "
        "WHERE import_id = %1 AND table_name = 'contact' AND action = 'update'"_s.arg(
            id, contactImage(u"c"_s)),
        u"UPDATE import_change SET after = (SELECT %2 FROM outreach o WHERE o.id = row_id) "
        "WHERE import_id = %1 AND table_name = 'outreach' AND action = 'update'"_s.arg(
            id, outreachImage(m_db, u"o"_s)),
        // Written with the values it had: nothing to undo there.
        u"DELETE FROM import_change WHERE import_id = %1 AND action = 'update' "
        "AND before IS after"_s.arg(id),
        u"INSERT INTO import_change (import_id, table_name, row_id, action) "
        "SELECT %1, 'contact', id, 'insert' FROM contact WHERE id > %2"_s.arg(
            id, QString::number(m_lastContact)),
        u"INSERT INTO import_change (import_id, table_name, row_id, action) "
        "SELECT %1, 'outreach', id, 'insert' FROM outreach WHERE id > %2"_s.arg(
            id, QString::number(m_lastOutreach)),
        u"UPDATE import_run SET finished_at = '%2', changes_after = %3 WHERE id = %1"_s.arg(
            id, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), changeMarkSql()),
        // An import that changed nothing is not one to undo.
        u"DELETE FROM import_run WHERE id = %1 AND changes_after = changes_before "
        "AND NOT EXISTS (SELECT 1 FROM import_change WHERE import_id = %1)"_s.arg(id),
        // Only the latest imports keep their journal, as only their backups are kept.
        u"UPDATE import_run SET journal_kept = 0 WHERE journal_kept = 1 AND id NOT IN "
        "(SELECT id FROM import_run ORDER BY id DESC LIMIT %1)"_s.arg(JournalsKept),
        u"DELETE FROM import_change WHERE import_id IN "
        "(SELECT id FROM import_run WHERE journal_kept = 0)"_s,
    };
    for (const QString &sql : statements) {
        if (!exec(sql, error))
            return false;
    }
    return true;
}

} // namespace rapport
