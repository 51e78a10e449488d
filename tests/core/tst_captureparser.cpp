#include "capture/CaptureParser.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

// One line of a parse, compact enough to compare a whole paste at once:
// "Ana Lima @Northwind Labs <https://...>" for a name, "- reason" for noise,
// "" for a blank line.
QString describe(const CaptureLine &line)
{
    switch (line.kind) {
    case CaptureLine::Blank:
        return {};
    case CaptureLine::Noise:
        return u"- "_s + line.ignoredReason;
    case CaptureLine::Name:
        break;
    }
    QString out = line.name;
    if (!line.company.isEmpty())
        out += u" @"_s + line.company;
    if (!line.profileUrl.isEmpty())
        out += u" <"_s + line.profileUrl + u'>';
    return out;
}

QString fixture(const QString &name)
{
    QFile file(QStringLiteral(RAPPORT_FIXTURES "/capture/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll());
}

void compareLines(const QList<CaptureLine> &lines, const QStringList &expected)
{
    QCOMPARE(lines.size(), expected.size());
    for (int i = 0; i < lines.size(); ++i) {
        QCOMPARE(lines.at(i).lineNumber, i + 1);
        const QString actual = describe(lines.at(i));
        if (actual != expected.at(i))
            QFAIL(qPrintable(u"line %1 \"%2\": got \"%3\", expected \"%4\""_s.arg(i + 1).arg(
                lines.at(i).text, actual, expected.at(i))));
    }
}

} // namespace

class tst_CaptureParser : public QObject
{
    Q_OBJECT

private slots:
    void reactionsList()
    {
        const QString paste = uR"(Reactions
All 38
Like 29
Celebrate 6
Insightful 3

Ana Lima
View Ana Lima’s profile
 • 2nd
Talent Partner at Northwind Labs | Hiring engineers
Follow
Bruno Castellano
 • 3rd+
Founder @ Tidewater Analytics · Speaker
Connect
Dr. Chiara Valli, PhD
 • 1st
Researcher
Message
LinkedIn Member
Software engineer at a stealth startup
Jean-Luc Marchetti III · 2nd
He/Him
Premium
Head of Sales at Orbital Freight, Inc.
Follow
🎉 Kwame Boateng 🎉
Kwame Boateng
 · 3rd+
Nurse educator @Lumen Health
Connect
Ana Lima
 • 2nd
Talent Partner at Northwind Labs | Hiring engineers
Follow
Show more results)"_s;
        compareLines(CaptureParser::parse(paste),
                     {
                         u"- button label"_s,
                         u"- count"_s,
                         u"- count"_s,
                         u"- count"_s,
                         u"- count"_s,
                         u""_s,
                         u"Ana Lima @Northwind Labs"_s,
                         u"- button label"_s,
                         u"- degree marker"_s,
                         u"- headline"_s,
                         u"- button label"_s,
                         u"Bruno Castellano @Tidewater Analytics"_s,
                         u"- degree marker"_s,
                         u"- headline"_s,
                         u"- button label"_s,
                         u"Chiara Valli"_s,
                         u"- degree marker"_s,
                         u"- headline"_s,
                         u"- button label"_s,
                         u"- anonymous member"_s,
                         u"- headline"_s,
                         u"Jean-Luc Marchetti @Orbital Freight, Inc."_s,
                         u"- pronouns"_s,
                         u"- badge"_s,
                         u"- headline"_s,
                         u"- button label"_s,
                         u"Kwame Boateng @Lumen Health"_s,
                         u"- duplicate of line 27"_s,
                         u"- degree marker"_s,
                         u"- headline"_s,
                         u"- button label"_s,
                         u"- duplicate of line 7"_s,
                         u"- degree marker"_s,
                         u"- headline"_s,
                         u"- button label"_s,
                         u"- button label"_s,
                     });
    }

    void commentsList()
    {
        const QString paste = uR"(Most relevant
Priya Raman
Author
Coach for first-time managers | Writer
2d
Thanks everyone for the thoughtful replies.
Like
Reply
4 replies
Tomasz Nowak
 • 2nd
Engineering Manager at Kestrel Systems
1d (edited)
So true
Like · 3
Reply · 1 reply
Mei Lin Okafor
 • 3rd+
Product designer, ex-agency
5h
Agreed
Congrats Priya! This is Exactly Right

Love this
Like
Reply
Load more comments
Tomasz Nowak
 • 2nd
Engineering Manager at Kestrel Systems
3h
Agreed, thanks!
Like
Reply
Load previous replies)"_s;
        compareLines(CaptureParser::parse(paste), {
                                                      u"- button label"_s,
                                                      u"Priya Raman"_s,
                                                      u"- badge"_s,
                                                      u"- headline"_s,
                                                      u"- time"_s,
                                                      u"- comment text"_s,
                                                      u"- button label"_s,
                                                      u"- button label"_s,
                                                      u"- count"_s,
                                                      u"Tomasz Nowak @Kestrel Systems"_s,
                                                      u"- degree marker"_s,
                                                      u"- headline"_s,
                                                      u"- time"_s,
                                                      u"- comment text"_s,
                                                      u"- button label"_s,
                                                      u"- button label"_s,
                                                      u"Mei Lin Okafor"_s,
                                                      u"- degree marker"_s,
                                                      u"- headline"_s,
                                                      u"- time"_s,
                                                      u"- comment text"_s,
                                                      u"- comment text"_s,
                                                      u""_s,
                                                      u"- comment text"_s,
                                                      u"- button label"_s,
                                                      u"- button label"_s,
                                                      u"- button label"_s,
                                                      u"- duplicate of line 10"_s,
                                                      u"- degree marker"_s,
                                                      u"- headline"_s,
                                                      u"- time"_s,
                                                      u"- comment text"_s,
                                                      u"- button label"_s,
                                                      u"- button label"_s,
                                                      u"- button label"_s,
                                                  });
    }

    // Both orders of a person's lines, copied from reactions and comments
    // lists (tests/fixtures/capture): the same people, companies and
    // ignored lines either way; no headline ever read as a name.
    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        const QString button = u"- button label"_s;
        const QString degree = u"- degree marker"_s;
        const QString headline = u"- headline"_s;
        const QString count = u"- count"_s;
        const QString time = u"- time"_s;
        const QString comment = u"- comment text"_s;
        const QStringList reactionsHeader{button, count, count, count, u""_s};
        QTest::newRow("reactions: name, degree, headline")
            << u"reactions-name-degree-headline.txt"_s
            << reactionsHeader + QStringList{u"Ana Lima @Northwind Labs"_s,
                                             button,
                                             degree,
                                             headline,
                                             button,
                                             u"Bruno Castellano @Tidewater Analytics"_s,
                                             degree,
                                             headline,
                                             button,
                                             u"Chiara Valli"_s,
                                             u"- pronouns"_s,
                                             degree,
                                             headline,
                                             button,
                                             u"Dmitri Okonkwo"_s,
                                             degree,
                                             headline,
                                             button,
                                             u"Emeka Fairweather"_s,
                                             degree,
                                             u"Farah Lindqvist @Lumen Health"_s,
                                             button,
                                             degree,
                                             headline,
                                             u"Gustavo Pereira"_s,
                                             degree,
                                             headline,
                                             u"Jonas Weber"_s,
                                             u"- badge"_s,
                                             degree,
                                             headline,
                                             button,
                                             button};
        QTest::newRow("reactions: name, headline, degree")
            << u"reactions-name-headline-degree.txt"_s
            << reactionsHeader + QStringList{u"Ana Lima @Northwind Labs"_s,
                                             button,
                                             headline,
                                             degree,
                                             button,
                                             u"Bruno Castellano @Tidewater Analytics"_s,
                                             headline,
                                             degree,
                                             button,
                                             u"Chiara Valli"_s,
                                             u"- pronouns"_s,
                                             headline,
                                             degree,
                                             button,
                                             u"Dmitri Okonkwo"_s,
                                             headline,
                                             degree,
                                             button,
                                             u"Emeka Fairweather"_s,
                                             degree,
                                             u"Farah Lindqvist @Lumen Health"_s,
                                             button,
                                             headline,
                                             degree,
                                             u"Gustavo Pereira"_s,
                                             headline,
                                             degree,
                                             u"Jonas Weber"_s,
                                             u"- badge"_s,
                                             headline,
                                             degree,
                                             button,
                                             button};
        QTest::newRow("comments: name, headline, degree")
            << u"comments-name-headline-degree.txt"_s
            << QStringList{button,
                           u"Priya Raman"_s,
                           u"- badge"_s,
                           headline,
                           degree,
                           time,
                           comment,
                           button,
                           u"Tomasz Nowak @Kestrel Systems"_s,
                           u"- pronouns"_s,
                           headline,
                           degree,
                           time,
                           comment,
                           button,
                           u"Mei Lin Okafor"_s,
                           button,
                           headline,
                           degree,
                           time,
                           comment,
                           comment,
                           button,
                           button,
                           u"- duplicate of line 9"_s,
                           headline,
                           degree,
                           time,
                           comment,
                           button,
                           button};
        QTest::newRow("comments: name, degree, headline")
            << u"comments-name-degree-headline.txt"_s
            << QStringList{button,
                           u"Priya Raman"_s,
                           u"- badge"_s,
                           degree,
                           headline,
                           time,
                           comment,
                           button,
                           u"Tomasz Nowak @Kestrel Systems"_s,
                           u"- pronouns"_s,
                           degree,
                           headline,
                           time,
                           comment,
                           button,
                           u"Mei Lin Okafor"_s,
                           button,
                           degree,
                           headline,
                           time,
                           comment,
                           comment,
                           button,
                           button,
                           u"- duplicate of line 9"_s,
                           degree,
                           headline,
                           time,
                           comment,
                           button,
                           button};
        QTest::newRow("reactions: name and degree on one line")
            << u"reactions-degree-on-name-line.txt"_s
            << QStringList{u"Ana Lima @Northwind Labs"_s,
                           headline,
                           button,
                           u"Bruno Castellano"_s,
                           headline,
                           button,
                           u"Chiara Valli @Pine & Co"_s,
                           headline,
                           u"Dmitri Okonkwo"_s,
                           headline};
    }

    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        compareLines(CaptureParser::parse(fixture(file)), expected);
    }

    void noise_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("reason");
        const QString degree = u"degree marker"_s;
        for (const QString &line : {u"• 2nd"_s, u"1st"_s, u"2nd"_s, u"3rd"_s, u"3rd+"_s, u"· 1st"_s,
                                    u"- 3rd+"_s, u"Out of network"_s, u"2nd degree connection"_s})
            QTest::newRow(qPrintable(line)) << line << degree;
        const QString button = u"button label"_s;
        for (const QString &line : {u"Follow"_s,
                                    u"FOLLOW"_s,
                                    u"Following"_s,
                                    u"Connect"_s,
                                    u"  • Connect  "_s,
                                    u"Message"_s,
                                    u"View profile"_s,
                                    u"View Ana Lima’s profile"_s,
                                    u"View Ana Lima's profile"_s,
                                    u"Like"_s,
                                    u"Reply"_s,
                                    u"Load more comments"_s,
                                    u"Load previous replies"_s,
                                    u"Show more"_s,
                                    u"…more"_s,
                                    u"...more"_s,
                                    u"See more"_s,
                                    u"Reactions"_s,
                                    u"All"_s,
                                    u"Celebrate"_s,
                                    u"Support"_s,
                                    u"Love"_s,
                                    u"Insightful"_s,
                                    u"Funny"_s,
                                    u"Like · Reply"_s,
                                    u"Like | Reply"_s})
            QTest::newRow(qPrintable(line)) << line << button;
        const QString count = u"count"_s;
        for (const QString &line : {u"12 reactions"_s, u"3 comments"_s, u"1 reply"_s,
                                    u"4 replies"_s, u"1,204 reactions"_s, u"1.2K reactions"_s,
                                    u"38"_s, u"All 38"_s, u"Ana Lima and 44 others"_s})
            QTest::newRow(qPrintable(line)) << line << count;
        const QString time = u"time"_s;
        for (const QString &line :
             {u"3d"_s, u"2w"_s, u"1mo"_s, u"5h"_s, u"1yr"_s, u"12m"_s, u"2 days ago"_s, u"Edited"_s,
              u"(edited)"_s, u"3d • Edited"_s, u"1d (edited)"_s})
            QTest::newRow(qPrintable(line)) << line << time;
        for (const QString &line :
             {u"He/Him"_s, u"She/Her"_s, u"They/Them"_s, u"(she/her)"_s, u"she / they"_s})
            QTest::newRow(qPrintable(line)) << line << u"pronouns"_s;
        for (const QString &line : {u"Premium"_s, u"Verified"_s, u"Author"_s, u"Top Voice"_s})
            QTest::newRow(qPrintable(line)) << line << u"badge"_s;
        for (const QString &line : {u"LinkedIn Member"_s, u"linkedin user"_s})
            QTest::newRow(qPrintable(line)) << line << u"anonymous member"_s;
        for (const QString &line : {u"• • •"_s, u"🎉🎉"_s, u"---"_s, u"·"_s, u"👍🏽 ❤️"_s})
            QTest::newRow(qPrintable(line)) << line << u"no letters"_s;
    }

    void noise()
    {
        QFETCH(QString, line);
        QFETCH(QString, reason);
        const QList<CaptureLine> lines = CaptureParser::parse(line);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().kind, CaptureLine::Noise);
        QCOMPARE(lines.first().ignoredReason, reason);
        QVERIFY(lines.first().name.isEmpty());
    }

    void notNames_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("exclamation") << u"Great post!"_s;
        QTest::newRow("lower-case words") << u"So true"_s;
        QTest::newRow("verb and pronoun") << u"Love this"_s;
        QTest::newRow("comment with a comma") << u"Thanks Ana, great read"_s;
        QTest::newRow("question") << u"Who is hiring?"_s;
        QTest::newRow("long comment")
            << u"This is exactly what I needed to read before my next hiring round"_s;
        QTest::newRow("seven capitalised words") << u"Ana Bea Cid Dora Eva Fia Gil"_s;
        QTest::newRow("headline on its own") << u"Head of Talent at Acme Corp"_s;
        QTest::newRow("digits") << u"Room 101"_s;
        QTest::newRow("lower-case name on its own") << u"jane doe"_s;
        QTest::newRow("company URL") << u"https://www.linkedin.com/company/acme"_s;
        QTest::newRow("hashtag") << u"#Hiring"_s;
    }

    void notNames()
    {
        QFETCH(QString, line);
        const QList<CaptureLine> lines = CaptureParser::parse(line);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().kind, CaptureLine::Noise);
        QCOMPARE(lines.first().ignoredReason, u"not a name"_s);
    }

    void names_data()
    {
        QTest::addColumn<QString>("paste");
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << u"Ana Lima"_s << u"Ana Lima"_s;
        QTest::newRow("bullet") << u"  • Ana Lima"_s << u"Ana Lima"_s;
        QTest::newRow("degree on the line") << u"Ana Lima • 2nd"_s << u"Ana Lima"_s;
        QTest::newRow("degree and pronouns on the line")
            << u"Ana Lima · 3rd+ (She/Her)"_s << u"Ana Lima"_s;
        QTest::newRow("honorific and credential")
            << u"Dr. Chiara Valli, PhD"_s << u"Chiara Valli"_s;
        QTest::newRow("credentials after commas") << u"Ana Lima, MBA, PMP"_s << u"Ana Lima"_s;
        QTest::newRow("accents") << u"Siobhán Ó Briain"_s << u"Siobhán Ó Briain"_s;
        QTest::newRow("apostrophe") << u"Niamh O'Connell"_s << u"Niamh O'Connell"_s;
        QTest::newRow("particles") << u"Maria de la Cruz"_s << u"Maria de la Cruz"_s;
        QTest::newRow("roman numeral") << u"Jean-Luc Marchetti III"_s << u"Jean-Luc Marchetti"_s;
        QTest::newRow("no letter case") << u"王小明"_s << u"王小明"_s;
        QTest::newRow("emoji") << u"🚀 Ana Lima ✨"_s << u"Ana Lima"_s;
        QTest::newRow("headline in the name")
            << u"Ana Lima | Helping founders hire"_s << u"Ana Lima"_s;
        QTest::newRow("digits in the headline part") << u"Ana Lima | 2x founder"_s << u"Ana Lima"_s;
        QTest::newRow("single word") << u"Madonna"_s << u"Madonna"_s;
        QTest::newRow("lower case before a degree marker") << u"ana lima\n• 2nd"_s << u"ana lima"_s;
        QTest::newRow("lower case, degree after a blank line")
            << u"ana lima\n\n• 2nd"_s << u"ana lima"_s;
    }

    void names()
    {
        QFETCH(QString, paste);
        QFETCH(QString, name);
        const QList<CaptureLine> lines = CaptureParser::parse(paste);
        QVERIFY(!lines.isEmpty());
        QCOMPARE(lines.first().kind, CaptureLine::Name);
        QCOMPARE(lines.first().name, name);
        QVERIFY(lines.first().ignoredReason.isEmpty());
        QCOMPARE(lines.first().duplicateOfLine, 0);
    }

    void companyFromHeadline_data()
    {
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QString>("company");
        QTest::newRow("at") << u"Head of Talent at Acme Corp"_s << u"Acme Corp"_s;
        QTest::newRow("stops at a bar")
            << u"Talent Partner at Northwind Labs | Hiring"_s << u"Northwind Labs"_s;
        QTest::newRow("@ with space, stops at a middle dot")
            << u"Founder @ Tidewater Analytics · Speaker"_s << u"Tidewater Analytics"_s;
        QTest::newRow("@ without space") << u"Engineer @Kestrel Systems"_s << u"Kestrel Systems"_s;
        QTest::newRow("employer in a later part")
            << u"Coach | Speaker at Lagos Design Week"_s << u"Lagos Design Week"_s;
        QTest::newRow("last at") << u"Head of Data at Scale at Orbital Freight"_s
                                 << u"Orbital Freight"_s;
        QTest::newRow("comma inside the company")
            << u"Head of Sales at Orbital Freight, Inc."_s << u"Orbital Freight, Inc."_s;
        QTest::newRow("emoji after the company")
            << u"VP Sales at Lumen Health 🚀"_s << u"Lumen Health"_s;
        QTest::newRow("no employer") << u"Product designer, ex-agency"_s << QString();
        QTest::newRow("long, no employer")
            << u"Helping founders hire great engineers without the stress"_s << QString();
        QTest::newRow("e-mail is not an employer")
            << u"Write to me, ana@example.com"_s << QString();
    }

    void companyFromHeadline()
    {
        QFETCH(QString, headline);
        QFETCH(QString, company);
        const QList<CaptureLine> lines = CaptureParser::parse(u"Ana Lima\n"_s + headline);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).kind, CaptureLine::Name);
        QCOMPARE(lines.at(0).company, company);
        QCOMPARE(lines.at(1).kind, CaptureLine::Noise);
        QCOMPARE(lines.at(1).ignoredReason, u"headline"_s);
    }

    void headlineAfterDegreeMarker_data()
    {
        QTest::addColumn<QString>("paste");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("short headline after a degree marker")
            << u"Ana Lima\n• 2nd\nRecruiter"_s
            << QStringList{u"Ana Lima"_s, u"- degree marker"_s, u"- headline"_s};
        QTest::newRow("a job title right after a name is its headline")
            << u"Ana Lima\nRecruiter"_s << QStringList{u"Ana Lima"_s, u"- headline"_s};
        QTest::newRow("a name right after a name is a name")
            << u"Ana Lima\nBruno Castellano"_s << QStringList{u"Ana Lima"_s, u"Bruno Castellano"_s};
        QTest::newRow("headline before the degree marker")
            << u"Ana Lima\nTalent Partner at Northwind Labs\n• 2nd\nBruno Castellano\n"
               "Recruiter\n• 3rd+"_s
            << QStringList{u"Ana Lima @Northwind Labs"_s, u"- headline"_s, u"- degree marker"_s,
                           u"Bruno Castellano"_s,         u"- headline"_s, u"- degree marker"_s};
        QTest::newRow("lower-case headline before the degree marker")
            << u"Ana Lima\nhelping founders hire\n• 2nd"_s
            << QStringList{u"Ana Lima"_s, u"- headline"_s, u"- degree marker"_s};
        QTest::newRow("headline of an anonymous member before the degree marker")
            << u"LinkedIn Member\nSoftware engineer at a stealth startup\n• 3rd+\nAna Lima"_s
            << QStringList{u"- anonymous member"_s, u"- headline"_s, u"- degree marker"_s,
                           u"Ana Lima"_s};
        QTest::newRow("the profile link names the person, headline first")
            << u"Ana Lima\nView Ana Lima’s profile\nStoryteller\n• 2nd"_s
            << QStringList{u"Ana Lima"_s, u"- button label"_s, u"- headline"_s,
                           u"- degree marker"_s};
        QTest::newRow("degree marker on the headline's line")
            << u"Ana Lima\nTalent Partner at Northwind Labs • 2nd\nBruno Castellano"_s
            << QStringList{u"Ana Lima @Northwind Labs"_s, u"- headline"_s, u"Bruno Castellano"_s};
        QTest::newRow("a company page among the people")
            << u"Northwind Labs\n12,480 followers\nFollow\nAna Lima\n• 2nd\nRecruiter\n"
               "Northwind Labs\n1 follower"_s
            << QStringList{u"- company page"_s, u"- count"_s,         u"- button label"_s,
                           u"Ana Lima"_s,       u"- degree marker"_s, u"- headline"_s,
                           u"- company page"_s, u"- count"_s};
        QTest::newRow("followers under a person's headline")
            << u"Ana Lima\n• 2nd\nWriter\n4,210 followers"_s
            << QStringList{u"Ana Lima"_s, u"- degree marker"_s, u"- headline"_s, u"- count"_s};
        QTest::newRow("a comment without its time, right above Like · Reply")
            << u"Priya Raman\nCoach for first-time managers\n• 2nd\nTotally Agree\n"
               "Like · Reply\nTomasz Nowak\n• 3rd+"_s
            << QStringList{u"Priya Raman"_s,    u"- headline"_s,     u"- degree marker"_s,
                           u"- comment text"_s, u"- button label"_s, u"Tomasz Nowak"_s,
                           u"- degree marker"_s};
        QTest::newRow("a person above Follow or Like (a reaction) is still a person")
            << u"Ana Lima\nFollow\nBruno Castellano\nLike"_s
            << QStringList{u"Ana Lima"_s, u"- button label"_s, u"Bruno Castellano"_s,
                           u"- button label"_s};
        QTest::newRow("one person, a headline that could be a name, then the marker")
            << u"Ana Lima\nStoryteller\n• 2nd\nFollow"_s
            << QStringList{u"Ana Lima"_s, u"- headline"_s, u"- degree marker"_s,
                           u"- button label"_s};
        QTest::newRow("the name twice, then a headline that could be a name, then the marker")
            << u"Follow\nAna Lima\nAna Lima\nStoryteller\n• 2nd"_s
            << QStringList{u"- button label"_s, u"Ana Lima"_s, u"- duplicate of line 2"_s,
                           u"- headline"_s, u"- degree marker"_s};
        QTest::newRow("the profile link before the name")
            << u"• 3rd+\nView Ana Lima’s profile\nAna Lima\nStoryteller\n• 2nd"_s
            << QStringList{u"- degree marker"_s, u"- button label"_s, u"Ana Lima"_s,
                           u"- headline"_s, u"- degree marker"_s};
        QTest::newRow("the profile link names the person, degree first")
            << u"Storyteller\nAna Lima\nView Ana Lima’s profile\n• 2nd"_s
            << QStringList{u"Storyteller"_s, u"Ana Lima"_s, u"- button label"_s,
                           u"- degree marker"_s};
        QTest::newRow("blank lines inside a block")
            << u"Ana Lima\n\n• 2nd\n\nHead of Talent at Acme Corp"_s
            << QStringList{u"Ana Lima @Acme Corp"_s, u""_s, u"- degree marker"_s, u""_s,
                           u"- headline"_s};
        QTest::newRow("next person without headline")
            << u"Ana Lima\n• 2nd\nBruno Castellano, PhD\n• 3rd+\nCoach at Tidewater"_s
            << QStringList{u"Ana Lima"_s, u"- degree marker"_s, u"Bruno Castellano @Tidewater"_s,
                           u"- degree marker"_s, u"- headline"_s};
        QTest::newRow("a button ends the block")
            << u"Ana Lima\nFollow\nHead of Talent at Acme Corp"_s
            << QStringList{u"Ana Lima"_s, u"- button label"_s, u"- not a name"_s};
        QTest::newRow("headline of an anonymous member is not the previous person's")
            << u"Ana Lima\nLinkedIn Member\nHead of Talent at Acme Corp"_s
            << QStringList{u"Ana Lima"_s, u"- anonymous member"_s, u"- headline"_s};
    }

    void headlineAfterDegreeMarker()
    {
        QFETCH(QString, paste);
        QFETCH(QStringList, expected);
        compareLines(CaptureParser::parse(paste), expected);
    }

    void profileUrls_data()
    {
        QTest::addColumn<QString>("paste");
        QTest::addColumn<QStringList>("expected");
        const QString ana = u"https://www.linkedin.com/in/ana-lima-42"_s;
        const QString bruno = u"https://www.linkedin.com/in/bruno-castellano"_s;
        QTest::newRow("URL alone") << ana << QStringList{u" <"_s + ana + u'>'};
        QTest::newRow("URL after the name")
            << u"Ana Lima\nhttps://de.linkedin.com/in/Ana-Lima-42/?trk=comments"_s
            << QStringList{u"Ana Lima <"_s + ana + u'>', u"- profile URL of line 1"_s};
        QTest::newRow("URL after the headline")
            << u"Ana Lima\nHead of Talent at Acme Corp\nlinkedin.com/in/ana-lima-42"_s
            << QStringList{u"Ana Lima @Acme Corp <"_s + ana + u'>', u"- headline"_s,
                           u"- profile URL of line 1"_s};
        QTest::newRow("name and URL on one line")
            << u"Ana Lima (https://www.linkedin.com/in/ana-lima-42)"_s
            << QStringList{u"Ana Lima <"_s + ana + u'>'};
        QTest::newRow("pairs of name and URL")
            << u"Ana Lima\n"_s + ana + u"\nBruno Castellano\n"_s + bruno
            << QStringList{u"Ana Lima <"_s + ana + u'>', u"- profile URL of line 1"_s,
                           u"Bruno Castellano <"_s + bruno + u'>', u"- profile URL of line 3"_s};
        QTest::newRow("second URL is another person")
            << u"Ana Lima\n"_s + ana + u'\n' + bruno
            << QStringList{u"Ana Lima <"_s + ana + u'>', u"- profile URL of line 1"_s,
                           u" <"_s + bruno + u'>'};
        QTest::newRow("only URLs")
            << ana + u'\n' + bruno << QStringList{u" <"_s + ana + u'>', u" <"_s + bruno + u'>'};
        QTest::newRow("same URL twice")
            << ana + u"\nAna Lima "_s + ana
            << QStringList{u"Ana Lima <"_s + ana + u'>', u"- duplicate of line 1"_s};
        QTest::newRow("same name, other profiles")
            << u"Ana Lima "_s + ana + u"\nAna Lima https://www.linkedin.com/in/ana-lima-7"_s
            << QStringList{u"Ana Lima <"_s + ana + u'>',
                           u"Ana Lima <https://www.linkedin.com/in/ana-lima-7>"_s};
        QTest::newRow("name repeated after its URL")
            << u"Ana Lima\n"_s + ana + u"\nAna Lima"_s
            << QStringList{u"Ana Lima <"_s + ana + u'>', u"- profile URL of line 1"_s,
                           u"- duplicate of line 1"_s};
    }

    void profileUrls()
    {
        QFETCH(QString, paste);
        QFETCH(QStringList, expected);
        compareLines(CaptureParser::parse(paste), expected);
    }

    void duplicates()
    {
        const QList<CaptureLine> lines = CaptureParser::parse(
            u"Ana Lima\nBruno Castellano\nDr. Ana Lima\nANA LIMA 🎉\nAna Lima-Souza"_s);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(0).kind, CaptureLine::Name);
        QCOMPARE(lines.at(1).kind, CaptureLine::Name);
        for (int i : {2, 3}) {
            QCOMPARE(lines.at(i).kind, CaptureLine::Noise);
            QCOMPARE(lines.at(i).duplicateOfLine, 1);
            QCOMPARE(lines.at(i).ignoredReason, u"duplicate of line 1"_s);
            QVERIFY(lines.at(i).name.isEmpty());
        }
        QCOMPARE(lines.at(4).kind, CaptureLine::Name);
        QCOMPARE(lines.at(4).name, u"Ana Lima-Souza"_s);
        QCOMPARE(lines.at(4).duplicateOfLine, 0);
    }

    void duplicateGivesItsUrlToTheFirst()
    {
        const QList<CaptureLine> lines = CaptureParser::parse(
            u"Ana Lima\nBruno Castellano\nAna Lima https://www.linkedin.com/in/ana-lima-42"_s);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(2).duplicateOfLine, 1);
        QCOMPARE(lines.at(0).profileUrl, u"https://www.linkedin.com/in/ana-lima-42"_s);
    }

    void lineBreaks_data()
    {
        QTest::addColumn<QString>("paste");
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("windows")
            << u"Ana Lima\r\n • 2nd\r\nHead of Talent at Acme Corp\r\n\r\nBruno Castellano\r\n"_s
            << QStringList{u"Ana Lima"_s, u" • 2nd"_s, u"Head of Talent at Acme Corp"_s, u""_s,
                           u"Bruno Castellano"_s}
            << QStringList{u"Ana Lima @Acme Corp"_s, u"- degree marker"_s, u"- headline"_s, u""_s,
                           u"Bruno Castellano"_s};
        QTest::newRow("old mac") << u"Ana Lima\rBruno Castellano"_s
                                 << QStringList{u"Ana Lima"_s, u"Bruno Castellano"_s}
                                 << QStringList{u"Ana Lima"_s, u"Bruno Castellano"_s};
        QTest::newRow("blank and white space lines")
            << u"\n   \nAna Lima\n\t\n\n"_s
            << QStringList{u""_s, u"   "_s, u"Ana Lima"_s, u"\t"_s, u""_s}
            << QStringList{u""_s, u""_s, u"Ana Lima"_s, u""_s, u""_s};
        QTest::newRow("no final line break")
            << u"Ana Lima"_s << QStringList{u"Ana Lima"_s} << QStringList{u"Ana Lima"_s};
        QTest::newRow("empty") << QString() << QStringList() << QStringList();
    }

    void lineBreaks()
    {
        QFETCH(QString, paste);
        QFETCH(QStringList, texts);
        QFETCH(QStringList, expected);
        const QList<CaptureLine> lines = CaptureParser::parse(paste);
        compareLines(lines, expected);
        for (int i = 0; i < lines.size(); ++i)
            QCOMPARE(lines.at(i).text, texts.at(i));
    }

    void blankLinesAreBlank()
    {
        const QList<CaptureLine> lines = CaptureParser::parse(u"Ana Lima\n\nBruno Castellano"_s);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(1).kind, CaptureLine::Blank);
        QVERIFY(lines.at(1).ignoredReason.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_CaptureParser)
#include "tst_captureparser.moc"
