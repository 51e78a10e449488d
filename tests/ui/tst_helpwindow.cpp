// The User Guide: F1 (and Help ▸ User Guide) opens it at the page in front
// of the user, every page of the guide is bundled and its links lead to
// pages that exist, the numbers page defines the numbers the app shows, the
// hierarchy page names every tier as the app does, the shortcuts page lists
// the window's real shortcuts, Back, Forward and Find work, and every page
// has a German counterpart (same links and anchors, translated headings)
// that a German window shows.

#include "SeamTesting.h"
#include "common/TierStyle.h"
#include "domain/Tier.h"
#include "settings/Settings.h"
#include "shell/GuideBrowser.h"
#include "shell/HelpWindow.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_HelpWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void everyPageIsBundledWithATitle();
    void linksLeadToPagesAndAnchorsThatExist();
    void f1OpensTheGuideAtTheCurrentPage_data();
    void f1OpensTheGuideAtTheCurrentPage();
    void userGuideActionIsF1();
    void numbersPageDefinesTheNumbers();
    void numbersPageFollowsTheReadme();
    void hierarchyPageNamesEveryTier();
    void shortcutsPageListsTheWindowsShortcuts();
    void contentsBackAndForward();
    void findInPage();
    void everyPageHasAGermanCounterpart();
    void theGuideFollowsTheWindowsLanguage();

private:
    void openWindow();
    static QString pageSource(const QString &topic, const QString &language = QString());
    HelpWindow *pressF1();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void tst_HelpWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
    SeamTesting::start();
}

void tst_HelpWindow::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

void tst_HelpWindow::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_settings);
    QVERIFY(m_window->openDatabase(m_dir->filePath(u"guide.sqlite"_s)));
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

