// The network review on small hand-counted data: connections by industry
// (own, related, outside, blank — the most common standing in for an unset
// own industry), by location and company (top N, case folded), and the
// connections never interacted with or quiet for N months.

#include "db/Database.h"
#include "domain/Contact.h"
#include "domain/ContactQuery.h"
#include "domain/Engagement.h"
#include "domain/Outreach.h"
#include "insights/IndustryScope.h"
#include "insights/NetworkReview.h"
#include "store/ContactStore.h"
#include "store/EngagementStore.h"
#include "store/OutreachStore.h"
#include "store/SettingStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_NetworkReview : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_run = 0;
    const QDate m_today{2026, 6, 30};

    qint64 add(ContactStore &store, const QString &first, int degree, const QString &industry,
               const QString &location, const QString &company)
    {
        Contact c;
        c.firstName = first;
        c.lastName = u"Test"_s;
        c.degree = degree;
        c.industry = industry;
        c.location = location;
        c.company = company;
        QString error;
        if (!store.add(c, &error))
            qWarning("%s", qPrintable(error));
        return c.id;
    }

    // Ana..Gus are connections; Zed is not (never counted).
    void fill(Database &db)
    {
        ContactStore contacts(db);
        const qint64 ana =
            add(contacts, u"Ana"_s, 1, u"Software Development"_s, u"Lisbon"_s, u"Northwind"_s);
        add(contacts, u"Ben"_s, 1, u"software development"_s, u"Lisbon"_s, u"northwind"_s);
        const qint64 cy =
            add(contacts, u"Cy"_s, 1, u"Software Development"_s, u"Porto"_s, u"Contoso"_s);
        add(contacts, u"Dee"_s, 1, u"IT Services"_s, u"Porto"_s, u"Contoso"_s);
        const qint64 eve = add(contacts, u"Eve"_s, 1, u"Banking"_s, u"Berlin"_s, u"Fabrikam"_s);
        add(contacts, u"Fay"_s, 1, QString(), QString(), QString());
        add(contacts, u"Gus"_s, 1, u"Banking"_s, u"Lisbon"_s, u"Northwind"_s);
        const qint64 zed = add(contacts, u"Zed"_s, 2, u"Banking"_s, u"Lisbon"_s, u"Northwind"_s);

        // Ana engaged last week; Cy was messaged eight months ago; Eve
        // engaged a year ago; Zed (not connected) engaged yesterday.
        EngagementStore engagement(db);
        QString error;
        for (const auto &[id, day] :
             {std::pair{ana, m_today.addDays(-7)}, std::pair{eve, m_today.addYears(-1)},
              std::pair{zed, m_today.addDays(-1)}}) {
            Engagement e;
            e.contactId = id;
            e.kind = EngagementKind::Comment;
            e.date = day;
            QVERIFY2(engagement.log(e, &error), qPrintable(error));
        }
        Outreach o;
        o.contactId = cy;
        o.channel = u"message"_s;
        o.direction = u"out"_s;
        o.happenedAt = QDateTime(m_today.addMonths(-8), QTime(10, 0), QTimeZone::utc());
        QVERIFY2(OutreachStore(db).add(o, &error), qPrintable(error));
    }

