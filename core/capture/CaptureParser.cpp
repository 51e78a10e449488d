#include "capture/CaptureParser.h"

#include "capture/CaptureLayout.h"
#include "domain/NameKey.h"
#include "domain/ProfileUrl.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// What an ignored line tells about the lines after it. LinkedIn lays out
// each person as name, degree, headline, then buttons; a comment adds its
// time and its text between the headline and the Like/Reply buttons.
enum class Effect {
    Neutral,   // badges, pronouns, "View Jane Doe's profile", tab labels
    Degree,    // "• 2nd": the headline comes next
    Time,      // "3d": the comment text comes next
    EndsBlock, // Follow, Connect, Like, Reply, counts: this person is done
    Anonymous, // "LinkedIn Member": a person we cannot name
};

struct NoiseKind
{
    QString reason;
    Effect effect = Effect::Neutral;
    bool isNoise() const { return !reason.isEmpty(); }
};

QRegularExpression pattern(const QString &expression)
{
    return QRegularExpression(expression, QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::UseUnicodePropertiesOption);
}

bool hasLetter(QStringView text)
{
    for (const QChar c : text) {
        if (c.isLetter())
            return true;
    }
    return false;
}

bool hasDigit(QStringView text)
{
    for (const QChar c : text) {
        if (c.isDigit())
            return true;
    }
    return false;
}

// Invisible formatting (bidi marks, zero-width spaces) removed, emoji kept.
QString tidy(const QString &line)
{
    QString out;
    out.reserve(line.size());
    for (const QChar c : line) {
        if (c.category() != QChar::Other_Format || c.unicode() == 0x200C || c.unicode() == 0x200D)
            out.append(c);
    }
    return out.trimmed();
}

QString withoutBullets(const QString &text)
{
    static const QRegularExpression edges = pattern(u"^[\\s•·\\-–—*▪●]+|[\\s•·]+$"_s);
    return QString(text).remove(edges).simplified();
}

NoiseKind singleNoise(const QString &text)
{
    static const QRegularExpression degree = pattern(
        u"^(?:(?:1st|2nd|3rd\\+?)(?:\\s+degree(?:\\s+connection)?)?|out\\s+of\\s+network)$"_s);
    static const QRegularExpression time =
        pattern(u"^(?:(?:\\d+\\s*(?:mos|mo|mins|min|m|hrs|hr|h|d|wks|wk|w|yrs|yr|y|s)|"
                "\\d+\\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?))"
                "(?:\\s+ago)?(?:\\s*[•·]?\\s*\\(?edited\\)?)?|\\(?edited\\)?|just\\s+now)$"_s);
    static const QRegularExpression count =
        pattern(u"^\\d[\\d.,]*\\s*[km]?\\+?(?:\\s+(?:reactions?|comments?|repl(?:y|ies)|"
                "reposts?|likes?|shares?|views?|impressions?|followers?|connections?|"
                "others?))?$|^(?:all|like|celebrate|support|love|insightful|funny|curious)"
                "\\s*\\d[\\d.,]*[km]?$|\\sand\\s+\\d[\\d.,]*[km]?\\s+others?$"_s);
    static const QRegularExpression viewProfile =
        pattern(u"^view\\s+(?:.+['’]s?\\s+)?(?:verified\\s+)?(?:profile|graphic\\s+link)"
                "(?:\\s+photo)?$"_s);
    static const QRegularExpression more = pattern(u"^(?:…|\\.\\.\\.)\\s*(?:see\\s+)?more$"_s);
    static const QRegularExpression pronouns =
        pattern(u"^\\(?\\s*(?:he|she|they|xe|ze|ey)(?:\\s*/\\s*(?:him|his|her|hers|they|them|"
                "their|theirs|he|she|xe|xem|ze|zir|em))+\\s*\\)?$"_s);
    static const QRegularExpression status = pattern(u"^status\\s+is\\s+\\w+$"_s);
    // Buttons under a person: once they appear, that person's block is over.
    static const QStringList actions =
        u"follow|+ follow|following|unfollow|connect|message|pending|like|reply|"
        "load more comments|load previous replies|load more replies|load more|show more|"
        "see more|show less|see less|repost|comment|send|share|see translation|"
        "show translation|show more results|view more comments|view more replies"_s.split(u'|');
    // Tabs and sort labels of the reactions and comments lists.
    static const QStringList labels = {u"reactions"_s,   u"all"_s,         u"celebrate"_s,
                                       u"support"_s,     u"love"_s,        u"insightful"_s,
                                       u"funny"_s,       u"curious"_s,     u"most relevant"_s,
                                       u"most recent"_s, u"view profile"_s};
    static const QStringList badges = {u"premium"_s,      u"verified"_s,  u"author"_s,
                                       u"creator"_s,      u"top voice"_s, u"hiring"_s,
                                       u"open to work"_s, u"influencer"_s};
    static const QStringList anonymous = {u"linkedin member"_s, u"linkedin user"_s,
                                          u"a linkedin member"_s};

    const QString lower = text.toLower();
    if (degree.match(text).hasMatch())
        return {u"degree marker"_s, Effect::Degree};
    if (time.match(text).hasMatch())
        return {u"time"_s, Effect::Time};
    if (count.match(text).hasMatch())
        return {u"count"_s, Effect::EndsBlock};
    if (actions.contains(lower) || more.match(text).hasMatch())
        return {u"button label"_s, Effect::EndsBlock};
    if (labels.contains(lower) || viewProfile.match(text).hasMatch())
        return {u"button label"_s, Effect::Neutral};
    if (pronouns.match(text).hasMatch())
        return {u"pronouns"_s, Effect::Neutral};
    if (badges.contains(lower) || status.match(text).hasMatch())
        return {u"badge"_s, Effect::Neutral};
    if (anonymous.contains(lower))
        return {u"anonymous member"_s, Effect::Anonymous};
    return {};
}

