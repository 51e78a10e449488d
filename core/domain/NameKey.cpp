#include "domain/NameKey.h"

#include "domain/PersonName.h"
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

// What follows a headline separator (PersonName::headlineStart) or a comma is
// a headline or a list of credentials, not the name.
QString cutAtSeparator(const QString &text)
{
    const qsizetype headline = PersonName::headlineStart(text);
    bool letterSeen = false;
    for (qsizetype i = 0; i < text.size() && (headline < 0 || i < headline); ++i) {
        if (letterSeen && text.at(i) == u',')
            return text.left(i);
        letterSeen = letterSeen || text.at(i).isLetter();
    }
    return headline < 0 ? text : text.left(headline);
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
    while (!tokens.isEmpty() && PersonName::isHonorific(tokens.first()))
        tokens.removeFirst();
    while (tokens.size() > 1 && PersonName::isSuffix(tokens.last()))
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
    return PersonName::isParticle(word);
}

QPair<QString, QString> NameKey::split(const QString &cleanName)
{
    const PersonName name = PersonName::split(cleanName);
    return {name.first, name.last};
}

} // namespace rapport
