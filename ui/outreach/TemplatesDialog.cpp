#include "outreach/TemplatesDialog.h"

#include "common/ErrorBanner.h"
#include "common/OutreachStyle.h"
#include "domain/Outreach.h"
#include "domain/StarterTemplates.h"
#include "outreach/CharacterLimits.h"
#include "outreach/MessageLinter.h"
#include "outreach/TemplateRenderer.h"
#include "store/TemplateStore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

constexpr int checkDelayMs = 250;
// Index into m_templates of a list row; -1 on channel headings.
constexpr int TemplateIndexRole = Qt::UserRole;
constexpr int FlagStartRole = Qt::UserRole;
constexpr int FlagLengthRole = Qt::UserRole + 1;
constexpr int FlagInSubjectRole = Qt::UserRole + 2;

bool hasSubject(const QString &channel)
{
    return channel == u"inmail"_s || channel == u"email"_s;
}

QString effectiveSubject(const MessageTemplate &t)
{
    return hasSubject(t.channel) ? t.subject : QString();
}

bool sameName(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

QString channelHeading(const QString &channel)
{
    if (channel == u"message"_s)
        return TemplatesDialog::tr("Messages");
    if (channel == u"inmail"_s)
        return TemplatesDialog::tr("InMails");
    if (channel == u"invitation"_s)
        return TemplatesDialog::tr("Invitation notes");
    if (channel == u"email"_s)
        return TemplatesDialog::tr("E-mails");
    if (channel == u"call"_s)
        return TemplatesDialog::tr("Call notes");
    return channel;
}

} // namespace

