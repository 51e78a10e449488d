#include "OptionValues.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rapport {

bool OptionValues::date(const QString &option, const QString &text, QDate *date, QString *error)
{
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QDate parsed =
        shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!parsed.isValid()) {
        *error = tr("%1: \"%2\" is not a date. Write it as YYYY-MM-DD, for example 2024-03-15.")
                     .arg(option, text);
        return false;
    }
    *date = parsed;
    return true;
}

bool OptionValues::degree(const QString &text, int *degree, QString *error)
{
    if (text == u"1"_s || text == u"2"_s || text == u"3"_s) {
        *degree = text.toInt();
        return true;
    }
    *error = tr("--degree: \"%1\" is not a degree. Use 1 (connected), 2 or 3.").arg(text);
    return false;
}

bool OptionValues::wholeNumber(const QString &option, const QString &text, int *value,
                               QString *error)
{
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok || number < 0) {
        *error = tr("%1: \"%2\" is not a whole number (0 or more).").arg(option, text);
        return false;
    }
    *value = number;
    return true;
}

bool OptionValues::count(const QString &option, const QString &text, int maximum, int *value,
                         QString *error)
{
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok || number < 1 || number > maximum) {
        *error = tr("%1: \"%2\" is not a number from 1 to %3.").arg(option, text).arg(maximum);
        return false;
    }
    *value = number;
    return true;
}

} // namespace rapport
