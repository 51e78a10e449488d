#include "io/AnalyticsValues.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// Integers a double holds exactly.
constexpr double maxExact = 9007199254740992.0; // 2^53

std::optional<qint64> wholeNumber(double value)
{
    if (!std::isfinite(value) || std::fabs(value) > maxExact || std::floor(value) != value)
        return std::nullopt;
    return qint64(value);
}

QDate monthDayYear(const QString &text, bool dayFirst)
{
    // An optional time of day ("1/31/2026 0:00", "1/31/2026 12:00:00 AM") is dropped.
    static const QRegularExpression pattern(
        u"^(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[AaPp][Mm])?)?$"_s);
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const int a = m.captured(1).toInt();
    const int b = m.captured(2).toInt();
    const int year = m.captured(3).toInt();
    return dayFirst ? QDate(year, b, a) : QDate(year, a, b);
}

} // namespace

std::optional<qint64> AnalyticsValues::countFromText(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    static const QRegularExpression grouped(u"^[+-]?\\d{1,3}(,\\d{3})+(\\.0*)?$"_s);
    if (t.contains(u',')) {
        if (!grouped.match(t).hasMatch())
            return std::nullopt;
        t.remove(u',');
    }
    static const QRegularExpression plain(u"^[+-]?\\d+$"_s);
    if (plain.match(t).hasMatch()) {
        bool ok = false;
        const qint64 value = t.toLongLong(&ok);
        if (ok && std::fabs(double(value)) <= maxExact)
            return value;
        return std::nullopt;
    }
    static const QRegularExpression decimal(u"^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$"_s);
    if (!decimal.match(t).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double value = t.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return wholeNumber(value);
}

QDate AnalyticsValues::dateFromText(const QString &text)
{
    const QString t = text.trimmed();
    if (t.contains(u'/'))
        return monthDayYear(t, false);
    static const QRegularExpression iso(u"^(\\d{4})-(\\d{2})-(\\d{2})([T ][0-9:.]*Z?)?$"_s);
    const QRegularExpressionMatch m = iso.match(t);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

QDate AnalyticsValues::swappedDateFromText(const QString &text)
{
    return monthDayYear(text, true);
}

QDate AnalyticsValues::dateFromSerial(double serial, bool date1904)
{
    // Excel's 1900 system counts a 29 February 1900 that never was (serial
    // 60); from 61 on, day 0 is 30 December 1899. Beyond 31 December 9999
    // (2958465) is not a date Excel knows.
    if (!std::isfinite(serial) || serial < 1 || serial >= 2958466)
        return {};
    const qint64 days = qint64(std::floor(serial));
    if (date1904)
        return QDate(1904, 1, 1).addDays(days);
    if (days < 60)
        return QDate(1899, 12, 31).addDays(days);
    if (days == 60)
        return {};
    return QDate(1899, 12, 30).addDays(days);
}

bool AnalyticsValues::isBelowOnePercent(const QString &text)
{
    QString t = text.simplified();
    t.remove(u' ');
    return t == u"<1%" || t == u"<0.01";
}

std::optional<double> AnalyticsValues::shareFromText(const QString &text)
{
    QString t = text.trimmed();
    bool percent = false;
    if (t.endsWith(u'%')) {
        percent = true;
        t.chop(1);
        t = t.trimmed();
    }
    static const QRegularExpression decimal(u"^(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$"_s);
    if (!decimal.match(t).hasMatch())
        return std::nullopt;
    bool ok = false;
    double value = t.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    if (percent)
        value /= 100.0;
    if (value < 0 || value > 1.0 + 1e-9)
        return std::nullopt;
    return value;
}

QString AnalyticsValues::activityId(const QString &url)
{
    static const QRegularExpression urn(u"urn:li:activity:(\\d+)"_s);
    static const QRegularExpression slug(u"-activity-(\\d+)(?:-|/|\\?|$)"_s);
    QRegularExpressionMatch m = urn.match(url);
    if (m.hasMatch())
        return m.captured(1);
    m = slug.match(url);
    if (m.hasMatch())
        return m.captured(1);
    static const QRegularExpression encoded(u"urn%3Ali%3Aactivity%3A(\\d+)"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    m = encoded.match(url);
    if (m.hasMatch())
        return m.captured(1);
    return {};
}

QString AnalyticsValues::labelKey(const QString &text)
{
    return text.simplified().toLower();
}

QString AnalyticsValues::demographicCategory(const QString &label)
{
    const QString key = labelKey(label);
    if (key == u"job titles" || key == u"job title")
        return u"job title"_s;
    if (key == u"locations" || key == u"location")
        return u"location"_s;
    if (key == u"industries" || key == u"industry")
        return u"industry"_s;
    if (key == u"seniority" || key == u"seniorities")
        return u"seniority"_s;
    if (key == u"company size" || key == u"company sizes")
        return u"company size"_s;
    if (key == u"companies" || key == u"company")
        return u"company"_s;
    return {};
}

} // namespace rapport
