#pragma once

// Help ▸ Keyboard Shortcuts: every shortcut of the window, read from the
// menus' actions and the pages' own actions (so the list stays true as
// actions change), plus the few keys that are not actions (the arrows in
// Today's queue, Ctrl+Enter in Compose). The same list, as an HTML table,
// is the User Guide's shortcuts page.

#include <QDialog>
#include <QList>

class QMainWindow;
class QTreeWidget;

namespace rapport {

class KeyboardShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        QString where; // "File", "Today", "Compose", …
        QString what;  // the action's text without "&" and "…"
        QString keys;  // native text, several separated by ", "
    };

    explicit KeyboardShortcutsDialog(QMainWindow *window, QWidget *parent = nullptr);

    // The menus' actions with shortcuts, menu by menu (submenus as
    // "File ▸ Open Recent"), then the pages' actions and the other keys.
    static QList<Entry> collect(const QMainWindow *window);
    // The entries as an HTML table, one heading row per place.
    static QString toHtml(const QList<Entry> &entries);
    // The shortcut of one action as the list shows it.
    static QString keysOf(const QAction *action);
    // An action's text as the list shows it ("&Open Database…" → "Open Database").
    static QString plainText(const QString &text);

    QList<Entry> entries() const { return m_entries; }

private:
    QList<Entry> m_entries;
    QTreeWidget *m_tree = nullptr;
};

} // namespace rapport
