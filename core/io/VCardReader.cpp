#include "io/VCardReader.h"

#include <QIODevice>
#include <QStringDecoder>

#include <cstring>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

constexpr qsizetype maximumValue = 4 * 1024 * 1024;
constexpr int maximumProperties = 10000;
constexpr qsizetype maximumCard = 16 * 1024 * 1024; // characters kept per card
constexpr qint64 chunk = 8192;

bool isSkipped(const QString &name)
{
    return name == u"PHOTO"_s || name == u"LOGO"_s || name == u"SOUND"_s || name == u"KEY"_s;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

QByteArray quotedPrintable(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c == '=' && i + 2 < in.size() && hexValue(in.at(i + 1)) >= 0 &&
            hexValue(in.at(i + 2)) >= 0) {
            out += char(hexValue(in.at(i + 1)) * 16 + hexValue(in.at(i + 2)));
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

QString decodeText(const QByteArray &bytes, const QString &charset)
{
    const QString wanted = charset.trimmed().toLower();
    if (!wanted.isEmpty() && wanted != u"utf-8"_s && wanted != u"utf8"_s) {
        QStringDecoder decoder(wanted.toLatin1().constData());
        if (decoder.isValid()) {
            const QString text = decoder.decode(bytes);
            if (!decoder.hasError())
                return text;
        }
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    // Old Windows address books write their own code page and say nothing.
    QStringDecoder windows("windows-1252");
    if (windows.isValid())
        return windows.decode(bytes);
    return QString::fromLatin1(bytes);
}

// Splits at `separator` outside double quotes.
QList<QByteArray> splitOutsideQuotes(const QByteArray &text, char separator)
{
    QList<QByteArray> parts;
    QByteArray part;
    bool quoted = false;
    for (const char c : text) {
        if (c == '"')
            quoted = !quoted;
        if (c == separator && !quoted) {
            parts << part;
            part.clear();
        } else {
            part += c;
        }
    }
    parts << part;
    return parts;
}

} // namespace

bool VCardReader::Property::hasParameter(const QString &wanted, const QString &wantedValue) const
{
    for (const Parameter &p : parameters) {
        if (p.name.compare(wanted, Qt::CaseInsensitive) == 0 &&
            p.value.compare(wantedValue, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString VCardReader::Property::parameter(const QString &wanted) const
{
    for (const Parameter &p : parameters) {
        if (p.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return p.value;
    }
    return {};
}

QList<const VCardReader::Property *> VCardReader::Card::all(const QString &name) const
{
    QList<const Property *> found;
    for (const Property &p : properties) {
        if (p.name == name)
            found << &p;
    }
    return found;
}

const VCardReader::Property *VCardReader::Card::first(const QString &name) const
{
    for (const Property &p : properties) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

VCardReader::VCardReader(QIODevice *device)
    : m_device(device)
{}

bool VCardReader::fail(qint64 line, const QString &message)
{
    m_error = tr("line %1: %2").arg(line).arg(message);
    return false;
}

bool VCardReader::readPhysical(Line *line, qsizetype limit)
{
    line->bytes.clear();
    line->tooLong = false;
    bool any = false;
    for (;;) {
        const QByteArray part = m_device->readLine(chunk + 1);
        if (part.isEmpty())
            break;
        any = true;
        m_bytes += part.size();
        const bool end = part.endsWith('\n');
        const qsizetype size = part.size() - (end ? 1 : 0);
        if (line->bytes.size() + size <= limit)
            line->bytes.append(part.constData(), size);
        else
            line->tooLong = true;
        if (end)
            break;
    }
    if (!any)
        return false;
    if (line->bytes.endsWith('\r'))
        line->bytes.chop(1);
    line->number = ++m_lineNumber;
    if (line->number == 1 && line->bytes.startsWith("\xEF\xBB\xBF"))
        line->bytes.remove(0, 3);
    return true;
}

bool VCardReader::nextPhysical(Line *line, qsizetype limit)
{
    if (m_hasPeek) {
        *line = m_peek;
        m_hasPeek = false;
        return true;
    }
    if (m_peekEnd)
        return false;
    return readPhysical(line, limit);
}

bool VCardReader::peekStartsWith(const char *any)
{
    if (!m_hasPeek && !m_peekEnd) {
        if (readPhysical(&m_peek, maximumValue))
            m_hasPeek = true;
        else
            m_peekEnd = true;
    }
    if (!m_hasPeek)
        return false;
    if (!*any)
        return true;
    return !m_peek.bytes.isEmpty() && std::strchr(any, m_peek.bytes.at(0)) != nullptr;
}

bool VCardReader::nextProperty(Property *property, bool *found)
{
    *property = Property();
    *found = false;
    Line first;
    do {
        if (!nextPhysical(&first, maximumValue))
            return true;
    } while (first.bytes.trimmed().isEmpty());
    *found = true;
    property->line = first.number;

    qsizetype colon = -1;
    bool quoted = false;
    for (qsizetype i = 0; i < first.bytes.size(); ++i) {
        if (first.bytes.at(i) == '"')
            quoted = !quoted;
        else if (first.bytes.at(i) == ':' && !quoted) {
            colon = i;
            break;
        }
    }
    if (colon < 0)
        return true; // not a property: the caller ignores it
    const QList<QByteArray> head = splitOutsideQuotes(first.bytes.left(colon), ';');
    QString name = QString::fromLatin1(head.first().trimmed()).toUpper();
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot >= 0) {
        property->group = name.left(dot);
        name = name.mid(dot + 1);
    }
    property->name = name;
    for (qsizetype i = 1; i < head.size(); ++i) {
        const QByteArray &spec = head.at(i);
        const qsizetype eq = spec.indexOf('=');
        if (eq < 0) {
            const QString bare = QString::fromLatin1(spec.trimmed()).toUpper();
            const bool encoding = bare == u"QUOTED-PRINTABLE"_s || bare == u"BASE64"_s ||
                                  bare == u"B"_s || bare == u"8BIT"_s || bare == u"7BIT"_s;
            property->parameters << Parameter{encoding ? u"ENCODING"_s : u"TYPE"_s, bare};
            continue;
        }
        const QString key = QString::fromLatin1(spec.left(eq).trimmed()).toUpper();
        for (QByteArray v : splitOutsideQuotes(spec.mid(eq + 1), ',')) {
            v = v.trimmed();
            if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
                v = v.mid(1, v.size() - 2);
            property->parameters << Parameter{key, QString::fromUtf8(v)};
        }
    }
    const bool skipped = isSkipped(name);
    const bool qp = property->hasParameter(u"ENCODING"_s, u"QUOTED-PRINTABLE"_s);
    const bool base64 = property->hasParameter(u"ENCODING"_s, u"BASE64"_s) ||
                        property->hasParameter(u"ENCODING"_s, u"B"_s);
    QByteArray value = skipped ? QByteArray() : first.bytes.mid(colon + 1);
    bool tooLong = first.tooLong && !skipped;
    for (;;) {
        Line next;
        if (qp && value.endsWith('=')) {
            // A soft line break: the value goes on at the start of the next line.
            if (!nextPhysical(&next, maximumValue))
                break;
            value.chop(1);
            value += next.bytes;
        } else if (peekStartsWith(" \t")) {
            nextPhysical(&next, maximumValue);
            if (!skipped)
                value.append(next.bytes.constData() + 1, next.bytes.size() - 1);
        } else {
            break;
        }
        tooLong = tooLong || (!skipped && (next.tooLong || value.size() > maximumValue));
        if (tooLong)
            value.clear();
    }
    if (skipped && base64 && m_version == u"2.1"_s) {
        // 2.1 lets base64 run on unindented lines up to an empty one.
        while (peekStartsWith("") && !m_peek.bytes.contains(':') &&
               !m_peek.bytes.trimmed().isEmpty()) {
            Line dropped;
            nextPhysical(&dropped, maximumValue);
        }
    }
    if (tooLong)
        return fail(property->line,
                    tr("the %1 value is longer than 4 MB; no address book writes that. Check "
                       "that this is a vCard (.vcf) file.")
                        .arg(name));
    if (skipped)
        return true;
    if (qp)
        value = quotedPrintable(value);
    else if (base64)
        value = QByteArray::fromBase64(value);
    property->value = decodeText(value, property->parameter(u"CHARSET"_s));
    return true;
}

bool VCardReader::readCard(Card *card)
{
    *card = Card();
    Property p;
    bool found = false;
    for (;;) {
        if (!nextProperty(&p, &found) || !found)
            return false;
        if (p.name == u"BEGIN"_s && p.value.trimmed().compare(u"VCARD"_s, Qt::CaseInsensitive) == 0)
            break;
        // Anything between cards is not ours to read.
    }
    card->line = p.line;
    m_version.clear();
    int depth = 0;
    qsizetype kept = 0;
    for (;;) {
        if (!nextProperty(&p, &found))
            return false;
        if (!found)
            return fail(card->line, tr("the card that starts here has no END:VCARD; the file is "
                                       "cut short or damaged. Export it again."));
        const bool isCard = p.value.trimmed().compare(u"VCARD"_s, Qt::CaseInsensitive) == 0;
        if (p.name == u"BEGIN"_s && isCard) {
            ++depth; // a card inside a card (2.1's AGENT): not a contact of its own
            continue;
        }
        if (p.name == u"END"_s && isCard) {
            if (depth == 0)
                return true;
            --depth;
            continue;
        }
        if (depth > 0 || p.name.isEmpty() || isSkipped(p.name))
            continue;
        if (p.name == u"VERSION"_s) {
            card->version = m_version = p.value.trimmed();
            continue;
        }
        kept += p.value.size();
        if (card->properties.size() >= maximumProperties || kept > maximumCard)
            return fail(card->line, tr("the card that starts here has more than %1 properties "
                                       "or 16 MB of text; no address book writes that. Check "
                                       "that this is a vCard (.vcf) file.")
                                        .arg(maximumProperties));
        card->properties << p;
    }
}

QStringList VCardReader::split(const QString &value, QChar separator)
{
    QStringList parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == u'\\') {
            ++i;
            continue;
        }
        if (value.at(i) == separator) {
            parts << unescape(value.mid(start, i - start));
            start = i + 1;
        }
    }
    parts << unescape(value.mid(start));
    return parts;
}

QString VCardReader::unescape(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c != u'\\' || i + 1 == value.size()) {
            out += c;
            continue;
        }
        const QChar next = value.at(i + 1);
        if (next == u'n' || next == u'N') {
            out += u'\n';
            ++i;
        } else if (next == u'\\' || next == u',' || next == u';' || next == u':') {
            out += next;
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace rapport
