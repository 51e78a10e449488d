#pragma once

// The conversation so far, above Compose's editor: the last few messages,
// InMails, e-mails, invitations and calls with one person, oldest first,
// each with who wrote it, the channel, the day and time, and the text.
// Read-only, compact and scrollable; it shows the newest at the bottom,
// where the answer begins. Hidden while there is nothing to show.

#include "domain/Outreach.h"

#include <QList>
#include <QWidget>

class QLabel;
class QTextBrowser;

namespace rapport {

class ConversationView : public QWidget
{
    Q_OBJECT

public:
    explicit ConversationView(QWidget *parent = nullptr);

    // The rows newest first (as OutreachStore::list gives them); shows the
    // newest `count` of them, oldest first. `theirName` says who "they" are.
    void setMessages(const QList<Outreach> &newestFirst, const QString &theirName, int count);
    // The rows shown, oldest first.
    const QList<Outreach> &messages() const { return m_messages; }
    // What is shown, as plain text (tests, screen readers).
    QString text() const;
    QTextBrowser *browser() const { return m_browser; }

private:
    QString entryHtml(const Outreach &row) const;

    QString m_theirName;
    QList<Outreach> m_messages;
    QLabel *m_heading = nullptr;
    QTextBrowser *m_browser = nullptr;
};

} // namespace rapport
