#include "store/SnapshotStore.h"

#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/DateText.h"
#include "store/StatementCache.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

const QString columns = u"id, taken_on, followers, connections, profile_views, "
                        "search_appearances, network_size, top_companies, top_titles"_s;

QVariant orNull(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

std::optional<int> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

QStringList lines(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(u'\n');
}

// One name per line, trimmed, without blanks or repeats; never NULL.
QString joined(const QStringList &names)
{
    QStringList out;
    for (const QString &name : names) {
        const QString trimmed = name.simplified();
        if (!trimmed.isEmpty() && !out.contains(trimmed))
            out << trimmed;
    }
    return out.isEmpty() ? u""_s : out.join(u'\n');
}

NetworkSnapshot read(const QSqlQuery &q)
{
    NetworkSnapshot s;
    s.id = q.value(0).toLongLong();
    s.takenOn = DateText::parseIsoDate(q.value(1).toString());
    s.followers = q.value(2).toInt();
    s.connections = q.value(3).toInt();
    s.profileViews = optionalInt(q.value(4));
    s.searchAppearances = optionalInt(q.value(5));
    s.networkSize = optionalInt(q.value(6));
    s.topCompanies = lines(q.value(7).toString());
    s.topTitles = lines(q.value(8).toString());
    return s;
}

} // namespace

SnapshotStore::SnapshotStore(Database &db)
    : m_db(db)
    , m_statements(std::make_unique<StatementCache>(db))
{}

SnapshotStore::~SnapshotStore() = default;

bool SnapshotStore::validate(const NetworkSnapshot &s, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!s.takenOn.isValid())
        return fail(tr("The date is missing. Enter the day you read the numbers."));
    if (s.takenOn > QDate::currentDate().addDays(1))
        return fail(tr("The date %1 is in the future. Enter the day you read the numbers.")
                        .arg(DateText::isoDate(s.takenOn)));
    if (s.followers < 0)
        return fail(tr("Followers cannot be negative. Enter the number your profile shows."));
    if (s.connections < 0)
        return fail(tr("Connections cannot be negative. Enter the number your profile shows."));
    if (s.connections > 30000)
        return fail(tr("Connections is %1, but LinkedIn allows at most 30,000. Check the number.")
                        .arg(s.connections));
    if (s.followers < s.connections)
        return fail(tr("Followers (%1) is below connections (%2), but LinkedIn counts every "
                       "connection as a follower. Enter the displayed follower count.")
                        .arg(s.followers)
                        .arg(s.connections));
    if ((s.profileViews && *s.profileViews < 0) ||
        (s.searchAppearances && *s.searchAppearances < 0) || (s.networkSize && *s.networkSize < 0))
        return fail(tr("Profile views, search appearances and network size cannot be negative; "
                       "leave a field empty when you did not read it."));
    return true;
}

