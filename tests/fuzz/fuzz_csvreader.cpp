// libFuzzer target: the CSV reader must never crash, hang or read out of
// bounds, whatever bytes it is given, in every option combination.

#include "io/CsvReader.h"

#include <QBuffer>
#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t flags = data[0];
    QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    rapport::CsvReader::Options options;
    options.detectDelimiter = flags & 1;
    options.backslashEscapes = flags & 2;
    options.maxFieldLength = (flags & 4) ? 64 : (1 << 20);
    if (flags & 8)
        options.delimiter = QChar(u';');
    rapport::CsvReader reader(&buffer, options);
    QStringList row;
    qint64 rows = 0;
    while (reader.readRow(&row)) {
        ++rows;
        // Every record starts on a line at or after the previous one.
        if (reader.lineNumber() < 1 || reader.recordCount() != rows)
            __builtin_trap();
    }
    return 0;
}
