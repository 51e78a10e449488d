// The window's one path for imports and exports, driven from the File
// menu through the test seam: the file chooser's answer is imported on a
// worker and its report shown; a cancelled choice does nothing; a failed
// import says why and shows no report; the export dialog's request is
// written; watching for other processes' writes pauses while an import's
// worker writes.

#include "SeamTesting.h"
#include "importexport/ExportDialog.h"
#include "importexport/ImportExportController.h"
#include "importexport/ImportReportDialog.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"
#include "store/ContactStore.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_ImportExportController : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }
    static QString vcards() { return QStringLiteral(RAPPORT_FIXTURES) + u"/vcard/"_s; }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
        SeamTesting::start();
        m_window = std::make_unique<MainWindow>(*m_settings);
        QVERIFY(m_window->openDatabase(m_dir->filePath(u"c.sqlite"_s)));
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void importsTheChosenFileAndShowsTheReport()
    {
        QList<ImportReport> reports;
        DialogRunner::setNextHandler<ImportReportDialog>(u"importReportDialog"_s,
                                                         [&reports](ImportReportDialog &dialog) {
                                                             reports << dialog.report();
                                                             return true;
                                                         });
        QSignalSpy importing(m_window->importExport(), &ImportExportController::importingChanged);
        FileDialogs::setNextPath(vcards() + u"gmail-3.0.vcf"_s);
        action(u"importVCardAction"_s)->trigger();
        QVERIFY2(SeamTesting::warnings().isEmpty(),
                 qPrintable(SeamTesting::warnings().join(u'\n')));
        QCOMPARE(FileDialogs::asked(), QStringList{u"Import vCard"_s});
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports.first().contacts.created, 2);
        QCOMPARE(m_window->contactStore()->totalCount(), 2);
        // Busy while the worker wrote, not after.
        QCOMPARE(importing.size(), 2);
        QCOMPARE(importing.at(0).at(0).toBool(), true);
        QCOMPARE(importing.at(1).at(0).toBool(), false);
        QVERIFY(!m_window->importExport()->isImporting());
    }

    void cancelledChoiceDoesNothing()
    {
        // No path set: the chooser was cancelled.
        action(u"importLinkedInAction"_s)->trigger();
        QCOMPARE(FileDialogs::asked(), QStringList{u"Import LinkedIn Export"_s});
        QVERIFY(DialogRunner::ran().isEmpty());
        QVERIFY(Prompts::shown().isEmpty());
        QCOMPARE(m_window->contactStore()->totalCount(), 0);
    }

    void failedImportSaysWhyWithoutAReport()
    {
        FileDialogs::setNextPath(vcards() + u"truncated.vcf"_s);
        action(u"importVCardAction"_s)->trigger();
        QCOMPARE(SeamTesting::warnings().size(), 1);
        QVERIFY2(SeamTesting::warnings().first().startsWith(u"Could Not Import: "_s),
                 qPrintable(SeamTesting::warnings().first()));
        QVERIFY2(SeamTesting::warnings().first().contains(u"truncated.vcf"_s),
                 qPrintable(SeamTesting::warnings().first()));
        QVERIFY(!DialogRunner::ran().contains(u"importReportDialog"_s));
        QCOMPARE(m_window->contactStore()->totalCount(), 0);
    }

    void exportsWhatTheDialogAsks()
    {
        DialogRunner::setNextHandler(u"importReportDialog"_s, [](QDialog *) { return true; });
        QVERIFY(m_window->importExport()->importVCard(vcards() + u"gmail-3.0.vcf"_s));
        // Export exports what the Contacts page shows (a hidden page waits
        // until it is shown to reload).
        m_window->showPage(MainWindow::Page::Contacts);
        m_window->show();
        const QString path = m_dir->filePath(u"everyone.vcf"_s);
        DialogRunner::setNextHandler<ExportDialog>(u"exportDialog"_s, [&path](ExportDialog &d) {
            d.findChild<QAbstractButton *>(u"vcardRadio"_s)->click();
            d.findChild<QLineEdit *>(u"pathEdit"_s)->setText(path);
            return true;
        });
        QTRY_VERIFY(action(u"exportAction"_s)->isEnabled());
        action(u"exportAction"_s)->trigger();
        QVERIFY2(SeamTesting::warnings().isEmpty(),
                 qPrintable(SeamTesting::warnings().join(u'\n')));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("BEGIN:VCARD"), 2);
    }

    void anExportThatCannotBeWrittenKeepsTheChoices()
    {
        DialogRunner::setNextHandler(u"importReportDialog"_s, [](QDialog *) { return true; });
        QVERIFY(m_window->importExport()->importVCard(vcards() + u"gmail-3.0.vcf"_s));
        m_window->showPage(MainWindow::Page::Contacts);
        m_window->show();
        const QString nowhere = m_dir->filePath(u"missing-folder/everyone.vcf"_s);
        const QString path = m_dir->filePath(u"everyone.vcf"_s);
        QString refusal;
        bool keptVCard = false;
        QString keptPath;
        bool waitsForAFile = false;
        DialogRunner::setNextHandler<ExportDialog>(u"exportDialog"_s, [&](ExportDialog &d) {
            d.findChild<QAbstractButton *>(u"vcardRadio"_s)->click();
            auto *edit = d.findChild<QLineEdit *>(u"pathEdit"_s);
            edit->clear();
            waitsForAFile = !d.findChild<QPushButton *>(u"exportButton"_s)->isEnabled() &&
                            d.findChild<QLabel *>(u"exportMessage"_s)->text().contains(u"file"_s);
            edit->setText(nowhere);
            return true;
        });
        DialogRunner::setNextHandler<ExportDialog>(u"exportDialog"_s, [&](ExportDialog &d) {
            refusal = d.errorText();
            keptVCard = d.findChild<QAbstractButton *>(u"vcardRadio"_s)->isChecked();
            auto *edit = d.findChild<QLineEdit *>(u"pathEdit"_s);
            keptPath = edit->text();
            edit->setText(path);
            return true; // Export again, to a folder that is there
        });
        QTRY_VERIFY(action(u"exportAction"_s)->isEnabled());
        action(u"exportAction"_s)->trigger();
        QCOMPARE(DialogRunner::ran().count(u"exportDialog"_s), 2);
        QVERIFY(waitsForAFile);
        QVERIFY2(refusal.contains(u"everyone.vcf"_s), qPrintable(refusal));
        QVERIFY(keptVCard);
        QCOMPARE(keptPath, nowhere);
        QVERIFY2(SeamTesting::warnings().isEmpty(),
                 qPrintable(SeamTesting::warnings().join(u'\n')));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("BEGIN:VCARD"), 2);
    }

    void cancelledExportWritesNothing()
    {
        DialogRunner::setNextHandler(u"importReportDialog"_s, [](QDialog *) { return true; });
        QVERIFY(m_window->importExport()->importVCard(vcards() + u"gmail-3.0.vcf"_s));
        // Export exports what the Contacts page shows (a hidden page waits
        // until it is shown to reload).
        m_window->showPage(MainWindow::Page::Contacts);
        m_window->show();
        const QString path = m_dir->filePath(u"nobody.csv"_s);
        DialogRunner::setNextHandler<ExportDialog>(u"exportDialog"_s, [&path](ExportDialog &d) {
            d.findChild<QLineEdit *>(u"pathEdit"_s)->setText(path);
            return false;
        });
        QTRY_VERIFY(action(u"exportAction"_s)->isEnabled());
        action(u"exportAction"_s)->trigger();
        QCOMPARE(DialogRunner::ran().last(), u"exportDialog"_s);
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(tst_ImportExportController)
#include "tst_importexportcontroller.moc"
