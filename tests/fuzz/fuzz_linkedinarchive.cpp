// libFuzzer target: LinkedInArchive and the files it hands out must never
// crash, hang or hand out more than their limits, whatever the ZIP holds:
// damaged data, wrong CRCs and sizes, bombs, broken directories. The input
// is the whole ZIP (or, without a ZIP's signature, one CSV file); every
// file we import is read through its parser to the end.

#include "io/LinkedInArchive.h"
#include "io/LinkedInArchiveEntry.h"
#include "io/LinkedInConnections.h"
#include "io/LinkedInInvitations.h"
#include "io/LinkedInMessages.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace rapport;

namespace {

template <typename Parser> void drain(QIODevice *device, const QString &name)
{
    Parser parser(device, name);
    QString error;
    if (!parser.readHeader(&error))
        return;
    typename Parser::Row row;
    while (parser.next(&row)) {
    }
}

// Reads the file as bytes too: never more than its limit, and a damaged
// file always fails rather than ending cleanly.
void readRaw(QIODevice *device)
{
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const qint64 n = device->read(chunk.data(), chunk.size());
        if (n <= 0)
            break;
        total += n;
        if (total > LinkedInArchiveEntry::maxBytes + chunk.size())
            abort();
    }
    auto *entry = dynamic_cast<LinkedInArchiveEntry *>(device);
    if (!entry || (entry->isDamaged() && entry->errorString().isEmpty()))
        abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    static const QString path = dir.filePath(QStringLiteral("Basic_LinkedInDataExport.zip"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            abort();
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    LinkedInArchive archive;
    QString error;
    if (!archive.open(path, &error))
        return 0;
    using Part = LinkedInArchive::Part;
    for (const Part part : {Part::Connections, Part::Invitations, Part::Messages}) {
        if (!archive.has(part))
            continue;
        const QString name = archive.entryName(part);
        if (auto device = archive.device(part, &error)) {
            switch (part) {
            case Part::Connections:
                drain<LinkedInConnections>(device.get(), name);
                break;
            case Part::Invitations:
                drain<LinkedInInvitations>(device.get(), name);
                break;
            case Part::Messages:
                drain<LinkedInMessages>(device.get(), name);
                break;
            }
        }
        if (auto device = archive.device(part, &error))
            readRaw(device.get());
    }
    return 0;
}
