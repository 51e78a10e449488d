#include "outreach/ComposeDialog.h"

#include "common/MinuteTime.h"
#include "common/OutreachStyle.h"
#include "common/Prompts.h"
#include "common/StatusTimeout.h"
#include "outreach/CharacterLimits.h"
#include "outreach/ConversationView.h"
#include "outreach/LintFlagList.h"
#include "outreach/MessageEditor.h"
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
#include <QLocale>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTextCursor>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rapport {

ComposeDialog::ComposeDialog(const Contact &contact, const QList<MessageTemplate> &templates,
                             const QHash<QString, QString> &values, int noteLimit, QWidget *parent)
    : SavingDialog(parent)
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
    layout->addWidget(createToLabel());
    layout->addLayout(createForm());
    layout->addWidget(createReinviteWarning());

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(createEditorPane(split));
    split->addWidget(createFlagsPane(split));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    addErrorLine(layout);
    layout->addWidget(createStatusAndButtons());
    connectChecks();

    fillTemplates();
    updateChecks();
    setOkButton(m_logButton);
    markPristine();
    m_editor->bodyEdit()->setFocus();
}

QWidget *ComposeDialog::createStatusAndButtons()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_copyStatus = new QLabel(row);
    m_copyStatus->setObjectName(u"copyStatus"_s);
    m_copyStatus->setWordWrap(true);
    m_copyStatus->setTextFormat(Qt::PlainText);
    layout->addWidget(m_copyStatus, 1);
    QDialogButtonBox *buttons = createButtons();
    buttons->setParent(row);
    layout->addWidget(buttons);
    // Ctrl+Enter logs from anywhere in the dialog, the text included.
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, [this] {
            updateChecks(); // the button follows the text only after a typing pause
            if (m_logButton->isEnabled() && m_logButton->isVisible())
                m_logButton->click();
        });
    }
    return row;
}

QLabel *ComposeDialog::createToLabel()
{
    QStringList about{m_contact.fullName()};
    if (!m_contact.position.isEmpty())
        about << m_contact.position;
    if (!m_contact.company.isEmpty())
        about << m_contact.company;
    m_about = about.join(u" · "_s);
    m_toLabel = new QLabel(tr("To: %1").arg(m_about), this);
    m_toLabel->setObjectName(u"toLabel"_s);
    m_toLabel->setWordWrap(true);
    m_toLabel->setTextFormat(Qt::PlainText);
    return m_toLabel;
}

QFormLayout *ComposeDialog::createForm()
{
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
    m_when->setDisplayFormat(MinuteTime::dateTimeFormat(QLocale::ShortFormat));
    m_when->setMaximumDateTime(QDateTime::currentDateTime().addSecs(3600));
    row->addWidget(m_when);
    auto *channelCaption = new QLabel(tr("&Channel:"), this);
    channelCaption->setBuddy(m_channel);
    form->addRow(channelCaption, row);
    m_template = new QComboBox(this);
    m_template->setObjectName(u"templateCombo"_s);
    m_template->setAccessibleName(tr("Template"));
    form->addRow(tr("&Template:"), m_template);
    return form;
}

QLabel *ComposeDialog::createReinviteWarning()
{
    // LinkedIn blocks an invitation within three weeks of a withdrawal.
    m_reinviteWarning = new QLabel(this);
    m_reinviteWarning->setObjectName(u"reinviteWarning"_s);
    m_reinviteWarning->setAccessibleName(tr("Invitation warning"));
    m_reinviteWarning->setWordWrap(true);
    m_reinviteWarning->setTextFormat(Qt::PlainText);
    QPalette p = m_reinviteWarning->palette();
    p.setColor(QPalette::WindowText, OutreachStyle::warningColor(p));
    m_reinviteWarning->setPalette(p);
    m_reinviteWarning->hide();
    return m_reinviteWarning;
}

