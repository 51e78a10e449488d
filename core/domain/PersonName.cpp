#include "domain/PersonName.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// More words than this on a side of the comma, and it is not "Last, First".
constexpr qsizetype maxInvertedWords = 3;

bool hasLetter(QStringView text)
{
    for (const QChar c : text) {
        if (c.isLetter())
            return true;
    }
    return false;
}

bool isAllCapitals(QStringView text)
{
    int letters = 0;
    for (const QChar c : text) {
        if (c.isLetter()) {
            if (!c.isUpper())
                return false;
            ++letters;
        }
    }
    return letters >= 2;
}

// What follows a comma after a name: "PhD", "MBA, PMP", "CFA".
bool isCredentials(const QString &text, const QString &name)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    const bool capitalsMeanCredentials = !isAllCapitals(name);
    for (const QString &word : words) {
        if (!PersonName::isSuffix(word) && !(capitalsMeanCredentials && isAllCapitals(word)))
            return false;
    }
    return !words.isEmpty();
}

// "Berg", "van der Berg", "O'Neil-Smith": one word, after any particles. Two
// plain words before a comma ("Jane Doe, Marketing") are a name followed by
// something else, not a surname.
bool isSurname(const QString &text)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > maxInvertedWords)
        return false;
    for (qsizetype i = 0; i + 1 < words.size(); ++i) {
        if (!PersonName::isParticle(words.at(i)))
            return false;
    }
    return true;
}

QString joined(const QStringList &words, qsizetype from, qsizetype to)
{
    return words.mid(from, to - from).join(u' ');
}

// The rule on words, without commas turned round.
PersonName splitWords(const QString &text)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    const qsizetype n = words.size();
    qsizetype lead = 0;
    while (lead < n && (PersonName::isHonorific(words.at(lead)) || !hasLetter(words.at(lead))))
        ++lead;
    qsizetype end = n;
    while (end > lead && (PersonName::isSuffix(words.at(end - 1)) || !hasLetter(words.at(end - 1))))
        --end;
    if (end - lead <= 1)
        return {words.join(u' '), QString()};
    qsizetype lastStart = end - 1;
    while (lastStart > lead + 1 && PersonName::isParticle(words.at(lastStart - 1)))
        --lastStart;
    return {joined(words, 0, lastStart), joined(words, lastStart, n)};
}

} // namespace

PersonName PersonName::split(const QString &fullName)
{
    QString text = fullName.simplified();
    if (text.isEmpty())
        return {};
    // Credentials after the last comma(s) stay with the last name.
    QString tail;
    for (qsizetype comma = text.lastIndexOf(u','); comma > 0; comma = text.lastIndexOf(u',')) {
        const QString before = text.left(comma).trimmed();
        const QString after = text.mid(comma + 1).trimmed();
        if (!hasLetter(before) || !isCredentials(after, before))
            break;
        tail.prepend(text.mid(comma));
        text = before;
    }
    PersonName name;
    const qsizetype comma = text.indexOf(u',');
    const QString before = text.left(comma).trimmed();
    const QString after = text.mid(comma + 1).trimmed();
    if (comma > 0 && hasLetter(before) && hasLetter(after)) {
        if (text.count(u',') == 1 && isSurname(before) && after.count(u' ') < maxInvertedWords) {
            name = {after, before};
        } else {
            // "Jane Doe, Head of Growth at Acme": the name is before the comma.
            name = splitWords(before);
            tail.prepend(text.mid(comma));
        }
    } else {
        name = splitWords(text);
    }
    if (!tail.isEmpty())
        (name.last.isEmpty() ? name.first : name.last).append(tail);
    return name;
}

bool PersonName::isParticle(const QString &word)
{
    static const QStringList particles = {
        u"van"_s, u"von"_s, u"de"_s, u"da"_s, u"del"_s, u"der"_s, u"den"_s, u"di"_s,  u"du"_s,
        u"dos"_s, u"das"_s, u"le"_s, u"la"_s, u"bin"_s, u"ibn"_s, u"al"_s,  u"ter"_s, u"ten"_s};
    return particles.contains(word.toLower());
}

bool PersonName::isHonorific(const QString &word)
{
    static const QStringList honorifics = {u"dr"_s, u"prof"_s, u"mr"_s,  u"mrs"_s,
                                           u"ms"_s, u"mx"_s,   u"sir"_s, u"dame"_s};
    QString t = word.toLower();
    if (t.endsWith(u'.'))
        t.chop(1);
    return honorifics.contains(t);
}

bool PersonName::isSuffix(const QString &word)
{
    static const QStringList suffixes = {u"jr"_s,  u"sr"_s, u"ii"_s,  u"iii"_s, u"iv"_s, u"phd"_s,
                                         u"mba"_s, u"md"_s, u"cpa"_s, u"pmp"_s, u"pe"_s, u"esq"_s};
    QString t = word.toLower();
    t.remove(u'.');
    t.remove(u',');
    return suffixes.contains(t);
}

} // namespace rapport
