#include "demo/DemoContent.h"

#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/TextFold.h"
#include "store/ContentStore.h"
#include "store/DemoRows.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// Invented first lines of posts and titles of articles, in the subjects the
// people who use Rapport write about.
const char *const postTitles[] = {
    "I ignored every cold InMail for a year. Then one changed my career.",
    "Your network is not your net worth. It's your early-warning system.",
    "Three questions I ask before accepting any connection request",
    "We hired our last five engineers without a single job ad",
    "Stop asking for \"a quick call\". Ask for 15 minutes and a reason.",
    "What 200 informational interviews taught me about hiring",
    "The follow-up message nobody sends (and everybody answers)",
    "Referrals are not favours. They're data.",
    "I reviewed 1,000 connections last weekend. Here's what I cut.",
    "A recruiter's honest guide to the \"Open to work\" banner",
    "Why I reply to every comment on my posts, even the grumpy ones",
    "Hiring managers: your job post is a sales page. Write it like one.",
    "The best career advice I got came from a second-degree connection",
    "Five signs it's time to rebuild your network, not your CV",
    "Warm introductions beat cold outreach. Here's the message I use.",
    "Nobody reads your headline. Everybody reads your first line.",
    "I asked 50 founders how they found their first hire",
    "Career change at 45: the messages that opened doors",
    "Please stop pitching me in the first message",
    "How I turned 300 followers into 40 real conversations",
    "The interview question I stopped asking, and what replaced it",
    "Layoffs are brutal. Here's how to help someone in your network this week.",
    "Negotiating salary? Ask the question they expect you not to ask.",
    "What my mentees taught me this year",
    "A \"not interested\" reply is a gift. Treat it like one.",
    "Why your connection requests get ignored",
    "Remote hiring: what changed, and what never will",
    "My weekly networking routine in 30 minutes",
    "Ten years of recruiting in one post",
    "Don't network when you need a job. Network so you never have to.",
    "The hidden job market is just people talking. Join the conversation.",
    "A thank-you note got me my last two clients",
    "Stop collecting contacts. Start keeping promises.",
    "What I look for in a CV in the first seven seconds",
    "How to ask for a referral without making it awkward",
    "Introverts make great networkers. Here's why.",
    "Your first 90 days in a new job start before you sign",
    "Hiring for potential: the bet that paid off every time",
    "The one-line message that restarted a dead conversation",
    "Burnout, boundaries and saying no to good opportunities",
    "Why I publish every Tuesday at 8 a.m.",
    "What my coaching clients always ask about LinkedIn",
    "Three ways to give value before you ask for anything",
    "The promotion conversation: what to bring, what to leave out",
    "Job hunting is a numbers game until it isn't",
    "Who in your network haven't you spoken to in a year?",
    "Recruiters are people too. Here's how to make our day.",
    "The candidate who sent a one-page plan got the job"};

const char *const articleTitles[] = {
    "The Engagement Hierarchy: Why One Comment Beats a Hundred Likes",
    "How to Build a Network Before You Need One",
    "A Practical Guide to Informational Interviews",
    "Writing LinkedIn Messages People Actually Answer",
    "From Follower to Connection: A Step-by-Step Playbook",
    "Hiring Your First Ten Employees: Lessons From Fifty Founders",
    "What Recruiters Wish Candidates Knew About Referrals",
    "The Quiet Power of Second-Degree Connections",
    "Career Pivots That Worked: Twelve Stories and What They Share",
    "InMail That Gets Replies: What Changed My Response Rate",
    "Reviewing Your Network: Quantity, Quality, Relevance, Engagement",
    "Posts or Articles? What Two Years of Numbers Told Me",
    "Structured Interviews Without the Bureaucracy",
    "Reconnecting Without the Awkwardness",
    "Building a Personal Brand Without Becoming a Brand",
    "The Case for Offering Value First",
    "How Hiring Managers Read Your Profile",
    "Negotiation Scripts for Your Next Offer",
    "Why Most Networking Events Fail, and How to Fix Yours",
    "Onboarding Remote Hires: A Checklist That Works",
    "Mentoring Across Industries: Notes From Five Years",
    "What a Good Recruiter Actually Does All Day",
    "The Follow-Up Framework: When, How and How Often",
    "Leaving a Job Well: Keeping Bridges Intact"};

