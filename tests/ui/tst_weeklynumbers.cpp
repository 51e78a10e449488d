// This week's numbers from the window: the Today strip says they are missing
// and offers to enter them; the dialog shows the true-follower ratio as you
// type and corrects an entry made earlier in the week; each save is one
// undo step.

#include "SeamTesting.h"
#include "common/DateField.h"
#include "insights/WeeklyNumbersDialog.h"
#include "session/Session.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"
#include "shell/WindowCommands.h"
#include "store/SnapshotStore.h"
#include "today/TodayPage.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_WeeklyNumbers : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    QLabel *weeklyLabel() const { return m_window->findChild<QLabel *>(u"todayWeeklyNumbers"_s); }
    QPushButton *enterButton() const
    {
        return m_window->findChild<QPushButton *>(u"todayEnterWeeklyNumbers"_s);
    }
    SnapshotStore *store() const { return m_window->snapshotStore(); }
    static QPushButton *okButton(QDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
        SeamTesting::start();
        m_window = std::make_unique<MainWindow>(*m_settings);
        QVERIFY(m_window->openDatabase(m_dir->filePath(u"w.sqlite"_s)));
        m_window->showPage(MainWindow::Page::Today);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void enterFromTodayThenCorrect()
    {
        QCOMPARE(weeklyLabel()->text(), u"This week's numbers: missing"_s);
        QVERIFY(enterButton()->isVisible());

        QString ratioText;
        DialogRunner::setNextHandler<WeeklyNumbersDialog>(
            u"weeklyNumbersDialog"_s, [&](WeeklyNumbersDialog &dialog) {
                if (dialog.dateEdit()->date() != QDate::currentDate())
                    return false;
                dialog.followersSpin()->setValue(6273);
                dialog.connectionsSpin()->setValue(5297);
                dialog.profileViewsSpin()->setValue(118);
                ratioText = dialog.ratioLabel()->text();
                return true;
            });
        QTest::mouseClick(enterButton(), Qt::LeftButton);
        QVERIFY2(ratioText.contains(u"976"_s) && ratioText.contains(u"18.4"_s),
                 qPrintable(ratioText));
        QCOMPARE(store()->list().size(), 1);
        QCOMPARE(store()->latest()->profileViews, std::optional<int>(118));
        QVERIFY2(weeklyLabel()->text().contains(u"6,273 followers"_s) ||
                     weeklyLabel()->text().contains(u"6273 followers"_s),
                 qPrintable(weeklyLabel()->text()));
        QVERIFY(!enterButton()->isVisible());

        // Again this week: the dialog opens on the week's entry and corrects it.
        QString weekText;
        int viewsShown = -2;
        DialogRunner::setNextHandler<WeeklyNumbersDialog>(
            u"weeklyNumbersDialog"_s, [&](WeeklyNumbersDialog &dialog) {
                weekText = dialog.weekLabel()->text();
                viewsShown = dialog.profileViewsSpin()->value();
                dialog.followersSpin()->setValue(6300);
                return true;
            });
        m_window->findChild<QAction *>(u"weeklyNumbersAction"_s)->trigger();
        QVERIFY2(weekText.contains(u"saving corrects them"_s), qPrintable(weekText));
        QCOMPARE(viewsShown, 118);
        QCOMPARE(store()->list().size(), 1);
        QCOMPARE(store()->latest()->followers, 6300);

        m_window->undoStack()->undo();
        QCOMPARE(store()->latest()->followers, 6273);
        m_window->undoStack()->undo();
        QVERIFY(store()->list().isEmpty());
        QCOMPARE(weeklyLabel()->text(), u"This week's numbers: missing"_s);
        m_window->undoStack()->redo();
        QCOMPARE(store()->list().size(), 1);
        QVERIFY(SeamTesting::warnings().isEmpty());
    }

    void badNumbersAreRefused()
    {
        // Followers below connections: said beside the numbers, OK disabled,
        // and pressing OK anyway saves nothing (the dialog stays open).
        bool okEnabled = true;
        QString said;
        DialogRunner::setNextHandler<WeeklyNumbersDialog>(
            u"weeklyNumbersDialog"_s, [&](WeeklyNumbersDialog &dialog) {
                dialog.followersSpin()->setValue(10);
                dialog.connectionsSpin()->setValue(20);
                okEnabled = okButton(dialog)->isEnabled();
                said = dialog.ratioLabel()->text();
                return true;
            });
        m_window->commands()->enterWeeklyNumbers();
        QVERIFY(!okEnabled);
        QVERIFY2(said.contains(u"below connections"_s), qPrintable(said));
        QVERIFY(SeamTesting::warnings().isEmpty());
        QVERIFY(store()->list().isEmpty());
        QCOMPARE(m_window->undoStack()->count(), 0);
    }

    void nothingTypedSavesNoZeros()
    {
        // A first reading starts empty: OK stays disabled until both counts
        // are typed, so a quick OK never records 0 followers.
        WeeklyNumbersDialog dialog(std::nullopt, {});
        QCOMPARE(dialog.followersSpin()->text(), u"Not entered"_s);
        QCOMPARE(dialog.connectionsSpin()->text(), u"Not entered"_s);
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY2(dialog.problem().contains(u"Enter your followers"_s),
                 qPrintable(dialog.problem()));
        dialog.followersSpin()->setValue(0);
        QVERIFY(!okButton(dialog)->isEnabled());
        dialog.connectionsSpin()->setValue(0);
        QVERIFY(okButton(dialog)->isEnabled()); // typed zeros are a reading
    }

    void aFutureOrImpossibleDayIsSaidNotChanged()
    {
        WeeklyNumbersDialog dialog(std::nullopt, {});
        dialog.followersSpin()->setValue(200);
        dialog.connectionsSpin()->setValue(100);
        QVERIFY(okButton(dialog)->isEnabled());
        for (const QString &typed : {u"31 Feb 2031"_s, u"2031-02-31"_s}) {
            dialog.dateEdit()->setText(typed);
            QCOMPARE(dialog.dateEdit()->text(), typed); // never rewritten
            QVERIFY(!okButton(dialog)->isEnabled());
            QVERIFY2(dialog.problem().contains(typed) && dialog.problem().contains(u"not a day"_s),
                     qPrintable(dialog.problem()));
            QVERIFY2(dialog.weekLabel()->text().contains(u"calendar button"_s),
                     qPrintable(dialog.weekLabel()->text()));
        }
        dialog.dateEdit()->setDate(QDate::currentDate().addDays(3));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY2(dialog.problem().contains(u"in the future"_s), qPrintable(dialog.problem()));
        dialog.dateEdit()->setText(u"2026-01-31"_s);
        QCOMPARE(dialog.dateEdit()->date(), QDate(2026, 1, 31));
        QVERIFY(okButton(dialog)->isEnabled());
    }

    void aFailedSaveKeepsTheNumbersTyped()
    {
        // The store refuses every write (as on a disk gone read-only).
        QSqlQuery query(m_window->session()->database()->connection());
        QVERIFY(query.exec(u"PRAGMA query_only = ON"_s));
        QString refusal;
        int viewsKept = -2;
        DialogRunner::setNextHandler<WeeklyNumbersDialog>(
            u"weeklyNumbersDialog"_s, [&](WeeklyNumbersDialog &dialog) {
                dialog.followersSpin()->setValue(6273);
                dialog.connectionsSpin()->setValue(5297);
                dialog.profileViewsSpin()->setValue(118);
                return true;
            });
        // The dialog is still open after the refusal, with every number.
        DialogRunner::setNextHandler<WeeklyNumbersDialog>(
            u"weeklyNumbersDialog"_s, [&](WeeklyNumbersDialog &dialog) {
                refusal = dialog.errorText();
                viewsKept = dialog.profileViewsSpin()->value();
                if (dialog.followersSpin()->value() != 6273)
                    return false;
                QSqlQuery writable(m_window->session()->database()->connection());
                writable.exec(u"PRAGMA query_only = OFF"_s);
                return true;
            });
        m_window->commands()->enterWeeklyNumbers();
        QCOMPARE(DialogRunner::ran().size(), 2);
        QVERIFY2(!refusal.isEmpty(), "the refusal is shown in the dialog");
        QCOMPARE(viewsKept, 118);
        QVERIFY(SeamTesting::warnings().isEmpty());
        // Saved on the second OK.
        QCOMPARE(store()->list().size(), 1);
        QCOMPARE(store()->latest()->followers, 6273);
        QCOMPARE(m_window->undoStack()->count(), 1);
    }

    void dialogAsSeen()
    {
        const QString shots = qEnvironmentVariable("RAPPORT_SHOTS");
        NetworkSnapshot last;
        last.takenOn = QDate::currentDate().addDays(-8);
        last.followers = 6273;
        last.connections = 5297;
        WeeklyNumbersDialog dialog(last, [](const QDate &) { return std::nullopt; });
        QCOMPARE(dialog.followersSpin()->value(), 6273);
        QCOMPARE(dialog.profileViewsSpin()->text(), u"Not read"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        if (!shots.isEmpty())
            QVERIFY(dialog.grab().save(shots + u"/weekly-numbers.png"_s));
        if (!shots.isEmpty())
            QVERIFY(m_window->grab().save(shots + u"/today-weekly.png"_s));
    }
};

QTEST_MAIN(tst_WeeklyNumbers)
#include "tst_weeklynumbers.moc"
