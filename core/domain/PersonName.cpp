#include "domain/PersonName.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// At most this many words of a name on either side of the comma of
// "Last, First" (particles not counted before it).
constexpr qsizetype maxInvertedWords = 2;
// An unknown run of capitals after a name is credentials up to this length
// ("CDMP"); a longer one is more likely a surname in capitals ("DUPONT").
constexpr int maxAcronymLetters = 5;

bool hasLetter(QStringView text)
{
    for (const QChar c : text) {
        if (c.isLetter())
            return true;
    }
    return false;
}

int letterCount(QStringView text)
{
    int letters = 0;
    for (const QChar c : text) {
        if (c.isLetter())
            ++letters;
    }
    return letters;
}

bool isAllCapitals(QStringView text)
{
    for (const QChar c : text) {
        if (c.isLetter() && !c.isUpper())
            return false;
    }
    return letterCount(text) >= 2;
}

bool hasCapital(QStringView text)
{
    for (const QChar c : text) {
        if (c.isUpper())
            return true;
    }
    return false;
}

bool isBracketed(const QString &word)
{
    return word.startsWith(u'(') || word.startsWith(u'[');
}

// "CDMP" after a name that is not in capitals.
bool isAcronym(const QString &word, bool capitalsMeanCredentials)
{
    return capitalsMeanCredentials && isAllCapitals(word) &&
           letterCount(word) <= maxAcronymLetters && !PersonName::isParticle(word);
}

// Words that end a name: suffixes, credentials, brackets, emoji.
bool isAfterName(const QString &word, bool capitalsMeanCredentials)
{
    return !hasLetter(word) || isBracketed(word) || PersonName::isSuffix(word) ||
           isAcronym(word, capitalsMeanCredentials);
}

// The words of `text` (whitespace already collapsed); a bracketed part
// ("(she / her)") is one word.
QStringList wordsOf(const QString &text)
{
    QStringList words;
    QString word;
    int depth = 0;
    for (const QChar c : text) {
        if (c == u' ' && depth == 0) {
            if (!word.isEmpty())
                words << word;
            word.clear();
            continue;
        }
        if (c == u'(' || c == u'[')
            ++depth;
        else if ((c == u')' || c == u']') && depth > 0)
            --depth;
        word.append(c);
    }
    if (!word.isEmpty())
        words << word;
    return words;
}

// Where `what` first occurs outside brackets at or after `from`, -1 if not.
qsizetype indexOutsideBrackets(const QString &text, QStringView what, qsizetype from = 0)
{
    int depth = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (depth == 0 && i >= from && QStringView(text).mid(i).startsWith(what))
            return i;
        if (c == u'(' || c == u'[')
            ++depth;
        else if ((c == u')' || c == u']') && depth > 0)
            --depth;
    }
    return -1;
}

// What follows a comma after a name: "PhD", "MBA, PMP", "CFA".
bool isCredentials(const QString &text, const QString &name)
{
    const QStringList words = wordsOf(text);
    const bool capitalsMeanCredentials = !isAllCapitals(name);
    for (const QString &word : words) {
        if (!PersonName::isSuffix(word) && !isAcronym(word, capitalsMeanCredentials))
            return false;
    }
    return !words.isEmpty();
}

// "Marketing", "Talent Partner": words of a job or a headline, which after
// a comma say that the name is not "Last, First".
bool isHeadlineWord(const QString &word)
{
    static const QStringList words = {
        u"marketing"_s,  u"sales"_s,      u"coach"_s,       u"partner"_s,    u"talent"_s,
        u"manager"_s,    u"director"_s,   u"founder"_s,     u"co-founder"_s, u"cofounder"_s,
        u"ceo"_s,        u"cto"_s,        u"cfo"_s,         u"coo"_s,        u"cmo"_s,
        u"vp"_s,         u"recruiter"_s,  u"recruitment"_s, u"recruiting"_s, u"hiring"_s,
        u"consultant"_s, u"engineer"_s,   u"developer"_s,   u"designer"_s,   u"analyst"_s,
        u"lead"_s,       u"head"_s,       u"leader"_s,      u"advisor"_s,    u"adviser"_s,
        u"author"_s,     u"speaker"_s,    u"mentor"_s,      u"hr"_s,         u"owner"_s,
        u"president"_s,  u"officer"_s,    u"executive"_s,   u"specialist"_s, u"strategist"_s,
        u"investor"_s,   u"freelancer"_s, u"writer"_s,      u"trainer"_s,    u"expert"_s,
        u"growth"_s,     u"product"_s,    u"operations"_s,  u"finance"_s,    u"people"_s};
    QString t = word.toLower();
    t.remove(u'.');
    return words.contains(t);
}

