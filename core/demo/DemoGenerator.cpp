#include "demo/DemoGenerator.h"

#include "db/Database.h"
#include "db/Transaction.h"
#include "demo/DemoOutreach.h"
#include "domain/ProfileUrl.h"
#include "domain/TextFold.h"
#include "store/BackupStore.h"
#include "store/ContactStore.h"
#include "store/ContentStore.h"
#include "store/DemoRows.h"
#include "store/EngagementStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QTimeZone>
#include <algorithm>

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

template <typename T, int N> const T &pick(QRandomGenerator &r, const T (&array)[N])
{
    return array[r.bounded(N)];
}

QString slugPart(const QString &text)
{
    static const QRegularExpression nonWord(u"[^a-z0-9]+"_s);
    return TextFold::fold(text).replace(nonWord, u"-"_s);
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
        const QString backups =
            QDir::toNativeSeparators(BackupStore::folderFor(store.database().path()));
        if (cleaned) {
            *error = why;
        } else if (pieces.isEmpty()) {
            *error =
                DemoGenerator::tr("%1 Removing the %2 demo contacts already added failed too (%3); "
                                  "delete them by hand or restore a backup (in %4).")
                    .arg(why)
                    .arg(contacts.size())
                    .arg(cleanupError, backups);
        } else {
            *error = DemoGenerator::tr(
                         "%1 Removing the %2 demo contacts and %3 posts and articles already "
                         "added failed too (%4); delete them by hand or restore a backup (in %5).")
                         .arg(why)
                         .arg(contacts.size())
                         .arg(pieces.size())
                         .arg(cleanupError, backups);
        }
    }
    return false;
}

} // namespace

DemoGenerator::DemoGenerator(quint32 seed)
    : m_random(seed)
    , m_today(QDate::currentDate())
    , m_now(QDateTime::currentDateTimeUtc())
    , m_content(m_today, m_now)
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
    return m_content.nextPiece(m_random, serial);
}

QList<ContentMetrics> DemoGenerator::metricsFor(const ContentPiece &piece, double scale)
{
    return m_content.metricsFor(m_random, piece, scale);
}

QList<Engagement> DemoGenerator::nextEngagements(qint64 contactId,
                                                 const QList<ContentPiece> &pieces,
                                                 const DemoEngagementShape &shape)
{
    return m_content.nextEngagements(m_random, contactId, pieces, shape);
}

bool DemoGenerator::insertEvents(Database &db, QList<Engagement> &events, QString *error)
{
    return DemoContent::insertEvents(db, events, error);
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
    // Above every content id ever used, so a second run with the same seed
    // makes new addresses.
    qint64 serial = DemoRows(db).nextContentSerial();
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
        if (!tx.started(&why))
            return fail();
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
    if (!DemoContent::matchLoggedEngagement(db, pieces, &why))
        return fail();
    // Outreach last: its stories follow the people's engagement. Its own
    // generator, seeded from this one, leaves the data before it unchanged.
    DemoOutreach outreach(m_random.generate(), m_today, m_now);
    if (!outreach.add(db, contactIds, &counts.outreach, &why))
        return fail();
    if (!report(Step::Tiers, 100, 100))
        return fail();
    if (added)
        *added = counts;
    return true;
}

} // namespace rapport
