#include "outreach/TemplatesDialog.h"

#include "common/DialogRunner.h"
#include "common/ErrorBanner.h"
#include "common/OutreachStyle.h"
#include "domain/Outreach.h"
#include "domain/StarterTemplates.h"
#include "outreach/CharacterLimits.h"
#include "outreach/LintFlagList.h"
#include "outreach/MessageEditor.h"
#include "outreach/MessageLinter.h"
#include "outreach/TemplateList.h"
#include "outreach/TemplateRenderer.h"
#include "outreach/TemplateSaver.h"
#include "store/TemplateStore.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

bool hasSubject(const QString &channel)
{
    return MessageEditor::channelHasSubject(channel);
}

QString effectiveSubject(const MessageTemplate &t)
{
    return hasSubject(t.channel) ? t.subject : QString();
}

// Asks through DialogRunner ("templatesQuestion"); Cancel when dismissed.
QMessageBox::StandardButton ask(QWidget *parent, const QString &title, const QString &text,
                                QMessageBox::StandardButtons buttons)
{
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setObjectName(u"templatesQuestion"_s);
    box.setDefaultButton(QMessageBox::Cancel);
    DialogRunner::run(box);
    return box.clickedButton() ? box.standardButton(box.clickedButton()) : QMessageBox::Cancel;
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
    auto *layout = new QVBoxLayout(this);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    QWidget *left = createTemplateList(split);
    split->addWidget(left);
    split->addWidget(createEditorPane(split));
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    split->setSizes({std::max(300, left->sizeHint().width()), 620});
    layout->addWidget(split, 1);
    layout->addWidget(createButtons());
    createShortcuts();
    connectEditing();

    reload([](const MessageTemplate &) { return true; });
    m_list->setFocus();
}

QWidget *TemplatesDialog::createTemplateList(QWidget *parent)
{
    // The templates by channel, and what to do with them.
    auto *left = new QWidget(parent);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *listCaption = new QLabel(tr("Te&mplates:"), left);
    leftLayout->addWidget(listCaption);
    m_list = new TemplateList(left);
    m_list->setObjectName(u"templateList"_s);
    m_list->setAccessibleName(tr("Templates"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setWordWrap(true);
    listCaption->setBuddy(m_list);
    leftLayout->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    m_newButton = new QPushButton(tr("&New"), left);
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
    return left;
}

QWidget *TemplatesDialog::createEditorPane(QWidget *parent)
{
    auto *right = new QWidget(parent);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_status = new QLabel(right);
    m_status->setObjectName(u"templateStatus"_s);
    m_status->setWordWrap(true);
    rightLayout->addWidget(m_status);
    rightLayout->addLayout(createNameAndChannel(right));

    m_editor = new MessageEditor(m_noteLimit, right);
    m_editor->bodyEdit()->setAccessibleName(tr("Template text"));
    m_editor->bodyEdit()->setPlaceholderText(
        tr("Write the message here. Use Insert Placeholder for what changes from person to "
           "person, such as {first_name} or {company}."));
    m_editor->setBodyCaption(tr("&Text:"));
    m_editor->counterRow()->insertWidget(0, createPlaceholderButton(right), 0, Qt::AlignTop);
    m_editor->counterRow()->insertStretch(1, 1);
    const QString counterTip =
        tr("Counted as written. Compose replaces each placeholder with the person's details, so "
           "the message you send may be a little shorter or longer.");
    m_editor->subjectCounter()->setToolTip(counterTip);
    m_editor->bodyCounter()->setToolTip(counterTip);
    rightLayout->addWidget(m_editor, 1);

    auto *flagsHeading = new QLabel(tr("What recipients may not &want"), right);
    QFont bold = flagsHeading->font();
    bold.setBold(true);
    flagsHeading->setFont(bold);
    rightLayout->addWidget(flagsHeading);
    m_flags = new LintFlagList(LintFlagList::Text::Title, right);
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
    return right;
}

QFormLayout *TemplatesDialog::createNameAndChannel(QWidget *parent)
{
    auto *form = new QFormLayout;
    m_name = new QLineEdit(parent);
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setAccessibleName(tr("Template name"));
    m_name->setPlaceholderText(tr("For example: Thank a new follower"));
    auto *nameCaption = new QLabel(tr("N&ame:"), parent);
    nameCaption->setBuddy(m_name);
    form->addRow(nameCaption, m_name);
    m_nameNote = new QLabel(parent);
    m_nameNote->setObjectName(u"nameNote"_s);
    m_nameNote->setWordWrap(true);
    QPalette p = m_nameNote->palette();
    p.setColor(QPalette::WindowText, OutreachStyle::warningColor(p));
    m_nameNote->setPalette(p);
    m_nameNote->hide();
    form->addRow(QString(), m_nameNote);
    m_channel = new QComboBox(parent);
    m_channel->setObjectName(u"channelCombo"_s);
    m_channel->setAccessibleName(tr("Channel"));
    for (const QString &c : Outreach::channels())
        m_channel->addItem(OutreachStyle::channelLabel(c), c);
    auto *channelCaption = new QLabel(tr("C&hannel:"), parent);
    channelCaption->setBuddy(m_channel);
    form->addRow(channelCaption, m_channel);
    return form;
}

QPushButton *TemplatesDialog::createPlaceholderButton(QWidget *parent)
{
    m_placeholderButton = new QPushButton(tr("Insert &Placeholder"), parent);
    m_placeholderButton->setObjectName(u"placeholderButton"_s);
    m_placeholderButton->setAccessibleName(tr("Insert placeholder"));
    m_placeholderButton->setToolTip(
        tr("Puts a placeholder such as {first_name} at the cursor; Compose fills it in with "
           "each person's details."));
    m_placeholderButton->setAutoDefault(false);
    auto *menu = new QMenu(m_placeholderButton);
    menu->setObjectName(u"placeholderMenu"_s);
    for (const QString &p : TemplateRenderer::placeholders()) {
        QAction *action = menu->addAction(
            tr("%1 — {%2}").arg(TemplateRenderer::title(p).replace(u'&', u"&&"_s), p));
        action->setData(p);
        connect(action, &QAction::triggered, this, [this, p] { m_editor->insertPlaceholder(p); });
    }
    m_placeholderButton->setMenu(menu);
    return m_placeholderButton;
}

QDialogButtonBox *TemplatesDialog::createButtons()
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(u"saveButton"_s);
    m_saveButton->setDefault(true);
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"closeButton"_s);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(m_newButton, &QPushButton::clicked, this, &TemplatesDialog::newTemplate);
    connect(m_duplicateButton, &QPushButton::clicked, this, &TemplatesDialog::duplicateTemplate);
    connect(m_deleteButton, &QPushButton::clicked, this, &TemplatesDialog::deleteTemplate);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &TemplatesDialog::reject);
    return buttons;
}

