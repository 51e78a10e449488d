#include "PreferencesDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setEnabled(false);
    return label;
}

} // namespace

PreferencesDialog::PreferencesDialog(int windowDays, const OutreachSettings &outreach,
                                     const QueueSettings &queue, QWidget *parent)
    : QDialog(parent)
    , m_initial(outreach)
    , m_initialQueue(queue)
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);

    auto *you = new QGroupBox(tr("You"), this);
    auto *youForm = new QFormLayout(you);
    m_myName = new QLineEdit(outreach.myName, you);
    m_myName->setObjectName(u"myNameEdit"_s);
    m_myName->setAccessibleName(tr("Your name, for templates"));
    m_myName->setPlaceholderText(tr("How you sign your messages"));
    youForm->addRow(tr("Your &name:"), m_myName);
    youForm->addRow(explanation(tr("Fills {my_name} in message templates."), you));
    m_ownIndustry = new QLineEdit(you);
    m_ownIndustry->setObjectName(u"ownIndustryEdit"_s);
    m_ownIndustry->setAccessibleName(tr("Your industry"));
    m_ownIndustry->setPlaceholderText(tr("As LinkedIn names it, e.g. Software Development"));
    youForm->addRow(tr("Your &industry:"), m_ownIndustry);
    m_relatedIndustries = new QLineEdit(you);
    m_relatedIndustries->setObjectName(u"relatedIndustriesEdit"_s);
    m_relatedIndustries->setAccessibleName(tr("Related industries"));
    m_relatedIndustries->setPlaceholderText(tr("Comma-separated, e.g. IT Services, Banking"));
    youForm->addRow(tr("R&elated industries:"), m_relatedIndustries);
    youForm->addRow(explanation(tr("The network review (Insights) splits your connections into "
                                   "your industry, related ones and the rest; with none set, "
                                   "the most common one stands in."),
                                you));
    layout->addWidget(you);

    auto *tiers = new QGroupBox(tr("Engagement"), this);
    auto *tierForm = new QFormLayout(tiers);
    m_window = new QSpinBox(tiers);
    m_window->setObjectName(u"windowSpin"_s);
    m_window->setRange(1, 3650);
    m_window->setSuffix(tr(" days"));
    m_window->setValue(windowDays);
    m_window->setAccessibleName(tr("Recency window for engagement tiers, in days"));
    tierForm->addRow(tr("&Recency window for tiers:"), m_window);
    tierForm->addRow(explanation(
        tr("A contact's tier is the best engagement they showed within this many days. Older "
           "engagement still counts, marked as lapsed. The default is 90 days; changing it "
           "recomputes every contact's tier."),
        tiers));
    layout->addWidget(tiers);

    auto *today = new QGroupBox(tr("Today's queue"), this);
    auto *todayForm = new QFormLayout(today);
    m_capacity = new QSpinBox(today);
    m_capacity->setObjectName(u"capacitySpin"_s);
    m_capacity->setAccessibleName(tr("People in the daily queue"));
    m_capacity->setRange(1, 100);
    m_capacity->setSuffix(tr(" people a day"));
    m_capacity->setValue(queue.capacity);
    todayForm->addRow(tr("Daily &capacity:"), m_capacity);
    m_cooldown = new QSpinBox(today);
    m_cooldown->setObjectName(u"cooldownSpin"_s);
    m_cooldown->setAccessibleName(tr("Days before someone contacted comes back"));
    m_cooldown->setRange(0, 60);
    m_cooldown->setSuffix(tr(" days"));
    m_cooldown->setValue(queue.cooldownDays);
    todayForm->addRow(tr("C&ool-down after contact:"), m_cooldown);
    m_cadence = new QSpinBox(today);
    m_cadence->setObjectName(u"cadenceSpin"_s);
    m_cadence->setAccessibleName(tr("Keep in touch with connections every, in days"));
    m_cadence->setRange(7, 3650);
    m_cadence->setSuffix(tr(" days"));
    m_cadence->setValue(queue.defaultCadenceDays);
    todayForm->addRow(tr("&Keep in touch every:"), m_cadence);
    todayForm->addRow(explanation(tr("Changes apply from tomorrow's queue; today's keeps its "
                                     "order."),
                                  today));
    layout->addWidget(today);

    auto *inmail = new QGroupBox(tr("InMail"), this);
    auto *inmailForm = new QFormLayout(inmail);
    m_plan = new QComboBox(inmail);
    m_plan->setObjectName(u"planCombo"_s);
    m_plan->setAccessibleName(tr("LinkedIn plan"));
    m_plan->addItem(tr("Premium Career (5 a month)"), int(InMailPlan::PremiumCareer));
    m_plan->addItem(tr("Premium Business (15 a month)"), int(InMailPlan::PremiumBusiness));
    m_plan->addItem(tr("Sales Navigator (50 a month)"), int(InMailPlan::SalesNavigator));
    m_plan->addItem(tr("Recruiter Lite (30 a month)"), int(InMailPlan::RecruiterLite));
    m_plan->addItem(tr("Another number of credits"), int(InMailPlan::Custom));
    m_plan->setCurrentIndex(m_plan->findData(int(outreach.plan.kind)));
    inmailForm->addRow(tr("&Plan:"), m_plan);
    m_customCredits = new QSpinBox(inmail);
    m_customCredits->setObjectName(u"customCreditsSpin"_s);
    m_customCredits->setAccessibleName(tr("InMail credits a month"));
    m_customCredits->setRange(0, 1000);
    m_customCredits->setSuffix(tr(" a month"));
    m_customCredits->setValue(outreach.plan.monthlyCredits);
    inmailForm->addRow(tr("&Credits:"), m_customCredits);
    auto *startRow = new QHBoxLayout;
    m_hasStart = new QCheckBox(tr("Since"), inmail);
    m_hasStart->setObjectName(u"planStartCheck"_s);
    m_hasStart->setChecked(outreach.planStart.isValid());
    startRow->addWidget(m_hasStart);
    m_planStart = new QDateEdit(
        outreach.planStart.isValid() ? outreach.planStart : QDate::currentDate(), inmail);
    m_planStart->setObjectName(u"planStartEdit"_s);
    m_planStart->setAccessibleName(tr("Plan started on"));
    m_planStart->setCalendarPopup(true);
    m_planStart->setEnabled(m_hasStart->isChecked());
    startRow->addWidget(m_planStart, 1);
    inmailForm->addRow(tr("Plan &started:"), startRow);
    inmailForm->addRow(explanation(
        tr("Credits arrive each month and expire after 90 days. Any answer within 90 days — "
           "“not interested” included — gives the credit back. Without a start date, the "
           "ledger starts with the first InMail you logged."),
        inmail));
    layout->addWidget(inmail);

    auto *invitations = new QGroupBox(tr("Invitations"), this);
    auto *invForm = new QFormLayout(invitations);
    m_noteLimit = new QSpinBox(invitations);
    m_noteLimit->setObjectName(u"noteLimitSpin"_s);
    m_noteLimit->setAccessibleName(tr("Invitation note limit, in characters"));
    m_noteLimit->setRange(1, 300);
    m_noteLimit->setSuffix(tr(" characters"));
    m_noteLimit->setValue(outreach.invitationNoteLimit);
    invForm->addRow(tr("&Note limit:"), m_noteLimit);
    m_lastN = new QSpinBox(invitations);
    m_lastN->setObjectName(u"lastNSpin"_s);
    m_lastN->setAccessibleName(tr("Invitations the acceptance rate looks at"));
    m_lastN->setRange(5, 500);
    m_lastN->setSuffix(tr(" invitations"));
    m_lastN->setValue(outreach.acceptanceLastN);
    invForm->addRow(tr("Acceptance over the &last:"), m_lastN);
    m_threshold = new QSpinBox(invitations);
    m_threshold->setObjectName(u"thresholdSpin"_s);
    m_threshold->setAccessibleName(tr("Warn when the acceptance rate falls below, in percent"));
    m_threshold->setRange(0, 100);
    m_threshold->setSuffix(tr(" %"));
    m_threshold->setValue(qRound(outreach.acceptanceThreshold * 100));
    invForm->addRow(tr("&Warn below:"), m_threshold);
    invForm->addRow(explanation(
        tr("Free accounts may get fewer than 300 characters for a note. Ten invitations and "
           "four acceptances is a red flag: too many ignored or declined invitations restrict "
           "the account."),
        invitations));
    layout->addWidget(invitations);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_plan, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updatePlan);
    connect(m_hasStart, &QCheckBox::toggled, m_planStart, &QWidget::setEnabled);
    updatePlan();
    resize(520, sizeHint().height());
}

