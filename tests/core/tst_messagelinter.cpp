#include "domain/StarterTemplates.h"
#include "outreach/CharacterLimits.h"
#include "outreach/MessageLinter.h"
#include "outreach/TemplateRenderer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

using Values = QHash<QString, QString>;

namespace {

QList<LintFlag> withCode(const QList<LintFlag> &flags, const QString &code)
{
    QList<LintFlag> out;
    for (const LintFlag &f : flags) {
        if (f.code == code)
            out.append(f);
    }
    return out;
}

QString describe(const QList<LintFlag> &flags, const QString &subject, const QString &body)
{
    QStringList parts;
    for (const LintFlag &f : flags) {
        const QString &text = f.inSubject ? subject : body;
        parts.append(f.code + u" \""_s + (f.start < 0 ? QString() : text.mid(f.start, f.length)) +
                     u'"');
    }
    return parts.join(u"; "_s);
}

Values ana()
{
    return {{u"first_name"_s, u"Ana"_s},
            {u"last_name"_s, u"Lima"_s},
            {u"company"_s, u"Acme Logistics"_s},
            {u"position"_s, u"Head of Operations"_s},
            {u"location"_s, u"Lisbon"_s},
            {u"industry"_s, u"logistics"_s},
            {u"content_title"_s, u"Five InMail subject lines that get answers"_s},
            {u"my_name"_s, u"Sam Carter"_s}};
}

QString repeated(const QString &unit, int times)
{
    QString s;
    for (int i = 0; i < times; ++i)
        s += unit;
    return s;
}

} // namespace

class tst_MessageLinter : public QObject
{
    Q_OBJECT

private slots:
    void truePositives_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("span"); // what the flag marks, in subject or body
        QTest::addColumn<bool>("inSubject");

        const QString m = u"message"_s;
        const QString in = u"inmail"_s;
        const QString inv = u"invitation"_s;
        const QString none;
        const auto row = [&](const char *name, const QString &channel, const QString &body,
                             const QString &code, const QString &span) {
            QTest::newRow(name) << channel << none << body << code << span << false;
        };

        // product-news
        row("product improvements", m,
            u"Hi Ana, I wanted to tell you about our latest product improvements."_s,
            u"product-news"_s, u"our latest product improvements"_s);
        row("launched a new service", m, u"Hi Ana, we just launched a new service for you."_s,
            u"product-news"_s, u"we just launched a new service"_s);
        row("introducing", m, u"Introducing our analytics suite, Ana."_s, u"product-news"_s,
            u"Introducing our"_s);
        row("our new platform", m, u"Ana, our new platform is now available."_s, u"product-news"_s,
            u"our new platform"_s);
        row("check out my website", inv, u"Ana, check out my new website!"_s, u"product-news"_s,
            u"check out my new website"_s);
        row("curly apostrophe", m, u"Ana, our company\u2019s new offering is here."_s,
            u"product-news"_s, u"our company\u2019s new offering"_s);
        row("launch of our", m, u"Ana, the launch of our app went well."_s, u"product-news"_s,
            u"launch of our"_s);
        row("now offering", m, u"Ana, we\u2019re now offering audits."_s, u"product-news"_s,
            u"we\u2019re now offering"_s);
        QTest::newRow("in the subject")
            << in << u"Our new product for Acme"_s << u"Hi Ana, reply 'not interested' if not."_s
            << u"product-news"_s << u"Our new product"_s << true;

        // sales-meeting
        row("book a quick demo", m, u"Ana, can we book a quick demo next week?"_s,
            u"sales-meeting"_s, u"book a quick demo"_s);
        row("sales meeting", m, u"Ana, I'd like to set up a 30-minute sales meeting."_s,
            u"sales-meeting"_s, u"set up a 30-minute sales meeting"_s);
        row("free trial", m, u"Ana, would you like a free trial?"_s, u"sales-meeting"_s,
            u"a free trial"_s);
        row("show you how our platform", m, u"Ana, I'd love to show you how our platform works."_s,
            u"sales-meeting"_s, u"show you how our platform"_s);
        row("meet our sales team", inv, u"Ana, meet with our sales team!"_s, u"sales-meeting"_s,
            u"meet with our sales team"_s);
        row("see how our software can", m, u"Ana, see how our software can cut costs."_s,
            u"sales-meeting"_s, u"see how our software can"_s);
        row("accented demo, decomposed", m, u"Ana, shall we schedule a de\u0301mo?"_s,
            u"sales-meeting"_s, u"schedule a de\u0301mo"_s);
        row("capitals", m, u"ANA, BOOK A DEMO TODAY"_s, u"sales-meeting"_s, u"BOOK A DEMO"_s);

