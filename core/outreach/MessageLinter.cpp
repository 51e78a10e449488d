#include "outreach/MessageLinter.h"

#include "outreach/TemplateRenderer.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <climits>
#include <optional>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// ---------------------------------------------------------------------------
// Folding: the text the patterns read, with a map back to the original so a
// flag marks exactly what the user wrote.

bool isLineBreak(char16_t c)
{
    return c == u'\n' || c == u'\r' || c == 0x2028 || c == 0x2029;
}

char16_t foldPunctuation(char16_t c)
{
    switch (c) {
    case 0x2018: // ‘ ’ ‚ ‛ ′ ʼ ` ´
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x02BC:
    case 0x0060:
    case 0x00B4:
        return u'\'';
    case 0x201C: // “ ” „ ‟ ″ « » ‹ ›
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
    case 0x00AB:
    case 0x00BB:
    case 0x2039:
    case 0x203A:
        return u'"';
    case 0x2010: // hyphens, figure dash, en dash, minus
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2212:
        return u'-';
    default:
        return c;
    }
}

class Folded
{
public:
    explicit Folded(const QString &source)
        : m_source(source)
    {
        const qsizetype n = source.size();
        m_text.reserve(n);
        for (qsizetype i = 0; i < n;) {
            const QChar c = source.at(i);
            const qsizetype len =
                c.isHighSurrogate() && i + 1 < n && source.at(i + 1).isLowSurrogate() ? 2 : 1;
            if (len == 1 && c.isSpace()) {
                const bool lineBreak = isLineBreak(c.unicode());
                if (!m_text.isEmpty() && m_text.back().isSpace()) {
                    if (lineBreak)
                        m_text.back() = u'\n';
                } else {
                    append(lineBreak ? u'\n' : u' ', i, i + 1);
                }
                ++i;
                continue;
            }
            if (c.unicode() < 0x80) {
                append(QChar(foldPunctuation(c.toLower().unicode())), i, i + 1);
                ++i;
                continue;
            }
            QString unit =
                len == 1 ? QString(QChar(foldPunctuation(c.unicode()))) : source.mid(i, 2);
            unit = unit.normalized(QString::NormalizationForm_KD);
            unit.removeIf([](QChar m) { return m.category() == QChar::Mark_NonSpacing; });
            for (const QChar f : unit.toCaseFolded())
                append(f, i, i + len);
            i += len;
        }
    }

    const QString &text() const { return m_text; }

    // The span in the source for [start, end) of the folded text, taking in
    // any accents that follow its last letter.
    std::pair<int, int> span(qsizetype start, qsizetype end) const
    {
        const qsizetype from = m_from.at(start);
        qsizetype to = m_to.at(end - 1);
        while (to < m_source.size() && m_source.at(to).isMark())
            ++to;
        return {int(from), int(to - from)};
    }

private:
    void append(QChar c, qsizetype from, qsizetype to)
    {
        m_text.append(c);
        m_from.append(from);
        m_to.append(to);
    }

    QString m_source;
    QString m_text;
    QList<qsizetype> m_from;
    QList<qsizetype> m_to;
};

// ---------------------------------------------------------------------------
// Patterns, written against folded text: lower case, no accents, straight
// quotes, '-' for any hyphen; a space stands for any one whitespace.

// Names the reader's own thing, so a ranking or award after it is praise,
// not a boast.
const QString aboutReader =
    uR"re((?<!your )(?<!you're )(?<!you are )(?<!you're the )(?<!you are the )(?<!you're a )(?<!you are a ))re"_s;

QRegularExpression compile(const QStringList &alternatives, bool exemptAboutReader = false)
{
    QString pattern = alternatives.join(u'|');
    pattern.replace(u' ', uR"(\s)"_s);
    pattern = (exemptAboutReader ? aboutReader : QString()) + uR"((?<![\w#])(?:)"_s + pattern +
              uR"()(?!\w))"_s;
    QRegularExpression re(pattern, QRegularExpression::UseUnicodePropertiesOption);
    Q_ASSERT_X(re.isValid(), "MessageLinter", qPrintable(re.errorString()));
    return re;
}

