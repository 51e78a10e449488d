#pragma once

// Edit ▸ Message Templates…: the starters that ship with Rapport and the
// user's own templates, listed by channel, with an editor beside them —
// name, channel, subject (InMail and e-mail), text with placeholders, a live
// character counter against the channel's limit and the message linter's
// suggestions for the text as written.
//
// Templates are settings, not undoable edits, so nothing typed may be lost
// without asking: moving to another template, New, Duplicate and Close all
// offer to save unsaved changes first. Editing a built-in starter and saving
// makes the user's own copy under the same name; deleting that copy brings
// the starter back.

#include "domain/MessageTemplate.h"
#include "outreach/LintFlagList.h"
#include "outreach/MessageEditor.h"
#include "outreach/TemplateList.h"
#include "outreach/TemplateSaver.h"

#include <QDialog>
#include <QList>
#include <QMessageBox>
#include <functional>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;

namespace rapport {

class ErrorBanner;
class TemplateStore;

class TemplatesDialog : public QDialog
{
    Q_OBJECT

public:
    // `invitationNoteLimit` is the user's setting for invitation notes.
    TemplatesDialog(TemplateStore &store, int invitationNoteLimit, QWidget *parent = nullptr);

    // Shows the template with this name (case-insensitive), after offering
    // to save unsaved changes; false when there is none or the user stayed.
    bool selectTemplate(const QString &name);

    // The template being edited as it is saved now (id 0 and builtIn for a
    // starter, id 0 and no name for a new one not saved yet).
    MessageTemplate currentTemplate() const { return m_current; }
    // Whether the editor holds changes that are not saved.
    bool hasUnsavedChanges() const;

    // The actions behind the buttons, for the buttons and for tests.
    void newTemplate();
    void duplicateTemplate();
    void deleteTemplate();
    bool save();
    // Re-runs the linter now instead of after the typing pause.
    void updateChecks();

    // Its questions (save changes? delete?) are QMessageBoxes named
    // "templatesQuestion", run by DialogRunner; dismissed means Cancel.

    QListWidget *listWidget() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *channelCombo() const { return m_channel; }
    QLineEdit *subjectEdit() const { return m_editor->subjectEdit(); }
    QPlainTextEdit *bodyEdit() const { return m_editor->bodyEdit(); }
    QPushButton *saveButton() const { return m_saveButton; }
    QPushButton *deleteButton() const { return m_deleteButton; }
    QPushButton *placeholderButton() const { return m_placeholderButton; }
    QLabel *bodyCounter() const { return m_editor->bodyCounter(); }
    QListWidget *flagList() const { return m_flags; }
    ErrorBanner *errorBanner() const { return m_error; }

    // Saves a composed text as a new template of the user's: asks for a name
    // (again, saying why, when the store refuses it; a starter's name is
    // taken only when given twice, since the user's template then replaces
    // the starter). Returns the saved template, or std::nullopt when the
    // user cancelled or there is no text. The name is asked in a
    // QInputDialog named "templateNameDialog" (TemplateSaver::saveAs).
    static std::optional<MessageTemplate> saveAsTemplate(QWidget *parent, TemplateStore &store,
                                                         const QString &channel,
                                                         const QString &subject,
                                                         const QString &body)
    {
        return TemplateSaver::saveAs(parent, store, channel, subject, body);
    }

public slots:
    void reject() override;

private:
    QWidget *createTemplateList(QWidget *parent);
    QWidget *createEditorPane(QWidget *parent);
    QFormLayout *createNameAndChannel(QWidget *parent);
    QPushButton *createPlaceholderButton(QWidget *parent);
    QDialogButtonBox *createButtons();
    void createShortcuts();
    void connectEditing();
    // Offers to save unsaved changes; true when it is fine to go on (saved,
    // discarded, or nothing to save).
    bool settleChanges();
    void reload(const std::function<bool(const MessageTemplate &)> &select);
    void showTemplate(const MessageTemplate &t);
    void onCurrentRowChanged(int row);
    void updateState();
    // The editor's contents as a template to save.
    MessageTemplate edited() const;
    QString uniqueCopyName(const QString &name) const;
    QString currentChannel() const;

    TemplateStore &m_store;
    int m_noteLimit;
    QList<MessageTemplate> m_templates;
    MessageTemplate m_current;
    int m_shownRow = -1;
    bool m_filling = false;

    TemplateList *m_list = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_duplicateButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QLabel *m_status = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameNote = nullptr;
    QComboBox *m_channel = nullptr;
    MessageEditor *m_editor = nullptr;
    QPushButton *m_placeholderButton = nullptr;
    LintFlagList *m_flags = nullptr;
    QLabel *m_flagDetail = nullptr;
    ErrorBanner *m_error = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace rapport