        // phone: pushes in any channel
        row("hop on a call", m, u"Ana, can we hop on a call this week?"_s, u"phone"_s,
            u"hop on a call"_s);
        row("jump on a quick call", m, u"Ana, let's jump on a quick call."_s, u"phone"_s,
            u"jump on a quick call"_s);
        row("get you on the phone", m, u"Ana, I'd love to get you on the phone."_s, u"phone"_s,
            u"get you on the phone"_s);
        row("your cell number", m, u"Ana, what's your cell number?"_s, u"phone"_s,
            u"your cell number"_s);
        row("I'll give you a call", m, u"Ana, I\u2019ll give you a call on Monday."_s, u"phone"_s,
            u"I\u2019ll give you a call"_s);
        row("across a line break", m, u"Ana, can we hop on a\ncall?"_s, u"phone"_s,
            u"hop on a\ncall"_s);
        // phone: plain call requests where the reader is a stranger, or with selling
        row("15-minute call in an InMail", in,
            u"Ana, would you be up for a 15-minute call? Reply 'not interested' if not."_s,
            u"phone"_s, u"a 15-minute call"_s);
        row("schedule a call in an invitation", inv, u"Ana, let's schedule a call."_s, u"phone"_s,
            u"schedule a call"_s);
        row("quick call plus selling, message", m,
            u"Ana, a quick call to walk you through our platform?"_s, u"phone"_s,
            u"a quick call"_s);
        row("give me a call, with selling", m,
            u"Ana, our services fit Acme. Give me a call at 555-1234."_s, u"phone"_s,
            u"Give me a call"_s);
        row("zoom call about pricing, e-mail", u"email"_s, u"Ana, a Zoom call about our pricing?"_s,
            u"phone"_s, u"Zoom call"_s);

        // number-one
        row("#1 provider", m, u"Ana, we are the #1 provider of payroll software."_s,
            u"number-one"_s, u"#1"_s);
        row("number one", m, u"Ana, we were ranked number one in Europe."_s, u"number-one"_s,
            u"number one"_s);
        row("leading provider", m, u"Ana, we are a leading provider of HR services."_s,
            u"number-one"_s, u"a leading provider"_s);
        row("best-in-class, non-breaking hyphens", m, u"Ana, our best\u2011in\u2011class tool."_s,
            u"number-one"_s, u"best\u2011in\u2011class"_s);
        row("world-class", m, u"Ana, our world-class team."_s, u"number-one"_s, u"world-class"_s);
        row("#1 reason inside a quote", m,
            u"Ana, as they say, \u201Cthe #1 reason deals stall is silence.\u201D"_s,
            u"number-one"_s, u"#1"_s);
        row("No. 1", m, u"Ana, we are No. 1 in service."_s, u"number-one"_s, u"No. 1"_s);
        row("industry-leading", m, u"Ana, our industry-leading app."_s, u"number-one"_s,
            u"industry-leading"_s);
        row("world's leading", m, u"Ana, the world\u2019s leading agency."_s, u"number-one"_s,
            u"the world\u2019s leading"_s);
        row("fullwidth #1", m, u"Ana, we are \uFF03\uFF11."_s, u"number-one"_s, u"\uFF03\uFF11"_s);

