#include "insights/WeeklyNumbersDialog.h"

#include "common/DateField.h"
#include "insights/FollowerRatio.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// -1 shows as "Not read": these three are optional.
QSpinBox *optionalSpin(QWidget *parent, const QString &objectName, const QString &accessible)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setAccessibleName(accessible);
    spin->setRange(-1, 100000000);
    spin->setSpecialValueText(WeeklyNumbersDialog::tr("Not read"));
    spin->setGroupSeparatorShown(true);
    spin->setValue(-1);
    return spin;
}

std::optional<int> valueOf(const QSpinBox *spin)
{
    return spin->value() < 0 ? std::nullopt : std::optional<int>(spin->value());
}

QStringList names(const QLineEdit *edit)
{
    QStringList list;
    // Semicolons: company names have commas ("Acme, Inc.").
    for (const QString &part : edit->text().split(u';')) {
        if (!part.trimmed().isEmpty())
            list << part.trimmed();
    }
    return list;
}

} // namespace

WeeklyNumbersDialog::WeeklyNumbersDialog(const std::optional<NetworkSnapshot> &previous,
                                         WeekLookup lookup, QWidget *parent)
    : SavingDialog(parent)
    , m_lookup(std::move(lookup))
{
    setObjectName(u"weeklyNumbersDialog"_s);
    setWindowTitle(tr("This Week's Numbers"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Copy them from LinkedIn: followers and connections from your "
                                "profile, profile views and search appearances from your "
                                "dashboard. Once a week is enough."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    layout->addLayout(createForm());

    m_ratio = new QLabel(this);
    m_ratio->setObjectName(u"weeklyRatioLabel"_s);
    m_ratio->setWordWrap(true);
    layout->addWidget(m_ratio);
    addErrorLine(layout);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &WeeklyNumbersDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setOkButton(buttons->button(QDialogButtonBox::Ok));

    if (previous)
        fill(*previous, false);
    for (QSpinBox *spin : {m_followers, m_connections})
        connect(spin, &QSpinBox::valueChanged, this, &WeeklyNumbersDialog::update);
    connect(m_date, &QLineEdit::textChanged, this, &WeeklyNumbersDialog::update);
    for (QSpinBox *spin : {m_views, m_searches, m_network})
        connect(spin, &QSpinBox::valueChanged, this, &WeeklyNumbersDialog::updateOk);
    for (QLineEdit *edit : {m_companies, m_titles})
        connect(edit, &QLineEdit::textChanged, this, &WeeklyNumbersDialog::updateOk);
    update();
    resize(qMax(480, sizeHint().width()), sizeHint().height());
}

QFormLayout *WeeklyNumbersDialog::createForm()
{
    auto *form = new QFormLayout;
    m_date = new DateField(this);
    m_date->setObjectName(u"weeklyDateEdit"_s);
    m_date->setAccessibleName(tr("Day you read the numbers"));
    m_date->setMaximumDate(QDate::currentDate());
    m_date->setDate(QDate::currentDate());
    form->addRow(tr("&Read on:"), m_date);
    m_week = new QLabel(this);
    m_week->setObjectName(u"weeklyWeekLabel"_s);
    m_week->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_week);

    m_followers = new QSpinBox(this);
    m_followers->setObjectName(u"weeklyFollowersSpin"_s);
    m_followers->setAccessibleName(tr("Followers"));
    // Required, and empty until typed (or filled from the last reading): a
    // quick OK never saves zeros.
    m_followers->setRange(-1, 100000000);
    m_followers->setSpecialValueText(tr("Not entered"));
    m_followers->setValue(-1);
    m_followers->setGroupSeparatorShown(true);
    form->addRow(tr("&Followers:"), m_followers);
    m_connections = new QSpinBox(this);
    m_connections->setObjectName(u"weeklyConnectionsSpin"_s);
    m_connections->setAccessibleName(tr("Connections"));
    m_connections->setRange(-1, 30000);
    m_connections->setSpecialValueText(tr("Not entered"));
    m_connections->setValue(-1);
    m_connections->setGroupSeparatorShown(true);
    form->addRow(tr("&Connections:"), m_connections);
    m_views = optionalSpin(this, u"weeklyViewsSpin"_s, tr("Profile views, last 7 days"));
    form->addRow(tr("Profile &views (7 days):"), m_views);
    m_searches = optionalSpin(this, u"weeklySearchesSpin"_s, tr("Search appearances this week"));
    form->addRow(tr("&Search appearances:"), m_searches);
    m_network = optionalSpin(this, u"weeklyNetworkSpin"_s, tr("Network size, 2nd and 3rd degree"));
    form->addRow(tr("&Network size:"), m_network);
    m_companies = new QLineEdit(this);
    m_companies->setObjectName(u"weeklyCompaniesEdit"_s);
    m_companies->setAccessibleName(tr("Top companies of your searchers"));
    m_companies->setPlaceholderText(tr("Optional, separated by semicolons: Northwind; Acme, Inc."));
    form->addRow(tr("Searchers' &companies:"), m_companies);
    m_titles = new QLineEdit(this);
    m_titles->setObjectName(u"weeklyTitlesEdit"_s);
    m_titles->setAccessibleName(tr("Top job titles of your searchers"));
    m_titles->setPlaceholderText(tr("Optional, separated by semicolons: Recruiter; Founder"));
    form->addRow(tr("Searchers' &titles:"), m_titles);
    return form;
}

void WeeklyNumbersDialog::fill(const NetworkSnapshot &from, bool optionalToo)
{
    m_followers->setValue(from.followers);
    m_connections->setValue(from.connections);
    if (!optionalToo)
        return;
    m_views->setValue(from.profileViews.value_or(-1));
    m_searches->setValue(from.searchAppearances.value_or(-1));
    m_network->setValue(from.networkSize.value_or(-1));
    m_companies->setText(from.topCompanies.join(u"; "_s));
    m_titles->setText(from.topTitles.join(u"; "_s));
}

void WeeklyNumbersDialog::update()
{
    updateOk();
    if (!m_date->date().isValid()) {
        // Said where the week would be; OK waits for a day.
        m_week->setText(m_date->problem());
        m_ratio->setText(problem());
        return;
    }
    NetworkSnapshot probe;
    probe.takenOn = m_date->date();
    const QDate week = probe.weekStart();
    const std::optional<NetworkSnapshot> existing =
        m_lookup ? m_lookup(m_date->date()) : std::nullopt;
    const QLocale locale;
    if (existing && !existing->isTyped()) {
        // Only LinkedIn's analytics know this week: its followers start the
        // form, and what is typed here wins over them.
        m_week->setText(
            tr("Week of %1 · followers from LinkedIn analytics, %2; what you type wins.")
                .arg(locale.toString(week, QLocale::ShortFormat),
                     locale.toString(existing->followersFromLinkedIn, QLocale::ShortFormat)));
        if (m_filledWeek != week) {
            m_filledWeek = week;
            m_followers->setValue(existing->followers);
        }
    } else if (existing) {
        m_week->setText(tr("The week of %1 has numbers read on %2: saving corrects them.")
                            .arg(locale.toString(week, QLocale::ShortFormat),
                                 locale.toString(existing->takenOn, QLocale::ShortFormat)));
        // Open the week's entry to correct it, once per week chosen.
        if (m_filledWeek != week) {
            m_filledWeek = week;
            fill(*existing, true);
        }
    } else {
        m_week->setText(tr("Week of %1").arg(locale.toString(week, QLocale::ShortFormat)));
        // Left a week whose entry filled the form: its optional numbers are
        // not this week's.
        if (m_filledWeek.isValid()) {
            m_filledWeek = QDate();
            for (QSpinBox *spin : {m_views, m_searches, m_network})
                spin->setValue(-1);
            m_companies->clear();
            m_titles->clear();
        }
    }

    const bool entered = m_followers->value() >= 0 && m_connections->value() >= 0;
    const FollowerRatio r = FollowerRatio::compute(m_followers->value(), m_connections->value());
    if (!entered) {
        m_ratio->setText(tr("Enter followers and connections to see your true followers."));
    } else if (m_followers->value() < m_connections->value()) {
        m_ratio->setText(problem());
    } else if (!r.ratio) {
        m_ratio->setText(tr("Enter followers and connections to see your true followers."));
    } else {
        m_ratio->setText(
            tr("True followers (followers − connections): %1, %2 % of connections "
               "(typical: 5–10 %, %3–%4 for you).")
                .arg(locale.toString(r.trueFollowers), locale.toString(*r.ratio * 100, 'f', 1),
                     locale.toString(r.bandLowFollowers), locale.toString(r.bandHighFollowers)));
    }
}

QString WeeklyNumbersDialog::problem() const
{
    if (const QString date = m_date->problem(); !date.isEmpty())
        return tr("Read on: %1").arg(date);
    if (m_followers->value() < 0 || m_connections->value() < 0)
        return tr("Enter your followers and connections as your LinkedIn profile shows them.");
    if (m_followers->value() < m_connections->value())
        return tr("Followers (%1) are below connections (%2): LinkedIn counts every connection "
                  "as a follower. Check the follower count on your profile.")
            .arg(QLocale().toString(m_followers->value()),
                 QLocale().toString(m_connections->value()));
    return {};
}

NetworkSnapshot WeeklyNumbersDialog::snapshot() const
{
    NetworkSnapshot s;
    s.takenOn = m_date->date();
    s.followers = m_followers->value();
    s.connections = m_connections->value();
    s.profileViews = valueOf(m_views);
    s.searchAppearances = valueOf(m_searches);
    s.networkSize = valueOf(m_network);
    s.topCompanies = names(m_companies);
    s.topTitles = names(m_titles);
    return s;
}

} // namespace rapport
