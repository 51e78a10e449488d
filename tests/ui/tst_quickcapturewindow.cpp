// Quick capture in the window: Ctrl+L, paste, preview, choose, log, undo, redo.

#include "SeamTesting.h"
#include "contacts/ContactDetailPanel.h"
#include "contacts/ContactTableModel.h"
#include "contacts/ContactsPage.h"
#include "engagement/QuickCaptureDialog.h"
#include "outreach/OutreachSettings.h"
#include "planning/QueueSettings.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"
#include "shell/PreferencesDialog.h"
#include "shell/WindowCommands.h"
#include "store/ContactStore.h"
#include "store/ContentStore.h"
#include "store/EngagementStore.h"
#include "store/SettingStore.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

// Copied from a post's reactions, as LinkedIn lays it out (invented people).
const QString pasted = uR"(Ana Lima
View Ana Lima’s profile
 • 1st
Head of Talent at Northwind Labs
Jonas Weber
 • 2nd
Founder | Helping teams hire well
Follow
Sam Taylor
 • 2nd
Recruiter at Pine & Co
)"_s;

} // namespace

class tst_QuickCaptureWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    qint64 add(const QString &first, const QString &last, const QString &company)
    {
        Contact c;
        c.firstName = first;
        c.lastName = last;
        c.company = company;
        QString error;
        if (!m_window->contactStore()->add(c, &error))
            qWarning() << error;
        return c.id;
    }
    ContactTableModel *model() const { return m_window->contactsPage()->model(); }
    QString tierShownFor(qint64 id) const
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (model()->contactIdAt(row) == id)
                return model()->index(row, ContactTableModel::TierColumn).data().toString();
        }
        return u"<not listed>"_s;
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

    void pasteChooseLogUndoRedo()
    {
        const qint64 ana = add(u"Ana"_s, u"Lima"_s, u"Northwind Labs"_s);
        const qint64 samA = add(u"Sam"_s, u"Taylor"_s, u"Acme"_s);
        add(u"Sam"_s, u"Taylor"_s, u"Globex"_s);
        ContentPiece post;
        post.title = u"Articles vs posts"_s;
        QString error;
        QVERIFY(m_window->contentStore()->add(post, &error));
        m_window->contactsPage()->contactsChanged(ana);

        bool opened = false;
        DialogRunner::setNextHandler<QuickCaptureDialog>(
            u"quickCaptureDialog"_s, [&](QuickCaptureDialog &dialog) {
                opened = true;
                [&] {
                    // Through the widgets, as a person does it: pick, paste, choose, Log.
                    auto *kind = dialog.findChild<QComboBox *>(u"kindCombo"_s);
                    kind->setCurrentIndex(kind->findData(int(EngagementKind::Comment)));
                    auto *on = dialog.findChild<QComboBox *>(u"contentCombo"_s);
                    QCOMPARE(on->currentData().toLongLong(), post.id); // newest piece preselected
                    auto *names = dialog.findChild<QPlainTextEdit *>(u"namesEdit"_s);
                    QGuiApplication::clipboard()->setText(pasted);
                    names->setFocus();
                    QTest::keyClick(names, Qt::Key_V, Qt::ControlModifier);
                    QTableWidget *preview = dialog.preview();
                    QTRY_COMPARE(preview->rowCount(), 11);
                    // Noise lines say why they are left out.
                    QVERIFY(preview->item(1, 2)->text().startsWith(u"Ignored"_s));
                    QVERIFY(preview->item(3, 2)->text().contains(u"headline"_s));
                    // Ana matched; Jonas new; Sam needs a choice, so Log waits.
                    auto *anaCombo = qobject_cast<QComboBox *>(preview->cellWidget(0, 2));
                    QVERIFY(anaCombo);
                    QVERIFY(anaCombo->currentText().contains(u"Northwind Labs"_s));
                    auto *samCombo = qobject_cast<QComboBox *>(preview->cellWidget(8, 2));
                    QVERIFY(samCombo);
                    QVERIFY(!dialog.logButton()->isEnabled());
                    QVERIFY2(dialog.summaryText().contains(u"1 to choose"_s),
                             qPrintable(dialog.summaryText()));
                    samCombo->setFocus();
                    for (int i = 0; i < 3 && samCombo->currentData().toLongLong() != samA; ++i)
                        QTest::keyClick(samCombo, Qt::Key_Down);
                    QCOMPARE(samCombo->currentData().toLongLong(), samA);
                    QVERIFY(dialog.logButton()->isEnabled());
                    QVERIFY2(dialog.summaryText().startsWith(u"2 matched · 1 new"_s),
                             qPrintable(dialog.summaryText()));
                    QTest::mouseClick(dialog.logButton(), Qt::LeftButton);
                }();
                return !QTest::currentTestFailed() && dialog.result() == QDialog::Accepted;
            });
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        QVERIFY(opened);
        QVERIFY2(SeamTesting::warnings().isEmpty(),
                 qPrintable(SeamTesting::warnings().join(u'\n')));

        QCOMPARE(m_window->engagementStore()->totalCount(), 3);
        QCOMPARE(m_window->contactStore()->totalCount(), 4);
        QCOMPARE(tierShownFor(ana), u"Commenter"_s);
        QCOMPARE(tierShownFor(samA), u"Commenter"_s);
        // The panel shows the tier and the timeline entry.
        m_window->contactsPage()->contactsChanged(ana);
        auto *tierLabel = m_window->findChild<QLabel *>(u"tierLabel"_s);
        QVERIFY(tierLabel->text().startsWith(u"Commenter"_s));
        auto *timeline = m_window->findChild<QListWidget *>(u"timeline"_s);
        QCOMPARE(timeline->count(), 1);
        QVERIFY2(timeline->item(0)->text().contains(u"Articles vs posts"_s),
                 qPrintable(timeline->item(0)->text()));

        // One undo step takes the whole capture back.
        QUndoStack *undo = m_window->undoStack();
        QCOMPARE(undo->count(), 1);
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_window->engagementStore()->totalCount(), 0);
        QCOMPARE(m_window->contactStore()->totalCount(), 3);
        QCOMPARE(tierShownFor(ana), QString());
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_window->engagementStore()->totalCount(), 3);
        QCOMPARE(m_window->contactStore()->totalCount(), 4);
        QCOMPARE(tierShownFor(ana), u"Commenter"_s);
        QVERIFY(SeamTesting::warnings().isEmpty());
    }

    void namesakesShowPositionCompanyAndLocation()
    {
        const auto addFull = [this](const QString &position, const QString &company,
                                    const QString &location) {
            Contact c;
            c.firstName = u"Sam"_s;
            c.lastName = u"Taylor"_s;
            c.position = position;
            c.company = company;
            c.location = location;
            QString error;
            if (!m_window->contactStore()->add(c, &error))
                qWarning() << error;
            return c.id;
        };
        const qint64 recruiter = addFull(u"Recruiter"_s, u"Acme"_s, u"Berlin, Germany"_s);
        const qint64 designer = addFull(u"Product Designer"_s, u"Acme"_s, {});
        QStringList shown;
        DialogRunner::setNextHandler<QuickCaptureDialog>(
            u"quickCaptureDialog"_s, [&](QuickCaptureDialog &dialog) {
                dialog.setText(u"Sam Taylor\n • 2nd\nRecruiter at Acme"_s);
                dialog.updatePreview();
                if (auto *combo = qobject_cast<QComboBox *>(dialog.preview()->cellWidget(0, 2))) {
                    for (qint64 id : {recruiter, designer}) {
                        const int index = combo->findData(id);
                        shown << (index < 0 ? u"<missing>"_s : combo->itemText(index));
                    }
                }
                return false;
            });
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        // Same name, same company: only the position and location tell them apart.
        QCOMPARE(shown, (QStringList{u"Sam Taylor · Recruiter · Acme · Berlin, Germany"_s,
                                     u"Sam Taylor · Product Designer · Acme"_s}));
    }

    void tierFilterAndSortInTheTable()
    {
        const qint64 liker = add(u"Lia"_s, u"Liker"_s, {});
        const qint64 follower = add(u"Fin"_s, u"Follower"_s, {});
        add(u"Nel"_s, u"Nobody"_s, {});
        EngagementStore *engagement = m_window->engagementStore();
        QList<Engagement> events(2);
        events[0].contactId = liker;
        events[0].kind = EngagementKind::Like;
        events[0].date = QDate::currentDate();
        events[1].contactId = follower;
        events[1].kind = EngagementKind::Follow;
        events[1].date = QDate::currentDate().addDays(-3);
        QString error;
        QVERIFY(engagement->logMany(events, &error));
        m_window->contactsPage()->reload();

        auto *table = m_window->findChild<QTableView *>(u"contactsTable"_s);
        table->sortByColumn(ContactTableModel::TierColumn, Qt::AscendingOrder);
        QCOMPARE(model()->contactIdAt(0), follower);
        QCOMPARE(model()->contactIdAt(1), liker);
        auto *filter = m_window->findChild<QComboBox *>(u"tierFilter"_s);
        filter->setCurrentIndex(filter->findData(6));
        QCOMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->contactIdAt(0), liker);
        filter->setCurrentIndex(filter->findData(2)); // no commenters
        QCOMPARE(model()->rowCount(), 0);
        auto *noMatch = m_window->findChild<QLabel *>(u"noMatchLabel"_s);
        QVERIFY2(noMatch->text().contains(u"commenters"_s), qPrintable(noMatch->text()));
        filter->setCurrentIndex(0);
        QCOMPARE(model()->rowCount(), 3);
    }

    void preferencesChangeTheRecencyWindow()
    {
        const qint64 id = add(u"Wim"_s, u"Vos"_s, {});
        Engagement e;
        e.contactId = id;
        e.kind = EngagementKind::Comment;
        e.date = QDate::currentDate().addDays(-40);
        QString error;
        QVERIFY(m_window->engagementStore()->log(e, &error));
        m_window->contactsPage()->reload();
        QCOMPARE(tierShownFor(id), u"Commenter"_s);
        DialogRunner::setNextHandler<PreferencesDialog>(
            u"preferencesDialog"_s, [](PreferencesDialog &dialog) {
                dialog.windowSpin()->setValue(30);
                dialog.planCombo()->setCurrentIndex(
                    dialog.planCombo()->findData(int(InMailPlan::SalesNavigator)));
                dialog.noteLimitSpin()->setValue(200);
                dialog.capacitySpin()->setValue(10);
                return true;
            });
        m_window->commands()->editPreferences();
        QCOMPARE(m_window->engagementStore()->windowDays(), 30);
        QCOMPARE(tierShownFor(id), u"Commenter (lapsed)"_s);
        // The outreach settings went to the database too.
        const OutreachSettings saved =
            OutreachSettings::load(SettingStore(m_window->contactStore()->database()));
        QCOMPARE(saved.plan.monthlyCredits, 50);
        QCOMPARE(saved.invitationNoteLimit, 200);
        QCOMPARE(QueueSettings::load(SettingStore(m_window->contactStore()->database())).capacity,
                 10);
        QVERIFY(SeamTesting::warnings().isEmpty());
    }

    void deletingAContactAndUndoKeepsItsTimeline()
    {
        const qint64 id = add(u"Dee"_s, u"Park"_s, {});
        Engagement e;
        e.contactId = id;
        e.kind = EngagementKind::Share;
        e.date = QDate::currentDate();
        QString error;
        QVERIFY(m_window->engagementStore()->log(e, &error));
        m_window->contactsPage()->contactsChanged(id);
        m_window->showPage(MainWindow::Page::Contacts);
        Prompts::setNextAnswer(true);
        m_window->commands()->deleteCurrentContact();
        QCOMPARE(m_window->contactStore()->totalCount(), 0);
        m_window->undoStack()->undo();
        QCOMPARE(m_window->engagementStore()->forContact(id).size(), 1);
        QCOMPARE(m_window->contactStore()->get(id)->tier().rank, 4);
        QVERIFY(SeamTesting::warnings().isEmpty());
    }
};

QTEST_MAIN(tst_QuickCaptureWindow)
#include "tst_quickcapturewindow.moc"
