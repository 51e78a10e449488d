#pragma once

// Shows what an import did — rows read, created, updated, unchanged, and
// each skipped row with its file, line and reason (or, for LinkedIn's
// analytics workbook, the days, posts and audience) — and can save it.

#include "io/AnalyticsImportReport.h"
#include "io/ImportReport.h"

#include <QDialog>

namespace rapport {

class ImportReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportReportDialog(const ImportReport &report, QWidget *parent = nullptr);
    explicit ImportReportDialog(const AnalyticsImportReport &report, QWidget *parent = nullptr);

    // Writes the report as text; false after saying why.
    bool saveTo(const QString &path, QString *error) const;
    // The report shown.
    const ImportReport &report() const { return m_report; }
    // "See What Changed…" was pressed (a LinkedIn export with changes).
    bool changesRequested() const { return m_changesRequested; }

private:
    void build(const QString &source, const QString &counts);
    void save();

    ImportReport m_report;
    QString m_text;
    bool m_changesRequested = false;
};

} // namespace rapport