// "García", "Anna-Marie", "O'Neil": a word as a name is written, or any
// word when the whole text is in one case ("DUPONT, JEAN", "berg, anna").
bool isNameWord(const QString &word, bool oneCase)
{
    if (!hasLetter(word) || isBracketed(word) || isHeadlineWord(word))
        return false;
    if (oneCase)
        return true;
    return word.at(0).isUpper() && !isAllCapitals(word);
}

// "García Márquez, Gabriel", "van der Berg, Anna Maria", "DUPONT, JEAN":
// one or two words of a last name (with particles) before the comma, one or
// two words of a first name after it.
bool isInverted(const QString &before, const QString &after, const QString &text)
{
    const bool oneCase = isAllCapitals(text) || !hasCapital(text);
    const QStringList last = wordsOf(before);
    qsizetype lastWords = 0;
    for (const QString &word : last) {
        if (PersonName::isParticle(word))
            continue;
        if (!isNameWord(word, oneCase))
            return false;
        ++lastWords;
    }
    const QStringList first = wordsOf(after);
    if (lastWords < 1 || lastWords > maxInvertedWords || first.isEmpty() ||
        first.size() > maxInvertedWords)
        return false;
    for (const QString &word : first) {
        if (!isNameWord(word, oneCase) && !PersonName::isHonorific(word))
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
    const QStringList words = wordsOf(text);
    const bool capitalsMeanCredentials = !isAllCapitals(text);
    const qsizetype n = words.size();
    qsizetype lead = 0;
    while (lead < n && (PersonName::isHonorific(words.at(lead)) || !hasLetter(words.at(lead)) ||
                        isBracketed(words.at(lead))))
        ++lead;
    qsizetype end = n;
    while (end > lead + 1 && isAfterName(words.at(end - 1), capitalsMeanCredentials))
        --end;
    if (end - lead <= 1)
        return {joined(words, 0, end), joined(words, end, n)};
    qsizetype lastStart = end - 1;
    while (lastStart > lead + 1 && PersonName::isParticle(words.at(lastStart - 1)))
        --lastStart;
    return {joined(words, 0, lastStart), joined(words, lastStart, n)};
}

// Moves what follows the name at the end of `text` to the front of `tail`:
// credentials after a comma, bracketed text. True when it moved anything.
bool moveTrailingExtras(QString *text, QString *tail)
{
    const QStringList words = wordsOf(*text);
    if (words.size() > 1 && isBracketed(words.last()) &&
        hasLetter(joined(words, 0, words.size() - 1))) {
        *text = joined(words, 0, words.size() - 1);
        tail->prepend(u' ' + words.last());
        return true;
    }
    qsizetype comma = -1;
    for (qsizetype at = indexOutsideBrackets(*text, u","); at >= 0;
         at = indexOutsideBrackets(*text, u",", at + 1))
        comma = at;
    if (comma <= 0)
        return false;
    const QString before = text->left(comma).trimmed();
    const QString after = text->mid(comma + 1).trimmed();
    if (!hasLetter(before) || !isCredentials(after, before))
        return false;
    tail->prepend(text->mid(comma));
    *text = before;
    return true;
}

} // namespace

