#pragma once

// What the person asked to export: format, which contacts (a query), CSV
// columns and the target file. Filled by ExportDialog, run by MainWindow.

#include "io/ContactExporter.h"

#include <QString>

namespace rapport {

struct ExportRequest
{
    ContactExporter::Options options;
    QString path;
};

} // namespace rapport