QWidget *ComposeDialog::createEditorPane(QWidget *parent)
{
    auto *left = new QWidget(parent);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_conversation = new ConversationView(left);
    leftLayout->addWidget(m_conversation);
    m_editor = new MessageEditor(m_noteLimit, left);
    m_editor->setSubjectCaption(tr("&Subject:"));
    m_editor->bodyEdit()->setAccessibleName(tr("Message text"));
    m_missing = new QLabel(left);
    m_missing->setObjectName(u"missingLabel"_s);
    m_missing->setWordWrap(true);
    m_editor->counterRow()->insertWidget(0, m_missing, 1);
    leftLayout->addWidget(m_editor, 1);
    m_askedNegative =
        new QCheckBox(tr("Asks for a negative answer (“reply Not interested”)"), left);
    m_askedNegative->setObjectName(u"askedNegativeCheck"_s);
    m_askedNegative->setToolTip(
        tr("InMails that invite a plain “not interested” get more answers — and any answer "
           "returns the credit. Ticked when the text asks for one; change it if it got it wrong."));
    leftLayout->addWidget(m_askedNegative);
    return left;
}

QWidget *ComposeDialog::createFlagsPane(QWidget *parent)
{
    auto *right = new QWidget(parent);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *flagsHeading = new QLabel(tr("What recipients may not want"), right);
    QFont bold = flagsHeading->font();
    bold.setBold(true);
    flagsHeading->setFont(bold);
    rightLayout->addWidget(flagsHeading);
    m_flags = new LintFlagList(LintFlagList::Text::TitleAndExplanation, right);
    m_flags->setAccessibleName(tr("Suggestions about the message"));
    m_flags->setWordWrap(true);
    flagsHeading->setBuddy(m_flags);
    rightLayout->addWidget(m_flags, 1);
    auto *never = new QLabel(tr("Suggestions only: nothing here stops you from sending."), right);
    never->setWordWrap(true);
    never->setEnabled(false);
    rightLayout->addWidget(never);
    return right;
}

QDialogButtonBox *ComposeDialog::createButtons()
{
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
            this, *m_templateStore, channel, m_editor->subjectEdit()->text(), m_editor->body());
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
    return buttons;
}

void ComposeDialog::connectChecks()
{
    connect(m_editor, &MessageEditor::checksDue, this, &ComposeDialog::updateChecks);
    connect(m_channel, &QComboBox::currentIndexChanged, this, [this] {
        fillTemplates();
        updateChecks();
    });
    connect(m_direction, &QComboBox::currentIndexChanged, this, &ComposeDialog::updateChecks);
    connect(m_when, &QDateTimeEdit::dateChanged, this, &ComposeDialog::updateChecks);
    connect(m_template, &QComboBox::activated, this, &ComposeDialog::applyTemplate);
    connect(m_askedNegative, &QCheckBox::clicked, this, [this] { m_negativeTouched = true; });
    connect(m_flags, &LintFlagList::flagChosen, m_editor, &MessageEditor::selectFlagged);
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
    m_editor->setChannel(channel);
    m_askedNegative->setVisible(channel == u"inmail"_s);
    m_copyButton->setVisible(channel != u"call"_s);
}

