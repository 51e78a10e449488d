#include "domain/DateText.h"

#include <QTimeZone>

namespace rapport {

namespace {

void putDigits(QChar *&out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = QChar(u'0' + value % 10);
        value /= 10;
    }
    out += width;
}

// The number in text[from, from + width), or -1 if any is not a digit.
int digits(QStringView text, qsizetype from, int width)
{
    int value = 0;
    for (qsizetype i = from; i < from + width; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// UTC as Qt::UTC (what toUTC() gives), not as a time zone: the same instant,
// but it prints as "Z" and compares equal field by field.
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
QTimeZone utcZone()
{
    return QTimeZone(QTimeZone::UTC);
}
#else
Qt::TimeSpec utcZone()
{
    return Qt::UTC;
}
#endif

} // namespace

QString DateText::isoDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    if (y < 0 || y > 9999)
        return date.toString(Qt::ISODate);
    QString text(10, Qt::Uninitialized);
    QChar *out = text.data();
    putDigits(out, y, 4);
    *out++ = u'-';
    putDigits(out, m, 2);
    *out++ = u'-';
    putDigits(out, d, 2);
    return text;
}

QDate DateText::parseIsoDate(QStringView text)
{
    if (text.size() == 10 && text.at(4) == u'-' && text.at(7) == u'-') {
        const int y = digits(text, 0, 4);
        const int m = digits(text, 5, 2);
        const int d = digits(text, 8, 2);
        if (y >= 0 && m >= 0 && d >= 0)
            return QDate(y, m, d);
        return {};
    }
    return text.isEmpty() ? QDate() : QDate::fromString(text.toString(), Qt::ISODate);
}

QString DateText::isoUtc(const QDateTime &time, bool milliseconds)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    if (y < 0 || y > 9999)
        return utc.toString(milliseconds ? Qt::ISODateWithMs : Qt::ISODate);
    QString text(milliseconds ? 24 : 20, Qt::Uninitialized);
    QChar *out = text.data();
    putDigits(out, y, 4);
    *out++ = u'-';
    putDigits(out, m, 2);
    *out++ = u'-';
    putDigits(out, d, 2);
    *out++ = u'T';
    putDigits(out, clock.hour(), 2);
    *out++ = u':';
    putDigits(out, clock.minute(), 2);
    *out++ = u':';
    putDigits(out, clock.second(), 2);
    if (milliseconds) {
        *out++ = u'.';
        putDigits(out, clock.msec(), 3);
    }
    *out++ = u'Z';
    return text;
}

QDateTime DateText::parseIsoUtc(QStringView text)
{
    // YYYY-MM-DDTHH:MM:SS[.zzz]Z
    const bool plain = text.size() == 20 && text.at(19) == u'Z';
    const bool withMs = text.size() == 24 && text.at(19) == u'.' && text.at(23) == u'Z';
    if ((plain || withMs) && text.at(10) == u'T' && text.at(13) == u':' && text.at(16) == u':') {
        const QDate date = parseIsoDate(text.left(10));
        const int h = digits(text, 11, 2);
        const int m = digits(text, 14, 2);
        const int s = digits(text, 17, 2);
        const int ms = withMs ? digits(text, 20, 3) : 0;
        if (date.isValid() && h >= 0 && m >= 0 && s >= 0 && ms >= 0) {
            const QTime clock(h, m, s, ms);
            if (clock.isValid())
                return QDateTime(date, clock, utcZone());
        }
        return {};
    }
    if (text.isEmpty())
        return {};
    return QDateTime::fromString(text.toString(), Qt::ISODateWithMs).toUTC();
}

} // namespace rapport
