#pragma once

// Reads vCard files as address books write them: versions 2.1 (Outlook),
// 3.0 (Gmail, iPhone, macOS, Android, Evolution, Thunderbird) and 4.0, one
// card after another from a QIODevice, streamed: only the card being read
// is held.
//
// It unfolds continued lines (a line starting with a space or tab), joins
// quoted-printable soft line breaks, decodes QUOTED-PRINTABLE and BASE64
// values in the CHARSET they name (UTF-8 when none is named and the bytes
// are UTF-8, else Windows-1252), splits "item1.URL" into group and name and
// reads both "TYPE=WORK" and 2.1's bare "WORK" parameters. Photos, logos,
// sounds and keys are skipped as they stream past, never kept. A value
// longer than 4 MB, or a card with more than 10,000 properties or 16 MB of
// text, is refused.

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace rapport {

class VCardReader
{
    Q_DECLARE_TR_FUNCTIONS(VCardReader)

public:
    struct Parameter
    {
        QString name; // upper case; TYPE for 2.1's bare values
        QString value;
    };
    struct Property
    {
        qint64 line = 0;
        QString group; // "item1" of "item1.URL"; empty when none
        QString name;  // upper case
        QList<Parameter> parameters;
        QString value; // decoded text, vCard escapes still in place
        // Whether a parameter `name` has `value` (both case-insensitive;
        // "TYPE=work,pref" has both).
        bool hasParameter(const QString &name, const QString &wantedValue) const;
        QString parameter(const QString &name) const; // the first value; empty when none
    };
    struct Card
    {
        qint64 line = 0; // of its BEGIN:VCARD
        QString version; // "2.1", "3.0", "4.0"; empty when the card has none
        QList<Property> properties;
        // Properties called `name` (upper case), in file order.
        QList<const Property *> all(const QString &name) const;
        const Property *first(const QString &name) const;
    };

    // The device must be open for reading; it is not owned.
    explicit VCardReader(QIODevice *device);

    // The next card. False at the end of the file or on an error (then
    // hasError() and errorString(), which names the line).
    bool readCard(Card *card);
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    qint64 bytesRead() const { return m_bytes; }

    // Splits a structured value (N, ADR, ORG: ';'; CATEGORIES: ',') at the
    // separators that have no backslash before them, then unescapes each part.
    static QStringList split(const QString &value, QChar separator);
    // \\ \, \; \: and \n or \N (a line break) become what they stand for.
    static QString unescape(const QString &value);

private:
    struct Line
    {
        QByteArray bytes;
        qint64 number = 0;
        bool tooLong = false;
    };
    bool readPhysical(Line *line, qsizetype limit);
    bool nextPhysical(Line *line, qsizetype limit);
    bool peekStartsWith(const char *any);
    bool nextProperty(Property *property, bool *found);
    bool fail(qint64 line, const QString &message);

    QIODevice *m_device;
    QString m_error;
    qint64 m_bytes = 0;
    qint64 m_lineNumber = 0;
    Line m_peek;
    bool m_hasPeek = false;
    bool m_peekEnd = false;
    QString m_version; // of the card being read
};

} // namespace rapport
