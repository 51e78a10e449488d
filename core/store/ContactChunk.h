#pragma once

// New contacts written in one statement per chunk: their columns go to
// SQLite as the statement's own VALUES rows (SqlValueRows), instead of 17
// values bound through Qt per row. All
// or nothing: a chunk that breaks a rule (a profile already taken) inserts
// none of its rows, and the caller writes them row by row to say which one.

#include "domain/Contact.h"

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
    };
    static Statement build(const QList<Contact> &contacts);
    // Runs what build() made of these contacts, on the database's thread;
    // as insert() below.
    static bool execute(Database &db, const Statement &statement, QList<Contact> &contacts,
                        QString *fatal = nullptr);

    // Contacts already validated, with their timestamps; sets their ids.
    // False when the statement failed, with nothing inserted; `fatal` set
    // when what it had inserted could not be taken out again (the caller
    // must then give up and roll back).
    static bool insert(Database &db, QList<Contact> &contacts, QString *fatal = nullptr);
};

} // namespace rapport
