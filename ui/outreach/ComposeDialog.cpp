#include "outreach/ComposeDialog.h"

#include "common/OutreachStyle.h"
#include "outreach/CharacterLimits.h"
#include "outreach/MessageLinter.h"
#include "outreach/ReinviteRule.h"
#include "outreach/TemplateRenderer.h"
#include "outreach/TemplatesDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTextBlock>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

constexpr int checkDelayMs = 250;

} // namespace

ComposeDialog::ComposeDialog(const Contact &contact, const QList<MessageTemplate> &templates,
                             const QHash<QString, QString> &values, int noteLimit, QWidget *parent)
    : QDialog(parent)
    , m_contact(contact)
    , m_templates(templates)
    , m_values(values)
    , m_noteLimit(noteLimit)
    , m_open([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(u"composeDialog"_s);
    setWindowTitle(tr("Compose for %1").arg(contact.fullName()));
    resize(900, 620);
    auto *layout = new QVBoxLayout(this);

    QStringList about{contact.fullName()};
    if (!contact.position.isEmpty())
        about << contact.position;
    if (!contact.company.isEmpty())
        about << contact.company;
    auto *to = new QLabel(tr("To: %1").arg(about.join(u" · "_s)), this);
    to->setObjectName(u"toLabel"_s);
    to->setWordWrap(true);
    layout->addWidget(to);

    auto *form = new QFormLayout;
    auto *row = new QHBoxLayout;
    m_channel = new QComboBox(this);
    m_channel->setObjectName(u"channelCombo"_s);
    m_channel->setAccessibleName(tr("Channel"));
    for (const QString &c : Outreach::channels())
        m_channel->addItem(OutreachStyle::channelLabel(c), c);
    row->addWidget(m_channel, 1);
    m_direction = new QComboBox(this);
    m_direction->setObjectName(u"directionCombo"_s);
    m_direction->setAccessibleName(tr("Who sent it"));
    m_direction->addItem(tr("Sent by me"), u"out"_s);
    m_direction->addItem(tr("Received from them"), u"in"_s);
    row->addWidget(m_direction);
    m_when = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_when->setObjectName(u"whenEdit"_s);
    m_when->setAccessibleName(tr("When"));
    m_when->setCalendarPopup(true);
    m_when->setMaximumDateTime(QDateTime::currentDateTime().addSecs(3600));
    row->addWidget(m_when);
    auto *channelCaption = new QLabel(tr("&Channel:"), this);
    channelCaption->setBuddy(m_channel);
    form->addRow(channelCaption, row);
    m_template = new QComboBox(this);
    m_template->setObjectName(u"templateCombo"_s);
    m_template->setAccessibleName(tr("Template"));
    form->addRow(tr("&Template:"), m_template);

    auto *subjectRow = new QHBoxLayout;
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(u"subjectEdit"_s);
    m_subject->setAccessibleName(tr("Subject"));
    subjectRow->addWidget(m_subject, 1);
    m_subjectCounter = new QLabel(this);
    m_subjectCounter->setObjectName(u"subjectCounter"_s);
    subjectRow->addWidget(m_subjectCounter);
    m_subjectLabel = new QLabel(tr("&Subject:"), this);
    m_subjectLabel->setBuddy(m_subject);
    form->addRow(m_subjectLabel, subjectRow);
    layout->addLayout(form);

    // LinkedIn blocks an invitation within three weeks of a withdrawal.
    m_reinviteWarning = new QLabel(this);
    m_reinviteWarning->setObjectName(u"reinviteWarning"_s);
    m_reinviteWarning->setAccessibleName(tr("Invitation warning"));
    m_reinviteWarning->setWordWrap(true);
    m_reinviteWarning->setTextFormat(Qt::PlainText);
    {
        QPalette p = m_reinviteWarning->palette();
        p.setColor(QPalette::WindowText, OutreachStyle::warningColor(p));
        m_reinviteWarning->setPalette(p);
    }
    m_reinviteWarning->hide();
    layout->addWidget(m_reinviteWarning);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_body = new QPlainTextEdit(left);
    m_body->setObjectName(u"bodyEdit"_s);
    m_body->setAccessibleName(tr("Message text"));
    m_body->setTabChangesFocus(true);
    leftLayout->addWidget(m_body, 1);
    auto *under = new QHBoxLayout;
    m_missing = new QLabel(left);
    m_missing->setObjectName(u"missingLabel"_s);
    m_missing->setWordWrap(true);
    under->addWidget(m_missing, 1);
    m_bodyCounter = new QLabel(left);
    m_bodyCounter->setObjectName(u"bodyCounter"_s);
    under->addWidget(m_bodyCounter, 0, Qt::AlignTop | Qt::AlignRight);
    leftLayout->addLayout(under);
    m_askedNegative =
        new QCheckBox(tr("Asks for a negative answer (“reply Not interested”)"), left);
    m_askedNegative->setObjectName(u"askedNegativeCheck"_s);
    m_askedNegative->setToolTip(
        tr("InMails that invite a plain “not interested” get more answers — and any answer "
           "returns the credit. Ticked when the text asks for one; change it if it got it wrong."));
    leftLayout->addWidget(m_askedNegative);
    split->addWidget(left);

    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *flagsHeading = new QLabel(tr("What recipients may not want"), right);
    QFont bold = flagsHeading->font();
    bold.setBold(true);
    flagsHeading->setFont(bold);
    rightLayout->addWidget(flagsHeading);
    m_flags = new QListWidget(right);
    m_flags->setObjectName(u"flagList"_s);
    m_flags->setAccessibleName(tr("Suggestions about the message"));
    m_flags->setWordWrap(true);
    flagsHeading->setBuddy(m_flags);
    rightLayout->addWidget(m_flags, 1);
    auto *never = new QLabel(tr("Suggestions only: nothing here stops you from sending."), right);
    never->setWordWrap(true);
    never->setEnabled(false);
    rightLayout->addWidget(never);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_copyButton = buttons->addButton(tr("&Copy and Open Profile"), QDialogButtonBox::ActionRole);
    m_copyButton->setObjectName(u"copyButton"_s);
    m_saveTemplateButton =
        buttons->addButton(tr("Save as &Template…"), QDialogButtonBox::ActionRole);
    m_saveTemplateButton->setObjectName(u"saveTemplateButton"_s);
    m_saveTemplateButton->setToolTip(tr("Keep this text as a template for other people"));
    m_saveTemplateButton->hide();
    connect(m_saveTemplateButton, &QPushButton::clicked, this, [this] {
        if (!m_templateStore)
            return;
        const QString channel = m_channel->currentData().toString();
        const auto saved = TemplatesDialog::saveAsTemplate(
            this, *m_templateStore, channel, m_subject->text(), m_body->toPlainText());
        if (saved)
            m_templates << *saved;
        fillTemplates();
    });
    m_logButton = buttons->addButton(tr("&Log as Sent"), QDialogButtonBox::AcceptRole);
    m_logButton->setObjectName(u"logButton"_s);
    m_logButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copyButton, &QPushButton::clicked, this, &ComposeDialog::copyAndOpen);
    layout->addWidget(buttons);

    m_checkTimer = new QTimer(this);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(checkDelayMs);
    connect(m_checkTimer, &QTimer::timeout, this, &ComposeDialog::updateChecks);
    connect(m_body, &QPlainTextEdit::textChanged, m_checkTimer, qOverload<>(&QTimer::start));
    connect(m_subject, &QLineEdit::textChanged, m_checkTimer, qOverload<>(&QTimer::start));
    connect(m_channel, &QComboBox::currentIndexChanged, this, [this] {
        fillTemplates();
        updateChecks();
    });
    connect(m_direction, &QComboBox::currentIndexChanged, this, &ComposeDialog::updateChecks);
    connect(m_when, &QDateTimeEdit::dateChanged, this, &ComposeDialog::updateChecks);
    connect(m_template, &QComboBox::activated, this, &ComposeDialog::applyTemplate);
    connect(m_askedNegative, &QCheckBox::clicked, this, [this] { m_negativeTouched = true; });
    connect(m_flags, &QListWidget::currentRowChanged, this, &ComposeDialog::showFlag);

    fillTemplates();
    updateChecks();
    m_body->setFocus();
}