// Words that size up a call or a demo: "a quick call", "a 15-minute demo".
const QString sizing =
    uR"re((?:quick|short|brief|fast|free|live|informal|personal(?:i[sz]ed)?|custom(?:i[sz]ed)?|tailored|no-obligation|\d+(?:-| )?(?:min|mins|minute|minutes)|(?:fifteen|twenty|thirty|half)(?:-| )(?:minute|hour)))re"_s;
const QString callKind =
    uR"re((?:phone|video|zoom|skype|teams|intro|introductory|exploratory|discovery))re"_s;
const QString offering =
    uR"re((?:products?|services?|offerings?|solutions?|platforms?|features?|releases?|versions?|apps?|tools?|software|packages?|programmes?|programs?|product line|range|modules?|integrations?|pricing|plans?|capabilities|functionality))re"_s;

const QRegularExpression &productNews()
{
    static const QRegularExpression re = compile(
        {
            uR"re((?:our|my|the latest|some|exciting|big|major)(?: (?:new|latest|recent))? (?:product|service|feature|platform|software|app) (?:improvements?|updates?|upgrades?|news|launch(?:es)?|announcements?|releases?|roadmap|enhancements?))re"_s,
            uR"re((?:our|my)(?: (?:company's|firm's|team's))?(?: (?:brand-new|brand new|all-new|all new|new|newest|latest|improved|upgraded|updated|enhanced|next-gen|next-generation|next generation|revamped|redesigned|exciting))+ )re"_s +
                offering,
            uR"re((?:we|we've|we have|we're|we are|i|i've|i have|i'm|i am|our (?:team|company|firm)|my (?:team|company))(?: (?:just|recently|officially|finally|now|proudly|quietly))? (?:launched|released|rolled out|unveiled|introduced|shipped|added|upgraded|improved|expanded|updated|launching|releasing|rolling out|unveiling|introducing)(?: (?:a|an|our|my|the|some|two|three|several))?(?: (?:brand-new|brand new|all-new|new|latest|next|improved|exciting|powerful|major))* )re"_s +
                offering,
            uR"re((?:our|my)(?: (?:new|latest))? (?:products?|services?|platform|apps?|tools?|software|solutions?|offerings?) (?:is|are) (?:now )?(?:available|live|out|launching))re"_s,
            uR"re((?:launch|release|rollout|roll-out|unveiling|debut) of (?:our|my))re"_s,
            uR"re(introducing (?:our|my))re"_s,
            uR"re(new and improved)re"_s,
            uR"re((?:we now offer|we're now offering|we are now offering|i now offer|i'm now offering|i am now offering))re"_s,
            uR"re((?:check out|take a look at|have a look at|try) (?:our|my)(?: (?:new|latest))? (?:products?|services?|platform|website|offerings?|solutions?|apps?|tools?|software))re"_s,
        },
        true);
    return re;
}

const QRegularExpression &salesMeeting()
{
    static const QRegularExpression re = compile({
        uR"re((?:book|schedule|set up|setup|arrange|organi[sz]e|give you|show you|offer you|run you through|walk you through|take you through|get you|do|have|request)(?: (?:a|an|our|my|the))?(?: (?:product|)re"_s +
            sizing +
            uR"re())* (?:demos?|demonstration|product tour|walkthrough|walk-through|sales (?:meeting|call|presentation|conversation|pitch)|consultation|discovery call))re"_s,
        uR"re((?<!saw )(?<!seen )(?<!watched )(?<!enjoyed )(?<!attended )(?<!liked )(?:a|an|our|my)(?: (?:product|)re"_s +
            sizing +
            uR"re())* (?:sales (?:meeting|call|presentation|conversation|pitch)|discovery call|demo|demonstration|product tour|free trial|free consultation))re"_s,
        uR"re((?:meet|speak|talk|chat|connect you|connect) with (?:our|my|one of our|one of my) (?:sales|account|business development|bd|solutions|product|partnerships) (?:team|reps?|representatives?|managers?|executives?|specialists?|consultants?|experts?|department|colleagues?))re"_s,
        uR"re((?:show|walk|take|run) you (?:through |how |what )?(?:our|my) (?:products?|platform|software|tools?|solutions?|services?|apps?|offering|system))re"_s,
        uR"re((?:see|learn|hear|discover|find out) how (?:our|my) (?:products?|platform|software|tools?|solutions?|services?|apps?|team|company|firm|agency) (?:can|could|will|would))re"_s,
    });
    return re;
}