void ComposeDialog::applyTemplate()
{
    if (m_template->currentIndex() <= 0)
        return;
    const QString name = m_template->currentText();
    // What the user wrote is replaced only when they say so.
    const QString written = m_editor->subjectEdit()->text() + m_editor->body();
    if (hasUnsentText() && !written.trimmed().isEmpty() &&
        !Prompts::confirm(this, tr("Replace Your Text?"),
                          tr("Replace what you wrote with the template “%1”?").arg(name),
                          tr("&Replace"), false, tr("&Keep Editing"))) {
        const QSignalBlocker blocker(m_template);
        m_template->setCurrentIndex(qMax(0, m_template->findText(m_appliedTemplate)));
        return;
    }
    m_appliedTemplate = name;
    for (const MessageTemplate &t : std::as_const(m_templates)) {
        if (t.name != name || t.channel != m_channel->currentData().toString())
            continue;
        const TemplateRenderer::Rendered subject = TemplateRenderer::render(t.subject, m_values);
        const TemplateRenderer::Rendered body = TemplateRenderer::render(t.body, m_values);
        m_editor->setSubject(subject.text);
        m_editor->setBody(body.text);
        // The user writes on after what the template put there.
        QTextCursor cursor = m_editor->bodyEdit()->textCursor();
        cursor.movePosition(QTextCursor::End);
        m_editor->bodyEdit()->setTextCursor(cursor);
        m_editor->bodyEdit()->ensureCursorVisible();
        markPristine();
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

void ComposeDialog::updateChecks()
{
    m_editor->cancelPendingChecks();
    const QString channel = m_channel->currentData().toString();
    const QString body = m_editor->body();
    const QString subject = m_editor->subjectEdit()->text();
    m_editor->updateCounters();
    if (channel == u"inmail"_s && !m_negativeTouched)
        m_askedNegative->setChecked(MessageLinter::asksForNegativeAnswer(body));

    const bool outgoing = m_direction->currentData().toString() == u"out"_s;
    const QList<LintFlag> flags =
        outgoing ? MessageLinter::lint(channel, subject, body, m_values, m_noteLimit)
                 : QList<LintFlag>();
    m_flags->showFlags(flags, outgoing ? tr("Nothing to point out.")
                                       : tr("Received messages are not checked."));
    const std::optional<ReinviteBlock> block =
        channel == u"invitation"_s && outgoing
            ? ReinviteRule::blockOn(m_withdrawnOn, m_when->date())
            : std::nullopt;
    m_reinviteWarning->setVisible(block.has_value());
    m_reinviteWarning->setText(
        block ? tr("Warning: %1 LinkedIn will likely refuse this invitation; you can still log it.")
                    .arg(ReinviteRule::explain(*block, m_contact.fullName()))
              : QString());

    const bool empty = body.trimmed().isEmpty() && subject.trimmed().isEmpty();
    updateOk();
    m_logButton->setText(outgoing ? tr("&Log as Sent") : tr("&Log as Received"));
    const QString logKey =
        QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText);
    m_logButton->setToolTip(outgoing ? tr("Record this message as sent (%1)").arg(logKey)
                                     : tr("Record this message as received (%1)").arg(logKey));
    m_toLabel->setText(outgoing ? tr("To: %1").arg(m_about) : tr("From: %1").arg(m_about));
    const bool hasUrl = !m_contact.profileUrl.isEmpty();
    m_copyButton->setEnabled(!empty && outgoing && hasUrl);
    m_saveTemplateButton->setEnabled(!body.trimmed().isEmpty());
    if (!hasUrl)
        m_copyButton->setToolTip(
            tr("Not available: %1 has no LinkedIn profile URL. Add it to the contact to open "
               "the profile from here; meanwhile select the text and copy it (Ctrl+A, Ctrl+C).")
                .arg(m_contact.fullName()));
    else if (!outgoing)
        m_copyButton->setToolTip(tr("Not available for a message you received."));
    else if (empty)
        m_copyButton->setToolTip(tr("Not available until there is text to copy."));
    else
        m_copyButton->setToolTip(tr("Copies the text and opens %1 in your browser, where you "
                                    "send it yourself.")
                                     .arg(m_contact.profileUrl));
}

void ComposeDialog::setThread(const QList<Outreach> &newestFirst)
{
    m_conversation->setMessages(
        newestFirst, m_contact.firstName.isEmpty() ? m_contact.fullName() : m_contact.firstName,
        ThreadLength);
    // Answering their message or e-mail: on the same channel.
    if (!newestFirst.isEmpty() && newestFirst.first().direction == u"in"_s) {
        const QString channel = newestFirst.first().channel;
        if (channel == u"message"_s || channel == u"email"_s)
            setChannel(channel);
    }
}

void ComposeDialog::markPristine()
{
    m_pristineSubject = m_editor->subjectEdit()->text();
    m_pristineBody = m_editor->body();
}

bool ComposeDialog::hasUnsentText() const
{
    return m_editor->subjectEdit()->text() != m_pristineSubject ||
           m_editor->body() != m_pristineBody;
}

bool ComposeDialog::confirmOverLimit()
{
    if (m_direction->currentData().toString() != u"out"_s)
        return true;
    const QString channel = m_channel->currentData().toString();
    const QLocale locale;
    QStringList over;
    const auto check = [&](const QString &text, CharacterLimits::Part part, const QString &what) {
        const int limit = CharacterLimits::limit(channel, part, m_noteLimit);
        const int n = CharacterLimits::count(text);
        if (limit > 0 && n > limit)
            over << tr("%1 has %2 characters, %3 over LinkedIn's limit of %4")
                        .arg(what, locale.toString(n), locale.toString(n - limit),
                             locale.toString(limit));
    };
    if (MessageEditor::channelHasSubject(channel))
        check(m_editor->subjectEdit()->text().trimmed(), CharacterLimits::Part::Subject,
              tr("The subject"));
    check(m_editor->body().trimmed(), CharacterLimits::Part::Body,
          channel == u"invitation"_s ? tr("The invitation note") : tr("The text"));
    if (over.isEmpty())
        return true;
    return Prompts::confirm(
        this, tr("Over LinkedIn's Limit"),
        tr("%1. LinkedIn does not send it as it is: shorten it, or log it as sent only if you "
           "sent a shorter version.\n\nLog it as sent anyway?")
            .arg(over.join(u"; "_s)),
        tr("&Log Anyway"), false, tr("&Keep Editing"));
}

QString ComposeDialog::problem() const
{
    const QString channel = m_channel->currentData().toString();
    if (channel == u"invitation"_s || channel == u"call"_s ||
        !m_editor->body().trimmed().isEmpty() ||
        !m_editor->subjectEdit()->text().trimmed().isEmpty())
        return {};
    return tr("Write the message first: only an invitation or a call is logged without text.");
}

void ComposeDialog::accept()
{
    // The checks follow the text only after a typing pause: bring them up
    // to date, so a late one does not clear a refusal shown below.
    updateChecks();
    if (!problem().isEmpty() || !confirmOverLimit())
        return;
    SavingDialog::accept();
}

void ComposeDialog::reject()
{
    if (hasUnsentText() &&
        !Prompts::confirm(this, tr("Discard This Message?"),
                          tr("Discard this message? What you wrote to %1 has not been logged.")
                              .arg(m_contact.fullName()),
                          tr("&Discard"), false, tr("&Keep Editing")))
        return;
    QDialog::reject();
}

void ComposeDialog::setLastWithdrawal(const QDate &withdrawnOn)
{
    m_withdrawnOn = withdrawnOn;
    updateChecks();
}

void ComposeDialog::copyAndOpen()
{
    QString text = m_editor->body();
    const QString channel = m_channel->currentData().toString();
    const QString subject = m_editor->subjectEdit()->text();
    if (MessageEditor::channelHasSubject(channel) && !subject.isEmpty())
        text = subject + u"\n\n"_s + text;
    QApplication::clipboard()->setText(text);
    if (m_contact.profileUrl.isEmpty())
        return;
    const bool opened = m_open(QUrl(m_contact.profileUrl));
    const QString said =
        opened ? tr("Copied; opening %1's profile… Paste the text there and send it, then log it "
                    "here.")
                     .arg(m_contact.fullName())
               : tr("Copied, but the browser did not open %1. Open it yourself and paste the "
                    "text.")
                     .arg(m_contact.profileUrl);
    m_copyStatus->setText(said);
    if (auto *window = qobject_cast<QMainWindow *>(parentWidget()))
        window->statusBar()->showMessage(said, StatusTimeout::Outcome);
}

Outreach ComposeDialog::outreach() const
{
    Outreach o;
    o.contactId = m_contact.id;
    o.channel = m_channel->currentData().toString();
    o.direction = m_direction->currentData().toString();
    o.happenedAt = m_when->dateTime().toUTC();
    if (MessageEditor::channelHasSubject(o.channel))
        o.subject = m_editor->subjectEdit()->text().trimmed();
    o.body = m_editor->body().trimmed();
    if (m_template->currentIndex() > 0)
        o.templateName = m_template->currentText();
    if (o.channel == u"inmail"_s && o.direction == u"out"_s)
        o.askedNegative = m_negativeTouched ? (m_askedNegative->isChecked() ? 1 : 0) : -1;
    return o;
}

} // namespace rapport
