#include "shell/WindowCommands.h"

#include "capture/QuickCapture.h"
#include "common/DialogRunner.h"
#include "common/Prompts.h"
#include "common/StatusTimeout.h"
#include "contacts/AddContactCommand.h"
#include "contacts/ContactDetailPanel.h"
#include "contacts/ContactDialog.h"
#include "contacts/ContactsPage.h"
#include "contacts/DeleteContactCommand.h"
#include "contacts/EditContactCommand.h"
#include "contacts/KeepInTouchDialog.h"
#include "contacts/LogValueCommand.h"
#include "contacts/SetKeepInTouchCommand.h"
#include "contacts/SetTagCadencesCommand.h"
#include "contacts/TagCadencesDialog.h"
#include "contacts/ValueGivenDialog.h"
#include "engagement/QuickCaptureCommand.h"
#include "engagement/QuickCaptureDialog.h"
#include "insights/SaveSnapshotCommand.h"
#include "insights/WeeklyNetwork.h"
#include "insights/WeeklyNumbersDialog.h"
#include "outreach/ComposeDialog.h"
#include "outreach/LogOutreachCommand.h"
#include "outreach/OutreachSettings.h"
#include "outreach/ReinviteRule.h"
#include "outreach/TemplateValues.h"
#include "outreach/TemplatesDialog.h"
#include "planning/QueueSettings.h"
#include "session/Session.h"
#include "settings/PreferenceSet.h"
#include "shell/PreferencesDialog.h"
#include "store/ContactStore.h"
#include "store/ContentStore.h"
#include "store/EngagementStore.h"
#include "store/KeepInTouchStore.h"
#include "store/OutreachStore.h"
#include "store/SettingStore.h"
#include "store/SnapshotStore.h"
#include "store/TemplateStore.h"
#include "store/ValueGivenStore.h"

#include <QKeySequence>
#include <QLocale>
#include <QMainWindow>
#include <QPointer>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace rapport {

WindowCommands::WindowCommands(Session *session, ContactsPage *contacts, QMainWindow *window)
    : QObject(window)
    , m_session(session)
    , m_contacts(contacts)
    , m_window(window)
{}

qint64 WindowCommands::shownContactId() const
{
    return m_contacts->detailPanel()->contactId();
}

qint64 WindowCommands::pageContactId() const
{
    return m_pageContact ? m_pageContact() : shownContactId();
}

void WindowCommands::addContact()
{
    if (!m_session->isOpen())
        return;
    ContactDialog dialog(m_window);
    // A contact the store refuses (say, a duplicate profile URL) is said in
    // the dialog, which stays open with everything the user typed.
    dialog.setSaver([this, &dialog](QString *error) {
        return pushCommand(new AddContactCommand(*m_session->contacts(), dialog.contact()), error);
    });
    if (DialogRunner::run(dialog))
        emit contactAdded();
}

void WindowCommands::deleteCurrentContact()
{
    // Only where the contact can be seen: the Contacts page.
    const auto *pages = qobject_cast<QStackedWidget *>(m_contacts->parentWidget());
    if (!m_session->isOpen() || !pages || pages->currentWidget() != m_contacts)
        return;
    const auto contact = m_contacts->currentContact();
    if (!contact)
        return;
    const QString undoKey = QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
    const QString title = tr("Delete");
    if (!Prompts::confirm(m_window, title,
                          tr("Delete %1 from your contacts?\n\nEdit ▸ Undo (%2) brings "
                             "the contact back.")
                              .arg(contact->fullName(), undoKey),
                          title, true)) {
        return;
    }
    runCommand(new DeleteContactCommand(*m_session->contacts(), *contact),
               tr("Could Not Delete the Contact"));
}

void WindowCommands::saveContact(const Contact &edited)
{
    if (!m_session->isOpen())
        return;
    const auto before = m_session->contacts()->get(edited.id);
    if (!before) {
        Prompts::warning(m_window, tr("Could Not Save the Contact"),
                         tr("%1 is no longer in the database; it may have been deleted. Your "
                            "changes were not saved.")
                             .arg(edited.fullName()));
        return;
    }
    runCommand(new EditContactCommand(*m_session->contacts(), *before, edited),
               tr("Could Not Save the Contact"));
}

void WindowCommands::composeMessage()
{
    const qint64 id = pageContactId();
    const std::optional<Contact> contact =
        m_session->isOpen() && id > 0 ? m_session->contacts()->get(id) : std::nullopt;
    if (contact)
        composeFor(*contact, QString());
}

