#include "shell/KeyboardShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

void addMenu(const QMenu *menu, const QString &where, QList<KeyboardShortcutsDialog::Entry> *out)
{
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (action->menu()) {
            addMenu(action->menu(),
                    where + u" ▸ "_s + KeyboardShortcutsDialog::plainText(action->text()), out);
            continue;
        }
        const QString keys = KeyboardShortcutsDialog::keysOf(action);
        if (!keys.isEmpty())
            out->append({where, KeyboardShortcutsDialog::plainText(action->text()), keys});
    }
}

// The pages' names, in the order of MainWindow::Page.
QString pageName(int index)
{
    switch (index) {
    case 0:
        return KeyboardShortcutsDialog::tr("Today");
    case 1:
        return KeyboardShortcutsDialog::tr("Contacts");
    case 2:
        return KeyboardShortcutsDialog::tr("Content");
    case 3:
        return KeyboardShortcutsDialog::tr("Outreach");
    case 4:
        return KeyboardShortcutsDialog::tr("Insights");
    }
    return KeyboardShortcutsDialog::tr("Page %1").arg(index + 1);
}

void collectMenuActions(const QMenu *menu, QSet<const QAction *> *seen)
{
    for (const QAction *action : menu->actions()) {
        seen->insert(action);
        if (action->menu())
            collectMenuActions(action->menu(), seen);
    }
}

// The actions the pages put on their own widgets (Today's queue keys):
// shortcuts that work while that widget has the focus. The menus' actions
// that a page also shows on a button are listed once, under their menu.
void addPageActions(const QMainWindow *window, QList<KeyboardShortcutsDialog::Entry> *out)
{
    const auto *pages = window->findChild<QStackedWidget *>(u"pageStack"_s);
    if (!pages)
        return;
    QSet<const QAction *> seen;
    for (const QAction *action : window->menuBar()->actions()) {
        if (action->menu())
            collectMenuActions(action->menu(), &seen);
    }
    for (int index = 0; index < pages->count(); ++index) {
        QWidget *page = pages->widget(index);
        QList<QWidget *> widgets = page->findChildren<QWidget *>();
        widgets.prepend(page);
        for (const QWidget *widget : std::as_const(widgets)) {
            for (const QAction *action : widget->actions()) {
                if (seen.contains(action))
                    continue;
                seen.insert(action);
                const QString keys = KeyboardShortcutsDialog::keysOf(action);
                if (!keys.isEmpty() && !action->text().isEmpty())
                    out->append({pageName(index),
                                 KeyboardShortcutsDialog::plainText(action->text()), keys});
            }
        }
    }
}

} // namespace

KeyboardShortcutsDialog::KeyboardShortcutsDialog(QMainWindow *window, QWidget *parent)
    : QDialog(parent)
    , m_entries(collect(window))
{
    setObjectName(u"keyboardShortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The menus' shortcuts work anywhere in the window; a page's keys "
                                "work where that page's list has the focus."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"shortcutsTree"_s);
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setHeaderLabels({tr("Action"), tr("Keys")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setFocusPolicy(Qt::StrongFocus);
    QTreeWidgetItem *group = nullptr;
    QFont bold = font();
    bold.setBold(true);
    for (const Entry &entry : std::as_const(m_entries)) {
        if (!group || group->text(0) != entry.where) {
            group = new QTreeWidgetItem(m_tree, {entry.where});
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
        }
        auto *item = new QTreeWidgetItem(group, {entry.what, entry.keys});
        item->setFlags(Qt::ItemIsEnabled);
    }
    m_tree->expandAll();
    m_tree->setItemsExpandable(false);
    m_tree->header()->setStretchLastSection(true);
    m_tree->resizeColumnToContents(0);
    m_tree->resizeColumnToContents(1);
    m_tree->setColumnWidth(0, m_tree->columnWidth(0) + 24);
    const int treeWidth = m_tree->columnWidth(0) + m_tree->columnWidth(1) + 40;
    layout->addWidget(m_tree, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // Wide enough for every key, within a small screen.
    resize(qBound(480, treeWidth + 24, 1000), 600);
}

QList<KeyboardShortcutsDialog::Entry> KeyboardShortcutsDialog::collect(const QMainWindow *window)
{
    QList<Entry> entries;
    for (const QAction *action : window->menuBar()->actions()) {
        if (action->menu())
            addMenu(action->menu(), plainText(action->text()), &entries);
    }
    addPageActions(window, &entries);

    // Keys that are no action of their own.
    const QString today = pageName(0);
    const QString native = QKeySequence(Qt::Key_Up).toString(QKeySequence::NativeText) + u", "_s +
                           QKeySequence(Qt::Key_Down).toString(QKeySequence::NativeText);
    entries.append({today, tr("Previous, next (like K and J)"), native});
    const QString compose = tr("Compose");
    entries.append({compose, tr("Log the message"),
                    QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)});
    entries.append({compose, tr("Close (asks first when the text is not logged)"),
                    QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText)});
    const QString guide = tr("User Guide");
    entries.append(
        {guide, tr("Back"), QKeySequence(QKeySequence::Back).toString(QKeySequence::NativeText)});
    entries.append({guide, tr("Forward"),
                    QKeySequence(QKeySequence::Forward).toString(QKeySequence::NativeText)});
    entries.append({guide, tr("Find in page"),
                    QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)});

    // One group per place, in the order the places first appear.
    QStringList places;
    for (const Entry &entry : std::as_const(entries)) {
        if (!places.contains(entry.where))
            places << entry.where;
    }
    std::stable_sort(entries.begin(), entries.end(), [&places](const Entry &a, const Entry &b) {
        return places.indexOf(a.where) < places.indexOf(b.where);
    });
    return entries;
}

QString KeyboardShortcutsDialog::toHtml(const QList<Entry> &entries)
{
    QString html = u"<table width=\"100%\" border=\"1\" cellspacing=\"0\">"_s;
    QString where;
    for (const Entry &entry : entries) {
        if (entry.where != where) {
            where = entry.where;
            html += u"<tr><th colspan=\"2\">%1</th></tr>"_s.arg(where.toHtmlEscaped());
        }
        html += u"<tr><td>%1</td><td><span class=\"key\">%2</span></td></tr>"_s.arg(
            entry.what.toHtmlEscaped(), entry.keys.toHtmlEscaped());
    }
    return html + u"</table>"_s;
}

QString KeyboardShortcutsDialog::keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts()) {
        // Keys no usual keyboard has (X11's Undo binding F14, say) are
        // left out: they only puzzle.
        const Qt::Key code = key.isEmpty() ? Qt::Key_unknown : key[0].key();
        if (!key.isEmpty() && !(code >= Qt::Key_F13 && code <= Qt::Key_F35))
            keys << key.toString(QKeySequence::NativeText);
    }
    return keys.join(u", "_s);
}

QString KeyboardShortcutsDialog::plainText(const QString &text)
{
    QString plain = text;
    // "&&" is a literal ampersand; a single "&" marks the mnemonic.
    plain.replace(u"&&"_s, QChar(0x1));
    plain.remove(u'&');
    plain.replace(QChar(0x1), u'&');
    if (plain.endsWith(u'…'))
        plain.chop(1);
    return plain.trimmed();
}

} // namespace rapport
