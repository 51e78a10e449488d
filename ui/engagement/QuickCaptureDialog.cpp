#include "engagement/QuickCaptureDialog.h"

#include "common/ThemedIcon.h"
#include "common/TierStyle.h"
#include "store/ContactStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

enum PreviewColumn { LineColumn, TextColumn, ResultColumn, ColumnCount };

constexpr qint64 IgnoreChoice = -1;
constexpr qint64 NewChoice = 0;
constexpr int previewDelayMs = 200;

} // namespace

QuickCaptureDialog::QuickCaptureDialog(QuickCapture &capture, const ContactStore &contacts,
                                       const QList<ContentPiece> &pieces, QWidget *parent)
    : SavingDialog(parent)
    , m_capture(capture)
    , m_contacts(contacts)
{
    setObjectName(u"quickCaptureDialog"_s);
    setWindowTitle(tr("Quick Capture"));
    resize(860, 620);
    auto *layout = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"kindCombo"_s);
    m_kind->setAccessibleName(tr("What they did"));
    for (EngagementKind kind : EngagementKinds::all())
        m_kind->addItem(TierStyle::kindIcon(kind), TierStyle::kindLabel(kind), int(kind));
    m_kind->setCurrentIndex(EngagementKinds::index(EngagementKind::Like));
    form->addRow(tr("&What they did:"), m_kind);

    m_content = new QComboBox(this);
    m_content->setObjectName(u"contentCombo"_s);
    m_content->setAccessibleName(tr("On which post or article"));
    m_content->addItem(tr("Not on a particular post or article"), 0);
    const QLocale locale;
    for (const ContentPiece &p : pieces) {
        const QString kind = p.kind == ContentKind::Article ? tr("Article") : tr("Post");
        QString text = tr("%1: %2").arg(kind, p.title);
        if (p.publishedOn.isValid())
            text += tr(" (%1)").arg(locale.toString(p.publishedOn, QLocale::ShortFormat));
        m_content->addItem(text, p.id);
    }
    if (!pieces.isEmpty())
        m_content->setCurrentIndex(1); // the newest piece: usually the one being reviewed
    form->addRow(tr("&On:"), m_content);

    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(u"dateEdit"_s);
    m_date->setAccessibleName(tr("When"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate());
    form->addRow(tr("&When:"), m_date);
    layout->addLayout(form);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    m_text = new QPlainTextEdit(split);
    m_text->setObjectName(u"namesEdit"_s);
    m_text->setAccessibleName(tr("Names, one per line"));
    m_text->setPlaceholderText(
        tr("Paste names here, one per line. A list copied from a post's reactions or comments "
           "works as it is: headlines, “• 2nd”, “Follow” and the like are recognised and "
           "left out. Profile URLs match best."));
    m_text->setTabChangesFocus(true);
    split->addWidget(m_text);

    m_preview = new QTableWidget(0, ColumnCount, split);
    m_preview->setObjectName(u"capturePreview"_s);
    m_preview->setAccessibleName(tr("Preview: who each line is"));
    m_preview->setHorizontalHeaderLabels({tr("Line"), tr("Pasted"), tr("Who")});
    m_preview->verticalHeader()->hide();
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    m_preview->horizontalHeader()->setSectionResizeMode(LineColumn, QHeaderView::ResizeToContents);
    m_preview->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_preview->horizontalHeader()->setSectionResizeMode(ResultColumn, QHeaderView::Stretch);
    split->addWidget(m_preview);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"captureSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    addErrorLine(layout);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_logButton = buttons->addButton(tr("&Log"), QDialogButtonBox::AcceptRole);
    m_logButton->setObjectName(u"logButton"_s);
    m_logButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(previewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &QuickCaptureDialog::updatePreview);
    connect(m_text, &QPlainTextEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &QuickCaptureDialog::updateSummary);

    m_text->setFocus();
    updatePreview();
    setOkButton(m_logButton);
}

void QuickCaptureDialog::accept()
{
    if (m_previewTimer->isActive())
        updatePreview();
    SavingDialog::accept();
}

QuickCapture::Event QuickCaptureDialog::captureEvent() const
{
    QuickCapture::Event e;
    e.kind = EngagementKind(m_kind->currentData().toInt());
    e.contentId = m_content->currentData().toLongLong();
    e.date = m_date->date();
    return e;
}

void QuickCaptureDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
    updatePreview();
}

