// The templates to choose from (starters and the user's own) and the
// outreach settings kept in the database.

#include "db/Database.h"
#include "domain/StarterTemplates.h"
#include "outreach/OutreachSettings.h"
#include "store/SettingStore.h"
#include "store/TemplateStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_TemplateStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    int m_run = 0;

private slots:
    void init()
    {
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(u"t%1.sqlite"_s.arg(++m_run)), &error),
                 qPrintable(error));
    }
    void cleanup() { m_db.close(); }

    void startersUntilTheUserReplacesOne()
    {
        TemplateStore store(m_db);
        const int starters = int(StarterTemplates::all().size());
        QCOMPARE(store.all().size(), starters);
        QVERIFY(store.find(u"inmail: FIRST contact"_s)->builtIn);
        // The user's own version of a starter replaces it; a new one adds to the list.
        MessageTemplate mine = *store.find(u"InMail: first contact"_s);
        mine.id = 0;
        mine.body = u"Hi {first_name}, my own words."_s;
        QString error;
        QVERIFY2(store.save(mine, &error), qPrintable(error));
        QVERIFY(mine.id > 0);
        QCOMPARE(store.all().size(), starters);
        QCOMPARE(store.find(u"InMail: first contact"_s)->body, mine.body);
        QVERIFY(!store.find(u"InMail: first contact"_s)->builtIn);
        MessageTemplate extra{0, u"Thanks for the intro"_s, u"message"_s, {}, u"Thanks!"_s, false};
        QVERIFY(store.save(extra, &error));
        QCOMPARE(store.all().size(), starters + 1);
        // Listed by channel (message before inmail), then name.
        const QList<MessageTemplate> all = store.all();
        QCOMPARE(all.first().channel, u"message"_s);
        QCOMPARE(all.last().channel, u"invitation"_s);
        // Editing and deleting.
        extra.body = u"Thank you!"_s;
        QVERIFY(store.save(extra, &error));
        QCOMPARE(store.find(extra.name)->body, u"Thank you!"_s);
        QVERIFY(store.remove(mine.id, &error));
        QVERIFY(store.find(u"InMail: first contact"_s)->builtIn);
        QVERIFY(!store.remove(mine.id, &error));
    }

    void invalidTemplatesAreRefused()
    {
        TemplateStore store(m_db);
        QString error;
        MessageTemplate noName{0, u" "_s, u"message"_s, {}, u"x"_s, false};
        QVERIFY(!store.save(noName, &error));
        QVERIFY(error.contains(u"name"_s));
        MessageTemplate badChannel{0, u"A"_s, u"fax"_s, {}, u"x"_s, false};
        QVERIFY(!store.save(badChannel, &error));
        QVERIFY(error.contains(u"fax"_s));
        MessageTemplate empty{0, u"A"_s, u"message"_s, {}, u"  "_s, false};
        QVERIFY(!store.save(empty, &error));
        MessageTemplate a{0, u"Same"_s, u"message"_s, {}, u"x"_s, false};
        MessageTemplate b{0, u"same"_s, u"inmail"_s, {}, u"y"_s, false};
        QVERIFY(store.save(a, &error));
        QVERIFY(!store.save(b, &error));
        QVERIFY2(error.contains(u"already have a template"_s), qPrintable(error));
    }

    void outreachSettingsRoundTrip()
    {
        SettingStore settings(m_db);
        OutreachSettings s = OutreachSettings::load(settings);
        QCOMPARE(s.plan.kind, InMailPlan::PremiumCareer);
        QCOMPARE(s.plan.monthlyCredits, 5);
        QCOMPARE(s.invitationNoteLimit, 300);
        QCOMPARE(s.acceptanceLastN, 20);
        QCOMPARE(s.acceptanceThreshold, 0.5);
        QVERIFY(!s.planStart.isValid());
        s.plan = InMailPlan::of(InMailPlan::Custom, 12);
        s.planStart = QDate(2026, 3, 1);
        s.invitationNoteLimit = 200;
        s.acceptanceThreshold = 0.6;
        s.myName = u"  Robin Vale "_s;
        QString error;
        QVERIFY2(s.save(settings, &error), qPrintable(error));
        const OutreachSettings back = OutreachSettings::load(settings);
        QCOMPARE(back.plan.kind, InMailPlan::Custom);
        QCOMPARE(back.plan.monthlyCredits, 12);
        QCOMPARE(back.planStart, QDate(2026, 3, 1));
        QCOMPARE(back.invitationNoteLimit, 200);
        QCOMPARE(back.acceptanceThreshold, 0.6);
        QCOMPARE(back.myName, u"Robin Vale"_s);
        s.invitationNoteLimit = 301;
        QVERIFY(!s.save(settings, &error));
        QVERIFY(error.contains(u"300"_s));
        QCOMPARE(OutreachSettings::load(settings).invitationNoteLimit, 200);
    }
};

QTEST_GUILESS_MAIN(tst_TemplateStore)
#include "tst_templatestore.moc"
