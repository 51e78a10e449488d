#include "demo/DemoGenerator.h"

#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/DateText.h"
#include "domain/ProfileUrl.h"
#include "domain/TextFold.h"
#include "store/ContactStore.h"
#include "store/ContentStore.h"
#include "store/EngagementStore.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

struct Culture
{
    const char *const *first;
    int firstCount;
    const char *const *last;
    int lastCount;
    const char *const *cities;
    int cityCount;
};

#define RAPPORT_COUNT(a) int(sizeof(a) / sizeof((a)[0]))

const char *const englishFirst[] = {"Emma",  "Oliver",  "Charlotte", "James",  "Amelia", "Henry",
                                    "Grace", "Samuel",  "Lucy",      "Thomas", "Hannah", "Daniel",
                                    "Chloe", "Michael", "Zoe",       "Rachel"};
const char *const englishLast[] = {
    "Smith",    "Johnson",  "Walker", "Wright",   "Thompson", "Hughes", "Bennett", "Carter",
    "Mitchell", "O'Connor", "Reid",   "Fletcher", "Sullivan", "Brooks", "Hayes",   "Turner"};
const char *const englishCities[] = {"London, United Kingdom",
                                     "Manchester, United Kingdom",
                                     "New York, United States",
                                     "Chicago, United States",
                                     "Austin, Texas, United States",
                                     "Toronto, Canada",
                                     "Sydney, Australia",
                                     "Dublin, Ireland",
                                     "San Francisco Bay Area",
                                     "Boston, Massachusetts"};

const char *const spanishFirst[] = {"José",      "María",     "Lucía",  "Javier",   "Sofía",
                                    "Alejandro", "Valentina", "Andrés", "Camila",   "Diego",
                                    "Inés",      "Mateo",     "Paula",  "Sebastián"};
const char *const spanishLast[] = {"García",   "Fernández", "López",  "Martínez", "Sánchez",
                                   "Pérez",    "Gómez",     "Núñez",  "Ortiz",    "Herrera",
                                   "Castillo", "Ramírez",   "Vargas", "Muñoz"};
const char *const spanishCities[] = {
    "Madrid, Spain",           "Barcelona, Spain", "Mexico City, Mexico", "Bogotá, Colombia",
    "Buenos Aires, Argentina", "Santiago, Chile",  "Lima, Peru",          "Valencia, Spain"};

const char *const germanFirst[] = {"Lukas",    "Anna", "Jürgen",     "Katharina",
                                   "Felix",    "Lena", "Maximilian", "Sophie",
                                   "Matthias", "Jana", "Tobias",     "Miriam"};
const char *const germanLast[] = {"Müller", "Schmidt", "Schneider", "Fischer",
                                  "Weber",  "Becker",  "Hoffmann",  "Schäfer",
                                  "Koch",   "Bauer",   "Wagner",    "Zimmermann"};
const char *const germanCities[] = {
    "Berlin, Germany",     "Munich, Bavaria, Germany", "Hamburg, Germany",  "Vienna, Austria",
    "Zurich, Switzerland", "Cologne, Germany",         "Frankfurt, Germany"};

const char *const frenchFirst[] = {"Chloé", "Louis",  "Camille", "Hugo",    "Léa",    "Antoine",
                                   "Manon", "Julien", "Élodie",  "Mathieu", "Amélie", "Noël"};
const char *const frenchLast[] = {"Martin",   "Bernard", "Dubois",   "Lefèvre",
                                  "Moreau",   "Laurent", "Girard",   "Rousseau",
                                  "Fontaine", "Mercier", "Lemaître", "Dupont"};
const char *const frenchCities[] = {"Paris, Île-de-France, France",
                                    "Lyon, France",
                                    "Montréal, Quebec, Canada",
                                    "Brussels, Belgium",
                                    "Marseille, France",
                                    "Geneva, Switzerland"};

const char *const indianFirst[] = {"Priya",  "Arjun",   "Ananya", "Rahul", "Kavya",
                                   "Vikram", "Divya",   "Rohan",  "Aditi", "Sanjay",
                                   "Meera",  "Karthik", "Neha",   "Aarav"};
const char *const indianLast[] = {"Sharma",   "Patel", "Iyer",  "Reddy",      "Gupta",
                                  "Nair",     "Menon", "Singh", "Chatterjee", "Desai",
                                  "Kulkarni", "Rao",   "Joshi", "Bose"};
