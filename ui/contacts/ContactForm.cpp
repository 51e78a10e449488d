#include "contacts/ContactForm.h"

#include "common/DateField.h"
#include "common/ErrorBanner.h"
#include "common/ThemedIcon.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace rapport {

ContactForm::ContactForm(QWidget *parent)
    : QWidget(parent)
{
    // Mnemonics: none of the menu bar's (File, Edit, View, Contact, Go,
    // Help), so Alt+F, Alt+E, Alt+C open menus while the panel shows.
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    addLine(form, m_firstName, u"firstNameEdit"_s, tr("F&irst name:"));
    m_firstName->setPlaceholderText(tr("Required"));

    m_firstNameMessage = new QWidget(this);
    m_firstNameMessage->setObjectName(u"firstNameMessage"_s);
    auto *messageLayout = new QHBoxLayout(m_firstNameMessage);
    messageLayout->setContentsMargins(0, 0, 0, 0);
    auto *messageIcon = new QLabel(m_firstNameMessage);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    ThemedIcon::setOn(messageIcon, u"warning"_s, iconSize);
    auto *messageText =
        new QLabel(tr("Enter a first name; every contact needs one."), m_firstNameMessage);
    messageText->setWordWrap(true);
    messageLayout->addWidget(messageIcon, 0, Qt::AlignTop);
    messageLayout->addWidget(messageText, 1);
    form->addRow(QString(), m_firstNameMessage);
    m_firstNameMessage->hide();

    addLine(form, m_lastName, u"lastNameEdit"_s, tr("&Last name:"));
    addLine(form, m_profileUrl, u"profileUrlEdit"_s, tr("&Profile URL:"));
    m_profileUrl->setPlaceholderText(u"https://www.linkedin.com/in/…"_s);
    addLine(form, m_position, u"positionEdit"_s, tr("P&osition:"));
    m_position->setPlaceholderText(tr("Position or headline"));
    addLine(form, m_company, u"companyEdit"_s, tr("Compan&y:"));
    addLine(form, m_industry, u"industryEdit"_s, tr("Ind&ustry:"));
    addLine(form, m_location, u"locationEdit"_s, tr("Loc&ation:"));
    addLine(form, m_email, u"emailEdit"_s, tr("E-&mail:"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_emailMessage = new ErrorBanner(this);
    m_emailMessage->setObjectName(u"emailMessage"_s);
    form->addRow(QString(), m_emailMessage);
    connect(m_email, &QLineEdit::textChanged, this, &ContactForm::updateMessages);

    m_degree = new QComboBox(this);
    m_degree->setObjectName(u"degreeCombo"_s);
    m_degree->addItem(tr("Unknown"), 0);
    m_degree->addItem(tr("1st (connected)"), 1);
    m_degree->addItem(tr("2nd"), 2);
    m_degree->addItem(tr("3rd"), 3);
    m_degree->setAccessibleName(tr("Degree"));
    auto *degreeLabel = new QLabel(tr("&Degree:"), this);
    degreeLabel->setBuddy(m_degree);
    form->addRow(degreeLabel, m_degree);
    connect(m_degree, &QComboBox::currentIndexChanged, this, &ContactForm::edited);

    // The date is typed as text and never changed behind the person's back;
    // a check box says whether there is one.
    m_hasConnectedOn = new QCheckBox(tr("Co&nnected on:"), this);
    m_hasConnectedOn->setObjectName(u"hasConnectedOnCheck"_s);
    m_connectedOn = new DateField(this);
    m_connectedOn->setObjectName(u"connectedOnEdit"_s);
    m_connectedOn->setAccessibleName(tr("Connected on"));
    m_connectedOn->setMaximumDate(QDate::currentDate());
    m_connectedOn->setDate(QDate::currentDate());
    m_connectedOn->setEnabled(false);
    form->addRow(m_hasConnectedOn, m_connectedOn);
    m_connectedOnMessage = new ErrorBanner(this);
    m_connectedOnMessage->setObjectName(u"connectedOnMessage"_s);
    form->addRow(QString(), m_connectedOnMessage);
    connect(m_hasConnectedOn, &QCheckBox::toggled, m_connectedOn, &QWidget::setEnabled);
    connect(m_hasConnectedOn, &QCheckBox::toggled, this, &ContactForm::updateMessages);
    connect(m_hasConnectedOn, &QCheckBox::toggled, this, &ContactForm::edited);
    connect(m_connectedOn, &QLineEdit::textChanged, this, &ContactForm::updateMessages);
    connect(m_connectedOn, &QLineEdit::textChanged, this, &ContactForm::edited);

    m_followsMe = new QCheckBox(tr("Follo&ws me"), this);
    m_followsMe->setObjectName(u"followsMeCheck"_s);
    form->addRow(QString(), m_followsMe);
    connect(m_followsMe, &QCheckBox::toggled, this, &ContactForm::edited);

    addLine(form, m_tags, u"tagsEdit"_s, tr("&Tags:"));
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. speaker, recruiter"));

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(u"notesEdit"_s);
    m_notes->setAccessibleName(tr("Notes"));
    // Tab must move on to the next control, as in every other field.
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    auto *notesLabel = new QLabel(tr("N&otes:"), this);
    notesLabel->setBuddy(m_notes);
    form->addRow(notesLabel, m_notes);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &ContactForm::edited);

    connect(m_firstName, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Said as soon as the name is gone, not only at Save.
        showFirstNameMessage(text.trimmed().isEmpty());
    });
    // Typing elsewhere without a first name: say why OK waits.
    connect(this, &ContactForm::edited, this, [this] {
        if (m_firstName->text().trimmed().isEmpty())
            showFirstNameMessage(true);
    });
}