// Phone pushes in any channel.
const QRegularExpression &phonePush()
{
    static const QRegularExpression re = compile({
        uR"re((?:hop|jump|get|hopping|jumping|getting) on (?:a |the )?(?:)re"_s + sizing +
            u" )*(?:"_s + callKind + uR"re( )?(?:call|phone))re"_s,
        uR"re(get (?:you|them|him|her) (?:on the phone|on a call|on the line))re"_s,
        uR"re((?:your|best|direct|good)(?: (?:direct|mobile|cell|phone|office))? (?:phone|mobile|cell|cellphone|telephone|direct) (?:number|no\.?|#))re"_s,
        uR"re((?:best|good|right) number to (?:reach|call|contact|ring) you)re"_s,
        uR"re((?:i'll|i will|i'd like to|i would like to|let me|i'm going to|i am going to|can i|could i|may i|i can|i could) (?:give you a (?:quick )?(?:call|ring|buzz)|call you|ring you|phone you))re"_s,
    });
    return re;
}

// Plain requests for a call: fine with a connection, a push on a stranger.
const QRegularExpression &callRequest()
{
    static const QRegularExpression re = compile({
        uR"re((?:a|an)(?: )re"_s + sizing + u")+(?: "_s + callKind + uR"re()? call)re"_s,
        uR"re((?:schedule|book|set up|setup|arrange|organi[sz]e|have|find time for)(?: (?:a|an))?(?: )re"_s +
            sizing + u")*(?: "_s + callKind + uR"re()? call)re"_s,
        uR"re((?:phone|video|zoom|skype|teams) call)re"_s,
        uR"re((?:on|over|by) the phone|by phone|(?:call|ring|phone) you|(?:give|gave) (?:you|me|us) a (?:call|ring|buzz)|(?:call|ring|phone) (?:me|us) (?:at|on))re"_s,
    });
    return re;
}

// Selling words that turn a plain call request into a sales call.
const QRegularExpression &sellingWords()
{
    static const QRegularExpression re = compile({
        uR"re((?:our|my) (?:products?|services?|solutions?|platform|software|offerings?|pricing|prices|rates|packages?))re"_s,
        uR"re(pricing|discounts?|free trial|special offer|limited-time|limited time|sign up)re"_s,
    });
    return re;
}

const QRegularExpression &numberOne()
{
    static const QRegularExpression re = compile(
        {
            uR"re(# ?1)re"_s,
            uR"re(no\. ?1)re"_s,
            uR"re(number (?:one|1))re"_s,
            uR"re((?:the |a )?(?:leading|premier|foremost) (?:providers?|suppliers?|vendors?|agency|agencies|firms?|company|companies|consultancy|consultants?|experts?|authority|platforms?|solutions?|partners?|coach(?:es)?|recruiters?|brands?))re"_s,
            uR"re((?:industry|market|category|sector)(?:-| )(?:leading|leaders?)|world(?:-| )leading)re"_s,
            uR"re((?:the )?(?:world|globe|country|industry|market|region)'s (?:leading|best|first|largest|biggest|top|number one|#1))re"_s,
            uR"re(best(?:-| )in(?:-| )class|world(?:-| )class|top(?:-| )rated|second to none|(?:the )?best in the (?:business|industry|world|market|country|field))re"_s,
        },
        true);
    return re;
}