const char *const indianCities[] = {"Bengaluru, Karnataka, India", "Mumbai, Maharashtra, India",
                                    "Pune, Maharashtra, India",    "Hyderabad, Telangana, India",
                                    "Chennai, Tamil Nadu, India",  "New Delhi, India"};

const char *const chineseFirst[] = {"Wei", "Fang", "Jing", "Hao", "Xiaoling", "Jun",
                                    "Mei", "Lei",  "Yan",  "Tao", "Hui",      "Zhen"};
const char *const chineseLast[] = {"Wang",  "Li",   "Zhang", "Liu",  "Chen", "Yang",
                                   "Huang", "Zhao", "Wu",    "Zhou", "Xu",   "Sun"};
const char *const chineseCities[] = {"Shanghai, China", "Beijing, China", "Shenzhen, China",
                                     "Singapore",       "Hong Kong SAR",  "Taipei, Taiwan"};

const char *const japaneseFirst[] = {"Haruto", "Yui",   "Sota", "Aoi",   "Ren",
                                     "Sakura", "Kenji", "Yuki", "Daiki", "Hina"};
const char *const japaneseLast[] = {"Sato", "Suzuki",   "Takahashi", "Tanaka",    "Watanabe",
                                    "Ito",  "Yamamoto", "Nakamura",  "Kobayashi", "Kato"};
const char *const japaneseCities[] = {"Tokyo, Japan", "Osaka, Japan", "Yokohama, Japan",
                                      "Fukuoka, Japan"};

const char *const arabicFirst[] = {"Omar",   "Layla", "Youssef", "Fatima", "Karim",  "Noor",
                                   "Hassan", "Amira", "Tariq",   "Salma",  "Khalid", "Rania"};
const char *const arabicLast[] = {"Haddad", "Al-Mansouri", "Khoury", "Nasser", "Saleh",
                                  "Farouk", "El-Amin",     "Aziz",   "Hamdan", "Qasim"};
const char *const arabicCities[] = {"Dubai, United Arab Emirates",
                                    "Cairo, Egypt",
                                    "Riyadh, Saudi Arabia",
                                    "Amman, Jordan",
                                    "Doha, Qatar",
                                    "Casablanca, Morocco"};

const char *const africanFirst[] = {"Chinedu",   "Amara",   "Kwame", "Ngozi",    "Tendai", "Zanele",
                                    "Oluwaseun", "Wanjiru", "Kofi",  "Thandiwe", "Emeka",  "Abena"};
const char *const africanLast[] = {"Okafor",  "Mensah",  "Adeyemi", "Nkosi",   "Mwangi", "Osei",
                                   "Balogun", "Dlamini", "Achieng", "Boateng", "Eze",    "Moyo"};
const char *const africanCities[] = {
    "Lagos, Nigeria", "Nairobi, Kenya",          "Johannesburg, South Africa",
    "Accra, Ghana",   "Cape Town, South Africa", "Kigali, Rwanda"};

const char *const nordicFirst[] = {"Lars",  "Ingrid", "Søren",  "Astrid", "Mikael", "Freja",
                                   "Björn", "Sigrid", "Henrik", "Maja",   "Jonas",  "Elin"};
const char *const nordicLast[] = {"Andersen", "Johansson", "Nielsen", "Lindqvist",
                                  "Hansen",   "Eriksson",  "Berg",    "Nyström",
                                  "Larsen",   "Åberg",     "Dahl",    "Virtanen"};
const char *const nordicCities[] = {"Stockholm, Sweden", "Copenhagen, Denmark", "Oslo, Norway",
                                    "Helsinki, Finland", "Gothenburg, Sweden",  "Aarhus, Denmark"};

const char *const slavicFirst[] = {"Aleksandra", "Piotr",  "Katarzyna", "Tomasz",
                                   "Ivana",      "Marek",  "Zuzana",    "Dmytro",
                                   "Olena",      "Nikola", "Milena",    "Pavel"};
const char *const slavicLast[] = {"Kowalski",  "Nowak",      "Wiśniewska", "Novák",
                                  "Horvat",    "Kovalenko",  "Petrović",   "Dvořák",
                                  "Zieliński", "Shevchenko", "Jovanović",  "Kamińska"};
const char *const slavicCities[] = {"Warsaw, Poland", "Prague, Czechia",  "Kraków, Poland",
                                    "Kyiv, Ukraine",  "Belgrade, Serbia", "Zagreb, Croatia"};

