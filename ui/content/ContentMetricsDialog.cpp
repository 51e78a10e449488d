#include "content/ContentMetricsDialog.h"

#include "common/DateField.h"
#include "common/ErrorBanner.h"
#include "content/ContentTableModel.h"
#include "domain/EngagementRate.h"
#include "store/ContentStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

enum HistoryColumn {
    DateColumn,
    ViewsColumn,
    ReactionsColumn,
    CommentsColumn,
    SharesColumn,
    RateColumn
};

} // namespace

ContentMetricsDialog::ContentMetricsDialog(const ContentStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(u"contentMetricsDialog"_s);
    setWindowTitle(tr("Add Numbers"));
    setAccessibleName(tr("Add numbers"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(createForm());
    QLabel *historyLabel = createHistory();
    layout->addWidget(historyLabel);
    layout->addWidget(m_historyView, 1);
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
    connect(m_date, &DateField::dateChanged, this, &ContentMetricsDialog::dateChanged);
    connect(m_date, &QLineEdit::textChanged, this, &ContentMetricsDialog::updateState);

    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    pieceChanged();
}

QFormLayout *ContentMetricsDialog::createForm()
{
    auto *form = new QFormLayout;
    // The piece's name grows with the dialog; dates and counts keep the
    // width their values need.
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
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

    m_date = new DateField(this);
    m_date->setObjectName(u"dateEdit"_s);
    m_date->setMaximumDate(QDate::currentDate());
    m_date->setDate(QDate::currentDate());
    m_date->setAccessibleName(tr("Numbers as of"));
    auto *dateLabel = new QLabel(tr("Numbers as &of:"), this);
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, m_date);

    m_views = addCount(u"viewsEdit"_s, tr("&Views:"), form);
    m_reactions = addCount(u"reactionsEdit"_s, tr("&Reactions:"), form);
    m_comments = addCount(u"commentsEdit"_s, tr("&Comments:"), form);
    m_shares = addCount(u"sharesEdit"_s, tr("&Shares:"), form);

    m_startNote = new QLabel(this);
    m_startNote->setObjectName(u"startNote"_s);
    m_startNote->setWordWrap(true);
    form->addRow(QString(), m_startNote);

    m_replaceNote = new QLabel(this);
    m_replaceNote->setObjectName(u"replaceNote"_s);
    m_replaceNote->setWordWrap(true);
    form->addRow(QString(), m_replaceNote);

    return form;
}

QLabel *ContentMetricsDialog::createHistory()
{
    auto *historyLabel = new QLabel(tr("&Readings of this piece, newest first:"), this);
    m_historyView = new QTreeWidget(this);
    m_historyView->setObjectName(u"historyView"_s);
    m_historyView->setAccessibleName(tr("Readings of this piece"));
    m_historyView->setRootIsDecorated(false);
    m_historyView->setUniformRowHeights(true);
    m_historyView->setSelectionMode(QAbstractItemView::NoSelection);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setHeaderLabels(
        {tr("Date"), tr("Views"), tr("Reactions"), tr("Comments"), tr("Shares"), tr("Rate")});
    m_historyView->headerItem()->setToolTip(
        RateColumn, tr("Engagement rate: (reactions + comments + shares) ÷ views of that reading"));
    for (int column = ViewsColumn; column <= RateColumn; ++column)
        m_historyView->headerItem()->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    m_historyView->header()->setStretchLastSection(false);
    m_historyView->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_historyView->setMinimumHeight(fontMetrics().lineSpacing() * 8);
    historyLabel->setBuddy(m_historyView);
    m_noHistory = new QLabel(tr("No numbers recorded for this piece yet; the ones you add now "
                                "start its history."),
                             this);
    m_noHistory->setObjectName(u"noHistoryLabel"_s);
    m_noHistory->setWordWrap(true);

    return historyLabel;
}

QLineEdit *ContentMetricsDialog::addCount(const QString &objectName, const QString &label,
                                          QFormLayout *form)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setValidator(new QIntValidator(0, MaxCount, edit));
    edit->setAlignment(Qt::AlignRight);
    edit->setPlaceholderText(tr("not known"));
    edit->setClearButtonEnabled(true);
    edit->setToolTip(tr("Leave empty when you do not know it: an empty count is unknown, not 0."));
    edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QLocale().toString(MaxCount)) +
                          fontMetrics().averageCharWidth() * 8);
    auto *labelWidget = new QLabel(label, this);
    labelWidget->setBuddy(edit);
    edit->setAccessibleName(labelWidget->text().remove(u'&').remove(u':'));
    form->addRow(labelWidget, edit);
    connect(edit, &QLineEdit::textChanged, this, [this] {
        if (m_filling)
            return;
        m_countsTouched = true;
        updateState();
    });
    return edit;
}