const QRegularExpression &selfCongratulation()
{
    static const QString feeling =
        uR"re((?:proud|thrilled|excited|delighted|pleased|happy|honou?red|humbled|overjoyed|stoked))re"_s;
    static const QRegularExpression re = compile(
        {
            feeling + uR"re( to (?:announce|unveil|reveal))re"_s,
            uR"re((?:proud|thrilled|excited) to share)re"_s,
            feeling +
                uR"re( to (?:introduce|present|launch) (?:our|my|the) (?:new|latest|brand-new|all-new|next))re"_s,
            feeling +
                uR"re( to (?:have been|be) (?:named|recogni[sz]ed|awarded|ranked|selected|chosen|featured|listed|voted|shortlisted|nominated|included))re"_s,
            uR"re((?:humbled|honou?red|proud|surprised and (?:humbled|honou?red)) to (?:receive|accept|win|have won|have received))re"_s,
            uR"re((?:we|we're|we are|we were|we've been|we have been)(?: (?:so|very|really|incredibly|truly|extremely|super|beyond))? (?:excited|thrilled|proud|delighted|honou?red|humbled|overjoyed|stoked))re"_s,
            uR"re((?:multi-)?award(?:-| )winning)re"_s,
            uR"re((?:we|i|my team|our team|our company|our firm|our agency)(?: (?:just|recently|proudly|have|has|also))* (?:won|received|been awarded|was awarded|were awarded|picked up|scooped|took home|earned)(?: (?:the|an|a|two|three|several|another|our|my))?(?: [\w-]+){0,3} (?:awards?|prizes?|honou?rs?|trophy|trophies|medals?|accolades?))re"_s,
            uR"re((?:i was|we were|i've been|we've been|i have been|we have been|i am|i'm|we are|we're|our (?:company|firm|team|agency|product|service|platform) (?:was|has been|is|were))(?: (?:just|recently|again|officially|proudly))? (?:named|ranked|voted|recogni[sz]ed|listed|featured|selected|crowned|shortlisted|nominated)(?: (?:as|among))?(?: one of)?(?: the)? (?:top|best|leading|most|#|number|winner|finalists?))re"_s,
        },
        true);
    return re;
}

// The opening of a message that could go to anyone.
const QRegularExpression &genericGreeting()
{
    static const QRegularExpression re(
        QString(
            uR"re(^\s*((?:dear (?:sir or madam|sir/madam|sirs?|madam|friend|connection|member|linkedin member|colleague|professional|all|valued (?:connection|member|customer)))|to whom it may concern|(?:hi|hello|hey|greetings|good (?:morning|afternoon|evening))(?: (?:there|all|everyone|friend|folks|team|sir|madam|connection))?)(?=\s*(?:[,.!:;-]|$)))re"_s)
            .replace(u' ', uR"(\s)"_s),
        QRegularExpression::UseUnicodePropertiesOption);
    Q_ASSERT_X(re.isValid(), "MessageLinter", qPrintable(re.errorString()));
    return re;
}

const QRegularExpression &negativeAnswer()
{
    static const QRegularExpression re = compile({
        uR"re((?:reply|respond|answer|write back|write|say|type|send|text)(?:,? (?:back|with|me|just|simply|a|quick|short|the|words?|phrase|saying))*[\s:,-]*["'(]*not interested)re"_s,
        uR"re(if (?:[\w']+ ){0,4}?(?:not|no longer|isn't|aren't|doesn't|don't|didn't|wasn't|won't|can't|wrong|off|irrelevant)(?! mind)[^.!?\n]{0,80}?(?:say so|let me know|tell me|reply|respond|write back|answer|a (?:quick|simple|short) no|say no|drop me a (?:line|note)))re"_s,
        uR"re((?:just|simply) say ["']?no)re"_s,
        uR"re((?:a|an)(?: (?:simple|quick|short|plain|honest|polite))? ["']?no(?: thanks| thank you)?["']? (?:is|would be) (?:fine|ok|okay|perfect|great|welcome|helpful|useful|appreciated|good|(?:totally|completely|absolutely|perfectly) fine))re"_s,
        uR"re(["']?no["']? is a (?:perfectly |totally )?(?:fine|good|great|welcome|useful|helpful|ok|okay) (?:answer|reply|response))re"_s,
        uR"re((?:reply|answer|respond)(?: with)? (?:["']no(?: thanks| thank you)?["']|no(?: thanks| thank you)?(?=\s*(?:[.!,;)]|$))))re"_s,
        uR"re(even (?:a |if it's a |if it is a |if the answer is )["']?no)re"_s,
        uR"re((?:let me know|tell me) either way|either way,? (?:just )?(?:let me know|reply|drop me a line))re"_s,
    });
    return re;
}