TemplatesDialog::TemplatesDialog(TemplateStore &store, int invitationNoteLimit, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_noteLimit(invitationNoteLimit)
{
    setObjectName(u"templatesDialog"_s);
    setWindowTitle(tr("Message Templates[*]"));
    resize(920, 620);
    m_ask = [this](const QString &title, const QString &text,
                   QMessageBox::StandardButtons buttons) {
        const QMessageBox::StandardButton fallback =
            buttons.testFlag(QMessageBox::Cancel) ? QMessageBox::Cancel : QMessageBox::NoButton;
        return QMessageBox::question(this, title, text, buttons, fallback);
    };

    auto *layout = new QVBoxLayout(this);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);

    // Left: the templates by channel, and what to do with them.
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *listCaption = new QLabel(tr("Te&mplates:"), left);
    leftLayout->addWidget(listCaption);
    m_list = new QListWidget(left);
    m_list->setObjectName(u"templateList"_s);
    m_list->setAccessibleName(tr("Templates"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setWordWrap(true);
    listCaption->setBuddy(m_list);
    leftLayout->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    m_newButton = new QPushButton(QIcon::fromTheme(u"document-new"_s), tr("&New"), left);
    m_newButton->setObjectName(u"newButton"_s);
    m_newButton->setToolTip(
        tr("Start a new template of your own (%1)")
            .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_newButton->setAutoDefault(false);
    listButtons->addWidget(m_newButton);
    m_duplicateButton = new QPushButton(tr("D&uplicate"), left);
    m_duplicateButton->setObjectName(u"duplicateButton"_s);
    m_duplicateButton->setToolTip(tr("Start a new template from a copy of this one"));
    m_duplicateButton->setAutoDefault(false);
    listButtons->addWidget(m_duplicateButton);
    m_deleteButton = new QPushButton(tr("&Delete"), left);
    m_deleteButton->setObjectName(u"deleteButton"_s);
    m_deleteButton->setAutoDefault(false);
    listButtons->addWidget(m_deleteButton);
    listButtons->addStretch(1);
    leftLayout->addLayout(listButtons);
    split->addWidget(left);

    // Right: the editor.
    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_status = new QLabel(right);
    m_status->setObjectName(u"templateStatus"_s);
    m_status->setWordWrap(true);
    rightLayout->addWidget(m_status);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(right);
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setAccessibleName(tr("Template name"));
    m_name->setPlaceholderText(tr("For example: Thank a new follower"));
    auto *nameCaption = new QLabel(tr("N&ame:"), right);
    nameCaption->setBuddy(m_name);
    form->addRow(nameCaption, m_name);
    m_nameNote = new QLabel(right);
    m_nameNote->setObjectName(u"nameNote"_s);
    m_nameNote->setWordWrap(true);
    {
        QPalette p = m_nameNote->palette();
        p.setColor(QPalette::WindowText, OutreachStyle::warningColor(p));
        m_nameNote->setPalette(p);
    }
    m_nameNote->hide();
    form->addRow(QString(), m_nameNote);
    m_channel = new QComboBox(right);
    m_channel->setObjectName(u"channelCombo"_s);
    m_channel->setAccessibleName(tr("Channel"));
    for (const QString &c : Outreach::channels())
        m_channel->addItem(OutreachStyle::channelLabel(c), c);
    auto *channelCaption = new QLabel(tr("C&hannel:"), right);
    channelCaption->setBuddy(m_channel);
    form->addRow(channelCaption, m_channel);
    auto *subjectRow = new QHBoxLayout;
    m_subject = new QLineEdit(right);
    m_subject->setObjectName(u"subjectEdit"_s);
    m_subject->setAccessibleName(tr("Subject"));
    subjectRow->addWidget(m_subject, 1);
    m_subjectCounter = new QLabel(right);
    m_subjectCounter->setObjectName(u"subjectCounter"_s);
    subjectRow->addWidget(m_subjectCounter);
    m_subjectLabel = new QLabel(tr("Su&bject:"), right);
    m_subjectLabel->setBuddy(m_subject);
    form->addRow(m_subjectLabel, subjectRow);
    rightLayout->addLayout(form);

    auto *bodyCaption = new QLabel(tr("&Text:"), right);
    rightLayout->addWidget(bodyCaption);
    m_body = new QPlainTextEdit(right);
    m_body->setObjectName(u"bodyEdit"_s);
    m_body->setAccessibleName(tr("Template text"));
    m_body->setTabChangesFocus(true);
    m_body->setPlaceholderText(
        tr("Write the message here. Use Insert Placeholder for what changes from person to "
           "person, such as {first_name} or {company}."));
    bodyCaption->setBuddy(m_body);
    rightLayout->addWidget(m_body, 1);
    auto *under = new QHBoxLayout;
    m_placeholderButton = new QPushButton(tr("Insert &Placeholder"), right);
    m_placeholderButton->setObjectName(u"placeholderButton"_s);
    m_placeholderButton->setAccessibleName(tr("Insert placeholder"));
    m_placeholderButton->setToolTip(
        tr("Puts a placeholder such as {first_name} at the cursor; Compose fills it in with "
           "each person's details."));
    m_placeholderButton->setAutoDefault(false);
    m_placeholderMenu = new QMenu(m_placeholderButton);
    m_placeholderMenu->setObjectName(u"placeholderMenu"_s);
    for (const QString &p : TemplateRenderer::placeholders()) {
        QAction *action = m_placeholderMenu->addAction(
            tr("%1 — {%2}").arg(TemplateRenderer::title(p).replace(u'&', u"&&"_s), p));
        action->setData(p);
        connect(action, &QAction::triggered, this, [this, p] { insertPlaceholder(p); });
    }
    m_placeholderButton->setMenu(m_placeholderMenu);
    under->addWidget(m_placeholderButton, 0, Qt::AlignTop);
    under->addStretch(1);
    m_bodyCounter = new QLabel(right);
    m_bodyCounter->setObjectName(u"bodyCounter"_s);
    under->addWidget(m_bodyCounter, 0, Qt::AlignTop | Qt::AlignRight);
    rightLayout->addLayout(under);
    const QString counterTip =
        tr("Counted as written. Compose replaces each placeholder with the person's details, so "
           "the message you send may be a little shorter or longer.");
    m_subjectCounter->setToolTip(counterTip);
    m_bodyCounter->setToolTip(counterTip);

    auto *flagsHeading = new QLabel(tr("What recipients may not &want"), right);
    QFont bold = flagsHeading->font();
    bold.setBold(true);
    flagsHeading->setFont(bold);
    rightLayout->addWidget(flagsHeading);
    m_flags = new QListWidget(right);
    m_flags->setObjectName(u"flagList"_s);
    m_flags->setAccessibleName(tr("Suggestions about the template"));
    m_flags->setMaximumHeight(m_flags->fontMetrics().height() * 5 + 8);
    flagsHeading->setBuddy(m_flags);
    rightLayout->addWidget(m_flags);
    m_flagDetail = new QLabel(right);
    m_flagDetail->setObjectName(u"flagDetail"_s);
    m_flagDetail->setWordWrap(true);
    m_flagDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rightLayout->addWidget(m_flagDetail);
    m_error = new ErrorBanner(right);
    rightLayout->addWidget(m_error);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    split->setSizes({std::max(300, left->sizeHint().width()), 620});
    layout->addWidget(split, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(u"saveButton"_s);
    m_saveButton->setDefault(true);
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"closeButton"_s);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    layout->addWidget(buttons);

    auto *saveAction = new QAction(this);
    saveAction->setShortcut(QKeySequence::Save);
    addAction(saveAction);
    connect(saveAction, &QAction::triggered, this, [this] {
        if (m_saveButton->isEnabled())
            save();
    });
    auto *newAction = new QAction(this);
    newAction->setShortcut(QKeySequence::New);
    addAction(newAction);
    connect(newAction, &QAction::triggered, this, &TemplatesDialog::newTemplate);
    auto *deleteAction = new QAction(m_list);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, this, [this] {
        if (m_deleteButton->isEnabled())
            deleteTemplate();
    });

    m_checkTimer = new QTimer(this);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(checkDelayMs);
    connect(m_checkTimer, &QTimer::timeout, this, &TemplatesDialog::updateChecks);

    const auto onEdit = [this] {
        if (m_filling)
            return;
        updateState();
        updateCounters();
        m_checkTimer->start();
    };
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        if (!m_filling)
            updateState();
    });
    connect(m_subject, &QLineEdit::textChanged, this, onEdit);
    connect(m_body, &QPlainTextEdit::textChanged, this, onEdit);
    connect(m_channel, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        updateState();
        updateCounters();
        updateChecks();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &TemplatesDialog::onCurrentRowChanged);
    connect(m_flags, &QListWidget::currentRowChanged, this, &TemplatesDialog::showFlag);
    connect(m_newButton, &QPushButton::clicked, this, &TemplatesDialog::newTemplate);
    connect(m_duplicateButton, &QPushButton::clicked, this, &TemplatesDialog::duplicateTemplate);
    connect(m_deleteButton, &QPushButton::clicked, this, &TemplatesDialog::deleteTemplate);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &TemplatesDialog::reject);
    m_lastTextField = m_body;
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now == m_subject || now == m_body)
            m_lastTextField = now;
    });

    reload([](const MessageTemplate &) { return true; });
    m_list->setFocus();
}

