#pragma once

// How `rapport-cli outreach` reads and writes its values: dates and times as
// the person means and reads them, message bodies from files, one outreach
// as JSON and as a list line.

#include "domain/Outreach.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace rapport {

class OutreachText
{
    Q_DECLARE_TR_FUNCTIONS(OutreachText)

public:
    // The moment a DATE option means: that day at 12:00 local time, so the
    // day stays the same in UTC for every zone within twelve hours of it;
    // today, now if noon is still to come, so that nothing is dated in the
    // future. No day means now.
    static QDateTime momentOf(const QDate &day);
    // The day a stored time falls on for the person reading it.
    static QString localDay(const QDateTime &time);
    static QString utcTime(const QDateTime &time);
    // A file's final line break, or the blank lines a signature left out
    // leaves at the end of a template, are not part of the message.
    static QString withoutTrailingSpace(QString text);
    // Reads a --body-file: UTF-8 (a byte-order mark is skipped), "-" for stdin.
    static bool readBodyFile(const QString &path, QString *body, QString *error);
    static QJsonObject outreachJson(const Outreach &o, const QString &contactName);
    // The subject, or else the first line with text in it, for the list.
    static QString summaryOf(const Outreach &o);
    // "message", "InMail", "e-mail": channels in a sentence.
    static QString channelWords(const QString &channel);
    // Reads OUTREACH_ID: a whole number above 0, "#12" too.
    static bool readId(const QString &text, qint64 *id);
};

} // namespace rapport
