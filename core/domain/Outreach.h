#pragma once

// One contact made with someone, or by them: a message, an InMail, an
// invitation, an e-mail or a call, as stored in the outreach table.

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace rapport {

struct Outreach
{
    qint64 id = 0;
    qint64 contactId = 0;
    QString channel;      // message, inmail, invitation, email, call
    QString direction;    // out, in
    QDateTime happenedAt; // UTC
    QString subject;
    QString body;
    QString outcome; // replied, not-interested, accepted, ... or empty
    QDateTime outcomeAt;
    QString conversation; // the channel's own thread id, when it has one
    QString sourceKey;    // stable key of an imported row; empty when typed in
    QString templateName; // the template it started from, if any
    // InMails: whether it asks for a negative answer ("reply Not Interested"):
    // -1 detect from the text, 0 no, 1 yes (ticked by hand).
    int askedNegative = -1;
    qint64 replyTo = 0; // inbound: the outreach this answers

    static QStringList channels();
    static QStringList directions();
    // The outcomes `rapport-cli outreach outcome` takes; empty means none yet.
    static QStringList outcomes();

    bool operator==(const Outreach &other) const;
    bool operator!=(const Outreach &other) const { return !(*this == other); }
};

} // namespace rapport