QString tst_HelpWindow::pageSource(const QString &topic, const QString &language)
{
    QFile file(language.isEmpty() ? u":/guide/%1.html"_s.arg(topic)
                                  : u":/guide/%1/%2.html"_s.arg(language, topic));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

HelpWindow *tst_HelpWindow::pressF1()
{
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return nullptr;
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    auto *help = m_window->findChild<HelpWindow *>(u"helpWindow"_s);
    return help && help->isVisible() ? help : nullptr;
}

void tst_HelpWindow::everyPageIsBundledWithATitle()
{
    const QStringList topics = HelpWindow::topics();
    // One page per page of the window, and the shared pages.
    for (const QString &topic :
         {u"index"_s, u"today"_s, u"contacts"_s, u"content"_s, u"outreach"_s, u"insights"_s,
          u"hierarchy"_s, u"numbers"_s, u"shortcuts"_s, u"backups"_s, u"import"_s})
        QVERIFY2(topics.contains(topic), qPrintable(topic));
    static const QRegularExpression title(u"<title>([^<]+)</title>"_s);
    for (const QString &topic : topics) {
        const QString html = pageSource(topic);
        QVERIFY2(html.size() > 500, qPrintable(topic));
        QVERIFY2(title.match(html).hasMatch(), qPrintable(topic));
        QVERIFY2(html.contains(u"<h1>"_s), qPrintable(topic));
    }
}

void tst_HelpWindow::linksLeadToPagesAndAnchorsThatExist()
{
    static const QRegularExpression link(u"href=\"([a-z]+)\\.html(?:#([a-z]+))?\""_s);
    const QStringList topics = HelpWindow::topics();
    int links = 0;
    for (const QString &topic : topics) {
        const QString html = pageSource(topic);
        for (auto it = link.globalMatch(html); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            const QString target = match.captured(1);
            QVERIFY2(topics.contains(target),
                     qPrintable(u"%1 links to %2"_s.arg(topic, match.captured(0))));
            if (!match.captured(2).isEmpty())
                QVERIFY2(pageSource(target).contains(u"<a name=\"%1\">"_s.arg(match.captured(2))),
                         qPrintable(u"%1 links to %2"_s.arg(topic, match.captured(0))));
            ++links;
        }
    }
    QVERIFY(links > 20);
}

void tst_HelpWindow::f1OpensTheGuideAtTheCurrentPage_data()
{
    QTest::addColumn<MainWindow::Page>("page");
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("title");
    QTest::newRow("today") << MainWindow::Page::Today << u"today"_s << u"Today"_s;
    QTest::newRow("contacts") << MainWindow::Page::Contacts << u"contacts"_s << u"Contacts"_s;
    QTest::newRow("content") << MainWindow::Page::Content << u"content"_s << u"Content"_s;
    QTest::newRow("outreach") << MainWindow::Page::Outreach << u"outreach"_s << u"Outreach"_s;
    QTest::newRow("insights") << MainWindow::Page::Insights << u"insights"_s << u"Insights"_s;
}

void tst_HelpWindow::f1OpensTheGuideAtTheCurrentPage()
{
    QFETCH(MainWindow::Page, page);
    QFETCH(QString, topic);
    QFETCH(QString, title);
    openWindow();
    // Start the guide elsewhere, so F1 has to move it.
    m_window->showPage(page == MainWindow::Page::Today ? MainWindow::Page::Insights
                                                       : MainWindow::Page::Today);
    HelpWindow *help = pressF1();
    QVERIFY(help);
    QVERIFY(help->currentTopic() != topic);

    m_window->showPage(page);
    QCOMPARE(pressF1(), help); // one guide window, brought forward
    QCOMPARE(help->currentTopic(), topic);
    QCOMPARE(help->browser()->documentTitle(), title);
    QVERIFY(help->browser()->toPlainText().startsWith(title));
    auto *contents = help->findChild<QListWidget *>(u"guideContents"_s);
    QCOMPARE(contents->currentItem()->data(Qt::UserRole).toString(), topic);
}

void tst_HelpWindow::userGuideActionIsF1()
{
    openWindow();
    auto *guide = m_window->findChild<QAction *>(u"userGuideAction"_s);
    QVERIFY(guide);
    QCOMPARE(guide->shortcuts(), QKeySequence::keyBindings(QKeySequence::HelpContents));
    QVERIFY(guide->shortcuts().contains(QKeySequence(Qt::Key_F1)));
    m_window->showPage(MainWindow::Page::Outreach);
    guide->trigger();
    auto *help = m_window->findChild<HelpWindow *>(u"helpWindow"_s);
    QVERIFY(help && help->isVisible());
    QCOMPARE(help->currentTopic(), u"outreach"_s);
}

void tst_HelpWindow::numbersPageDefinesTheNumbers()
{
    HelpWindow help;
    help.showTopic(u"numbers"_s);
    const QString text = help.browser()->toPlainText();
    // The numbers the pages show, by the names they show them with.
    for (const QString &name :
         {u"Engagement rate"_s, u"Share of likes"_s, u"Engagers you logged"_s, u"Acceptance rate"_s,
          u"Acceptance warning"_s, u"Pending invitations"_s, u"Worth withdrawing"_s,
          u"Response rate"_s, u"InMail credits"_s, u"True followers"_s, u"True-follower ratio"_s,
          u"Outreach funnel"_s, u"Contacts per tier"_s, u"Connection score"_s, u"Network score"_s})
        QVERIFY2(text.contains(name), qPrintable(name));
    // The worked examples come with them.
    QVERIFY(text.contains(u"129 ÷ 800 = 16.1 %"_s));
    QVERIFY(text.contains(u"6,273 − 5,297 = 976"_s));
}

void tst_HelpWindow::numbersPageFollowsTheReadme()
{
    // Every number the README's "What the numbers mean" defines (a list item
    // starting with its name in bold) is defined in the guide too.
    QFile readme(QStringLiteral(RAPPORT_SOURCE_DIR "/README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    const qsizetype start = text.indexOf(u"\n## What the numbers mean\n"_s);
    QVERIFY(start > 0);
    const qsizetype end = text.indexOf(u"\n## "_s, start + 1);
    const QString section = text.mid(start, end - start);
    static const QRegularExpression term(u"\n- \\*\\*([^*]+)\\*\\*"_s);
    HelpWindow help;
    help.showTopic(u"numbers"_s);
    const QString guide = help.browser()->toPlainText();
    int terms = 0;
    for (auto it = term.globalMatch(section); it.hasNext(); ++terms) {
        const QString name = it.next().captured(1);
        QVERIFY2(guide.contains(name), qPrintable(name));
    }
    QVERIFY(terms >= 15);
}

void tst_HelpWindow::hierarchyPageNamesEveryTier()
{
    HelpWindow help;
    help.showTopic(u"hierarchy"_s);
    const QString text = help.browser()->toPlainText();
    int position = 0;
    for (int rank = 1; rank <= 6; ++rank) {
        Tier tier;
        tier.rank = rank;
        const QString label = TierStyle::label(tier);
        // In the order of the hierarchy, as the app names them.
        const int at = text.indexOf(u"\n"_s + label + u"\n"_s, position);
        QVERIFY2(at > position, qPrintable(label));
        position = at;
    }
    QVERIFY(text.contains(u"90 days"_s));
    QVERIFY(text.contains(u"lapsed"_s));
}

void tst_HelpWindow::shortcutsPageListsTheWindowsShortcuts()
{
    openWindow();
    HelpWindow *help = pressF1();
    QVERIFY(help);
    help->showTopic(u"shortcuts"_s);
    const QString text = help->browser()->toPlainText();
    const auto native = [](const QKeySequence &key) {
        return key.toString(QKeySequence::NativeText);
    };
    // Read from the window's actions: the menus' and Today's queue keys.
    QVERIFY(text.contains(u"User Guide\n"_s + native(QKeySequence(Qt::Key_F1))));
    QVERIFY(text.contains(u"Quick Capture\n"_s + native(QKeySequence(Qt::CTRL | Qt::Key_L))));
    QVERIFY(text.contains(u"Skip Today\nX"_s));
    QVERIFY(text.contains(u"Snooze\nS"_s));
    QVERIFY(text.contains(u"Next\nJ"_s));
    QVERIFY(!text.contains(u"<!-- shortcuts -->"_s));
}

void tst_HelpWindow::contentsBackAndForward()
{
    HelpWindow help;
    help.show();
    QCOMPARE(help.currentTopic(), u"index"_s);
    auto *contents = help.findChild<QListWidget *>(u"guideContents"_s);
    QCOMPARE(contents->count(), HelpWindow::topics().size());
    contents->setCurrentRow(int(HelpWindow::topics().indexOf(u"numbers"_s)));
    QCOMPARE(help.currentTopic(), u"numbers"_s);
    help.showTopic(u"today"_s);
    QCOMPARE(contents->currentItem()->data(Qt::UserRole).toString(), u"today"_s);
    help.findChild<QAction *>(u"guideBackAction"_s)->trigger();
    QCOMPARE(help.currentTopic(), u"numbers"_s);
    help.findChild<QAction *>(u"guideBackAction"_s)->trigger();
    QCOMPARE(help.currentTopic(), u"index"_s);
    help.findChild<QAction *>(u"guideForwardAction"_s)->trigger();
    QCOMPARE(help.currentTopic(), u"numbers"_s);
    help.findChild<QAction *>(u"guideHomeAction"_s)->trigger();
    QCOMPARE(help.currentTopic(), u"index"_s);
    // An unknown topic shows the contents page rather than nothing.
    help.showTopic(u"no-such-page"_s);
    QCOMPARE(help.currentTopic(), u"index"_s);
}

void tst_HelpWindow::findInPage()
{
    HelpWindow help;
    help.show();
    help.showTopic(u"numbers"_s);
    auto *find = help.findChild<QLineEdit *>(u"guideFind"_s);
    auto *result = help.findChild<QLabel *>(u"guideFindResult"_s);
    QTest::keyClicks(find, u"network score"_s);
    QCOMPARE(help.browser()->textCursor().selectedText().toLower(), u"network score"_s);
    QVERIFY(result->text().isEmpty());
    const int first = help.browser()->textCursor().position();
    QTest::keyClick(find, Qt::Key_Return);
    QVERIFY(help.browser()->textCursor().position() != first);
    find->clear();
    QTest::keyClicks(find, u"zebra crossing"_s);
    QVERIFY(!help.browser()->textCursor().hasSelection());
    QVERIFY(!result->text().isEmpty());
}

namespace {

// Every match of `pattern`'s first group in `html`, in order.
QStringList all(const QString &html, const QString &pattern)
{
    QStringList out;
    const QRegularExpression re(pattern, QRegularExpression::DotMatchesEverythingOption);
    for (auto it = re.globalMatch(html); it.hasNext();)
        out << it.next().captured(1).simplified();
    return out;
}

} // namespace

void tst_HelpWindow::everyPageHasAGermanCounterpart()
{
    // The same pages, links, anchors, generated parts and headings, with the
    // headings (and the text) in German.
    QCOMPARE(HelpWindow::translatedLanguages(), QStringList{u"de"_s});
    for (const QString &topic : HelpWindow::topics()) {
        const QString en = pageSource(topic);
        const QString de = pageSource(topic, u"de"_s);
        QVERIFY2(!de.isEmpty(), qPrintable(u"no German page for "_s + topic));
        QCOMPARE(all(de, u"href=\"([^\"]*)\""_s), all(en, u"href=\"([^\"]*)\""_s));
        QCOMPARE(all(de, u"<a name=\"([^\"]*)\">"_s), all(en, u"<a name=\"([^\"]*)\">"_s));
        QCOMPARE(all(de, u"<!-- ([a-z]+) -->"_s), all(en, u"<!-- ([a-z]+) -->"_s));
        const QStringList headingsEn = all(en, u"<h[12]>(.*?)</h[12]>"_s);
        const QStringList headingsDe = all(de, u"<h[12]>(.*?)</h[12]>"_s);
        QCOMPARE(headingsDe.size(), headingsEn.size());
        for (int i = 0; i < headingsEn.size(); ++i)
            QVERIFY2(headingsDe.at(i) != headingsEn.at(i),
                     qPrintable(u"%1: \"%2\" is not translated"_s.arg(topic, headingsEn.at(i))));
        const QStringList titleDe = all(de, u"<title>(.*?)</title>"_s);
        QCOMPARE(titleDe.size(), 1);
        QVERIFY2(titleDe.first() != all(en, u"<title>(.*?)</title>"_s).value(0), qPrintable(topic));
    }
}

void tst_HelpWindow::theGuideFollowsTheWindowsLanguage()
{
    QCOMPARE(HelpWindow::urlOf(u"today"_s, u"de"_s), QUrl(u"qrc:/guide/de/today.html"_s));
    QCOMPARE(HelpWindow::urlOf(u"today"_s, u"en"_s), QUrl(u"qrc:/guide/today.html"_s));
    // A language the guide does not have: English.
    QCOMPARE(HelpWindow::urlOf(u"today"_s, u"fr"_s), QUrl(u"qrc:/guide/today.html"_s));
    // This test installs no translation: the window speaks English.
    QCOMPARE(HelpWindow::urlOf(u"numbers"_s), QUrl(u"qrc:/guide/numbers.html"_s));
    // The German pages link to each other, not back to the English ones.
    HelpWindow help;
    help.browser()->setSource(HelpWindow::urlOf(u"index"_s, u"de"_s));
    QVERIFY(help.browser()->toPlainText().contains(u"Benutzerhandbuch"_s));
    QCOMPARE(help.currentTopic(), u"index"_s);
    QCOMPARE(help.browser()->source().resolved(QUrl(u"today.html"_s)),
             QUrl(u"qrc:/guide/de/today.html"_s));
}

QTEST_MAIN(tst_HelpWindow)
#include "tst_helpwindow.moc"
