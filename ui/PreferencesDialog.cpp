#include "PreferencesDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rapport {

PreferencesDialog::PreferencesDialog(int windowDays, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_window = new QSpinBox(this);
    m_window->setObjectName(u"windowSpin"_s);
    m_window->setRange(1, 3650);
    m_window->setSuffix(tr(" days"));
    m_window->setValue(windowDays);
    m_window->setAccessibleName(tr("Recency window for engagement tiers, in days"));
    form->addRow(tr("&Recency window for tiers:"), m_window);
    layout->addLayout(form);
    auto *explain =
        new QLabel(tr("A contact's tier is the best engagement they showed within this many days. "
                      "Older engagement still counts, marked as lapsed. The default is 90 days. "
                      "Changing it recomputes every contact's tier; it is kept in the database, so "
                      "rapport-cli uses it too."),
                   this);
    explain->setWordWrap(true);
    layout->addWidget(explain);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

int PreferencesDialog::windowDays() const
{
    return m_window->value();
}

} // namespace rapport