// What people wrote when they commented or shared with a comment.
const char *const commentNotes[] = {"Great point about warm introductions.",
                                    "Saving this for my team.",
                                    "We tried this last quarter and it worked.",
                                    "Disagreed politely: context matters a lot here.",
                                    "Matches what I see in hiring every week.",
                                    "Asked for more on the second point.",
                                    "Shared it with a friend who is job hunting.",
                                    "Asked for the follow-up template.",
                                    "Said it was exactly what they needed today.",
                                    "Added their own story about a career change."};

// How often each kind turns up among events, per hundred (likes most
// common, then profile views, comments, shares with comment, shares; some
// follows and a few unfollows).
struct KindWeight
{
    EngagementKind kind;
    int weight;
};
const KindWeight kindWeights[] = {
    {EngagementKind::Like, 46},    {EngagementKind::ProfileView, 20},
    {EngagementKind::Comment, 12}, {EngagementKind::ShareWithComment, 7},
    {EngagementKind::Share, 5},    {EngagementKind::Follow, 8},
    {EngagementKind::Unfollow, 2}};

// Events go back about 18 months; content a year.
constexpr int historyDays = 548;
constexpr int contentDays = 365;

template <typename T, int N> const T &pick(QRandomGenerator &r, const T (&array)[N])
{
    return array[r.bounded(N)];
}

QString slugPart(const QString &text)
{
    static const QRegularExpression nonWord(u"[^a-z0-9]+"_s);
    return TextFold::fold(text).replace(nonWord, u"-"_s);
}

// Exponentially distributed whole days with the given mean.
int exponentialDays(QRandomGenerator &r, double mean)
{
    return int(-mean * std::log(1.0 - r.generateDouble()));
}

// A standard normal number (Box-Muller).
double normal(QRandomGenerator &r)
{
    const double u = 1.0 - r.generateDouble();
    return std::sqrt(-2.0 * std::log(u)) *
           std::cos(2.0 * 3.14159265358979323846 * r.generateDouble());
}

double uniform(QRandomGenerator &r, double low, double high)
{
    return low + (high - low) * r.generateDouble();
}

// The share of a piece's final numbers reached at `age` days: posts get most
// of theirs in the first days, articles keep being read for months.
double grown(ContentKind kind, int age)
{
    const double a = age + 1;
    if (kind == ContentKind::Post)
        return 1.0 - std::exp(-a / 2.5);
    return 0.35 * (1.0 - std::exp(-a / 2.0)) + 0.65 * (1.0 - std::exp(-a / 60.0));
}

bool onPiece(EngagementKind kind)
{
    return kind == EngagementKind::Like || kind == EngagementKind::Comment ||
           kind == EngagementKind::ShareWithComment || kind == EngagementKind::Share;
}

EngagementKind pickKind(QRandomGenerator &r)
{
    int x = r.bounded(100);
    for (const KindWeight &w : kindWeights) {
        if (x < w.weight)
            return w.kind;
        x -= w.weight;
    }
    return EngagementKind::Like;
}

// The piece someone engaging around `date` reacted to: the latest one
// published by then, or one of the first few for dates before any.
const ContentPiece &pieceAround(QRandomGenerator &r, const QList<ContentPiece> &pieces,
                                const QDate &date)
{
    const auto after =
        std::upper_bound(pieces.cbegin(), pieces.cend(), date,
                         [](const QDate &d, const ContentPiece &p) { return d < p.publishedOn; });
    if (after == pieces.cbegin())
        return pieces.at(r.bounded(qMin(3, int(pieces.size()))));
    return *(after - 1);
}

// A title from `titles`, in a shuffled order that uses each once before any
// comes back (as "part 2", "part 3"...).
template <int N>
QString drawTitle(QRandomGenerator &r, const char *const (&titles)[N], QList<int> &order, int made)
{
    if (order.isEmpty()) {
        for (int i = 0; i < N; ++i)
            order << i;
        for (int i = N - 1; i > 0; --i)
            order.swapItemsAt(i, r.bounded(i + 1));
    }
    QString title = QString::fromUtf8(titles[order.at(made % N)]);
    if (made >= N)
        title += u" (part %1)"_s.arg(made / N + 1);
    return title;
}

QString base36(qint64 n)
{
    return QString::number(n, 36);
}

} // namespace

