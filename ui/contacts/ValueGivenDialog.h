#pragma once

// Contact ▸ Log Value Given: what the user offered the person first — a
// how-to, an introduction, a recommendation, an endorsement — and when.

#include "domain/ValueGiven.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace rapport {

class ValueGivenDialog : public QDialog
{
    Q_OBJECT

public:
    ValueGivenDialog(qint64 contactId, const QString &contactName, QWidget *parent = nullptr);

    ValueGiven value() const;
    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *noteEdit() const { return m_note; }

private:
    qint64 m_contactId;
    QComboBox *m_kind = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_note = nullptr;
};

} // namespace rapport
