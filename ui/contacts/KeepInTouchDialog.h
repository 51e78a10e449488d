#pragma once

// How the daily queue treats one contact: its own keep-in-touch cadence or
// the inherited one (a tag's, else the default), a snooze, archived and
// do-not-contact ("Never" on the Today page, undone here).

#include "common/SavingDialog.h"
#include "domain/KeepInTouch.h"

class QCheckBox;
class QRadioButton;
class QSpinBox;

namespace rapport {

class DateField;
class ErrorBanner;

class KeepInTouchDialog : public SavingDialog
{
    Q_OBJECT

public:
    // `defaultCadenceDays` is the Preferences default, shown when neither the
    // contact nor its tags have a cadence.
    KeepInTouchDialog(const QString &contactName, const KeepInTouch &current,
                      int defaultCadenceDays, QWidget *parent = nullptr);

    // The settings as chosen (the inherited tag cadence carried over).
    KeepInTouch settings() const;
    // A snooze needs a day after today.
    QString problem() const override;

private:
    void updateEnabled();

    KeepInTouch m_current;
    QRadioButton *m_inherit = nullptr;
    QRadioButton *m_own = nullptr;
    QSpinBox *m_days = nullptr;
    QCheckBox *m_snoozed = nullptr;
    DateField *m_snoozeUntil = nullptr;
    ErrorBanner *m_snoozeMessage = nullptr;
    QCheckBox *m_archived = nullptr;
    QCheckBox *m_doNotContact = nullptr;
};

} // namespace rapport
