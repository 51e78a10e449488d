// Help ▸ Keyboard Shortcuts: the list is built from the window's actions —
// every menu action with a shortcut is listed under its menu with its keys,
// Today's queue keys under Today — so it cannot drift from what the keys do.

#include "SeamTesting.h"
#include "settings/Settings.h"
#include "shell/KeyboardShortcutsDialog.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace rapport;

using Entry = KeyboardShortcutsDialog::Entry;

class tst_KeyboardShortcutsDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void plainTextDropsMnemonicsAndEllipsis();
    void listsEveryMenuShortcut();
    void listsTodaysQueueKeys();
    void dialogShowsTheList();
    void htmlTableHasEveryEntry();
    void keysNoKeyboardHasAreLeftOut();

private:
    static bool contains(const QList<Entry> &entries, const QString &where, const QString &what,
                         const QString &keys);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void tst_KeyboardShortcutsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
    SeamTesting::start();
    m_window = std::make_unique<MainWindow>(*m_settings);
    QVERIFY(m_window->openDatabase(m_dir->filePath(u"keys.sqlite"_s)));
}

void tst_KeyboardShortcutsDialog::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

bool tst_KeyboardShortcutsDialog::contains(const QList<Entry> &entries, const QString &where,
                                           const QString &what, const QString &keys)
{
    return std::any_of(entries.cbegin(), entries.cend(), [&](const Entry &entry) {
        return entry.where == where && entry.what == what && entry.keys == keys;
    });
}

void tst_KeyboardShortcutsDialog::plainTextDropsMnemonicsAndEllipsis()
{
    QCOMPARE(KeyboardShortcutsDialog::plainText(u"&Open Database…"_s), u"Open Database"_s);
    QCOMPARE(KeyboardShortcutsDialog::plainText(u"S&kip Today"_s), u"Skip Today"_s);
    QCOMPARE(KeyboardShortcutsDialog::plainText(u"Tags && &Notes"_s), u"Tags & Notes"_s);
}

void tst_KeyboardShortcutsDialog::listsEveryMenuShortcut()
{
    const QList<Entry> entries = KeyboardShortcutsDialog::collect(m_window.get());
    int withKeys = 0;
    for (const QAction *top : m_window->menuBar()->actions()) {
        const QString menu = KeyboardShortcutsDialog::plainText(top->text());
        for (const QAction *action : top->menu()->actions()) {
            if (action->menu() || action->shortcuts().isEmpty())
                continue;
            ++withKeys;
            const QString what = KeyboardShortcutsDialog::plainText(action->text());
            QStringList keys;
            for (const QKeySequence &key : action->shortcuts())
                keys << key.toString(QKeySequence::NativeText);
            QVERIFY2(contains(entries, menu, what, keys.join(u", "_s)),
                     qPrintable(u"%1 ▸ %2 (%3)"_s.arg(menu, what, keys.join(u", "_s))));
        }
    }
    // The ones the brief names are among them: F1, Ctrl+F, Ctrl+L, Ctrl+1…5.
    QVERIFY(withKeys >= 15);
    QVERIFY(contains(entries, u"Help"_s, u"User Guide"_s,
                     QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText)));
    QVERIFY(contains(entries, u"Contact"_s, u"Quick Capture"_s,
                     QKeySequence(Qt::CTRL | Qt::Key_L).toString(QKeySequence::NativeText)));
    for (int row = 0; row < 5; ++row) {
        const QString key =
            QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)).toString(QKeySequence::NativeText);
        QVERIFY2(std::any_of(entries.cbegin(), entries.cend(),
                             [&](const Entry &e) { return e.where == u"Go" && e.keys == key; }),
                 qPrintable(key));
    }
    // A menu action is listed once, under its menu, even when a page shows it too.
    QSet<QString> seen;
    for (const Entry &entry : entries) {
        const QString key = entry.where + u'|' + entry.what + u'|' + entry.keys;
        QVERIFY2(!seen.contains(key), qPrintable(key));
        seen.insert(key);
    }
    // Each place is one group.
    QStringList places;
    for (const Entry &entry : entries) {
        if (places.isEmpty() || places.last() != entry.where) {
            QVERIFY2(!places.contains(entry.where), qPrintable(entry.where));
            places << entry.where;
        }
    }
}

