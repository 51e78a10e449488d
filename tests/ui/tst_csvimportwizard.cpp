#include "SeamTesting.h"
#include "db/Database.h"
#include "importexport/CsvImportWizard.h"
#include "importexport/ImportExportController.h"
#include "importexport/ImportReportDialog.h"
#include "io/ImportReport.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"
#include "store/ContactStore.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_CsvImportWizard : public QObject
{
    Q_OBJECT

    QString fixture(const QString &name) const
    {
        return QStringLiteral(RAPPORT_FIXTURES) + u"/csv/"_s + name;
    }

private slots:
    void walksThroughAGoogleExport()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"s.ini"_s));
        CsvImportWizard wizard(settings, QString());
        wizard.show();
        wizard.findChild<QLineEdit *>(u"csvPathEdit"_s)->setText(fixture(u"google.csv"_s));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CsvImportWizard::FormatPage));
        QCOMPARE(wizard.findChild<QLabel *>(u"encodingLabel"_s)->text(), u"UTF-8"_s);
        auto *preview = wizard.findChild<QTableWidget *>(u"previewTable"_s);
        QVERIFY(preview->rowCount() > 0);
        QCOMPARE(preview->horizontalHeaderItem(0)->text(), u"First Name"_s);

        wizard.next();
        QCOMPARE(wizard.currentId(), int(CsvImportWizard::MappingPage));
        auto *preset = wizard.findChild<QComboBox *>(u"presetCombo"_s);
        preset->setCurrentIndex(preset->findData(u"google"_s));
        emit preset->activated(preset->currentIndex());
        CsvImportRequest r = wizard.request();
        QVERIFY(r.mapping.hasNameColumn());
        QCOMPARE(r.mapping.field(0), CsvColumnMapping::Field::FirstName);
        auto *mapped = wizard.findChild<QTableWidget *>(u"mappedPreview"_s);
        QVERIFY(mapped->rowCount() > 0);
        QCOMPARE(mapped->item(0, 0)->text(), u"Ana"_s);
        for (int c = 0; c < mapped->columnCount(); ++c) {
            if (mapped->horizontalHeaderItem(c)->text() ==
                CsvColumnMapping::fieldTitle(CsvColumnMapping::Field::Email))
                QCOMPARE(mapped->item(0, c)->text(), u"ana.ferreira@nimbus.example"_s);
        }

        // Re-mapping shows at once: with no name column the page says so
        // and will not go on.
        auto *table = wizard.findChild<QTableWidget *>(u"mappingTable"_s);
        auto combo = [table](int row) {
            return qobject_cast<QComboBox *>(table->cellWidget(row, 1));
        };
        QComboBox *first = combo(0);
        first->setCurrentIndex(first->findData(int(CsvColumnMapping::Field::Company)));
        bool companyShowsIt = false;
        for (int c = 0; c < mapped->columnCount(); ++c) {
            if (mapped->horizontalHeaderItem(c)->text() ==
                CsvColumnMapping::fieldTitle(CsvColumnMapping::Field::Company))
                companyShowsIt = mapped->item(0, c)->text().contains(u"Ana"_s);
        }
        QVERIFY(companyShowsIt);
        for (int row = 0; row < table->rowCount(); ++row) {
            const auto field = CsvColumnMapping::Field(combo(row)->currentData().toInt());
            if (field == CsvColumnMapping::Field::FirstName ||
                field == CsvColumnMapping::Field::FullName)
                combo(row)->setCurrentIndex(
                    combo(row)->findData(int(CsvColumnMapping::Field::Ignore)));
        }
        QVERIFY(!wizard.request().mapping.hasNameColumn());
        QVERIFY(wizard.findChild<QLabel *>(u"mappingMessage"_s)->isVisible());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CsvImportWizard::MappingPage));
        emit preset->activated(preset->currentIndex());
        QCOMPARE(wizard.request().mapping, r.mapping);

        wizard.next();
        QCOMPARE(wizard.currentId(), int(CsvImportWizard::DuplicatesPage));
        r = wizard.request();
        QCOMPARE(r.policy, CsvImporter::DuplicatePolicy::Update);
        QCOMPARE(r.delimiter, QChar(u','));
        wizard.accept();

        // The same columns next time start from what was chosen.
        CsvImportWizard again(settings, QString());
        again.show();
        again.findChild<QLineEdit *>(u"csvPathEdit"_s)->setText(fixture(u"google.csv"_s));
        again.next();
        again.next();
        QCOMPARE(again.findChild<QComboBox *>(u"presetCombo"_s)->currentData().toString(),
                 u"remembered"_s);
        QCOMPARE(again.request().mapping, r.mapping);
    }

    void refusesAFileItCannotRead()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"s.ini"_s));
        CsvImportWizard wizard(settings, QString());
        wizard.show();
        wizard.findChild<QLineEdit *>(u"csvPathEdit"_s)->setText(dir.filePath(u"nope.csv"_s));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CsvImportWizard::FilePage));
        auto *message = wizard.findChild<QLabel *>(u"fileMessage"_s);
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"nope.csv"_s), qPrintable(message->text()));
    }

    void mainWindowImportsWhatTheWizardChose()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"s.ini"_s));
        SeamTesting::start();
        MainWindow window(settings);
        QList<ImportReport> reports;
        DialogRunner::setNextHandler<ImportReportDialog>(u"importReportDialog"_s,
                                                         [&](ImportReportDialog &dialog) {
                                                             reports << dialog.report();
                                                             return true;
                                                         });
        QVERIFY(window.openDatabase(dir.filePath(u"c.sqlite"_s)));
        CsvImportRequest request;
        request.path = fixture(u"outlook.csv"_s);
        CsvImporter::Preview preview;
        QVERIFY(CsvImporter::preview(request.path, 5, &preview, nullptr));
        request.mapping =
            CsvColumnMapping::preset(CsvColumnMapping::Preset::Outlook, preview.headers);
        QVERIFY2(window.importExport()->runCsvImport(request),
                 qPrintable(SeamTesting::warnings().join(u'\n')));
        QCOMPARE(reports.size(), 1);
        QVERIFY(reports.first().contacts.created > 0);
        QCOMPARE(window.contactStore()->totalCount(), reports.first().contacts.created);
    }

    void aFailedImportKeepsTheWizardOpen()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"s.ini"_s));
        SeamTesting::start();
        MainWindow window(settings);
        QVERIFY(window.openDatabase(dir.filePath(u"c.sqlite"_s)));
        const QString path = dir.filePath(u"friends.csv"_s);
        QVERIFY(QFile::copy(fixture(u"google.csv"_s), path));
        DialogRunner::setNextHandler(u"importReportDialog"_s, [](QDialog *) { return true; });
        QString refusal;
        bool stayed = false;
        bool keptChoices = false;
        DialogRunner::setNextHandler<CsvImportWizard>(
            u"csvImportWizard"_s, [&](CsvImportWizard &wizard) {
                wizard.show();
                wizard.findChild<QLineEdit *>(u"csvPathEdit"_s)->setText(path);
                while (wizard.currentId() != CsvImportWizard::DuplicatesPage) {
                    const int was = wizard.currentId();
                    wizard.next();
                    if (wizard.currentId() == was)
                        return false;
                }
                wizard.findChild<QAbstractButton *>(u"skipRadio"_s)->click();
                // The file goes away before Import: the import fails.
                QFile::remove(path);
                wizard.accept();
                refusal = wizard.errorText();
                stayed = wizard.result() != QDialog::Accepted && wizard.isVisible() &&
                         wizard.currentId() == CsvImportWizard::DuplicatesPage;
                keptChoices = wizard.request().path == path &&
                              wizard.request().policy == CsvImporter::DuplicatePolicy::Skip;
                // Back in place: Import again imports.
                QFile::copy(fixture(u"google.csv"_s), path);
                wizard.accept();
                return wizard.result() == QDialog::Accepted;
            });
        window.importExport()->importCsv();
        QCOMPARE(DialogRunner::ran().count(u"csvImportWizard"_s), 1);
        QVERIFY2(refusal.contains(u"friends.csv"_s), qPrintable(refusal));
        QVERIFY(stayed);
        QVERIFY(keptChoices);
        QVERIFY2(SeamTesting::warnings().isEmpty(),
                 qPrintable(SeamTesting::warnings().join(u'\n')));
        QVERIFY(window.contactStore()->totalCount() > 0);
    }

    void mainWindowImportsAVCardFile()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"s.ini"_s));
        SeamTesting::start();
        MainWindow window(settings);
        QList<ImportReport> reports;
        DialogRunner::setNextHandler<ImportReportDialog>(u"importReportDialog"_s,
                                                         [&](ImportReportDialog &dialog) {
                                                             reports << dialog.report();
                                                             return true;
                                                         });
        QVERIFY(window.openDatabase(dir.filePath(u"v.sqlite"_s)));
        auto *action = window.findChild<QAction *>(u"importVCardAction"_s);
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        const QString vcards = QStringLiteral(RAPPORT_FIXTURES) + u"/vcard/"_s;
        QVERIFY2(window.importExport()->importVCard(vcards + u"gmail-3.0.vcf"_s),
                 qPrintable(SeamTesting::warnings().join(u'\n')));
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports.first().contacts.created, 2);
        QCOMPARE(window.contactStore()->totalCount(), 2);
        DialogRunner::setNextHandler<ImportReportDialog>(u"importReportDialog"_s,
                                                         [&](ImportReportDialog &dialog) {
                                                             reports << dialog.report();
                                                             return true;
                                                         });
        QVERIFY(window.importExport()->importVCard(vcards + u"gmail-3.0.vcf"_s));
        QCOMPARE(reports.last().contacts.unchanged, 2);
        // A cut-short file: a message naming it, nothing imported.
        QVERIFY(!window.importExport()->importVCard(vcards + u"truncated.vcf"_s));
        QCOMPARE(SeamTesting::warnings().size(), 1);
        QVERIFY2(SeamTesting::warnings().first().contains(u"truncated.vcf"_s),
                 qPrintable(SeamTesting::warnings().first()));
        QCOMPARE(window.contactStore()->totalCount(), 2);
    }
};

QTEST_MAIN(tst_CsvImportWizard)
#include "tst_csvimportwizard.moc"