void ContentMetricsDialog::setCount(QLineEdit *edit, const std::optional<int> &value)
{
    edit->setText(value ? QString::number(*value) : QString());
}

bool ContentMetricsDialog::readCount(const QLineEdit *edit, std::optional<int> *value)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty()) {
        *value = std::nullopt;
        return true;
    }
    bool ok = false;
    const int number = QLocale().toInt(text, &ok);
    if (!ok)
        return false;
    *value = number;
    return number >= 0;
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
    readCount(m_views, &m.views);
    readCount(m_reactions, &m.reactions);
    readCount(m_comments, &m.comments);
    readCount(m_shares, &m.shares);
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
    // Another piece starts from its own numbers.
    m_countsTouched = false;
    fillHistory();
    dateChanged();
}

void ContentMetricsDialog::dateChanged()
{
    // The day's own reading is where editing it starts; otherwise the
    // latest one, so typing only what moved keeps the rest. Not once the
    // user has typed numbers of their own.
    const auto existing = replaced();
    if (!m_countsTouched) {
        m_startedFrom = existing;
        if (!m_startedFrom && !m_history.isEmpty())
            m_startedFrom = m_history.last();
        const QScopedValueRollback<bool> filling(m_filling, true);
        const ContentMetrics values = m_startedFrom.value_or(ContentMetrics());
        setCount(m_views, values.views);
        setCount(m_reactions, values.reactions);
        setCount(m_comments, values.comments);
        setCount(m_shares, values.shares);
    }
    const bool fromLatest = m_startedFrom && !existing && !m_countsTouched;
    m_startNote->setText(
        fromLatest ? tr("Starting from the numbers of %1: change what moved, "
                        "empty a count you do not know.")
                         .arg(QLocale().toString(m_startedFrom->takenOn, QLocale::LongFormat))
                   : QString());
    m_startNote->setVisible(fromLatest);
    updateState();
}

void ContentMetricsDialog::fillHistory()
{
    const QLocale locale;
    m_historyView->clear();
    const auto count = [&locale](const std::optional<int> &value) {
        return value ? locale.toString(*value) : tr("?");
    };
    for (auto it = m_history.crbegin(); it != m_history.crend(); ++it) {
        auto *item = new QTreeWidgetItem(m_historyView);
        item->setText(DateColumn, locale.toString(it->takenOn, QLocale::ShortFormat));
        item->setToolTip(DateColumn, locale.toString(it->takenOn, QLocale::LongFormat));
        item->setText(ViewsColumn, count(it->views));
        item->setText(ReactionsColumn, count(it->reactions));
        item->setText(CommentsColumn, count(it->comments));
        item->setText(SharesColumn, count(it->shares));
        const EngagementRate rate = EngagementRate::ofReading(*it);
        item->setText(RateColumn, rate.text(locale));
        item->setToolTip(RateColumn, rate.explanation(locale));
        for (int column = ViewsColumn; column <= RateColumn; ++column)
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
    // What is wrong, beside the fields, while OK waits for it.
    const QString text = problem();
    m_ok->setEnabled(pieceId() > 0 && text.isEmpty());
    if (text.isEmpty())
        m_error->clear();
    else
        m_error->showMessage(text);
}

QString ContentMetricsDialog::problem() const
{
    if (const QString date = m_date->problem(); !date.isEmpty())
        return tr("Numbers as of: %1").arg(date);
    for (const QLineEdit *edit : {m_views, m_reactions, m_comments, m_shares}) {
        std::optional<int> value;
        if (!readCount(edit, &value))
            return tr("%1 must be a whole number from 0 to %2, or empty when you do not know it.")
                .arg(edit->accessibleName(), QLocale().toString(MaxCount));
    }
    const ContentMetrics reading = metrics();
    if (!reading.views && !reading.hasAnyCount())
        return tr("Enter at least one number; leave the ones you do not know empty.");
    return {};
}

void ContentMetricsDialog::accept()
{
    if (!m_ok->isEnabled())
        return;
    for (const QLineEdit *edit : {m_views, m_reactions, m_comments, m_shares}) {
        std::optional<int> value;
        if (!readCount(edit, &value)) {
            m_error->showMessage(tr("%1 must be a whole number from 0 to %2, or empty when you "
                                    "do not know it.")
                                     .arg(edit->accessibleName(), QLocale().toString(MaxCount)));
            return;
        }
    }
    const ContentMetrics reading = metrics();
    if (!reading.views && !reading.hasAnyCount()) {
        m_error->showMessage(tr("Enter at least one number; leave the ones you do not know "
                                "empty."));
        return;
    }
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
