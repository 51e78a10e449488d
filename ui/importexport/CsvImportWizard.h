#pragma once

// Walks through importing any CSV file: choose the file; check the detected
// encoding and delimiter against a preview; map columns to contact fields
// (automatic, a Google or Outlook preset, or the mapping last used for
// files with the same header) with a live preview; choose what duplicates
// do. The caller's importer runs the import when Import is pressed, with the
// wizard still open: an import that fails (the file gone, the database
// refusing it) keeps every choice and says why on the last page.

#include "importexport/CsvImportRequest.h"

#include <QWizard>
#include <functional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace rapport {

class ErrorBanner;
class Settings;

class CsvImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, FormatPage, MappingPage, DuplicatesPage };

    CsvImportWizard(Settings &settings, const QString &folder, QWidget *parent = nullptr);

    // Imports what the wizard asks; false with a message keeps it open.
    using Importer = std::function<bool(const CsvImportRequest &request, QString *error)>;
    void setImporter(Importer importer) { m_importer = std::move(importer); }
    // Why the last import failed; empty otherwise.
    QString errorText() const;

    CsvImportRequest request() const;
    // Reads the header and first rows of the chosen file; false after
    // showing why on the current page.
    bool loadPreview();

    bool validateCurrentPage() override;
    void initializePage(int id) override;
    void accept() override;

private:
    QWizardPage *createFilePage();
    QWizardPage *createFormatPage();
    QWizardPage *createMappingPage();
    QWizardPage *createDuplicatesPage();
    void fillPreviewTable();
    void fillMappingTable();
    void applyPreset(int index);
    void updateMappedPreview();
    CsvColumnMapping currentMapping() const;

    Settings &m_settings;
    CsvImporter::Preview m_preview;
    QLineEdit *m_path = nullptr;
    QLabel *m_fileMessage = nullptr;
    QLabel *m_encoding = nullptr;
    QComboBox *m_delimiter = nullptr;
    QTableWidget *m_previewTable = nullptr;
    QComboBox *m_preset = nullptr;
    QTableWidget *m_mappingTable = nullptr;
    QTableWidget *m_mappedPreview = nullptr;
    QLabel *m_mappingMessage = nullptr;
    QButtonGroup *m_policy = nullptr;
    ErrorBanner *m_error = nullptr;
    Importer m_importer;
};

} // namespace rapport
