#pragma once

// New contacts written a chunk at a time, the cheapest way the connection
// offers. Where SQLite's own interface can be reached (NativeSqlite), the
// chunk's rows are bound to one prepared multi-row statement (17 values a
// row), their text already UTF-8 (converted with the rest of the chunk's
// preparation, on any thread), with no SQL to parse.
// Elsewhere they go to SQLite as one statement's own VALUES rows
// (SqlValueRows), instead of 17 values bound through Qt per row. All or
// nothing: a chunk that breaks a rule (a profile already taken) inserts
// none of its rows, and the caller writes them row by row to say which one.

#include "db/NativeSqlite.h"
#include "domain/Contact.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace rapport {

class Database;

class ContactChunk
{
public:
    // A chunk's statement, built without the database (on any thread).
    struct Statement
    {
        QString sql;
        bool valid = false; // false: a NUL in some text (the caller binds those rows)
        // Bound through SQLite's own interface rather than `sql`: each
        // row's values in column order (a Cell per value), their text in
        // `utf8`.
        bool native = false;
        struct Cell
        {
            qint64 value = 0; // the integer, or where the text starts in utf8
            int length = 0;   // bytes of text; Null or Integer for those
        };
        static constexpr int Null = -1;
        static constexpr int Integer = -2;
        QByteArray utf8;
        QList<Cell> cells;
    };
    // `native`: for a connection where NativeSqlite is available.
    static Statement build(const QList<Contact> &contacts, bool native = false);
    // Whether build() should be asked for a native statement for this
    // connection (false when RAPPORT_SQLITE_THROUGH_QT is set: every row
    // then goes through Qt, as where SQLite's interface cannot be reached).
    static bool nativeFor(Database &db);
    // Runs what build() made of these contacts, on the database's thread;
    // as insert() below.
    // The statement native chunks of one size are bound to, kept from one
    // chunk to the next (a batch of chunks: on the database's thread, while
    // its connection is open).
    struct NativeCache
    {
        int rows = 0;
        NativeSqlite::Statement insert;
    };
    static bool execute(Database &db, const Statement &statement, QList<Contact> &contacts,
                        QString *fatal = nullptr, NativeCache *cache = nullptr);

    // Contacts already validated, with their timestamps; sets their ids.
    // False when the statement failed, with nothing inserted; `fatal` set
    // when what it had inserted could not be taken out again (the caller
    // must then give up and roll back).
    static bool insert(Database &db, QList<Contact> &contacts, QString *fatal = nullptr);
};

} // namespace rapport