// ---------------------------------------------------------------------------
// Flags

LintFlag flag(const QString &code)
{
    LintFlag f;
    f.code = code;
    if (code == u"product-news"_s) {
        f.title = MessageLinter::tr("Product news");
        f.explanation = MessageLinter::tr(
            "Your product improvements or new service are about what you want, not "
            "what they need. Give them information that helps them decide better "
            "instead.");
    } else if (code == u"sales-meeting"_s) {
        f.title = MessageLinter::tr("Asks for a sales meeting");
        f.explanation = MessageLinter::tr(
            "A request for a sales meeting or demo puts your need first. Offer "
            "something useful first, a how-to or an introduction, and let them ask "
            "what else you do.");
    } else if (code == u"phone"_s) {
        f.title = MessageLinter::tr("Pushes for a phone call");
        f.explanation =
            MessageLinter::tr("Recipients don't want to be pushed onto the phone by someone they "
                              "don't know yet. Earn the conversation with something useful; a call "
                              "suits people you already know.");
    } else if (code == u"number-one"_s) {
        f.title = MessageLinter::tr("Claims to be #1");
        f.explanation =
            MessageLinter::tr("Being \"#1\" or \"the leading provider\" is about you, and readers "
                              "discount it. Show what you can do for them instead. If you are "
                              "quoting someone, ignore this.");
    } else if (code == u"self-congratulation"_s) {
        f.title = MessageLinter::tr("Self-congratulation");
        f.explanation = MessageLinter::tr(
            "Announcing your awards and achievements, however modestly put, reads "
            "as being about you. Lead with something that helps the reader; your "
            "profile can show the rest.");
    } else if (code == u"missing-not-interested"_s) {
        f.title = MessageLinter::tr("No invitation to say no");
        f.explanation = MessageLinter::tr(
            "Any answer to an InMail, even \"not interested\", returns your credit, "
            "and asking for a no raised one writer's response rate by 30 %. Add a "
            "line such as: If this isn't relevant, just reply 'Not interested'.");
    } else if (code == u"too-long"_s) {
        f.title = MessageLinter::tr("Over LinkedIn's limit");
    } else if (code == u"no-personal-detail"_s) {
        f.title = MessageLinter::tr("Nothing personal");
        f.explanation =
            MessageLinter::tr("Nothing here is specific to this person, so it reads like a mass "
                              "message. Use their name and mention their work or the post they "
                              "engaged with.");
    }
    return f;
}

class Collector
{
public:
    void add(const QString &code, const Folded &folded, qsizetype start, qsizetype end,
             bool inSubject)
    {
        const auto [from, length] = folded.span(start, end);
        for (const LintFlag &f : std::as_const(m_flags)) {
            if (f.code == code && f.inSubject == inSubject && f.start < from + length &&
                from < f.start + f.length)
                return;
        }
        LintFlag f = flag(code);
        f.start = from;
        f.length = length;
        f.inSubject = inSubject;
        m_flags.append(f);
    }

    void addAll(const QString &code, const QRegularExpression &re, const Folded &folded,
                bool inSubject)
    {
        auto it = re.globalMatch(folded.text());
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength() > 0)
                add(code, folded, m.capturedStart(), m.capturedEnd(), inSubject);
        }
    }

    void append(const LintFlag &f) { m_flags.append(f); }

    QList<LintFlag> sorted()
    {
        std::stable_sort(m_flags.begin(), m_flags.end(), [](const LintFlag &a, const LintFlag &b) {
            const auto key = [](const LintFlag &f) {
                return std::pair(f.start < 0 ? 2 : (f.inSubject ? 0 : 1),
                                 f.start < 0 ? INT_MAX : f.start);
            };
            return key(a) < key(b);
        });
        return m_flags;
    }

private:
    QList<LintFlag> m_flags;
};

