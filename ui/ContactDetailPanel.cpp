#include "ContactDetailPanel.h"

#include "ContactForm.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rapport {

ContactDetailPanel::ContactDetailPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"detailPanel"_s);
    setAccessibleName(tr("Contact details"));

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    auto *hint = new QLabel(tr("Select a contact to see and edit the details."), m_stack);
    hint->setObjectName(u"detailHint"_s);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    hint->setMargin(12);
    m_stack->addWidget(hint);

    auto *details = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(details);
    layout->setContentsMargins(12, 8, 8, 8);

    m_nameLabel = new QLabel(details);
    m_nameLabel->setObjectName(u"detailNameLabel"_s);
    QFont titleFont = m_nameLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_nameLabel->setFont(titleFont);
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_nameLabel->setWordWrap(true);
    layout->addWidget(m_nameLabel);

    m_subtitleLabel = new QLabel(details);
    m_subtitleLabel->setWordWrap(true);
    m_subtitleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_subtitleLabel);
    layout->addSpacing(6);

    m_form = new ContactForm;
    auto *scroll = new QScrollArea(details);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(scroll, 1);

    auto *buttons = new QDialogButtonBox(details);
    m_saveButton = buttons->addButton(QDialogButtonBox::Save);
    m_saveButton->setObjectName(u"saveButton"_s);
    m_saveButton->setToolTip(
        tr("Save the changes (%1)")
            .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_revertButton = buttons->addButton(tr("&Revert"), QDialogButtonBox::ResetRole);
    m_revertButton->setObjectName(u"revertButton"_s);
    m_revertButton->setToolTip(tr("Discard the changes and show the saved contact"));
    layout->addWidget(buttons);
    m_stack->addWidget(details);

    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &ContactDetailPanel::save);
    connect(m_saveButton, &QPushButton::clicked, this, &ContactDetailPanel::save);
    connect(m_revertButton, &QPushButton::clicked, this, &ContactDetailPanel::revert);
    connect(m_form, &ContactForm::edited, this, &ContactDetailPanel::updateButtons);

    setContact(std::nullopt);
}

void ContactDetailPanel::setContact(const std::optional<Contact> &contact)
{
    m_contact = contact;
    if (contact) {
        m_form->setContact(*contact);
        updateHeader(*contact);
        m_stack->setCurrentIndex(1);
    } else {
        m_form->setContact(Contact());
        m_stack->setCurrentIndex(0);
    }
    updateButtons();
}

qint64 ContactDetailPanel::contactId() const
{
    return m_contact ? m_contact->id : 0;
}

bool ContactDetailPanel::isModified() const
{
    return m_contact && m_form->isModified();
}

bool ContactDetailPanel::validate()
{
    return m_form->validate();
}

void ContactDetailPanel::save()
{
    if (!isModified() || !m_form->validate())
        return;
    emit saveRequested(m_form->contact());
}

void ContactDetailPanel::revert()
{
    setContact(m_contact);
}

void ContactDetailPanel::updateHeader(const Contact &contact)
{
    m_nameLabel->setText(contact.fullName());
    QStringList parts;
    if (!contact.position.isEmpty())
        parts << contact.position;
    if (!contact.company.isEmpty())
        parts << contact.company;
    m_subtitleLabel->setText(parts.join(tr(" at ")));
    m_subtitleLabel->setVisible(!parts.isEmpty());
}

void ContactDetailPanel::updateButtons()
{
    const bool modified = isModified();
    m_saveButton->setEnabled(modified);
    m_revertButton->setEnabled(modified);
}

} // namespace rapport
