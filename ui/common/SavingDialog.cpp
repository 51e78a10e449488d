#include "common/SavingDialog.h"

#include "common/ErrorBanner.h"

#include <QBoxLayout>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace rapport {

SavingDialog::SavingDialog(QWidget *parent)
    : QDialog(parent)
{
    m_error = new ErrorBanner(this);
    m_error->setObjectName(u"saveErrorMessage"_s);
}

QString SavingDialog::errorText() const
{
    return m_error->message();
}

void SavingDialog::addErrorLine(QBoxLayout *layout)
{
    layout->addWidget(m_error);
}

void SavingDialog::setOkButton(QPushButton *ok)
{
    m_ok = ok;
    updateOk();
}

void SavingDialog::updateOk()
{
    if (m_ok)
        m_ok->setEnabled(problem().isEmpty());
    // A refused save was about the values before this edit.
    m_error->clear();
}

void SavingDialog::accept()
{
    if (!problem().isEmpty())
        return;
    if (m_saver) {
        QString error;
        if (!m_saver(&error)) {
            m_error->showMessage(error.isEmpty()
                                     ? tr("Could not save. Check the fields and press OK again, or "
                                          "Cancel to leave without saving.")
                                     : error);
            return;
        }
    }
    m_saved = true;
    QDialog::accept();
}

} // namespace rapport
