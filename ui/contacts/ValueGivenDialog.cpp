#include "contacts/ValueGivenDialog.h"

#include "common/DateField.h"
#include "common/ErrorBanner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rapport {

ValueGivenDialog::ValueGivenDialog(qint64 contactId, const QString &contactName, QWidget *parent)
    : SavingDialog(parent)
    , m_contactId(contactId)
{
    setObjectName(u"valueGivenDialog"_s);
    setWindowTitle(tr("Log Value Given"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("What did you offer %1? Being the one to offer value first is "
                                "what turns a contact into a relationship.")
                                 .arg(contactName),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_note = new QLineEdit(this);
    m_note->setObjectName(u"valueNoteEdit"_s);
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("e.g. Introduced her to the hiring manager at Northwind"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"valueKindCombo"_s);
    m_kind->setAccessibleName(tr("Kind of value"));
    m_kind->addItem(tr("A how-to or useful information"), u"howto"_s);
    m_kind->addItem(tr("An introduction to someone"), u"introduction"_s);
    m_kind->addItem(tr("A recommendation"), u"recommendation"_s);
    m_kind->addItem(tr("An endorsement"), u"endorsement"_s);
    m_kind->addItem(tr("Something else"), u"other"_s);
    form->addRow(tr("&What:"), m_kind);
    m_date = new DateField(this);
    m_date->setObjectName(u"valueDateEdit"_s);
    m_date->setAccessibleName(tr("When"));
    m_date->setMaximumDate(QDate::currentDate());
    m_date->setDate(QDate::currentDate());
    form->addRow(tr("&When:"), m_date);
    auto *dateMessage = new ErrorBanner(this);
    dateMessage->setObjectName(u"valueDateMessage"_s);
    form->addRow(QString(), dateMessage);
    connect(m_date, &QLineEdit::textChanged, this, [this, dateMessage] {
        const QString problem = m_date->problem();
        if (problem.isEmpty())
            dateMessage->clear();
        else
            dateMessage->showMessage(problem);
        updateOk();
    });
    connect(m_note, &QLineEdit::textChanged, this, &ValueGivenDialog::updateOk);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ValueGivenDialog::updateOk);
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);
    addErrorLine(layout);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ValueGivenDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setOkButton(buttons->button(QDialogButtonBox::Ok));
    resize(480, sizeHint().height());
}

QString ValueGivenDialog::problem() const
{
    return m_date->problem();
}

ValueGiven ValueGivenDialog::value() const
{
    ValueGiven v;
    v.contactId = m_contactId;
    v.kind = m_kind->currentData().toString();
    v.date = m_date->date();
    v.note = m_note->text().trimmed();
    return v;
}

} // namespace rapport