void ComposeDialog::setTemplateStore(TemplateStore *store)
{
    m_templateStore = store;
    m_saveTemplateButton->setVisible(store != nullptr);
}

void ComposeDialog::setChannel(const QString &channel)
{
    const int index = m_channel->findData(channel);
    if (index >= 0)
        m_channel->setCurrentIndex(index);
}

void ComposeDialog::setTemplate(const QString &name)
{
    const int index = m_template->findText(name);
    if (index < 0)
        return;
    m_template->setCurrentIndex(index);
    applyTemplate();
}

void ComposeDialog::fillTemplates()
{
    const QString channel = m_channel->currentData().toString();
    const QString current = m_template->currentText();
    const QSignalBlocker blocker(m_template);
    m_template->clear();
    m_template->addItem(tr("(none — write from scratch)"));
    for (const MessageTemplate &t : std::as_const(m_templates)) {
        if (t.channel == channel)
            m_template->addItem(t.name);
    }
    const int keep = m_template->findText(current);
    m_template->setCurrentIndex(keep > 0 ? keep : 0);
    const bool hasSubject = channel == u"inmail"_s || channel == u"email"_s;
    m_subjectLabel->setVisible(hasSubject);
    m_subject->setVisible(hasSubject);
    m_subjectCounter->setVisible(hasSubject);
    m_askedNegative->setVisible(channel == u"inmail"_s);
    m_copyButton->setVisible(channel != u"call"_s);
}

