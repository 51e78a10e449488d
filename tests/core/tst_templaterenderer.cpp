#include "domain/Outreach.h"
#include "domain/StarterTemplates.h"
#include "outreach/CharacterLimits.h"
#include "outreach/TemplateRenderer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

using Values = QHash<QString, QString>;

namespace {

Values typicalValues()
{
    return {{u"first_name"_s, u"Ana"_s},
            {u"last_name"_s, u"Lima"_s},
            {u"company"_s, u"Acme Logistics"_s},
            {u"position"_s, u"Head of Operations"_s},
            {u"location"_s, u"Lisbon, Portugal"_s},
            {u"industry"_s, u"logistics"_s},
            {u"content_title"_s, u"Five InMail subject lines that get answers"_s},
            {u"my_name"_s, u"Sam Carter"_s}};
}

} // namespace

class tst_TemplateRenderer : public QObject
{
    Q_OBJECT

private slots:
    void placeholders()
    {
        const QStringList expected = {u"first_name"_s, u"last_name"_s,     u"full_name"_s,
                                      u"company"_s,    u"position"_s,      u"location"_s,
                                      u"industry"_s,   u"content_title"_s, u"my_name"_s};
        QCOMPARE(TemplateRenderer::placeholders(), expected);
        for (const QString &name : expected) {
            const QString title = TemplateRenderer::title(name);
            QVERIFY2(!title.isEmpty() && title != name, qPrintable(name));
        }
    }

