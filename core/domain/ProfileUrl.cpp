#include "domain/ProfileUrl.h"

#include <QByteArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

bool isHostChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
}

// "linkedin.com", "www.linkedin.com", "de.linkedin.com", with an optional port.
bool isLinkedInHost(QStringView host)
{
    const qsizetype colon = host.indexOf(u':');
    if (colon >= 0) {
        const QStringView port = host.mid(colon + 1);
        if (port.isEmpty())
            return false;
        for (const QChar c : port) {
            if (!c.isDigit())
                return false;
        }
        host = host.left(colon);
    }
    static const QString domain = QStringLiteral("linkedin.com");
    if (host == domain)
        return true;
    if (!host.endsWith(domain) || host.size() < domain.size() + 2)
        return false;
    const QStringView sub = host.left(host.size() - domain.size());
    if (!sub.endsWith(u'.'))
        return false;
    const QStringView label = sub.chopped(1);
    for (const QChar c : label) {
        if (!isHostChar(c))
            return false;
    }
    return true;
}

} // namespace

QString ProfileUrl::slug(const QString &url)
{
    // Hand-parsed: this runs for every row of a million-row import.
    QStringView text = QStringView(url).trimmed();
    if (text.isEmpty())
        return {};
    const qsizetype schemeEnd = text.indexOf(u"://");
    if (schemeEnd >= 0) {
        const QStringView scheme = text.left(schemeEnd);
        if (scheme.compare(u"http", Qt::CaseInsensitive) != 0 &&
            scheme.compare(u"https", Qt::CaseInsensitive) != 0)
            return {};
        text = text.mid(schemeEnd + 3);
    }
    const qsizetype slash = text.indexOf(u'/');
    if (slash <= 0)
        return {};
    if (!isLinkedInHost(text.left(slash).toString().toLower()))
        return {};
    QStringView path = text.mid(slash);
    for (const QChar stop : {u'?', u'#'}) {
        const qsizetype cut = path.indexOf(stop);
        if (cut >= 0)
            path = path.left(cut);
    }
    // The first two non-empty segments must be "in" and the slug.
    QStringView segments[2];
    int found = 0;
    qsizetype i = 0;
    while (found < 2 && i < path.size()) {
        while (i < path.size() && path.at(i) == u'/')
            ++i;
        const qsizetype start = i;
        while (i < path.size() && path.at(i) != u'/')
            ++i;
        if (i > start)
            segments[found++] = path.mid(start, i - start);
    }
    if (found < 2 || segments[0].compare(u"in", Qt::CaseInsensitive) != 0)
        return {};
    const QString decoded = QUrl::fromPercentEncoding(segments[1].toUtf8()).trimmed().toLower();
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
