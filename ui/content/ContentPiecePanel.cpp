#include "content/ContentPiecePanel.h"

#include "common/TierStyle.h"
#include "store/ContentStore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

constexpr int ContactIdRole = Qt::UserRole + 1;

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QTreeWidget *list(const QString &objectName, const QStringList &columns, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setColumnCount(int(columns.size()));
    tree->setHeaderLabels(columns);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    return tree;
}

// One row height for both lists: the people's rows carry an engagement
// dot, the readings' none, and side by side they should line up.
QSize rowSize(const QWidget *list)
{
    const int icon = list->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, list);
    // A width of 1: the first column stretches, so only the height counts.
    return QSize(1, std::max(list->fontMetrics().height(), icon) + 4);
}

QString count(const std::optional<int> &value)
{
    // A number not read is unknown, never zero.
    return value ? QLocale().toString(*value) : ContentPiecePanel::tr("—");
}

} // namespace

ContentPiecePanel::ContentPiecePanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"contentPiecePanel"_s);
    setAccessibleName(tr("The selected piece: who engaged and its readings"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(createEngagers(), 3);
    layout->addWidget(createReadings(), 2);
    showPiece(0);
}

QWidget *ContentPiecePanel::createEngagers()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_engagersHeading = heading(tr("Who engaged"), box);
    layout->addWidget(m_engagersHeading);
    m_engagers = list(u"contentEngagersList"_s, {tr("Name"), tr("Engagement"), tr("Date")}, box);
    m_engagers->setAccessibleName(tr("Who engaged with this piece, newest first"));
    m_engagers->setToolTip(tr("Double-click a person (or press Enter) to open them in Contacts"));
    m_engagersHeading->setBuddy(m_engagers);
    connect(m_engagers, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { activate(item); });
    layout->addWidget(m_engagers, 1);
    return box;
}

QWidget *ContentPiecePanel::createReadings()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_readingsHeading = heading(tr("Readings"), box);
    layout->addWidget(m_readingsHeading);
    m_readings =
        list(u"contentReadingsList"_s,
             {tr("Date"), tr("Views"), tr("Reactions"), tr("Comments"), tr("Shares")}, box);
    m_readings->setAccessibleName(tr("The piece's numbers as read on each date, newest first"));
    m_readingsHeading->setBuddy(m_readings);
    layout->addWidget(m_readings, 1);
    return box;
}

void ContentPiecePanel::setStore(ContentStore *store)
{
    m_store = store;
    showPiece(0);
}

void ContentPiecePanel::showPiece(qint64 pieceId)
{
    m_pieceId = m_store ? pieceId : 0;
    refresh();
}

void ContentPiecePanel::refresh()
{
    setEnabled(m_pieceId > 0);
    m_stale = true;
    if (isVisible())
        fillIfStale();
}

void ContentPiecePanel::fillIfStale()
{
    if (!m_stale)
        return;
    m_stale = false;
    fillEngagers();
    fillReadings();
}

void ContentPiecePanel::showEvent(QShowEvent *event)
{
    fillIfStale();
    QWidget::showEvent(event);
}

QTreeWidget *ContentPiecePanel::engagersList()
{
    fillIfStale();
    return m_engagers;
}

QTreeWidget *ContentPiecePanel::readingsList()
{
    fillIfStale();
    return m_readings;
}

void ContentPiecePanel::fillEngagers()
{
    m_engagers->clear();
    const QList<ContentEngager> rows =
        m_store && m_pieceId > 0 ? m_store->engagers(m_pieceId) : QList<ContentEngager>();
    const QLocale locale;
    for (const ContentEngager &row : rows) {
        auto *item = new QTreeWidgetItem(m_engagers);
        item->setText(0, row.name);
        item->setIcon(1, TierStyle::kindIcon(row.kind));
        item->setText(1, TierStyle::kindLabel(row.kind));
        item->setText(2, locale.toString(row.date, QLocale::ShortFormat));
        item->setToolTip(2, locale.toString(row.date, QLocale::LongFormat));
        item->setData(0, ContactIdRole, row.contactId);
        item->setSizeHint(0, rowSize(m_engagers));
    }
    if (m_pieceId > 0 && rows.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_engagers);
        item->setText(0, tr("Nobody logged yet: record likes, comments and shares on this "
                            "piece with Contact ▸ Quick Capture."));
        item->setFlags(Qt::NoItemFlags);
        item->setFirstColumnSpanned(true);
    }
    QSet<qint64> people;
    for (const ContentEngager &row : rows)
        people.insert(row.contactId);
    // No English plural forms are loaded: "(s)" would show as it is.
    const int n = int(people.size());
    m_engagersHeading->setText(rows.isEmpty() ? tr("Who engaged")
                               : n == 1       ? tr("Who engaged: 1 person")
                                              : tr("Who engaged: %Ln people", nullptr, n));
}

void ContentPiecePanel::fillReadings()
{
    m_readings->clear();
    QList<ContentMetrics> history =
        m_store && m_pieceId > 0 ? m_store->metrics(m_pieceId) : QList<ContentMetrics>();
    const QLocale locale;
    // The store gives them oldest first; the latest reading leads here.
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        auto *item = new QTreeWidgetItem(m_readings);
        item->setText(0, locale.toString(it->takenOn, QLocale::ShortFormat));
        item->setText(1, count(it->views));
        item->setText(2, count(it->reactions));
        item->setText(3, count(it->comments));
        item->setText(4, count(it->shares));
        item->setSizeHint(0, rowSize(m_readings));
        for (int column = 1; column < 5; ++column)
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (m_pieceId > 0 && history.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_readings);
        item->setText(0, tr("No numbers yet: add what LinkedIn shows with Add Numbers…"));
        item->setFlags(Qt::NoItemFlags);
        item->setFirstColumnSpanned(true);
    }
    m_readingsHeading->setText(
        history.isEmpty() ? tr("Readings") : tr("Readings: %Ln", nullptr, int(history.size())));
}

void ContentPiecePanel::activate(QTreeWidgetItem *item)
{
    const qint64 contactId = item ? item->data(0, ContactIdRole).toLongLong() : 0;
    if (contactId > 0)
        emit contactActivated(contactId);
}

} // namespace rapport