// Whether the body names any of the recipient's details; nullopt when none of
// them is long enough to look for.
std::optional<bool> mentionsRecipient(const QString &foldedBody,
                                      const QHash<QString, QString> &recipient)
{
    bool looked = false;
    for (auto it = recipient.cbegin(); it != recipient.cend(); ++it) {
        if (it.key() == u"my_name"_s)
            continue;
        const QString value = Folded(it.value().simplified()).text();
        if (value.size() < 2)
            continue;
        looked = true;
        const QRegularExpression re(uR"((?<!\w))"_s + QRegularExpression::escape(value) +
                                        uR"((?!\w))"_s,
                                    QRegularExpression::UseUnicodePropertiesOption);
        if (re.match(foldedBody).hasMatch())
            return true;
    }
    return looked ? std::optional<bool>(false) : std::nullopt;
}

bool usesPersonalPlaceholder(const QString &body)
{
    const QStringList missing = TemplateRenderer::render(body, {}).missing;
    return std::any_of(missing.cbegin(), missing.cend(),
                       [](const QString &name) { return name != u"my_name"_s; });
}

} // namespace

QStringList MessageLinter::codes()
{
    return {u"product-news"_s, u"sales-meeting"_s,       u"phone"_s,
            u"number-one"_s,   u"self-congratulation"_s, u"missing-not-interested"_s,
            u"too-long"_s,     u"no-personal-detail"_s};
}

QList<LintFlag> MessageLinter::lint(const QString &channel, const QString &subject,
                                    const QString &body, const QHash<QString, QString> &recipient,
                                    int invitationNoteLimit)
{
    if (channel == u"call"_s || (subject.trimmed().isEmpty() && body.trimmed().isEmpty()))
        return {};

    const Folded foldedSubject(subject);
    const Folded foldedBody(body);
    Collector flags;

    const bool stranger = channel == u"inmail"_s || channel == u"invitation"_s;
    bool selling = false;
    for (const bool inSubject : {true, false}) {
        const Folded &folded = inSubject ? foldedSubject : foldedBody;
        const QString &f = folded.text();
        selling = selling || productNews().match(f).hasMatch() ||
                  salesMeeting().match(f).hasMatch() || sellingWords().match(f).hasMatch();
        flags.addAll(u"product-news"_s, productNews(), folded, inSubject);
        flags.addAll(u"sales-meeting"_s, salesMeeting(), folded, inSubject);
        flags.addAll(u"phone"_s, phonePush(), folded, inSubject);
        flags.addAll(u"number-one"_s, numberOne(), folded, inSubject);
        flags.addAll(u"self-congratulation"_s, selfCongratulation(), folded, inSubject);
    }
    if (stranger || selling) {
        flags.addAll(u"phone"_s, callRequest(), foldedSubject, true);
        flags.addAll(u"phone"_s, callRequest(), foldedBody, false);
    }

    for (const bool inSubject : {true, false}) {
        const QString &text = inSubject ? subject : body;
        const auto part = inSubject ? CharacterLimits::Part::Subject : CharacterLimits::Part::Body;
        const int max = CharacterLimits::limit(channel, part, invitationNoteLimit);
        const int overflow = CharacterLimits::overflowStart(text, max);
        if (overflow < 0)
            continue;
        LintFlag f = flag(u"too-long"_s);
        f.explanation =
            tr("LinkedIn accepts at most %1 characters here and this has %2. Shorten it before "
               "you paste it: one useful thing, said briefly, is read.")
                .arg(max)
                .arg(CharacterLimits::count(text));
        f.start = overflow;
        f.length = int(text.size()) - overflow;
        f.inSubject = inSubject;
        flags.append(f);
    }

    if (channel == u"inmail"_s && !asksForNegativeAnswer(body))
        flags.append(flag(u"missing-not-interested"_s));

    const QRegularExpressionMatch greeting = genericGreeting().match(foldedBody.text());
    if (greeting.hasMatch()) {
        flags.add(u"no-personal-detail"_s, foldedBody, greeting.capturedStart(1),
                  greeting.capturedEnd(1), false);
    } else if (!usesPersonalPlaceholder(body)) {
        const std::optional<bool> mentioned = mentionsRecipient(foldedBody.text(), recipient);
        if (mentioned.has_value() && !*mentioned)
            flags.append(flag(u"no-personal-detail"_s));
    }
    return flags.sorted();
}

bool MessageLinter::asksForNegativeAnswer(const QString &body)
{
    return negativeAnswer().match(Folded(body).text()).hasMatch();
}

} // namespace rapport
