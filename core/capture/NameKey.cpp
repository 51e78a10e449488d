#include "capture/NameKey.h"

#include "domain/TextFold.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

bool isPictograph(char32_t u)
{
    if (u == 0x200D || u == 0x20E3 || (u >= 0xFE00 && u <= 0xFE0F))
        return true; // zero-width joiner, keycap, variation selectors
    if (u >= 0xE0020 && u <= 0xE007F)
        return true; // tag characters of subdivision flags
    if (u >= 0x1F000 && u <= 0x1FAFF)
        return true; // the emoji planes, skin tones (Symbol_Modifier) included
    return QChar::category(u) == QChar::Symbol_Other;
}

bool hasLetter(QStringView text)
{
    for (const QChar c : text) {
        if (c.isLetter())
            return true;
    }
    return false;
}

// What follows these is a headline or a list of credentials, not the name.
QString cutAtSeparator(const QString &text)
{
    static const QString separators[] = {u"|"_s,   u","_s,   u" - "_s, u" – "_s,
                                         u" — "_s, u" · "_s, u" • "_s};
    bool letterSeen = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (letterSeen) {
            for (const QString &separator : separators) {
                if (QStringView(text).mid(i).startsWith(separator))
                    return text.left(i);
            }
        }
        letterSeen = letterSeen || text.at(i).isLetter();
    }
    return text;
}

// "Jane (Janie) Doe (she/her)" -> "Jane  Doe "; kept when nothing else is left.
QString withoutBrackets(const QString &text)
{
    QString out;
    out.reserve(text.size());
    int depth = 0;
    for (const QChar c : text) {
        if (c == u'(' || c == u'[') {
            ++depth;
            out.append(u' ');
        } else if ((c == u')' || c == u']') && depth > 0) {
            --depth;
        } else if (depth == 0) {
            out.append(c);
        }
    }
    if (hasLetter(out))
        return out;
    QString bare = text;
    for (const QChar c : {u'(', u')', u'[', u']'})
        bare.remove(c);
    return bare;
}

QString normalisedToken(const QString &token)
{
    QString t = token.toLower();
    t.remove(u'.');
    t.remove(u',');
    return t;
}

bool isHonorific(const QString &token)
{
    static const QStringList honorifics = {u"dr"_s, u"prof"_s, u"mr"_s,  u"mrs"_s,
                                           u"ms"_s, u"mx"_s,   u"sir"_s, u"dame"_s};
    QString t = token.toLower();
    if (t.endsWith(u'.'))
        t.chop(1);
    return honorifics.contains(t);
}

bool isSuffix(const QString &token)
{
    static const QStringList suffixes = {u"jr"_s,  u"sr"_s, u"ii"_s,  u"iii"_s, u"iv"_s, u"phd"_s,
                                         u"mba"_s, u"md"_s, u"cpa"_s, u"pmp"_s, u"pe"_s, u"esq"_s};
    return suffixes.contains(normalisedToken(token));
}

} // namespace

QString NameKey::withoutEmoji(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            const char32_t u = QChar::surrogateToUcs4(c, text.at(i + 1));
            if (!isPictograph(u)) {
                out.append(c);
                out.append(text.at(i + 1));
            }
            ++i;
            continue;
        }
        if (isPictograph(c.unicode()))
            continue;
        // Invisible formatting (bidi marks, zero-width space); the
        // zero-width non-joiner is part of Persian spelling.
        if (c.category() == QChar::Other_Format && c.unicode() != 0x200C)
            continue;
        out.append(c);
    }
    return out;
}

QString NameKey::clean(const QString &displayName)
{
    // Emoji first: NFKC would turn some of them ("™") into letters.
    QString text = withoutEmoji(displayName).normalized(QString::NormalizationForm_KC);
    text = withoutBrackets(cutAtSeparator(text));
    QStringList tokens = text.split(u' ', Qt::SkipEmptyParts);
    for (QString &token : tokens)
        token = token.trimmed();
    tokens.removeAll(QString());
    // Stray bullets and dashes around the name.
    while (!tokens.isEmpty() && !hasLetter(tokens.first()))
        tokens.removeFirst();
    while (!tokens.isEmpty() && !hasLetter(tokens.last()))
        tokens.removeLast();
    while (!tokens.isEmpty() && isHonorific(tokens.first()))
        tokens.removeFirst();
    while (tokens.size() > 1 && isSuffix(tokens.last()))
        tokens.removeLast();
    while (!tokens.isEmpty() && tokens.last().endsWith(u','))
        tokens.last().chop(1);
    return tokens.join(u' ').simplified();
}

QString NameKey::key(const QString &displayName)
{
    return TextFold::fold(clean(displayName));
}

QString NameKey::firstLastKey(const QString &key)
{
    const QStringList words = key.split(u' ', Qt::SkipEmptyParts);
    if (words.size() <= 2)
        return key;
    return words.first() + u' ' + words.last();
}

bool NameKey::isParticle(const QString &word)
{
    static const QStringList particles = {
        u"van"_s, u"von"_s, u"de"_s, u"da"_s, u"del"_s, u"der"_s, u"den"_s, u"di"_s,  u"du"_s,
        u"dos"_s, u"das"_s, u"le"_s, u"la"_s, u"bin"_s, u"ibn"_s, u"al"_s,  u"ter"_s, u"ten"_s};
    return particles.contains(word.toLower());
}

QPair<QString, QString> NameKey::split(const QString &cleanName)
{
    const QStringList words = cleanName.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    if (words.size() == 1)
        return {words.first(), QString()};
    // The first word always stays the first name.
    qsizetype lastStart = words.size() - 1;
    while (lastStart > 1 && isParticle(words.at(lastStart - 1)))
        --lastStart;
    return {words.mid(0, lastStart).join(u' '), words.mid(lastStart).join(u' ')};
}

} // namespace rapport
