#pragma once

// What the CSV import wizard collected: the file, how to read it, which
// column fills which field, and what to do with duplicates.

#include "io/CsvColumnMapping.h"
#include "io/CsvImporter.h"

#include <QChar>
#include <QString>

namespace rapport {

struct CsvImportRequest
{
    QString path;
    QChar delimiter; // null: detect
    CsvColumnMapping mapping;
    CsvImporter::DuplicatePolicy policy = CsvImporter::DuplicatePolicy::Update;
};

} // namespace rapport
