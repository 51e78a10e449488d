#include "store/SettingStore.h"

#include "db/Database.h"
#include "db/Transaction.h"
#include "store/StatementCache.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace rapport {

SettingStore::SettingStore(Database &db)
    : m_db(db)
    , m_statements(std::make_unique<StatementCache>(db))
{}

SettingStore::~SettingStore() = default;

QString SettingStore::databaseUid()
{
    const QString key = u"database_uid"_s;
    QString uid = value(key);
    if (!uid.isEmpty())
        return uid;
    uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Transaction tx(m_db);
    if (tx.isActive() && setValue(key, uid, nullptr) && tx.commit())
        return uid;
    QSqlQuery q(m_db.connection());
    if (q.exec(u"SELECT id, created_at FROM contact ORDER BY id LIMIT 1"_s) && q.next())
        return u"first-contact:"_s + q.value(0).toString() + u'@' + q.value(1).toString();
    return {};
}

QString SettingStore::value(const QString &key) const
{
    QSqlQuery &q = m_statements->prepared(u"SELECT value FROM setting WHERE key = ?"_s);
    q.addBindValue(key);
    QString value;
    if (q.exec() && q.next())
        value = q.value(0).toString();
    q.finish();
    return value;
}

bool SettingStore::setValue(const QString &key, const QString &value, QString *error)
{
    QSqlQuery &q =
        m_statements->prepared(u"INSERT INTO setting (key, value) VALUES (?, ?) "
                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(key);
    q.addBindValue(value.isNull() ? u""_s : value);
    if (!q.exec()) {
        if (error)
            *error =
                QCoreApplication::translate("SettingStore", "Could not save the setting %1: %2")
                    .arg(key, m_db.describe(q.lastError()));
        return false;
    }
    return true;
}

bool SettingStore::remove(const QString &key, QString *error)
{
    QSqlQuery &q = m_statements->prepared(u"DELETE FROM setting WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec()) {
        if (error)
            *error = m_db.describe(q.lastError());
        return false;
    }
    return true;
}

int SettingStore::intValue(const QString &key, int fallback) const
{
    bool ok = false;
    const int v = value(key).toInt(&ok);
    return ok ? v : fallback;
}

double SettingStore::doubleValue(const QString &key, double fallback) const
{
    bool ok = false;
    const double v = value(key).toDouble(&ok);
    return ok ? v : fallback;
}

} // namespace rapport
