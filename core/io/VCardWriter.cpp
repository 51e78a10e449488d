#include "io/VCardWriter.h"

#include "domain/Contact.h"
#include "domain/DateText.h"
#include "settings/AppIdentity.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

constexpr qsizetype maximumOctets = 75;
constexpr qsizetype chunkSize = 64 * 1024;

bool isContinuationByte(char byte)
{
    return (uchar(byte) & 0xC0) == 0x80;
}

} // namespace

VCardWriter::VCardWriter(QIODevice *device)
    : m_device(device)
{
    m_buffer.reserve(chunkSize + 4096);
}

VCardWriter::~VCardWriter()
{
    flush();
}

QString VCardWriter::escape(QStringView value)
{
    QString out;
    out.reserve(value.size() + 8);
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar ch = value.at(i);
        switch (ch.unicode()) {
        case u'\\':
            out += u"\\\\";
            break;
        case u',':
            out += u"\\,";
            break;
        case u';':
            out += u"\\;";
            break;
        case u'\r':
            if (i + 1 < value.size() && value.at(i + 1) == u'\n')
                ++i;
            out += u"\\n";
            break;
        case u'\n':
            out += u"\\n";
            break;
        default:
            out += ch;
        }
    }
    return out;
}

QByteArray VCardWriter::fold(const QByteArray &line)
{
    QByteArray out;
    out.reserve(line.size() + line.size() / 70 * 3 + 2);
    qsizetype start = 0;
    // The first line holds 75 octets; each continuation line starts with
    // the space that marks it, leaving 74.
    qsizetype room = maximumOctets;
    while (line.size() - start > room) {
        qsizetype end = start + room;
        while (end > start && isContinuationByte(line.at(end)))
            --end;
        out += line.mid(start, end - start);
        out += "\r\n ";
        start = end;
        room = maximumOctets - 1;
    }
    out += line.mid(start);
    out += "\r\n";
    return out;
}

void VCardWriter::property(QStringView nameAndParameters, QStringView value)
{
    QByteArray bytes = value.toUtf8();
    bytes.replace('\0', QByteArray());
    m_buffer += fold(nameAndParameters.toUtf8() + ':' + bytes);
}

QString VCardWriter::productId()
{
    return u"-//Rapport//Rapport "_s + AppIdentity::version() + u"//EN"_s;
}

void VCardWriter::write(const Contact &c, const QString &uid)
{
    property(u"BEGIN", u"VCARD");
    property(u"VERSION", u"4.0");
    property(u"PRODID", escape(productId()));
    // A URI: no escaping, but nothing may end the line.
    QString id = uid;
    id.remove(u'\r').remove(u'\n');
    property(u"UID", id);
    property(u"FN", escape(c.fullName()));
    property(u"N", escape(c.lastName) + u';' + escape(c.firstName) + u";;;"_s);
    if (!c.company.isEmpty())
        property(u"ORG", escape(c.company));
    if (!c.position.isEmpty())
        property(u"TITLE", escape(c.position));
    if (!c.email.isEmpty())
        property(u"EMAIL", escape(c.email));
    if (!c.profileUrl.isEmpty()) {
        // A URI, not text: RFC 6350 escaping does not apply, but a line
        // break would end the property.
        QString url = c.profileUrl;
        url.remove(u'\r').remove(u'\n');
        property(u"URL", url);
    }
    if (!c.location.isEmpty())
        property(u"ADR", u";;;"_s + escape(c.location) + u";;;"_s);
    if (!c.notes.isEmpty())
        property(u"NOTE", escape(c.notes));
    if (!c.tags.isEmpty()) {
        QStringList tags;
        for (const QString &tag : c.tags)
            tags << escape(tag);
        property(u"CATEGORIES", tags.join(u','));
    }
    if (!c.industry.isEmpty())
        property(u"X-RAPPORT-INDUSTRY", escape(c.industry));
    if (c.degree > 0)
        property(u"X-RAPPORT-DEGREE", QString::number(c.degree));
    if (c.connectedOn.isValid())
        property(u"X-RAPPORT-CONNECTED-ON", DateText::isoDate(c.connectedOn));
    if (c.followsMe)
        property(u"X-RAPPORT-FOLLOWS-ME", u"yes");
    if (c.updatedAt.isValid())
        property(u"REV", c.updatedAt.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"));
    property(u"END", u"VCARD");
    if (m_buffer.size() >= chunkSize)
        flush();
}

bool VCardWriter::flush()
{
    if (hasError() || m_buffer.isEmpty()) {
        m_buffer.resize(0);
        return !hasError();
    }
    if (m_device->write(m_buffer) != m_buffer.size()) {
        m_error = m_device->errorString();
        if (m_error.isEmpty())
            m_error = QCoreApplication::translate("VCardWriter", "the data could not be written");
    }
    m_buffer.resize(0);
    return !hasError();
}

} // namespace rapport
