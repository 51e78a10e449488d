#pragma once

// The fields of one contact, laid out as a form. The detail panel and the
// Add Contact dialog both use it, so the two always offer the same fields.

#include "domain/Contact.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace rapport {

class DateField;
class ErrorBanner;

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

    // Empty when the fields can be saved; else the first thing to fix
    // (a first name, an e-mail address, a connection date) and how.
    QString problem() const;
    // Checks what the form can check itself and, if that fails, says so
    // next to the field and puts the cursor there.
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
    QString emailProblem() const;
    QString connectedOnProblem() const;
    // Shows the e-mail and date messages for what is typed now.
    void updateMessages();

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
    ErrorBanner *m_emailMessage = nullptr;
    QComboBox *m_degree = nullptr;
    QCheckBox *m_hasConnectedOn = nullptr;
    DateField *m_connectedOn = nullptr;
    ErrorBanner *m_connectedOnMessage = nullptr;
    QCheckBox *m_followsMe = nullptr;
    QLineEdit *m_tags = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace rapport