void PreferencesDialog::updatePlan()
{
    const auto kind = InMailPlan::Kind(m_plan->currentData().toInt());
    const bool custom = kind == InMailPlan::Custom;
    m_customCredits->setEnabled(custom);
    if (!custom)
        m_customCredits->setValue(InMailPlan::credits(kind));
}

QueueSettings PreferencesDialog::queueSettings() const
{
    QueueSettings s = m_initialQueue;
    s.capacity = m_capacity->value();
    s.cooldownDays = m_cooldown->value();
    s.defaultCadenceDays = m_cadence->value();
    return s;
}

void PreferencesDialog::setIndustryScope(const IndustryScope &scope)
{
    m_ownIndustry->setText(scope.own);
    m_relatedIndustries->setText(scope.related.join(u", "_s));
}

IndustryScope PreferencesDialog::industryScope() const
{
    IndustryScope scope;
    scope.own = m_ownIndustry->text().simplified();
    for (const QString &part : m_relatedIndustries->text().split(u',')) {
        if (!part.trimmed().isEmpty())
            scope.related << part.trimmed();
    }
    return scope;
}

int PreferencesDialog::windowDays() const
{
    return m_window->value();
}

OutreachSettings PreferencesDialog::outreachSettings() const
{
    OutreachSettings s = m_initial;
    s.plan =
        InMailPlan::of(InMailPlan::Kind(m_plan->currentData().toInt()), m_customCredits->value());
    s.planStart = m_hasStart->isChecked() ? m_planStart->date() : QDate();
    s.invitationNoteLimit = m_noteLimit->value();
    s.acceptanceLastN = m_lastN->value();
    s.acceptanceThreshold = m_threshold->value() / 100.0;
    s.myName = m_myName->text().trimmed();
    return s;
}

} // namespace rapport
