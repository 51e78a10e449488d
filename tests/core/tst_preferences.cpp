// The one table of preferences (PreferenceTable) and Preferences, which reads
// and sets them by key: every number's range is the one its owner's save()
// enforces (the minimum and maximum saved, one beyond refused), values are
// parsed and normalised as the CLI prints them, a value set by key is what
// the owning settings class loads, and the tier window recomputes tiers.

#include "db/Database.h"
#include "insights/IndustryScope.h"
#include "outreach/OutreachSettings.h"
#include "planning/QueueSettings.h"
#include "settings/PreferenceTable.h"
#include "settings/Preferences.h"
#include "store/ContactStore.h"
#include "store/EngagementStore.h"
#include "store/SettingStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_Preferences : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<Database> m_db;

    // Saves `value` for a number preference through the class that owns it,
    // the way the Preferences dialog does.
    bool saveThroughOwner(PreferenceTable::Id id, int value, QString *error)
    {
        SettingStore store(*m_db);
        OutreachSettings outreach = OutreachSettings::load(store);
        QueueSettings queue = QueueSettings::load(store);
        switch (id) {
        case PreferenceTable::TierWindow:
            return EngagementStore(*m_db).setWindowDays(value, error);
        case PreferenceTable::QueueCapacity:
            queue.capacity = value;
            return queue.save(store, error);
        case PreferenceTable::QueueCooldown:
            queue.cooldownDays = value;
            return queue.save(store, error);
        case PreferenceTable::KeepInTouchCadence:
            queue.defaultCadenceDays = value;
            return queue.save(store, error);
        case PreferenceTable::InMailCustomCredits:
            outreach.plan = InMailPlan::of(InMailPlan::Custom, value);
            outreach.plan.monthlyCredits = value; // of() clamps negatives; save() must refuse them
            return outreach.save(store, error);
        case PreferenceTable::InvitationNoteLimit:
            outreach.invitationNoteLimit = value;
            return outreach.save(store, error);
        case PreferenceTable::AcceptanceLastN:
            outreach.acceptanceLastN = value;
            return outreach.save(store, error);
        case PreferenceTable::AcceptanceThreshold:
            outreach.acceptanceThreshold = value / 100.0;
            return outreach.save(store, error);
        default:
            break;
        }
        return false;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<Database>();
        QString error;
        QVERIFY2(m_db->open(m_dir.filePath(u"p%1.sqlite"_s.arg(++m_run)), &error),
                 qPrintable(error));
    }
    void cleanup() { m_db.reset(); }

    void tableHoldsEveryPreferenceOnce()
    {
        const QList<Preference> &all = PreferenceTable::all();
        QCOMPARE(all.size(), int(PreferenceTable::Count));
        QSet<QString> keys;
        for (int i = 0; i < all.size(); ++i) {
            const Preference &p = all.at(i);
            QVERIFY2(!keys.contains(p.key), qPrintable(p.key));
            keys.insert(p.key);
            QCOMPARE(int(PreferenceTable::idOf(p)), i);
            QVERIFY(!p.description.isEmpty());
            if (p.isNumber()) {
                QVERIFY(p.minimum < p.maximum);
                const int d = p.defaultValue.toInt();
                QVERIFY2(d >= p.minimum && d <= p.maximum, qPrintable(p.key));
            }
        }
        QCOMPARE(PreferenceTable::find(u"queue-capacity"_s)->key, u"queue_capacity"_s);
        QCOMPARE(PreferenceTable::find(u" Queue_Capacity "_s)->key, u"queue_capacity"_s);
        QVERIFY(!PreferenceTable::find(u"queue"_s));
        // The defaults are the owners' own.
        QCOMPARE(PreferenceTable::of(PreferenceTable::QueueCapacity).defaultValue, u"15"_s);
        QCOMPARE(PreferenceTable::of(PreferenceTable::QueueCooldown).defaultValue, u"7"_s);
        QCOMPARE(PreferenceTable::of(PreferenceTable::KeepInTouchCadence).defaultValue, u"90"_s);
        QCOMPARE(PreferenceTable::of(PreferenceTable::TierWindow).defaultValue, u"90"_s);
        QCOMPARE(PreferenceTable::of(PreferenceTable::AcceptanceLastN).defaultValue, u"20"_s);
        QCOMPARE(PreferenceTable::of(PreferenceTable::AcceptanceThreshold).defaultValue, u"50"_s);
        QCOMPARE(PreferenceTable::of(PreferenceTable::InvitationNoteLimit).defaultValue, u"300"_s);
        QCOMPARE(PreferenceTable::of(PreferenceTable::InMailPlanKind).defaultValue,
                 u"premium-career"_s);
    }

    void defaultsAreWhatAnEmptyDatabaseReads()
    {
        const Preferences preferences(*m_db);
        for (const Preference &p : PreferenceTable::all())
            QCOMPARE(preferences.value(p), p.defaultValue);
    }

    void rangesAreTheOwnersRanges()
    {
        for (const Preference &p : PreferenceTable::all()) {
            if (!p.isNumber())
                continue;
            const PreferenceTable::Id id = PreferenceTable::idOf(p);
            QString error;
            QVERIFY2(saveThroughOwner(id, p.minimum, &error), qPrintable(p.key + error));
            QVERIFY2(saveThroughOwner(id, p.maximum, &error), qPrintable(p.key + error));
            QVERIFY2(!saveThroughOwner(id, p.minimum - 1, &error), qPrintable(p.key));
            QVERIFY2(!saveThroughOwner(id, p.maximum + 1, &error), qPrintable(p.key));
        }
    }

    void parseChecksTypeAndRange()
    {
        const Preference &capacity = PreferenceTable::of(PreferenceTable::QueueCapacity);
        QString v, error;
        QVERIFY(Preferences::parse(capacity, u" 100 "_s, &v, &error));
        QCOMPARE(v, u"100"_s);
        QVERIFY(!Preferences::parse(capacity, u"101"_s, &v, &error));
        QVERIFY2(error.contains(u"from 1 to 100"_s), qPrintable(error));
        QVERIFY(!Preferences::parse(capacity, u"0"_s, &v, &error));
        QVERIFY(!Preferences::parse(capacity, u"1.5"_s, &v, &error));
        QVERIFY(!Preferences::parse(capacity, u"ten"_s, &v, &error));
        QVERIFY(!Preferences::parse(capacity, u"99999999999"_s, &v, &error));

        const Preference &threshold = PreferenceTable::of(PreferenceTable::AcceptanceThreshold);
        QVERIFY(Preferences::parse(threshold, u"40 %"_s, &v, &error));
        QCOMPARE(v, u"40"_s);
        QVERIFY(Preferences::parse(threshold, u"0%"_s, &v, &error));
        QCOMPARE(v, u"0"_s);
        QVERIFY(!Preferences::parse(threshold, u"101"_s, &v, &error));
        QVERIFY(!Preferences::parse(threshold, u"-1"_s, &v, &error));
        QVERIFY(!Preferences::parse(threshold, u"0.5"_s, &v, &error));

        const Preference &plan = PreferenceTable::of(PreferenceTable::InMailPlanKind);
        QVERIFY(Preferences::parse(plan, u"Sales-Navigator"_s, &v, &error));
        QCOMPARE(v, u"sales-navigator"_s);
        QVERIFY(!Preferences::parse(plan, u"gold"_s, &v, &error));
        QVERIFY(error.contains(u"recruiter-lite"_s));

        const Preference &start = PreferenceTable::of(PreferenceTable::InMailPlanStart);
        QVERIFY(Preferences::parse(start, u"2024-02-29"_s, &v, &error));
        QVERIFY(!Preferences::parse(start, u"2023-02-29"_s, &v, &error));
        QVERIFY(Preferences::parse(start, QString(), &v, &error));
        QVERIFY(v.isEmpty());

        const Preference &related = PreferenceTable::of(PreferenceTable::RelatedIndustries);
        QVERIFY(Preferences::parse(related, u" Banking ,, IT  Services,"_s, &v, &error));
        QCOMPARE(v, u"Banking, IT Services"_s);
    }

    void setSavesThroughTheOwners()
    {
        Preferences preferences(*m_db);
        QString error;
        const auto set = [&](PreferenceTable::Id id, const QString &text) {
            return preferences.set(PreferenceTable::of(id), text, &error);
        };
        QCOMPARE(set(PreferenceTable::QueueCapacity, u"20"_s), Preferences::Outcome::Saved);
        QCOMPARE(set(PreferenceTable::QueueCooldown, u"0"_s), Preferences::Outcome::Saved);
        QCOMPARE(set(PreferenceTable::AcceptanceThreshold, u"40"_s), Preferences::Outcome::Saved);
        QCOMPARE(set(PreferenceTable::AcceptanceLastN, u"500"_s), Preferences::Outcome::Saved);
        QCOMPARE(set(PreferenceTable::MyName, u"  Ana Lima "_s), Preferences::Outcome::Saved);
        QCOMPARE(set(PreferenceTable::OwnIndustry, u"Banking"_s), Preferences::Outcome::Saved);
        QCOMPARE(set(PreferenceTable::RelatedIndustries, u"Insurance, banking, Retail"_s),
                 Preferences::Outcome::Saved);
        QCOMPARE(set(PreferenceTable::InMailPlanStart, u"2026-03-01"_s),
                 Preferences::Outcome::Saved);
        QCOMPARE(set(PreferenceTable::QueueCapacity, u"101"_s), Preferences::Outcome::Invalid);

        SettingStore store(*m_db);
        const QueueSettings queue = QueueSettings::load(store);
        QCOMPARE(queue.capacity, 20);
        QCOMPARE(queue.cooldownDays, 0);
        const OutreachSettings outreach = OutreachSettings::load(store);
        QCOMPARE(outreach.acceptanceThreshold, 0.4);
        QCOMPARE(outreach.acceptanceLastN, 500);
        QCOMPARE(outreach.myName, u"Ana Lima"_s);
        QCOMPARE(outreach.planStart, QDate(2026, 3, 1));
        const IndustryScope scope = IndustryScope::load(store);
        QCOMPARE(scope.own, u"Banking"_s);
        // IndustryScope drops the own industry from the related ones.
        QCOMPARE(scope.related, (QStringList{u"Insurance"_s, u"Retail"_s}));
        QCOMPARE(preferences.value(PreferenceTable::of(PreferenceTable::RelatedIndustries)),
                 u"Insurance, Retail"_s);
        QCOMPARE(preferences.value(PreferenceTable::of(PreferenceTable::AcceptanceThreshold)),
                 u"40"_s);
        QCOMPARE(set(PreferenceTable::InMailPlanStart, QString()), Preferences::Outcome::Saved);
        QVERIFY(!OutreachSettings::load(store).planStart.isValid());
    }

    void customCreditsOnlyUnderTheCustomPlan()
    {
        Preferences preferences(*m_db);
        const Preference &credits = PreferenceTable::of(PreferenceTable::InMailCustomCredits);
        const Preference &plan = PreferenceTable::of(PreferenceTable::InMailPlanKind);
        QString error;
        QCOMPARE(preferences.set(credits, u"40"_s, &error), Preferences::Outcome::NotApplicable);
        QVERIFY2(error.contains(u"custom"_s), qPrintable(error));
        QCOMPARE(preferences.value(credits), u"5"_s); // Premium Career's own
        QCOMPARE(preferences.set(plan, u"sales-navigator"_s, &error), Preferences::Outcome::Saved);
        QCOMPARE(preferences.value(credits), u"50"_s);
        QCOMPARE(preferences.set(plan, u"custom"_s, &error), Preferences::Outcome::Saved);
        QCOMPARE(preferences.value(credits), u"50"_s); // starts from the credits shown
        QCOMPARE(preferences.set(credits, u"40"_s, &error), Preferences::Outcome::Saved);
        QCOMPARE(preferences.set(credits, u"1001"_s, &error), Preferences::Outcome::Invalid);
        const OutreachSettings s = OutreachSettings::load(SettingStore(*m_db));
        QCOMPARE(s.plan.kind, InMailPlan::Custom);
        QCOMPARE(s.plan.monthlyCredits, 40);
    }

    void tierWindowRecomputesTiers()
    {
        ContactStore contacts(*m_db);
        Contact c;
        c.firstName = u"Ivo"_s;
        c.lastName = u"Lund"_s;
        QString error;
        QVERIFY2(contacts.add(c, &error), qPrintable(error));
        Engagement comment;
        comment.contactId = c.id;
        comment.kind = EngagementKind::Comment;
        comment.date = QDate::currentDate().addDays(-40);
        QVERIFY2(EngagementStore(*m_db).log(comment, &error), qPrintable(error));
        QCOMPARE(contacts.get(c.id)->tier(), Tier::fromKey(2)); // commenter, within 90 days

        Preferences preferences(*m_db);
        const Preference &window = PreferenceTable::of(PreferenceTable::TierWindow);
        QCOMPARE(preferences.set(window, u"30"_s, &error), Preferences::Outcome::Saved);
        QCOMPARE(EngagementStore(*m_db).windowDays(), 30);
        QCOMPARE(contacts.get(c.id)->tier(), Tier::fromKey(2 + 6)); // 40 days: lapsed
        QCOMPARE(preferences.value(window), u"30"_s);
        QCOMPARE(preferences.set(window, u"3651"_s, &error), Preferences::Outcome::Invalid);
        QCOMPARE(EngagementStore(*m_db).windowDays(), 30);
    }
};

QTEST_GUILESS_MAIN(tst_Preferences)
#include "tst_preferences.moc"