NoiseKind noiseIn(const QString &line)
{
    const QString text = withoutBullets(line);
    if (text.isEmpty())
        return {u"no letters"_s, Effect::Neutral};
    const NoiseKind single = singleNoise(text);
    if (single.isNoise())
        return single;
    if (!hasLetter(text)) {
        if (hasDigit(text))
            return {u"count"_s, Effect::EndsBlock};
        return {u"no letters"_s, Effect::Neutral};
    }
    // "Like · 12 | Reply", "3d • Edited": noise when every part is.
    static const QRegularExpression parts = pattern(u"\\s*[·•|]\\s*"_s);
    const QStringList pieces = text.split(parts, Qt::SkipEmptyParts);
    if (pieces.size() < 2)
        return {};
    NoiseKind first;
    for (const QString &piece : pieces) {
        const NoiseKind kind = singleNoise(piece);
        if (!kind.isNoise() && hasLetter(piece))
            return {};
        if (!first.isNoise())
            first = kind;
    }
    return first;
}

// "Jane Doe • 2nd", "Jane Doe · 3rd+ (She/Her)": the name and whether a
// degree marker followed it.
QString withoutTrailingMarkers(const QString &text, bool *hadDegree)
{
    static const QRegularExpression degree =
        pattern(u"(?:\\s*[•·]\\s*|\\s+)(?:1st|2nd|3rd\\+?|out\\s+of\\s+network)"
                "(?:\\s+degree(?:\\s+connection)?)?$"_s);
    static const QRegularExpression pronouns =
        pattern(u"(?:\\s*[•·]\\s*|\\s+)\\(?(?:he|she|they)(?:\\s*/\\s*(?:him|his|her|hers|"
                "they|them|theirs|he|she))+\\)?$"_s);
    QString out = text;
    *hadDegree = false;
    for (bool changed = true; changed;) {
        changed = false;
        const auto d = degree.match(out);
        if (d.hasMatch()) {
            out.truncate(d.capturedStart());
            *hadDegree = changed = true;
        }
        const auto p = pronouns.match(out);
        if (p.hasMatch()) {
            out.truncate(p.capturedStart());
            changed = true;
        }
    }
    return out.trimmed();
}

