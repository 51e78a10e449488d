#include "db/SchemaCleanup.h"

#include "db/Database.h"
#include "db/Migrations.h"
#include "db/Transaction.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// Indexes SQLite makes for UNIQUE and PRIMARY KEY constraints are named
// sqlite_autoindex_* and have no statement; they are never ours to drop.
const QString objectsSql = u"SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', "
                           "'trigger') AND sql IS NOT NULL AND name NOT LIKE 'sqlite\\_%' "
                           "ESCAPE '\\' ORDER BY type, name"_s;

QHash<QString, QString> buildDefinedObjects()
{
    static QAtomicInt counter;
    const QString connection = u"rapport-schema-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    QHash<QString, QString> objects;
    {
        QSqlDatabase memory = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        memory.setDatabaseName(u":memory:"_s);
        if (memory.open()) {
            QSqlQuery q(memory);
            bool ok = true;
            for (int v = 1; ok && v <= Migrations::latestVersion(); ++v) {
                const QStringList statements = Migrations::statements(v);
                for (const QString &sql : statements) {
                    if (!q.exec(sql)) {
                        qWarning("SchemaCleanup: migration %d does not run in memory: %s", v,
                                 qPrintable(q.lastError().text()));
                        ok = false;
                        break;
                    }
                }
            }
            if (ok && q.exec(objectsSql)) {
                while (q.next())
                    objects.insert(q.value(1).toString(), q.value(2).toString());
            }
            // Empty on any failure: run() then refuses to drop anything.
            if (!ok)
                objects.clear();
        }
        memory.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return objects;
}

QString quoted(const QString &name)
{
    return u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
}

} // namespace

const QHash<QString, QString> &SchemaCleanup::definedObjects()
{
    static const QHash<QString, QString> objects = buildDefinedObjects();
    return objects;
}

bool SchemaCleanup::findExtras(Database &db, QStringList *extra, QStringList *differing,
                               QString *error)
{
    extra->clear();
    differing->clear();
    const QHash<QString, QString> &defined = definedObjects();
    if (defined.isEmpty()) {
        if (error)
            *error = tr("Could not work out which indexes and triggers the schema defines. "
                        "Nothing was removed; please report this as a bug.");
        return false;
    }
    QSqlQuery q(db.connection());
    if (!q.exec(objectsSql)) {
        if (error)
            *error = tr("Could not list the indexes and triggers of %1 (%2). Run "
                        "\"rapport-cli check\" on it.")
                         .arg(QDir::toNativeSeparators(db.path()), db.describe(q.lastError()));
        return false;
    }
    while (q.next()) {
        const QString name = q.value(1).toString();
        const auto found = defined.constFind(name);
        if (found == defined.cend())
            *extra << name;
        else if (found->simplified() != q.value(2).toString().simplified())
            *differing << name;
    }
    return true;
}

bool SchemaCleanup::run(Database &db, QStringList *changed, QString *error)
{
    if (changed)
        changed->clear();
    QStringList extra;
    QStringList differing;
    if (!findExtras(db, &extra, &differing, error))
        return false;
    if (extra.isEmpty() && differing.isEmpty())
        return true;

    QSqlQuery types(db.connection());
    QHash<QString, QString> typeOf;
    if (types.exec(objectsSql)) {
        while (types.next())
            typeOf.insert(types.value(1).toString(), types.value(0).toString());
    }
    Transaction tx(db);
    if (!tx.isActive()) {
        if (error)
            *error = tr("Could not start removing leftover indexes and triggers from %1: %2. "
                        "Is another program writing to it?")
                         .arg(QDir::toNativeSeparators(db.path()), tx.errorText());
        return false;
    }
    QStringList done;
    QSqlQuery q(db.connection());
    const auto drop = [&](const QString &name) {
        const QString type = typeOf.value(name) == u"trigger"_s ? u"TRIGGER"_s : u"INDEX"_s;
        return q.exec(u"DROP %1 IF EXISTS %2"_s.arg(type, quoted(name)));
    };
    for (const QString &name : std::as_const(extra)) {
        if (!drop(name)) {
            if (error)
                *error = tr("Could not remove the leftover %1 %2 from %3 (%4). Nothing was "
                            "changed.")
                             .arg(typeOf.value(name), name, QDir::toNativeSeparators(db.path()),
                                  db.describe(q.lastError()));
            return false;
        }
        done << tr("removed the %1 %2, which the schema does not define")
                    .arg(typeOf.value(name), name);
    }
    for (const QString &name : std::as_const(differing)) {
        if (!drop(name) || !q.exec(definedObjects().value(name))) {
            if (error)
                *error = tr("Could not re-create the %1 %2 in %3 (%4). Nothing was changed.")
                             .arg(typeOf.value(name), name, QDir::toNativeSeparators(db.path()),
                                  db.describe(q.lastError()));
            return false;
        }
        done << tr("re-created the %1 %2 as the schema defines it").arg(typeOf.value(name), name);
    }
    if (!tx.commit(error))
        return false;
    if (changed)
        *changed = done;
    return true;
}

} // namespace rapport
