#include "importexport/CsvImportWizard.h"

#include "common/ErrorBanner.h"
#include "common/FileDialogs.h"
#include "settings/Settings.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

constexpr int previewRows = 10;
constexpr int mappedPreviewRows = 5;

QTableWidget *makeTable(const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QLabel *makeMessage(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->hide();
    return label;
}

} // namespace

CsvImportWizard::CsvImportWizard(Settings &settings, const QString &folder, QWidget *parent)
    : QWizard(parent)
    , m_settings(settings)
{
    setObjectName(u"csvImportWizard"_s);
    setWindowTitle(tr("Import Contacts from CSV"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(FilePage, createFilePage());
    setPage(FormatPage, createFormatPage());
    setPage(MappingPage, createMappingPage());
    setPage(DuplicatesPage, createDuplicatesPage());
    setButtonText(QWizard::FinishButton, tr("Import"));
    m_path->setText(folder.isEmpty() ? QString() : QDir(folder).path() + u'/');
    resize(760, 560);
}

QWizardPage *CsvImportWizard::createFilePage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Choose the CSV file"));
    page->setSubTitle(tr("Any spreadsheet export works: Google Contacts, Outlook, Excel, or a "
                         "file Rapport exported."));
    auto *layout = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    m_path = new QLineEdit(page);
    m_path->setObjectName(u"csvPathEdit"_s);
    m_path->setAccessibleName(tr("CSV file"));
    auto *browse = new QPushButton(tr("Choose…"), page);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::openFile(
            this, tr("Import Contacts from CSV"), QFileInfo(m_path->text()).path(),
            tr("CSV and text files (*.csv *.txt *.tsv);;All files (*)"));
        if (!path.isEmpty())
            m_path->setText(path);
    });
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    layout->addLayout(row);
    m_fileMessage = makeMessage(u"fileMessage"_s, page);
    layout->addWidget(m_fileMessage);
    layout->addStretch(1);
    return page;
}

QWizardPage *CsvImportWizard::createFormatPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Check how the file reads"));
    page->setSubTitle(tr("Rapport guessed the text encoding and the separator; if the preview "
                         "looks wrong, pick another separator."));
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    m_encoding = new QLabel(page);
    m_encoding->setObjectName(u"encodingLabel"_s);
    form->addRow(tr("Encoding:"), m_encoding);
    m_delimiter = new QComboBox(page);
    m_delimiter->setObjectName(u"delimiterCombo"_s);
    m_delimiter->setAccessibleName(tr("Separator"));
    m_delimiter->addItem(tr("Comma ( , )"), QChar(u','));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QChar(u';'));
    m_delimiter->addItem(tr("Tab"), QChar(u'\t'));
    form->addRow(tr("Separator:"), m_delimiter);
    layout->addLayout(form);
    m_previewTable = makeTable(u"previewTable"_s, page);
    layout->addWidget(m_previewTable, 1);
    connect(m_delimiter, &QComboBox::activated, this, [this] {
        if (loadPreview())
            fillPreviewTable();
    });
    return page;
}

QWizardPage *CsvImportWizard::createMappingPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Match columns to contact fields"));
    page->setSubTitle(tr("Each column fills one field, or is ignored. Rapport remembers your "
                         "choice for files with the same columns."));
    auto *layout = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    m_preset = new QComboBox(page);
    m_preset->setObjectName(u"presetCombo"_s);
    m_preset->setAccessibleName(tr("Mapping preset"));
    row->addWidget(new QLabel(tr("Start from:"), page));
    row->addWidget(m_preset, 1);
    layout->addLayout(row);
    m_mappingTable = makeTable(u"mappingTable"_s, page);
    m_mappingTable->setColumnCount(3);
    m_mappingTable->setHorizontalHeaderLabels({tr("Column"), tr("Field"), tr("First value")});
    layout->addWidget(m_mappingTable, 3);
    layout->addWidget(new QLabel(tr("The first contacts as they will be imported:"), page));
    m_mappedPreview = makeTable(u"mappedPreview"_s, page);
    layout->addWidget(m_mappedPreview, 2);
    m_mappingMessage = makeMessage(u"mappingMessage"_s, page);
    layout->addWidget(m_mappingMessage);
    connect(m_preset, &QComboBox::activated, this, &CsvImportWizard::applyPreset);
    return page;
}

