#include "shell/PreferencesDialog.h"

#include "settings/UiLanguage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

QString defaultTip(const Preference &p)
{
    const QString shown = p.defaultValue.isEmpty()              ? PreferencesDialog::tr("none")
                          : p.type == Preference::Type::Percent ? p.defaultValue + u" %"_s
                                                                : p.defaultValue;
    return PreferencesDialog::tr("Default: %1. Allowed: %2.").arg(shown, p.rangeText());
}

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
    : SavingDialog(parent)
    , m_initial(outreach)
    , m_initialQueue(queue)
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);

    // Three tabs, each scrolling rather than squashing its fields when the
    // screen is small, so OK and Cancel are always on the screen.
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"preferencesTabs"_s);
    tabs->addTab(scrollingTab({createYouGroup(outreach), createEngagementGroup(windowDays),
                               createLanguageGroup()}),
                 tr("&General"));
    tabs->addTab(scrollingTab({createTodayGroup(queue)}), tr("&Today's Queue"));
    tabs->addTab(scrollingTab({createInMailGroup(outreach), createInvitationsGroup(outreach)}),
                 tr("In&Mail && Invitations"));
    layout->addWidget(tabs, 1);
    addErrorLine(layout);
    layout->addWidget(createButtons());
    setDefaultTips();
    connect(m_plan, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updatePlan);
    connect(m_hasStart, &QCheckBox::toggled, m_planStart, &QWidget::setEnabled);
    updatePlan();
    resize(fontMetrics().averageCharWidth() * 90, sizeHint().height());
}

QScrollArea *PreferencesDialog::scrollingTab(const QList<QGroupBox *> &groups)
{
    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    for (QGroupBox *group : groups)
        pageLayout->addWidget(group);
    pageLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Never narrower than its fields (it scrolls only up and down); as tall
    // as the tab needs, up to what a 720-pixel screen has room for.
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, scroll);
    scroll->setMinimumWidth(page->minimumSizeHint().width() + scrollBar);
    scroll->setMinimumHeight(
        qMin(page->sizeHint().height() + scrollBar, fontMetrics().height() * 32));
    return scroll;
}

QGroupBox *PreferencesDialog::createYouGroup(const OutreachSettings &outreach)
{
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
    return you;
}

QGroupBox *PreferencesDialog::createEngagementGroup(int windowDays)
{
    auto *tiers = new QGroupBox(tr("Engagement"), this);
    auto *tierForm = new QFormLayout(tiers);
    m_window =
        numberSpin(PreferenceTable::TierWindow, u"windowSpin"_s, tr(" days"), windowDays, tiers);
    m_window->setAccessibleName(tr("Recency window for engagement tiers, in days"));
    tierForm->addRow(tr("&Recency window for tiers:"), m_window);
    tierForm->addRow(explanation(
        tr("A contact's tier is the best engagement they showed within this many days. Older "
           "engagement still counts, marked as lapsed. The default is 90 days; changing it "
           "recomputes every contact's tier."),
        tiers));
    return tiers;
}

QGroupBox *PreferencesDialog::createLanguageGroup()
{
    auto *group = new QGroupBox(tr("Language"), this);
    auto *form = new QFormLayout(group);
    m_language = new QComboBox(group);
    m_language->setObjectName(u"languageCombo"_s);
    m_language->setAccessibleName(tr("Language of Rapport"));
    // Language names are in their own language, as every language menu shows them.
    m_language->addItem(tr("System default (%1)")
                            .arg(UiLanguage::nativeName(UiLanguage::chooseForSystem(QString()))),
                        QString());
    for (const QString &code : UiLanguage::available())
        m_language->addItem(UiLanguage::nativeName(code), code);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(
        explanation(tr("Takes effect when Rapport restarts; rapport-cli uses it too."), group));
    return group;
}

void PreferencesDialog::setUiLanguage(const QString &language)
{
    const int row =
        m_language->findData(UiLanguage::available().contains(language) ? language : QString());
    m_language->setCurrentIndex(qMax(0, row));
}

QString PreferencesDialog::uiLanguage() const
{
    return m_language->currentData().toString();
}

QGroupBox *PreferencesDialog::createTodayGroup(const QueueSettings &queue)
{
    auto *today = new QGroupBox(tr("Today's queue"), this);
    auto *todayForm = new QFormLayout(today);
    m_capacity = numberSpin(PreferenceTable::QueueCapacity, u"capacitySpin"_s, tr(" people a day"),
                            queue.capacity, today);
    m_capacity->setAccessibleName(tr("People in the daily queue"));
    todayForm->addRow(tr("Daily &capacity:"), m_capacity);
    m_cooldown = numberSpin(PreferenceTable::QueueCooldown, u"cooldownSpin"_s, tr(" days"),
                            queue.cooldownDays, today);
    m_cooldown->setAccessibleName(tr("Days before someone contacted comes back"));
    todayForm->addRow(tr("C&ool-down after contact:"), m_cooldown);
    m_cadence = numberSpin(PreferenceTable::KeepInTouchCadence, u"cadenceSpin"_s, tr(" days"),
                           queue.defaultCadenceDays, today);
    m_cadence->setAccessibleName(tr("Keep in touch with connections every, in days"));
    todayForm->addRow(tr("&Keep in touch every:"), m_cadence);
    todayForm->addRow(explanation(tr("Changes apply from tomorrow's queue; today's keeps its "
                                     "order."),
                                  today));
    return today;
}

