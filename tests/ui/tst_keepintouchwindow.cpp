// Keep in touch from the window: a contact's cadence, snooze, archived and
// do-not-contact through Contact ▸ Keep in Touch, tag cadences through Edit,
// each one undo step; and the dialogs as a user sees them.

#include "SeamTesting.h"
#include "common/DateField.h"
#include "contacts/ContactsPage.h"
#include "contacts/KeepInTouchDialog.h"
#include "contacts/TagCadencesDialog.h"
#include "db/Database.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"
#include "shell/WindowCommands.h"
#include "store/ContactStore.h"
#include "store/KeepInTouchStore.h"
#include "today/TodayPage.h"

#include <QCheckBox>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_KeepInTouchWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_contact = 0;

    KeepInTouchStore *store() const { return m_window->keepInTouchStore(); }
    KeepInTouch stored() const { return store()->get(m_contact).value_or(KeepInTouch()); }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
        SeamTesting::start();
        m_window = std::make_unique<MainWindow>(*m_settings);
        QVERIFY(m_window->openDatabase(m_dir->filePath(u"k.sqlite"_s)));
        QString error;
        for (const QString &name : {u"Mara"_s, u"Olu"_s}) {
            Contact c;
            c.firstName = name;
            c.lastName = u"Quist"_s;
            c.degree = 1;
            c.tags = {u"Clients"_s};
            QVERIFY2(m_window->contactStore()->add(c, &error), qPrintable(error));
            if (!m_contact)
                m_contact = c.id;
        }
        m_window->contactsPage()->contactsChanged(m_contact);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void contactSettingsAreOneUndoStep()
    {
        bool shown = false;
        DialogRunner::setNextHandler<KeepInTouchDialog>(
            u"keepInTouchDialog"_s, [&](KeepInTouchDialog &dialog) {
                shown = true;
                auto *inherit = dialog.findChild<QRadioButton *>(u"inheritCadenceRadio"_s);
                // Nothing set: the default from Preferences is what she inherits.
                if (!inherit || !inherit->isChecked() || !inherit->text().contains(u"90 days"_s))
                    return false;
                dialog.findChild<QRadioButton *>(u"ownCadenceRadio"_s)->setChecked(true);
                dialog.findChild<QSpinBox *>(u"cadenceDaysSpin"_s)->setValue(21);
                dialog.findChild<QCheckBox *>(u"snoozedCheck"_s)->setChecked(true);
                dialog.findChild<DateField *>(u"snoozeUntilEdit"_s)
                    ->setDate(QDate::currentDate().addDays(10));
                dialog.findChild<QCheckBox *>(u"archivedCheck"_s)->setChecked(true);
                return true;
            });
        // The Contact menu acts on the person the page shows: Mara, selected
        // on the Contacts page.
        m_window->showPage(MainWindow::Page::Contacts);
        m_window->findChild<QAction *>(u"keepInTouchAction"_s)->trigger();
        QVERIFY(shown);
        KeepInTouch k = stored();
        QCOMPARE(k.cadenceDays, std::optional<int>(21));
        QCOMPARE(k.snoozedUntil, QDate::currentDate().addDays(10));
        QVERIFY(k.archived);
        QVERIFY(!k.doNotContact);
        QCOMPARE(m_window->undoStack()->undoText(), u"Keep in Touch with Mara Quist"_s);

        m_window->undoStack()->undo();
        QVERIFY(stored().sameSettings(KeepInTouch()));
        m_window->undoStack()->redo();
        QVERIFY(stored().sameSettings(k));

        // The dialog opens on what is stored; undo "never" by unticking it.
        KeepInTouch never = k;
        never.doNotContact = true;
        QString error;
        QVERIFY(store()->set(m_contact, never, QDate::currentDate(), &error));
        DialogRunner::setNextHandler<KeepInTouchDialog>(
            u"keepInTouchDialog"_s, [&](KeepInTouchDialog &dialog) {
                auto *dnc = dialog.findChild<QCheckBox *>(u"doNotContactCheck"_s);
                if (!dnc->isChecked() ||
                    !dialog.findChild<QRadioButton *>(u"ownCadenceRadio"_s)->isChecked())
                    return false;
                dnc->setChecked(false);
                return true;
            });
        m_window->commands()->keepInTouch(m_contact);
        QVERIFY(!stored().doNotContact);
        QCOMPARE(stored().cadenceDays, std::optional<int>(21));

        // Cancel, or OK with nothing changed, adds no undo step.
        const int steps = m_window->undoStack()->count();
        DialogRunner::setNextHandler<KeepInTouchDialog>(u"keepInTouchDialog"_s,
                                                        [](KeepInTouchDialog &) { return true; });
        m_window->commands()->keepInTouch(m_contact);
        DialogRunner::setNextHandler<KeepInTouchDialog>(
            u"keepInTouchDialog"_s, [](KeepInTouchDialog &dialog) {
                dialog.findChild<QCheckBox *>(u"archivedCheck"_s)->setChecked(false);
                return false;
            });
        m_window->commands()->keepInTouch(m_contact);
        QCOMPARE(m_window->undoStack()->count(), steps);
        QVERIFY(SeamTesting::warnings().isEmpty());
    }

    void snoozeActsOnTodaysCardAsTodaysSnoozeDoes()
    {
        // Kit, a connection never in touch for 200 days, is on today's
        // queue. A snooze from Keep in Touch… snoozes the card (as S on
        // Today does); undo and clearing the snooze put it back.
        const QString path = m_dir->filePath(u"kit.sqlite"_s);
        qint64 kit = 0;
        {
            Database db;
            QString error;
            QVERIFY2(db.open(path, &error), qPrintable(error));
            Contact c;
            c.firstName = u"Kit"_s;
            c.lastName = u"Quist"_s;
            c.degree = 1;
            c.connectedOn = QDate::currentDate().addDays(-200);
            QVERIFY2(ContactStore(db).add(c, &error), qPrintable(error));
            kit = c.id;
        }
        QVERIFY(m_window->openDatabase(path));
        auto *today = m_window->findChild<TodayPage *>();
        QVERIFY(today);
        const auto card = [today, kit]() -> QueueItem {
            for (const QueueItem &item : today->items()) {
                if (item.contactId == kit)
                    return item;
            }
            return {};
        };
        QCOMPARE(card().contactId, kit);
        QCOMPARE(card().status, QueueItem::Status::Open);

        const QDate until = QDate::currentDate().addDays(5);
        DialogRunner::setNextHandler<KeepInTouchDialog>(
            u"keepInTouchDialog"_s, [&](KeepInTouchDialog &dialog) {
                dialog.findChild<QCheckBox *>(u"snoozedCheck"_s)->setChecked(true);
                dialog.findChild<DateField *>(u"snoozeUntilEdit"_s)->setDate(until);
                return true;
            });
        m_window->commands()->keepInTouch(kit);
        QCOMPARE(card().status, QueueItem::Status::Snoozed);
        QCOMPARE(card().snoozedUntil, until);
        m_window->undoStack()->undo();
        QCOMPARE(card().status, QueueItem::Status::Open);
        QCOMPARE(card().snoozedUntil, QDate());
        m_window->undoStack()->redo();
        QCOMPARE(card().status, QueueItem::Status::Snoozed);

        DialogRunner::setNextHandler<KeepInTouchDialog>(
            u"keepInTouchDialog"_s, [](KeepInTouchDialog &dialog) {
                dialog.findChild<QCheckBox *>(u"snoozedCheck"_s)->setChecked(false);
                return true;
            });
        m_window->commands()->keepInTouch(kit);
        QCOMPARE(card().status, QueueItem::Status::Open);
        QVERIFY(SeamTesting::warnings().isEmpty());
    }

    void tagCadences()
    {
        bool shown = false;
        DialogRunner::setNextHandler<TagCadencesDialog>(
            u"tagCadencesDialog"_s, [&](TagCadencesDialog &dialog) {
                shown = true;
                auto *table = dialog.findChild<QTableWidget *>(u"tagCadencesTable"_s);
                if (!table || table->rowCount() != 1 || table->item(0, 0)->text() != u"Clients"_s ||
                    table->item(0, 1)->text() != u"2"_s)
                    return false;
                auto *spin = qobject_cast<QSpinBox *>(table->cellWidget(0, 2));
                if (spin->text() != u"Default"_s)
                    return false;
                spin->setValue(30);
                return true;
            });
        m_window->findChild<QAction *>(u"tagCadencesAction"_s)->trigger();
        QVERIFY(shown);
        QCOMPARE(store()->tagCadences().first().days, std::optional<int>(30));
        // Mara now inherits the tag's cadence.
        QCOMPARE(stored().tagCadenceDays, std::optional<int>(30));
        QCOMPARE(stored().cadenceTag, u"Clients"_s);
        m_window->undoStack()->undo();
        QVERIFY(!store()->tagCadences().first().days);
        m_window->undoStack()->redo();
        QCOMPARE(store()->tagCadences().first().days, std::optional<int>(30));
        QVERIFY(SeamTesting::warnings().isEmpty());
    }

    void dialogsAsSeen()
    {
        // Screenshots for the README's reviewers: RAPPORT_SHOTS=dir.
        const QString shots = qEnvironmentVariable("RAPPORT_SHOTS");
        KeepInTouch k;
        k.tagCadenceDays = 30;
        k.cadenceTag = u"Clients"_s;
        KeepInTouchDialog dialog(u"Mara Quist"_s, k, 90);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.findChild<QRadioButton *>(u"inheritCadenceRadio"_s)
                    ->text()
                    .contains(u"30 days, from the tag ‘Clients’"_s));
        QVERIFY(!dialog.findChild<QSpinBox *>(u"cadenceDaysSpin"_s)->isEnabled());
        QVERIFY(!dialog.findChild<DateField *>(u"snoozeUntilEdit"_s)->isEnabled());
        if (!shots.isEmpty())
            QVERIFY(dialog.grab().save(shots + u"/keep-in-touch.png"_s));

        TagCadencesDialog tags({{u"Clients"_s, 30, 12}, {u"Mentors"_s, {}, 3}}, 90);
        tags.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tags));
        if (!shots.isEmpty())
            QVERIFY(tags.grab().save(shots + u"/tag-cadences.png"_s));
        TagCadencesDialog none({}, 90);
        QVERIFY(none.findChild<QLabel *>(u"tagCadencesEmpty"_s));
    }
};

QTEST_MAIN(tst_KeepInTouchWindow)
#include "tst_keepintouchwindow.moc"
