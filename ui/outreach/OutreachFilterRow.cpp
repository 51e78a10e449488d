#include "outreach/OutreachFilterRow.h"

#include "common/OutreachStyle.h"
#include "domain/Outreach.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// Typing pauses this long before the table follows the contact box.
constexpr int searchDelayMs = 200;

} // namespace

OutreachFilterRow::OutreachFilterRow(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"outreachFilterRow"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_channel = addFilter(layout, tr("Cha&nnel:"), u"outreachChannelFilter"_s, tr("Channel"));
    m_channel->addItem(tr("All"), QString());
    for (const QString &channel : Outreach::channels())
        m_channel->addItem(OutreachStyle::channelLabel(channel), channel);

    m_outcome = addFilter(layout, tr("O&utcome:"), u"outreachOutcomeFilter"_s, tr("Outcome"));
    m_outcome->addItem(tr("All"), QString());
    m_outcome->addItem(OutreachStyle::outcomeLabel(QString()), u"none"_s);
    for (const QString &outcome : Outreach::outcomes())
        m_outcome->addItem(OutreachStyle::outcomeLabel(outcome), outcome);

    m_range = addFilter(layout, tr("&When:"), u"outreachDateFilter"_s, tr("Date range"));
    m_range->addItem(tr("All time"), int(DateRange::AllTime));
    m_range->addItem(tr("Last 7 days"), int(DateRange::Last7Days));
    m_range->addItem(tr("Last 30 days"), int(DateRange::Last30Days));
    m_range->addItem(tr("Last 90 days"), int(DateRange::Last90Days));
    m_range->addItem(tr("This year"), int(DateRange::ThisYear));

    createSearch(layout);
    for (QComboBox *combo : {m_channel, m_outcome, m_range})
        connect(combo, &QComboBox::currentIndexChanged, this, &OutreachFilterRow::filtersChanged);
}

QComboBox *OutreachFilterRow::addFilter(QHBoxLayout *layout, const QString &label,
                                        const QString &objectName, const QString &accessibleName)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(combo);
    layout->addWidget(caption);
    layout->addWidget(combo);
    layout->addSpacing(6);
    return combo;
}

void OutreachFilterRow::createSearch(QHBoxLayout *layout)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"outreachContactSearch"_s);
    m_search->setAccessibleName(tr("Contact name"));
    m_search->setPlaceholderText(tr("Name"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    auto *searchLabel = new QLabel(tr("Contac&t:"), this);
    searchLabel->setBuddy(m_search);
    layout->addWidget(searchLabel);
    layout->addWidget(m_search, 1);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &OutreachFilterRow::filtersChanged);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        emit searchEdited();
        m_searchTimer->start();
    });
}

OutreachFilter OutreachFilterRow::filter() const
{
    OutreachFilter filter;
    filter.channel = m_channel->currentData().toString();
    filter.outcome = m_outcome->currentData().toString();
    const QDate today = QDate::currentDate();
    switch (DateRange(m_range->currentData().toInt())) {
    case DateRange::AllTime:
        break;
    case DateRange::Last7Days:
        filter.since = today.addDays(-6);
        break;
    case DateRange::Last30Days:
        filter.since = today.addDays(-29);
        break;
    case DateRange::Last90Days:
        filter.since = today.addDays(-89);
        break;
    case DateRange::ThisYear:
        filter.since = QDate(today.year(), 1, 1);
        break;
    }
    return filter;
}

QString OutreachFilterRow::searchText() const
{
    return m_search->text();
}

void OutreachFilterRow::setChannel(const QString &channel)
{
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(channel)));
}

void OutreachFilterRow::setOutcome(const QString &outcome)
{
    m_outcome->setCurrentIndex(qMax(0, m_outcome->findData(outcome)));
}

void OutreachFilterRow::setDateRange(DateRange range)
{
    m_range->setCurrentIndex(qMax(0, m_range->findData(int(range))));
}

void OutreachFilterRow::setSearchTextSilently(const QString &text)
{
    {
        const QSignalBlocker blocker(m_search);
        m_search->setText(text);
    }
    m_searchTimer->stop();
}

void OutreachFilterRow::setSilently(const QString &channel, const QString &outcome, DateRange range)
{
    const QSignalBlocker channelBlocker(m_channel);
    const QSignalBlocker outcomeBlocker(m_outcome);
    const QSignalBlocker rangeBlocker(m_range);
    setChannel(channel);
    setOutcome(outcome);
    setDateRange(range);
}

void OutreachFilterRow::cancelPendingSearch()
{
    m_searchTimer->stop();
}

} // namespace rapport
