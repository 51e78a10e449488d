// Compose and log from a contact: template, linter, counters, copy and open
// the profile, log as sent, undo and redo; and value given.

#include "SeamTesting.h"
#include "contacts/ContactsPage.h"
#include "contacts/ValueGivenDialog.h"
#include "outreach/ComposeDialog.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"
#include "shell/WindowCommands.h"
#include "store/ContactStore.h"
#include "store/OutreachStore.h"
#include "store/ValueGivenStore.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_ComposeWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_contact = 0;

    QListWidget *timeline() const { return m_window->findChild<QListWidget *>(u"timeline"_s); }
    int outreachCount() const { return int(m_window->outreachStore()->list({}).size()); }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
        SeamTesting::start();
        m_window = std::make_unique<MainWindow>(*m_settings);
        QVERIFY(m_window->openDatabase(m_dir->filePath(u"c.sqlite"_s)));
        // These tests look at the Contacts page (a hidden page reloads when shown).
        m_window->showPage(MainWindow::Page::Contacts);
        Contact c;
        c.firstName = u"Mara"_s;
        c.lastName = u"Quist"_s;
        c.company = u"Northwind Labs"_s;
        c.profileUrl = u"https://www.linkedin.com/in/mara-quist"_s;
        QString error;
        QVERIFY(m_window->contactStore()->add(c, &error));
        m_contact = c.id;
        m_window->contactsPage()->contactsChanged(m_contact);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void composeFromTemplateLogUndoRedo()
    {
        QUrl opened;
        bool shown = false;
        DialogRunner::setNextHandler<ComposeDialog>(u"composeDialog"_s, [&](ComposeDialog &dialog) {
            shown = true;
            [&] {
                dialog.setUrlOpener([&](const QUrl &url) {
                    opened = url;
                    return true;
                });
                auto *channel = dialog.findChild<QComboBox *>(u"channelCombo"_s);
                channel->setCurrentIndex(channel->findData(u"inmail"_s));
                auto *templates = dialog.findChild<QComboBox *>(u"templateCombo"_s);
                const int index = templates->findText(u"InMail: first contact"_s);
                QVERIFY(index > 0);
                templates->setCurrentIndex(index);
                emit templates->activated(index);
                // Rendered for Mara, with the counters against the InMail limits.
                QVERIFY2(dialog.bodyEdit()->toPlainText().startsWith(u"Hi Mara,"_s),
                         qPrintable(dialog.bodyEdit()->toPlainText()));
                QVERIFY(dialog.subjectEdit()->text().contains(u"Northwind Labs"_s));
                QVERIFY2(dialog.bodyCounter()->text().contains(u"/ 2,000"_s),
                         qPrintable(dialog.bodyCounter()->text()));
                // The starter asks for a negative answer: ticked, and no flags.
                QVERIFY(dialog.findChild<QCheckBox *>(u"askedNegativeCheck"_s)->isChecked());
                // Typing a sales pitch raises a flag, live; it never blocks.
                QTest::keyClicks(dialog.bodyEdit(), u" Can we get you on the phone for a demo?"_s);
                dialog.updateChecks();
                bool flagged = false;
                for (int i = 0; i < dialog.flagList()->count(); ++i)
                    flagged = flagged || dialog.flagList()->item(i)->flags() != Qt::NoItemFlags;
                QVERIFY(flagged);
                QVERIFY(dialog.logButton()->isEnabled());
                // Copy and open: the text on the clipboard, the profile in the browser.
                QTest::mouseClick(dialog.copyButton(), Qt::LeftButton);
                QCOMPARE(opened, QUrl(u"https://www.linkedin.com/in/mara-quist"_s));
                QVERIFY(QGuiApplication::clipboard()->text().contains(u"Hi Mara,"_s));
                QTest::mouseClick(dialog.logButton(), Qt::LeftButton);
            }();
            return !QTest::currentTestFailed() && dialog.result() == QDialog::Accepted;
        });
        QTest::keyClick(m_window.get(), Qt::Key_M, Qt::ControlModifier);
        QVERIFY(shown);
        QVERIFY2(SeamTesting::warnings().isEmpty(),
                 qPrintable(SeamTesting::warnings().join(u'\n')));
        QCOMPARE(outreachCount(), 1);
        const Outreach logged = m_window->outreachStore()->list({}).first();
        QCOMPARE(logged.channel, u"inmail"_s);
        QCOMPARE(logged.direction, u"out"_s);
        QCOMPARE(logged.templateName, u"InMail: first contact"_s);
        QCOMPARE(logged.askedNegative, -1); // detected from the text, not ticked by hand
        QVERIFY(logged.body.contains(u"demo?"_s));
        QVERIFY2(timeline()->item(0)->text().startsWith(u"Sent an InMail"_s),
                 qPrintable(timeline()->item(0)->text()));

        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(outreachCount(), 0);
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(outreachCount(), 1);
        QCOMPARE(m_window->outreachStore()->list({}).first().id, logged.id);
        QVERIFY(SeamTesting::warnings().isEmpty());
    }

    void reinvitingWithinThreeWeeksWarnsBeforeLogging()
    {
        // An invitation to Mara withdrawn 20 days ago: the dialog warns as
        // soon as the channel is an invitation sent, names the day she can be
        // invited again, and still logs it when asked.
        const QDate today = QDate::currentDate();
        Outreach withdrawn;
        withdrawn.contactId = m_contact;
        withdrawn.channel = u"invitation"_s;
        withdrawn.direction = u"out"_s;
        withdrawn.happenedAt = QDateTime(today.addDays(-30), QTime(9, 0)).toUTC();
        withdrawn.outcome = u"withdrawn"_s;
        withdrawn.outcomeAt = QDateTime(today.addDays(-20), QTime(9, 0)).toUTC();
        QString error;
        QVERIFY(m_window->outreachStore()->add(withdrawn, &error));
        bool shown = false;
        DialogRunner::setNextHandler<ComposeDialog>(u"composeDialog"_s, [&](ComposeDialog &dialog) {
            shown = true;
            [&] {
                QLabel *warning = dialog.reinviteWarning();
                auto *channel = dialog.findChild<QComboBox *>(u"channelCombo"_s);
                channel->setCurrentIndex(channel->findData(u"message"_s));
                QVERIFY(warning->isHidden());
                channel->setCurrentIndex(channel->findData(u"invitation"_s));
                QVERIFY(!warning->isHidden());
                QVERIFY2(
                    warning->text().contains(u"LinkedIn lets you invite them again from %1"_s.arg(
                        today.addDays(1).toString(Qt::ISODate))),
                    qPrintable(warning->text()));
                // Received, not sent: no warning.
                auto *dir = dialog.findChild<QComboBox *>(u"directionCombo"_s);
                dir->setCurrentIndex(dir->findData(u"in"_s));
                QVERIFY(warning->isHidden());
                dir->setCurrentIndex(dir->findData(u"out"_s));
                QVERIFY(!warning->isHidden());
                QVERIFY(dialog.logButton()->isEnabled());
                dialog.accept();
            }();
            return !QTest::currentTestFailed();
        });
        m_window->commands()->composeMessage();
        QVERIFY(shown);
        QVERIFY2(SeamTesting::warnings().isEmpty(),
                 qPrintable(SeamTesting::warnings().join(u'\n')));
        QCOMPARE(outreachCount(), 2);
    }

    void aReceivedReplyMarksTheMessageReplied()
    {
        const auto log = [&](const QString &direction, const QString &text) {
            DialogRunner::setNextHandler<ComposeDialog>(
                u"composeDialog"_s, [&](ComposeDialog &dialog) {
                    auto *dir = dialog.findChild<QComboBox *>(u"directionCombo"_s);
                    dir->setCurrentIndex(dir->findData(direction));
                    dialog.bodyEdit()->setPlainText(text);
                    dialog.updateChecks();
                    dialog.accept();
                    return true;
                });
            m_window->commands()->composeMessage();
        };
        log(u"out"_s, u"Hi Mara, thanks for the comment."_s);
        QTest::qWait(1100); // the reply comes a moment later
        log(u"in"_s, u"Thanks, happy to talk."_s);
        const QList<Outreach> rows = m_window->outreachStore()->list({});
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].replyTo, rows[1].id);
        QCOMPARE(rows[1].outcome, u"replied"_s);
        // Undo the reply: the message has no outcome again.
        m_window->undoStack()->undo();
        QCOMPARE(m_window->outreachStore()->get(rows[1].id)->outcome, QString());
    }

    void deletingTheContactAndUndoKeepsOutreachAndValue()
    {
        DialogRunner::setNextHandler<ComposeDialog>(u"composeDialog"_s, [](ComposeDialog &dialog) {
            dialog.bodyEdit()->setPlainText(u"Hi Mara, thanks for the comment."_s);
            dialog.updateChecks();
            return true;
        });
        m_window->commands()->composeMessage();
        DialogRunner::setNextHandler<ValueGivenDialog>(u"valueGivenDialog"_s,
                                                       [](ValueGivenDialog &) { return true; });
        m_window->commands()->logValueGiven();
        const qint64 outreachId = m_window->outreachStore()->list({}).first().id;
        m_window->showPage(MainWindow::Page::Contacts);
        Prompts::setNextAnswer(true);
        m_window->commands()->deleteCurrentContact();
        QCOMPARE(outreachCount(), 0);
        QCOMPARE(m_window->valueGivenStore()->countForContact(m_contact), 0);
        m_window->undoStack()->undo();
        QCOMPARE(outreachCount(), 1);
        QCOMPARE(m_window->outreachStore()->list({}).first().id, outreachId);
        QCOMPARE(m_window->valueGivenStore()->countForContact(m_contact), 1);
        QVERIFY(SeamTesting::warnings().isEmpty());
    }

    void valueGivenIsLoggedAndUndone()
    {
        DialogRunner::setNextHandler<ValueGivenDialog>(
            u"valueGivenDialog"_s, [](ValueGivenDialog &dialog) {
                dialog.kindCombo()->setCurrentIndex(
                    dialog.kindCombo()->findData(u"introduction"_s));
                dialog.noteEdit()->setText(u"Introduced her to a hiring manager"_s);
                return true;
            });
        m_window->commands()->logValueGiven();
        QCOMPARE(m_window->valueGivenStore()->countForContact(m_contact), 1);
        QVERIFY2(timeline()->item(0)->text().startsWith(u"You made an introduction"_s),
                 qPrintable(timeline()->item(0)->text()));
        m_window->undoStack()->undo();
        QCOMPARE(m_window->valueGivenStore()->countForContact(m_contact), 0);
        QVERIFY(SeamTesting::warnings().isEmpty());
    }
};

QTEST_MAIN(tst_ComposeWindow)
#include "tst_composewindow.moc"