QWizardPage *CsvImportWizard::createDuplicatesPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Contacts you already have"));
    page->setSubTitle(tr("A row is the same person as a contact when its Rapport ID (from an "
                         "export) matches, or else the LinkedIn profile, or else the name and "
                         "company when the e-mail does not differ."));
    auto *layout = new QVBoxLayout(page);
    m_policy = new QButtonGroup(page);
    const struct
    {
        CsvImporter::DuplicatePolicy policy;
        QString text;
        QString name;
    } choices[] = {
        {CsvImporter::DuplicatePolicy::Update,
         tr("Update them with the file's values (empty cells change nothing)"), u"updateRadio"_s},
        {CsvImporter::DuplicatePolicy::Skip, tr("Keep them as they are; skip those rows"),
         u"skipRadio"_s},
        {CsvImporter::DuplicatePolicy::Create,
         tr("Add the rows as new contacts anyway (never two with the same profile)"),
         u"createRadio"_s},
    };
    for (const auto &choice : choices) {
        auto *radio = new QRadioButton(choice.text, page);
        radio->setObjectName(choice.name);
        m_policy->addButton(radio, int(choice.policy));
        layout->addWidget(radio);
    }
    m_policy->button(int(CsvImporter::DuplicatePolicy::Update))->setChecked(true);
    layout->addSpacing(12);
    auto *note = new QLabel(tr("The import is all or nothing: if it fails or you cancel it, "
                               "your contacts stay exactly as they were. Rows that cannot be "
                               "imported are listed in the report with their line numbers."),
                            page);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addStretch(1);
    m_error = new ErrorBanner(page);
    m_error->setObjectName(u"importErrorMessage"_s);
    layout->addWidget(m_error);
    return page;
}

bool CsvImportWizard::loadPreview()
{
    const QString path = m_path->text().trimmed();
    QString error;
    const QChar delimiter =
        currentId() == FormatPage ? m_delimiter->currentData().toChar() : QChar();
    CsvImporter::Preview preview;
    if (path.isEmpty() || QFileInfo(path).isDir()) {
        error = tr("Choose a CSV file to import.");
    } else if (CsvImporter::preview(path, previewRows, &preview, &error, delimiter)) {
        m_preview = preview;
        m_fileMessage->hide();
        return true;
    }
    m_fileMessage->setText(error);
    m_fileMessage->show();
    return false;
}

bool CsvImportWizard::validateCurrentPage()
{
    switch (currentId()) {
    case FilePage:
        return loadPreview();
    case MappingPage:
        if (!currentMapping().hasNameColumn()) {
            m_mappingMessage->setText(tr("Choose the column with the first name (or the full "
                                         "name): every contact needs one."));
            m_mappingMessage->show();
            return false;
        }
        m_mappingMessage->hide();
        return true;
    default:
        return true;
    }
}

void CsvImportWizard::initializePage(int id)
{
    if (id == FormatPage) {
        m_encoding->setText(CsvImporter::encodingName(m_preview.encoding));
        const int index = m_delimiter->findData(m_preview.delimiter);
        m_delimiter->setCurrentIndex(qMax(0, index));
        fillPreviewTable();
    } else if (id == MappingPage) {
        m_preset->clear();
        m_preset->addItem(tr("Automatic (from the column names)"), u"auto"_s);
        m_preset->addItem(tr("Google Contacts export"), u"google"_s);
        m_preset->addItem(tr("Outlook export"), u"outlook"_s);
        const QString remembered =
            m_settings.csvMapping(CsvColumnMapping::signature(m_preview.headers));
        if (!remembered.isEmpty()) {
            m_preset->addItem(tr("What you chose last time for these columns"), u"remembered"_s);
            m_preset->setCurrentIndex(m_preset->count() - 1);
        }
        applyPreset(m_preset->currentIndex());
    }
    QWizard::initializePage(id);
}

void CsvImportWizard::fillPreviewTable()
{
    m_previewTable->clear();
    m_previewTable->setColumnCount(int(m_preview.headers.size()));
    m_previewTable->setHorizontalHeaderLabels(m_preview.headers);
    m_previewTable->setRowCount(int(m_preview.rows.size()));
    for (int r = 0; r < m_preview.rows.size(); ++r) {
        const QStringList &row = m_preview.rows.at(r);
        for (int c = 0; c < row.size() && c < m_preview.headers.size(); ++c)
            m_previewTable->setItem(r, c, new QTableWidgetItem(row.at(c)));
    }
    m_previewTable->resizeColumnsToContents();
}

