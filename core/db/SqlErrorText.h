#pragma once

// Turns an error from SQLite into a sentence a person can act on (what went
// wrong with which file, and what to do), so raw SQLite text never reaches
// the window or the terminal.

#include <QCoreApplication>
#include <QString>

class QSqlError;

namespace rapport {

class SqlErrorText
{
    Q_DECLARE_TR_FUNCTIONS(SqlErrorText)

public:
    // The SQLite result code (primary, without the extended bits) behind an
    // error, or -1 when the error did not come from SQLite.
    static int primaryCode(const QSqlError &error);

    // A lower-case clause that fits after "Could not save Ada: ", naming
    // `databasePath` and saying what to do. Never contains SQLite's own text.
    static QString describe(const QSqlError &error, const QString &databasePath);
    // The same for an SQLite result code.
    static QString describeCode(int code, const QString &databasePath);

    // A clause as above as a sentence of its own: capitalised, with a full stop.
    static QString sentence(const QString &clause);

    // Whether a failed statement failed because the disk is full, the file
    // is read-only or another program holds the database.
    static bool isDiskFull(const QSqlError &error);
    static bool isReadOnly(const QSqlError &error);
    static bool isBusy(const QSqlError &error);
};

} // namespace rapport
