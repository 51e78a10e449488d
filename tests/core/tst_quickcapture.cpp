// Quick capture end to end in core: paste -> plan -> apply -> undo -> redo.

#include "capture/QuickCapture.h"
#include "db/Database.h"
#include "store/ContactStore.h"
#include "store/ContentStore.h"
#include "store/EngagementStore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

const QDate today(2026, 11, 22);

// A reactions list as LinkedIn shows it when selected and copied (invented people).
const QString reactions = uR"(Reactions
All
128
Like
Ana Lima
View Ana Lima’s profile
 • 1st
Head of Talent at Northwind Labs
Jonas Weber
 • 2nd
Founder | Helping teams hire well
Follow
Dr. Mei Chen 🚀
 • 3rd+
Engineering Manager at Blue Fjord
Sam Taylor
 • 2nd
Recruiter at Pine & Co
Ana Lima
)"_s;

int countOf(const QList<CaptureItem> &items, CaptureItem::Status status)
{
    int n = 0;
    for (const CaptureItem &i : items)
        n += i.status == status && i.line.kind == CaptureLine::Name ? 1 : 0;
    return n;
}

} // namespace

class tst_QuickCapture : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<ContactStore> m_contacts;
    std::unique_ptr<EngagementStore> m_engagement;
    int m_run = 0;

    qint64 add(const QString &first, const QString &last, const QString &company = {})
    {
        Contact c;
        c.firstName = first;
        c.lastName = last;
        c.company = company;
        QString error;
        if (!m_contacts->add(c, &error))
            qWarning() << error;
        return c.id;
    }
    int rows(const QString &table)
    {
        QSqlQuery q(m_db.connection());
        q.exec(u"SELECT count(*) FROM "_s + table);
        return q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void init()
    {
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(u"q%1.sqlite"_s.arg(++m_run)), &error),
                 qPrintable(error));
        m_contacts = std::make_unique<ContactStore>(m_db);
        m_engagement = std::make_unique<EngagementStore>(m_db);
        m_engagement->setToday(today);
    }
    void cleanup()
    {
        m_engagement.reset();
        m_contacts.reset();
        m_db.close();
    }

    // Both orders of a reactions list (tests/fixtures/capture): the same
    // people become contacts, with the company from their headline; no
    // headline becomes a contact.
    void eitherOrderCreatesOnlyThePeople_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("name, degree, headline") << u"reactions-name-degree-headline.txt"_s;
        QTest::newRow("name, headline, degree") << u"reactions-name-headline-degree.txt"_s;
    }

    void eitherOrderCreatesOnlyThePeople()
    {
        QFETCH(QString, file);
        QFile pasted(QStringLiteral(RAPPORT_FIXTURES "/capture/") + file);
        QVERIFY(pasted.open(QIODevice::ReadOnly));
        QuickCapture capture(*m_contacts, *m_engagement);
        const QList<CaptureItem> items = capture.plan(QString::fromUtf8(pasted.readAll()));
        QuickCapture::Event event;
        event.kind = EngagementKind::Like;
        event.date = today;
        CaptureResult result;
        QString error;
        QVERIFY2(capture.apply(items, event, &result, &error), qPrintable(error));
        QStringList created;
        for (const Contact &c : std::as_const(result.created))
            created << (c.company.isEmpty() ? c.fullName() : c.fullName() + u" @"_s + c.company);
        QCOMPARE(created, (QStringList{u"Ana Lima @Northwind Labs"_s,
                                       u"Bruno Castellano @Tidewater Analytics"_s,
                                       u"Chiara Valli"_s, u"Dmitri Okonkwo"_s,
                                       u"Emeka Fairweather"_s, u"Farah Lindqvist @Lumen Health"_s,
                                       u"Gustavo Pereira"_s, u"Jonas Weber"_s}));
        QCOMPARE(result.events.size(), 8);
    }

    void planMatchesAndApplyUndoRedo()
    {
        const qint64 ana = add(u"Ana"_s, u"Lima"_s, u"Northwind Labs"_s);
        const qint64 mei = add(u"Mei"_s, u"Chen"_s);
        const qint64 sam1 = add(u"Sam"_s, u"Taylor"_s, u"Acme"_s);
        const qint64 sam2 = add(u"Sam"_s, u"Taylor"_s, u"Globex"_s);
        Q_UNUSED(sam2);
        ContentStore content(m_db);
        ContentPiece post;
        post.title = u"Articles vs posts"_s;
        QString error;
        QVERIFY(content.add(post, &error));

        QuickCapture capture(*m_contacts, *m_engagement);
        QList<CaptureItem> items = capture.plan(reactions);
        QCOMPARE(countOf(items, CaptureItem::Matched), 2); // Ana, Mei (honorific and emoji ignored)
        QCOMPARE(countOf(items, CaptureItem::New), 1);     // Jonas
        QCOMPARE(countOf(items, CaptureItem::Ambiguous), 1); // Sam: neither company fits
        // Nothing was written by planning.
        QCOMPARE(rows(u"engagement"_s), 0);
        QCOMPARE(m_contacts->totalCount(), 4);

        QuickCapture::Event event;
        event.kind = EngagementKind::Like;
        event.date = today;
        event.contentId = post.id;
        CaptureResult result;
        QVERIFY(!capture.apply(items, event, &result, &error));
        QVERIFY2(error.contains(u"Sam Taylor"_s), qPrintable(error));
        QCOMPARE(rows(u"engagement"_s), 0);
        QCOMPARE(m_contacts->totalCount(), 4);

        for (CaptureItem &i : items) {
            if (i.status == CaptureItem::Ambiguous) {
                QCOMPARE(i.candidates.size(), 2);
                i.contactId = sam1;
            }
        }
        QVERIFY2(capture.apply(items, event, &result, &error), qPrintable(error));
        QCOMPARE(result.created.size(), 1);
        QCOMPARE(result.created.first().fullName(), u"Jonas Weber"_s);
        QCOMPARE(result.events.size(), 4);
        QCOMPARE(m_contacts->totalCount(), 5);
        QCOMPARE(m_contacts->get(ana)->tier().rank, 6);
        QCOMPARE(m_contacts->get(mei)->tier().rank, 6);
        QCOMPARE(m_contacts->get(sam1)->tier().rank, 6);

        // One step back: no events, no Jonas.
        QVERIFY2(capture.undo(result, &error), qPrintable(error));
        QCOMPARE(rows(u"engagement"_s), 0);
        QCOMPARE(m_contacts->totalCount(), 4);
        QVERIFY(m_contacts->get(ana)->tier().isNone());
        // And forward again under the same ids.
        const qint64 jonasId = result.created.first().id;
        QVERIFY2(capture.redo(result, &error), qPrintable(error));
        QCOMPARE(m_contacts->get(jonasId)->fullName(), u"Jonas Weber"_s);
        QCOMPARE(rows(u"engagement"_s), 4);
        QCOMPARE(m_contacts->get(jonasId)->tier().rank, 6);

        // Pasting the same list again logs nobody twice on this post.
        items = capture.plan(reactions);
        QCOMPARE(countOf(items, CaptureItem::New), 0);
        for (CaptureItem &i : items) {
            if (i.status == CaptureItem::Ambiguous)
                i.status = CaptureItem::Ignored;
        }
        CaptureResult again;
        QVERIFY(capture.apply(items, event, &again, &error));
        QCOMPARE(again.events.size(), 0);
        QCOMPARE(again.alreadyLogged, 3);
        QCOMPARE(rows(u"engagement"_s), 4);
    }

    void sameListTwiceWithoutAPieceLogsOnce()
    {
        add(u"Ana"_s, u"Lima"_s);
        QuickCapture capture(*m_contacts, *m_engagement);
        QuickCapture::Event event;
        event.kind = EngagementKind::Follow;
        event.date = today;
        QString error;
        CaptureResult first;
        QVERIFY(capture.apply(capture.plan(u"Ana Lima\nNew Person\n"_s), event, &first, &error));
        QCOMPARE(first.events.size(), 2);
        CaptureResult second;
        QVERIFY(capture.apply(capture.plan(u"Ana Lima\nNew Person\n"_s), event, &second, &error));
        QCOMPARE(second.events.size(), 0);
        QCOMPARE(second.alreadyLogged, 2);
        // Another day is another engagement.
        event.date = today.addDays(-1);
        CaptureResult third;
        QVERIFY(capture.apply(capture.plan(u"Ana Lima\n"_s), event, &third, &error));
        QCOMPARE(third.events.size(), 1);
        QCOMPARE(rows(u"engagement"_s), 3);
    }

    void failedApplyWritesNothing()
    {
        add(u"Ana"_s, u"Lima"_s);
        QuickCapture capture(*m_contacts, *m_engagement);
        const QList<CaptureItem> items = capture.plan(u"Ana Lima\nNew Person\n"_s);
        QuickCapture::Event event;
        event.kind = EngagementKind::Comment;
        event.date = today.addDays(1); // in the future: refused
        CaptureResult result;
        QString error;
        QVERIFY(!capture.apply(items, event, &result, &error));
        QVERIFY2(error.contains(u"future"_s), qPrintable(error));
        QCOMPARE(m_contacts->totalCount(), 1); // New Person was not left behind
        QCOMPARE(rows(u"engagement"_s), 0);
    }
};

QTEST_GUILESS_MAIN(tst_QuickCapture)
#include "tst_quickcapture.moc"
