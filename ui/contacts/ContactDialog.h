#pragma once

// The Add Contact dialog: the contact form with OK and Cancel. It refuses to
// close without a first name and says so beside the field.

#include "domain/Contact.h"

#include <QDialog>

namespace rapport {

class ContactForm;

class ContactDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ContactDialog(QWidget *parent = nullptr);

    Contact contact() const;

    void accept() override;

private:
    ContactForm *m_form = nullptr;
};

} // namespace rapport
