#include "shell/HelpWindow.h"

#include "common/ThemedIcon.h"
#include "settings/UiLanguage.h"
#include "shell/GuideBrowser.h"

#include <QAction>
#include <QFile>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

struct Topic
{
    const char *file;
    const char *title;
};

// The contents list, in reading order.
const Topic kTopics[] = {
    {"index", QT_TRANSLATE_NOOP("rapport::HelpWindow", "Welcome")},
    {"today", QT_TRANSLATE_NOOP("rapport::HelpWindow", "Today")},
    {"contacts", QT_TRANSLATE_NOOP("rapport::HelpWindow", "Contacts")},
    {"content", QT_TRANSLATE_NOOP("rapport::HelpWindow", "Content")},
    {"outreach", QT_TRANSLATE_NOOP("rapport::HelpWindow", "Outreach")},
    {"insights", QT_TRANSLATE_NOOP("rapport::HelpWindow", "Insights")},
    {"hierarchy", QT_TRANSLATE_NOOP("rapport::HelpWindow", "The engagement hierarchy")},
    {"numbers", QT_TRANSLATE_NOOP("rapport::HelpWindow", "What the numbers mean")},
    {"import", QT_TRANSLATE_NOOP("rapport::HelpWindow", "Importing LinkedIn's export")},
    {"backups", QT_TRANSLATE_NOOP("rapport::HelpWindow", "Backups and restore")},
    {"shortcuts", QT_TRANSLATE_NOOP("rapport::HelpWindow", "Keyboard shortcuts")},
};

} // namespace

HelpWindow::HelpWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(u"helpWindow"_s);
    setWindowTitle(tr("Rapport User Guide"));
    setAttribute(Qt::WA_DeleteOnClose, false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *bar = new QWidget(this);
    layout->addWidget(bar);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    m_contents = new QListWidget(splitter);
    m_browser = new GuideBrowser(splitter);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    createContents();
    createToolBar(bar);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpWindow::syncContents);
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QWidget::setEnabled);

    const QFontMetrics metrics = fontMetrics();
    int contentsWidth = 0;
    for (int row = 0; row < m_contents->count(); ++row)
        contentsWidth =
            qMax(contentsWidth, metrics.horizontalAdvance(m_contents->item(row)->text()));
    contentsWidth += 40;
    m_contents->setMinimumWidth(contentsWidth);
    // Fits a 1280×720 screen with room beside it for the window it explains.
    const int width = qMax(860, metrics.averageCharWidth() * 120);
    resize(width, 620);
    splitter->setSizes({contentsWidth, width - contentsWidth});
    showTopic(u"index"_s);
}

QStringList HelpWindow::topics()
{
    QStringList names;
    for (const Topic &topic : kTopics)
        names << QString::fromLatin1(topic.file);
    return names;
}

QString HelpWindow::topicFor(MainWindow::Page page)
{
    switch (page) {
    case MainWindow::Page::Today:
        return u"today"_s;
    case MainWindow::Page::Contacts:
        return u"contacts"_s;
    case MainWindow::Page::Content:
        return u"content"_s;
    case MainWindow::Page::Outreach:
        return u"outreach"_s;
    case MainWindow::Page::Insights:
        return u"insights"_s;
    }
    return u"index"_s;
}

QUrl HelpWindow::urlOf(const QString &topic)
{
    return urlOf(topic, UiLanguage::current());
}

QUrl HelpWindow::urlOf(const QString &topic, const QString &language)
{
    if (translatedLanguages().contains(language) &&
        QFile::exists(u":/guide/%1/%2.html"_s.arg(language, topic)))
        return QUrl(u"qrc:/guide/%1/%2.html"_s.arg(language, topic));
    return QUrl(u"qrc:/guide/%1.html"_s.arg(topic));
}

QStringList HelpWindow::translatedLanguages()
{
    QStringList languages;
    for (const QString &language : UiLanguage::available()) {
        if (language != u"en"_s && QFile::exists(u":/guide/%1/index.html"_s.arg(language)))
            languages << language;
    }
    return languages;
}

void HelpWindow::showTopic(const QString &topic)
{
    const QString name = topics().contains(topic) ? topic : u"index"_s;
    if (currentTopic() == name)
        m_browser->reload();
    else
        m_browser->setSource(urlOf(name));
}

QString HelpWindow::currentTopic() const
{
    return topicOf(m_browser->source());
}

QString HelpWindow::topicOf(const QUrl &url)
{
    const QString file = url.path().section(u'/', -1);
    return file.endsWith(u".html"_s) ? file.chopped(5) : QString();
}

void HelpWindow::setShortcutsTable(const QString &html)
{
    m_browser->setGeneratedPart(u"shortcuts"_s, html);
}

