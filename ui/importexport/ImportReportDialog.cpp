#include "importexport/ImportReportDialog.h"

#include "common/FileDialogs.h"
#include "common/Prompts.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::StringLiterals;

namespace rapport {

ImportReportDialog::ImportReportDialog(const ImportReport &report, QWidget *parent)
    : QDialog(parent)
    , m_report(report)
    , m_text(report.toText(std::numeric_limits<int>::max()))
{
    QString counts = tr("%1 created · %2 updated · %3 unchanged · %4 skipped")
                         .arg(report.created())
                         .arg(report.updated())
                         .arg(report.unchanged())
                         .arg(report.skippedCount());
    if (report.warningCount() > 0)
        counts += tr(" · %1 imported without a field").arg(report.warningCount());
    build(report.source, counts);
}

ImportReportDialog::ImportReportDialog(const AnalyticsImportReport &report, QWidget *parent)
    : QDialog(parent)
    , m_text(report.toText())
{
    m_report.source = report.source;
    const QString counts = report.stored
                               ? tr("%1 new days · %2 changed · %3 posts created · %4 matched")
                                     .arg(report.daysAdded)
                                     .arg(report.daysChanged)
                                     .arg(report.postsCreated)
                                     .arg(report.postsMatched)
                               : tr("Nothing new: this workbook was already imported.");
    build(report.source, counts);
}

void ImportReportDialog::build(const QString &source, const QString &counts)
{
    setObjectName(u"importReportDialog"_s);
    setWindowTitle(tr("Import Finished"));
    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(this);
    summary->setObjectName(u"importSummary"_s);
    summary->setWordWrap(true);
    summary->setText(u"<b>%1</b><br>%2"_s.arg(QFileInfo(source).fileName().toHtmlEscaped(),
                                              counts.toHtmlEscaped()));
    layout->addWidget(summary);
    auto *details = new QPlainTextEdit(this);
    details->setObjectName(u"importDetails"_s);
    details->setReadOnly(true);
    details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    details->setPlainText(m_text);
    details->setAccessibleName(tr("Import report"));
    details->setMinimumSize(560, 260);
    layout->addWidget(details, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *saveButton = buttons->addButton(tr("Save Report…"), QDialogButtonBox::ActionRole);
    saveButton->setObjectName(u"saveReportButton"_s);
    connect(saveButton, &QPushButton::clicked, this, &ImportReportDialog::save);
    // A LinkedIn data export compared with the one before: its Changes view.
    if (m_report.exportChangeCount > 0) {
        QPushButton *changes =
            buttons->addButton(tr("See What &Changed (%1)…").arg(m_report.exportChangeCount),
                               QDialogButtonBox::ActionRole);
        changes->setObjectName(u"seeChangesButton"_s);
        changes->setToolTip(m_report.exportChanges);
        connect(changes, &QPushButton::clicked, this, [this] {
            m_changesRequested = true;
            accept();
        });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);
}

bool ImportReportDialog::saveTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(m_text.toUtf8()) < 0 ||
        !file.commit()) {
        if (error)
            *error = tr("Could not save the report to %1: %2. Choose another folder.")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void ImportReportDialog::save()
{
    const QString path = FileDialogs::saveFile(
        this, tr("Save Import Report"), QDir::home().filePath(tr("rapport-import-report.txt")),
        tr("Text files (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error))
        Prompts::warning(this, tr("Could Not Save the Report"), error);
}

} // namespace rapport