        // self-congratulation
        row("proud to announce", m, u"Ana, I'm proud to announce my promotion."_s,
            u"self-congratulation"_s, u"proud to announce"_s);
        row("thrilled to share", m, u"Ana, thrilled to share that we grew."_s,
            u"self-congratulation"_s, u"thrilled to share"_s);
        row("we are excited", m, u"Ana, we are excited to work with you."_s,
            u"self-congratulation"_s, u"we are excited"_s);
        row("award-winning", m, u"Ana, our award-winning agency."_s, u"self-congratulation"_s,
            u"award-winning"_s);
        row("surprised and humbled", m,
            u"Ana, I was surprised and humbled to receive the Nobel Prize for sales this week."_s,
            u"self-congratulation"_s, u"surprised and humbled to receive"_s);
        row("we're thrilled, curly", m, u"Ana, we\u2019re thrilled!"_s, u"self-congratulation"_s,
            u"we\u2019re thrilled"_s);
        row("won an award", m, u"Ana, we recently won the Best Workplace award."_s,
            u"self-congratulation"_s, u"we recently won the Best Workplace award"_s);
        row("named one of the top", m, u"Ana, I was named one of the top 50 recruiters."_s,
            u"self-congratulation"_s, u"I was named one of the top"_s);

        // no-personal-detail: generic greetings
        row("dear sir or madam", m, u"Dear Sir or Madam,\nI enjoyed the post."_s,
            u"no-personal-detail"_s, u"Dear Sir or Madam"_s);
        row("hi there", m, u"Hi there! Thanks for connecting."_s, u"no-personal-detail"_s,
            u"Hi there"_s);
        row("bare hi", m, u"  Hi, thanks for connecting."_s, u"no-personal-detail"_s, u"Hi"_s);
        row("to whom it may concern", in,
            u"To whom it may concern: reply 'not interested' if not."_s, u"no-personal-detail"_s,
            u"To whom it may concern"_s);
    }

    void truePositives()
    {
        QFETCH(QString, channel);
        QFETCH(QString, subject);
        QFETCH(QString, body);
        QFETCH(QString, code);
        QFETCH(QString, span);
        QFETCH(bool, inSubject);
        const QList<LintFlag> flags = MessageLinter::lint(channel, subject, body);
        const QList<LintFlag> hits = withCode(flags, code);
        QVERIFY2(hits.size() == 1, qPrintable(describe(flags, subject, body)));
        const LintFlag &f = hits.first();
        QCOMPARE(f.inSubject, inSubject);
        QCOMPARE((inSubject ? subject : body).mid(f.start, f.length), span);
        QVERIFY(!f.title.isEmpty());
        QVERIFY(!f.explanation.isEmpty());
    }

    void trueNegatives_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("code");

        const QString m = u"message"_s;
        const QString in = u"inmail"_s;
        const auto row = [](const char *name, const QString &channel, const QString &body,
                            const QString &code) {
            QTest::newRow(name) << channel << body << code;
        };

        row("their product launch", m, u"I read your post about your new product launch."_s,
            u"product-news"_s);
        row("product management", m, u"I enjoyed your post on product updates and management."_s,
            u"product-news"_s);
        row("launch of your book", m, u"Congratulations on the launch of your book."_s,
            u"product-news"_s);
        row("you launched", m, u"I saw that you launched a new podcast."_s, u"product-news"_s);
        row("my latest how-to", m, u"I'm happy to share my latest how-to with you."_s,
            u"product-news"_s);
        row("my new role", m, u"My new role keeps me busy."_s, u"product-news"_s);

        row("article on sales meetings", m, u"Your article on sales meetings was spot on."_s,
            u"sales-meeting"_s);
        row("their demo", m, u"I enjoyed your demo at the conference."_s, u"sales-meeting"_s);
        row("watched a demo", m, u"I watched a demo of your app and had a question."_s,
            u"sales-meeting"_s);
        row("demographics", m, u"The demographics of your audience surprised me."_s,
            u"sales-meeting"_s);
        row("meeting you", m, u"Great meeting you at the conference."_s, u"sales-meeting"_s);
        row("introduce you to my colleague", m,
            u"Happy to introduce you to my colleague Rui, who works on the same problem."_s,
            u"sales-meeting"_s);

        row("15-minute call to a connection", m,
            u"Would you be up for a 15-minute call in the next couple of weeks?"_s, u"phone"_s);
        row("schedule a call with a connection", m, u"Let's schedule a call next week."_s,
            u"phone"_s);
        row("on the phone with a connection", m, u"Good to talk on the phone last month."_s,
            u"phone"_s);
        row("callback", in, u"Thanks for the callback idea in your post."_s, u"phone"_s);
        row("phonemes", in, u"Your post on phonemes and accents was great."_s, u"phone"_s);
        row("call to action", in, u"Your call to action was clear."_s, u"phone"_s);
        row("close call", in, u"That was a close call for your team."_s, u"phone"_s);
        row("judgement call", in, u"A tough judgement call, I imagine."_s, u"phone"_s);
        row("iPhone and smartphone", in, u"I read it on my iPhone, then my smartphone."_s,
            u"phone"_s);
        row("so-called", in, u"The so-called experts disagree."_s, u"phone"_s);
        row("recalled", in, u"I recalled your post on hiring."_s, u"phone"_s);

        row("your #1 priority", m, u"I know hiring is your #1 priority."_s, u"number-one"_s);
        row("#10", m, u"I read tip #10 with interest."_s, u"number-one"_s);
        row("you're the leading expert", m, u"You're the leading expert on this."_s,
            u"number-one"_s);
        row("leading the team", m, u"She is leading the team now."_s, u"number-one"_s);
        row("classic", m, u"A classic question in your field."_s, u"number-one"_s);
        row("number of followers", m, u"The number of followers you have is impressive."_s,
            u"number-one"_s);
        row("one of the best", m, u"One of the best articles I've read."_s, u"number-one"_s);

        row("excited to read", m, u"I'm excited to read your next article."_s,
            u"self-congratulation"_s);
        row("you must be proud", m, u"You must be proud of your team."_s, u"self-congratulation"_s);
        row("happy to share notes", m, u"I'd be happy to share my notes with you."_s,
            u"self-congratulation"_s);
        row("honoured to connect", m, u"I'd be honoured to connect."_s, u"self-congratulation"_s);
        row("happy to introduce you", m, u"Happy to introduce you to Maria."_s,
            u"self-congratulation"_s);
        row("their award-winning podcast", m, u"Congratulations on your award-winning podcast."_s,
            u"self-congratulation"_s);
        row("happy to present findings", m, u"I'm happy to present our findings to your group."_s,
            u"self-congratulation"_s);
        row("surprised by your results", m, u"I was surprised by your results."_s,
            u"self-congratulation"_s);

        row("greeting with a name", m, u"Hi Ana, thanks for connecting."_s,
            u"no-personal-detail"_s);
        row("hi inside a name", m, u"Hillary, thanks for connecting."_s, u"no-personal-detail"_s);
        row("hi there later on", m, u"Ana, thanks. Hi there from Lisbon!"_s,
            u"no-personal-detail"_s);

        row("InMail with the line", in,
            u"Hi Ana, a how-to for you. If this isn't relevant, just reply 'Not interested'."_s,
            u"missing-not-interested"_s);
        row("message needs no such line", m, u"Hi Ana, a how-to for you."_s,
            u"missing-not-interested"_s);
        row("invitation needs no such line", u"invitation"_s, u"Hi Ana, let's connect."_s,
            u"missing-not-interested"_s);
    }

    void trueNegatives()
    {
        QFETCH(QString, channel);
        QFETCH(QString, body);
        QFETCH(QString, code);
        const QList<LintFlag> flags = MessageLinter::lint(channel, QString(), body);
        QVERIFY2(withCode(flags, code).isEmpty(), qPrintable(describe(flags, QString(), body)));
    }

    void asksForNegativeAnswer_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("asks");
        const auto yes = [](const char *name, const QString &text) {
            QTest::newRow(name) << text << true;
        };
        const auto no = [](const char *name, const QString &text) {
            QTest::newRow(name) << text << false;
        };
        yes("seed's line", u"If you are not interested, just say so: please reply \u201CNot "
                           u"Interested\u201D"_s);
        yes("starter's line",
            u"If this isn't relevant, just reply 'Not interested' \u2014 that helps me too."_s);
        yes("reply not interested", u"Please reply 'not interested' if not."_s);
        yes("reply with", u"Just reply with \u201CNot interested\u201D."_s);
        yes("capitals", u"REPLY NOT INTERESTED AND I'LL STOP."_s);
        yes("reply across a line break", u"Simply reply\n\"Not interested\"."_s);
        yes("if not interested, let me know",
            u"If you\u2019re not interested, just let me know."_s);
        yes("if it's not a fit, a quick no", u"If it\u2019s not a fit, a quick no is fine."_s);
        yes("just say no", u"Just say no \u2014 I won't mind."_s);
        yes("a simple no is fine", u"A simple no is fine."_s);
        yes("a quoted no", u"A \u201Cno\u201D is totally fine."_s);
        yes("no is a good answer", u"No is a perfectly good answer."_s);
        yes("even a no", u"Any answer helps, even a no."_s);
        yes("either way", u"Let me know either way."_s);
        yes("reply no thanks", u"Simply reply \"no thanks\"."_s);
        yes("if not, let me know", u"If not, let me know."_s);
        yes("timing is wrong", u"If the timing is wrong, just let me know."_s);
        yes("rather not hear from me",
            u"If you'd rather not hear from me, a one-word reply is perfect."_s);
        no("not interested in selling", u"I'm not interested in selling you anything."_s);
        no("no reply needed", u"No reply needed."_s);
        no("no worries if not", u"No worries if not."_s);
        no("not interested, no worries", u"If you're not interested, no worries."_s);
        no("either way, enjoyed", u"Either way, I enjoyed your article."_s);
        no("say no to cold outreach", u"Say no to cold outreach."_s);
        no("if interested, reply", u"If you're interested, reply and I'll send it."_s);
        no("reply no later than", u"Please reply no later than Friday."_s);
        no("if you don't mind, let me know", u"If you don't mind, let me know your thoughts."_s);
        no("plain InMail", u"I know you get a lot of InMails."_s);
        no("empty", QString());
    }

    void asksForNegativeAnswer()
    {
        QFETCH(QString, text);
        QFETCH(bool, asks);
        QCOMPARE(MessageLinter::asksForNegativeAnswer(text), asks);
        // The linter agrees for InMails.
        const QList<LintFlag> flags =
            MessageLinter::lint(u"inmail"_s, u"A how-to"_s, u"Hi Ana, "_s + text);
        QCOMPARE(withCode(flags, u"missing-not-interested"_s).isEmpty(), asks);
    }

    void missingNotInterestedIsAboutTheWholeMessage()
    {
        const QList<LintFlag> flags =
            MessageLinter::lint(u"inmail"_s, u"A how-to"_s, u"Hi Ana, a how-to for you."_s);
        const QList<LintFlag> hits = withCode(flags, u"missing-not-interested"_s);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().start, -1);
        QCOMPARE(hits.first().length, 0);
    }

    void startersRaiseNoFlags_data()
    {
        QTest::addColumn<MessageTemplate>("starter");
        for (const MessageTemplate &t : StarterTemplates::all())
            QTest::newRow(t.name.toUtf8().constData()) << t;
    }

    void startersRaiseNoFlags()
    {
        QFETCH(MessageTemplate, starter);
        // As a template, with its placeholders...
        QList<LintFlag> flags = MessageLinter::lint(starter.channel, starter.subject, starter.body);
        QVERIFY2(flags.isEmpty(), qPrintable(describe(flags, starter.subject, starter.body)));
        // ...and as sent to someone.
        const QString subject = TemplateRenderer::render(starter.subject, ana()).text;
        const QString body = TemplateRenderer::render(starter.body, ana()).text;
        flags = MessageLinter::lint(starter.channel, subject, body, ana());
        QVERIFY2(flags.isEmpty(), qPrintable(describe(flags, subject, body)));
    }

    void noPersonalDetail_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<Values>("recipient");
        QTest::addColumn<bool>("flagged");
        const QString generic = u"Thanks for connecting. What are you working on these days?"_s;
        QTest::newRow("mentions nobody") << generic << ana() << true;
        QTest::newRow("no recipient given") << generic << Values() << false;
        QTest::newRow("recipient with only my name")
            << generic << Values{{u"my_name"_s, u"Sam"_s}} << false;
        QTest::newRow("recipient with blank details")
            << generic << Values{{u"first_name"_s, u" "_s}} << false;
        QTest::newRow("names them") << u"Thanks, Ana."_s << ana() << false;
        QTest::newRow("names their company, accents and case differ")
            << u"How is ACMÉ LOGISTICS doing?"_s << ana() << false;
        QTest::newRow("names their post")
            << u"Loved \u201Cfive InMail subject lines that get answers\u201D."_s << ana() << false;
        QTest::newRow("a name inside another word is not a mention")
            << u"Thanks for the banana bread."_s << ana() << true;
        QTest::newRow("uses a placeholder") << u"Thanks, {first_name}."_s << ana() << false;
        QTest::newRow("only my_name placeholder") << u"Thanks. {my_name}"_s << ana() << true;
    }

    void noPersonalDetail()
    {
        QFETCH(QString, body);
        QFETCH(Values, recipient);
        QFETCH(bool, flagged);
        const QList<LintFlag> hits = withCode(
            MessageLinter::lint(u"message"_s, QString(), body, recipient), u"no-personal-detail"_s);
        QCOMPARE(hits.size(), flagged ? 1 : 0);
        if (flagged)
            QCOMPARE(hits.first().start, -1);
    }

    void nothingForCallNotesOrEmptyDrafts()
    {
        const QString pushy = u"Hi there, hop on a call about our #1 new product? Demo!"_s;
        QVERIFY(!MessageLinter::lint(u"message"_s, QString(), pushy).isEmpty());
        QVERIFY(MessageLinter::lint(u"call"_s, QString(), pushy).isEmpty());
        QVERIFY(MessageLinter::lint(u"inmail"_s, QString(), u" \n "_s).isEmpty());
    }

    void flagsAreOrderedAndExplained()
    {
        const QString subject = u"We're thrilled: our new product"_s;
        const QString body = u"Hi Ana, we are the #1 agency. Book a demo and hop on a call."_s;
        const QList<LintFlag> flags = MessageLinter::lint(u"inmail"_s, subject, body);
        QStringList codes;
        for (const LintFlag &f : flags) {
            codes.append(f.code);
            QVERIFY(MessageLinter::codes().contains(f.code));
            QVERIFY(!f.title.isEmpty());
            QVERIFY(f.explanation.size() > 40);
        }
        const QStringList expected = {
            u"self-congratulation"_s, u"product-news"_s, u"number-one"_s,
            u"sales-meeting"_s,       u"phone"_s,        u"missing-not-interested"_s};
        QCOMPARE(codes, expected);
        QVERIFY(flags.at(0).inSubject && flags.at(1).inSubject);
        QVERIFY(!flags.at(2).inSubject);
        QVERIFY(flags.at(2).start < flags.at(3).start && flags.at(3).start < flags.at(4).start);
    }

    void limits_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<CharacterLimits::Part>("part");
        QTest::addColumn<int>("setting");
        QTest::addColumn<int>("limit");
        using P = CharacterLimits::Part;
        QTest::newRow("invitation note") << u"invitation"_s << P::Body << 300 << 300;
        QTest::newRow("invitation note, free account") << u"invitation"_s << P::Body << 200 << 200;
        QTest::newRow("invitation note, bad setting") << u"invitation"_s << P::Body << 0 << 300;
        QTest::newRow("invitation has no subject") << u"invitation"_s << P::Subject << 300 << 0;
        QTest::newRow("InMail subject") << u"inmail"_s << P::Subject << 300 << 200;
        QTest::newRow("InMail body") << u"inmail"_s << P::Body << 300 << 2000;
        QTest::newRow("message") << u"message"_s << P::Body << 300 << 8000;
        QTest::newRow("message subject") << u"message"_s << P::Subject << 300 << 0;
        QTest::newRow("e-mail") << u"email"_s << P::Body << 300 << 0;
        QTest::newRow("call") << u"call"_s << P::Body << 300 << 0;
    }

    void limits()
    {
        QFETCH(QString, channel);
        QFETCH(CharacterLimits::Part, part);
        QFETCH(int, setting);
        QFETCH(int, limit);
        QCOMPARE(CharacterLimits::limit(channel, part, setting), limit);
    }

    void count_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("ascii") << u"Hi Ana"_s << 6;
        QTest::newRow("precomposed accent") << u"na\u00EFve"_s << 5;
        QTest::newRow("combining accent") << u"nai\u0308ve"_s << 5;
        QTest::newRow("two combining marks") << u"a\u0301\u0323"_s << 1;
        QTest::newRow("emoji outside the BMP") << u"\U0001F600"_s << 1;
        QTest::newRow("thumbs up with skin tone") << u"\U0001F44D\U0001F3FD"_s << 1;
        QTest::newRow("ZWJ family") << u"\U0001F468\u200D\U0001F469\u200D\U0001F467"_s << 1;
        QTest::newRow("flag") << u"\U0001F1F5\U0001F1F9"_s << 1;
        QTest::newRow("two flags") << u"\U0001F1F5\U0001F1F9\U0001F1E9\U0001F1EA"_s << 2;
        QTest::newRow("keycap") << u"1\uFE0F\u20E3"_s << 1;
        QTest::newRow("CR LF") << u"a\r\nb"_s << 3;
        QTest::newRow("mixed") << u"Ol\u00E1 \U0001F44B\U0001F3FB!"_s << 6;
    }

    void count()
    {
        QFETCH(QString, text);
        QFETCH(int, count);
        QCOMPARE(CharacterLimits::count(text), count);
    }

    void tooLong_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("setting");
        QTest::addColumn<bool>("inSubject");
        QTest::addColumn<int>("start"); // -1: not flagged
        QTest::addColumn<int>("length");
        const QString x300 = repeated(u"x"_s, 300);
        const QString thumbs = u"\U0001F44D\U0001F3FD"_s; // four UTF-16 units, one character
        QTest::newRow("note at the limit")
            << u"invitation"_s << QString() << x300 << 300 << false << -1 << 0;
        QTest::newRow("note one over")
            << u"invitation"_s << QString() << x300 + u"yz"_s << 300 << false << 300 << 2;
        QTest::newRow("note over a lower setting")
            << u"invitation"_s << QString() << repeated(u"x"_s, 250) << 200 << false << 200 << 50;
        QTest::newRow("300 emoji fit")
            << u"invitation"_s << QString() << repeated(thumbs, 300) << 300 << false << -1 << 0;
        QTest::newRow("301st emoji marked whole")
            << u"invitation"_s << QString() << repeated(thumbs, 301) << 300 << false << 1200 << 4;
        QTest::newRow("300 decomposed accents fit")
            << u"invitation"_s << QString() << repeated(u"e\u0301"_s, 300) << 300 << false << -1
            << 0;
        QTest::newRow("InMail subject over")
            << u"inmail"_s << repeated(u"s"_s, 201) << u"Reply 'not interested' if not."_s << 300
            << true << 200 << 1;
        QTest::newRow("InMail body over")
            << u"inmail"_s << u"Hi"_s << u"Reply 'not interested'. "_s + repeated(u"b"_s, 2000)
            << 300 << false << 2000 << 24;
        QTest::newRow("message under 8000")
            << u"message"_s << QString() << repeated(u"m"_s, 8000) << 300 << false << -1 << 0;
        QTest::newRow("message over 8000")
            << u"message"_s << QString() << repeated(u"m"_s, 8001) << 300 << false << 8000 << 1;
        QTest::newRow("e-mail has no limit") << u"email"_s << repeated(u"s"_s, 500)
                                             << repeated(u"m"_s, 20000) << 300 << false << -1 << 0;
    }

    void tooLong()
    {
        QFETCH(QString, channel);
        QFETCH(QString, subject);
        QFETCH(QString, body);
        QFETCH(int, setting);
        QFETCH(bool, inSubject);
        QFETCH(int, start);
        QFETCH(int, length);
        const QList<LintFlag> hits =
            withCode(MessageLinter::lint(channel, subject, body, {}, setting), u"too-long"_s);
        if (start < 0) {
            QVERIFY(hits.isEmpty());
            return;
        }
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().inSubject, inSubject);
        QCOMPARE(hits.first().start, start);
        QCOMPARE(hits.first().length, length);
        QVERIFY(hits.first().explanation.contains(QString::number(CharacterLimits::limit(
            channel, inSubject ? CharacterLimits::Part::Subject : CharacterLimits::Part::Body,
            setting))));
    }
};

QTEST_GUILESS_MAIN(tst_MessageLinter)
#include "tst_messagelinter.moc"