void ContactForm::addLine(QFormLayout *form, QLineEdit *&edit, const QString &objectName,
                          const QString &label)
{
    edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    auto *labelWidget = new QLabel(label, this);
    labelWidget->setBuddy(edit);
    edit->setAccessibleName(labelWidget->text().remove(u'&').remove(u':'));
    form->addRow(labelWidget, edit);
    connect(edit, &QLineEdit::textChanged, this, &ContactForm::edited);
}

void ContactForm::setContact(const Contact &contact)
{
    const QSignalBlocker blocker(this);
    m_contact = contact;
    m_firstName->setText(contact.firstName);
    m_lastName->setText(contact.lastName);
    m_profileUrl->setText(contact.profileUrl);
    m_position->setText(contact.position);
    m_company->setText(contact.company);
    m_industry->setText(contact.industry);
    m_location->setText(contact.location);
    m_email->setText(contact.email);
    m_degree->setCurrentIndex(qMax(0, m_degree->findData(contact.degree)));
    m_hasConnectedOn->setChecked(contact.connectedOn.isValid());
    // A date stored earlier (an import, the CLI) stays allowed as it was;
    // any other day must not be in the future.
    m_connectedOn->setMaximumDate(QDate::currentDate());
    m_connectedOn->setKeptDate(contact.connectedOn);
    m_connectedOn->setDate(contact.connectedOn.isValid() ? contact.connectedOn
                                                         : QDate::currentDate());
    m_followsMe->setChecked(contact.followsMe);
    m_tags->setText(contact.tags.join(u", "_s));
    m_notes->setPlainText(contact.notes);
    // Long values read from their start, like a freshly opened form.
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->setCursorPosition(0);
    showFirstNameMessage(false);
    updateMessages();
}

Contact ContactForm::contact() const
{
    Contact c = m_contact;
    c.firstName = m_firstName->text().trimmed();
    c.lastName = m_lastName->text().trimmed();
    c.profileUrl = m_profileUrl->text().trimmed();
    c.position = m_position->text().trimmed();
    c.company = m_company->text().trimmed();
    c.industry = m_industry->text().trimmed();
    c.location = m_location->text().trimmed();
    c.email = m_email->text().trimmed();
    c.degree = m_degree->currentData().toInt();
    // A date being fixed keeps the stored one until it is a day again.
    c.connectedOn = !m_hasConnectedOn->isChecked()    ? QDate()
                    : m_connectedOn->date().isValid() ? m_connectedOn->date()
                                                      : m_contact.connectedOn;
    c.followsMe = m_followsMe->isChecked();
    c.tags.clear();
    const QStringList parts = m_tags->text().split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString tag = part.simplified();
        if (!tag.isEmpty())
            c.tags << tag;
    }
    c.notes = m_notes->toPlainText();
    return c;
}

bool ContactForm::isModified() const
{
    // A date typed but not (yet) a valid day is an edit too: moving on must
    // not drop it silently.
    return contact() != m_contact || !connectedOnProblem().isEmpty();
}

QString ContactForm::problem() const
{
    if (m_firstName->text().trimmed().isEmpty())
        return tr("Enter a first name; every contact needs one.");
    if (const QString email = emailProblem(); !email.isEmpty())
        return email;
    return connectedOnProblem();
}

QString ContactForm::emailProblem() const
{
    const QString email = m_email->text().trimmed();
    if (email.isEmpty())
        return {};
    // One @, something before it, and a domain with a dot after it.
    static const QRegularExpression shape(u"^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"_s);
    if (shape.match(email).hasMatch())
        return {};
    return tr("\u201c%1\u201d is not a complete e-mail address. Type it as name@example.com, or "
              "leave the field empty.")
        .arg(email);
}

QString ContactForm::connectedOnProblem() const
{
    if (!m_hasConnectedOn->isChecked())
        return {};
    return m_connectedOn->problem();
}

void ContactForm::updateMessages()
{
    const QString email = emailProblem();
    if (email.isEmpty())
        m_emailMessage->clear();
    else
        m_emailMessage->showMessage(email);
    m_email->setAccessibleDescription(email);
    const QString date = connectedOnProblem();
    if (date.isEmpty())
        m_connectedOnMessage->clear();
    else
        m_connectedOnMessage->showMessage(date);
    m_connectedOn->setAccessibleDescription(date);
}

bool ContactForm::validate()
{
    if (m_firstName->text().trimmed().isEmpty()) {
        showFirstNameMessage(true);
        m_firstName->setFocus(Qt::OtherFocusReason);
        return false;
    }
    updateMessages();
    if (!emailProblem().isEmpty()) {
        m_email->setFocus(Qt::OtherFocusReason);
        return false;
    }
    if (!connectedOnProblem().isEmpty()) {
        m_connectedOn->setFocus(Qt::OtherFocusReason);
        return false;
    }
    return true;
}

void ContactForm::showFirstNameMessage(bool show)
{
    m_firstNameMessage->setVisible(show);
    m_firstName->setAccessibleDescription(show ? tr("Required: enter a first name") : QString());
}

void ContactForm::setReadOnly(bool readOnly)
{
    for (QLineEdit *edit : {m_firstName, m_lastName, m_profileUrl, m_position, m_company,
                            m_industry, m_location, m_email, m_tags})
        edit->setReadOnly(readOnly);
    m_notes->setReadOnly(readOnly);
    for (QWidget *choice :
         {static_cast<QWidget *>(m_degree), static_cast<QWidget *>(m_hasConnectedOn),
          static_cast<QWidget *>(m_connectedOn), static_cast<QWidget *>(m_followsMe)})
        choice->setEnabled(!readOnly);
}

} // namespace rapport