void HelpWindow::createToolBar(QWidget *bar)
{
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto addButton = [this, bar, row](const QString &icon, const QString &text,
                                      const QList<QKeySequence> &keys, const QString &name) {
        auto *action = new QAction(ThemedIcon::icon(icon), text, this);
        action->setShortcuts(keys);
        action->setObjectName(name);
        addAction(action);
        auto *button = new QToolButton(bar);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        row->addWidget(button);
        return std::make_pair(action, button);
    };
    auto [back, backButton] =
        addButton(u"back"_s, tr("&Back"), QKeySequence::keyBindings(QKeySequence::Back),
                  u"guideBackAction"_s);
    connect(back, &QAction::triggered, m_browser, &QTextBrowser::backward);
    m_back = backButton;
    auto [forward, forwardButton] =
        addButton(u"forward"_s, tr("&Forward"), QKeySequence::keyBindings(QKeySequence::Forward),
                  u"guideForwardAction"_s);
    connect(forward, &QAction::triggered, m_browser, &QTextBrowser::forward);
    m_forward = forwardButton;
    auto [home, homeButton] = addButton(u"guide"_s, tr("&Contents"), {}, u"guideHomeAction"_s);
    Q_UNUSED(homeButton);
    connect(home, &QAction::triggered, this, [this] { showTopic(u"index"_s); });
    m_back->setEnabled(false);
    m_forward->setEnabled(false);
    row->addStretch(1);

    m_findResult = new QLabel(bar);
    m_findResult->setObjectName(u"guideFindResult"_s);
    row->addWidget(m_findResult);
    m_find = new QLineEdit(bar);
    m_find->setObjectName(u"guideFind"_s);
    m_find->setPlaceholderText(tr("Find in page"));
    m_find->setAccessibleName(tr("Find in page"));
    m_find->setClearButtonEnabled(true);
    m_find->setMinimumWidth(fontMetrics().averageCharWidth() * 28);
    row->addWidget(m_find);
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findInPage(false); });
    connect(m_find, &QLineEdit::textChanged, this, [this] {
        // Search from the top of the page as the words change.
        QTextCursor cursor = m_browser->textCursor();
        cursor.movePosition(QTextCursor::Start);
        m_browser->setTextCursor(cursor);
        findInPage(false);
    });
    auto *find = new QAction(this);
    find->setShortcuts(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_find->setFocus(Qt::ShortcutFocusReason);
        m_find->selectAll();
    });
    addAction(find);
    auto *findNext = new QAction(this);
    findNext->setShortcuts(QKeySequence::FindNext);
    connect(findNext, &QAction::triggered, this, [this] { findInPage(false); });
    addAction(findNext);
    auto *findPrevious = new QAction(this);
    findPrevious->setShortcuts(QKeySequence::FindPrevious);
    connect(findPrevious, &QAction::triggered, this, [this] { findInPage(true); });
    addAction(findPrevious);
    auto *close = new QAction(this);
    close->setShortcuts(QKeySequence::Close);
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);
}

void HelpWindow::createContents()
{
    m_contents->setObjectName(u"guideContents"_s);
    m_contents->setAccessibleName(tr("Contents"));
    m_contents->setSpacing(2);
    for (const Topic &topic : kTopics) {
        auto *item = new QListWidgetItem(tr(topic.title), m_contents);
        item->setData(Qt::UserRole, QString::fromLatin1(topic.file));
    }
    connect(m_contents, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && item->data(Qt::UserRole).toString() != currentTopic())
            m_browser->setSource(urlOf(item->data(Qt::UserRole).toString()));
    });
}

void HelpWindow::findInPage(bool backwards)
{
    const QString text = m_find->text();
    if (text.isEmpty()) {
        m_findResult->clear();
        return;
    }
    const QTextDocument::FindFlags flags =
        backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = m_browser->find(text, flags);
    if (!found) {
        // Wrap around once.
        QTextCursor cursor = m_browser->textCursor();
        cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
        m_browser->setTextCursor(cursor);
        found = m_browser->find(text, flags);
    }
    m_findResult->setText(found ? QString() : tr("Not found on this page"));
}

void HelpWindow::syncContents(const QUrl &url)
{
    // The browser says where it goes before source() does.
    const QString topic = topicOf(url);
    for (int row = 0; row < m_contents->count(); ++row) {
        QListWidgetItem *item = m_contents->item(row);
        if (item->data(Qt::UserRole).toString() == topic) {
            const QSignalBlocker blocker(m_contents);
            m_contents->setCurrentRow(row);
            setWindowTitle(tr("%1 — Rapport User Guide").arg(item->text()));
            break;
        }
    }
    m_findResult->clear();
}

} // namespace rapport
