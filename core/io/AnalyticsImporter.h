#pragma once

// Imports one LinkedIn analytics workbook (AnalyticsWorkbookReader's values)
// in one transaction, all or nothing, recorded so it can be undone: the
// daily impressions and engagements and the daily followers as readings of
// that export, the audience, and each top post as a content piece (found by
// activity id, else by its address, else created) with LinkedIn's numbers
// dated the export's last day. Importing the same workbook again changes
// nothing; an overlapping one adds only what is new, and where two exports
// disagree about a day the later one decides (AnalyticsStore).

#include "domain/AnalyticsWorkbookData.h"
#include "io/AnalyticsImportReport.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace rapport {

class AnalyticsStore;
class Database;

class AnalyticsImporter
{
    Q_DECLARE_TR_FUNCTIONS(AnalyticsImporter)

public:
    explicit AnalyticsImporter(Database &db);

    // Reads the workbook at `path` and imports it. On failure the database
    // is as it was and *error names the file (and sheet and cell when the
    // workbook is at fault).
    bool importFile(const QString &path, AnalyticsImportReport *report, QString *error);
    // Imports values already read from `source` (its path, for the report
    // and Undo Import).
    bool run(const AnalyticsWorkbookData &data, const QString &source,
             AnalyticsImportReport *report, QString *error);

    // The numeric activity id in a LinkedIn post address
    // (".../urn:li:activity:<id>/" or ".../posts/<slug>-activity-<id>-<x>");
    // empty when there is none.
    static QString activityIdOf(const QString &url);

private:
    bool write(const AnalyticsWorkbookData &data, AnalyticsImportReport *report, qint64 runId,
               QString *error);
    // True unless the workbook certainly brings nothing new (then `report`
    // says what was read and nothing is written, not even a backup).
    bool bringsAnything(const AnalyticsWorkbookData &data, AnalyticsImportReport *report);
    // Adds the workbook's import record the first time something is stored.
    bool ensureImport(QString *error);
    bool importPost(const AnalyticsTopPost &post, const QDate &readOn,
                    AnalyticsImportReport *report, QString *error);
    qint64 contentByAddress(const AnalyticsTopPost &post);

    Database &m_db;
    AnalyticsStore *m_store = nullptr;
    const AnalyticsWorkbookData *m_data = nullptr;
    qint64 m_importId = 0;
    qint64 m_runId = 0;
    QString m_fileName;
    QHash<QString, qint64> m_byActivity; // content pieces by the activity id in their address
    bool m_addressesRead = false;
    // Looking whether the workbook brings anything new, in a transaction
    // that is rolled back: ensureImport() stops the work at the first thing
    // to store.
    bool m_probing = false;
    bool m_foundNew = false;
};

} // namespace rapport
