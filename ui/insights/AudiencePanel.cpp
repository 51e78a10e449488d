#include "insights/AudiencePanel.h"

#include "common/EmptyStateView.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// The categories AnalyticsWorkbookData names, in the order shown.
const char *const categories[] = {"job title", "industry",  "location",
                                  "company",   "seniority", "company size"};

QString heading(const QString &category)
{
    if (category == u"job title"_s)
        return AudiencePanel::tr("Job titles");
    if (category == u"industry"_s)
        return AudiencePanel::tr("Industries");
    if (category == u"location"_s)
        return AudiencePanel::tr("Locations");
    if (category == u"company"_s)
        return AudiencePanel::tr("Companies");
    if (category == u"seniority"_s)
        return AudiencePanel::tr("Seniority");
    return AudiencePanel::tr("Company size");
}

QString objectNameOf(const QString &category)
{
    QString name = category;
    name.remove(u' ');
    return u"audience_"_s + name;
}

} // namespace

AudiencePanel::AudiencePanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"audiencePanel"_s);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    auto *page = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(page);
    auto *name = new QLabel(title(), page);
    QFont bigger = name->font();
    bigger.setBold(true);
    bigger.setPointSizeF(bigger.pointSizeF() * 1.2);
    name->setFont(bigger);
    layout->addWidget(name);
    m_heading = new QLabel(page);
    m_heading->setObjectName(u"audienceHeading"_s);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    auto *grid = new QGridLayout;
    int i = 0;
    for (const char *c : categories) {
        const QString category = QString::fromLatin1(c);
        auto *box = new QVBoxLayout;
        auto *label = new QLabel(u"<b>%1</b>"_s.arg(heading(category).toHtmlEscaped()), page);
        box->addWidget(label);
        auto *table = new QTableWidget(0, 2, page);
        table->setObjectName(objectNameOf(category));
        table->setAccessibleName(heading(category));
        table->setHorizontalHeaderLabels({heading(category), tr("Share")});
        table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
        table->horizontalHeader()->hide();
        table->verticalHeader()->hide();
        // One line a row, the same height in every table.
        table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
        table->setWordWrap(false);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionMode(QAbstractItemView::NoSelection);
        table->setShowGrid(false);
        table->setAlternatingRowColors(true);
        label->setBuddy(table);
        box->addWidget(table, 1);
        grid->addLayout(box, i / 3, i % 3);
        m_tables << table;
        ++i;
    }
    layout->addLayout(grid, 1);
    m_stack->addWidget(page);

    m_empty = new EmptyStateView(u":/icons/insights.svg"_s, u"audience"_s, m_stack);
    m_empty->setState(
        tr("No audience yet"),
        tr("Export your analytics from LinkedIn (Analytics \u25b8 Post impressions \u25b8 "
           "Export, the past 365 days) and import the workbook with File \u25b8 Import "
           "LinkedIn Analytics. This page then shows the job titles, industries, locations "
           "and companies of the people who see your posts."));
    m_empty->setActions({u"importAnalyticsAction"_s});
    m_stack->addWidget(m_empty);
    m_stack->setCurrentWidget(m_empty);
}

QString AudiencePanel::title()
{
    return tr("Audience");
}

void AudiencePanel::fill(const QList<AnalyticsDemographic> &rows, const QDate &periodEnd)
{
    if (rows.isEmpty()) {
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    const QLocale locale;
    m_heading->setText(tr("Who saw your posts, as LinkedIn's analytics for the period ending "
                          "%1 say (the latest workbook imported).")
                           .arg(locale.toString(periodEnd, QLocale::LongFormat)));
    int i = 0;
    for (const char *c : categories) {
        const QString category = QString::fromLatin1(c);
        QTableWidget *table = m_tables.at(i++);
        table->setRowCount(0);
        for (const AnalyticsDemographic &d : rows) {
            if (d.category != category)
                continue;
            const int row = table->rowCount();
            table->insertRow(row);
            table->setItem(row, 0, new QTableWidgetItem(d.value));
            auto *share = new QTableWidgetItem(
                d.belowOnePercent ? tr("< 1 %")
                                  : tr("%1 %").arg(locale.toString(d.share * 100.0, 'f', 1)));
            share->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(row, 1, share);
        }
    }
    m_stack->setCurrentIndex(0);
}

bool AudiencePanel::isEmptyShown() const
{
    return m_stack->currentWidget() == m_empty;
}

QTableWidget *AudiencePanel::table(const QString &category) const
{
    for (QTableWidget *t : m_tables) {
        if (t->objectName() == objectNameOf(category))
            return t;
    }
    return nullptr;
}

} // namespace rapport
