// QueueReason: a queue item's reason is stored as its parts and worded when
// shown, so a queue planned in one language reads in the language shown now
// (it used to keep the words of the day it was planned).

#include "QueueScenario.h"
#include "domain/QueueReason.h"
#include "planning/DailyQueue.h"
#include "store/QueueStore.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

const QDate planDay(2026, 6, 30);

} // namespace

class tst_QueueReason : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTranslator m_german;

private slots:
    void initTestCase()
    {
#ifdef RAPPORT_QM_DIR
        QVERIFY(m_german.load(u"rapport_de"_s, QStringLiteral(RAPPORT_QM_DIR)));
#endif
    }

    void cleanup()
    {
        // Back to English whatever a test installed.
        QCoreApplication::removeTranslator(&m_german);
    }

    void wordsOfParts()
    {
        QueueReason reason(QueueReason::phrase(
            QT_TRANSLATE_NOOP("QueuePlanner", "Commented on \u2018%1\u2019 %2"),
            {QueueReason::text(u"Hiring in 2027"_s), QueueReason::ago(planDay.addDays(-3))}));
        reason.append(QueueReason::phrase(QT_TRANSLATE_NOOP("QueuePlanner", "; not connected")));
        QCOMPARE(reason.words(planDay), u"Commented on \u2018Hiring in 2027\u2019 3 days ago; "
                                        "not connected"_s);
        // Stored, then read back: the same words.
        QVERIFY(reason.stored().startsWith(u"queue-reason:1:"_s));
        QCOMPARE(QueueReason::words(reason.stored(), planDay), reason.words(planDay));
        // Days are counted from the plan's day, not from when it is read.
        QCOMPARE(QueueReason::words(reason.stored(), planDay.addDays(1)),
                 u"Commented on \u2018Hiring in 2027\u2019 4 days ago; not connected"_s);
    }

    // The tooltip's dates: each day the reason counts from, nested ones
    // too, in its words and in full; none for plain text or damaged parts.
    void dateNotesNameEachDay()
    {
        const QJsonValue since = QueueReason::phrase(
            QT_TRANSLATE_NOOP("QueuePlanner", "Shared \u2018%1\u2019 %2"),
            {QueueReason::text(u"Notes"_s), QueueReason::ago(planDay.addDays(-21))});
        QueueReason reason(QueueReason::phrase(
            QT_TRANSLATE_NOOP("QueuePlanner", "Commented on \u2018%1\u2019 %2"),
            {QueueReason::text(u"Hiring"_s), QueueReason::ago(planDay.addDays(-3))}));
        reason.append(
            QueueReason::phrase(QT_TRANSLATE_NOOP("QueuePlanner", "Never in touch (%1)"), {since}));
        const QStringList notes = QueueReason::dateNotes(reason.stored(), planDay);
        QCOMPARE(notes.size(), 2);
        QCOMPARE(notes.at(0),
                 u"3 days ago: "_s + QLocale().toString(planDay.addDays(-3), QLocale::LongFormat));
        QCOMPARE(notes.at(1), u"21 days ago: "_s +
                                  QLocale().toString(planDay.addDays(-21), QLocale::LongFormat));
        // A day after the plan's day (a clock put back) reads as the plan's day.
        const QueueReason later(
            QueueReason::phrase(QT_TRANSLATE_NOOP("QueuePlanner", "Shared \u2018%1\u2019 %2"),
                                {QueueReason::text(u"x"_s), QueueReason::ago(planDay.addDays(2))}));
        QCOMPARE(QueueReason::dateNotes(later.stored(), planDay),
                 QStringList{u"today: "_s + QLocale().toString(planDay, QLocale::LongFormat)});
        QVERIFY(QueueReason::dateNotes(u"Commented 3 days ago"_s, planDay).isEmpty());
        QVERIFY(QueueReason::dateNotes(u"queue-reason:1:[{\"s\":"_s, planDay).isEmpty());
    }

    void pluralsAndNestedPhrases()
    {
        const QJsonValue every = QueueReason::phrase(
            QT_TRANSLATE_N_NOOP("QueuePlanner", "keep in touch every %n days, tag \u2018%1\u2019"),
            {QueueReason::text(u"mentors"_s)}, 45);
        const QueueReason reason(
            QueueReason::phrase(QT_TRANSLATE_NOOP("QueuePlanner", "Never in touch (%1)"), {every}));
        QCOMPARE(QueueReason::words(reason.stored(), planDay),
                 u"Never in touch (keep in touch every 45 days, tag \u2018mentors\u2019)"_s);
    }

    void userTextIsNeverReadAsMarkers()
    {
        // A title with its own "%1" and "%n" stays as typed.
        const QueueReason reason(QueueReason::phrase(
            QT_TRANSLATE_NOOP("QueuePlanner", "Shared \u2018%1\u2019 %2"),
            {QueueReason::text(u"50% off: %1 %2 %n"_s), QueueReason::ago(planDay)}));
        QCOMPARE(QueueReason::words(reason.stored(), planDay),
                 u"Shared \u201850% off: %1 %2 %n\u2019 today"_s);
    }

    void olderPlainTextReadsAsWritten()
    {
        QCOMPARE(QueueReason::words(u"Commented on your content 3 days ago"_s, planDay),
                 u"Commented on your content 3 days ago"_s);
        QCOMPARE(QueueReason::words(QString(), planDay), QString());
        // Damaged parts are shown as stored rather than lost.
        QCOMPARE(QueueReason::words(u"queue-reason:1:[{\"s\":"_s, planDay),
                 u"queue-reason:1:[{\"s\":"_s);
    }

    void plannedInGermanReadsInEnglishAfterSwitching()
    {
#ifndef RAPPORT_QM_DIR
        QSKIP("Built without Qt's Linguist tools: no .qm to install.");
#else
        Database db;
        QString error;
        QVERIFY(db.open(m_dir.filePath(u"q.sqlite"_s), &error));
        test::QueueScenario s{db, planDay, {}, {}};
        QVERIFY(s.load(u"c Ana deg=2; e Ana comment -3 Launch_notes; c Hal deg=1 conn=-200"_s));
        QueueStore store(db);

        QVERIFY(QCoreApplication::installTranslator(&m_german));
        const QList<QueueItem> german = DailyQueue::todayQueue(store, planDay, {}, &error);
        QCOMPARE(german.size(), 2);
        QCOMPARE(german.at(0).reason, u"Hat \u201aLaunch notes\u2018 vor 3 Tagen kommentiert; "
                                      "nicht vernetzt"_s);

        // The next start, in English: the same stored queue, in English.
        QVERIFY(QCoreApplication::removeTranslator(&m_german));
        const QList<QueueItem> english = DailyQueue::todayQueue(store, planDay, {}, &error);
        QCOMPARE(english.size(), 2);
        QCOMPARE(english.at(0).contactId, german.at(0).contactId);
        QCOMPARE(english.at(0).reason,
                 u"Commented on \u2018Launch notes\u2019 3 days ago; not connected"_s);
        QVERIFY2(english.at(1).reason.startsWith(u"Connected "_s),
                 qPrintable(english.at(1).reason));
        QVERIFY(english.at(1).reason.contains(u"keep in touch every"_s));
        // The starter template it suggests reads in English too.
        QCOMPARE(english.at(0).templateName, u"Invitation note"_s);
        QVERIFY(german.at(0).templateName != english.at(0).templateName);
        QCOMPARE(english.at(1).templateName, u"15-minute call"_s);

        // And back to German.
        QVERIFY(QCoreApplication::installTranslator(&m_german));
        QCOMPARE(DailyQueue::todayQueue(store, planDay, {}, &error).at(0).reason,
                 german.at(0).reason);
#endif
    }
};

QTEST_GUILESS_MAIN(tst_QueueReason)
#include "tst_queuereason.moc"
