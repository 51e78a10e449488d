#pragma once

// Edit ▸ Preferences: settings that belong to the database (so the window
// and rapport-cli agree), and the language (the user's settings, read at
// start by both): the recency window for tiers, the InMail plan and
// the invitation limits and watchdog. Ranges and defaults come from
// PreferenceTable, the table rapport-cli's `settings` command validates with.
// The caller's saver writes them while the dialog is open: a save the store
// refuses keeps every field as set and says why.

#include "common/SavingDialog.h"
#include "insights/IndustryScope.h"
#include "outreach/OutreachSettings.h"
#include "planning/QueueSettings.h"
#include "settings/PreferenceTable.h"

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QDateEdit;
class QDoubleSpinBox;
class QCheckBox;
class QLineEdit;
class QScrollArea;
class QSpinBox;

namespace rapport {

class PreferencesDialog : public SavingDialog
{
    Q_OBJECT

public:
    PreferencesDialog(int windowDays, const OutreachSettings &outreach, const QueueSettings &queue,
                      QWidget *parent = nullptr);

    int windowDays() const;
    OutreachSettings outreachSettings() const;
    QueueSettings queueSettings() const;
    // Your industry and related ones, for the network review.
    void setIndustryScope(const IndustryScope &scope);
    IndustryScope industryScope() const;
    QLineEdit *ownIndustryEdit() const { return m_ownIndustry; }
    QSpinBox *capacitySpin() const { return m_capacity; }
    QSpinBox *windowSpin() const { return m_window; }
    QComboBox *planCombo() const { return m_plan; }
    QSpinBox *noteLimitSpin() const { return m_noteLimit; }
    QLineEdit *myNameEdit() const { return m_myName; }
    // The spin box of a number preference (Integer or Percent); nullptr for others.
    QSpinBox *spinFor(PreferenceTable::Id id) const;
    // The language chosen for the window and rapport-cli (Settings, not the
    // database): "" follows the system, "en", "de". Applied at the next start.
    void setUiLanguage(const QString &language);
    QString uiLanguage() const;
    QComboBox *languageCombo() const { return m_language; }
    // Puts every field back to PreferenceTable's default (the Restore
    // Defaults button); saved only on OK.
    void restoreDefaults();

private:
    // The dialog's parts, in tab order: General (you, engagement), Today's
    // Queue, InMail & Invitations.
    QGroupBox *createYouGroup(const OutreachSettings &outreach);
    QGroupBox *createEngagementGroup(int windowDays);
    QGroupBox *createLanguageGroup();
    QGroupBox *createTodayGroup(const QueueSettings &queue);
    QGroupBox *createInMailGroup(const OutreachSettings &outreach);
    QGroupBox *createInvitationsGroup(const OutreachSettings &outreach);
    QDialogButtonBox *createButtons();
    // A tab of groups, top to bottom, that scrolls when the dialog is short.
    QScrollArea *scrollingTab(const QList<QGroupBox *> &groups);
    // Tooltips with the default for the fields that are not spin boxes.
    void setDefaultTips();
    // A spin box with the preference's range, unit and default in its tooltip.
    QSpinBox *numberSpin(PreferenceTable::Id id, const QString &objectName, const QString &suffix,
                         int value, QWidget *parent);
    void updatePlan();

    OutreachSettings m_initial;
    QueueSettings m_initialQueue;
    QSpinBox *m_capacity = nullptr;
    QSpinBox *m_cooldown = nullptr;
    QSpinBox *m_cadence = nullptr;
    QLineEdit *m_myName = nullptr;
    QLineEdit *m_ownIndustry = nullptr;
    QLineEdit *m_relatedIndustries = nullptr;
    QSpinBox *m_window = nullptr;
    QComboBox *m_plan = nullptr;
    QSpinBox *m_customCredits = nullptr;
    QCheckBox *m_hasStart = nullptr;
    QDateEdit *m_planStart = nullptr;
    QSpinBox *m_noteLimit = nullptr;
    QSpinBox *m_lastN = nullptr;
    QSpinBox *m_threshold = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace rapport
