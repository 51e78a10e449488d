#pragma once

// Asks the day an outreach's outcome really came ("Outcome Date…" on the
// Outreach page), between the day it was sent and today. Its objectName is
// "outcomeDateDialog" (DialogRunner); the date field is "outcomeDateEdit".

#include <QDate>
#include <QDialog>

class QDateEdit;

namespace rapport {

class OutcomeDateDialog : public QDialog
{
    Q_OBJECT

public:
    // Starts on `current` (today when invalid); accepts `earliest` to today.
    OutcomeDateDialog(const QDate &current, const QDate &earliest, QWidget *parent = nullptr);

    QDate date() const;

private:
    QDateEdit *m_edit = nullptr;
};

} // namespace rapport
