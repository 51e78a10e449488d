#include "outreach/OutcomeDateDialog.h"

#include "common/DateField.h"
#include "common/ErrorBanner.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rapport {

OutcomeDateDialog::OutcomeDateDialog(const QDate &current, const QDate &earliest, QWidget *parent)
    : SavingDialog(parent)
{
    setObjectName(u"outcomeDateDialog"_s);
    setWindowTitle(tr("Outcome Date"));
    auto *outer = new QVBoxLayout(this);
    auto *layout = new QFormLayout;
    outer->addLayout(layout);
    m_edit = new DateField(this);
    m_edit->setObjectName(u"outcomeDateEdit"_s);
    m_edit->setDateRange(earliest, QDate::currentDate());
    m_edit->setDate(current.isValid() ? current : QDate::currentDate());
    m_edit->setAccessibleName(tr("The day the outcome came"));
    layout->addRow(tr("The outcome came on:"), m_edit);
    m_message = new ErrorBanner(this);
    m_message->setObjectName(u"outcomeDateMessage"_s);
    layout->addRow(QString(), m_message);
    addErrorLine(outer);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &OutcomeDateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(buttons);
    setOkButton(buttons->button(QDialogButtonBox::Ok));
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        const QString text = problem();
        if (text.isEmpty())
            m_message->clear();
        else
            m_message->showMessage(text);
        updateOk();
    });
}

QDate OutcomeDateDialog::date() const
{
    return m_edit->date();
}

QString OutcomeDateDialog::problem() const
{
    return m_edit->problem();
}

} // namespace rapport
