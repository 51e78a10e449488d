#include "outreach/TemplateRenderer.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

constexpr qsizetype maxPlaceholderLength = 40;

bool isHorizontalSpace(QChar c)
{
    return c.isSpace() && c != u'\n' && c != u'\r' && c != QChar(0x2028) && c != QChar(0x2029);
}

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r' || c == QChar(0x2028) || c == QChar(0x2029);
}

// Punctuation that hangs on the word before it, so a space before it is
// one left behind by an emptied placeholder.
bool isClosingPunctuation(QChar c)
{
    static const QString closing = u",.;:!?)]}\u2026\u201D\u2019\u00BB"_s;
    return closing.contains(c);
}

bool isEmptiedPair(QChar open, QChar close)
{
    static const QString opens = u"([{\"'\u201C\u2018\u00AB"_s;
    static const QString closes = u")]}\"'\u201D\u2019\u00BB"_s;
    const qsizetype at = opens.indexOf(open);
    return at >= 0 && closes.at(at) == close;
}

// The index of the '}' closing a placeholder-like name that starts at the
// '{' at `open`, or -1: a name is letters, digits, '_', '-', '.' and spaces,
// with at least one letter, and not too long to be one.
qsizetype placeholderEnd(const QString &text, qsizetype open)
{
    bool hasLetter = false;
    for (qsizetype j = open + 1; j < text.size() && j - open <= maxPlaceholderLength + 1; ++j) {
        const QChar c = text.at(j);
        if (c == u'}')
            return hasLetter ? j : -1;
        if (c.isLetter())
            hasLetter = true;
        else if (!c.isDigit() && c != u'_' && c != u'-' && c != u'.' && c != u' ')
            return -1;
    }
    return -1;
}

QString valueOf(const QString &name, const QHash<QString, QString> &values)
{
    const QString value = values.value(name).simplified();
    if (!value.isEmpty() || name != u"full_name"_s)
        return value;
    const QString first = values.value(u"first_name"_s).simplified();
    const QString last = values.value(u"last_name"_s).simplified();
    return (first + u' ' + last).trimmed();
}

// Tidies the spacing around each place where a placeholder became empty,
// last first so earlier positions stay valid.
void closeGaps(QString &out, QList<qsizetype> gaps)
{
    for (qsizetype k = gaps.size() - 1; k >= 0; --k) {
        qsizetype p = qMin(gaps.at(k), out.size());
        while (p > 0 && p < out.size() && isEmptiedPair(out.at(p - 1), out.at(p))) {
            out.remove(p - 1, 2);
            --p;
        }
        qsizetype s = p;
        while (s > 0 && isHorizontalSpace(out.at(s - 1)))
            --s;
        qsizetype e = p;
        while (e < out.size() && isHorizontalSpace(out.at(e)))
            ++e;
        const bool lineStartBefore = s == 0 || isLineBreak(out.at(s - 1));
        const QChar next = e < out.size() ? out.at(e) : QChar(u'\n');

        qsizetype from = p;
        qsizetype to = p;
        if (isLineBreak(next)) {
            from = s;
            to = e;
        } else if (isClosingPunctuation(next)) {
            if (lineStartBefore && (next == u',' || next == u';')) {
                to = e + 1;
                while (to < out.size() && isHorizontalSpace(out.at(to)))
                    ++to;
            } else {
                from = s;
                to = e;
            }
        } else if (e > p && (s < p || p == 0 || isLineBreak(out.at(p - 1)))) {
            to = e;
        }
        if (to > from)
            out.remove(from, to - from);
        for (qsizetype j = 0; j < k; ++j)
            gaps[j] = qMin(gaps.at(j), from);
    }
}

} // namespace

QStringList TemplateRenderer::placeholders()
{
    return {u"first_name"_s, u"last_name"_s, u"full_name"_s,     u"company"_s, u"position"_s,
            u"location"_s,   u"industry"_s,  u"content_title"_s, u"my_name"_s};
}

QString TemplateRenderer::title(const QString &placeholder)
{
    static const QHash<QString, const char *> titles = {
        {u"first_name"_s, QT_TRANSLATE_NOOP("TemplateRenderer", "First name")},
        {u"last_name"_s, QT_TRANSLATE_NOOP("TemplateRenderer", "Last name")},
        {u"full_name"_s, QT_TRANSLATE_NOOP("TemplateRenderer", "Full name")},
        {u"company"_s, QT_TRANSLATE_NOOP("TemplateRenderer", "Company")},
        {u"position"_s, QT_TRANSLATE_NOOP("TemplateRenderer", "Position")},
        {u"location"_s, QT_TRANSLATE_NOOP("TemplateRenderer", "Location")},
        {u"industry"_s, QT_TRANSLATE_NOOP("TemplateRenderer", "Industry")},
        {u"content_title"_s, QT_TRANSLATE_NOOP("TemplateRenderer", "Post or article title")},
        {u"my_name"_s, QT_TRANSLATE_NOOP("TemplateRenderer", "My name")},
    };
    const char *text = titles.value(placeholder);
    return text ? QCoreApplication::translate("TemplateRenderer", text) : placeholder;
}

TemplateRenderer::Rendered TemplateRenderer::render(const QString &text,
                                                    const QHash<QString, QString> &values)
{
    static const QStringList known = placeholders();
    Rendered result;
    QString out;
    out.reserve(text.size());
    QList<qsizetype> gaps;

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = text.at(i);
        const QChar following = i + 1 < n ? text.at(i + 1) : QChar();
        if ((c == u'{' || c == u'}') && following == c) {
            out.append(c);
            i += 2;
            continue;
        }
        const qsizetype close = c == u'{' ? placeholderEnd(text, i) : -1;
        if (close < 0) {
            out.append(c);
            ++i;
            continue;
        }
        const QString written = text.mid(i + 1, close - i - 1).trimmed();
        const QString name = written.toLower();
        if (!known.contains(name)) {
            if (!result.unknown.contains(written))
                result.unknown.append(written);
            out.append(QStringView(text).mid(i, close - i + 1));
        } else if (const QString value = valueOf(name, values); !value.isEmpty()) {
            out.append(value);
        } else {
            if (!result.missing.contains(name))
                result.missing.append(name);
            gaps.append(out.size());
        }
        i = close + 1;
    }
    closeGaps(out, gaps);
    result.text = out;
    return result;
}

} // namespace rapport
