#pragma once

// Compose and log (Contact ▸ Compose Message, Ctrl+M): pick a template,
// edit it with live character counters and the message linter beside it,
// then "Copy and Open Profile" puts the text on the clipboard and opens the
// person's LinkedIn page — the user sends it there — and "Log as Sent"
// records it. Rapport never sends anything itself. The caller's saver
// writes the outreach (one undo step) while the dialog is open: a log the
// store refuses keeps the dialog open with the text and says why. The conversation so far shows
// above the editor; Ctrl+Enter logs; a note over LinkedIn's limit is logged only when confirmed;
// Escape (or closing the window) with unsent text asks first.

#include "common/SavingDialog.h"
#include "domain/Contact.h"
#include "domain/MessageTemplate.h"
#include "domain/Outreach.h"
#include "outreach/LintFlagList.h"
#include "outreach/MessageEditor.h"

#include <QHash>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace rapport {

class ConversationView;
class TemplateStore;

class ComposeDialog : public SavingDialog
{
    Q_OBJECT

public:
    // How many of the latest messages with the person Compose shows.
    static constexpr int ThreadLength = 5;

    // `values` fills the placeholders ({first_name}, {content_title}, ...);
    // `noteLimit` is the invitation note limit setting.
    ComposeDialog(const Contact &contact, const QList<MessageTemplate> &templates,
                  const QHash<QString, QString> &values, int noteLimit, QWidget *parent = nullptr);

    // What to log: channel, direction, date, subject, body, template,
    // the negative-answer flag.
    Outreach outreach() const;

    // For tests and callers that preset the form.
    void setChannel(const QString &channel);
    void setTemplate(const QString &name);
    QPlainTextEdit *bodyEdit() const { return m_editor->bodyEdit(); }
    QLineEdit *subjectEdit() const { return m_editor->subjectEdit(); }
    QListWidget *flagList() const { return m_flags; }
    QPushButton *logButton() const { return m_logButton; }
    QPushButton *copyButton() const { return m_copyButton; }
    QLabel *bodyCounter() const { return m_editor->bodyCounter(); }
    // Re-runs the linter and counters now instead of after the typing pause.
    void updateChecks();
    // Copies the text and opens the profile (the button's action); the
    // opener is replaceable for tests.
    void copyAndOpen();
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_open = std::move(opener); }
    // Where "Save as Template…" saves (nullptr hides the button).
    void setTemplateStore(TemplateStore *store);
    // The local day an invitation to this person was last withdrawn
    // (ReinviteRule::withdrawnOn): logging an invitation within three weeks
    // of it shows a warning before it is logged; it can still be logged.
    void setLastWithdrawal(const QDate &withdrawnOn);
    QLabel *reinviteWarning() const { return m_reinviteWarning; }
    // The latest outreach with this person, newest first (as
    // OutreachStore::list gives it): the last ThreadLength show above the
    // editor, oldest first. When the newest is their message or e-mail,
    // the answer starts on the same channel.
    void setThread(const QList<Outreach> &newestFirst);
    ConversationView *conversationView() const { return m_conversation; }
    // "To: …" for a message sent, "From: …" for one received.
    QLabel *toLabel() const { return m_toLabel; }
    // "Copied; opening the profile…" after Copy and Open Profile.
    QLabel *copyStatus() const { return m_copyStatus; }
    // Text typed or changed since the dialog opened or a template filled it.
    bool hasUnsentText() const;

    // Empty when the message can be logged: only an invitation or a call
    // may be logged without text.
    QString problem() const override;
    // Logs (OK): a part over LinkedIn's limit asks first; "Cancel" keeps
    // the dialog open with the text, and so does a refused save.
    void accept() override;
    // Cancel, Escape and the window's close button: unsent text asks
    // "Discard this message?" first.
    void reject() override;

private:
    QLabel *createToLabel();
    QWidget *createStatusAndButtons();
    bool confirmOverLimit();
    void markPristine();
    QFormLayout *createForm();
    QLabel *createReinviteWarning();
    QWidget *createEditorPane(QWidget *parent);
    QWidget *createFlagsPane(QWidget *parent);
    QDialogButtonBox *createButtons();
    void connectChecks();
    void fillTemplates();
    void applyTemplate();

    Contact m_contact;
    QList<MessageTemplate> m_templates;
    QHash<QString, QString> m_values;
    int m_noteLimit;
    bool m_negativeTouched = false;
    std::function<bool(const QUrl &)> m_open;

    QString m_about; // name · position · company
    QString m_pristineSubject;
    QString m_pristineBody;
    QString m_appliedTemplate; // the template the text came from
    QLabel *m_toLabel = nullptr;
    ConversationView *m_conversation = nullptr;
    QLabel *m_copyStatus = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_direction = nullptr;
    QComboBox *m_template = nullptr;
    QDateTimeEdit *m_when = nullptr;
    MessageEditor *m_editor = nullptr;
    QLabel *m_missing = nullptr;
    QCheckBox *m_askedNegative = nullptr;
    QLabel *m_reinviteWarning = nullptr;
    QDate m_withdrawnOn;
    LintFlagList *m_flags = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_logButton = nullptr;
    QPushButton *m_saveTemplateButton = nullptr;
    TemplateStore *m_templateStore = nullptr;
};

} // namespace rapport