bool startsLikeAName(const QString &word)
{
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word.at(i);
        if (!c.isLetter())
            continue;
        if (!c.isLower())
            return true;
        // "d'Artagnan", "deBoer": a capital further in.
        for (qsizetype j = i + 1; j < word.size(); ++j) {
            if (word.at(j).isUpper())
                return true;
        }
        return false;
    }
    return true;
}

// Words of a job title or a headline's phrasing, never of a person's name
// (family names that are also trades, as Baker or Mason, are left out).
bool isHeadlineWord(const QString &word)
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        const QStringList list =
            u"at|of|for|and|the|with|my|our|your|ex|"
            "ceo|cto|cfo|coo|cmo|cpo|cio|vp|svp|evp|hr|"
            "founder|co-founder|cofounder|owner|chief|president|executive|director|manager|"
            "officer|engineer|engineering|developer|designer|design|recruiter|recruiting|"
            "recruitment|talent|consultant|consulting|analyst|scientist|researcher|architect|"
            "specialist|strategist|advisor|adviser|investor|entrepreneur|freelancer|intern|"
            "student|educator|teacher|professor|lecturer|mentor|trainer|leader|lead|"
            "product|software|marketing|sales|partner|operations|helping|building|hiring|"
            "speaker|writer|author|creator|expert|enthusiast|lover|passionate|certified"_s.split(
                u'|');
        for (const QString &w : list)
            set.insert(w);
        return set;
    }();
    return words.contains(word.toLower());
}

// "View Ana Lima's profile" -> "Ana Lima"; empty for other lines.
QString viewedName(const QString &text)
{
    static const QRegularExpression view =
        pattern(u"^view\\s+(.+?)['’]s?\\s+(?:verified\\s+)?profile(?:\\s+photo)?$"_s);
    const auto m = view.match(text);
    return m.hasMatch() ? m.captured(1).simplified() : QString();
}

// The clean name when the line reads as a person's name, else empty. A
// strong line (a degree marker follows it) may be written in lower case.
// Job titles and a headline's phrasing ("Head of Talent at Acme") never are.
QString nameIn(const QString &line, bool strong)
{
    const QString text = NameKey::withoutEmoji(line).simplified();
    if (text.size() > 60 || !hasLetter(text))
        return {};
    const QString name = NameKey::clean(text);
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 6 || !hasLetter(name))
        return {};
    for (const QString &word : words) {
        if (isHeadlineWord(word))
            return {};
    }
    static const QString forbidden = u"!?:;#@/\\=+*<>{}~^%$&_…"_s;
    for (const QChar c : name) {
        if (forbidden.contains(c))
            return {};
    }
    // Digits in the name part, before any headline ("Room 101", not
    // "Ana Lima | 2x founder"): a name has none.
    static const QRegularExpression headline = pattern(u"\\||\\s[-–—]\\s"_s);
    const qsizetype headlineStart = text.indexOf(headline);
    if (hasDigit(QStringView(text).left(headlineStart < 0 ? text.size() : headlineStart)))
        return {};
    // Credentials after a comma are capitalised ("Jane Doe, PhD"); the rest
    // of a comment is not ("Thanks Ana, great read").
    const qsizetype comma = text.indexOf(u',');
    const qsizetype bar = text.indexOf(u'|');
    if (comma >= 0 && (bar < 0 || comma < bar)) {
        const QString credentials = text.mid(comma + 1, bar < 0 ? -1 : bar - comma - 1);
        static const QRegularExpression separators(u"[\\s,]+"_s);
        const QStringList parts = credentials.split(separators, Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            if (!startsLikeAName(part))
                return {};
        }
    }
    if (!strong) {
        for (const QString &word : words) {
            if (!startsLikeAName(word) && !NameKey::isParticle(word))
                return {};
        }
    }
    return name;
}

