#include "contacts/KeepInTouchDialog.h"

#include "common/DateField.h"
#include "common/ErrorBanner.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rapport {

KeepInTouchDialog::KeepInTouchDialog(const QString &contactName, const KeepInTouch &current,
                                     int defaultCadenceDays, QWidget *parent)
    : SavingDialog(parent)
    , m_current(current)
{
    setObjectName(u"keepInTouchDialog"_s);
    setWindowTitle(tr("Keep in Touch with %1").arg(contactName));
    auto *layout = new QVBoxLayout(this);

    auto *cadence = new QGroupBox(tr("Offer a call when you have not been in touch for"), this);
    auto *cadenceLayout = new QVBoxLayout(cadence);
    const QString inherited =
        current.tagCadenceDays
            ? tr("%n days, from the tag \u2018%1\u2019", nullptr, *current.tagCadenceDays)
                  .arg(current.cadenceTag)
            : tr("%n days, the default (Edit \u25b8 Preferences)", nullptr, defaultCadenceDays);
    m_inherit = new QRadioButton(inherited, cadence);
    m_inherit->setObjectName(u"inheritCadenceRadio"_s);
    cadenceLayout->addWidget(m_inherit);
    auto *ownRow = new QHBoxLayout;
    m_own = new QRadioButton(tr("&Every"), cadence);
    m_own->setObjectName(u"ownCadenceRadio"_s);
    m_days = new QSpinBox(cadence);
    m_days->setObjectName(u"cadenceDaysSpin"_s);
    m_days->setAccessibleName(tr("Keep-in-touch cadence in days"));
    m_days->setRange(7, 3650);
    m_days->setSuffix(tr(" days"));
    m_days->setValue(
        current.cadenceDays.value_or(current.tagCadenceDays.value_or(defaultCadenceDays)));
    ownRow->addWidget(m_own);
    ownRow->addWidget(m_days);
    ownRow->addStretch(1);
    cadenceLayout->addLayout(ownRow);
    auto *group = new QButtonGroup(this);
    group->addButton(m_inherit);
    group->addButton(m_own);
    (current.cadenceDays ? m_own : m_inherit)->setChecked(true);
    layout->addWidget(cadence);

    auto *snoozeRow = new QHBoxLayout;
    m_snoozed = new QCheckBox(tr("&Snoozed until"), this);
    m_snoozed->setObjectName(u"snoozedCheck"_s);
    m_snoozeUntil = new DateField(this);
    m_snoozeUntil->setObjectName(u"snoozeUntilEdit"_s);
    m_snoozeUntil->setAccessibleName(tr("Snoozed until"));
    const QDate tomorrow = QDate::currentDate().addDays(1);
    m_snoozeUntil->setMinimumDate(
        qMin(tomorrow, current.snoozedUntil.isValid() ? current.snoozedUntil : tomorrow));
    const bool snoozed =
        current.snoozedUntil.isValid() && current.snoozedUntil > QDate::currentDate();
    m_snoozed->setChecked(snoozed);
    m_snoozeUntil->setDate(snoozed ? current.snoozedUntil : QDate::currentDate().addDays(7));
    snoozeRow->addWidget(m_snoozed);
    snoozeRow->addWidget(m_snoozeUntil);
    snoozeRow->addStretch(1);
    layout->addLayout(snoozeRow);
    m_snoozeMessage = new ErrorBanner(this);
    m_snoozeMessage->setObjectName(u"snoozeMessage"_s);
    layout->addWidget(m_snoozeMessage);

    m_archived = new QCheckBox(tr("&Archived: left out of every daily queue"), this);
    m_archived->setObjectName(u"archivedCheck"_s);
    m_archived->setChecked(current.archived);
    layout->addWidget(m_archived);
    m_doNotContact =
        new QCheckBox(tr("&Do not contact: never suggested (Today's \u201cNever\u201d)"), this);
    m_doNotContact->setObjectName(u"doNotContactCheck"_s);
    m_doNotContact->setChecked(current.doNotContact);
    layout->addWidget(m_doNotContact);

    auto *note = new QLabel(tr("Changes apply from the next daily queue; a snooze or "
                               "do-not-contact also takes the person off today's, as Today's "
                               "Snooze and Never do, and lifting it puts them back."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);

    addErrorLine(layout);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &KeepInTouchDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setOkButton(buttons->button(QDialogButtonBox::Ok));

    connect(m_own, &QRadioButton::toggled, this, &KeepInTouchDialog::updateEnabled);
    connect(m_snoozed, &QCheckBox::toggled, this, &KeepInTouchDialog::updateEnabled);
    connect(m_snoozeUntil, &QLineEdit::textChanged, this, &KeepInTouchDialog::updateEnabled);
    for (QAbstractButton *button : {static_cast<QAbstractButton *>(m_archived),
                                    static_cast<QAbstractButton *>(m_doNotContact)})
        connect(button, &QAbstractButton::toggled, this, &KeepInTouchDialog::updateOk);
    connect(m_days, &QSpinBox::valueChanged, this, &KeepInTouchDialog::updateOk);
    updateEnabled();
    resize(qMax(460, sizeHint().width()), sizeHint().height());
}

void KeepInTouchDialog::updateEnabled()
{
    m_days->setEnabled(m_own->isChecked());
    m_snoozeUntil->setEnabled(m_snoozed->isChecked());
    const QString text = problem();
    if (text.isEmpty())
        m_snoozeMessage->clear();
    else
        m_snoozeMessage->showMessage(text);
    updateOk();
}

QString KeepInTouchDialog::problem() const
{
    if (!m_snoozed->isChecked())
        return {};
    const QString date = m_snoozeUntil->problem();
    return date.isEmpty() ? QString() : tr("Snoozed until: %1").arg(date);
}

KeepInTouch KeepInTouchDialog::settings() const
{
    KeepInTouch k = m_current;
    k.cadenceDays = m_own->isChecked() ? std::optional<int>(m_days->value()) : std::nullopt;
    k.snoozedUntil = m_snoozed->isChecked() ? m_snoozeUntil->date() : QDate();
    // An expired snooze the person left alone stays as it was stored.
    if (!m_snoozed->isChecked() && m_current.snoozedUntil.isValid() &&
        m_current.snoozedUntil <= QDate::currentDate())
        k.snoozedUntil = m_current.snoozedUntil;
    k.archived = m_archived->isChecked();
    k.doNotContact = m_doNotContact->isChecked();
    return k;
}

} // namespace rapport
