#include "outreach/OutcomeDateDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>

using namespace Qt::StringLiterals;

namespace rapport {

OutcomeDateDialog::OutcomeDateDialog(const QDate &current, const QDate &earliest, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"outcomeDateDialog"_s);
    setWindowTitle(tr("Outcome Date"));
    auto *layout = new QFormLayout(this);
    m_edit = new QDateEdit(current.isValid() ? current : QDate::currentDate(), this);
    m_edit->setObjectName(u"outcomeDateEdit"_s);
    m_edit->setCalendarPopup(true);
    m_edit->setDateRange(earliest, QDate::currentDate());
    m_edit->setAccessibleName(tr("The day the outcome came"));
    layout->addRow(tr("The outcome came on:"), m_edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addRow(buttons);
}

QDate OutcomeDateDialog::date() const
{
    return m_edit->date();
}

} // namespace rapport