bool looksLikeHeadline(const QString &text)
{
    static const QRegularExpression at = pattern(u"\\sat\\s|(?:^|\\s)@"_s);
    return at.match(text).hasMatch() || text.contains(u'|') || text.contains(u'·') ||
           text.contains(u'•') || text.contains(u',') ||
           text.split(u' ', Qt::SkipEmptyParts).size() > 5 || text.size() > 50;
}

// "Head of Talent at Acme Corp | Hiring" -> "Acme Corp": the first part of
// the headline that names an employer, after its last " at " or "@".
QString companyIn(const QString &headline)
{
    static const QRegularExpression parts = pattern(u"\\s*[|·•]\\s*|\\s+[–—]\\s+"_s);
    static const QRegularExpression at = pattern(u"(?:^|\\s)(?:at\\s+|@\\s*)"_s);
    static const QRegularExpression trailing = pattern(u"[\\s,;:!\\-–—]+$"_s);
    const QStringList pieces = NameKey::withoutEmoji(headline).split(parts, Qt::SkipEmptyParts);
    for (const QString &piece : pieces) {
        qsizetype end = -1;
        for (auto it = at.globalMatch(piece); it.hasNext();)
            end = it.next().capturedEnd();
        if (end < 0)
            continue;
        const QString company = piece.mid(end).remove(trailing).simplified();
        if (hasLetter(company) || hasDigit(company))
            return company;
    }
    return {};
}

// A linkedin.com/in/ address anywhere in the line.
QString profileUrlIn(const QString &line, qsizetype *start, qsizetype *length)
{
    static const QRegularExpression url =
        pattern(u"(?:https?://)?(?:[\\w-]+\\.)*linkedin\\.com(?::\\d+)?/in/[^\\s<>\"'()]+"_s);
    const auto m = url.match(line);
    if (!m.hasMatch())
        return {};
    QString text = m.captured();
    while (!text.isEmpty() && QStringView(u".,;:!?").contains(text.back()))
        text.chop(1);
    *start = m.capturedStart();
    *length = m.capturedLength();
    return ProfileUrl::slug(text);
}

// What the layout needs to know of one (tidied) line.
CaptureLayout::Line layoutLine(const QString &text)
{
    CaptureLayout::Line line;
    if (text.isEmpty())
        return line;
    qsizetype urlStart = 0;
    qsizetype urlLength = 0;
    if (!profileUrlIn(text, &urlStart, &urlLength).isEmpty()) {
        line.kind = CaptureLayout::Line::Stop;
        return line;
    }
    const NoiseKind noise = noiseIn(text);
    if (noise.isNoise()) {
        switch (noise.effect) {
        case Effect::Neutral:
            line.kind = CaptureLayout::Line::Neutral;
            line.viewedNameKey = NameKey::key(viewedName(withoutBullets(text)));
            break;
        case Effect::Degree:
            line.kind = CaptureLayout::Line::Degree;
            break;
        case Effect::Time:
        case Effect::EndsBlock:
        case Effect::Anonymous: {
            static const QRegularExpression commentAction = pattern(u"\\breply\\b"_s);
            static const QRegularExpression followers =
                pattern(u"^\\d[\\d.,]*\\s*[km]?\\+?\\s+followers?$"_s);
            const QString bare = withoutBullets(text);
            line.kind = CaptureLayout::Line::Stop;
            line.commentAction = commentAction.match(bare).hasMatch();
            line.followers = followers.match(bare).hasMatch();
            break;
        }
        }
        return line;
    }
    line.kind = CaptureLayout::Line::Text;
    bool inlineDegree = false;
    const QString candidate = withoutTrailingMarkers(withoutBullets(text), &inlineDegree);
    if (inlineDegree) {
        // "Ana Lima • 2nd": a person of its own, whatever comes next.
        line.kind = CaptureLayout::Line::Stop;
        return line;
    }
    const QString weak = nameIn(candidate, false);
    const QString strong = weak.isEmpty() ? nameIn(candidate, true) : weak;
    line.name = !weak.isEmpty();
    line.nameIfConfirmed = !strong.isEmpty();
    line.nameKey = NameKey::key(strong);
    return line;
}

} // namespace

