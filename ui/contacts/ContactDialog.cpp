#include "contacts/ContactDialog.h"

#include "contacts/ContactForm.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rapport {

ContactDialog::ContactDialog(QWidget *parent)
    : SavingDialog(parent)
{
    setObjectName(u"contactDialog"_s);
    setWindowTitle(tr("Add Contact"));
    setAccessibleName(tr("Add contact"));

    auto *layout = new QVBoxLayout(this);
    m_form = new ContactForm(this);
    layout->addWidget(m_form);
    addErrorLine(layout);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add Contact"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"addButton"_s);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ContactDialog::reject);
    connect(m_form, &ContactForm::edited, this, &ContactDialog::updateOk);
    setOkButton(buttons->button(QDialogButtonBox::Ok));

    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
}

Contact ContactDialog::contact() const
{
    return m_form->contact();
}

QString ContactDialog::problem() const
{
    return m_form->problem();
}

void ContactDialog::accept()
{
    if (m_form->validate())
        SavingDialog::accept();
}

} // namespace rapport