private slots:
    void groupsAndSummary()
    {
        Database db;
        QString error;
        QVERIFY(db.open(m_dir.filePath(u"n%1.sqlite"_s.arg(++m_run)), &error));
        fill(db);
        NetworkReview review(db);

        const QList<NetworkGroup> industries =
            review.groups(NetworkReview::Field::Industry, 10, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(industries.size(), 4);
        QCOMPARE(industries.at(0).name.toLower(), u"software development"_s);
        QCOMPARE(industries.at(0).connections, 3);
        QCOMPARE(industries.at(1).name, u"Banking"_s);
        QCOMPARE(industries.at(1).connections, 2);

        const QList<NetworkGroup> companies = review.groups(NetworkReview::Field::Company, 2);
        QCOMPARE(companies.size(), 2);
        QCOMPARE(companies.at(0).name.toLower(), u"northwind"_s);
        QCOMPARE(companies.at(0).connections, 3);
        QCOMPARE(companies.at(1).name, u"Contoso"_s);
        QCOMPARE(companies.at(1).connections, 2);
        QCOMPARE(review.groups(NetworkReview::Field::Location, 1).first().name, u"Lisbon"_s);

        // No own industry set: the most common one stands in.
        NetworkReview::Summary s = review.summary(m_today, 6, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(s.connections, 7);
        QVERIFY(s.ownGuessed);
        QCOMPARE(s.own, 3);
        QCOMPARE(s.related, 0);
        QCOMPARE(s.outside, 3);
        QCOMPARE(s.unknown, 1);
        QCOMPARE(s.quietCutoff, QDate(2025, 12, 30));
        QCOMPARE(s.neverInteracted, 4); // Ben, Dee, Fay, Gus
        QCOMPARE(s.quietSince, 2);      // Cy (8 months), Eve (a year)
        // Twelve months: only Eve's year-old comment is quiet.
        QCOMPARE(review.summary(m_today, 12).quietSince, 0);
        QCOMPARE(review.summary(m_today, 11).quietSince, 1);

        // Set: Banking is mine, IT Services related.
        SettingStore settings(db);
        IndustryScope scope;
        scope.own = u" Banking "_s;
        scope.related = {u"IT Services"_s, u"banking"_s, u""_s, u"IT services"_s};
        QVERIFY2(scope.save(settings, &error), qPrintable(error));
        const IndustryScope loaded = IndustryScope::load(settings);
        QCOMPARE(loaded.own, u"Banking"_s);
        QCOMPARE(loaded.related, QStringList{u"IT Services"_s});
        s = review.summary(m_today, 6);
        QVERIFY(!s.ownGuessed);
        QCOMPARE(s.own, 2);
        QCOMPARE(s.related, 1);
        QCOMPARE(s.outside, 3);
        QCOMPARE(review.groups(NetworkReview::Field::Industry, 10).at(1).scope,
                 IndustryScope::Kind::Own);
    }

    void reviewListsAsContactFilters()
    {
        // Each review list opens as a Contacts view: the filter lists exactly
        // the connections the review counted, in any order, with paging.
        Database db;
        QString error;
        QVERIFY(db.open(m_dir.filePath(u"n%1.sqlite"_s.arg(++m_run)), &error));
        fill(db);
        ContactStore contacts(db);
        const auto names = [&](const ContactReviewFilter &filter, ContactSort sort) {
            ContactQuery query;
            query.review = filter;
            query.sort = sort;
            QStringList out;
            ContactCursor after;
            for (;;) {
                const QList<Contact> page = contacts.page(query, after, 2);
                for (const Contact &c : page)
                    out << c.firstName;
                if (page.size() < 2)
                    break;
                after = ContactStore::cursorFor(page.last(), sort);
            }
            const int counted = contacts.count(query);
            if (counted != out.size())
                qWarning("count %d, listed %lld", counted, qlonglong(out.size()));
            return out;
        };
        using F = ContactReviewFilter;
        F industry;
        industry.field = F::Field::Industry;
        industry.value = u"SOFTWARE development"_s;
        QCOMPARE(names(industry, ContactSort::Name), (QStringList{u"Ana"_s, u"Ben"_s, u"Cy"_s}));
        F company;
        company.field = F::Field::Company;
        company.value = u"Northwind"_s; // Zed is not a connection
        QCOMPARE(names(company, ContactSort::Name), (QStringList{u"Ana"_s, u"Ben"_s, u"Gus"_s}));
        F blank;
        blank.field = F::Field::Location;
        QCOMPARE(names(blank, ContactSort::Name), QStringList{u"Fay"_s});
        F never;
        never.interaction = F::Interaction::Never;
        QCOMPARE(names(never, ContactSort::Name),
                 (QStringList{u"Ben"_s, u"Dee"_s, u"Fay"_s, u"Gus"_s}));
        F quiet;
        quiet.interaction = F::Interaction::QuietBefore;
        quiet.before = NetworkReview::quietCutoff(m_today, 6);
        QCOMPARE(names(quiet, ContactSort::Company), (QStringList{u"Cy"_s, u"Eve"_s}));
        F neverInLisbon = never;
        neverInLisbon.field = F::Field::Location;
        neverInLisbon.value = u"Lisbon"_s;
        QCOMPARE(names(neverInLisbon, ContactSort::Name), (QStringList{u"Ben"_s, u"Gus"_s}));
        // The counts agree with the review's.
        const NetworkReview::Summary s = NetworkReview(db).summary(m_today, 6);
        ContactQuery q;
        q.review = never;
        QCOMPARE(contacts.count(q), s.neverInteracted);
        q.review = quiet;
        QCOMPARE(contacts.count(q), s.quietSince);
    }

    void emptyDatabase()
    {
        Database db;
        QString error;
        QVERIFY(db.open(m_dir.filePath(u"n%1.sqlite"_s.arg(++m_run)), &error));
        NetworkReview review(db);
        QVERIFY(review.groups(NetworkReview::Field::Company, 5, &error).isEmpty());
        const NetworkReview::Summary s = review.summary(m_today, 6, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(s.connections, 0);
        QCOMPARE(s.neverInteracted, 0);
        QVERIFY(!s.ownGuessed);
    }

    void unreadableNetworkSaysSo()
    {
        Database db;
        QString error;
        QVERIFY(db.open(m_dir.filePath(u"n%1.sqlite"_s.arg(++m_run)), &error));
        fill(db);
        // The never / quiet counts read their summary; without it they cannot be read.
        QVERIFY(QSqlQuery(db.connection()).exec(u"DROP TABLE connection_touch"_s));
        const NetworkReview::Summary s = NetworkReview(db).summary(m_today, 6, &error);
        QVERIFY2(error.startsWith(u"Could not read the network: "_s), qPrintable(error));
        QCOMPARE(s.connections, 7); // the groups were read
    }
};

QTEST_GUILESS_MAIN(tst_NetworkReview)
#include "tst_networkreview.moc"
