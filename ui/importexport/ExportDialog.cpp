#include "importexport/ExportDialog.h"

#include "common/FileDialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rapport {

ExportDialog::ExportDialog(const ContactQuery &viewQuery, int shownCount, const QStringList &tags,
                           const QString &folder, QWidget *parent)
    : SavingDialog(parent)
    , m_viewQuery(viewQuery)
    , m_folder(folder)
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export Contacts"));
    auto *layout = new QVBoxLayout(this);

    layout->addWidget(createFormatGroup());
    layout->addWidget(createScopeGroup(viewQuery, shownCount, tags));
    layout->addWidget(createColumnsGroup(), 1);
    layout->addLayout(createFileRow());

    m_message = new QLabel(this);
    m_message->setObjectName(u"exportMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    addErrorLine(layout);

    layout->addWidget(createButtons());

    for (QRadioButton *radio : {m_csv, m_vcard, m_viewScope, m_tagScope})
        connect(radio, &QRadioButton::toggled, this, &ExportDialog::updateState);
    connect(m_tag, &QComboBox::currentIndexChanged, this, [this] {
        m_tagScope->setChecked(true);
        updateState();
    });
    m_path->setText(QDir(m_folder).filePath(suggestedName()));
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::showProblem);
    connect(m_columns, &QListWidget::itemChanged, this, &ExportDialog::showProblem);
    updateState();
    setOkButton(findChild<QPushButton *>(u"exportButton"_s));
    showProblem();
}

QGroupBox *ExportDialog::createFormatGroup()
{
    auto *formatBox = new QGroupBox(tr("Format"), this);
    auto *formatLayout = new QVBoxLayout(formatBox);
    m_csv = new QRadioButton(tr("CSV — for spreadsheets (Excel, Numbers, LibreOffice)"), formatBox);
    m_csv->setObjectName(u"csvRadio"_s);
    m_vcard =
        new QRadioButton(tr("vCard — for address books (Contacts, Outlook, Gmail)"), formatBox);
    m_vcard->setObjectName(u"vcardRadio"_s);
    m_csv->setChecked(true);
    formatLayout->addWidget(m_csv);
    formatLayout->addWidget(m_vcard);
    return formatBox;
}

QGroupBox *ExportDialog::createScopeGroup(const ContactQuery &viewQuery, int shownCount,
                                          const QStringList &tags)
{
    auto *scopeBox = new QGroupBox(tr("Contacts"), this);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    const QString shown =
        shownCount == 1 ? tr("1 contact") : tr("%1 contacts").arg(QLocale().toString(shownCount));
    m_viewScope = new QRadioButton(
        viewQuery.search.isEmpty()
            ? tr("As the table shows them (%1, in its order)").arg(shown)
            : tr("The ones matching “%1” (%2, in the table's order)").arg(viewQuery.search, shown),
        scopeBox);
    m_viewScope->setObjectName(u"viewScopeRadio"_s);
    m_viewScope->setChecked(true);
    auto *tagRow = new QHBoxLayout;
    m_tagScope = new QRadioButton(tr("Everyone tagged"), scopeBox);
    m_tagScope->setObjectName(u"tagScopeRadio"_s);
    m_tag = new QComboBox(scopeBox);
    m_tag->setObjectName(u"tagCombo"_s);
    m_tag->addItems(tags);
    m_tag->setAccessibleName(tr("Tag to export"));
    m_tagScope->setEnabled(!tags.isEmpty());
    tagRow->addWidget(m_tagScope);
    tagRow->addWidget(m_tag, 1);
    scopeLayout->addWidget(m_viewScope);
    scopeLayout->addLayout(tagRow);
    return scopeBox;
}

