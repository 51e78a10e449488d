#include "store/ExportChangeStore.h"

#include "db/Database.h"
#include "domain/DateText.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rapport {

ExportChangeStore::ExportChangeStore(Database &db)
    : m_db(db)
{}

ExportChanges ExportChangeStore::latest(QString *error, Items items) const
{
    ExportChanges changes;
    QSqlQuery q(m_db.connection());
    const auto failed = [&] {
        if (error)
            *error = ExportChanges::tr("Could not read the changes between your LinkedIn "
                                       "exports from %1 (%2). Run rapport-cli check on it.")
                         .arg(QDir::toNativeSeparators(m_db.path()), m_db.describe(q.lastError()));
        return ExportChanges();
    };
    if (!q.exec(u"SELECT id, imported_at, source, has_connections, connections, compared_with "
                "FROM export_import ORDER BY id DESC LIMIT 1"_s))
        return failed();
    if (!q.next())
        return changes;
    changes.importId = q.value(0).toLongLong();
    changes.importedAt = DateText::parseIsoUtc(q.value(1).toString());
    changes.source = q.value(2).toString();
    const bool hasConnections = q.value(3).toInt() == 1;
    changes.connections = q.value(4).toInt();
    const qint64 previous = q.value(5).toLongLong();
    changes.state = !hasConnections ? ExportChanges::State::NoConnections
                    : previous <= 0 ? ExportChanges::State::FirstExport
                                    : ExportChanges::State::Compared;
    q.finish();
    if (previous > 0) {
        q.prepare(u"SELECT imported_at, source FROM export_import WHERE id = ?"_s);
        q.addBindValue(previous);
        if (!q.exec())
            return failed();
        if (q.next()) {
            changes.previousAt = DateText::parseIsoUtc(q.value(0).toString());
            changes.previousSource = q.value(1).toString();
        }
        q.finish();
    }
    if (items == Items::None)
        return changes;
    q.prepare(u"SELECT c.kind, c.contact_id, trim(t.first_name || ' ' || t.last_name), "
              "c.old_company, c.old_position, c.new_company, c.new_position, c.day, c.count "
              "FROM export_change c JOIN contact t ON t.id = c.contact_id "
              "WHERE c.import_id = ? ORDER BY t.sort_name, t.id"_s);
    q.addBindValue(changes.importId);
    if (!q.exec())
        return failed();
    QList<ExportChange> all;
    while (q.next()) {
        ExportChange c;
        if (!ExportChange::kindFromKey(q.value(0).toString(), &c.kind))
            continue;
        c.contactId = q.value(1).toLongLong();
        c.name = q.value(2).toString();
        c.oldCompany = q.value(3).toString();
        c.oldPosition = q.value(4).toString();
        c.newCompany = q.value(5).toString();
        c.newPosition = q.value(6).toString();
        const QString day = q.value(7).toString();
        c.day = c.kind == ExportChange::Kind::NewMessages
                    ? DateText::parseIsoUtc(day).toLocalTime().date()
                    : DateText::parseIsoDate(day);
        c.count = q.value(8).toInt();
        all << c;
    }
    for (ExportChange::Kind kind : ExportChanges::kinds()) {
        for (const ExportChange &c : std::as_const(all)) {
            if (c.kind == kind)
                changes.items << c;
        }
    }
    return changes;
}

int ExportChangeStore::latestCount() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(u"SELECT count(*) FROM export_change c JOIN contact t ON t.id = c.contact_id "
                  "WHERE c.import_id = (SELECT max(id) FROM export_import)"_s) &&
                   q.next()
               ? q.value(0).toInt()
               : -1;
}

std::optional<QDate> ExportChangeStore::goneSince(qint64 contactId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT i.imported_at FROM export_change c JOIN export_import i ON i.id = "
              "c.import_id WHERE c.contact_id = ? AND c.kind = 'gone' AND NOT EXISTS (SELECT 1 "
              "FROM export_change n WHERE n.contact_id = c.contact_id AND n.kind IN ('new', "
              "'accepted') AND n.import_id > c.import_id) ORDER BY c.import_id DESC LIMIT 1"_s);
    q.addBindValue(contactId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return DateText::parseIsoUtc(q.value(0).toString()).toLocalTime().date();
}

} // namespace rapport