bool SnapshotStore::write(const NetworkSnapshot &s, bool insert, QString *error)
{
    QSqlQuery &q = m_statements->prepared(
        insert ? u"INSERT INTO network_snapshot (week_start, taken_on, followers, connections, "
                 "profile_views, search_appearances, network_size, top_companies, top_titles, "
                 "updated_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s
               : u"UPDATE network_snapshot SET week_start = ?, taken_on = ?, followers = ?, "
                 "connections = ?, profile_views = ?, search_appearances = ?, network_size = ?, "
                 "top_companies = ?, top_titles = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(DateText::isoDate(s.weekStart()));
    q.addBindValue(DateText::isoDate(s.takenOn));
    q.addBindValue(s.followers);
    q.addBindValue(s.connections);
    q.addBindValue(orNull(s.profileViews));
    q.addBindValue(orNull(s.searchAppearances));
    q.addBindValue(orNull(s.networkSize));
    q.addBindValue(joined(s.topCompanies));
    q.addBindValue(joined(s.topTitles));
    q.addBindValue(DateText::isoUtc(QDateTime::currentDateTimeUtc(), false));
    q.addBindValue(s.id > 0 ? QVariant(s.id) : QVariant(QMetaType(QMetaType::LongLong)));
    if (!q.exec()) {
        if (error)
            *error = tr("Could not save the weekly numbers: %1").arg(m_db.describe(q.lastError()));
        q.finish();
        return false;
    }
    const int changed = q.numRowsAffected();
    q.finish();
    if (changed != 1) {
        if (error)
            *error = tr("There is no weekly entry #%1.").arg(s.id);
        return false;
    }
    return true;
}

bool SnapshotStore::save(NetworkSnapshot &snapshot, QString *error,
                         std::optional<NetworkSnapshot> *replaced)
{
    if (!validate(snapshot, error))
        return false;
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    const std::optional<NetworkSnapshot> existing = forWeekOf(snapshot.takenOn);
    NetworkSnapshot toWrite = snapshot;
    toWrite.id = existing ? existing->id : 0;
    if (!write(toWrite, !existing, error))
        return false;
    if (!existing) {
        QSqlQuery id(m_db.connection());
        if (id.exec(u"SELECT last_insert_rowid()"_s) && id.next())
            toWrite.id = id.value(0).toLongLong();
    }
    if (!tx.commit(error))
        return false;
    snapshot.id = toWrite.id;
    if (replaced)
        *replaced = existing;
    return true;
}

bool SnapshotStore::update(const NetworkSnapshot &snapshot, QString *error)
{
    if (!validate(snapshot, error))
        return false;
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    const std::optional<NetworkSnapshot> other = forWeekOf(snapshot.takenOn);
    if (other && other->id != snapshot.id) {
        if (error)
            *error = tr("The week of %1 already has an entry (read on %2). Edit that one, or "
                        "choose a day in another week.")
                         .arg(DateText::isoDate(snapshot.weekStart()),
                              DateText::isoDate(other->takenOn));
        return false;
    }
    return write(snapshot, false, error) && tx.commit(error);
}

bool SnapshotStore::remove(qint64 id, QString *error)
{
    QSqlQuery &q = m_statements->prepared(u"DELETE FROM network_snapshot WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error =
                tr("Could not delete the weekly numbers: %1").arg(m_db.describe(q.lastError()));
        q.finish();
        return false;
    }
    const int changed = q.numRowsAffected();
    q.finish();
    if (changed != 1 && error)
        *error = tr("There is no weekly entry #%1.").arg(id);
    return changed == 1;
}

bool SnapshotStore::restore(const NetworkSnapshot &snapshot, QString *error)
{
    if (snapshot.id <= 0) {
        if (error)
            *error = tr("Only a deleted entry can be put back.");
        return false;
    }
    return write(snapshot, true, error);
}

QList<NetworkSnapshot> SnapshotStore::list(QString *error) const
{
    QList<NetworkSnapshot> list;
    QSqlQuery &q = m_statements->prepared(u"SELECT "_s + columns +
                                          u" FROM network_snapshot ORDER BY week_start"_s);
    if (!q.exec()) {
        if (error)
            *error = tr("Could not read the weekly numbers: %1").arg(m_db.describe(q.lastError()));
        q.finish();
        return list;
    }
    while (q.next())
        list << read(q);
    q.finish();
    return list;
}

std::optional<NetworkSnapshot> SnapshotStore::one(const QString &where, const QVariant &bind) const
{
    QSqlQuery &q =
        m_statements->prepared(u"SELECT "_s + columns + u" FROM network_snapshot "_s + where);
    if (bind.isValid())
        q.addBindValue(bind);
    std::optional<NetworkSnapshot> found;
    if (q.exec() && q.next())
        found = read(q);
    q.finish();
    return found;
}

std::optional<NetworkSnapshot> SnapshotStore::get(qint64 id) const
{
    return one(u"WHERE id = ?"_s, id);
}

std::optional<NetworkSnapshot> SnapshotStore::forWeekOf(const QDate &day) const
{
    NetworkSnapshot probe;
    probe.takenOn = day;
    return one(u"WHERE week_start = ?"_s, DateText::isoDate(probe.weekStart()));
}

std::optional<NetworkSnapshot> SnapshotStore::latest() const
{
    return one(u"ORDER BY week_start DESC LIMIT 1"_s, QVariant());
}

} // namespace rapport
