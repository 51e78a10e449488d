#include "OutreachText.h"

#include "domain/DateText.h"
#include "outreach/MessageLinter.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonValue>
#include <QStringDecoder>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// The subject or first line in the list; the full text is in the JSON.
constexpr qsizetype maximumSummaryWidth = 40;

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// Whether an outbound InMail asks for a negative answer: as ticked by hand,
// or else as the linter reads its text. Only outbound InMails have a say.
QJsonValue askedNegative(const Outreach &o)
{
    if (o.channel != u"inmail"_s || o.direction != u"out"_s)
        return QJsonValue(QJsonValue::Null);
    if (o.askedNegative >= 0)
        return QJsonValue(o.askedNegative == 1);
    return QJsonValue(MessageLinter::asksForNegativeAnswer(o.body));
}

} // namespace

QDateTime OutreachText::momentOf(const QDate &day)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!day.isValid())
        return now;
    const QDateTime noon = QDateTime(day, QTime(12, 0)).toUTC();
    return noon > now ? now : noon;
}

QString OutreachText::localDay(const QDateTime &time)
{
    return time.isValid() ? DateText::isoDate(time.toLocalTime().date()) : QString();
}

QString OutreachText::utcTime(const QDateTime &time)
{
    return time.isValid() ? DateText::isoUtc(time, false) : QString();
}

QString OutreachText::withoutTrailingSpace(QString text)
{
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
    return text;
}

bool OutreachText::readBodyFile(const QString &path, QString *body, QString *error)
{
    QFile file;
    bool opened = false;
    if (path == u"-"_s) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    const QString shown = path == u"-"_s ? tr("standard input") : path;
    if (!opened) {
        *error = tr("Could not read the message from %1: %2.").arg(shown, file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        *error = tr("%1 is not UTF-8 text. Save the message as UTF-8 and try again.").arg(shown);
        return false;
    }
    *body = withoutTrailingSpace(text);
    return true;
}

QJsonObject OutreachText::outreachJson(const Outreach &o, const QString &contactName)
{
    return QJsonObject{
        {u"id"_s, o.id},
        {u"contact_id"_s, o.contactId},
        {u"contact_name"_s, contactName},
        {u"channel"_s, o.channel},
        {u"direction"_s, o.direction},
        {u"date"_s, localDay(o.happenedAt)},
        {u"happened_at"_s, utcTime(o.happenedAt)},
        {u"subject"_s, o.subject},
        {u"body"_s, o.body},
        {u"outcome"_s, orNull(o.outcome)},
        {u"outcome_at"_s, orNull(o.outcome.isEmpty() ? QString() : utcTime(o.outcomeAt))},
        {u"template"_s, orNull(o.templateName)},
        {u"reply_to"_s, o.replyTo > 0 ? QJsonValue(o.replyTo) : QJsonValue(QJsonValue::Null)},
        {u"asked_negative"_s, askedNegative(o)},
    };
}

QString OutreachText::summaryOf(const Outreach &o)
{
    QString text = o.subject.simplified();
    if (text.isEmpty()) {
        const QStringList lines = o.body.split(u'\n');
        for (const QString &line : lines) {
            text = line.simplified();
            if (!text.isEmpty())
                break;
        }
    }
    if (text.size() > maximumSummaryWidth)
        text = text.left(maximumSummaryWidth - 1) + u'…';
    return text;
}

QString OutreachText::channelWords(const QString &channel)
{
    if (channel == u"inmail"_s)
        return tr("InMail");
    if (channel == u"email"_s)
        return tr("e-mail");
    if (channel == u"invitation"_s)
        return tr("invitation");
    if (channel == u"call"_s)
        return tr("call");
    return tr("message");
}

bool OutreachText::readId(const QString &text, qint64 *id)
{
    const QString digits = text.startsWith(u'#') ? text.mid(1) : text;
    bool ok = false;
    *id = digits.toLongLong(&ok);
    return ok && *id > 0;
}

} // namespace rapport