DemoContent::DemoContent(const QDate &today, const QDateTime &now)
    : m_today(today)
    , m_now(now)
{}

ContentPiece DemoContent::nextPiece(QRandomGenerator &r, qint64 serial)
{
    ContentPiece p;
    // Every fourth piece is an article, so even the smallest demo has some.
    const bool article = (m_postsMade + m_articlesMade) % 4 == 1;
    p.kind = article ? ContentKind::Article : ContentKind::Post;
    p.title = article ? drawTitle(r, articleTitles, m_articleOrder, m_articlesMade++)
                      : drawTitle(r, postTitles, m_postOrder, m_postsMade++);
    p.publishedOn = m_today.addDays(-qint64(r.bounded(contentDays)));
    if (article) {
        QString slug = slugPart(p.title).left(60);
        while (slug.endsWith(u'-'))
            slug.chop(1);
        p.url = u"https://www.linkedin.com/pulse/%1-%2%3/"_s.arg(
            slug, base36(serial), base36(36 * 36 + r.bounded(36 * 36 * 35)));
    } else {
        // Activity numbers like LinkedIn's 19 digits, a block per serial.
        const qint64 block = 1000000000000LL;
        const qint64 activity = 7100000000000000000LL + serial % 2000000 * block +
                                qint64(r.bounded(1000000)) * 1000000 + r.bounded(1000000);
        p.url = u"https://www.linkedin.com/feed/update/urn:li:activity:%1/"_s.arg(activity);
    }
    return p;
}

QList<ContentMetrics> DemoContent::metricsFor(QRandomGenerator &r, const ContentPiece &piece,
                                              double scale) const
{
    const bool article = piece.kind == ContentKind::Article;
    // Final numbers (DOMAIN.md, seed 004): posts ~8,000 views with under 1 in
    // 100 engaging, articles ~800 views with about 1 in 6; reactions far
    // ahead of comments, comments ahead of shares.
    const double views =
        (article ? 800.0 : 8000.0) * qMax(1.0, scale) * std::exp((article ? 0.5 : 0.6) * normal(r));
    const double engagers =
        views * (article ? uniform(r, 0.75, 1.25) / 6.0 : uniform(r, 0.004, 0.0095));
    const double reactions = engagers * (article ? uniform(r, 0.64, 0.72) : uniform(r, 0.80, 0.87));
    const double comments = engagers * (article ? uniform(r, 0.18, 0.24) : uniform(r, 0.09, 0.13));
    const double shares = engagers - reactions - comments;

    // Snapshots when a person would look: a day or two after publishing,
    // after a week, a month, and now and then later.
    static const int ages[] = {1, 2, 3, 7, 14, 30, 60, 90, 180, 365};
    const int age = int(piece.publishedOn.daysTo(m_today));
    QList<int> candidates;
    for (int a : ages) {
        if (a <= age)
            candidates << a;
    }
    if (candidates.isEmpty())
        candidates << age;
    QList<int> chosen;
    const int wanted = qMin(1 + int(r.bounded(4)), int(candidates.size()));
    while (chosen.size() < wanted)
        chosen << candidates.takeAt(r.bounded(int(candidates.size())));
    std::sort(chosen.begin(), chosen.end());

    QList<ContentMetrics> list;
    for (int a : std::as_const(chosen)) {
        const double f = grown(piece.kind, a);
        ContentMetrics m;
        m.contentId = piece.id;
        m.takenOn = piece.publishedOn.addDays(a);
        m.views = int(std::lround(views * f));
        m.reactions = int(std::lround(reactions * f));
        m.comments = int(std::lround(comments * f));
        m.shares = qMax(0, qMin(int(std::lround(shares * f)), *m.comments - 1));
        list << m;
    }
    return list;
}

