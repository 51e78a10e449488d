#include "ContentMetricsDialog.h"

#include "ContentTableModel.h"
#include "ErrorBanner.h"
#include "store/ContentStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

enum HistoryColumn { DateColumn, ViewsColumn, ReactionsColumn, CommentsColumn, SharesColumn };

} // namespace

ContentMetricsDialog::ContentMetricsDialog(const ContentStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(u"contentMetricsDialog"_s);
    setWindowTitle(tr("Add Numbers"));
    setAccessibleName(tr("Add numbers"));

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    // The piece's name grows with the dialog; dates and counts keep the
    // width their values need.
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(form);

    const QLocale locale;
    m_pieces = m_store.all();
    m_piece = new QComboBox(this);
    m_piece->setObjectName(u"pieceCombo"_s);
    m_piece->setAccessibleName(tr("Post or article"));
    m_piece->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_piece->setMinimumContentsLength(40);
    m_piece->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    for (const ContentPiece &p : std::as_const(m_pieces)) {
        const QString date = p.publishedOn.isValid()
                                 ? locale.toString(p.publishedOn, QLocale::ShortFormat)
                                 : tr("no date");
        m_piece->addItem(tr("%1 · %2 (%3)").arg(ContentTableModel::kindText(p.kind), p.title, date),
                         p.id);
    }
    auto *pieceLabel = new QLabel(tr("&Post or article:"), this);
    pieceLabel->setBuddy(m_piece);
    form->addRow(pieceLabel, m_piece);

    m_date = new QDateEdit(this);
    m_date->setObjectName(u"dateEdit"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(locale.dateFormat(QLocale::ShortFormat));
    m_date->setMaximumDate(QDate::currentDate());
    m_date->setDate(QDate::currentDate());
    m_date->setAccessibleName(tr("Numbers as of"));
    auto *dateLabel = new QLabel(tr("Numbers as &of:"), this);
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, m_date);

    m_views = addCount(u"viewsSpin"_s, tr("&Views:"), form);
    m_reactions = addCount(u"reactionsSpin"_s, tr("&Reactions:"), form);
    m_comments = addCount(u"commentsSpin"_s, tr("&Comments:"), form);
    m_shares = addCount(u"sharesSpin"_s, tr("&Shares:"), form);

    m_replaceNote = new QLabel(this);
    m_replaceNote->setObjectName(u"replaceNote"_s);
    m_replaceNote->setWordWrap(true);
    form->addRow(QString(), m_replaceNote);

    auto *historyLabel = new QLabel(tr("&Earlier numbers, newest first:"), this);
    layout->addWidget(historyLabel);
    m_historyView = new QTreeWidget(this);
    m_historyView->setObjectName(u"historyView"_s);
    m_historyView->setAccessibleName(tr("Earlier numbers"));
    m_historyView->setRootIsDecorated(false);
    m_historyView->setUniformRowHeights(true);
    m_historyView->setSelectionMode(QAbstractItemView::NoSelection);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setHeaderLabels(
        {tr("Date"), tr("Views"), tr("Reactions"), tr("Comments"), tr("Shares")});
    for (int column = ViewsColumn; column <= SharesColumn; ++column)
        m_historyView->headerItem()->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    m_historyView->header()->setStretchLastSection(false);
    m_historyView->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_historyView->setMinimumHeight(fontMetrics().lineSpacing() * 8);
    historyLabel->setBuddy(m_historyView);
    layout->addWidget(m_historyView, 1);
    m_noHistory = new QLabel(tr("No numbers recorded for this piece yet; the ones you add now "
                                "start its history."),
                             this);
    m_noHistory->setObjectName(u"noHistoryLabel"_s);
    m_noHistory->setWordWrap(true);
    layout->addWidget(m_noHistory);

    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(u"okButton"_s);
    m_ok->setText(tr("&Add Numbers"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ContentMetricsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ContentMetricsDialog::reject);

    connect(m_piece, &QComboBox::currentIndexChanged, this, &ContentMetricsDialog::pieceChanged);
    connect(m_date, &QDateEdit::dateChanged, this, &ContentMetricsDialog::dateChanged);

    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    pieceChanged();
}

QSpinBox *ContentMetricsDialog::addCount(const QString &objectName, const QString &label,
                                         QFormLayout *form)
{
    auto *spin = new QSpinBox(this);
    spin->setObjectName(objectName);
    spin->setRange(0, MaxCount);
    spin->setGroupSeparatorShown(true);
    spin->setAlignment(Qt::AlignRight);
    spin->setMinimumWidth(spin->fontMetrics().horizontalAdvance(QLocale().toString(MaxCount)) +
                          fontMetrics().averageCharWidth() * 6);
    auto *labelWidget = new QLabel(label, this);
    labelWidget->setBuddy(spin);
    spin->setAccessibleName(labelWidget->text().remove(u'&').remove(u':'));
    form->addRow(labelWidget, spin);
    connect(spin, &QSpinBox::valueChanged, this, [this] {
        if (!m_filling)
            m_countsTouched = true;
        m_error->clear();
    });
    return spin;
}

void ContentMetricsDialog::setPieceId(qint64 pieceId)
{
    const int index = m_piece->findData(pieceId);
    if (index >= 0)
        m_piece->setCurrentIndex(index);
}

qint64 ContentMetricsDialog::pieceId() const
{
    return m_piece->currentData().toLongLong();
}

ContentMetrics ContentMetricsDialog::metrics() const
{
    ContentMetrics m;
    m.contentId = pieceId();
    m.takenOn = m_date->date();
    m.views = m_views->value();
    m.reactions = m_reactions->value();
    m.comments = m_comments->value();
    m.shares = m_shares->value();
    return m;
}

std::optional<ContentMetrics> ContentMetricsDialog::replaced() const
{
    for (const ContentMetrics &snapshot : m_history) {
        if (snapshot.takenOn == m_date->date())
            return snapshot;
    }
    return std::nullopt;
}

QString ContentMetricsDialog::errorText() const
{
    return m_error->message();
}

void ContentMetricsDialog::pieceChanged()
{
    m_history = pieceId() > 0 ? m_store.metrics(pieceId()) : QList<ContentMetrics>();
    fillHistory();
    dateChanged();
}

void ContentMetricsDialog::dateChanged()
{
    // The numbers a day already has are where editing it starts, unless the
    // user has typed some of their own.
    const auto existing = replaced();
    if (!m_countsTouched) {
        const QScopedValueRollback<bool> filling(m_filling, true);
        const ContentMetrics values = existing.value_or(ContentMetrics());
        m_views->setValue(values.views);
        m_reactions->setValue(values.reactions);
        m_comments->setValue(values.comments);
        m_shares->setValue(values.shares);
    }
    updateState();
}

void ContentMetricsDialog::fillHistory()
{
    const QLocale locale;
    m_historyView->clear();
    for (auto it = m_history.crbegin(); it != m_history.crend(); ++it) {
        auto *item = new QTreeWidgetItem(m_historyView);
        item->setText(DateColumn, locale.toString(it->takenOn, QLocale::ShortFormat));
        item->setToolTip(DateColumn, locale.toString(it->takenOn, QLocale::LongFormat));
        item->setText(ViewsColumn, locale.toString(it->views));
        item->setText(ReactionsColumn, locale.toString(it->reactions));
        item->setText(CommentsColumn, locale.toString(it->comments));
        item->setText(SharesColumn, locale.toString(it->shares));
        for (int column = ViewsColumn; column <= SharesColumn; ++column)
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_historyView->setVisible(!m_history.isEmpty());
    m_noHistory->setVisible(m_history.isEmpty() && pieceId() > 0);
}

void ContentMetricsDialog::updateState()
{
    const auto existing = replaced();
    m_replaceNote->setText(
        existing ? tr("You already added numbers for %1; saving replaces them.")
                       .arg(QLocale().toString(existing->takenOn, QLocale::LongFormat))
                 : QString());
    m_replaceNote->setVisible(existing.has_value());
    m_ok->setText(existing ? tr("&Replace Numbers") : tr("&Add Numbers"));
    m_ok->setEnabled(pieceId() > 0 && m_date->date().isValid());
    m_error->clear();
}

void ContentMetricsDialog::accept()
{
    if (!m_ok->isEnabled())
        return;
    if (m_save) {
        QString error;
        if (!m_save(metrics(), &error)) {
            m_error->showMessage(error.isEmpty() ? tr("The numbers could not be saved.") : error);
            return;
        }
    }
    QDialog::accept();
}

} // namespace rapport
