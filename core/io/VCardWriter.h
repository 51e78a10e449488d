#pragma once

// Writes contacts as vCard 4.0 (RFC 6350) onto a QIODevice: one card after
// another in one stream, UTF-8, CRLF, values escaped and long lines folded
// at 75 octets without ever splitting a character.
//
// What goes where: UID (the contact's stable identity, see ContactIdentity),
// PRODID (Rapport and its version), FN and N (family;given;;;), ORG, TITLE
// (position or headline), EMAIL, URL (the LinkedIn profile), ADR with the
// free-text location as its locality (LinkedIn locations such as "Greater
// Madrid Metropolitan Area" are not postal addresses), NOTE (notes),
// CATEGORIES (tags), REV (last change, UTC), and what vCard has no property
// for as X-RAPPORT-INDUSTRY, X-RAPPORT-DEGREE (1-3), X-RAPPORT-CONNECTED-ON
// (YYYY-MM-DD) and X-RAPPORT-FOLLOWS-ME (yes), which VCardReader reads back.
// NUL characters are dropped.

#include <QByteArray>
#include <QString>
#include <QStringView>

class QIODevice;

namespace rapport {

struct Contact;

class VCardWriter
{
public:
    // The device must be open for writing; it is not owned.
    explicit VCardWriter(QIODevice *device);
    ~VCardWriter();
    VCardWriter(const VCardWriter &) = delete;
    VCardWriter &operator=(const VCardWriter &) = delete;

    // Appends one card with this UID ("urn:uuid:...").
    void write(const Contact &contact, const QString &uid);
    // "-//Rapport//Rapport <version>//EN"
    static QString productId();
    // Writes what is buffered to the device. False (and errorString()) when
    // the device refused the bytes; later writes are then ignored.
    bool flush();
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    // RFC 6350 section 3.4: backslash, comma and semicolon get a backslash;
    // line breaks (CRLF, CR or LF) become \n.
    static QString escape(QStringView value);
    // Folds one content line (UTF-8, without its line break) into lines of
    // at most 75 octets joined by CRLF and a space, splitting only between
    // characters. The result ends with CRLF.
    static QByteArray fold(const QByteArray &line);

private:
    void property(QStringView nameAndParameters, QStringView value);

    QIODevice *m_device;
    QByteArray m_buffer;
    QString m_error;
};

} // namespace rapport
