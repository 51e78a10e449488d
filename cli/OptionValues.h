#pragma once

// Reads the typed values of command-line options (dates, degrees, counts) and
// says exactly what is wrong with a bad one.

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace rapport {

class OptionValues
{
    Q_DECLARE_TR_FUNCTIONS(OptionValues)

public:
    // YYYY-MM-DD and nothing else, so "3/4/2024" never means two dates.
    static bool date(const QString &option, const QString &text, QDate *date, QString *error);
    static bool degree(const QString &text, int *degree, QString *error);
    // A whole number, 0 or more.
    static bool wholeNumber(const QString &option, const QString &text, int *value, QString *error);
    // A whole number from 1 to `maximum`.
    static bool count(const QString &option, const QString &text, int maximum, int *value,
                      QString *error);
};

} // namespace rapport
