#include "insights/NetworkReviewPanel.h"

#include "common/EmptyStateView.h"
#include "common/LinkButton.h"
#include "common/Prompts.h"
#include "domain/NetworkScore.h"
#include "insights/IndustryScope.h"
#include "insights/NetworkReview.h"
#include "store/ScoreStore.h"
#include "store/SettingStore.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

constexpr int TopN = 15;
constexpr int FieldRole = Qt::UserRole + 1;

QString percentOf(int part, int whole)
{
    if (whole <= 0)
        return u"\u2014"_s;
    return QLocale().toString(100.0 * part / whole, 'f', 0) + u" %"_s;
}

QString scopeLabel(IndustryScope::Kind kind)
{
    switch (kind) {
    case IndustryScope::Kind::Own:
        return NetworkReviewPanel::tr("yours");
    case IndustryScope::Kind::Related:
        return NetworkReviewPanel::tr("related");
    case IndustryScope::Kind::Outside:
        return NetworkReviewPanel::tr("outside");
    case IndustryScope::Kind::Unknown:
        break;
    }
    return {};
}

QString summaryText(const NetworkReview::Summary &s)
{
    const QLocale locale;
    const auto count = [&locale, &s](int n) {
        return u"%1 (%2)"_s.arg(locale.toString(n), percentOf(n, s.connections));
    };
    const QString own =
        s.scope.own.isEmpty() ? NetworkReviewPanel::tr("not set") : s.scope.own.toHtmlEscaped();
    return NetworkReviewPanel::tr(
               "<b>%1 connections.</b> In your industry (%2%3): %4; related: %5; outside: %6; "
               "industry not filled in: %7.")
        .arg(locale.toString(s.connections), own,
             s.ownGuessed ? NetworkReviewPanel::tr(
                                ", the most common — set yours in Edit \u25b8 Preferences")
                          : QString(),
             count(s.own), count(s.related), count(s.outside), count(s.unknown));
}

QString scoreText(const NetworkScore &score)
{
    return NetworkReviewPanel::tr(
               "Network score %1 of 100: size %2 of %3, relevance %4 of %5 (%6 in "
               "your or related industries), engagement %7 of %8 (%9 engaged or in "
               "touch in the last %10 days).")
        .arg(score.score())
        .arg(score.sizePoints)
        .arg(NetworkScore::SizeMax)
        .arg(score.relevancePoints)
        .arg(NetworkScore::RelevanceMax)
        .arg(percentOf(score.relevantConnections, score.withIndustry))
        .arg(score.engagementPoints)
        .arg(NetworkScore::EngagementMax)
        .arg(percentOf(score.engagedConnections, score.connections))
        .arg(NetworkScore::EngagementDays);
}

// How each figure is computed, with today's inputs: the summary, "never
// interacted with", "not in touch" and the score.
QStringList workingsOf(const NetworkReview::Summary &s, int months, const NetworkScore &score)
{
    const QLocale locale;
    const auto share = [&locale, &s](int n) {
        return s.connections > 0 ? locale.toString(100.0 * n / s.connections, 'f', 1) + u" %"_s
                                 : u"\u2014"_s;
    };
    const QString summaryWorkings =
        NetworkReviewPanel::tr(
            "Connections are your first-degree contacts; each share is a count ÷ %1 "
            "connections (shown above to a whole percent). An industry is yours, related (Edit "
            "\u25b8 Preferences) or outside, compared without case; with no industry of yours "
            "set, the most common among your connections stands in.\n"
            "Today's inputs: yours %2 ÷ %1 = %3; related %4 ÷ %1 = %5; outside %6 ÷ %1 = %7; "
            "not filled in %8 ÷ %1 = %9.")
            .arg(locale.toString(s.connections), locale.toString(s.own), share(s.own),
                 locale.toString(s.related), share(s.related), locale.toString(s.outside),
                 share(s.outside), locale.toString(s.unknown), share(s.unknown));
    const QString neverWorkings =
        NetworkReviewPanel::tr(
            "Never interacted with: connections with no engagement logged from them and no "
            "message, invitation, InMail, e-mail or call either way. Today: %1 ÷ %2 = %3.")
            .arg(locale.toString(s.neverInteracted), locale.toString(s.connections),
                 share(s.neverInteracted));
    const QString quietWorkings =
        NetworkReviewPanel::tr(
            "Not in touch: connections you did interact with, but not on or after %1 (%2 months "
            "before today). Today: %3 ÷ %4 = %5.")
            .arg(locale.toString(s.quietCutoff, QLocale::ShortFormat))
            .arg(months)
            .arg(locale.toString(s.quietSince), locale.toString(s.connections),
                 share(s.quietSince));
    const QString scoreWorkings = NetworkScore::explanation() + u"\n\n"_s + score.workings();
    return {summaryWorkings, neverWorkings, quietWorkings, scoreWorkings};
}

