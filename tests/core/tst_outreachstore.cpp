// Outreach rows: templates, the negative-answer flag, replies attached to
// what they answer, filters, and the records the numbers are computed from.

#include "db/Database.h"
#include "domain/InMailRecord.h"
#include "domain/InvitationRecord.h"
#include "outreach/InMailLedger.h"
#include "outreach/InvitationStats.h"
#include "store/ContactStore.h"
#include "store/OutreachStore.h"

#include <QTemporaryDir>
#include <QTest>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

QDateTime at(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate);
}

void setZone(const QByteArray &zone)
{
    if (zone.isEmpty())
        qunsetenv("TZ");
    else
        qputenv("TZ", zone);
    ::tzset();
}

// A moment on a local calendar day in the zone set by setZone().
QDateTime local(const QDate &day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute)).toUTC();
}

void zoneRows(const char *what, const QDate &sent)
{
    for (const char *zone : {"UTC", "America/Los_Angeles", "Europe/Berlin", "Pacific/Kiritimati"})
        QTest::addRow("%s, %s, sent %s", zone, what, qPrintable(sent.toString(Qt::ISODate)))
            << QByteArray(zone) << sent;
}

} // namespace

class tst_OutreachStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<ContactStore> m_contacts;
    std::unique_ptr<OutreachStore> m_store;
    int m_run = 0;
    qint64 m_ana = 0;
    qint64 m_ben = 0;

    Outreach make(qint64 contact, const QString &channel, const QString &direction,
                  const QString &when, const QString &body = {})
    {
        Outreach o;
        o.contactId = contact;
        o.channel = channel;
        o.direction = direction;
        o.happenedAt = at(when);
        o.body = body;
        return o;
    }

