#pragma once

// How the daily queue treats one contact: its own keep-in-touch cadence or
// the inherited one (a tag's, else the default), a snooze, archived and
// do-not-contact ("Never" on the Today page, undone here).

#include "domain/KeepInTouch.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QRadioButton;
class QSpinBox;

namespace rapport {

class KeepInTouchDialog : public QDialog
{
    Q_OBJECT

public:
    // `defaultCadenceDays` is the Preferences default, shown when neither the
    // contact nor its tags have a cadence.
    KeepInTouchDialog(const QString &contactName, const KeepInTouch &current,
                      int defaultCadenceDays, QWidget *parent = nullptr);

    // The settings as chosen (the inherited tag cadence carried over).
    KeepInTouch settings() const;

private:
    void updateEnabled();

    KeepInTouch m_current;
    QRadioButton *m_inherit = nullptr;
    QRadioButton *m_own = nullptr;
    QSpinBox *m_days = nullptr;
    QCheckBox *m_snoozed = nullptr;
    QDateEdit *m_snoozeUntil = nullptr;
    QCheckBox *m_archived = nullptr;
    QCheckBox *m_doNotContact = nullptr;
};

} // namespace rapport
