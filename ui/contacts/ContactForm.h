#pragma once

// The fields of one contact, laid out as a form. The detail panel and the
// Add Contact dialog both use it, so the two always offer the same fields.

#include "domain/Contact.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace rapport {

class ContactForm : public QWidget
{
    Q_OBJECT

public:
    explicit ContactForm(QWidget *parent = nullptr);

    // Fills the fields; contact() returns this contact with the edits applied,
    // so the id and timestamps survive an edit.
    void setContact(const Contact &contact);
    Contact contact() const;
    bool isModified() const;

    // Checks what the form can check itself (the first name) and, if that
    // fails, says so next to the field and puts the cursor there.
    bool validate();

    // Shows the fields without letting them be edited (the panel beside
    // Today's queue and the Outreach list); the text can still be selected.
    void setReadOnly(bool readOnly);

signals:
    void edited();

private:
    void addLine(QFormLayout *form, QLineEdit *&edit, const QString &objectName,
                 const QString &label);
    void showFirstNameMessage(bool show);

    Contact m_contact;
    QLineEdit *m_firstName = nullptr;
    QWidget *m_firstNameMessage = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_profileUrl = nullptr;
    QLineEdit *m_position = nullptr;
    QLineEdit *m_company = nullptr;
    QLineEdit *m_industry = nullptr;
    QLineEdit *m_location = nullptr;
    QLineEdit *m_email = nullptr;
    QComboBox *m_degree = nullptr;
    QCheckBox *m_hasConnectedOn = nullptr;
    QDateEdit *m_connectedOn = nullptr;
    QCheckBox *m_followsMe = nullptr;
    QLineEdit *m_tags = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace rapport