private slots:
    void init()
    {
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(u"o%1.sqlite"_s.arg(++m_run)), &error),
                 qPrintable(error));
        m_contacts = std::make_unique<ContactStore>(m_db);
        m_store = std::make_unique<OutreachStore>(m_db);
        Contact a;
        a.firstName = u"Ana"_s;
        QVERIFY(m_contacts->add(a, &error));
        m_ana = a.id;
        Contact b;
        b.firstName = u"Ben"_s;
        QVERIFY(m_contacts->add(b, &error));
        m_ben = b.id;
    }
    void cleanup()
    {
        setZone({});
        m_store.reset();
        m_contacts.reset();
        m_db.close();
    }

    void newFieldsRoundTrip()
    {
        Outreach o = make(m_ana, u"inmail"_s, u"out"_s, u"2026-11-01T09:00:00Z"_s, u"Hello"_s);
        o.subject = u"A question"_s;
        o.templateName = u"InMail: first contact"_s;
        o.askedNegative = 1;
        QString error;
        QVERIFY2(m_store->add(o, &error), qPrintable(error));
        QCOMPARE(*m_store->get(o.id), o);
        o.askedNegative = 0;
        o.outcome = u"not-interested"_s;
        o.outcomeAt = at(u"2026-11-03T10:00:00Z"_s);
        QVERIFY(m_store->update(o, &error));
        QCOMPARE(*m_store->get(o.id), o);
        // Undo of a delete puts it back under its id.
        QVERIFY(m_store->remove(o.id, &error));
        QVERIFY(!m_store->get(o.id));
        Outreach back = o;
        QVERIFY(m_store->add(back, &error));
        QCOMPARE(back.id, o.id);
        QCOMPARE(*m_store->get(o.id), o);
    }

    void aReplyAttachesToWhatItAnswers()
    {
        QString error;
        Outreach first = make(m_ana, u"message"_s, u"out"_s, u"2026-11-01T09:00:00Z"_s);
        Outreach second = make(m_ana, u"message"_s, u"out"_s, u"2026-11-05T09:00:00Z"_s);
        Outreach toBen = make(m_ben, u"message"_s, u"out"_s, u"2026-11-06T09:00:00Z"_s);
        Outreach invite = make(m_ana, u"invitation"_s, u"out"_s, u"2026-11-06T10:00:00Z"_s);
        QVERIFY(m_store->add(first, &error) && m_store->add(second, &error) &&
                m_store->add(toBen, &error) && m_store->add(invite, &error));
        // Ana replies on the 7th: it answers her latest unanswered message (not Ben's,
        // not the invitation), which is now "replied".
        Outreach reply = make(m_ana, u"message"_s, u"in"_s, u"2026-11-07T08:00:00Z"_s);
        QVERIFY(m_store->add(reply, &error));
        QCOMPARE(reply.replyTo, second.id);
        QCOMPARE(m_store->get(second.id)->outcome, u"replied"_s);
        QCOMPARE(m_store->get(second.id)->outcomeAt, reply.happenedAt);
        QCOMPARE(m_store->get(first.id)->outcome, QString());
        QCOMPARE(m_store->get(invite.id)->outcome, QString());
        // A second reply is a follow-up to the latest message, not an answer
        // to the older one.
        Outreach again = make(m_ana, u"message"_s, u"in"_s, u"2026-11-08T08:00:00Z"_s);
        QVERIFY(m_store->add(again, &error));
        QCOMPARE(again.replyTo, second.id);
        QCOMPARE(m_store->get(first.id)->outcome, QString());
        // A reply never attaches to something sent after it.
        Outreach early = make(m_ben, u"message"_s, u"in"_s, u"2026-11-02T08:00:00Z"_s);
        QVERIFY(m_store->add(early, &error));
        QCOMPARE(early.replyTo, 0);
        // An outcome the user set is kept.
        Outreach asked = make(m_ben, u"inmail"_s, u"out"_s, u"2026-11-09T08:00:00Z"_s);
        asked.outcome = u"not-interested"_s;
        asked.outcomeAt = at(u"2026-11-09T09:00:00Z"_s);
        QVERIFY(m_store->add(asked, &error));
        Outreach answer = make(m_ben, u"inmail"_s, u"in"_s, u"2026-11-10T08:00:00Z"_s);
        QVERIFY(m_store->add(answer, &error));
        QCOMPARE(answer.replyTo, asked.id);
        QCOMPARE(m_store->get(asked.id)->outcome, u"not-interested"_s);
        // Removing a reply (undo) takes back the "replied" it gave.
        QVERIFY(m_store->remove(reply.id, &error));
        QCOMPARE(m_store->get(second.id)->outcome, QString());
        QVERIFY(m_store->remove(answer.id, &error));
        QCOMPARE(m_store->get(asked.id)->outcome, u"not-interested"_s);
    }

    void followUpRepliesAnswerTheLatestMessageNotAnOldOne()
    {
        // Review finding: an old unanswered InMail must not be "answered" by a
        // second reply to a recent message.
        QString error;
        Outreach inmail = make(m_ana, u"inmail"_s, u"out"_s, u"2026-01-05T09:00:00Z"_s);
        Outreach msg = make(m_ana, u"message"_s, u"out"_s, u"2026-03-01T09:00:00Z"_s);
        QVERIFY(m_store->add(inmail, &error) && m_store->add(msg, &error));
        Outreach r1 = make(m_ana, u"message"_s, u"in"_s, u"2026-03-02T09:00:00Z"_s);
        Outreach r2 = make(m_ana, u"message"_s, u"in"_s, u"2026-03-03T09:00:00Z"_s);
        QVERIFY(m_store->add(r1, &error) && m_store->add(r2, &error));
        QCOMPARE(r1.replyTo, msg.id);
        QCOMPARE(r2.replyTo, msg.id);
        QCOMPARE(m_store->get(inmail.id)->outcome, QString());
        // A reply months after the last thing sent still answers it: any
        // answer is an answer, whenever it comes (issue 15).
        Outreach late = make(m_ben, u"message"_s, u"out"_s, u"2026-01-01T09:00:00Z"_s);
        QVERIFY(m_store->add(late, &error));
        Outreach lateReply = make(m_ben, u"message"_s, u"in"_s, u"2026-06-01T09:00:00Z"_s);
        QVERIFY(m_store->add(lateReply, &error));
        QCOMPARE(lateReply.replyTo, late.id);
        QCOMPARE(m_store->get(late.id)->outcome, u"replied"_s);
        // The same channel wins over a more recent other channel.
        Outreach mail = make(m_ben, u"inmail"_s, u"out"_s, u"2026-06-02T09:00:00Z"_s);
        Outreach note = make(m_ben, u"message"_s, u"out"_s, u"2026-06-03T09:00:00Z"_s);
        QVERIFY(m_store->add(mail, &error) && m_store->add(note, &error));
        Outreach answer = make(m_ben, u"inmail"_s, u"in"_s, u"2026-06-04T09:00:00Z"_s);
        QVERIFY(m_store->add(answer, &error));
        QCOMPARE(answer.replyTo, mail.id);
    }

    void importedRepliesAreLinkedAfterwards()
    {
        // Rows saved with a reply that came first in the file stay unlinked
        // until linkReplies() runs (the importer calls it at the end).
        QString error;
        Outreach reply = make(m_ana, u"message"_s, u"in"_s, u"2026-04-02T09:00:00Z"_s);
        reply.conversation = u"c-9"_s;
        QVERIFY(m_store->add(reply, &error));
        QCOMPARE(reply.replyTo, 0);
        Outreach sent = make(m_ana, u"message"_s, u"out"_s, u"2026-04-01T09:00:00Z"_s);
        sent.conversation = u"c-9"_s;
        QVERIFY(m_store->add(sent, &error));
        QVERIFY2(m_store->linkReplies(&error), qPrintable(error));
        QCOMPARE(m_store->get(reply.id)->replyTo, sent.id);
        QCOMPARE(m_store->get(sent.id)->outcome, u"replied"_s);
        QVERIFY(m_store->linkReplies(&error)); // again: nothing changes
        QCOMPARE(m_store->get(reply.id)->replyTo, sent.id);
    }

    void sameConversationWins()
    {
        QString error;
        Outreach a = make(m_ana, u"message"_s, u"out"_s, u"2026-11-01T09:00:00Z"_s);
        a.conversation = u"conv-1"_s;
        Outreach b = make(m_ana, u"message"_s, u"out"_s, u"2026-11-02T09:00:00Z"_s);
        b.conversation = u"conv-2"_s;
        QVERIFY(m_store->add(a, &error) && m_store->add(b, &error));
        Outreach reply = make(m_ana, u"message"_s, u"in"_s, u"2026-11-03T09:00:00Z"_s);
        reply.conversation = u"conv-1"_s;
        QVERIFY(m_store->add(reply, &error));
        QCOMPARE(reply.replyTo, a.id);
    }

    void inmailAnswerWindowInLocalDays_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDate>("sent");
        // Day 90 on the day the clocks go back in Los Angeles (1 Nov 2026)
        // and forward (8 Mar 2026); in Berlin on 25 Oct 2026.
        zoneRows("day 90 at autumn's clock change", QDate(2026, 8, 3));
        zoneRows("day 90 at spring's clock change", QDate(2025, 12, 8));
        zoneRows("day 90 at Berlin's change", QDate(2026, 7, 27));
    }
    void inmailAnswerWindowInLocalDays()
    {
        // Sent late in the evening, answered just after midnight and late at
        // night: the answer is linked however late, and the credit comes
        // back for an answer on local day 89 or 90, not 91.
        QFETCH(QByteArray, zone);
        QFETCH(QDate, sent);
        for (const auto &[hour, minute] : {std::pair{0, 30}, std::pair{23, 30}}) {
            for (int day : {89, 90, 91}) {
                cleanup(); // a fresh database per case
                setZone(zone);
                init();
                QString error;
                Outreach mail = make(m_ana, u"inmail"_s, u"out"_s, QString());
                mail.happenedAt = local(sent, 23, 30);
                QVERIFY(m_store->add(mail, &error));
                Outreach answer = make(m_ana, u"message"_s, u"in"_s, QString());
                answer.happenedAt = local(sent.addDays(day), hour, minute);
                QVERIFY(m_store->add(answer, &error));
                const QString where =
                    u"%1, answered on day %2 at %3:%4"_s.arg(QString::fromLatin1(zone))
                        .arg(day)
                        .arg(hour)
                        .arg(minute);
                QVERIFY2(answer.replyTo == mail.id, qPrintable(where));
                const QList<InMailRecord> records = m_store->inmailRecords({});
                QCOMPARE(records.size(), 1);
                QCOMPARE(records.first().sent, sent);
                QCOMPARE(records.first().answered, sent.addDays(day));
                const QDate today = sent.addDays(100);
                const InMailLedger l = InMailLedger::compute(
                    records, InMailPlan::of(InMailPlan::PremiumCareer), sent, today);
                QVERIFY2(l.answered == 1, qPrintable(where));
                QVERIFY2(l.returned == (day <= 90 ? 1 : 0), qPrintable(where));
                QVERIFY2(l.spent == (day <= 90 ? 0 : 1), qPrintable(where));
                // The same answer set by hand as the outcome counts the same.
                QVERIFY(m_store->remove(answer.id, &error));
                QVERIFY(
                    m_store->setOutcome(mail.id, u"not-interested"_s, answer.happenedAt, &error));
                const InMailLedger byHand =
                    InMailLedger::compute(m_store->inmailRecords({}),
                                          InMailPlan::of(InMailPlan::PremiumCareer), sent, today);
                QVERIFY2(byHand.answered == 1 && byHand.returned == l.returned, qPrintable(where));
            }
        }
    }

    void silentForMoreThanAWeekInLocalDays_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDate>("sent");
        // Seven days later the clocks have changed (LA 1 Nov, Berlin 25 Oct;
        // LA 8 Mar in spring).
        zoneRows("across autumn's change", QDate(2026, 10, 28));
        zoneRows("across spring's change", QDate(2026, 3, 3));
        zoneRows("across Berlin's change", QDate(2026, 10, 20));
    }
    void silentForMoreThanAWeekInLocalDays()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDate, sent);
        setZone(zone);
        QString error;
        // Just after midnight and just before it, local time: the same day.
        for (const auto &[hour, minute] : {std::pair{0, 30}, std::pair{23, 30}}) {
            Outreach inv = make(m_ben, u"invitation"_s, u"out"_s, QString());
            inv.happenedAt = local(sent, hour, minute);
            QVERIFY(m_store->add(inv, &error));
        }
        const QList<InvitationRecord> records = m_store->invitationRecords();
        QCOMPARE(records.size(), 2);
        for (const InvitationRecord &r : records)
            QCOMPARE(r.sent, sent);
        // 7 days: not decided; 8 and 9: decided, not accepted.
        for (const auto &[age, decided] : {std::pair{7, 0}, std::pair{8, 2}, std::pair{9, 2}}) {
            const InvitationStats s = InvitationStats::compute(records, sent.addDays(age));
            QVERIFY2(s.lastNDecided == decided,
                     qPrintable(u"%1, day %2"_s.arg(QString::fromLatin1(zone)).arg(age)));
            QCOMPARE(s.lastNAccepted, 0);
        }
    }

    void listFilters()
    {
        QString error;
        QList<Outreach> rows{make(m_ana, u"message"_s, u"out"_s, u"2026-10-01T09:00:00Z"_s),
                             make(m_ana, u"invitation"_s, u"out"_s, u"2026-10-15T09:00:00Z"_s),
                             make(m_ben, u"invitation"_s, u"out"_s, u"2026-11-01T23:59:59Z"_s),
                             make(m_ben, u"call"_s, u"out"_s, u"2026-11-02T09:00:00Z"_s)};
        rows[1].outcome = u"accepted"_s;
        rows[1].outcomeAt = at(u"2026-10-16T09:00:00Z"_s);
        for (Outreach &o : rows)
            QVERIFY(m_store->add(o, &error));
        OutreachFilter f;
        QCOMPARE(m_store->list(f).size(), 4);
        QCOMPARE(m_store->list(f).first().id, rows[3].id); // newest first
        f.channel = u"invitation"_s;
        QCOMPARE(m_store->list(f).size(), 2);
        f.outcome = u"none"_s;
        QCOMPARE(m_store->list(f).size(), 1);
        f = {};
        f.contactId = m_ana;
        QCOMPARE(m_store->list(f).size(), 2);
        f = {};
        f.since = QDate(2026, 10, 15);
        f.until = QDate(2026, 11, 1); // inclusive of the whole last day
        QCOMPARE(m_store->list(f).size(), 2);
        f = {};
        QCOMPARE(m_store->list(f, 2, 1).size(), 2);
        QCOMPARE(m_store->list(f, 2, 1).first().id, rows[2].id);
    }

    void recordsForTheNumbers()
    {
        QString error;
        Outreach noAnswer =
            make(m_ana, u"inmail"_s, u"out"_s, u"2026-09-01T09:00:00Z"_s, u"Plain ask"_s);
        Outreach answered = make(m_ben, u"inmail"_s, u"out"_s, u"2026-09-02T09:00:00Z"_s,
                                 u"If not, just reply 'Not interested'."_s);
        Outreach ticked = make(m_ben, u"inmail"_s, u"out"_s, u"2026-09-03T09:00:00Z"_s, u"x"_s);
        ticked.askedNegative = 1;
        ticked.outcome = u"not-interested"_s;
        ticked.outcomeAt = at(u"2026-09-20T09:00:00Z"_s);
        QVERIFY(m_store->add(noAnswer, &error) && m_store->add(answered, &error) &&
                m_store->add(ticked, &error));
        Outreach reply = make(m_ben, u"inmail"_s, u"in"_s, u"2026-09-10T09:00:00Z"_s);
        reply.replyTo = answered.id;
        QVERIFY(m_store->add(reply, &error));
        const auto detect = [](const QString &body) {
            return body.contains(u"not interested"_s, Qt::CaseInsensitive);
        };
        // An InMail the user marked ignored stays unanswered even with a reply
        // attached; accepted and declined are answers that return the credit.
        Outreach ignored =
            make(m_ana, u"inmail"_s, u"out"_s, u"2026-09-04T09:00:00Z"_s, u"Hello"_s);
        ignored.outcome = u"ignored"_s;
        ignored.outcomeAt = at(u"2026-09-05T09:00:00Z"_s);
        Outreach declined =
            make(m_ana, u"inmail"_s, u"out"_s, u"2026-09-06T09:00:00Z"_s, u"Hello"_s);
        declined.outcome = u"declined"_s;
        declined.outcomeAt = at(u"2026-09-07T09:00:00Z"_s);
        QVERIFY(m_store->add(ignored, &error) && m_store->add(declined, &error));
        Outreach ignoredReply = make(m_ana, u"email"_s, u"in"_s, u"2026-09-06T10:00:00Z"_s);
        ignoredReply.replyTo = ignored.id;
        QVERIFY(m_store->add(ignoredReply, &error));
        const QList<InMailRecord> all = m_store->inmailRecords(detect);
        QCOMPARE(all.size(), 5);
        QVERIFY(!all[3].answered.isValid());
        QCOMPARE(all[4].answered, QDate(2026, 9, 7));
        QVERIFY(m_store->remove(ignoredReply.id, &error));
        QVERIFY(m_store->remove(ignored.id, &error) && m_store->remove(declined.id, &error));
        const QList<InMailRecord> inmails = m_store->inmailRecords(detect);
        QCOMPARE(inmails.size(), 3);
        QCOMPARE(inmails[0].sent, QDate(2026, 9, 1));
        QVERIFY(!inmails[0].answered.isValid());
        QVERIFY(!inmails[0].askedNegative);
        QCOMPARE(inmails[1].answered, QDate(2026, 9, 10));
        QVERIFY(inmails[1].askedNegative); // detected in the text
        QCOMPARE(inmails[2].answered, QDate(2026, 9, 20));
        QVERIFY(inmails[2].askedNegative); // ticked by hand

        Outreach inv = make(m_ana, u"invitation"_s, u"out"_s, u"2026-10-01T09:00:00Z"_s);
        inv.outcome = u"accepted"_s;
        inv.outcomeAt = at(u"2026-10-03T09:00:00Z"_s);
        Outreach incoming = make(m_ben, u"invitation"_s, u"in"_s, u"2026-10-02T09:00:00Z"_s);
        QVERIFY(m_store->add(inv, &error) && m_store->add(incoming, &error));
        const QList<InvitationRecord> invitations = m_store->invitationRecords();
        QCOMPARE(invitations.size(), 1); // only the ones the user sent
        QCOMPARE(invitations[0].outcome, u"accepted"_s);
        QCOMPARE(invitations[0].outcomeOn, QDate(2026, 10, 3));
        QCOMPARE(invitations[0].contactId, m_ana);
    }
};

QTEST_GUILESS_MAIN(tst_OutreachStore)
#include "tst_outreachstore.moc"