void ComposeDialog::applyTemplate()
{
    if (m_template->currentIndex() <= 0)
        return;
    const QString name = m_template->currentText();
    for (const MessageTemplate &t : std::as_const(m_templates)) {
        if (t.name != name || t.channel != m_channel->currentData().toString())
            continue;
        const TemplateRenderer::Rendered subject = TemplateRenderer::render(t.subject, m_values);
        const TemplateRenderer::Rendered body = TemplateRenderer::render(t.body, m_values);
        m_subject->setText(subject.text);
        m_body->setPlainText(body.text);
        QStringList missing = subject.missing;
        for (const QString &m : body.missing) {
            if (!missing.contains(m))
                missing << m;
        }
        QStringList titles;
        for (const QString &m : std::as_const(missing))
            titles << TemplateRenderer::title(m);
        m_missing->setText(titles.isEmpty()
                               ? QString()
                               : tr("⚠ Not known for this person, left out: %1. Read the text "
                                    "once more before sending.")
                                     .arg(titles.join(u", "_s)));
        break;
    }
    updateChecks();
}

void ComposeDialog::updateCounter(QLabel *label, const QString &text, int limit)
{
    const QLocale locale;
    const int n = CharacterLimits::count(text);
    if (limit <= 0) {
        label->setText(tr("%1 characters").arg(locale.toString(n)));
        label->setPalette(QPalette());
        return;
    }
    if (n > limit) {
        label->setText(
            tr("⚠ %1 / %2 — %3 over the limit")
                .arg(locale.toString(n), locale.toString(limit), locale.toString(n - limit)));
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, OutreachStyle::warningColor(p));
        label->setPalette(p);
    } else {
        label->setText(tr("%1 / %2").arg(locale.toString(n), locale.toString(limit)));
        label->setPalette(QPalette());
    }
}