QGroupBox *ExportDialog::createColumnsGroup()
{
    auto *columnsBox = new QGroupBox(tr("CSV columns"), this);
    auto *columnsLayout = new QVBoxLayout(columnsBox);
    m_columns = new QListWidget(columnsBox);
    m_columns->setObjectName(u"columnsList"_s);
    m_columns->setAccessibleName(tr("Columns to export"));
    const QStringList defaults = ContactExporter::defaultColumns();
    const QStringList keys = ContactExporter::columnKeys();
    for (const QString &key : keys) {
        auto *item = new QListWidgetItem(ContactExporter::columnTitle(key), m_columns);
        item->setData(Qt::UserRole, key);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(defaults.contains(key) ? Qt::Checked : Qt::Unchecked);
    }
    m_columns->setMinimumHeight(m_columns->sizeHintForRow(0) * 8);
    m_bom = new QCheckBox(tr("Add a byte-order mark so Excel reads accents correctly"), columnsBox);
    m_bom->setObjectName(u"bomCheck"_s);
    columnsLayout->addWidget(m_columns);
    columnsLayout->addWidget(m_bom);
    return columnsBox;
}

QHBoxLayout *ExportDialog::createFileRow()
{
    auto *fileRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(u"pathEdit"_s);
    m_path->setAccessibleName(tr("File to export to"));
    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    fileRow->addWidget(new QLabel(tr("Save as:"), this));
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    return fileRow;
}

QDialogButtonBox *ExportDialog::createButtons()
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *exportButton = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(u"exportButton"_s);
    exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &SavingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    return buttons;
}

QString ExportDialog::suggestedName() const
{
    const QString base = m_tagScope->isChecked() && !m_tag->currentText().isEmpty()
                             ? tr("rapport-%1").arg(m_tag->currentText())
                             : tr("rapport-contacts");
    return base + (m_vcard->isChecked() ? u".vcf"_s : u".csv"_s);
}

void ExportDialog::updateState()
{
    const bool csv = m_csv->isChecked();
    m_columns->setEnabled(csv);
    m_bom->setEnabled(csv);
    // Keep the file name's extension in step with the format.
    const QFileInfo info(m_path->text());
    if (!m_path->text().isEmpty()) {
        const QString wanted = csv ? u"csv"_s : u"vcf"_s;
        if (info.suffix() == u"csv"_s || info.suffix() == u"vcf"_s)
            m_path->setText(info.dir().filePath(info.completeBaseName() + u'.' + wanted));
    }
    showProblem();
}

void ExportDialog::browse()
{
    const bool csv = m_csv->isChecked();
    const QString path = FileDialogs::saveFile(this, tr("Export Contacts"), m_path->text(),
                                               csv ? tr("CSV files (*.csv);;All files (*)")
                                                   : tr("vCard files (*.vcf);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

ExportRequest ExportDialog::request() const
{
    ExportRequest r;
    r.path = m_path->text().trimmed();
    r.options.format =
        m_csv->isChecked() ? ContactExporter::Format::Csv : ContactExporter::Format::VCard;
    if (m_tagScope->isChecked()) {
        r.options.query = ContactQuery{};
        r.options.query.tag = m_tag->currentText();
    } else {
        r.options.query = m_viewQuery;
    }
    for (int i = 0; i < m_columns->count(); ++i) {
        if (m_columns->item(i)->checkState() == Qt::Checked)
            r.options.columns << m_columns->item(i)->data(Qt::UserRole).toString();
    }
    r.options.byteOrderMark = m_bom->isChecked();
    return r;
}

QString ExportDialog::problem() const
{
    const ExportRequest r = request();
    if (r.path.isEmpty())
        return tr("Choose the file to save the contacts to.");
    if (QFileInfo(r.path).isDir())
        return tr("%1 is a folder; add a file name.").arg(QDir::toNativeSeparators(r.path));
    if (r.options.format == ContactExporter::Format::Csv && r.options.columns.isEmpty())
        return tr("Tick at least one column to export.");
    return {};
}

void ExportDialog::showProblem()
{
    const QString said = problem();
    m_message->setText(said);
    m_message->setVisible(!said.isEmpty());
    updateOk();
}

} // namespace rapport
