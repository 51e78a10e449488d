#pragma once

// Contact ▸ Log Value Given: what the user offered the person first — a
// how-to, an introduction, a recommendation, an endorsement — and when.

#include "common/SavingDialog.h"
#include "domain/ValueGiven.h"

class QComboBox;
class QLineEdit;

namespace rapport {

class DateField;

class ValueGivenDialog : public SavingDialog
{
    Q_OBJECT

public:
    ValueGivenDialog(qint64 contactId, const QString &contactName, QWidget *parent = nullptr);

    ValueGiven value() const;
    QString problem() const override;
    DateField *dateEdit() const { return m_date; }
    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *noteEdit() const { return m_note; }

private:
    qint64 m_contactId;
    QComboBox *m_kind = nullptr;
    DateField *m_date = nullptr;
    QLineEdit *m_note = nullptr;
};

} // namespace rapport