void tst_KeyboardShortcutsDialog::listsTodaysQueueKeys()
{
    const QList<Entry> entries = KeyboardShortcutsDialog::collect(m_window.get());
    const QString today = u"Today"_s;
    QVERIFY(contains(entries, today, u"Next"_s, u"J"_s));
    QVERIFY(contains(entries, today, u"Previous"_s, u"K"_s));
    QVERIFY(contains(entries, today, u"Snooze"_s, u"S"_s));
    QVERIFY(contains(entries, today, u"Skip Today"_s, u"X"_s));
    QVERIFY(contains(entries, today, u"Reopen"_s, u"R"_s));
    // Done is Enter (either Enter key); without composing, Shift+Enter.
    const auto done = std::find_if(entries.cbegin(), entries.cend(), [](const Entry &entry) {
        return entry.where == u"Today" && entry.what == u"Done";
    });
    QVERIFY(done != entries.cend());
    QVERIFY(done->keys.contains(QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText)));
    // Keys that are no action: the arrows, and Ctrl+Enter in Compose.
    QVERIFY(std::any_of(entries.cbegin(), entries.cend(), [](const Entry &entry) {
        return entry.where == u"Compose" &&
               entry.keys ==
                   QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText);
    }));
}

void tst_KeyboardShortcutsDialog::dialogShowsTheList()
{
    m_window->show();
    bool ran = false;
    DialogRunner::setNextHandler<KeyboardShortcutsDialog>(
        u"keyboardShortcutsDialog"_s, [&ran](KeyboardShortcutsDialog &dialog) {
            ran = true;
            auto *tree = dialog.findChild<QTreeWidget *>(u"shortcutsTree"_s);
            int rows = 0;
            QStringList groups;
            for (int i = 0; i < tree->topLevelItemCount(); ++i) {
                groups << tree->topLevelItem(i)->text(0);
                rows += tree->topLevelItem(i)->childCount();
            }
            if (rows != dialog.entries().size())
                qWarning("%d rows for %d entries", rows, int(dialog.entries().size()));
            return rows == dialog.entries().size() && groups.contains(u"File"_s) &&
                   groups.contains(u"Today"_s) && groups.contains(u"Help"_s);
        });
    auto *action = m_window->findChild<QAction *>(u"keyboardShortcutsAction"_s);
    QVERIFY(action);
    action->trigger();
    QVERIFY(ran);
    QCOMPARE(DialogRunner::ran(), QStringList{u"keyboardShortcutsDialog"_s});
}

void tst_KeyboardShortcutsDialog::htmlTableHasEveryEntry()
{
    const QList<Entry> entries = {{u"File"_s, u"Open <Database>"_s, u"Ctrl+O"_s},
                                  {u"File"_s, u"Quit"_s, u"Ctrl+Q"_s},
                                  {u"Today"_s, u"Next"_s, u"J"_s}};
    const QString html = KeyboardShortcutsDialog::toHtml(entries);
    QCOMPARE(html.count(u"<tr>"_s), 5); // two headings, three rows
    QVERIFY(html.contains(u"Open &lt;Database&gt;"_s));
    QVERIFY(html.indexOf(u">Today<"_s) > html.indexOf(u"Ctrl+Q"_s));
}

void tst_KeyboardShortcutsDialog::keysNoKeyboardHasAreLeftOut()
{
    QAction undo;
    undo.setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Z), QKeySequence(Qt::Key_F14)});
    QCOMPARE(KeyboardShortcutsDialog::keysOf(&undo),
             QKeySequence(Qt::CTRL | Qt::Key_Z).toString(QKeySequence::NativeText));
    QAction help;
    help.setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::Key_F12)});
    QCOMPARE(KeyboardShortcutsDialog::keysOf(&help), u"F1, F12"_s);
}

QTEST_MAIN(tst_KeyboardShortcutsDialog)
#include "tst_keyboardshortcutsdialog.moc"