PersonName PersonName::split(const QString &fullName)
{
    QString text = fullName.simplified();
    if (text.isEmpty())
        return {};
    // A headline after " | " or " - ", pronouns in brackets and credentials
    // after a comma stay with the last name, as written.
    QString tail;
    const qsizetype headline = headlineStart(text);
    if (headline > 0) {
        tail = text.mid(headline);
        text = text.left(headline).trimmed();
    }
    while (moveTrailingExtras(&text, &tail)) {
    }
    PersonName name;
    const qsizetype comma = indexOutsideBrackets(text, u",");
    const QString before = text.left(comma).trimmed();
    if (comma > 0 && hasLetter(before) && hasLetter(QStringView(text).mid(comma + 1))) {
        // "Doe, Jane, Sales": the first two parts decide; the rest is tail.
        const qsizetype next = indexOutsideBrackets(text, u",", comma + 1);
        const QString after = text.mid(comma + 1, next < 0 ? -1 : next - comma - 1).trimmed();
        if (isInverted(before, after, text)) {
            name = {after, before};
            if (next >= 0)
                tail.prepend(text.mid(next));
        } else {
            // "Jane Doe, Head of Growth at Acme": the name is before the comma.
            name = splitWords(before);
            tail.prepend(text.mid(comma));
        }
    } else {
        name = splitWords(text);
    }
    if (name.last.isEmpty())
        name.last = tail.trimmed();
    else
        name.last.append(tail);
    return name;
}

qsizetype PersonName::headlineStart(const QString &text)
{
    static const QString separators[] = {u"|"_s, u" - "_s, u" – "_s, u" — "_s, u" · "_s, u" • "_s};
    qsizetype start = -1;
    for (const QString &separator : separators) {
        const qsizetype at = indexOutsideBrackets(text, separator);
        if (at >= 0 && hasLetter(QStringView(text).left(at)) && (start < 0 || at < start))
            start = at;
    }
    while (start > 0 && text.at(start - 1) == u' ')
        --start;
    return start;
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
    // In any case, with or without dots.
    static const QStringList suffixes = {
        u"jr"_s,      u"sr"_s,       u"ii"_s,    u"iii"_s,     u"iv"_s,    u"phd"_s,  u"dphil"_s,
        u"mba"_s,     u"emba"_s,     u"msc"_s,   u"bsc"_s,     u"mphil"_s, u"meng"_s, u"beng"_s,
        u"mfa"_s,     u"llb"_s,      u"llm"_s,   u"jd"_s,      u"dba"_s,   u"cpa"_s,  u"cfa"_s,
        u"acca"_s,    u"fcca"_s,     u"aca"_s,   u"fca"_s,     u"cima"_s,  u"cma"_s,  u"cia"_s,
        u"cisa"_s,    u"cism"_s,     u"cissp"_s, u"ccna"_s,    u"ccnp"_s,  u"ccie"_s, u"frm"_s,
        u"cfp"_s,     u"pmp"_s,      u"capm"_s,  u"prince2"_s, u"itil"_s,  u"csm"_s,  u"cspo"_s,
        u"psm"_s,     u"cipd"_s,     u"mcipd"_s, u"fcipd"_s,   u"chrp"_s,  u"phr"_s,  u"sphr"_s,
        u"shrm-cp"_s, u"shrm-scp"_s, u"pcc"_s,   u"acc"_s,     u"mcc"_s,   u"esq"_s,  u"rn"_s,
        u"mrics"_s,   u"frics"_s,    u"ceng"_s,  u"frsa"_s};
    // Also names ("Jack Ma", "Amadou Ba"): only in capitals or with dots.
    static const QStringList suffixesInCapitals = {u"ma"_s, u"ba"_s,  u"ms"_s,  u"md"_s,  u"pe"_s,
                                                   u"do"_s, u"edd"_s, u"obe"_s, u"mbe"_s, u"cbe"_s};
    QString t = word;
    t.remove(u',');
    const bool dotted = t.contains(u'.');
    t.remove(u'.');
    const QString lower = t.toLower();
    if (suffixes.contains(lower))
        return true;
    return suffixesInCapitals.contains(lower) && (dotted || isAllCapitals(t));
}

} // namespace rapport
