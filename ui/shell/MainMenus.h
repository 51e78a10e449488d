#pragma once

// The window's menu bar — File, Edit, View, Contact, Go and Help — with
// their shortcuts and status tips, and which actions a closed or
// read-only database allows (updateActions). The work behind the actions
// is DatabaseFiles', ImportExportController's, WindowCommands' and
// BackupActions'.

#include <QObject>

class QAction;
class QActionGroup;
class QListWidget;
class QMenu;

namespace rapport {

class ContactsPage;
class ContentPage;
class DatabaseFiles;
class HelpWindow;
class ImportExportController;
class MainWindow;
class Session;
class WindowCommands;

class MainMenus : public QObject
{
    Q_OBJECT

public:
    // Builds the menus into `window`'s menu bar; Go follows `navigation`.
    MainMenus(MainWindow *window, Session *session, DatabaseFiles *files,
              ImportExportController *importExport, WindowCommands *commands,
              ContactsPage *contacts, ContentPage *content, QListWidget *navigation);

    // Enables what the open database (writable or not) and the page allow.
    void updateActions(bool onContacts);
    // Checks the Go action of the page shown.
    void setCurrentPage(int row);

private:
    void createFileMenu();
    void createEditMenu();
    void createViewMenu(QListWidget *navigation);
    void createContactMenu(ContentPage *content);
    void createGoMenu(QListWidget *navigation);
    void createHelpMenu();
    // Help ▸ User Guide (F1): the guide at the page in front of the user.
    void showGuide();
    void showKeyboardShortcuts();
    void showLicence();
    void showAbout();

    MainWindow *m_window;
    Session *m_session;
    DatabaseFiles *m_files;
    ImportExportController *m_importExport;
    WindowCommands *m_commands;
    ContactsPage *m_contacts;
    QActionGroup *m_goActions = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_importFolderAction = nullptr;
    QAction *m_importCsvAction = nullptr;
    QAction *m_importVCardAction = nullptr;
    QAction *m_importAnalyticsAction = nullptr;
    QAction *m_changesAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_captureAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_templatesAction = nullptr;
    QAction *m_composeAction = nullptr;
    QAction *m_valueAction = nullptr;
    QAction *m_keepInTouchAction = nullptr;
    QAction *m_tagCadencesAction = nullptr;
    QAction *m_weeklyNumbersAction = nullptr;
    HelpWindow *m_helpWindow = nullptr;
};

} // namespace rapport