void CsvImportWizard::applyPreset(int index)
{
    const QString key = m_preset->itemData(index).toString();
    CsvColumnMapping mapping;
    if (key == u"google"_s) {
        mapping = CsvColumnMapping::preset(CsvColumnMapping::Preset::Google, m_preview.headers);
    } else if (key == u"outlook"_s) {
        mapping = CsvColumnMapping::preset(CsvColumnMapping::Preset::Outlook, m_preview.headers);
    } else if (key == u"remembered"_s) {
        const auto stored = CsvColumnMapping::fromString(
            m_settings.csvMapping(CsvColumnMapping::signature(m_preview.headers)));
        mapping = stored ? *stored : CsvColumnMapping::automatic(m_preview.headers, m_preview.rows);
    } else {
        mapping = CsvColumnMapping::automatic(m_preview.headers, m_preview.rows);
    }
    m_mappingTable->setRowCount(int(m_preview.headers.size()));
    const QList<CsvColumnMapping::Field> fields = CsvColumnMapping::fields();
    for (int c = 0; c < m_preview.headers.size(); ++c) {
        m_mappingTable->setItem(c, 0, new QTableWidgetItem(m_preview.headers.at(c)));
        auto *combo = new QComboBox(m_mappingTable);
        combo->setObjectName(u"fieldCombo%1"_s.arg(c));
        combo->setAccessibleName(tr("Field for column %1").arg(m_preview.headers.at(c)));
        for (CsvColumnMapping::Field field : fields)
            combo->addItem(CsvColumnMapping::fieldTitle(field), int(field));
        combo->setCurrentIndex(qMax(0, combo->findData(int(mapping.field(c)))));
        connect(combo, &QComboBox::currentIndexChanged, this,
                &CsvImportWizard::updateMappedPreview);
        m_mappingTable->setCellWidget(c, 1, combo);
        const QString sample = m_preview.rows.isEmpty() || m_preview.rows.first().size() <= c
                                   ? QString()
                                   : m_preview.rows.first().at(c);
        m_mappingTable->setItem(c, 2, new QTableWidgetItem(sample));
    }
    m_mappingTable->resizeColumnToContents(0);
    m_mappingTable->setColumnWidth(1, 200);
    updateMappedPreview();
}

CsvColumnMapping CsvImportWizard::currentMapping() const
{
    CsvColumnMapping mapping;
    for (int c = 0; c < m_mappingTable->rowCount(); ++c) {
        if (auto *combo = qobject_cast<QComboBox *>(m_mappingTable->cellWidget(c, 1)))
            mapping.setField(c, CsvColumnMapping::Field(combo->currentData().toInt()));
    }
    return mapping;
}

void CsvImportWizard::updateMappedPreview()
{
    using Field = CsvColumnMapping::Field;
    const CsvColumnMapping mapping = currentMapping();
    const QList<Field> shown = {Field::FirstName,  Field::LastName, Field::FullName,
                                Field::Company,    Field::Position, Field::Email,
                                Field::ProfileUrl, Field::Tags};
    QList<Field> columns;
    for (Field field : shown) {
        if (mapping.maps(field))
            columns << field;
    }
    m_mappedPreview->clear();
    m_mappedPreview->setColumnCount(int(columns.size()));
    QStringList titles;
    for (Field field : std::as_const(columns))
        titles << CsvColumnMapping::fieldTitle(field);
    m_mappedPreview->setHorizontalHeaderLabels(titles);
    const int rows = int(qMin<qsizetype>(m_preview.rows.size(), mappedPreviewRows));
    m_mappedPreview->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        const QStringList &row = m_preview.rows.at(r);
        for (int i = 0; i < columns.size(); ++i) {
            QStringList values;
            const QList<int> sources = mapping.columns(columns.at(i));
            for (int c : sources) {
                if (c < row.size() && !row.at(c).trimmed().isEmpty())
                    values << row.at(c).trimmed();
            }
            QString value = values.join(u' ');
            // As the import does: Google lists several addresses joined by " ::: ".
            if (columns.at(i) == Field::Email)
                value = value.section(u":::"_s, 0, 0).trimmed();
            m_mappedPreview->setItem(r, i, new QTableWidgetItem(value));
        }
    }
    m_mappedPreview->resizeColumnsToContents();
    m_mappingMessage->setVisible(!mapping.hasNameColumn());
    if (!mapping.hasNameColumn())
        m_mappingMessage->setText(tr("No column fills the first name yet."));
}

CsvImportRequest CsvImportWizard::request() const
{
    CsvImportRequest r;
    r.path = m_path->text().trimmed();
    r.delimiter = m_delimiter->currentData().toChar();
    r.mapping = currentMapping();
    r.policy = CsvImporter::DuplicatePolicy(m_policy->checkedId());
    return r;
}

void CsvImportWizard::accept()
{
    m_settings.setCsvMapping(CsvColumnMapping::signature(m_preview.headers),
                             currentMapping().toString());
    m_error->clear();
    QString error;
    if (m_importer && !m_importer(request(), &error)) {
        m_error->showMessage(error.isEmpty()
                                 ? tr("Nothing was imported. Press Import to try again, or "
                                      "Cancel to close.")
                                 : error);
        return;
    }
    QWizard::accept();
}

QString CsvImportWizard::errorText() const
{
    return m_error->message();
}

} // namespace rapport