void TemplatesDialog::createShortcuts()
{
    auto *saveAction = new QAction(this);
    // Ctrl+S, and Ctrl+Enter as in every message editor.
    saveAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::Save)
                             << QKeySequence(Qt::CTRL | Qt::Key_Return)
                             << QKeySequence(Qt::CTRL | Qt::Key_Enter));
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
}

void TemplatesDialog::connectEditing()
{
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        if (!m_filling)
            updateState();
    });
    connect(m_editor, &MessageEditor::edited, this, [this] {
        if (m_filling)
            return;
        updateState();
        m_editor->updateCounters();
    });
    connect(m_editor, &MessageEditor::checksDue, this, &TemplatesDialog::updateChecks);
    connect(m_channel, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        updateState();
        m_editor->updateCounters();
        updateChecks();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &TemplatesDialog::onCurrentRowChanged);
    connect(m_flags, &LintFlagList::flagChosen, this, [this](const LintFlag &flag) {
        m_flagDetail->setText(flag.explanation);
        m_editor->selectFlagged(flag);
    });
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
    t.subject = hasSubject(t.channel) ? m_editor->subjectEdit()->text() : QString();
    t.body = m_editor->body();
    return t;
}

QString TemplatesDialog::currentChannel() const
{
    return m_channel->currentData().toString();
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
        m_list->fill(m_templates);
        int selectRow = m_list->findRow([&](int index) { return select(m_templates.at(index)); });
        if (selectRow < 0)
            selectRow = m_list->findRow([](int) { return true; });
        m_list->setCurrentRow(selectRow);
        m_shownRow = selectRow;
    }
    m_filling = false;
    if (m_shownRow >= 0) {
        showTemplate(m_templates.at(m_list->templateIndex(m_shownRow)));
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
    m_editor->subjectEdit()->setText(t.subject);
    m_editor->setBody(t.body);
    m_filling = false;
    m_error->clear();
    updateState();
    m_editor->updateCounters();
    updateChecks();
}

void TemplatesDialog::onCurrentRowChanged(int row)
{
    if (m_filling || row == m_shownRow)
        return;
    const int index = m_list->templateIndex(row);
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
            const int r = m_list->findRow([&](int i) {
                const MessageTemplate &t = m_templates.at(i);
                return target.id > 0 ? t.id == target.id
                                     : t.builtIn && TemplateList::sameName(t.name, target.name);
            });
            if (r < 0)
                return;
            {
                const QSignalBlocker blocker(m_list);
                m_list->setCurrentRow(r);
            }
            m_shownRow = r;
            showTemplate(m_templates.at(m_list->templateIndex(r)));
        },
        Qt::QueuedConnection);
}