const char *const brazilFirst[] = {"João",    "Ana",    "Gabriel", "Beatriz", "Rafael",
                                   "Larissa", "Thiago", "Mariana", "Bruno",   "Fernanda"};
const char *const brazilLast[] = {"Silva",  "Santos",  "Oliveira", "Souza",     "Conceição",
                                  "Araújo", "Ribeiro", "Carvalho", "Gonçalves", "Lima"};
const char *const brazilCities[] = {"São Paulo, Brazil", "Rio de Janeiro, Brazil",
                                    "Lisbon, Portugal", "Belo Horizonte, Brazil",
                                    "Porto, Portugal"};

#define RAPPORT_CULTURE(p)                                                                         \
    Culture                                                                                        \
    {                                                                                              \
        p##First, RAPPORT_COUNT(p##First), p##Last, RAPPORT_COUNT(p##Last), p##Cities,             \
            RAPPORT_COUNT(p##Cities)                                                               \
    }

const Culture cultures[] = {
    RAPPORT_CULTURE(english),  RAPPORT_CULTURE(english), RAPPORT_CULTURE(english),
    RAPPORT_CULTURE(spanish),  RAPPORT_CULTURE(german),  RAPPORT_CULTURE(french),
    RAPPORT_CULTURE(indian),   RAPPORT_CULTURE(indian),  RAPPORT_CULTURE(chinese),
    RAPPORT_CULTURE(japanese), RAPPORT_CULTURE(arabic),  RAPPORT_CULTURE(african),
    RAPPORT_CULTURE(nordic),   RAPPORT_CULTURE(slavic),  RAPPORT_CULTURE(brazil),
};

const char *const companyStems[] = {
    "Northwind",   "Bluepeak",  "Cedarline",  "Brightforge", "Lumen",      "Harbor",   "Quillstone",
    "Silverbirch", "Tidewater", "Ironbark",   "Meridian",    "Kestrel",    "Oakridge", "Polaris",
    "Saffron",     "Vantage",   "Wildflower", "Zephyr",      "Copperleaf", "Granite"};
const char *const companyKinds[] = {"Analytics",  "Labs",     "Partners", "Health",   "Logistics",
                                    "Consulting", "Software", "Capital",  "Studio",   "Energy",
                                    "Talent",     "Foods",    "Robotics", "Learning", "Media"};
const char *const companySuffixes[] = {"",     "",       "",      " Inc.", " GmbH",
                                       " Ltd", ", Inc.", " S.A.", " AB",   " Pvt Ltd"};

const char *const positions[] = {"Head of Talent Acquisition",
                                 "Senior Software Engineer",
                                 "Executive Coach",
                                 "VP of Sales",
                                 "Marketing Manager",
                                 "Founder & CEO",
                                 "Product Manager",
                                 "Technical Recruiter",
                                 "Account Executive",
                                 "Chief Financial Officer",
                                 "Leadership Coach | Author | Speaker",
                                 "Data Scientist",
                                 "Operations Director",
                                 "Customer Success Manager",
                                 "UX Designer",
                                 "Business Development Manager",
                                 "HR Business Partner",
                                 "Management Consultant",
                                 "Content Strategist",
                                 "Engineering Manager",
                                 "Partner",
                                 "Sales Development Representative",
                                 "Helping founders hire their first 10 engineers",
                                 "Career Coach for Women in Tech"};

const char *const industries[] = {"Software Development",
                                  "Staffing and Recruiting",
                                  "Professional Training and Coaching",
                                  "Business Consulting and Services",
                                  "Financial Services",
                                  "Hospital and Health Care",
                                  "Marketing Services",
                                  "Higher Education",
                                  "IT Services and IT Consulting",
                                  "Human Resources Services",
                                  "Manufacturing",
                                  "Retail",
                                  "Venture Capital and Private Equity",
                                  "Non-profit Organizations",
                                  "Renewable Energy",
                                  "Media Production"};

const char *const tags[] = {"client",    "prospect", "speaker", "alumni",
                            "recruiter", "partner",  "podcast", "mentor"};

const char *const notes[] = {"Met at the spring leadership summit.",
                             "Introduced by a former colleague.",
                             "Asked about coaching packages for their team.",
                             "Shares great posts about hiring.",
                             "Wants an intro to someone in fintech.",
                             "Hosts a podcast on careers.",
                             "Reconnect after their product launch.",
                             ("Commented thoughtfully on the article about "
                              "remote onboarding.")};

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

QString tr(const char *text)
{
    return QCoreApplication::translate("DemoGenerator", text);
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

// Removes what an unfinished run added, so the database ends as it began.
// Deleting the contacts deletes their events and summaries with them.
bool undo(ContactStore &store, const QList<qint64> &contacts, const QList<qint64> &pieces,
          const QString &why, QString *error)
{
    QString cleanupError;
    bool cleaned = contacts.isEmpty() || store.removeMany(contacts, &cleanupError);
    if (cleaned && !pieces.isEmpty()) {
        ContentStore content(store.database());
        for (qint64 id : pieces) {
            if (!content.remove(id, &cleanupError)) {
                cleaned = false;
                break;
            }
        }
    }
    if (error) {
        if (cleaned) {
            *error = why;
        } else if (pieces.isEmpty()) {
            *error = tr("%1 Removing the %2 demo contacts already added failed too (%3); "
                        "delete them by hand or restore a backup.")
                         .arg(why)
                         .arg(contacts.size())
                         .arg(cleanupError);
        } else {
            *error = tr("%1 Removing the %2 demo contacts and %3 posts and articles already "
                        "added failed too (%4); delete them by hand or restore a backup.")
                         .arg(why)
                         .arg(contacts.size())
                         .arg(pieces.size())
                         .arg(cleanupError);
        }
    }
    return false;
}

// The next serial for content addresses: above every content id ever used,
// so a second run with the same seed makes new addresses.
qint64 nextContentSerial(Database &db)
{
    QSqlQuery q(db.connection());
    qint64 serial = 0;
    if (q.exec(u"SELECT seq FROM sqlite_sequence WHERE name = 'content'"_s) && q.next())
        serial = q.value(0).toLongLong();
    if (q.exec(u"SELECT max(id) FROM content"_s) && q.next())
        serial = qMax(serial, q.value(0).toLongLong());
    return serial + 1;
}

} // namespace

DemoGenerator::DemoGenerator(quint32 seed)
    : m_random(seed)
    , m_today(QDate::currentDate())
    , m_now(QDateTime::currentDateTimeUtc())
{}

Contact DemoGenerator::nextContact(qint64 serial)
{
    QRandomGenerator &r = m_random;
    const Culture &culture = cultures[r.bounded(RAPPORT_COUNT(cultures))];
    Contact c;
    c.firstName = QString::fromUtf8(culture.first[r.bounded(culture.firstCount)]);
    c.lastName = QString::fromUtf8(culture.last[r.bounded(culture.lastCount)]);
    if (r.bounded(100) < 85) {
        const QString slug =
            slugPart(c.firstName + u' ' + c.lastName) + u'-' + QString::number(serial, 36);
        c.profileUrl = ProfileUrl::canonical(slug);
    }
    c.position = QString::fromUtf8(pick(r, positions));
    c.company = QString::fromUtf8(pick(r, companyStems)) + u' ' +
                QString::fromUtf8(pick(r, companyKinds)) +
                QString::fromUtf8(pick(r, companySuffixes));
    c.industry = QString::fromUtf8(pick(r, industries));
    c.location = QString::fromUtf8(culture.cities[r.bounded(culture.cityCount)]);
    if (r.bounded(100) < 12) {
        c.email = TextFold::fold(c.firstName).remove(u' ') + u'.' +
                  slugPart(c.lastName).remove(u'-') + u"@example.com"_s;
    }
    const int d = r.bounded(100);
    c.degree = d < 70 ? 1 : d < 90 ? 2 : 3;
    if (c.degree == 1)
        c.connectedOn = m_today.addDays(-qint64(r.bounded(15 * 365)));
    c.followsMe = r.bounded(100) < 10;
    if (r.bounded(100) < 8)
        c.notes = QString::fromUtf8(pick(r, notes));
    if (r.bounded(100) < 15)
        c.tags << QString::fromUtf8(pick(r, tags));
    if (r.bounded(100) < 3)
        c.tags << QString::fromUtf8(pick(r, tags));
    const QDateTime created(m_today.addDays(-qint64(r.bounded(400))),
                            QTime(r.bounded(24), r.bounded(60), r.bounded(60)), QTimeZone::utc());
    c.createdAt = created;
    return c;
}

bool DemoGenerator::addContacts(ContactStore &store, int count, QList<qint64> &added,
                                QString *error, const std::function<bool(int)> &progress)
{
    // Each batch commits on its own: one transaction over a million rows
    // makes SQLite's WAL lookups crawl. The caller removes what earlier
    // batches added after a failure or a cancel.
    constexpr int batchSize = 20000;
    // Serials above every id ever used keep profile slugs unique, even
    // after contacts were deleted or the same seed runs twice.
    const qint64 base = store.maxId() + 1;
    int done = 0;
    while (done < count) {
        const int n = qMin(batchSize, count - done);
        QList<Contact> batch;
        batch.reserve(n);
        for (int i = 0; i < n; ++i)
            batch << nextContact(base + done + i);
        if (!store.addBatch(batch, error))
            return false;
        for (const Contact &c : std::as_const(batch))
            added << c.id;
        done += n;
        if (progress && !progress(done)) {
            if (error)
                *error = tr("Cancelled; nothing was added.");
            return false;
        }
    }
    return true;
}

bool DemoGenerator::fill(ContactStore &store, int count, QString *error,
                         const std::function<bool(int)> &progress)
{
    QList<qint64> added;
    QString why;
    if (addContacts(store, count, added, &why, progress))
        return true;
    return undo(store, added, {}, why, error);
}

int DemoGenerator::pieceCountFor(int contacts)
{
    return qBound(6, (contacts + 125) / 250, 120);
}

ContentPiece DemoGenerator::nextPiece(qint64 serial)
{
    QRandomGenerator &r = m_random;
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

QList<ContentMetrics> DemoGenerator::metricsFor(const ContentPiece &piece, double scale)
{
    QRandomGenerator &r = m_random;
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
        m.shares = qMax(0, qMin(int(std::lround(shares * f)), m.comments - 1));
        list << m;
    }
    return list;
}

QList<Engagement> DemoGenerator::nextEngagements(qint64 contactId,
                                                 const QList<ContentPiece> &pieces,
                                                 const DemoEngagementShape &shape)
{
    QRandomGenerator &r = m_random;
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

bool DemoGenerator::insertEvents(Database &db, QList<Engagement> &events, QString *error)
{
    Transaction tx(db);
    if (!tx.isActive()) {
        if (error)
            *error = tr("The database is busy (%1). Try again in a moment.").arg(tx.errorText());
        return false;
    }
    QSqlQuery q(db.connection());
    if (!q.prepare(u"INSERT INTO engagement (contact_id, kind, happened_on, content_id, note, "
                   "created_at) VALUES (?, ?, ?, ?, ?, ?)"_s)) {
        if (error)
            *error = tr("Could not save the engagements: %1").arg(q.lastError().text());
        return false;
    }
    QString kindNames[EngagementKinds::Count];
    for (EngagementKind kind : EngagementKinds::all())
        kindNames[EngagementKinds::index(kind)] = EngagementKinds::name(kind);
    const QVariant noPiece{QMetaType(QMetaType::LongLong)};
    const QString noNote = u""_s;
    for (Engagement &e : events) {
        q.bindValue(0, e.contactId);
        q.bindValue(1, kindNames[EngagementKinds::index(e.kind)]);
        q.bindValue(2, DateText::isoDate(e.date));
        q.bindValue(3, e.contentId > 0 ? QVariant(e.contentId) : noPiece);
        q.bindValue(4, e.note.isNull() ? noNote : e.note);
        q.bindValue(5, DateText::isoUtc(e.createdAt.isValid() ? e.createdAt
                                                              : QDateTime::currentDateTimeUtc(),
                                        true));
        if (!q.exec()) {
            if (error)
                *error = tr("Could not save the engagement of contact #%1 on %2: %3")
                             .arg(e.contactId)
                             .arg(DateText::isoDate(e.date), q.lastError().text());
            return false;
        }
        e.id = q.lastInsertId().toLongLong();
    }
    return tx.commit(error);
}

bool DemoGenerator::fillWithEngagement(ContactStore &store, int count, DemoCounts *added,
                                       QString *error,
                                       const std::function<bool(Step, qint64, qint64)> &progress)
{
    Database &db = store.database();
    DemoCounts counts;
    QList<qint64> contactIds;
    QList<qint64> pieceIds;
    QString why;
    const QString cancelled = tr("Cancelled; nothing was added.");
    auto fail = [&]() {
        return undo(store, contactIds, pieceIds, why, error);
    };
    bool wasCancelled = false;
    auto report = [&](Step step, qint64 done, qint64 total) {
        if (!progress || progress(step, done, total))
            return true;
        wasCancelled = true;
        why = cancelled;
        return false;
    };

    if (!addContacts(store, count, contactIds, &why,
                     [&](int done) { return !progress || progress(Step::Contacts, done, count); }))
        return fail();
    counts.contacts = int(contactIds.size());

    // Posts and articles, oldest first so their ids follow their dates.
    const int pieceCount = pieceCountFor(count);
    qint64 serial = nextContentSerial(db);
    QList<ContentPiece> pieces;
    for (int i = 0; i < pieceCount; ++i)
        pieces << nextPiece(serial++);
    std::stable_sort(
        pieces.begin(), pieces.end(),
        [](const ContentPiece &a, const ContentPiece &b) { return a.publishedOn < b.publishedOn; });
    // Beyond 250 people a piece, the audience grows with the network.
    const double scale = double(count) / (250.0 * pieceCount);
    {
        ContentStore content(db);
        Transaction tx(db);
        if (!tx.isActive()) {
            why = tr("The database is busy (%1). Try again in a moment.").arg(tx.errorText());
            return fail();
        }
        for (ContentPiece &piece : pieces) {
            if (!content.add(piece, &why))
                return fail();
            QList<ContentMetrics> snapshots = metricsFor(piece, scale);
            for (ContentMetrics &m : snapshots) {
                if (!content.addMetrics(m, &why))
                    return fail();
            }
            counts.snapshots += int(snapshots.size());
        }
        if (!tx.commit(&why))
            return fail();
        for (const ContentPiece &piece : std::as_const(pieces))
            pieceIds << piece.id;
        counts.pieces = int(pieces.size());
        if (!report(Step::Content, counts.pieces, counts.pieces))
            return fail();
    }

    // Logging event by event keeps summaries current as it goes, at a cost
    // per event; inserting in bulk and rebuilding every summary once costs
    // in proportion to all events. Bulk wins once this run adds at least as
    // many events as the database already holds.
    EngagementStore engagements(db);
    const DemoEngagementShape shape;
    const double planned = count * shape.engagedPercent / 100.0 * shape.eventsPerEngaged;
    const bool bulk = planned >= engagements.totalCount();
    constexpr int contactsPerBatch = 20000;
    for (int start = 0; start < contactIds.size(); start += contactsPerBatch) {
        const int end = qMin(int(contactIds.size()), start + contactsPerBatch);
        QList<Engagement> batch;
        for (int i = start; i < end; ++i)
            batch += nextEngagements(contactIds.at(i), pieces, shape);
        if (!batch.isEmpty()) {
            const bool saved =
                bulk ? insertEvents(db, batch, &why) : engagements.logMany(batch, &why);
            if (!saved)
                return fail();
        }
        counts.events += batch.size();
        if (!report(Step::Engagements, end, contactIds.size()))
            return fail();
    }
    if (bulk) {
        const bool rebuilt = engagements.rebuildSummaries(
            &why, [&](int percent) { return report(Step::Tiers, percent, 100); });
        if (!rebuilt) {
            if (wasCancelled)
                why = cancelled;
            return fail();
        }
    }
    // LinkedIn's numbers count everyone, so they are never below what was
    // logged: raise a piece's latest snapshot where the logged engagement
    // outgrew it (and views with it, keeping the seed's ratios).
    ContentStore content(db);
    for (const ContentPiece &piece : std::as_const(pieces)) {
        const std::optional<ContentStats> stats = content.statsFor(piece.id);
        if (!stats || !stats->latest)
            continue;
        ContentMetrics m = *stats->latest;
        const int likes = stats->likes;
        const int others = stats->engagements - stats->likes;
        if (m.reactions >= likes && m.comments + m.shares >= others)
            continue;
        m.reactions = qMax(m.reactions, likes);
        if (m.comments + m.shares < others)
            m.comments = others - m.shares;
        m.reactions = qMax(m.reactions, m.comments + 1); // reactions lead, as on LinkedIn
        const double perEngagement = piece.kind == ContentKind::Article ? 6.0 : 110.0;
        m.views =
            qMax(m.views, int(std::lround((m.reactions + m.comments + m.shares) * perEngagement)));
        if (!content.addMetrics(m, &why))
            return fail();
    }
    if (!report(Step::Tiers, 100, 100))
        return fail();
    if (added)
        *added = counts;
    return true;
}

} // namespace rapport