void fillGroups(QTreeWidget *list, const QList<NetworkGroup> &groups, bool withScope)
{
    const QLocale locale;
    for (const NetworkGroup &g : groups) {
        auto *item = new QTreeWidgetItem(list);
        item->setText(0, g.name.isEmpty() ? NetworkReviewPanel::tr("(not filled in)") : g.name);
        item->setData(0, FieldRole, g.name);
        item->setText(1, locale.toString(g.connections));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        if (withScope)
            item->setText(2, scopeLabel(g.scope));
    }
}

} // namespace

NetworkReviewPanel::NetworkReviewPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"networkReviewPanel"_s);
    setAccessibleName(tr("Network review"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);
    m_stack->addWidget(createReviewPage());

    m_empty = new EmptyStateView(u":/icons/insights.svg"_s, u"review"_s, m_stack);
    // setState sizes the labels: every wrapped line shows.
    m_empty->setState(tr("No connections to review yet"),
                      tr("Import your LinkedIn export to see your connections by industry, "
                         "location and company, and the ones you never talk to."));
    m_empty->setActions({u"importLinkedInAction"_s});
    m_stack->addWidget(m_empty);
    connectListButtons();
    connect(m_months, &QSpinBox::valueChanged, this, &NetworkReviewPanel::reload);
}

QWidget *NetworkReviewPanel::createReviewPage()
{
    auto *page = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(page);
    auto *title = new QLabel(tr("Network review"), page);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    title->setFont(bold);
    layout->addWidget(title);
    m_summary = new QLabel(page);
    m_summary->setObjectName(u"reviewSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_score = new QLabel(page);
    m_score->setObjectName(u"reviewNetworkScore"_s);
    m_score->setWordWrap(true);
    layout->addWidget(m_score);
    m_explain = new LinkButton(tr("How is this computed?"), page);
    m_explain->setObjectName(u"reviewExplain"_s);
    m_explain->setAccessibleName(tr("How the network review's figures are computed"));
    connect(m_explain, &LinkButton::clicked, this, &NetworkReviewPanel::explain);
    layout->addWidget(m_explain, 0, Qt::AlignLeft);

    layout->addLayout(createButtonRow(page));
    auto *lists = new QGridLayout;
    m_industries = makeList(u"reviewIndustries"_s, tr("Industry"), true);
    m_locations = makeList(u"reviewLocations"_s, tr("Location"), false);
    m_companies = makeList(u"reviewCompanies"_s, tr("Company"), false);
    lists->addWidget(m_industries, 0, 0);
    lists->addWidget(m_locations, 0, 1);
    lists->addWidget(m_companies, 0, 2);
    layout->addLayout(lists, 1);
    auto *hint = new QLabel(tr("Double-click a row, or press Enter, to see those connections in "
                               "Contacts, where File \u25b8 Export exports them."),
                            page);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    return page;
}

QHBoxLayout *NetworkReviewPanel::createButtonRow(QWidget *page)
{
    auto *row = new QHBoxLayout;
    m_never = new QPushButton(page);
    m_never->setObjectName(u"reviewNeverButton"_s);
    m_never->setToolTip(tr("Connections with no engagement logged and no message, invitation "
                           "or InMail either way: do you remember why you connected?"));
    row->addWidget(m_never);
    m_quiet = new QPushButton(page);
    m_quiet->setObjectName(u"reviewQuietButton"_s);
    row->addWidget(m_quiet);
    m_months = new QSpinBox(page);
    m_months->setObjectName(u"reviewMonthsSpin"_s);
    m_months->setAccessibleName(tr("Months without contact"));
    m_months->setRange(1, 60);
    m_months->setValue(6);
    m_months->setPrefix(tr("for "));
    m_months->setSuffix(tr(" months"));
    row->addWidget(m_months);
    row->addStretch(1);

    return row;
}

void NetworkReviewPanel::connectListButtons()
{
    const auto filterFor = [this](ContactReviewFilter::Interaction interaction) {
        ContactReviewFilter f;
        f.interaction = interaction;
        if (interaction == ContactReviewFilter::Interaction::QuietBefore)
            f.before = NetworkReview::quietCutoff(today(), m_months->value());
        return f;
    };
    connect(m_never, &QPushButton::clicked, this, [this, filterFor] {
        emit listRequested(filterFor(ContactReviewFilter::Interaction::Never),
                           tr("Connections never interacted with"));
    });
    connect(m_quiet, &QPushButton::clicked, this, [this, filterFor] {
        emit listRequested(
            filterFor(ContactReviewFilter::Interaction::QuietBefore),
            tr("Connections not in touch for %n months", nullptr, m_months->value()));
    });
}

QTreeWidget *NetworkReviewPanel::makeList(const QString &objectName, const QString &title,
                                          bool withScope)
{
    auto *list = new QTreeWidget(this);
    list->setObjectName(objectName);
    list->setAccessibleName(tr("Connections by %1").arg(title.toLower()));
    list->setRootIsDecorated(false);
    list->setColumnCount(withScope ? 3 : 2);
    QStringList headers{title, tr("Connections")};
    if (withScope)
        headers << tr("Yours?");
    list->setHeaderLabels(headers);
    list->header()->setStretchLastSection(false);
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < list->columnCount(); ++c)
        list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    connect(list, &QTreeWidget::itemActivated, this,
            [this, list](QTreeWidgetItem *item) { open(list, item); });
    return list;
}

