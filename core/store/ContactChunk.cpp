#include "store/ContactChunk.h"

#include "db/Database.h"
#include "db/NativeSqlite.h"
#include "domain/DateText.h"
#include "domain/ProfileUrl.h"
#include "domain/TextFold.h"
#include "store/ContactRow.h"
#include "store/ContactSearchIndex.h"
#include "store/SqlValueRows.h"
#include "store/StatementCache.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <array>
#include <limits>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// The written columns in ContactRow::bind's order, then the timestamps.
constexpr int columnCount = 17;
const char *const columnNames[columnCount] = {
    "first_name", "last_name", "sort_name", "profile_url", "slug",      "position",
    "company",    "industry",  "location",  "email",       "degree",    "connected_on",
    "follows_me", "notes",     "tags_text", "created_at",  "updated_at"};
constexpr int urlColumn = 3;
constexpr int slugColumn = 4;
constexpr int degreeColumn = 10;
constexpr int followsColumn = 12;

// The chunk's rows mostly share their timestamps (stamped alike when
// added): each distinct one is written as text once.
QString timestampText(const QDateTime &time)
{
    static thread_local QDateTime lastTime;
    static thread_local QString lastText;
    if (time != lastTime || lastText.isNull()) {
        lastTime = time;
        lastText = ContactRow::timestamp(time);
    }
    return lastText;
}

QString cell(const Contact &c, const QString &sortName, int column)
{
    switch (column) {
    case 0:
        return c.firstName;
    case 1:
        return c.lastName;
    case 2:
        return sortName;
    case 3:
        return c.profileUrl;
    case 4:
        return c.slug;
    case 5:
        return c.position;
    case 6:
        return c.company;
    case 7:
        return c.industry;
    case 8:
        return c.location;
    case 9:
        return c.email;
    case 10:
        return QString::number(c.degree);
    case 11:
        return DateText::isoDate(c.connectedOn);
    case 12:
        return c.followsMe ? u"1"_s : u"0"_s;
    case 13:
        return c.notes;
    case 14:
        return c.tags.join(u'\n');
    case 15:
        return timestampText(c.createdAt);
    default:
        return timestampText(c.updatedAt);
    }
}

void addCell(SqlValueRows &rows, int column, const QString &value)
{
    if (column == degreeColumn || column == followsColumn)
        rows.add(value.toLongLong());
    else if (column == slugColumn && value.isEmpty())
        rows.addNull(); // no profile: NULL, which the unique index lets repeat
    else
        rows.add(value);
}

// UTF-8 for SQLite, appended to `out`; plain ASCII without Qt's converter.
void appendUtf8(QByteArray &out, const QString &value)
{
    const qsizetype n = value.size();
    const QChar *p = value.constData();
    qsizetype i = 0;
    while (i < n && p[i].unicode() < 0x80)
        ++i;
    if (i == n) {
        const qsizetype at = out.size();
        out.resize(at + n);
        char *dst = out.data() + at;
        for (qsizetype k = 0; k < n; ++k)
            dst[k] = char(p[k].unicode());
        return;
    }
    out += value.toUtf8();
}

// The statement a native chunk of `rows` rows is bound to: one row of
// parameters per contact, in ContactRow::bind's order. One statement for the
// chunk, not one per row: SQLite opens its cursors on the table and on each
// index kept up during a load once per statement.
QByteArray nativeInsertSql(int rows)
{
    QByteArray sql = "INSERT OR FAIL INTO contact (";
    QByteArray row = "(";
    for (int col = 0; col < columnCount; ++col) {
        if (col > 0) {
            sql += ", ";
            row += ", ";
        }
        sql += columnNames[col];
        row += '?';
    }
    row += ')';
    sql += ") VALUES ";
    sql.reserve(sql.size() + rows * (row.size() + 1));
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            sql += ',';
        sql += row;
    }
    return sql;
}

ContactChunk::Statement buildNative(const QList<Contact> &contacts)
{
    using Cell = ContactChunk::Statement::Cell;
    ContactChunk::Statement statement;
    statement.native = true;
    statement.cells.reserve(contacts.size() * columnCount);
    statement.utf8.reserve(contacts.size() * 160);
    for (const Contact &c : contacts) {
        const QString sortName = TextFold::fold(c.fullName());
        for (int col = 0; col < columnCount; ++col) {
            if (col == degreeColumn) {
                statement.cells.append(Cell{c.degree, ContactChunk::Statement::Integer});
            } else if (col == followsColumn) {
                statement.cells.append(Cell{c.followsMe ? 1 : 0, ContactChunk::Statement::Integer});
            } else if (col == slugColumn && c.slug.isEmpty()) {
                // No profile: NULL, which the unique index lets repeat.
                statement.cells.append(Cell{0, ContactChunk::Statement::Null});
            } else {
                const qsizetype at = statement.utf8.size();
                appendUtf8(statement.utf8, cell(c, sortName, col));
                statement.cells.append(Cell{at, int(statement.utf8.size() - at)});
            }
        }
    }
    statement.valid = true;
    return statement;
}

