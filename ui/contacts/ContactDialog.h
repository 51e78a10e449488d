#pragma once

// The Add Contact dialog: the contact form with Add Contact and Cancel.
// Add Contact stays disabled while a field is wrong (no first name, an
// incomplete e-mail address, a connection date that is not a day or in the
// future), each said beside its field; a contact the store refuses keeps
// the dialog open with everything typed.

#include "common/SavingDialog.h"
#include "domain/Contact.h"

namespace rapport {

class ContactForm;

class ContactDialog : public SavingDialog
{
    Q_OBJECT

public:
    explicit ContactDialog(QWidget *parent = nullptr);

    Contact contact() const;
    ContactForm *form() const { return m_form; }
    QString problem() const override;

    void accept() override;

private:
    ContactForm *m_form = nullptr;
};

} // namespace rapport
