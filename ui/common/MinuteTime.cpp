#include "common/MinuteTime.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rapport {

QString MinuteTime::timeFormat(const QLocale &locale)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    // Seconds (and fractions) with the separator before them: ":ss", ".ss.zzz".
    static const QRegularExpression seconds(u"[^A-Za-z']?s{1,2}([^A-Za-z']?z{1,3})?"_s);
    format.remove(seconds);
    return format.trimmed();
}

QString MinuteTime::dateTimeFormat(QLocale::FormatType dateFormat, const QLocale &locale)
{
    return locale.dateFormat(dateFormat) + u' ' + timeFormat(locale);
}

QString MinuteTime::time(const QTime &time, const QLocale &locale)
{
    return time.isValid() ? locale.toString(time, timeFormat(locale)) : QString();
}

QString MinuteTime::dateTime(const QDateTime &when, QLocale::FormatType dateFormat,
                             const QLocale &locale)
{
    if (!when.isValid())
        return {};
    return locale.toString(when.toLocalTime(), dateTimeFormat(dateFormat, locale));
}

} // namespace rapport