qint64 WindowCommands::composeFor(const Contact &contact, const QString &templateName,
                                  const std::function<bool(qint64, QString *)> &sameStep)
{
    if (!m_session->isOpen())
        return 0;
    // The same values as `rapport-cli outreach log --template`.
    const QHash<QString, QString> values =
        TemplateValues::forContact(*m_session->database(), contact);
    const OutreachSettings settings = OutreachSettings::load(SettingStore(*m_session->database()));
    ComposeDialog dialog(contact, m_session->templates()->all(), values,
                         settings.invitationNoteLimit, m_window);
    dialog.setTemplateStore(m_session->templates());
    dialog.setLastWithdrawal(ReinviteRule::withdrawnOn(*m_session->outreach(), contact.id));
    OutreachFilter theirs;
    theirs.contactId = contact.id;
    dialog.setThread(m_session->outreach()->list(theirs, ComposeDialog::ThreadLength));
    if (const auto suggested = m_session->templates()->find(templateName)) {
        dialog.setChannel(suggested->channel);
        dialog.setTemplate(suggested->name);
    }
    // Logged while the dialog is open: a refused log keeps the text there.
    qint64 logged = 0;
    dialog.setSaver([&](QString *error) {
        auto *command = new LogOutreachCommand(*m_session->contacts(), *m_session->outreach(),
                                               dialog.outreach());
        QUndoStack *undo = m_session->undoStack();
        if (sameStep)
            undo->beginMacro(command->text());
        bool pushed = pushCommand(command, error);
        if (pushed)
            logged = command->record().id;
        QString why;
        const bool together = !pushed || !sameStep || sameStep(logged, &why);
        if (sameStep)
            undo->endMacro();
        if (!together) {
            // The second half was refused: the message is taken back too, so
            // the step is whole or nothing, and Compose keeps the text.
            if (error)
                *error = tr("It could not be marked done on Today's list, so the message was not "
                            "logged either: %1 Press Log to try again, or Cancel.")
                             .arg(why);
            pushed = false;
        }
        if (!pushed) {
            // Nothing was logged, or the log is taken back: the step the
            // macro left is dropped (QUndoStack deletes an obsolete command
            // instead of undoing or redoing it).
            const int last = undo->count() - 1;
            if (sameStep && last >= 0 && undo->index() == last + 1) {
                auto *step = const_cast<QUndoCommand *>(undo->command(last));
                if (step->childCount() == 0) {
                    step->setObsolete(true);
                    undo->undo();
                } else if (!together) {
                    // Undone for real first; then, obsolete, the redo
                    // drops it without doing it again.
                    undo->undo();
                    step->setObsolete(true);
                    undo->redo();
                }
            }
            logged = 0;
        }
        return pushed;
    });
    if (!DialogRunner::run(dialog) || logged <= 0)
        return 0;
    m_window->statusBar()->showMessage(tr("Logged. Rapport never sends anything: send it on "
                                          "LinkedIn if you have not yet."),
                                       StatusTimeout::Outcome);
    return logged;
}

void WindowCommands::logValueGiven()
{
    const qint64 id = pageContactId();
    const std::optional<Contact> contact =
        m_session->isOpen() && id > 0 ? m_session->contacts()->get(id) : std::nullopt;
    if (!contact || !m_session->isOpen())
        return;
    ValueGivenDialog dialog(contact->id, contact->fullName(), m_window);
    dialog.setSaver([this, &dialog](QString *error) {
        return pushCommand(
            new LogValueCommand(*m_session->contacts(), *m_session->values(), dialog.value()),
            error);
    });
    DialogRunner::run(dialog);
}

void WindowCommands::keepInTouch(qint64 contactId)
{
    const std::optional<Contact> contact =
        m_session->isOpen() && contactId > 0 ? m_session->contacts()->get(contactId) : std::nullopt;
    if (!contact || !m_session->isOpen())
        return;
    QString error;
    const std::optional<KeepInTouch> before = m_session->keepInTouch()->get(contactId, &error);
    if (!before) {
        Prompts::warning(m_window, tr("Could Not Read the Contact"), error);
        return;
    }
    KeepInTouchDialog dialog(
        contact->fullName(), *before,
        QueueSettings::load(SettingStore(*m_session->database())).defaultCadenceDays, m_window);
    dialog.setSaver([&](QString *refused) {
        const KeepInTouch after = dialog.settings();
        return after.sameSettings(*before) ||
               pushCommand(new SetKeepInTouchCommand(*m_session->contacts(),
                                                     *m_session->keepInTouch(), contactId,
                                                     contact->fullName(), *before, after),
                           refused);
    });
    DialogRunner::run(dialog);
}

void WindowCommands::editTagCadences()
{
    if (!m_session->isOpen())
        return;
    QString error;
    const QList<TagCadence> before = m_session->keepInTouch()->tagCadences(&error);
    if (!error.isEmpty()) {
        Prompts::warning(m_window, tr("Could Not Read the Tags"), error);
        return;
    }
    TagCadencesDialog dialog(
        before, QueueSettings::load(SettingStore(*m_session->database())).defaultCadenceDays,
        m_window);
    dialog.setSaver([&](QString *refused) {
        const QList<TagCadence> after = dialog.cadences();
        return after == before || pushCommand(new SetTagCadencesCommand(
                                                  *m_session->contacts(), *m_session->keepInTouch(),
                                                  before, after, shownContactId()),
                                              refused);
    });
    DialogRunner::run(dialog);
}