bool TemplatesDialog::hasUnsavedChanges() const
{
    const MessageTemplate e = edited();
    return e.name != m_current.name.trimmed() || e.channel != m_current.channel ||
           e.subject != effectiveSubject(m_current) || e.body != m_current.body;
}

MessageTemplate TemplatesDialog::edited() const
{
    MessageTemplate t = m_current;
    t.name = m_name->text().trimmed();
    t.channel = currentChannel();
    t.subject = hasSubject(t.channel) ? m_subject->text() : QString();
    t.body = m_body->toPlainText();
    return t;
}

QString TemplatesDialog::currentChannel() const
{
    return m_channel->currentData().toString();
}

bool TemplatesDialog::isStarterName(const QString &name) const
{
    const QList<MessageTemplate> starters = StarterTemplates::all();
    return std::any_of(starters.cbegin(), starters.cend(),
                       [&](const MessageTemplate &s) { return sameName(s.name, name); });
}

QString TemplatesDialog::uniqueCopyName(const QString &name) const
{
    QString candidate = tr("%1 (copy)").arg(name);
    for (int n = 2; m_store.find(candidate); ++n)
        candidate = tr("%1 (copy %2)").arg(name).arg(n);
    return candidate;
}

void TemplatesDialog::reload(const std::function<bool(const MessageTemplate &)> &select)
{
    m_filling = true;
    {
        const QSignalBlocker blocker(m_list);
        m_templates = m_store.all();
        m_list->clear();
        QString channel;
        int selectRow = -1;
        int firstRow = -1;
        QFont headingFont = m_list->font();
        headingFont.setBold(true);
        for (int i = 0; i < m_templates.size(); ++i) {
            const MessageTemplate &t = m_templates.at(i);
            if (i == 0 || t.channel != channel) {
                channel = t.channel;
                auto *heading = new QListWidgetItem(channelHeading(channel), m_list);
                heading->setFlags(Qt::NoItemFlags);
                heading->setFont(headingFont);
                // A heading, not a disabled entry: full-strength text.
                heading->setForeground(m_list->palette().brush(QPalette::Text));
                heading->setData(TemplateIndexRole, -1);
            }
            QString text;
            QString tip;
            if (t.builtIn) {
                text = tr("%1 — built in").arg(t.name);
                tip = tr("A starter that comes with Rapport. Edit and save it to make your own "
                         "version.");
            } else if (isStarterName(t.name)) {
                text = tr("%1 — your version").arg(t.name);
                tip = tr("Your version of a built-in starter. Restore Starter deletes yours and "
                         "brings the starter back.");
            } else {
                text = tr("%1 — yours").arg(t.name);
                tip = tr("A template you wrote.");
            }
            auto *item = new QListWidgetItem(text, m_list);
            item->setData(TemplateIndexRole, i);
            item->setToolTip(tip);
            item->setData(Qt::AccessibleDescriptionRole, tip);
            if (firstRow < 0)
                firstRow = m_list->row(item);
            if (selectRow < 0 && select(t))
                selectRow = m_list->row(item);
        }
        if (m_templates.isEmpty()) {
            auto *empty =
                new QListWidgetItem(tr("No templates yet — press New to write one."), m_list);
            empty->setFlags(Qt::NoItemFlags);
            empty->setData(TemplateIndexRole, -1);
        }
        if (selectRow < 0)
            selectRow = firstRow;
        m_list->setCurrentRow(selectRow);
        m_shownRow = selectRow;
    }
    m_filling = false;
    if (m_shownRow >= 0) {
        const int index = m_list->item(m_shownRow)->data(TemplateIndexRole).toInt();
        showTemplate(m_templates.at(index));
    } else {
        MessageTemplate blank;
        blank.channel = u"message"_s;
        showTemplate(blank);
    }
}