enum class NativeResult { Inserted, Unavailable, Constraint, Failed };

NativeResult executeNative(Database &db, const ContactChunk::Statement &statement,
                           QList<Contact> &contacts, ContactChunk::NativeCache *cache,
                           QString *fatal)
{
    const NativeSqlite native = NativeSqlite::forConnection(db.connection());
    const int n = int(contacts.size());
    if (!native.available() || statement.cells.size() != qsizetype(n) * columnCount)
        return NativeResult::Unavailable;
    ContactChunk::NativeCache local;
    if (!cache)
        cache = &local;
    if (cache->rows != n || !cache->insert.isValid()) {
        cache->insert = native.prepare(nativeInsertSql(n));
        cache->rows = n;
        if (!cache->insert.isValid())
            return NativeResult::Unavailable; // through Qt instead, which says what fails
    }
    NativeSqlite::Statement &insert = cache->insert;
    // Ready for the next chunk however this one ends.
    const auto ready = qScopeGuard([&insert] { insert.reset(); });
    const char *text = statement.utf8.constData();
    const ContactChunk::Statement::Cell *cell = statement.cells.constData();
    const int parameters = n * columnCount;
    for (int p = 1; p <= parameters; ++p, ++cell) {
        const bool bound = cell->length >= 0 ? insert.bindText(p, text + cell->value, cell->length)
                           : cell->length == ContactChunk::Statement::Integer
                               ? insert.bindInt(p, cell->value)
                               : insert.bindNull(p);
        if (!bound)
            return NativeResult::Unavailable; // nothing run: through Qt instead
    }
    if (!insert.step()) {
        const bool constraint = native.lastErrorIsConstraint();
        if (!constraint && fatal)
            *fatal = db.describe(native.lastError());
        return constraint ? NativeResult::Constraint : NativeResult::Failed;
    }
    if (native.changes() != n)
        return NativeResult::Constraint; // rows left out: taken out, then row by row
    // One statement appends its rows in order: the ids run up to the last.
    qint64 id = native.lastInsertId() - n + 1;
    for (Contact &c : contacts)
        c.id = id++;
    return NativeResult::Inserted;
}

} // namespace

bool ContactChunk::nativeFor(Database &db)
{
    return !qEnvironmentVariableIsSet("RAPPORT_SQLITE_THROUGH_QT") &&
           NativeSqlite::forConnection(db.connection()).available();
}

bool ContactChunk::insert(Database &db, QList<Contact> &contacts, QString *fatal)
{
    if (contacts.isEmpty())
        return true;
    const Statement statement = build(contacts, nativeFor(db));
    return statement.valid && execute(db, statement, contacts, fatal);
}