void QuickCaptureDialog::setKind(EngagementKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void QuickCaptureDialog::setContentId(qint64 contentId)
{
    const int index = m_content->findData(contentId);
    if (index >= 0)
        m_content->setCurrentIndex(index);
}

void QuickCaptureDialog::setDate(const QDate &date)
{
    m_date->setDate(date);
}

QString QuickCaptureDialog::describe(qint64 contactId) const
{
    // Namesakes told apart as a person would: what they do, where, and where
    // they live ("Sam Taylor · Recruiter · Acme · Berlin").
    const std::optional<Contact> c = m_contacts.get(contactId);
    if (!c)
        return tr("contact %1").arg(contactId);
    constexpr qsizetype longestPosition = 60;
    QString position = c->position.simplified();
    if (position.size() > longestPosition)
        position = position.left(longestPosition - 1).trimmed() + u'…';
    QStringList parts{c->fullName()};
    for (const QString &part : {position, c->company.simplified(), c->location.simplified()}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(u" · "_s);
}

void QuickCaptureDialog::updatePreview()
{
    m_previewTimer->stop();
    m_items = m_capture.plan(m_text->toPlainText());
    m_preview->setRowCount(0);
    m_preview->setRowCount(int(m_items.size()));
    for (int row = 0; row < m_items.size(); ++row)
        fillRow(row);
    updateSummary();
}

void QuickCaptureDialog::fillRow(int row)
{
    const CaptureItem &item = m_items.at(row);
    auto *line = new QTableWidgetItem(QString::number(item.line.lineNumber));
    line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_preview->setItem(row, LineColumn, line);
    m_preview->setItem(row, TextColumn, new QTableWidgetItem(item.line.text));
    m_preview->removeCellWidget(row, ResultColumn);

    const bool named = item.line.kind == CaptureLine::Name;
    if (!named || item.status == CaptureItem::Ignored) {
        QString why = item.line.kind == CaptureLine::Blank
                          ? QString()
                          : tr("Ignored: %1").arg(item.line.ignoredReason);
        auto *result = new QTableWidgetItem(why);
        result->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        m_preview->item(row, TextColumn)->setForeground(result->foreground());
        m_preview->setItem(row, ResultColumn, result);
        return;
    }

    // A name: a choice of who it is, shown as a combo box.
    auto *combo = new QComboBox(m_preview);
    combo->setAccessibleName(tr("Who line %1 is").arg(item.line.lineNumber));
    switch (item.status) {
    case CaptureItem::Matched:
        combo->addItem(ThemedIcon::icon(u"matched"_s),
                       tr("%1 (matched by %2)").arg(describe(item.contactId), item.how),
                       item.contactId);
        break;
    case CaptureItem::Ambiguous:
        combo->addItem(tr("Several contacts have this name — choose who it is…"), IgnoreChoice);
        for (qint64 id : item.candidates) {
            combo->addItem(describe(id), id);
            combo->setItemData(combo->count() - 1, describe(id), Qt::ToolTipRole);
        }
        break;
    case CaptureItem::New:
    case CaptureItem::Ignored:
        break;
    }
    combo->addItem(
        tr("New contact: %1").arg(item.line.name.isEmpty() ? item.line.text : item.line.name),
        NewChoice);
    combo->addItem(tr("Ignore this line"), IgnoreChoice);
    if (item.status == CaptureItem::New)
        combo->setCurrentIndex(combo->count() - 2);
    else if (item.status == CaptureItem::Ignored)
        combo->setCurrentIndex(combo->count() - 1);
    if (item.status == CaptureItem::Ambiguous)
        combo->setCurrentIndex(0);
    const bool ambiguous = item.status == CaptureItem::Ambiguous;
    connect(combo, &QComboBox::activated, this, [this, row, combo, ambiguous](int index) {
        CaptureItem &it = m_items[row];
        const qint64 choice = combo->itemData(index).toLongLong();
        if (index == combo->count() - 2) {
            it.status = CaptureItem::New;
            it.contactId = 0;
        } else if (index == combo->count() - 1 || (ambiguous && index == 0)) {
            it.status = ambiguous && index == 0 ? CaptureItem::Ambiguous : CaptureItem::Ignored;
            it.contactId = 0;
        } else {
            it.status = ambiguous ? CaptureItem::Ambiguous : CaptureItem::Matched;
            it.contactId = choice;
        }
        updateSummary();
    });
    m_preview->setCellWidget(row, ResultColumn, combo);
}

void QuickCaptureDialog::choose(int row, qint64 choice)
{
    auto *combo = qobject_cast<QComboBox *>(m_preview->cellWidget(row, ResultColumn));
    if (!combo)
        return;
    int index = -1;
    if (choice == IgnoreChoice)
        index = combo->count() - 1;
    else if (choice == NewChoice)
        index = combo->count() - 2;
    else
        index = combo->findData(choice);
    if (index < 0)
        return;
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

QString QuickCaptureDialog::summaryText() const
{
    return m_summary->text();
}

void QuickCaptureDialog::updateSummary()
{
    int matched = 0;
    int fresh = 0;
    int open = 0;
    int ignored = 0;
    int firstOpenLine = 0;
    for (const CaptureItem &item : std::as_const(m_items)) {
        if (item.line.kind == CaptureLine::Blank)
            continue;
        if (item.status == CaptureItem::Ambiguous && item.contactId <= 0) {
            ++open;
            if (firstOpenLine == 0)
                firstOpenLine = item.line.lineNumber;
        } else if (item.status == CaptureItem::New) {
            ++fresh;
        } else if (item.logs()) {
            ++matched;
        } else {
            ++ignored;
        }
    }
    const QLocale locale;
    QStringList parts;
    parts << tr("%1 matched").arg(locale.toString(matched))
          << tr("%1 new").arg(locale.toString(fresh));
    if (open > 0)
        parts << tr("%1 to choose").arg(locale.toString(open));
    parts << tr("%1 ignored").arg(locale.toString(ignored));
    QString text = parts.join(u" · "_s);
    if (open > 0)
        text +=
            u"\n"_s + tr("Choose who line %1 is (or ignore it) before logging.").arg(firstOpenLine);
    m_summary->setText(m_items.isEmpty() ? tr("Paste or type names above to see who they are.")
                                         : text);
    const int toLog = matched + fresh;
    m_problem = m_items.isEmpty() ? tr("Paste or type the names first.")
                : open > 0   ? tr("Choose who line %1 is (or ignore it) first.").arg(firstOpenLine)
                : toLog == 0 ? tr("Every line is ignored: there is nobody to log.")
                             : QString();
    updateOk();
    m_logButton->setText(toLog == 0   ? tr("&Log")
                         : toLog == 1 ? tr("&Log 1 Person")
                                      : tr("&Log %1 People").arg(locale.toString(toLog)));
}

} // namespace rapport
