// No input is ever lost: every dialog that takes input says what is wrong
// beside the field and keeps OK disabled meanwhile, and a save the store
// refuses keeps the dialog open with every value and the reason in it. The
// store is made to refuse (PRAGMA query_only, as a disk gone read-only).

#include "SeamTesting.h"
#include "common/DateField.h"
#include "contacts/ContactDetailPanel.h"
#include "contacts/ContactDialog.h"
#include "contacts/ContactForm.h"
#include "contacts/ContactsPage.h"
#include "contacts/KeepInTouchDialog.h"
#include "contacts/TagCadencesDialog.h"
#include "contacts/ValueGivenDialog.h"
#include "db/Database.h"
#include "engagement/QuickCaptureDialog.h"
#include "outreach/ComposeDialog.h"
#include "outreach/OutreachSettings.h"
#include "session/Session.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"
#include "shell/PreferencesDialog.h"
#include "shell/WindowCommands.h"
#include "store/ContactStore.h"
#include "store/EngagementStore.h"
#include "store/OutreachStore.h"
#include "store/SettingStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_SavingDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_contact = 0;

    static QPushButton *okButton(QDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
    // Every write fails from now on, until writable() again.
    void readOnly(bool on)
    {
        QSqlQuery query(m_window->session()->database()->connection());
        QVERIFY(query.exec(on ? u"PRAGMA query_only = ON"_s : u"PRAGMA query_only = OFF"_s));
    }
    // With RAPPORT_SHOTS set, a picture of the dialog as it is now.
    static void shoot(QDialog &dialog, const QString &name)
    {
        const QString shots = qEnvironmentVariable("RAPPORT_SHOTS");
        if (shots.isEmpty())
            return;
        dialog.show();
        if (QTest::qWaitForWindowExposed(&dialog))
            dialog.grab().save(shots + u'/' + name + u".png"_s);
        dialog.hide();
    }
    static QString shownMessage(QWidget *in, const QString &name)
    {
        auto *label = in->findChild<QWidget *>(name)->findChild<QLabel *>(u"errorText"_s);
        return label->isVisibleTo(in) ? label->text() : QString();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
        SeamTesting::start();
        m_window = std::make_unique<MainWindow>(*m_settings);
        QVERIFY(m_window->openDatabase(m_dir->filePath(u"s.sqlite"_s)));
        Contact ada;
        ada.firstName = u"Ada"_s;
        ada.lastName = u"Lovelace"_s;
        ada.degree = 1;
        ada.tags = {u"mentors"_s};
        QString error;
        QVERIFY2(m_window->contactStore()->add(ada, &error), qPrintable(error));
        m_contact = ada.id;
        m_window->showPage(MainWindow::Page::Contacts);
        m_window->contactsPage()->contactsChanged(m_contact);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_window->contactsPage()->detailPanel()->contactId(), m_contact);
    }
    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void datesAreReadAsPeopleTypeThem()
    {
        DateField field;
        const QString format = field.displayFormat();
        QCOMPARE(DateField::parse(u"2026-01-31"_s, format), QDate(2026, 1, 31));
        QCOMPARE(DateField::parse(u"31 Jan 2026"_s, format), QDate(2026, 1, 31));
        QCOMPARE(DateField::parse(u"Jan 31, 2026"_s, format), QDate(2026, 1, 31));
        QVERIFY(!DateField::parse(u"31 Feb 2031"_s, format).isValid());
        QVERIFY(!DateField::parse(u"2031-02-31"_s, format).isValid());
        QVERIFY(!DateField::parse(u"soon"_s, format).isValid());
        // The locale's own short form, two-digit year and all, is this century.
        const QDate march(2026, 3, 4);
        QCOMPARE(DateField::parse(QLocale().toString(march, QLocale::ShortFormat), format), march);
        field.setDate(march);
        QCOMPARE(field.date(), march);
        QCOMPARE(field.problem(), QString());
    }

    void emailIsCheckedBesideTheField()
    {
        ContactDialog dialog;
        auto *first = dialog.findChild<QLineEdit *>(u"firstNameEdit"_s);
        auto *email = dialog.findChild<QLineEdit *>(u"emailEdit"_s);
        QVERIFY(!okButton(dialog)->isEnabled()); // no first name yet
        first->setText(u"Grace"_s);
        QVERIFY(okButton(dialog)->isEnabled());
        for (const QString &bad : {u"foo@"_s, u"foo"_s, u"@example.com"_s, u"a@b"_s}) {
            email->setText(bad);
            QVERIFY2(!okButton(dialog)->isEnabled(), qPrintable(bad));
            const QString said = shownMessage(&dialog, u"emailMessage"_s);
            QVERIFY2(said.contains(bad) && said.contains(u"name@example.com"_s), qPrintable(said));
        }
        email->setText(u"grace@navy.mil"_s);
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(shownMessage(&dialog, u"emailMessage"_s), QString());
        QCOMPARE(dialog.contact().email, u"grace@navy.mil"_s);
    }

    void connectionDatesAreNeverInTheFutureNorChangedSilently()
    {
        ContactDialog dialog;
        dialog.findChild<QLineEdit *>(u"firstNameEdit"_s)->setText(u"Grace"_s);
        dialog.findChild<QCheckBox *>(u"hasConnectedOnCheck"_s)->setChecked(true);
        auto *date = dialog.findChild<DateField *>(u"connectedOnEdit"_s);
        QVERIFY(okButton(dialog)->isEnabled());

        date->selectAll();
        QTest::keyClicks(date, u"31 Feb 2031"_s);
        QCOMPARE(date->text(), u"31 Feb 2031"_s); // kept as typed, not "7 Feb 2031"
        QVERIFY(!okButton(dialog)->isEnabled());
        QString said = shownMessage(&dialog, u"connectedOnMessage"_s);
        QVERIFY2(said.contains(u"\u201c31 Feb 2031\u201d is not a day"_s), qPrintable(said));
        dialog.findChild<QLineEdit *>(u"emailEdit"_s)->setText(u"foo@"_s);
        if (const QString shots = qEnvironmentVariable("RAPPORT_SHOTS"); !shots.isEmpty()) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.grab().save(shots + u"/contact-dialog-invalid.png"_s));
        }
        dialog.findChild<QLineEdit *>(u"emailEdit"_s)->clear();
        // Focus leaving the field changes nothing either.
        dialog.findChild<QLineEdit *>(u"lastNameEdit"_s)->setFocus();
        QCOMPARE(date->text(), u"31 Feb 2031"_s);

        date->setText(u"2031-02-27"_s);
        QVERIFY(!okButton(dialog)->isEnabled());
        said = shownMessage(&dialog, u"connectedOnMessage"_s);
        QVERIFY2(said.contains(u"in the future"_s), qPrintable(said));

        date->setDate(QDate::currentDate().addDays(-3));
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(dialog.contact().connectedOn, QDate::currentDate().addDays(-3));
        // Unticked, a bad date does not matter.
        date->setText(u"soon"_s);
        QVERIFY(!okButton(dialog)->isEnabled());
        dialog.findChild<QCheckBox *>(u"hasConnectedOnCheck"_s)->setChecked(false);
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(dialog.contact().connectedOn, QDate());
    }

    void aStoredFutureDateStaysButNoOtherFutureDay()
    {
        // A connection date stored in the future (an import, the CLI) is
        // kept as it was; it does not open the future to other days.
        ContactForm form;
        Contact stored;
        stored.firstName = u"Grace"_s;
        stored.connectedOn = QDate::currentDate().addDays(10);
        form.setContact(stored);
        auto *date = form.findChild<DateField *>(u"connectedOnEdit"_s);
        QVERIFY(date->problem().isEmpty());
        QCOMPARE(date->date(), stored.connectedOn);
        date->setDate(QDate::currentDate().addDays(5));
        QVERIFY2(date->problem().contains(u"in the future"_s), qPrintable(date->problem()));
        QVERIFY(!date->date().isValid());
        date->setDate(QDate::currentDate().addDays(-1));
        QVERIFY(date->problem().isEmpty());
        date->setDate(stored.connectedOn);
        QVERIFY(date->problem().isEmpty());
    }

    void detailPanelSaveWaitsForValidFields()
    {
        ContactDetailPanel *panel = m_window->contactsPage()->detailPanel();
        auto *save = panel->findChild<QPushButton *>(u"saveButton"_s);
        auto *email = panel->findChild<QLineEdit *>(u"emailEdit"_s);
        email->setText(u"ada@"_s);
        QVERIFY(!save->isEnabled());
        QVERIFY(shownMessage(panel, u"emailMessage"_s).contains(u"ada@"_s));
        email->setText(u"ada@engine.org"_s);
        QVERIFY(save->isEnabled());
        save->click();
        QCOMPARE(m_window->contactStore()->get(m_contact)->email, u"ada@engine.org"_s);
    }

    void aMistypedDateInThePanelIsAnEdit()
    {
        // A connection date typed but not a day is kept and counts as an
        // edit: the panel is not refilled from the store over it.
        ContactDetailPanel *panel = m_window->contactsPage()->detailPanel();
        panel->findChild<QCheckBox *>(u"hasConnectedOnCheck"_s)->setChecked(true);
        auto *date = panel->findChild<DateField *>(u"connectedOnEdit"_s);
        QVERIFY(date);
        date->setText(u"31 Feb 2026"_s);
        QVERIFY(panel->isModified());
        QVERIFY(!panel->findChild<QPushButton *>(u"saveButton"_s)->isEnabled());
        date->setText(QLocale().toString(QDate::currentDate().addDays(5), QLocale::ShortFormat));
        QVERIFY(panel->isModified());
    }

    void addContactKeepsWhatWasTyped()
    {
        readOnly(true);
        QString refusal;
        QString kept;
        DialogRunner::setNextHandler<ContactDialog>(u"contactDialog"_s, [](ContactDialog &d) {
            d.findChild<QLineEdit *>(u"firstNameEdit"_s)->setText(u"Grace"_s);
            d.findChild<QLineEdit *>(u"companyEdit"_s)->setText(u"Navy"_s);
            return true;
        });
        DialogRunner::setNextHandler<ContactDialog>(u"contactDialog"_s, [&](ContactDialog &d) {
            refusal = d.errorText();
            kept = d.contact().firstName + u' ' + d.contact().company;
            return false;
        });
        m_window->commands()->addContact();
        QCOMPARE(DialogRunner::ran().size(), 2);
        QVERIFY2(!refusal.isEmpty() && !refusal.contains(u"readonly"_s), qPrintable(refusal));
        QCOMPARE(kept, u"Grace Navy"_s);
        QVERIFY(SeamTesting::warnings().isEmpty());
        readOnly(false);
        QCOMPARE(m_window->contactStore()->totalCount(), 1);
    }

    void valueGivenKeepsWhatWasTyped()
    {
        readOnly(true);
        QString refusal;
        QString note;
        DialogRunner::setNextHandler<ValueGivenDialog>(
            u"valueGivenDialog"_s, [](ValueGivenDialog &d) {
                d.noteEdit()->setText(u"Introduced her to Babbage"_s);
                return true;
            });
        DialogRunner::setNextHandler<ValueGivenDialog>(
            u"valueGivenDialog"_s, [&](ValueGivenDialog &d) {
                refusal = d.errorText();
                note = d.noteEdit()->text();
                readOnly(false);
                return true; // OK again, now that the store takes it
            });
        m_window->commands()->logValueGiven();
        QVERIFY(!refusal.isEmpty());
        QCOMPARE(note, u"Introduced her to Babbage"_s);
        QCOMPARE(m_window->undoStack()->count(), 1);

        // A day in the future keeps OK disabled, said beside the field.
        ValueGivenDialog dialog(m_contact, u"Ada"_s);
        dialog.dateEdit()->setDate(QDate::currentDate().addDays(1));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(shownMessage(&dialog, u"valueDateMessage"_s).contains(u"in the future"_s));
    }

    void keepInTouchKeepsWhatWasChosen()
    {
        readOnly(true);
        QString refusal;
        int days = 0;
        DialogRunner::setNextHandler<KeepInTouchDialog>(
            u"keepInTouchDialog"_s, [](KeepInTouchDialog &d) {
                d.findChild<QRadioButton *>(u"ownCadenceRadio"_s)->setChecked(true);
                d.findChild<QSpinBox *>(u"cadenceDaysSpin"_s)->setValue(21);
                return true;
            });
        DialogRunner::setNextHandler<KeepInTouchDialog>(
            u"keepInTouchDialog"_s, [&](KeepInTouchDialog &d) {
                refusal = d.errorText();
                days = d.settings().cadenceDays.value_or(0);
                return false;
            });
        m_window->commands()->keepInTouch(m_contact);
        QVERIFY(!refusal.isEmpty());
        QCOMPARE(days, 21);
        QCOMPARE(m_window->undoStack()->count(), 0);

        // A snooze needs a day after today.
        KeepInTouchDialog dialog(u"Ada"_s, KeepInTouch(), 90);
        dialog.findChild<QCheckBox *>(u"snoozedCheck"_s)->setChecked(true);
        dialog.findChild<DateField *>(u"snoozeUntilEdit"_s)->setText(u"31 Feb 2031"_s);
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(shownMessage(&dialog, u"snoozeMessage"_s).contains(u"not a day"_s));
    }

    void tagCadencesKeepWhatWasChosen()
    {
        readOnly(true);
        QString refusal;
        int kept = 0;
        DialogRunner::setNextHandler<TagCadencesDialog>(u"tagCadencesDialog"_s,
                                                        [](TagCadencesDialog &d) {
                                                            d.findChild<QSpinBox *>()->setValue(30);
                                                            return true;
                                                        });
        DialogRunner::setNextHandler<TagCadencesDialog>(
            u"tagCadencesDialog"_s, [&](TagCadencesDialog &d) {
                refusal = d.errorText();
                kept = d.cadences().value(0).days.value_or(0);
                return false;
            });
        m_window->commands()->editTagCadences();
        QVERIFY(!refusal.isEmpty());
        QCOMPARE(kept, 30);
    }
    void composeKeepsTheMessage()
    {
        const QString text = u"Hi Ada, your notes on the engine were a joy to read."_s;
        readOnly(true);
        QString refusal;
        QString kept;
        bool stillLoggable = false;
        DialogRunner::setNextHandler<ComposeDialog>(u"composeDialog"_s, [&](ComposeDialog &d) {
            auto *channel = d.findChild<QComboBox *>(u"channelCombo"_s);
            channel->setCurrentIndex(channel->findData(u"message"_s));
            // A message needs text: Log waits for it, an invitation does not.
            d.bodyEdit()->clear();
            d.subjectEdit()->clear();
            d.updateChecks();
            if (d.logButton()->isEnabled())
                return false;
            d.bodyEdit()->setPlainText(text);
            d.updateChecks();
            return d.logButton()->isEnabled();
        });
        DialogRunner::setNextHandler<ComposeDialog>(u"composeDialog"_s, [&](ComposeDialog &d) {
            refusal = d.errorText();
            kept = d.bodyEdit()->toPlainText();
            stillLoggable = d.logButton()->isEnabled();
            shoot(d, u"compose-refused"_s);
            readOnly(false);
            return true; // Log again, now that the store takes it
        });
        m_window->commands()->composeMessage();
        QCOMPARE(DialogRunner::ran().size(), 2);
        QVERIFY2(!refusal.isEmpty() && !refusal.contains(u"readonly"_s), qPrintable(refusal));
        QCOMPARE(kept, text);
        QVERIFY(stillLoggable);
        const QList<Outreach> logged = m_window->outreachStore()->list({});
        QCOMPARE(logged.size(), 1);
        QCOMPARE(logged.first().body, text);
        QCOMPARE(m_window->undoStack()->count(), 1);
        QVERIFY(SeamTesting::warnings().isEmpty());
    }

    void composeCancelledAfterARefusalLogsNothing()
    {
        // Refused, then cancelled: what was written stays until Cancel.
        QString refusal;
        QString kept;
        DialogRunner::setNextHandler<ComposeDialog>(u"composeDialog"_s, [&](ComposeDialog &d) {
            d.bodyEdit()->setPlainText(u"Thank you for the introduction."_s);
            d.updateChecks();
            readOnly(true);
            return true;
        });
        DialogRunner::setNextHandler<ComposeDialog>(u"composeDialog"_s, [&](ComposeDialog &d) {
            refusal = d.errorText();
            kept = d.bodyEdit()->toPlainText();
            return false; // Cancel
        });
        m_window->commands()->composeMessage();
        readOnly(false);
        QVERIFY(!refusal.isEmpty());
        QCOMPARE(kept, u"Thank you for the introduction."_s);
        QCOMPARE(m_window->outreachStore()->list({}).size(), 0);
        QCOMPARE(m_window->undoStack()->count(), 0);
    }

    void quickCaptureKeepsThePastedNames()
    {
        const QString names = u"Grace Hopper\nKatherine Johnson\n"_s;
        readOnly(true);
        QString refusal;
        QString kept;
        bool emptyWaits = false;
        DialogRunner::setNextHandler<QuickCaptureDialog>(
            u"quickCaptureDialog"_s, [&](QuickCaptureDialog &d) {
                d.setText(QString());
                d.updatePreview();
                emptyWaits = !d.logButton()->isEnabled() && !d.problem().isEmpty();
                d.setText(names);
                d.updatePreview();
                return d.logButton()->isEnabled();
            });
        DialogRunner::setNextHandler<QuickCaptureDialog>(
            u"quickCaptureDialog"_s, [&](QuickCaptureDialog &d) {
                refusal = d.errorText();
                kept = d.findChild<QPlainTextEdit *>(u"namesEdit"_s)->toPlainText();
                shoot(d, u"quick-capture-refused"_s);
                return false;
            });
        m_window->commands()->quickCapture();
        QCOMPARE(DialogRunner::ran().size(), 2);
        QVERIFY(emptyWaits);
        QVERIFY2(!refusal.isEmpty() && !refusal.contains(u"readonly"_s), qPrintable(refusal));
        QCOMPARE(kept, names);
        readOnly(false);
        QCOMPARE(m_window->contactStore()->totalCount(), 1);
        QCOMPARE(m_window->undoStack()->count(), 0);
        QVERIFY(SeamTesting::warnings().isEmpty());
    }

    void preferencesKeepWhatWasSet()
    {
        const int limitBefore =
            OutreachSettings::load(SettingStore(*m_window->session()->database()))
                .invitationNoteLimit;
        const int windowBefore = m_window->engagementStore()->windowDays();
        readOnly(true);
        QString refusal;
        int limit = 0;
        int window = 0;
        DialogRunner::setNextHandler<PreferencesDialog>(u"preferencesDialog"_s,
                                                        [](PreferencesDialog &d) {
                                                            d.windowSpin()->setValue(30);
                                                            d.noteLimitSpin()->setValue(200);
                                                            return true;
                                                        });
        DialogRunner::setNextHandler<PreferencesDialog>(u"preferencesDialog"_s,
                                                        [&](PreferencesDialog &d) {
                                                            refusal = d.errorText();
                                                            limit = d.noteLimitSpin()->value();
                                                            shoot(d, u"preferences-refused"_s);
                                                            window = d.windowSpin()->value();
                                                            return false;
                                                        });
        m_window->commands()->editPreferences();
        readOnly(false);
        QCOMPARE(DialogRunner::ran().size(), 2);
        QVERIFY2(!refusal.isEmpty() && !refusal.contains(u"readonly"_s), qPrintable(refusal));
        QVERIFY2(refusal.contains(u"Press OK to try again"_s), qPrintable(refusal));
        QCOMPARE(limit, 200);
        QCOMPARE(window, 30);
        QCOMPARE(OutreachSettings::load(SettingStore(*m_window->session()->database()))
                     .invitationNoteLimit,
                 limitBefore);
        QCOMPARE(m_window->engagementStore()->windowDays(), windowBefore);
        QVERIFY(SeamTesting::warnings().isEmpty());
    }
};

QTEST_MAIN(tst_SavingDialog)
#include "tst_savingdialog.moc"