void TemplatesDialog::showTemplate(const MessageTemplate &t)
{
    m_filling = true;
    m_current = t;
    m_name->setText(t.name);
    const int channel = m_channel->findData(t.channel);
    m_channel->setCurrentIndex(channel >= 0 ? channel : 0);
    if (channel < 0)
        m_current.channel = currentChannel();
    m_subject->setText(t.subject);
    m_body->setPlainText(t.body);
    m_filling = false;
    m_error->clear();
    updateState();
    updateCounters();
    updateChecks();
}

void TemplatesDialog::onCurrentRowChanged(int row)
{
    if (m_filling || row == m_shownRow)
        return;
    QListWidgetItem *item = m_list->item(row);
    const int index = item ? item->data(TemplateIndexRole).toInt() : -1;
    if (index < 0 || !hasUnsavedChanges()) {
        if (index < 0) {
            // A heading or nothing: keep showing what was shown.
            const QSignalBlocker blocker(m_list);
            m_list->setCurrentRow(m_shownRow);
            return;
        }
        m_shownRow = row;
        showTemplate(m_templates.at(index));
        return;
    }
    // Unsaved changes: put the selection back and ask once the click or key
    // press that moved it is over, then go on only if the user agrees.
    const MessageTemplate target = m_templates.at(index);
    QMetaObject::invokeMethod(
        this,
        [this, target] {
            {
                const QSignalBlocker blocker(m_list);
                m_list->setCurrentRow(m_shownRow);
            }
            if (!settleChanges())
                return;
            for (int r = 0; r < m_list->count(); ++r) {
                const int i = m_list->item(r)->data(TemplateIndexRole).toInt();
                if (i < 0)
                    continue;
                const MessageTemplate &t = m_templates.at(i);
                const bool same =
                    target.id > 0 ? t.id == target.id : t.builtIn && sameName(t.name, target.name);
                if (same) {
                    {
                        const QSignalBlocker blocker(m_list);
                        m_list->setCurrentRow(r);
                    }
                    m_shownRow = r;
                    showTemplate(t);
                    return;
                }
            }
        },
        Qt::QueuedConnection);
}

