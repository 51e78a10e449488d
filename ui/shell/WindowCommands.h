#pragma once

// The window's commands that ask with a dialog and write one undo step
// through the Session: new, edited and deleted contacts, Compose Message,
// Log Value Given, Keep in Touch, tag cadences, this week's numbers, Quick
// Capture and Preferences (and Message Templates, which saves as it goes).
// Every dialog runs through DialogRunner under its objectName; every
// question and failure goes through Prompts.

#include <QObject>
#include <QString>
#include <functional>

class QMainWindow;

namespace rapport {

class ContactsPage;
class Session;
class StoreCommand;
struct CaptureResult;
struct Contact;

class WindowCommands : public QObject
{
    Q_OBJECT

public:
    WindowCommands(Session *session, ContactsPage *contacts, QMainWindow *window);

    // Contact ▸ New Contact…; a contact the store refuses reopens the dialog.
    void addContact();
    // Contact ▸ Delete Contact (on the Contacts page), after asking.
    void deleteCurrentContact();
    // The detail panel's Save.
    void saveContact(const Contact &edited);
    // The contact the current page shows (Today's or Outreach's selection,
    // else the Contacts page's); Compose, Log Value Given and Keep in Touch
    // act on it. Without a source: the Contacts page's.
    void setPageContact(const std::function<qint64()> &source) { m_pageContact = source; }
    qint64 pageContactId() const;
    // Contact ▸ Compose Message (Ctrl+M) for the contact shown.
    void composeMessage();
    // Compose for one contact, with a template preselected (may be empty);
    // the id of the outreach logged, 0 when nothing was. `sameStep`
    // (optional) runs after the message is logged, inside the same undo
    // step (Today's Done marks its item); when it returns false (with the
    // reason in `error`) the log is taken back and Compose stays open.
    qint64 composeFor(const Contact &contact, const QString &templateName,
                      const std::function<bool(qint64 outreachId, QString *error)> &sameStep = {});
    // Contact ▸ Log Value Given for the contact shown.
    void logValueGiven();
    // Contact ▸ Keep in Touch: cadence, snooze, archived, do not contact.
    void keepInTouch(qint64 contactId);
    // Edit ▸ Keep-in-Touch Cadence by Tag….
    void editTagCadences();
    // Edit ▸ Enter This Week's Numbers (also on Today).
    void enterWeeklyNumbers();
    // Edit ▸ Message Templates….
    void editTemplates();
    // Edit ▸ Preferences…. Its language is the user's, not the database's:
    // read and written through these (the window's Settings) when set.
    void editPreferences();
    void setLanguageSetting(std::function<QString()> read,
                            std::function<void(const QString &)> write)
    {
        m_readLanguage = std::move(read);
        m_writeLanguage = std::move(write);
    }
    // Contact ▸ Quick Capture (Ctrl+L): paste names, check the preview, log
    // them as one step.
    void quickCapture();
    // The status bar's line after Quick Capture's Log: "Logged 5 engagements
    // (2 new contacts)".
    static QString captureMessage(const CaptureResult &result);

signals:
    // A contact was added: the window shows the Contacts page.
    void contactAdded();
    // Settings that change numbers (InMail plan, acceptance threshold) were saved.
    void preferencesChanged();

private:
    // Pushes `command`; on failure says why under `failureTitle`.
    bool runCommand(StoreCommand *command, const QString &failureTitle);
    // Pushes `command`; on failure gives the reason (a dialog shows it).
    bool pushCommand(StoreCommand *command, QString *reason);
    qint64 shownContactId() const;

    Session *m_session;
    ContactsPage *m_contacts;
    QMainWindow *m_window;
    std::function<qint64()> m_pageContact;
    std::function<QString()> m_readLanguage;
    std::function<void(const QString &)> m_writeLanguage;
};

} // namespace rapport
