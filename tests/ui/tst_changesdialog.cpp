// The Changes view in the window: after the hand-computed pair of LinkedIn
// exports (tests/fixtures/changes), Today's strip links to it and the link
// opens it with its groups; a row opens its contact; the import report
// offers it; the empty state offers the import; an undo of the import
// brings the view back to the first export; the contact panel marks a
// connection that is gone.

#include "SeamTesting.h"
#include "common/DialogRunner.h"
#include "common/EmptyStateView.h"
#include "contacts/ContactsPage.h"
#include "importexport/ChangesDialog.h"
#include "importexport/ImportExportController.h"
#include "importexport/ImportReportDialog.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"
#include "store/ContactStore.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_ChangesDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    static QString fixture(const QString &name)
    {
        return QStringLiteral(RAPPORT_FIXTURES "/changes/") + name;
    }
    QPushButton *stripLink() const
    {
        return m_window->findChild<QPushButton *>(u"todayExportChanges"_s);
    }
    void import(const QString &folder, bool seeChanges = false)
    {
        DialogRunner::setNextHandler<ImportReportDialog>(
            u"importReportDialog"_s, [seeChanges](ImportReportDialog &dialog) {
                auto *button = dialog.findChild<QPushButton *>(u"seeChangesButton"_s);
                if (seeChanges && button)
                    button->click();
                return true;
            });
        QVERIFY(m_window->importExport()->importLinkedIn(fixture(folder)));
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
        SeamTesting::start();
        m_window = std::make_unique<MainWindow>(*m_settings);
        QVERIFY(m_window->openDatabase(m_dir->filePath(u"w.sqlite"_s)));
        m_window->showPage(MainWindow::Page::Today);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void stripLinkOpensTheGroups()
    {
        QVERIFY(stripLink());
        QVERIFY(!stripLink()->isVisible()); // nothing imported yet
        import(u"before"_s);
        QVERIFY(!stripLink()->isVisible()); // one export: nothing to compare
        import(u"after"_s);
        QTRY_VERIFY(stripLink()->isVisible());
        QCOMPARE(stripLink()->text(), u"7 changes since the last export \u25B8"_s);
        QTest::mouseClick(stripLink(), Qt::LeftButton);
        ChangesDialog *view = m_window->changesDialog();
        QVERIFY(view);
        QVERIFY(QTest::qWaitForWindowExposed(view));
        QCOMPARE(view->groupTitles(),
                 (QStringList{u"New connections (1)"_s, u"No longer connected (1)"_s,
                              u"Job changes (3)"_s, u"Invitations accepted (1)"_s,
                              u"New messages (1)"_s}));
        QTreeWidgetItem *jobs = view->tree()->topLevelItem(2);
        QCOMPARE(jobs->child(2)->text(0), u"Dan Dogwood"_s);
        QCOMPARE(jobs->child(2)->text(1), u"Analyst at Delta \u2192 CTO at Zeta"_s);
        QVERIFY2(view->findChild<QLabel *>(u"changesHeadline"_s)
                     ->text()
                     .startsWith(u"7 changes in the export imported"_s),
                 qPrintable(view->findChild<QLabel *>(u"changesHeadline"_s)->text()));

        // A row opens its contact in the window.
        view->tree()->setCurrentItem(jobs->child(2));
        view->findChild<QPushButton *>(u"changesOpenButton"_s)->click();
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Contacts);
        QCOMPARE(m_window->contactsPage()->currentContact()->fullName(), u"Dan Dogwood"_s);

        // Eve is gone: the panel says since when.
        const qint64 eve = m_window->contactStore()->findBySlug(u"eve-elm"_s)->id;
        QVERIFY(m_window->contactsPage()->showContact(eve));
        auto *former = m_window->findChild<QLabel *>(u"detailFormerConnection"_s);
        QVERIFY(former);
        QTRY_VERIFY(former->isVisible());
        QVERIFY2(former->text().startsWith(u"No longer a connection since "_s),
                 qPrintable(former->text()));
    }

    void importReportOffersTheView()
    {
        import(u"before"_s);
        QVERIFY(!m_window->changesDialog());
        import(u"after"_s, true);
        QVERIFY(m_window->changesDialog());
        QCOMPARE(m_window->changesDialog()->changes().total(), 7);
    }

    void viewMenuOpensTheView()
    {
        import(u"before"_s);
        import(u"after"_s);
        auto *action = m_window->findChild<QAction *>(u"showChangesAction"_s);
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        QVERIFY(!m_window->changesDialog());
        action->trigger();
        QVERIFY(m_window->changesDialog());
        QVERIFY(QTest::qWaitForWindowExposed(m_window->changesDialog()));
        QCOMPARE(m_window->changesDialog()->changes().total(), 7);
    }

    void emptyStateOffersTheImport()
    {
        m_window->showExportChanges();
        ChangesDialog *view = m_window->changesDialog();
        QVERIFY(QTest::qWaitForWindowExposed(view));
        QVERIFY(view->emptyState()->isVisible());
        QCOMPARE(view->emptyState()->heading()->text(), u"Nothing to compare yet"_s);
        const QList<QPushButton *> buttons = view->emptyState()->actionButtons();
        QCOMPARE(buttons.size(), 1);
        QCOMPARE(buttons.first()->objectName(), u"changesImportLinkedInButton"_s);
        // Kept current: an import while it is open fills it.
        import(u"before"_s);
        import(u"after"_s);
        QTRY_VERIFY(!view->emptyState()->isVisible());
        QCOMPARE(view->groupTitles().size(), 5);
    }
};

QTEST_MAIN(tst_ChangesDialog)
#include "tst_changesdialog.moc"