bool TemplatesDialog::selectTemplate(const QString &name)
{
    const auto matches = [&](const MessageTemplate &t) {
        return TemplateList::sameName(t.name, name);
    };
    if (std::none_of(m_templates.cbegin(), m_templates.cend(), matches))
        return false;
    if (m_shownRow >= 0) {
        const int shown = m_list->templateIndex(m_shownRow);
        if (shown >= 0 && matches(m_templates.at(shown)))
            return true;
    }
    if (!settleChanges())
        return false;
    const int r = m_list->findRow([&](int i) { return matches(m_templates.at(i)); });
    if (r < 0)
        return false;
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(r);
    }
    m_shownRow = r;
    showTemplate(m_templates.at(m_list->templateIndex(r)));
    return true;
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
    switch (ask(this, tr("Unsaved Changes"), text,
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
    m_editor->subjectEdit()->setText(source.subject);
    m_editor->setBody(source.body);
    m_name->selectAll();
    m_name->setFocus();
}

void TemplatesDialog::deleteTemplate()
{
    if (m_current.builtIn || m_current.id <= 0)
        return;
    const QString name = m_current.name;
    const bool restores = TemplateList::isStarterName(name);
    const QString text =
        restores ? tr("Delete your version of “%1”? The built-in starter of the same name comes "
                      "back in its place. Your text can't be brought back.")
                       .arg(name)
                 : tr("Delete the template “%1”? It can't be brought back.").arg(name);
    if (ask(this, restores ? tr("Restore Starter") : tr("Delete Template"), text,
            QMessageBox::Yes | QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    QString error;
    if (!m_store.remove(m_current.id, &error)) {
        m_error->showMessage(error);
        return;
    }
    const int row = m_shownRow;
    if (restores) {
        reload([&](const MessageTemplate &t) {
            return t.builtIn && TemplateList::sameName(t.name, name);
        });
        return;
    }
    // Show the neighbour that moved into its place, or the one before.
    const QList<MessageTemplate> before = m_templates;
    const int index = m_list->templateIndex(row);
    const QString nextName = index + 1 < before.size() ? before.at(index + 1).name
                             : index - 1 >= 0          ? before.at(index - 1).name
                                                       : QString();
    reload([&](const MessageTemplate &t) { return TemplateList::sameName(t.name, nextName); });
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
        !m_name->text().trimmed().isEmpty() && !m_editor->body().trimmed().isEmpty();
    m_saveButton->setEnabled(dirty && complete);
    m_saveButton->setToolTip(complete ? QString()
                                      : tr("Give the template a name and some text to save it."));
    m_editor->setChannel(currentChannel());

    const bool override =
        !m_current.builtIn && m_current.id > 0 && TemplateList::isStarterName(m_current.name);
    m_deleteButton->setText(override ? tr("&Restore Starter") : tr("&Delete"));
    m_deleteButton->setEnabled(!m_current.builtIn && m_current.id > 0);
    m_deleteButton->setToolTip(
        override ? tr("Deletes your version; the built-in starter comes back.")
        : m_current.builtIn
            ? tr("Built-in starters can't be deleted. Edit and save one to make your own.")
            : tr("Deletes this template of yours."));
    m_duplicateButton->setEnabled(!isNew);

    m_status->setText(TemplateList::statusText(m_current));
    const QString name = m_name->text().trimmed();
    const bool takesStarterName = !name.isEmpty() && TemplateList::isStarterName(name) &&
                                  !TemplateList::sameName(name, m_current.name);
    m_nameNote->setText(takesStarterName
                            ? tr("⚠ A built-in starter is called “%1”: saving puts yours in its "
                                 "place (deleting yours brings it back).")
                                  .arg(name)
                            : QString());
    m_nameNote->setVisible(takesStarterName);
}

void TemplatesDialog::updateChecks()
{
    m_editor->cancelPendingChecks();
    const QString channel = currentChannel();
    const QString body = m_editor->body();
    const QString subject = hasSubject(channel) ? m_editor->subjectEdit()->text() : QString();
    const QList<LintFlag> flags = MessageLinter::lint(channel, subject, body, {}, m_noteLimit);
    QString empty;
    if (channel == u"call"_s)
        empty = tr("Call notes are not checked: nobody receives them.");
    else if (body.trimmed().isEmpty() && subject.trimmed().isEmpty())
        empty = tr("Nothing to check yet — write the text above.");
    else
        empty = tr("Nothing to point out.");
    m_flags->showFlags(flags, empty);
    m_flagDetail->setText(flags.isEmpty()
                              ? tr("Suggestions only: they never stop you from saving or sending.")
                              : tr("Select a suggestion to read why and see where it is. "
                                   "Suggestions only: they never stop you."));
}

} // namespace rapport