    void everyPlaceholder_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : TemplateRenderer::placeholders())
            QTest::newRow(name.toUtf8().constData()) << name;
    }

    void everyPlaceholder()
    {
        QFETCH(QString, name);
        const QString value = u"Value of "_s + name;
        const auto r = TemplateRenderer::render(u"<{"_s + name + u"}>"_s, {{name, value}});
        QCOMPARE(r.text, u"<"_s + value + u">"_s);
        QVERIFY(r.missing.isEmpty());
        QVERIFY(r.unknown.isEmpty());
    }

    void render_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Values>("values");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QStringList>("missing");

        const Values ana = typicalValues();
        const Values none;
        QTest::newRow("typical") << u"Hi {first_name}, congrats on {company}!"_s << ana
                                 << u"Hi Ana, congrats on Acme Logistics!"_s << QStringList();
        QTest::newRow("case and spaces inside braces")
            << u"Hi {First_Name} at { COMPANY }."_s << ana << u"Hi Ana at Acme Logistics."_s
            << QStringList();
        QTest::newRow("same placeholder twice")
            << u"{first_name}? Yes, {first_name}."_s << ana << u"Ana? Yes, Ana."_s << QStringList();
        QTest::newRow("full name falls back to first and last")
            << u"Dear {full_name},"_s << ana << u"Dear Ana Lima,"_s << QStringList();
        QTest::newRow("full name given wins")
            << u"{full_name}"_s
            << Values{{u"full_name"_s, u"Dr Ana Lima"_s}, {u"first_name"_s, u"X"_s}}
            << u"Dr Ana Lima"_s << QStringList();
        QTest::newRow("values trimmed and collapsed")
            << u"Hi {first_name}!"_s << Values{{u"first_name"_s, u"  Ana \n Maria "_s}}
            << u"Hi Ana Maria!"_s << QStringList();
        QTest::newRow("value is not expanded again")
            << u"At {company}."_s << Values{{u"company"_s, u"{first_name} & Co"_s}}
            << u"At {first_name} & Co."_s << QStringList();

        // Missing values and the tidying they get
        QTest::newRow("missing before comma") << u"Hi {first_name}, thanks."_s << none
                                              << u"Hi, thanks."_s << QStringList{u"first_name"_s};
        QTest::newRow("missing before exclamation")
            << u"Thanks {first_name}!"_s << none << u"Thanks!"_s << QStringList{u"first_name"_s};
        QTest::newRow("blank counts as missing")
            << u"Hi {first_name}, thanks."_s << Values{{u"first_name"_s, u"   "_s}}
            << u"Hi, thanks."_s << QStringList{u"first_name"_s};
        QTest::newRow("missing between words collapses the double space")
            << u"I see you work at {company} in Lisbon."_s << none
            << u"I see you work at in Lisbon."_s << QStringList{u"company"_s};
        QTest::newRow("missing at end of line") << u"Hi {first_name}\nThanks"_s << none
                                                << u"Hi\nThanks"_s << QStringList{u"first_name"_s};
        QTest::newRow("missing at end of text") << u"Best wishes, {my_name}"_s << none
                                                << u"Best wishes,"_s << QStringList{u"my_name"_s};
        QTest::newRow("signature line emptied")
            << u"Thanks.\n\n{my_name}"_s << none << u"Thanks.\n\n"_s << QStringList{u"my_name"_s};
        QTest::newRow("two missing side by side")
            << u"Dear {first_name} {last_name}, hello"_s << none << u"Dear, hello"_s
            << QStringList{u"first_name"_s, u"last_name"_s};
        QTest::newRow("name opening a line takes its comma")
            << u"{first_name}, thanks for the comment."_s << none << u"thanks for the comment."_s
            << QStringList{u"first_name"_s};
        QTest::newRow("missing at start before a word")
            << u"{first_name} thanks"_s << none << u"thanks"_s << QStringList{u"first_name"_s};
        QTest::newRow("emptied quotes go")
            << u"Thanks for your comment on \u201C{content_title}\u201D today."_s << none
            << u"Thanks for your comment on today."_s << QStringList{u"content_title"_s};
        QTest::newRow("emptied brackets go")
            << u"Your team ({company}) is great."_s << none << u"Your team is great."_s
            << QStringList{u"company"_s};
        QTest::newRow("user's own double space elsewhere kept")
            << u"One.  Two, {first_name}."_s << none << u"One.  Two,."_s
            << QStringList{u"first_name"_s};
        QTest::newRow("user's own space before ! elsewhere kept")
            << u"Bonjour ! {first_name}"_s << none << u"Bonjour !"_s
            << QStringList{u"first_name"_s};
        QTest::newRow("indentation kept")
            << u"  {first_name} thanks"_s << none << u"  thanks"_s << QStringList{u"first_name"_s};
        QTest::newRow("missing listed once, in order of use")
            << u"{company} {first_name} {company}"_s << none << QString()
            << QStringList{u"company"_s, u"first_name"_s};
        QTest::newRow("full name missing without first or last")
            << u"Hi {full_name},"_s << Values{{u"company"_s, u"Acme"_s}} << u"Hi,"_s
            << QStringList{u"full_name"_s};

        // Literal braces
        QTest::newRow("doubled braces are literal")
            << u"{{first_name}} is a placeholder"_s << ana << u"{first_name} is a placeholder"_s
            << QStringList();
        QTest::newRow("lone doubled braces")
            << u"a {{ b }} c"_s << ana << u"a { b } c"_s << QStringList();
        QTest::newRow("empty braces stay")
            << u"set {} here"_s << ana << u"set {} here"_s << QStringList();
        QTest::newRow("braces around non-names stay")
            << u"{ 42 } and {a, b} and {:)}"_s << ana << u"{ 42 } and {a, b} and {:)}"_s
            << QStringList();
        QTest::newRow("unclosed brace stays")
            << u"Hi {first_name"_s << ana << u"Hi {first_name"_s << QStringList();
        QTest::newRow("lone closing brace stays")
            << u"smile }"_s << ana << u"smile }"_s << QStringList();
        QTest::newRow("empty text") << QString() << ana << QString() << QStringList();
    }

    void render()
    {
        QFETCH(QString, text);
        QFETCH(Values, values);
        QFETCH(QString, expected);
        QFETCH(QStringList, missing);
        const auto r = TemplateRenderer::render(text, values);
        QCOMPARE(r.text, expected);
        QCOMPARE(r.missing, missing);
        QVERIFY(r.unknown.isEmpty());
    }

    void unknown_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("unknown");
        QTest::newRow("typo") << u"Hi {firstname},"_s << QStringList{u"firstname"_s};
        QTest::newRow("space instead of underscore")
            << u"Hi {first name},"_s << QStringList{u"first name"_s};
        QTest::newRow("hyphen") << u"Hi {First-Name},"_s << QStringList{u"First-Name"_s};
        QTest::newRow("several, each once") << u"{compnay} {title} {compnay} {first_name}"_s
                                            << QStringList{u"compnay"_s, u"title"_s};
    }

    void unknown()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, unknown);
        const auto r = TemplateRenderer::render(text, typicalValues());
        QCOMPARE(r.unknown, unknown);
        // Left as typed, so the user sees what to fix.
        for (const QString &name : unknown)
            QVERIFY(r.text.contains(u'{' + name + u'}'));
        QVERIFY(r.missing.isEmpty());
    }

    void starterTemplates()
    {
        const QList<MessageTemplate> starters = StarterTemplates::all();
        const QStringList names = {u"Follower \u2192 connection"_s,
                                   u"Thank a commenter"_s,
                                   u"Welcome a new connection"_s,
                                   u"Congratulate on the new role"_s,
                                   u"15-minute call"_s,
                                   u"InMail: first contact"_s,
                                   u"Invitation note"_s};
        QCOMPARE(starters.size(), names.size());
        const Values values = typicalValues();
        for (int i = 0; i < starters.size(); ++i) {
            const MessageTemplate &t = starters.at(i);
            QCOMPARE(t.name, names.at(i));
            QVERIFY(t.builtIn);
            QCOMPARE(t.id, 0);
            QVERIFY2(Outreach::channels().contains(t.channel), qPrintable(t.name));
            QCOMPARE(t.subject.isEmpty(), t.channel != u"inmail"_s);
            for (const QString &part : {t.subject, t.body}) {
                const auto r = TemplateRenderer::render(part, values);
                QVERIFY2(r.unknown.isEmpty(), qPrintable(t.name + u": "_s + r.unknown.join(u',')));
                QVERIFY2(r.missing.isEmpty(), qPrintable(t.name + u": "_s + r.missing.join(u',')));
                QVERIFY2(!r.text.contains(u'{') && !r.text.contains(u'}'), qPrintable(t.name));
            }
            QVERIFY2(t.body.contains(u"{first_name}"_s), qPrintable(t.name));
        }
        QCOMPARE(starters.at(0).channel, u"message"_s);
        QVERIFY(starters.at(1).body.contains(u"{content_title}"_s));
        QCOMPARE(starters.at(5).channel, u"inmail"_s);
        QVERIFY(starters.at(5).body.contains(u"If this isn't relevant, just reply 'Not interested' "
                                             u"\u2014 that helps me too."_s));
        QCOMPARE(starters.at(6).channel, u"invitation"_s);
    }

    void startersFitTheirLimits()
    {
        // Long but real-world names and company.
        Values values = typicalValues();
        values[u"first_name"_s] = u"Maximiliane-Alexandra"_s;
        values[u"last_name"_s] = u"Oppenheimer-Wolfensteiner"_s;
        values[u"company"_s] =
            u"Internationale Logistik- und Speditionsgesellschaft Süddeutschland GmbH & Co. KG"_s;
        values[u"my_name"_s] = u"Bartholomew Fitzgerald-Montgomery"_s;
        values[u"industry"_s] = u"transportation, logistics, supply chain and storage"_s;
        for (const MessageTemplate &t : StarterTemplates::all()) {
            const QString subject = TemplateRenderer::render(t.subject, values).text;
            const QString body = TemplateRenderer::render(t.body, values).text;
            const int subjectLimit =
                CharacterLimits::limit(t.channel, CharacterLimits::Part::Subject);
            const int bodyLimit = CharacterLimits::limit(t.channel, CharacterLimits::Part::Body);
            if (subjectLimit > 0)
                QVERIFY2(CharacterLimits::count(subject) <= subjectLimit, qPrintable(t.name));
            if (bodyLimit > 0)
                QVERIFY2(CharacterLimits::count(body) <= bodyLimit, qPrintable(t.name));
            if (t.channel == u"invitation"_s)
                QVERIFY2(CharacterLimits::count(body) <= 300,
                         qPrintable(QString::number(CharacterLimits::count(body))));
        }
    }
};

QTEST_GUILESS_MAIN(tst_TemplateRenderer)
#include "tst_templaterenderer.moc"