void WindowCommands::enterWeeklyNumbers()
{
    if (!m_session->isOpen())
        return;
    SnapshotStore *store = m_session->snapshots();
    Database *db = m_session->database();
    // It starts from the latest typed week; a week only LinkedIn's analytics
    // know brings its followers (WeeklyNetwork).
    WeeklyNumbersDialog dialog(
        store->latest(), [db](const QDate &day) { return WeeklyNetwork::forWeekOf(*db, day); },
        m_window);
    // Saved while the dialog is open: a refused save keeps every number.
    dialog.setSaver([&](QString *error) {
        return pushCommand(new SaveSnapshotCommand(*m_session->contacts(), *store,
                                                   dialog.snapshot(), shownContactId()),
                           error);
    });
    DialogRunner::run(dialog);
}

void WindowCommands::editTemplates()
{
    if (!m_session->isOpen())
        return;
    TemplatesDialog dialog(
        *m_session->templates(),
        OutreachSettings::load(SettingStore(*m_session->database())).invitationNoteLimit, m_window);
    DialogRunner::run(dialog);
}

void WindowCommands::editPreferences()
{
    if (!m_session->isOpen())
        return;
    SettingStore settings(*m_session->database());
    const OutreachSettings outreach = OutreachSettings::load(settings);
    PreferencesDialog dialog(m_session->engagement()->windowDays(), outreach,
                             QueueSettings::load(settings), m_window);
    if (m_readLanguage && m_writeLanguage) {
        // The language is the user's, not the database's: kept in the
        // settings on OK, read when Rapport and rapport-cli start.
        dialog.setUiLanguage(m_readLanguage());
        connect(&dialog, &QDialog::accepted, this,
                [this, &dialog] { m_writeLanguage(dialog.uiLanguage()); });
    }
    dialog.setIndustryScope(IndustryScope::load(settings));
    // Saved while the dialog is open, all or nothing: a refused save keeps
    // every field and changes no preference.
    Changes what;
    dialog.setSaver([&](QString *error) {
        PreferenceSet set{dialog.outreachSettings(), dialog.queueSettings(), dialog.industryScope(),
                          dialog.windowDays()};
        QString why;
        bool tiersChanged = false;
        if (!set.save(*m_session->database(), *m_session->engagement(), &tiersChanged, &why)) {
            if (error)
                *error = tr("Your preferences were not saved: %1 Press OK to try again, or "
                            "Cancel to close.")
                             .arg(why);
            return false;
        }
        what |= Change::Settings;
        if (tiersChanged) // tiers follow the recency window
            what |= Changes(Change::Contacts) | Change::Engagement;
        return true;
    });
    DialogRunner::run(dialog);
    if (what == Changes())
        return;
    m_session->notifyChanged(what);
    emit preferencesChanged();
}

void WindowCommands::quickCapture()
{
    if (!m_session->isOpen())
        return;
    // Unsaved edits in the panel first, so the capture never overwrites them.
    ContactDetailPanel *panel = m_contacts->detailPanel();
    if (panel->isModified()) {
        if (!panel->validate())
            return;
        panel->save();
    }
    // A new day or the CLI's writes first, so the preview's tiers are current.
    m_session->checkExternalChanges();
    QuickCaptureDialog dialog(*m_session->quickCapture(), *m_session->contacts(),
                              m_session->content()->all(), m_window);
    // Logged while the dialog is open: a refused capture keeps the names.
    QString said;
    dialog.setSaver([&](QString *error) {
        auto *command = new QuickCaptureCommand(*m_session->contacts(), *m_session->quickCapture(),
                                                dialog.items(), dialog.captureEvent());
        if (!pushCommand(command, error))
            return false;
        said = captureMessage(command->result());
        return true;
    });
    if (DialogRunner::run(dialog) && !said.isEmpty())
        m_window->statusBar()->showMessage(said, StatusTimeout::Outcome);
}

QString WindowCommands::captureMessage(const CaptureResult &r)
{
    // No English plural forms are loaded: one and many are two strings.
    const int events = int(r.events.size());
    const int created = int(r.created.size());
    const QString logged =
        events == 1 ? tr("Logged 1 engagement") : tr("Logged %Ln engagements", nullptr, events);
    const QString added =
        created == 1 ? tr("1 new contact") : tr("%Ln new contacts", nullptr, created);
    QString message = tr("%1 (%2)").arg(logged, added);
    if (r.alreadyLogged > 0)
        message += tr(" · %Ln already logged on this piece, left as they were", nullptr,
                      int(r.alreadyLogged));
    return message;
}

bool WindowCommands::runCommand(StoreCommand *command, const QString &failureTitle)
{
    QString error;
    if (!pushCommand(command, &error)) {
        Prompts::warning(m_window, failureTitle, error);
        return false;
    }
    return true;
}

bool WindowCommands::pushCommand(StoreCommand *command, QString *reason)
{
    // The contact to select once the Contacts page reloads for the step.
    if (command->changes().testFlag(Change::Contacts)) {
        const QPointer<ContactsPage> page(m_contacts);
        command->setChangedHandler([page](qint64 id) {
            if (page)
                page->selectAfterWrite(id);
        });
    }
    const QPointer<QMainWindow> window(m_window);
    command->setErrorHandler([window](const QString &error) {
        Prompts::warning(window, tr("Could Not Undo or Redo"), error);
    });
    return m_session->push(command, reason);
}

} // namespace rapport