void ComposeDialog::updateChecks()
{
    m_checkTimer->stop();
    const QString channel = m_channel->currentData().toString();
    const QString body = m_body->toPlainText();
    updateCounter(m_subjectCounter, m_subject->text(),
                  CharacterLimits::limit(channel, CharacterLimits::Part::Subject, m_noteLimit));
    updateCounter(m_bodyCounter, body,
                  CharacterLimits::limit(channel, CharacterLimits::Part::Body, m_noteLimit));
    if (channel == u"inmail"_s && !m_negativeTouched)
        m_askedNegative->setChecked(MessageLinter::asksForNegativeAnswer(body));

    m_flags->clear();
    const bool outgoing = m_direction->currentData().toString() == u"out"_s;
    const QList<LintFlag> flags =
        outgoing ? MessageLinter::lint(channel, m_subject->text(), body, m_values, m_noteLimit)
                 : QList<LintFlag>();
    for (const LintFlag &f : flags) {
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxInformation),
                                         f.title + u"\n"_s + f.explanation, m_flags);
        item->setData(Qt::UserRole, f.start);
        item->setData(Qt::UserRole + 1, f.length);
        item->setData(Qt::UserRole + 2, f.inSubject);
        item->setToolTip(f.explanation);
    }
    if (flags.isEmpty()) {
        auto *item = new QListWidgetItem(outgoing ? tr("Nothing to point out.")
                                                  : tr("Received messages are not checked."),
                                         m_flags);
        item->setFlags(Qt::NoItemFlags);
    }
    const std::optional<ReinviteBlock> block =
        channel == u"invitation"_s && outgoing
            ? ReinviteRule::blockOn(m_withdrawnOn, m_when->date())
            : std::nullopt;
    m_reinviteWarning->setVisible(block.has_value());
    m_reinviteWarning->setText(
        block ? tr("Warning: %1 LinkedIn will likely refuse this invitation; you can still log it.")
                    .arg(ReinviteRule::explain(*block, m_contact.fullName()))
              : QString());

    const bool empty = body.trimmed().isEmpty() && m_subject->text().trimmed().isEmpty();
    m_logButton->setEnabled(!empty || channel == u"invitation"_s || channel == u"call"_s);
    m_logButton->setText(outgoing ? tr("&Log as Sent") : tr("&Log as Received"));
    m_copyButton->setEnabled(!empty && outgoing);
    m_saveTemplateButton->setEnabled(!body.trimmed().isEmpty());
    m_copyButton->setToolTip(m_contact.profileUrl.isEmpty()
                                 ? tr("Copies the text. This contact has no LinkedIn profile URL "
                                      "to open; add it to open the profile too.")
                                 : tr("Copies the text and opens %1 in your browser, where you "
                                      "send it yourself.")
                                       .arg(m_contact.profileUrl));
}

void ComposeDialog::setLastWithdrawal(const QDate &withdrawnOn)
{
    m_withdrawnOn = withdrawnOn;
    updateChecks();
}

void ComposeDialog::showFlag(int row)
{
    QListWidgetItem *item = m_flags->item(row);
    if (!item || item->data(Qt::UserRole).toInt() < 0)
        return;
    const int start = item->data(Qt::UserRole).toInt();
    const int length = item->data(Qt::UserRole + 1).toInt();
    if (item->data(Qt::UserRole + 2).toBool()) {
        m_subject->setSelection(start, length);
        return;
    }
    QTextCursor cursor = m_body->textCursor();
    cursor.setPosition(start);
    cursor.setPosition(start + length, QTextCursor::KeepAnchor);
    m_body->setTextCursor(cursor);
    m_body->ensureCursorVisible();
}

void ComposeDialog::copyAndOpen()
{
    QString text = m_body->toPlainText();
    const QString channel = m_channel->currentData().toString();
    const bool hasSubject = channel == u"inmail"_s || channel == u"email"_s;
    if (hasSubject && !m_subject->text().isEmpty())
        text = m_subject->text() + u"\n\n"_s + text;
    QApplication::clipboard()->setText(text);
    if (!m_contact.profileUrl.isEmpty())
        m_open(QUrl(m_contact.profileUrl));
}

Outreach ComposeDialog::outreach() const
{
    Outreach o;
    o.contactId = m_contact.id;
    o.channel = m_channel->currentData().toString();
    o.direction = m_direction->currentData().toString();
    o.happenedAt = m_when->dateTime().toUTC();
    if (o.channel == u"inmail"_s || o.channel == u"email"_s)
        o.subject = m_subject->text().trimmed();
    o.body = m_body->toPlainText().trimmed();
    if (m_template->currentIndex() > 0)
        o.templateName = m_template->currentText();
    if (o.channel == u"inmail"_s && o.direction == u"out"_s)
        o.askedNegative = m_negativeTouched ? (m_askedNegative->isChecked() ? 1 : 0) : -1;
    return o;
}

} // namespace rapport