bool TemplatesDialog::selectTemplate(const QString &name)
{
    const auto matches = [&](const MessageTemplate &t) {
        return sameName(t.name, name);
    };
    if (std::none_of(m_templates.cbegin(), m_templates.cend(), matches))
        return false;
    if (m_shownRow >= 0) {
        const int shown = m_list->item(m_shownRow)->data(TemplateIndexRole).toInt();
        if (shown >= 0 && matches(m_templates.at(shown)))
            return true;
    }
    if (!settleChanges())
        return false;
    for (int r = 0; r < m_list->count(); ++r) {
        const int i = m_list->item(r)->data(TemplateIndexRole).toInt();
        if (i >= 0 && matches(m_templates.at(i))) {
            {
                const QSignalBlocker blocker(m_list);
                m_list->setCurrentRow(r);
            }
            m_shownRow = r;
            showTemplate(m_templates.at(i));
            return true;
        }
    }
    return false;
}

bool TemplatesDialog::settleChanges()
{
    if (!hasUnsavedChanges())
        return true;
    const QString name = m_name->text().trimmed();
    const QString text =
        name.isEmpty()
            ? tr("The new template is not saved yet. Save it before going on?")
            : tr("“%1” has changes that are not saved. Save them before going on?").arg(name);
    switch (m_ask(tr("Unsaved Changes"), text,
                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel)) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void TemplatesDialog::newTemplate()
{
    if (!settleChanges())
        return;
    MessageTemplate blank;
    blank.channel = m_current.channel.isEmpty() ? u"message"_s : m_current.channel;
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(-1);
        m_list->clearSelection();
    }
    m_shownRow = -1;
    showTemplate(blank);
    m_name->setFocus();
}

void TemplatesDialog::duplicateTemplate()
{
    if (!settleChanges())
        return;
    const MessageTemplate source = m_current;
    newTemplate();
    m_name->setText(uniqueCopyName(source.name));
    const int channel = m_channel->findData(source.channel);
    if (channel >= 0)
        m_channel->setCurrentIndex(channel);
    m_subject->setText(source.subject);
    m_body->setPlainText(source.body);
    m_name->selectAll();
    m_name->setFocus();
}

