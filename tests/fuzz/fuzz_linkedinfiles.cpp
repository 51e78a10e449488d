// libFuzzer target: the LinkedIn export parsers (Connections, Invitations,
// messages) must never crash or hang, whatever a file holds; the first byte
// picks the parser.

#include "io/LinkedInConnections.h"
#include "io/LinkedInInvitations.h"
#include "io/LinkedInMessages.h"

#include <QBuffer>
#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace {

template <typename Parser> void drain(QBuffer *buffer)
{
    Parser parser(buffer, QStringLiteral("fuzz.csv"));
    QString error;
    if (!parser.readHeader(&error))
        return;
    typename Parser::Row row;
    int rows = 0;
    while (parser.next(&row) && rows < 100000)
        ++rows;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    switch (data[0] % 3) {
    case 0:
        drain<rapport::LinkedInConnections>(&buffer);
        break;
    case 1:
        drain<rapport::LinkedInInvitations>(&buffer);
        break;
    default:
        drain<rapport::LinkedInMessages>(&buffer);
        break;
    }
    return 0;
}