ContactChunk::Statement ContactChunk::build(const QList<Contact> &contacts, bool native)
{
    Statement statement;
    if (contacts.isEmpty())
        return statement;
    if (native)
        return buildNative(contacts);
    const qsizetype n = contacts.size();
    QStringList sortNames;
    sortNames.reserve(n);
    for (const Contact &c : std::as_const(contacts))
        sortNames << TextFold::fold(c.fullName());
    // A column with one value for every row of the chunk (an import leaves
    // industry, notes, tags... empty and stamps every row alike) is written
    // once, not once per row: fewer literals for SQLite to parse.
    std::array<QString, columnCount> first;
    std::array<bool, columnCount> same;
    for (int col = 0; col < columnCount; ++col) {
        first[col] = cell(contacts.first(), sortNames.first(), col);
        same[col] = col != 0; // the first name always varies: VALUES needs a column
    }
    for (qsizetype i = 1; i < n; ++i) {
        for (int col = 1; col < columnCount; ++col) {
            if (same[col] && cell(contacts.at(i), sortNames.at(i), col) != first[col])
                same[col] = false;
        }
    }
    // The profile URL is the canonical address of the slug (validate() made
    // it so): SQL builds it from the slug rather than reading it twice.
    const bool urlFromSlug =
        !same[urlColumn] && std::all_of(contacts.cbegin(), contacts.cend(), [](const Contact &c) {
            return c.profileUrl == ProfileUrl::canonical(c.slug);
        });
    SqlValueRows rows;
    for (qsizetype i = 0; i < n; ++i) {
        rows.beginRow();
        for (int col = 0; col < columnCount; ++col) {
            if (!same[col] && !(col == urlColumn && urlFromSlug))
                addCell(rows, col, cell(contacts.at(i), sortNames.at(i), col));
        }
        rows.endRow();
    }
    SqlValueRows constants; // one row: the values every row shares
    constants.beginRow();
    for (int col = 0; col < columnCount; ++col) {
        if (same[col])
            addCell(constants, col, first[col]);
    }
    constants.endRow();
    if (!rows.isValid() || !constants.isValid())
        return statement; // a NUL in some text: the caller binds these rows
    // "VALUES (a, b, ...)" -> "a, b, ..." for the select list.
    const QString shared = constants.text().mid(8, constants.text().size() - 9);
    QStringList names;
    QStringList select;
    QStringList sharedValues = shared.isEmpty() ? QStringList() : QStringList{shared};
    int varying = 0;
    QString slugValue = u"NULL"_s;
    for (int col = 0; col < columnCount; ++col) {
        if (!same[col] && !(col == urlColumn && urlFromSlug)) {
            names << QString::fromLatin1(columnNames[col]);
            select << u"column%1"_s.arg(++varying);
            if (col == slugColumn)
                slugValue = select.last();
        }
    }
    if (same[slugColumn]) {
        SqlValueRows slug;
        slug.beginRow();
        addCell(slug, slugColumn, first[slugColumn]);
        slug.endRow();
        slugValue = slug.text().mid(8, slug.text().size() - 9);
    }
    if (urlFromSlug) {
        names << QString::fromLatin1(columnNames[urlColumn]);
        select << u"CASE WHEN %1 IS NULL THEN '' ELSE '%2' || %1 END"_s.arg(
            slugValue, ProfileUrl::canonical(u"x"_s).chopped(1));
    }
    for (int col = 0; col < columnCount; ++col) {
        if (same[col])
            names << QString::fromLatin1(columnNames[col]);
    }
    // INSERT OR FAIL: a failing row stops the statement and keeps the rows
    // before it, which execute() takes out again. A plain INSERT (ABORT)
    // would take them back itself, but to do so SQLite copies every page
    // each statement touches into a statement journal first: with the
    // profile index's pages scattered, gigabytes at a million contacts.
    statement.sql = u"INSERT OR FAIL INTO contact ("_s + names.join(u", "_s) + u") SELECT "_s +
                    (select + sharedValues).join(u", "_s) + u" FROM ("_s + rows.text() + u')';
    statement.valid = true;
    return statement;
}

bool ContactChunk::execute(Database &db, const Statement &statement, QList<Contact> &contacts,
                           QString *fatal, NativeCache *cache)
{
    if (contacts.isEmpty())
        return true;
    if (!statement.valid)
        return false;
    const qsizetype n = contacts.size();
    QSqlQuery q(db.connection());
    qint64 before = 0;
    if (!q.exec(u"SELECT coalesce(max(id), 0) FROM contact"_s) || !q.next()) {
        if (fatal)
            *fatal = db.describe(q.lastError());
        return false;
    }
    before = q.value(0).toLongLong();
    q.finish();
    bool complete = false;
    if (statement.native) {
        // INSERT OR FAIL, as below: a row that breaks a rule leaves the rows
        // before it, taken out below.
        const NativeResult result = executeNative(db, statement, contacts, cache, fatal);
        if (result == NativeResult::Unavailable) {
            // Nothing written (a statement SQLite would not prepare, such as
            // more parameters than an old SQLite takes): the chunk as text.
            const Statement text = build(contacts, false);
            return text.valid && execute(db, text, contacts, fatal);
        }
        if (result == NativeResult::Failed)
            return false; // the caller must give up (as below)
        complete = result == NativeResult::Inserted;
    } else {
        const bool inserted = q.exec(statement.sql);
        // Only a broken rule (SQLITE_CONSTRAINT) leaves the transaction as
        // it was; after any other error (a full disk, no memory) SQLite may
        // have rolled the whole transaction back, and the caller must give up.
        constexpr int constraintFailed = 19;
        if (!inserted && (q.lastError().nativeErrorCode().toInt() & 0xff) != constraintFailed) {
            if (fatal)
                *fatal = db.describe(q.lastError());
            return false;
        }
        complete = inserted && q.numRowsAffected() == n;
    }
    if (!complete) {
        // The rows it kept (every id above `before`: AUTOINCREMENT may skip
        // ids, so not just the next n) are not in the search index yet; the
        // delete trigger takes each row out of it, so they are put in first.
        StatementCache statements(db);
        QString undoError;
        QSqlQuery undo(db.connection());
        if (!ContactSearchIndex(db, statements)
                 .add(before + 1, std::numeric_limits<qint64>::max(), &undoError) ||
            !undo.exec(u"DELETE FROM contact WHERE id > %1"_s.arg(before))) {
            if (fatal)
                *fatal = undoError.isEmpty() ? db.describe(undo.lastError()) : undoError;
        }
        return false;
    }
    if (statement.native)
        return true; // the ids were read as it went in
    // One statement appends its rows in order: the ids run up to the last.
    const qint64 last = q.lastInsertId().toLongLong();
    qint64 id = last - n + 1;
    for (Contact &c : contacts)
        c.id = id++;
    return true;
}

} // namespace rapport