QList<CaptureLine> CaptureParser::parse(const QString &pastedText)
{
    QList<CaptureLine> out;
    if (pastedText.isEmpty())
        return out;
    static const QRegularExpression breaks(u"\r\n|[\r\n\u2028\u2029]"_s);
    QStringList lines = pastedText.split(breaks);
    if (lines.size() > 1 && lines.last().isEmpty())
        lines.removeLast();

    QStringList tidied;
    tidied.reserve(lines.size());
    for (const QString &line : std::as_const(lines))
        tidied << tidy(line);
    // Which line above each degree marker is the name, which the headline,
    // and whether this paste puts headlines before degree markers.
    QList<CaptureLayout::Line> shape;
    shape.reserve(lines.size());
    for (const QString &text : std::as_const(tidied))
        shape << layoutLine(text);
    bool headlineFirst = false;
    const QList<CaptureLayout::Role> roles = CaptureLayout::roles(shape, &headlineFirst);

    QHash<QString, int> byKey;  // name key -> index of its Name line
    QHash<QString, int> bySlug; // profile slug -> index of its Name line
    constexpr int anonymousPerson = -2;
    int person = -1;   // whose block we are in: an index in `out`
    int lastName = -1; // the Name line a URL on its own belongs to
    bool expectHeadline = false;
    bool afterDegree = false;
    bool inComment = false;

    // A line read as a name that turned out not to be a person's.
    const auto forget = [&](int index, const QString &reason) {
        CaptureLine &line = out[index];
        for (QHash<QString, int> *map : {&byKey, &bySlug}) {
            for (auto it = map->begin(); it != map->end();)
                it = it.value() == index ? map->erase(it) : std::next(it);
        }
        line.kind = CaptureLine::Noise;
        line.ignoredReason = reason;
        line.name.clear();
        line.company.clear();
        person = lastName = -1;
    };
    const auto ignore = [&out](const QString &reason) {
        out.last().kind = CaptureLine::Noise;
        out.last().ignoredReason = reason;
    };
    const auto startPerson = [&](int index, bool degreeSeen) {
        person = lastName = index;
        expectHeadline = true;
        afterDegree = degreeSeen;
        inComment = false;
    };
    // A name (with or without URL) on the last line of `out`.
    const auto addName = [&](const QString &name, const QString &slug, bool degreeSeen) {
        CaptureLine &line = out.last();
        const int index = int(out.size()) - 1;
        const QString url = ProfileUrl::canonical(slug);
        const QString key = NameKey::key(name);
        int original = -1;
        if (!slug.isEmpty() && bySlug.contains(slug)) {
            original = bySlug.value(slug);
        } else if (!key.isEmpty() && byKey.contains(key)) {
            const int candidate = byKey.value(key);
            // Two people of one name, told apart by their profiles.
            const QString &known = out.at(candidate).profileUrl;
            if (known.isEmpty() || url.isEmpty() || known == url)
                original = candidate;
        }
        if (original >= 0) {
            ignore(u"duplicate of line %1"_s.arg(out.at(original).lineNumber));
            line.duplicateOfLine = out.at(original).lineNumber;
            // Each mention may know what the other did not.
            if (out.at(original).profileUrl.isEmpty() && !url.isEmpty()) {
                out[original].profileUrl = url;
                bySlug.insert(slug, original);
            }
            if (out.at(original).name.isEmpty() && !name.isEmpty()) {
                out[original].name = name;
                if (!byKey.contains(key))
                    byKey.insert(key, original);
            }
            startPerson(original, degreeSeen);
            return;
        }
        line.kind = CaptureLine::Name;
        line.name = name;
        line.profileUrl = url;
        if (!key.isEmpty() && !byKey.contains(key))
            byKey.insert(key, index);
        if (!slug.isEmpty())
            bySlug.insert(slug, index);
        startPerson(index, degreeSeen);
    };

    for (qsizetype i = 0; i < lines.size(); ++i) {
        CaptureLine line;
        line.lineNumber = int(i + 1);
        line.text = lines.at(i);
        out << line;
        const QString &text = tidied.at(i);
        if (text.isEmpty())
            continue;

        qsizetype urlStart = 0;
        qsizetype urlLength = 0;
        const QString slug = profileUrlIn(text, &urlStart, &urlLength);
        if (!slug.isEmpty()) {
            bool degreeSeen = false;
            const QString rest = withoutTrailingMarkers(
                withoutBullets(QString(text).remove(urlStart, urlLength)), &degreeSeen);
            const QString name = nameIn(rest, true);
            if (!name.isEmpty()) {
                addName(name, slug, degreeSeen);
            } else if (bySlug.contains(slug)) {
                addName(QString(), slug, degreeSeen);
            } else if (lastName >= 0 && out.at(lastName).profileUrl.isEmpty()) {
                out[lastName].profileUrl = ProfileUrl::canonical(slug);
                bySlug.insert(slug, lastName);
                ignore(u"profile URL of line %1"_s.arg(out.at(lastName).lineNumber));
            } else {
                addName(QString(), slug, degreeSeen);
            }
            continue;
        }

        const NoiseKind noise = noiseIn(text);
        if (noise.isNoise()) {
            ignore(noise.reason);
            switch (noise.effect) {
            case Effect::Neutral:
                break;
            case Effect::Degree:
                // Headlines first: what follows the marker is more likely the
                // next person than a headline (unless it reads as one).
                afterDegree = !headlineFirst && person != -1 && expectHeadline;
                break;
            case Effect::Time:
                inComment = person != -1;
                expectHeadline = afterDegree = false;
                break;
            case Effect::EndsBlock:
                if (CaptureLayout::isCompanyPage(shape, i, person) &&
                    out.at(person).profileUrl.isEmpty())
                    forget(person, u"company page"_s);
                inComment = expectHeadline = afterDegree = false;
                break;
            case Effect::Anonymous:
                startPerson(anonymousPerson, false);
                lastName = -1;
                break;
            }
            continue;
        }

        bool inlineDegree = false;
        const QString candidate = withoutTrailingMarkers(withoutBullets(text), &inlineDegree);
        const CaptureLayout::Role role = roles.at(i);
        const bool strong = inlineDegree || role == CaptureLayout::Role::Name;
        const QString name = nameIn(candidate, strong);
        const bool repeatsPerson =
            !name.isEmpty() && person >= 0 && byKey.value(NameKey::key(name), -1) == person;
        // A line right under a name is its headline unless it reads as a
        // name itself (and then only a headline when shaped like one).
        // A degree marker after a headline ("Founder at Acme • 2nd") does
        // not make it a name.
        const bool headline = role == CaptureLayout::Role::Headline ||
                              (!repeatsPerson && expectHeadline && (!strong || name.isEmpty()) &&
                               (afterDegree || name.isEmpty() || looksLikeHeadline(candidate)));
        if (headline) {
            ignore(u"headline"_s);
            if (person >= 0 && out.at(person).company.isEmpty())
                out[person].company = companyIn(candidate);
            expectHeadline = afterDegree = false;
        } else if (!repeatsPerson && !strong &&
                   (inComment || (person != -1 && CaptureLayout::endsComment(shape, i)))) {
            ignore(u"comment text"_s);
        } else if (!name.isEmpty()) {
            addName(name, QString(), inlineDegree);
        } else {
            ignore(u"not a name"_s);
            expectHeadline = afterDegree = false;
        }
    }
    return out;
}

} // namespace rapport
