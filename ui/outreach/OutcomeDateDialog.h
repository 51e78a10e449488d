#pragma once

// Asks the day an outreach's outcome really came ("Outcome Date…" on the
// Outreach page), between the day it was sent and today. A day outside
// that range, or a text that is not a day, is said below the field and
// keeps OK disabled; a refused save keeps the dialog open with the day
// typed. Its objectName is "outcomeDateDialog" (DialogRunner); the date
// field is "outcomeDateEdit".

#include "common/SavingDialog.h"

#include <QDate>

namespace rapport {

class DateField;
class ErrorBanner;

class OutcomeDateDialog : public SavingDialog
{
    Q_OBJECT

public:
    // Starts on `current` (today when invalid); accepts `earliest` to today.
    OutcomeDateDialog(const QDate &current, const QDate &earliest, QWidget *parent = nullptr);

    QDate date() const;
    QString problem() const override;

private:
    DateField *m_edit = nullptr;
    ErrorBanner *m_message = nullptr;
};

} // namespace rapport