void NetworkReviewPanel::open(QTreeWidget *list, QTreeWidgetItem *item)
{
    if (!item)
        return;
    ContactReviewFilter f;
    f.field = list == m_industries  ? ContactReviewFilter::Field::Industry
              : list == m_locations ? ContactReviewFilter::Field::Location
                                    : ContactReviewFilter::Field::Company;
    f.value = item->data(0, FieldRole).toString();
    const QString shown = f.value.isEmpty() ? tr("not filled in") : f.value;
    const QString title = f.field == ContactReviewFilter::Field::Industry
                              ? tr("Connections in the industry %1").arg(shown)
                          : f.field == ContactReviewFilter::Field::Location
                              ? tr("Connections in %1").arg(shown)
                              : tr("Connections at %1").arg(shown);
    emit listRequested(f, title);
}

void NetworkReviewPanel::setDatabase(Database *db)
{
    m_db = db;
    // Read when looked at: the network score takes a moment on big networks.
    if (isVisible())
        reload();
}

void NetworkReviewPanel::explain()
{
    if (!m_explanation.isEmpty())
        Prompts::information(this, tr("How Is This Computed?"), m_explanation);
}

bool NetworkReviewPanel::isEmptyShown() const
{
    return m_stack->currentWidget() == m_empty;
}

void NetworkReviewPanel::reload()
{
    for (QTreeWidget *list : {m_industries, m_locations, m_companies})
        list->clear();
    if (!m_db) {
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    NetworkReview review(*m_db);
    QString error;
    const NetworkReview::Summary s = review.summary(today(), m_months->value(), &error);
    if (s.connections == 0) {
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_stack->setCurrentWidget(m_stack->widget(0));
    const QLocale locale;
    const auto count = [&locale, &s](int n) {
        return u"%1 (%2)"_s.arg(locale.toString(n), percentOf(n, s.connections));
    };
    m_summary->setText(summaryText(s));
    m_never->setText(tr("Never interacted with: %1 \u2014 Show").arg(count(s.neverInteracted)));
    m_quiet->setText(tr("Not in touch: %1 \u2014 Show").arg(count(s.quietSince)));
    const NetworkScore score =
        ScoreStore(*m_db).networkScore(today(), s.scope.own, s.scope.related, &error);
    m_score->setText(scoreText(score));

    const QStringList workings = workingsOf(s, m_months->value(), score);
    m_summary->setToolTip(workings.at(0));
    m_never->setToolTip(workings.at(1));
    m_quiet->setToolTip(workings.at(2));
    m_score->setToolTip(workings.at(3));
    m_explanation = workings.join(u"\n\n"_s);

    fillGroups(m_industries, s.industries.mid(0, TopN), true);
    fillGroups(m_locations, review.groups(NetworkReview::Field::Location, TopN, &error), false);
    fillGroups(m_companies, review.groups(NetworkReview::Field::Company, TopN, &error), false);
}

} // namespace rapport