QGroupBox *PreferencesDialog::createInMailGroup(const OutreachSettings &outreach)
{
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
    m_customCredits = numberSpin(PreferenceTable::InMailCustomCredits, u"customCreditsSpin"_s,
                                 tr(" a month"), outreach.plan.monthlyCredits, inmail);
    m_customCredits->setAccessibleName(tr("InMail credits a month"));
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
    // A label of a layout gets no buddy from the form: named here, so its
    // mnemonic works (and is not shown as a literal "&").
    auto *startCaption = new QLabel(tr("Plan &started:"), inmail);
    startCaption->setBuddy(m_hasStart);
    inmailForm->addRow(startCaption, startRow);
    inmailForm->addRow(explanation(
        tr("Credits arrive each month and expire after 90 days. Any answer within 90 days — "
           "“not interested” included — gives the credit back. Without a start date, the "
           "ledger starts with the first InMail you logged."),
        inmail));
    return inmail;
}

QGroupBox *PreferencesDialog::createInvitationsGroup(const OutreachSettings &outreach)
{
    auto *invitations = new QGroupBox(tr("Invitations"), this);
    auto *invForm = new QFormLayout(invitations);
    m_noteLimit = numberSpin(PreferenceTable::InvitationNoteLimit, u"noteLimitSpin"_s,
                             tr(" characters"), outreach.invitationNoteLimit, invitations);
    m_noteLimit->setAccessibleName(tr("Invitation note limit, in characters"));
    invForm->addRow(tr("&Note limit:"), m_noteLimit);
    m_lastN = numberSpin(PreferenceTable::AcceptanceLastN, u"lastNSpin"_s, tr(" invitations"),
                         outreach.acceptanceLastN, invitations);
    m_lastN->setAccessibleName(tr("Invitations the acceptance rate looks at"));
    invForm->addRow(tr("Acceptance over the &last:"), m_lastN);
    m_threshold = numberSpin(PreferenceTable::AcceptanceThreshold, u"thresholdSpin"_s, tr(" %"),
                             qRound(outreach.acceptanceThreshold * 100), invitations);
    m_threshold->setAccessibleName(tr("Warn when the acceptance rate falls below, in percent"));
    invForm->addRow(tr("&Warn below:"), m_threshold);
    invForm->addRow(explanation(
        tr("Free accounts may get fewer than 300 characters for a note. Ten invitations and "
           "four acceptances is a red flag: too many ignored or declined invitations restrict "
           "the account."),
        invitations));
    return invitations;
}

QDialogButtonBox *PreferencesDialog::createButtons()
{
    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    buttons->button(QDialogButtonBox::RestoreDefaults)->setObjectName(u"restoreDefaultsButton"_s);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    return buttons;
}

void PreferencesDialog::setDefaultTips()
{
    const struct
    {
        QWidget *field;
        PreferenceTable::Id id;
    } tips[] = {{m_myName, PreferenceTable::MyName},
                {m_ownIndustry, PreferenceTable::OwnIndustry},
                {m_relatedIndustries, PreferenceTable::RelatedIndustries},
                {m_plan, PreferenceTable::InMailPlanKind},
                {m_planStart, PreferenceTable::InMailPlanStart}};
    for (const auto &tip : tips)
        tip.field->setToolTip(defaultTip(PreferenceTable::of(tip.id)));
}

QSpinBox *PreferencesDialog::numberSpin(PreferenceTable::Id id, const QString &objectName,
                                        const QString &suffix, int value, QWidget *parent)
{
    const Preference &p = PreferenceTable::of(id);
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(p.minimum, p.maximum);
    spin->setSuffix(suffix);
    spin->setValue(value);
    spin->setToolTip(defaultTip(p));
    return spin;
}

QSpinBox *PreferencesDialog::spinFor(PreferenceTable::Id id) const
{
    switch (id) {
    case PreferenceTable::TierWindow:
        return m_window;
    case PreferenceTable::QueueCapacity:
        return m_capacity;
    case PreferenceTable::QueueCooldown:
        return m_cooldown;
    case PreferenceTable::KeepInTouchCadence:
        return m_cadence;
    case PreferenceTable::InMailCustomCredits:
        return m_customCredits;
    case PreferenceTable::InvitationNoteLimit:
        return m_noteLimit;
    case PreferenceTable::AcceptanceLastN:
        return m_lastN;
    case PreferenceTable::AcceptanceThreshold:
        return m_threshold;
    case PreferenceTable::MyName:
    case PreferenceTable::OwnIndustry:
    case PreferenceTable::RelatedIndustries:
    case PreferenceTable::InMailPlanKind:
    case PreferenceTable::InMailPlanStart:
    case PreferenceTable::Count:
        break;
    }
    return nullptr;
}

void PreferencesDialog::restoreDefaults()
{
    const auto defaultOf = [](PreferenceTable::Id id) {
        return PreferenceTable::of(id).defaultValue;
    };
    m_myName->setText(defaultOf(PreferenceTable::MyName));
    m_ownIndustry->setText(defaultOf(PreferenceTable::OwnIndustry));
    m_relatedIndustries->setText(defaultOf(PreferenceTable::RelatedIndustries));
    const auto plan = InMailPlan::fromName(defaultOf(PreferenceTable::InMailPlanKind));
    m_plan->setCurrentIndex(m_plan->findData(int(plan.value_or(InMailPlan::PremiumCareer))));
    m_hasStart->setChecked(!defaultOf(PreferenceTable::InMailPlanStart).isEmpty());
    for (int i = 0; i < PreferenceTable::Count; ++i) {
        if (QSpinBox *spin = spinFor(PreferenceTable::Id(i)))
            spin->setValue(defaultOf(PreferenceTable::Id(i)).toInt());
    }
    m_language->setCurrentIndex(0); // follow the system
    updatePlan();
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