void TemplatesDialog::deleteTemplate()
{
    if (m_current.builtIn || m_current.id <= 0)
        return;
    const QString name = m_current.name;
    const bool restores = isStarterName(name);
    const QString text =
        restores ? tr("Delete your version of “%1”? The built-in starter of the same name comes "
                      "back in its place. Your text can't be brought back.")
                       .arg(name)
                 : tr("Delete the template “%1”? It can't be brought back.").arg(name);
    if (m_ask(restores ? tr("Restore Starter") : tr("Delete Template"), text,
              QMessageBox::Yes | QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    QString error;
    if (!m_store.remove(m_current.id, &error)) {
        m_error->showMessage(error);
        return;
    }
    const int row = m_shownRow;
    if (restores) {
        reload([&](const MessageTemplate &t) { return t.builtIn && sameName(t.name, name); });
        return;
    }
    // Show the neighbour that moved into its place, or the one before.
    const QList<MessageTemplate> before = m_templates;
    int index = m_list->item(row)->data(TemplateIndexRole).toInt();
    const QString nextName = index + 1 < before.size() ? before.at(index + 1).name
                             : index - 1 >= 0          ? before.at(index - 1).name
                                                       : QString();
    reload([&](const MessageTemplate &t) { return sameName(t.name, nextName); });
}

bool TemplatesDialog::save()
{
    MessageTemplate t = edited();
    if (t.builtIn) {
        // Saving a starter makes the user's own copy (a starter has id 0).
        t.id = 0;
        t.builtIn = false;
    }
    QString error;
    if (!m_store.save(t, &error)) {
        m_error->showMessage(error);
        return false;
    }
    const qint64 id = t.id;
    reload([id](const MessageTemplate &s) { return s.id == id; });
    return true;
}

void TemplatesDialog::reject()
{
    if (settleChanges())
        QDialog::reject();
}

void TemplatesDialog::updateState()
{
    const bool dirty = hasUnsavedChanges();
    setWindowModified(dirty);
    const bool isNew = m_current.id <= 0 && !m_current.builtIn;
    const bool complete =
        !m_name->text().trimmed().isEmpty() && !m_body->toPlainText().trimmed().isEmpty();
    m_saveButton->setEnabled(dirty && complete);
    m_saveButton->setToolTip(complete ? QString()
                                      : tr("Give the template a name and some text to save it."));
    const bool subject = hasSubject(currentChannel());
    m_subjectLabel->setVisible(subject);
    m_subject->setVisible(subject);
    m_subjectCounter->setVisible(subject);

    const bool override = !m_current.builtIn && m_current.id > 0 && isStarterName(m_current.name);
    m_deleteButton->setText(override ? tr("&Restore Starter") : tr("&Delete"));
    m_deleteButton->setEnabled(!m_current.builtIn && m_current.id > 0);
    m_deleteButton->setToolTip(
        override ? tr("Deletes your version; the built-in starter comes back.")
        : m_current.builtIn
            ? tr("Built-in starters can't be deleted. Edit and save one to make your own.")
            : tr("Deletes this template of yours."));
    m_duplicateButton->setEnabled(!isNew);

    QString status;
    if (isNew)
        status = tr("New template — not saved yet.");
    else if (m_current.builtIn)
        status = tr("Built-in starter. Saving your changes makes your own version under this name; "
                    "deleting yours later brings the starter back.");
    else if (override)
        status = tr("Your version of a built-in starter. Restore Starter deletes it and brings the "
                    "starter back.");
    else
        status = tr("Your template.");
    m_status->setText(status);
    const QString name = m_name->text().trimmed();
    const bool takesStarterName =
        !name.isEmpty() && isStarterName(name) && !sameName(name, m_current.name);
    m_nameNote->setText(takesStarterName
                            ? tr("⚠ A built-in starter is called “%1”: saving puts yours in its "
                                 "place (deleting yours brings it back).")
                                  .arg(name)
                            : QString());
    m_nameNote->setVisible(takesStarterName);
}

void TemplatesDialog::updateCounter(QLabel *label, const QString &text, int limit)
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

void TemplatesDialog::updateCounters()
{
    const QString channel = currentChannel();
    updateCounter(m_subjectCounter, m_subject->text(),
                  CharacterLimits::limit(channel, CharacterLimits::Part::Subject, m_noteLimit));
    updateCounter(m_bodyCounter, m_body->toPlainText(),
                  CharacterLimits::limit(channel, CharacterLimits::Part::Body, m_noteLimit));
}

void TemplatesDialog::updateChecks()
{
    m_checkTimer->stop();
    const QString channel = currentChannel();
    const QString body = m_body->toPlainText();
    const QString subject = hasSubject(channel) ? m_subject->text() : QString();
    const QList<LintFlag> flags = MessageLinter::lint(channel, subject, body, {}, m_noteLimit);
    m_flags->clear();
    const QIcon icon = style()->standardIcon(QStyle::SP_MessageBoxInformation);
    for (const LintFlag &f : flags) {
        auto *item = new QListWidgetItem(icon, f.title, m_flags);
        item->setData(FlagStartRole, f.start);
        item->setData(FlagLengthRole, f.length);
        item->setData(FlagInSubjectRole, f.inSubject);
        item->setToolTip(f.explanation);
        item->setData(Qt::AccessibleDescriptionRole, f.explanation);
    }
    if (flags.isEmpty()) {
        QString text;
        if (channel == u"call"_s)
            text = tr("Call notes are not checked: nobody receives them.");
        else if (body.trimmed().isEmpty() && subject.trimmed().isEmpty())
            text = tr("Nothing to check yet — write the text above.");
        else
            text = tr("Nothing to point out.");
        auto *item = new QListWidgetItem(text, m_flags);
        item->setFlags(Qt::NoItemFlags);
    }
    m_flagDetail->setText(flags.isEmpty()
                              ? tr("Suggestions only: they never stop you from saving or sending.")
                              : tr("Select a suggestion to read why and see where it is. "
                                   "Suggestions only: they never stop you."));
}

void TemplatesDialog::showFlag(int row)
{
    QListWidgetItem *item = m_flags->item(row);
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    m_flagDetail->setText(item->toolTip());
    const int start = item->data(FlagStartRole).toInt();
    const int length = item->data(FlagLengthRole).toInt();
    if (start < 0)
        return;
    if (item->data(FlagInSubjectRole).toBool()) {
        m_subject->setSelection(start, length);
        return;
    }
    QTextCursor cursor = m_body->textCursor();
    cursor.setPosition(start);
    cursor.setPosition(start + length, QTextCursor::KeepAnchor);
    m_body->setTextCursor(cursor);
    m_body->ensureCursorVisible();
}

void TemplatesDialog::insertPlaceholder(const QString &name)
{
    const QString text = u'{' + name + u'}';
    if (m_lastTextField == m_subject && m_subject->isVisibleTo(this)) {
        m_subject->insert(text);
        m_subject->setFocus();
        return;
    }
    m_body->insertPlainText(text);
    m_body->setFocus();
}

std::optional<MessageTemplate>
TemplatesDialog::saveAsTemplate(QWidget *parent, TemplateStore &store, const QString &channel,
                                const QString &subject, const QString &body, const NameAsker &ask)
{
    const QString title = tr("Save as Template");
    if (body.trimmed().isEmpty()) {
        QMessageBox::information(parent, title,
                                 tr("There is no text to save as a template yet. Write the "
                                    "message first."));
        return std::nullopt;
    }
    const NameAsker asker =
        ask ? ask
            : NameAsker([title](QWidget *p, const QString &prompt, const QString &suggestion) {
                  bool ok = false;
                  const QString name =
                      QInputDialog::getText(p, title, prompt, QLineEdit::Normal, suggestion, &ok);
                  return ok ? std::optional<QString>(name) : std::nullopt;
              });
    const QString question = tr("Name for the new template:");
    QString prompt = question;
    QString suggestion;
    QString starterConfirmed;
    for (;;) {
        const std::optional<QString> answer = asker(parent, prompt, suggestion);
        if (!answer)
            return std::nullopt;
        const QString name = answer->trimmed();
        suggestion = name;
        if (!name.isEmpty()) {
            const std::optional<MessageTemplate> existing = store.find(name);
            if (existing && existing->builtIn && !sameName(starterConfirmed, name)) {
                starterConfirmed = name;
                prompt = tr("“%1” is a built-in starter: yours would take its place (deleting "
                            "yours brings it back). Press OK to replace it, or choose another "
                            "name:")
                             .arg(existing->name);
                continue;
            }
        }
        MessageTemplate t;
        t.name = name;
        t.channel = channel;
        t.subject = hasSubject(channel) ? subject : QString();
        t.body = body;
        QString error;
        if (store.save(t, &error))
            return t;
        prompt = error + u'\n' + question;
    }
}

} // namespace rapport
