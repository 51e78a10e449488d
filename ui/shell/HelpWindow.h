#pragma once

// The User Guide window (Help ▸ User Guide, F1): the guide's pages, bundled
// with the application as HTML in its resources (resources/guide), with a
// contents list, Back and Forward, and Find in the page. It opens at the
// page that explains what is in front of the user (topicFor), in the
// language of the window when the guide has it (resources/guide/de).

#include "shell/MainWindow.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QToolButton;

namespace rapport {

class GuideBrowser;

class HelpWindow : public QWidget
{
    Q_OBJECT

public:
    explicit HelpWindow(QWidget *parent = nullptr);

    // The guide's pages in the order of the contents list: file names
    // without ".html" ("index", "today", …, "numbers", "shortcuts", …).
    static QStringList topics();
    // The guide's page about one of the window's pages.
    static QString topicFor(MainWindow::Page page);
    // The resource the topic's page is read from: in the language Rapport
    // speaks (UiLanguage::current) when the guide has it
    // (":/guide/de/today.html"), else in English (":/guide/today.html").
    static QUrl urlOf(const QString &topic);
    static QUrl urlOf(const QString &topic, const QString &language);
    // The guide's languages besides English (folders under resources/guide).
    static QStringList translatedLanguages();

    // Shows the topic's page (an unknown topic shows the contents page).
    void showTopic(const QString &topic);
    // The topic of the page shown.
    QString currentTopic() const;
    // The table of keyboard shortcuts the guide's shortcuts page shows.
    void setShortcutsTable(const QString &html);
    GuideBrowser *browser() const { return m_browser; }

private:
    void createToolBar(QWidget *bar);
    void createContents();
    void findInPage(bool backwards);
    // Selects the contents entry of the page at `url` (sourceChanged's).
    void syncContents(const QUrl &url);
    static QString topicOf(const QUrl &url);

    GuideBrowser *m_browser = nullptr;
    QListWidget *m_contents = nullptr;
    QLineEdit *m_find = nullptr;
    QLabel *m_findResult = nullptr;
    QToolButton *m_back = nullptr;
    QToolButton *m_forward = nullptr;
};

} // namespace rapport
