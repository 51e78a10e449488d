#include "domain/ProfileUrl.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace rapport {

QString ProfileUrl::slug(const QString &url)
{
    QString text = url.trimmed();
    if (text.isEmpty())
        return {};
    // Scheme: http, https, or none at all.
    static const QRegularExpression scheme(u"^[a-z][a-z0-9+.-]*://"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    const auto schemeMatch = scheme.match(text);
    if (schemeMatch.hasMatch()) {
        const QString s = schemeMatch.captured(0).toLower();
        if (s != u"http://"_s && s != u"https://"_s)
            return {};
        text = text.mid(schemeMatch.capturedLength());
    }
    const qsizetype slash = text.indexOf(u'/');
    if (slash <= 0)
        return {};
    const QString host = text.left(slash).toLower();
    // linkedin.com, www.linkedin.com, de.linkedin.com, mobile.linkedin.com ...
    static const QRegularExpression hostRe(u"^([a-z0-9-]+\\.)?linkedin\\.com(:\\d+)?$"_s);
    if (!hostRe.match(host).hasMatch())
        return {};
    QString path = text.mid(slash);
    const qsizetype cut = path.indexOf(QRegularExpression(u"[?#]"_s));
    if (cut >= 0)
        path.truncate(cut);
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (parts.size() < 2 || parts.at(0).toLower() != u"in"_s)
        return {};
    const QString decoded = QUrl::fromPercentEncoding(parts.at(1).toUtf8()).trimmed().toLower();
    if (decoded.isEmpty() || decoded.contains(u' '))
        return {};
    return decoded;
}

QString ProfileUrl::canonical(const QString &slug)
{
    if (slug.isEmpty())
        return {};
    return u"https://www.linkedin.com/in/"_s + slug;
}

bool ProfileUrl::looksLikeUrl(const QString &text)
{
    const QString t = text.trimmed();
    return t.contains(u'/') || t.contains(u"linkedin.com"_s, Qt::CaseInsensitive);
}

} // namespace rapport
