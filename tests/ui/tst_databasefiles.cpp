// File ▸ New Database…, Open Database… and Open Recent through the test
// seam: a chosen file opens and joins the recent list; New refuses a file
// that exists and adds .sqlite to a bare name; a recent database that is
// gone is taken off the list with a message naming it; the gate is asked
// first.

#include "SeamTesting.h"
#include "settings/Settings.h"
#include "shell/DatabaseFiles.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_DatabaseFiles : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    DatabaseFiles *files() const { return m_window->databaseFiles(); }
    QString path(const QString &name) const
    {
        return QFileInfo(m_dir->filePath(name)).absoluteFilePath();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
        SeamTesting::start();
        m_window = std::make_unique<MainWindow>(*m_settings);
        QVERIFY(m_window->openDatabase(path(u"first.sqlite"_s)));
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void newDatabaseAddsTheSuffixAndOpensIt()
    {
        QSignalSpy opened(m_window.get(), &MainWindow::databaseOpened);
        FileDialogs::setNextPath(m_dir->filePath(u"second"_s));
        files()->newDatabase();
        QCOMPARE(FileDialogs::asked(), QStringList{u"New Database"_s});
        QVERIFY2(SeamTesting::warnings().isEmpty(),
                 qPrintable(SeamTesting::warnings().join(u'\n')));
        QCOMPARE(m_window->databasePath(), path(u"second.sqlite"_s));
        QCOMPARE(opened.size(), 1);
        QVERIFY(m_window->windowTitle().startsWith(u"second.sqlite"_s));
        QCOMPARE(m_settings->recentDatabases().first(), path(u"second.sqlite"_s));
    }

    void newDatabaseRefusesAFileThatExists()
    {
        FileDialogs::setNextPath(path(u"first.sqlite"_s));
        QSignalSpy opened(m_window.get(), &MainWindow::databaseOpened);
        files()->newDatabase();
        QCOMPARE(SeamTesting::warnings().size(), 1);
        QVERIFY2(SeamTesting::warnings().first().contains(
                     QDir::toNativeSeparators(path(u"first.sqlite"_s))),
                 qPrintable(SeamTesting::warnings().first()));
        QCOMPARE(opened.size(), 0);
    }

    void openDatabaseAsksTheGateFirst()
    {
        QStringList asked;
        files()->setGate([&asked](const QString &next) {
            asked << next;
            return asked.size() > 1;
        });
        FileDialogs::setNextPath(path(u"other.sqlite"_s));
        files()->chooseDatabase();
        QCOMPARE(m_window->databasePath(), path(u"first.sqlite"_s));
        FileDialogs::setNextPath(path(u"other.sqlite"_s));
        files()->chooseDatabase();
        QVERIFY2(SeamTesting::warnings().isEmpty(),
                 qPrintable(SeamTesting::warnings().join(u'\n')));
        QCOMPARE(asked.size(), 2);
        QCOMPARE(m_window->databasePath(), path(u"other.sqlite"_s));
        QCOMPARE(FileDialogs::asked(), (QStringList{u"Open Database"_s, u"Open Database"_s}));
    }

    void recentMenuListsAndForgetsAGoneDatabase()
    {
        FileDialogs::setNextPath(path(u"gone.sqlite"_s));
        files()->newDatabase();
        QVERIFY(m_window->openDatabase(path(u"first.sqlite"_s)));
        QVERIFY(m_settings->recentDatabases().contains(path(u"gone.sqlite"_s)));
        QMenu menu;
        files()->fillRecentMenu(&menu);
        QStringList texts;
        for (QAction *action : menu.actions())
            texts << action->text();
        QVERIFY2(texts.join(u'|').contains(QDir::toNativeSeparators(path(u"gone.sqlite"_s))),
                 qPrintable(texts.join(u'|')));
        QVERIFY(QFile::remove(path(u"gone.sqlite"_s)));
        files()->openRecent(path(u"gone.sqlite"_s));
        QCOMPARE(SeamTesting::warnings().size(), 1);
        QVERIFY2(SeamTesting::warnings().first().startsWith(u"Database Not Found: "_s),
                 qPrintable(SeamTesting::warnings().first()));
        QVERIFY(!m_settings->recentDatabases().contains(path(u"gone.sqlite"_s)));
        QCOMPARE(m_window->databasePath(), path(u"first.sqlite"_s));
    }
};

QTEST_MAIN(tst_DatabaseFiles)
#include "tst_databasefiles.moc"
