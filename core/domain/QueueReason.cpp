#include "domain/QueueReason.h"

#include "domain/DateText.h"
#include "domain/RelativeDate.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

const QString kPrefix = u"queue-reason:1:"_s;

// Fills %1..%9 in one pass, so an argument's own text (a post titled
// "50% off") is never read as a marker.
QString fill(const QString &pattern, const QStringList &args)
{
    QString out;
    out.reserve(pattern.size() + 32);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'%' && i + 1 < pattern.size()) {
            const int digit = pattern.at(i + 1).digitValue();
            if (digit >= 1 && digit <= args.size()) {
                out += args.at(digit - 1);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace

QJsonValue QueueReason::phrase(const char *source, const QJsonArray &args, int n)
{
    QJsonObject o;
    o.insert(u"s"_s, QString::fromUtf8(source));
    if (!args.isEmpty())
        o.insert(u"a"_s, args);
    if (n >= 0)
        o.insert(u"n"_s, n);
    return o;
}

QJsonValue QueueReason::text(const QString &userText)
{
    return QJsonValue(userText);
}

QJsonValue QueueReason::ago(const QDate &day)
{
    QJsonObject o;
    o.insert(u"ago"_s, DateText::isoDate(day));
    return o;
}

QueueReason &QueueReason::append(const QJsonValue &phrase)
{
    m_parts.append(phrase);
    return *this;
}

QString QueueReason::stored() const
{
    return kPrefix + QString::fromUtf8(QJsonDocument(m_parts).toJson(QJsonDocument::Compact));
}

QString QueueReason::words(const QDate &planDay) const
{
    QString out;
    for (const QJsonValue &part : m_parts)
        out += wordsOf(part, planDay);
    return out;
}

std::optional<QJsonArray> QueueReason::partsOf(const QString &stored)
{
    if (!stored.startsWith(kPrefix))
        return std::nullopt;
    const QJsonDocument doc =
        QJsonDocument::fromJson(QStringView(stored).mid(kPrefix.size()).toUtf8());
    if (!doc.isArray())
        return std::nullopt;
    return doc.array();
}

QString QueueReason::words(const QString &stored, const QDate &planDay)
{
    const std::optional<QJsonArray> parts = partsOf(stored);
    if (!parts)
        return stored;
    QueueReason reason;
    reason.m_parts = *parts;
    return reason.words(planDay);
}

QString QueueReason::wordsOf(const QJsonValue &part, const QDate &planDay)
{
    if (part.isString())
        return part.toString();
    const QJsonObject o = part.toObject();
    if (o.contains(u"ago"_s))
        return RelativeDate::inDays(shownDay(o, planDay), planDay);
    const QByteArray source = o.value(u"s"_s).toString().toUtf8();
    const int n = o.contains(u"n"_s) ? o.value(u"n"_s).toInt() : -1;
    const QString pattern =
        QCoreApplication::translate("QueuePlanner", source.constData(), nullptr, n);
    QStringList args;
    const QJsonArray list = o.value(u"a"_s).toArray();
    for (const QJsonValue &arg : list)
        args << wordsOf(arg, planDay);
    return fill(pattern, args);
}

QDate QueueReason::shownDay(const QJsonObject &ago, const QDate &planDay)
{
    return qMin(DateText::parseIsoDate(ago.value(u"ago"_s).toString()), planDay);
}

void QueueReason::collectDays(const QJsonValue &part, QList<QJsonObject> *days)
{
    const QJsonObject o = part.toObject();
    if (o.contains(u"ago"_s)) {
        days->append(o);
        return;
    }
    const QJsonArray list = o.value(u"a"_s).toArray();
    for (const QJsonValue &arg : list)
        collectDays(arg, days);
}

QStringList QueueReason::dateNotes(const QString &stored, const QDate &planDay)
{
    QStringList notes;
    QList<QJsonObject> days;
    for (const QJsonValue &part : partsOf(stored).value_or(QJsonArray()))
        collectDays(part, &days);
    for (const QJsonObject &ago : std::as_const(days)) {
        const QDate shown = shownDay(ago, planDay);
        if (!shown.isValid())
            continue;
        notes << QCoreApplication::translate("QueueReason", "%1: %2")
                     .arg(RelativeDate::inDays(shown, planDay),
                          QLocale().toString(shown, QLocale::LongFormat));
    }
    notes.removeDuplicates(); // a day named twice is one line
    return notes;
}

} // namespace rapport
