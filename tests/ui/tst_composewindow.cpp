// Compose and log from a contact: template, linter, counters, copy and open
// the profile, log as sent, undo and redo; the conversation so far, the
// cursor after the template, Ctrl+Enter, Escape on unsent text, notes over
// the limit; and value given.

#include "SeamTesting.h"
#include "contacts/ContactsPage.h"
#include "contacts/ValueGivenDialog.h"
#include "outreach/ComposeDialog.h"
#include "outreach/ConversationView.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"
#include "shell/WindowCommands.h"
#include "store/ContactStore.h"
#include "store/OutreachStore.h"
#include "store/ValueGivenStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
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

    // Mara's outreach at `minutesAgo`, from her ("in") or to her ("out").
    void addOutreach(const QString &direction, const QString &body, int minutesAgo)
    {
        Outreach o;
        o.contactId = m_contact;
        o.channel = u"message"_s;
        o.direction = direction;
        o.body = body;
        o.happenedAt = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
        QString error;
        QVERIFY2(m_window->outreachStore()->add(o, &error), qPrintable(error));
    }
    // Runs Compose for Mara, shown for real (keys reach it), and calls `work`.
    bool composeShown(const std::function<void(ComposeDialog &)> &work)
    {
        bool shown = false;
        DialogRunner::setNextHandler<ComposeDialog>(u"composeDialog"_s, [&](ComposeDialog &dialog) {
            shown = true;
            dialog.show();
            dialog.activateWindow();
            if (QTest::qWaitForWindowExposed(&dialog) &&
                QTest::qWaitFor([&] { return QApplication::activeWindow() == &dialog; }))
                work(dialog);
            else
                QTest::qFail("The compose dialog did not become active", __FILE__, __LINE__);
            return !QTest::currentTestFailed() && dialog.result() == QDialog::Accepted;
        });
        m_window->commands()->composeMessage();
        return shown;
    }

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
                QVERIFY(dialog.copyStatus()->text().isEmpty());
                QTest::mouseClick(dialog.copyButton(), Qt::LeftButton);
                QCOMPARE(opened, QUrl(u"https://www.linkedin.com/in/mara-quist"_s));
                QVERIFY(QGuiApplication::clipboard()->text().contains(u"Hi Mara,"_s));
                // Said in the dialog and in the window's status bar.
                QVERIFY2(dialog.copyStatus()->text().startsWith(u"Copied; opening"_s),
                         qPrintable(dialog.copyStatus()->text()));
                QVERIFY(m_window->statusBar()->currentMessage().startsWith(u"Copied; opening"_s));
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
        QCOMPARE(timeline()->item(0)->icon().name(), u"outreach"_s);

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

    void answeringShowsTheLastFiveMessagesOldestFirst()
    {
        // Six messages; the newest is her reply.
        for (int i = 0; i < 6; ++i)
            addOutreach(i % 2 ? u"in"_s : u"out"_s, u"Message number %1"_s.arg(6 - i), 60 - i);
        bool shown = false;
        DialogRunner::setNextHandler<ComposeDialog>(u"composeDialog"_s, [&](ComposeDialog &dialog) {
            shown = true;
            [&] {
                ConversationView *view = dialog.conversationView();
                QVERIFY(!view->isHidden());
                QCOMPARE(view->messages().size(), ComposeDialog::ThreadLength);
                QCOMPARE(view->messages().first().body, u"Message number 5"_s);
                QCOMPARE(view->messages().last().body, u"Message number 1"_s);
                QCOMPARE(view->messages().last().direction, u"in"_s);
                const QString text = view->text();
                QVERIFY2(!text.contains(u"Message number 6"_s), qPrintable(text));
                QVERIFY(text.indexOf(u"Message number 5"_s) < text.indexOf(u"number 1"_s));
                QVERIFY2(text.contains(u"↙ Mara"_s) && text.contains(u"↗ You"_s), qPrintable(text));
                QVERIFY(view->browser()->isReadOnly());
                // Answering: sent by me, where the user writes.
                QVERIFY2(dialog.toLabel()->text().startsWith(u"To: Mara Quist"_s),
                         qPrintable(dialog.toLabel()->text()));
                QCOMPARE(dialog.findChild<QComboBox *>(u"channelCombo"_s)->currentData(),
                         QVariant(u"message"_s));
            }();
            return false;
        });
        m_window->commands()->composeMessage();
        QVERIFY(shown);

        // Nobody written to yet: no conversation shown.
        Contact other;
        other.firstName = u"Noor"_s;
        other.lastName = u"Vance"_s;
        QString error;
        QVERIFY(m_window->contactStore()->add(other, &error));
        m_window->contactsPage()->contactsChanged(other.id);
        bool noConversation = false;
        DialogRunner::setNextHandler<ComposeDialog>(u"composeDialog"_s, [&](ComposeDialog &dialog) {
            noConversation = dialog.conversationView()->isHidden() &&
                             dialog.conversationView()->messages().isEmpty();
            return false;
        });
        m_window->commands()->composeMessage();
        QCOMPARE(DialogRunner::ran().size(), 2);
        QVERIFY(noConversation);
        QCOMPARE(outreachCount(), 6);
    }

    void theCursorLandsAfterTheTemplate()
    {
        QVERIFY(composeShown([](ComposeDialog &dialog) {
            dialog.setChannel(u"message"_s);
            dialog.setTemplate(u"Thank a commenter"_s);
            QPlainTextEdit *body = dialog.bodyEdit();
            QVERIFY(body->toPlainText().startsWith(u"Hi Mara,"_s));
            QCOMPARE(body->textCursor().position(), body->toPlainText().size());
            QTRY_COMPARE(QApplication::focusWidget(), body);
            QTest::keyClick(body, Qt::Key_Return);
            QTest::keyClicks(body, u"P.S. loved your comment."_s);
            QVERIFY2(body->toPlainText().startsWith(u"Hi Mara,"_s),
                     qPrintable(body->toPlainText()));
            QVERIFY(body->toPlainText().endsWith(u"P.S. loved your comment."_s));
            dialog.accept();
        }));
        QCOMPARE(outreachCount(), 1);
    }

    void aReceivedMessageSaysFrom()
    {
        DialogRunner::setNextHandler<ComposeDialog>(u"composeDialog"_s, [](ComposeDialog &dialog) {
            auto *dir = dialog.findChild<QComboBox *>(u"directionCombo"_s);
            const bool to = dialog.toLabel()->text().startsWith(u"To: Mara Quist"_s);
            dir->setCurrentIndex(dir->findData(u"in"_s));
            const bool from = dialog.toLabel()->text().startsWith(u"From: Mara Quist"_s);
            dialog.bodyEdit()->setPlainText(u"Thanks, happy to talk."_s);
            return to && from && dialog.logButton()->text() == u"&Log as Received"_s;
        });
        m_window->commands()->composeMessage();
        // The handler's checks held: the dialog counted as accepted.
        QCOMPARE(outreachCount(), 1);
        QCOMPARE(m_window->outreachStore()->list({}).first().direction, u"in"_s);
    }

    void ctrlEnterLogs()
    {
        for (const Qt::Key key : {Qt::Key_Return, Qt::Key_Enter}) {
            QVERIFY(composeShown([key](ComposeDialog &dialog) {
                QTest::keyClicks(dialog.bodyEdit(), u"Hi Mara, thanks for the comment."_s);
                QTest::keyClick(dialog.bodyEdit(), key, Qt::ControlModifier);
                QCOMPARE(dialog.result(), int(QDialog::Accepted));
                QVERIFY(!dialog.isVisible());
            }));
        }
        QCOMPARE(outreachCount(), 2);
        QCOMPARE(m_window->outreachStore()->list({}).first().body,
                 u"Hi Mara, thanks for the comment."_s);
        QVERIFY(SeamTesting::questions().isEmpty());
    }

    void escapeWithUnsentTextAsksFirst()
    {
        // Nothing typed: Escape closes without a question.
        composeShown([](ComposeDialog &dialog) {
            QTest::keyClick(dialog.bodyEdit(), Qt::Key_Escape);
            QVERIFY(!dialog.isVisible());
        });
        QVERIFY(SeamTesting::questions().isEmpty());
        // Typed: Escape asks; Keep Editing keeps the dialog and the text;
        // closing the window asks too; Discard closes it.
        composeShown([](ComposeDialog &dialog) {
            QTest::keyClicks(dialog.bodyEdit(), u"Hi Mara, about your post"_s);
            QTest::keyClick(dialog.bodyEdit(), Qt::Key_Escape);
            QCOMPARE(SeamTesting::questions().size(), 1);
            QVERIFY2(SeamTesting::questions().first().startsWith(u"Discard this message?"_s),
                     qPrintable(SeamTesting::questions().first()));
            QVERIFY(dialog.isVisible());
            QCOMPARE(dialog.bodyEdit()->toPlainText(), u"Hi Mara, about your post"_s);
            QVERIFY(!dialog.close());
            QCOMPARE(SeamTesting::questions().size(), 2);
            QVERIFY(dialog.isVisible());
            Prompts::setNextAnswer(true);
            QTest::keyClick(dialog.bodyEdit(), Qt::Key_Escape);
            QCOMPARE(SeamTesting::questions().size(), 3);
            QVERIFY(!dialog.isVisible());
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
        });
        // A template filled in and left as it is: nothing of the user's to lose.
        composeShown([](ComposeDialog &dialog) {
            dialog.setChannel(u"message"_s);
            dialog.setTemplate(u"Thank a commenter"_s);
            QVERIFY(!dialog.hasUnsentText());
            dialog.reject();
            QVERIFY(!dialog.isVisible());
        });
        QCOMPARE(SeamTesting::questions().size(), 3);
        QCOMPARE(outreachCount(), 0);
    }

    void choosingATemplateAsksBeforeReplacingWhatWasWritten()
    {
        bool shown = false;
        DialogRunner::setNextHandler<ComposeDialog>(u"composeDialog"_s, [&](ComposeDialog &dialog) {
            shown = true;
            [&] {
                auto *templates = dialog.findChild<QComboBox *>(u"templateCombo"_s);
                dialog.bodyEdit()->setPlainText(u"My own words"_s);
                const int index = templates->findText(u"Thank a commenter"_s);
                QVERIFY(index > 0);
                // Keep Editing: the text stays, and so does "(none)".
                templates->setCurrentIndex(index);
                emit templates->activated(index);
                QCOMPARE(SeamTesting::questions().size(), 1);
                QVERIFY(SeamTesting::questions().first().startsWith(u"Replace what you wrote"_s));
                QCOMPARE(dialog.bodyEdit()->toPlainText(), u"My own words"_s);
                QCOMPARE(templates->currentIndex(), 0);
                QCOMPARE(dialog.outreach().templateName, QString());
                // Replace.
                Prompts::setNextAnswer(true);
                templates->setCurrentIndex(index);
                emit templates->activated(index);
                QVERIFY(dialog.bodyEdit()->toPlainText().startsWith(u"Hi Mara,"_s));
                QCOMPARE(dialog.outreach().templateName, u"Thank a commenter"_s);
            }();
            return false;
        });
        m_window->commands()->composeMessage();
        QVERIFY(shown);
        QCOMPARE(SeamTesting::questions().size(), 2);
    }

    void aNoteOverTheLimitIsLoggedOnlyWhenConfirmed()
    {
        const QString note = QString(361, u'a');
        const auto logNote = [&] {
            return composeShown([&](ComposeDialog &dialog) {
                dialog.setChannel(u"invitation"_s);
                dialog.bodyEdit()->setPlainText(note);
                dialog.updateChecks();
                QTest::mouseClick(dialog.logButton(), Qt::LeftButton);
                if (dialog.result() != QDialog::Accepted) {
                    // Keep Editing: still open, the note as written.
                    QVERIFY(dialog.isVisible());
                    QCOMPARE(dialog.bodyEdit()->toPlainText(), note);
                    Prompts::setNextAnswer(true); // then discarded
                    dialog.reject();
                    QVERIFY(!dialog.isVisible());
                }
            });
        };
        QVERIFY(logNote());
        QCOMPARE(outreachCount(), 0);
        QCOMPARE(SeamTesting::questions().size(), 2);
        QVERIFY2(SeamTesting::questions().first().startsWith(
                     u"The invitation note has 361 characters, 61 over LinkedIn's limit of 300"_s),
                 qPrintable(SeamTesting::questions().first()));
        QVERIFY(SeamTesting::questions().last().startsWith(u"Discard this message?"_s));
        Prompts::clear();
        Prompts::setNextAnswer(true); // Log Anyway
        QVERIFY(logNote());
        QCOMPARE(outreachCount(), 1);
        QCOMPARE(m_window->outreachStore()->list({}).first().body, note);
        // A received one is not LinkedIn's limit's business.
        Prompts::clear();
        QVERIFY(composeShown([&](ComposeDialog &dialog) {
            auto *dir = dialog.findChild<QComboBox *>(u"directionCombo"_s);
            dir->setCurrentIndex(dir->findData(u"in"_s));
            dialog.setChannel(u"invitation"_s);
            dialog.bodyEdit()->setPlainText(note);
            QTest::mouseClick(dialog.logButton(), Qt::LeftButton);
        }));
        QVERIFY(SeamTesting::questions().isEmpty());
        QCOMPARE(outreachCount(), 2);
    }

    void copyAndOpenNeedsAProfileUrl()
    {
        Contact noUrl;
        noUrl.firstName = u"Noor"_s;
        noUrl.lastName = u"Vance"_s;
        QString error;
        QVERIFY(m_window->contactStore()->add(noUrl, &error));
        m_window->contactsPage()->contactsChanged(noUrl.id);
        bool shown = false;
        DialogRunner::setNextHandler<ComposeDialog>(u"composeDialog"_s, [&](ComposeDialog &dialog) {
            shown = true;
            [&] {
                bool opened = false;
                dialog.setUrlOpener([&](const QUrl &) { return opened = true; });
                dialog.bodyEdit()->setPlainText(u"Hi Noor"_s);
                dialog.updateChecks();
                QVERIFY(dialog.copyButton()->isVisible() || !dialog.isVisible());
                QVERIFY(!dialog.copyButton()->isEnabled());
                QVERIFY2(dialog.copyButton()->toolTip().contains(u"no LinkedIn profile URL"_s),
                         qPrintable(dialog.copyButton()->toolTip()));
                QTest::mouseClick(dialog.copyButton(), Qt::LeftButton);
                QVERIFY(!opened);
                QVERIFY(dialog.copyStatus()->text().isEmpty());
            }();
            return false;
        });
        Prompts::setNextAnswer(true);
        m_window->commands()->composeMessage();
        QVERIFY(shown);
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
