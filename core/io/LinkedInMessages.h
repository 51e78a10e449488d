#pragma once

// Reads LinkedIn's messages.csv of every era (RECIPIENT PROFILE URLS since
// 2023, drafts and attachments columns that come and go, everything quoted
// since 2026). Columns are found by header name; DATE has its own parser.
// Marks sponsored and LinkedIn system messages, which are not people.

#include "io/LinkedInCsvTable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

class QIODevice;

namespace rapport {

class LinkedInMessages
{
    Q_DECLARE_TR_FUNCTIONS(LinkedInMessages)

public:
    struct Row
    {
        qint64 line = 0;
        QString conversationId;
        QString conversationTitle;
        QString from;
        QString senderUrl;
        QString to; // names joined with ", " (names may contain ", " too)
        QStringList recipientUrls;
        QDateTime date;   // UTC
        QString dateText; // as in the file, for stable keys
        QString subject;  // non-empty for InMail
        QString content;
        QString folder;
        bool draft = false;
        // Sponsored or sent by LinkedIn itself: not a person to import.
        bool system = false;
        // Why the row cannot be imported (names the field); empty when fine.
        QString problem;

        bool isInMail() const { return !subject.isEmpty(); }
    };

    LinkedInMessages(QIODevice *device, const QString &fileName);

    bool readHeader(QString *error);
    bool hasRecipientUrls() const;
    bool next(Row *row);
    bool hasError() const { return m_table.hasError(); }
    QString errorString() const { return m_table.errorString(); }
    qint64 bytesRead() const { return m_table.bytesRead(); }

    // True for the header: a row holding CONVERSATION ID, FROM and DATE.
    static bool isHeader(const QStringList &row);
    // "2026-02-08 14:03:27 UTC". Invalid otherwise.
    static QDateTime parseDate(const QString &text);
    // Profile URLs joined by commas or semicolons, split by their shape.
    static QStringList splitUrls(const QString &text);
    // Senders that are LinkedIn itself or advertisers, not people.
    static bool isSystemSender(const QString &name, const QString &url, const QString &content);

private:
    QString field(const QStringList &row, const QString &column) const;

    LinkedInCsvTable m_table;
};

} // namespace rapport
