#pragma once

// Shows the selected contact and lets the user edit it in place, with Save
// and Revert. The same panel serves every page that selects a contact.

#include "domain/Contact.h"

#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QVBoxLayout;

namespace rapport {

class Database;
class ExportChangeStore;
class ContactForm;
class ScoreStore;
class TimelineStore;

class ContactDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ContactDetailPanel(QWidget *parent = nullptr);
    ~ContactDetailPanel() override;

    // nullopt shows the "select a contact" hint.
    void setContact(const std::optional<Contact> &contact);
    // Where the timeline is read from (nullptr: no timeline).
    void setTimelineStore(TimelineStore *timeline);
    // Re-reads the timeline (and the connection score) of the contact shown.
    void updateTimeline();
    // Where the connection score is computed from (nullptr: not shown).
    void setScoreStore(ScoreStore *scores);
    // The database "no longer a connection since …" is read from (the
    // LinkedIn export imports); nullptr: not shown.
    void setExportDatabase(Database *db);
    // Shows how the score is computed (Prompts::information).
    void explainScore();
    qint64 contactId() const;
    bool isModified() const;
    // Shows the contact without Save and Revert and with the fields read
    // only (Today's and Outreach's panel); edits are made in Contacts.
    void setReadOnly(bool readOnly);

    // Checks the edited fields, showing what to fix next to them.
    bool validate();
    void save();
    void revert();

signals:
    // The form is valid; the owner decides whether the store takes it.
    void saveRequested(const Contact &edited);

private:
    // The panel's parts: the hint shown with no contact, then, top to
    // bottom, the header (name, subtitle, tier), the score, the form above
    // the timeline, Save and Revert.
    QLabel *createHint();
    void createHeader(QWidget *details, QVBoxLayout *layout);
    QWidget *createScoreRow(QWidget *details);
    QSplitter *createFormAndTimeline(QWidget *details);
    QDialogButtonBox *createButtons(QWidget *details);
    void connectActions();
    void updateHeader(const Contact &contact);
    void updateScore();
    void updateButtons();

    std::optional<Contact> m_contact;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_subtitleLabel = nullptr;
    QLabel *m_formerLabel = nullptr;
    std::unique_ptr<ExportChangeStore> m_exportChanges;
    QLabel *m_tierIcon = nullptr;
    QLabel *m_tierLabel = nullptr;
    QWidget *m_scoreRow = nullptr;
    QLabel *m_scoreLabel = nullptr;
    QLabel *m_scorePartsLabel = nullptr;
    QPushButton *m_scoreHelpButton = nullptr;
    ScoreStore *m_scoreStore = nullptr;
    QListWidget *m_timeline = nullptr;
    TimelineStore *m_timelineStore = nullptr;
    ContactForm *m_form = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_revertButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_readOnly = false;
};

} // namespace rapport