QList<Engagement> DemoContent::nextEngagements(QRandomGenerator &r, qint64 contactId,
                                               const QList<ContentPiece> &pieces,
                                               const DemoEngagementShape &shape) const
{
    QList<Engagement> events;
    if (int(r.bounded(100)) >= shape.engagedPercent)
        return events;
    // How many: 1 + a geometric number, averaging eventsPerEngaged.
    const double mean = qMax(1.0, shape.eventsPerEngaged);
    int count = 1;
    if (mean > 1.0) {
        const double more = 1.0 - 1.0 / mean;
        count += int(std::log(1.0 - r.generateDouble()) / std::log(more));
        count = qMin(count, int(mean * 20));
    }
    // People engage in stretches; recent stretches are likelier, so some
    // tiers are active and many have lapsed.
    const double u = r.generateDouble();
    const int stretch = int(historyDays * u * u);

    auto makeEvent = [&](EngagementKind kind, int daysAgo) {
        Engagement e;
        e.contactId = contactId;
        e.kind = kind;
        e.date = m_today.addDays(-qint64(qBound(0, daysAgo, historyDays)));
        if (onPiece(kind)) {
            if (pieces.isEmpty()) {
                e.kind = EngagementKind::ProfileView;
            } else {
                const ContentPiece &piece = pieceAround(r, pieces, e.date);
                const int delay =
                    exponentialDays(r, piece.kind == ContentKind::Article ? 6.0 : 1.5);
                e.date = qMin(m_today, piece.publishedOn.addDays(qMin(delay, 60)));
                e.contentId = piece.id;
            }
        }
        if ((e.kind == EngagementKind::Comment || e.kind == EngagementKind::ShareWithComment) &&
            r.bounded(100) < 35)
            e.note = QString::fromUtf8(pick(r, commentNotes));
        const QDateTime logged(e.date, QTime(7 + r.bounded(15), r.bounded(60), r.bounded(60)),
                               QTimeZone::utc());
        e.createdAt = qMin(logged, m_now);
        return e;
    };
    QSet<qint64> once;
    for (int i = 0; i < count; ++i) {
        const EngagementKind kind = pickKind(r);
        int daysAgo = stretch + exponentialDays(r, 45.0);
        if (kind == EngagementKind::Unfollow) {
            // One only unfollows after following.
            daysAgo = qMin(daysAgo, historyDays - 1);
            events << makeEvent(EngagementKind::Follow,
                                qMin(historyDays, daysAgo + 14 + int(r.bounded(300))));
        }
        Engagement e = makeEvent(kind, daysAgo);
        // One can comment on a piece many times, but like or share it once.
        if (e.contentId > 0 && e.kind != EngagementKind::Comment) {
            const qint64 key =
                e.contentId * EngagementKinds::Count + EngagementKinds::index(e.kind);
            if (once.contains(key))
                continue;
            once.insert(key);
        }
        events << e;
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const Engagement &a, const Engagement &b) { return a.date < b.date; });
    // Follows and unfollows alternate; a repeat is logged as a profile view.
    bool following = false;
    for (Engagement &e : events) {
        if (e.kind != EngagementKind::Follow && e.kind != EngagementKind::Unfollow)
            continue;
        const bool follow = e.kind == EngagementKind::Follow;
        if (follow == following)
            e.kind = EngagementKind::ProfileView;
        else
            following = follow;
    }
    return events;
}

bool DemoContent::insertEvents(Database &db, QList<Engagement> &events, QString *error)
{
    Transaction tx(db);
    if (!tx.started(error))
        return false;
    if (!DemoRows(db).addEngagement(events, error))
        return false;
    return tx.commit(error);
}

bool DemoContent::matchLoggedEngagement(Database &db, const QList<ContentPiece> &pieces,
                                        QString *error)
{
    ContentStore content(db);
    for (const ContentPiece &piece : pieces) {
        const std::optional<ContentStats> stats = content.statsFor(piece.id);
        if (!stats || !stats->latest)
            continue;
        ContentMetrics m = *stats->latest;
        const int likes = stats->loggedLikes;
        const int others = stats->loggedEngagements - stats->loggedLikes;
        int reactions = m.reactions.value_or(0);
        int comments = m.comments.value_or(0);
        const int shares = m.shares.value_or(0);
        if (reactions >= likes && comments + shares >= others)
            continue;
        reactions = qMax(reactions, likes);
        if (comments + shares < others)
            comments = others - shares;
        reactions = qMax(reactions, comments + 1); // reactions lead, as on LinkedIn
        const double perEngagement = piece.kind == ContentKind::Article ? 6.0 : 110.0;
        m.views = qMax(m.views.value_or(0),
                       int(std::lround((reactions + comments + shares) * perEngagement)));
        m.reactions = reactions;
        m.comments = comments;
        m.shares = shares;
        if (!content.addMetrics(m, error))
            return false;
    }
    return true;
}

} // namespace rapport
