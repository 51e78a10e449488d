// VCardWriter: cards a contacts app can read: RFC 6350 escaping, folding at
// 75 octets without splitting a character, CRLF, one card per contact.

#include "domain/Contact.h"
#include "io/VCardWriter.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

QByteArray write(const QList<Contact> &contacts)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    VCardWriter writer(&buffer);
    for (const Contact &c : contacts)
        writer.write(c, u"urn:uuid:00000000-0000-8000-8000-%1"_s.arg(c.id, 12, 10, QChar(u'0')));
    if (!writer.flush())
        qWarning("flush failed");
    return bytes;
}

// RFC 6350 3.2: a CRLF followed by one space is removed.
QByteArray unfold(const QByteArray &bytes)
{
    QByteArray out = bytes;
    out.replace("\r\n ", "");
    return out;
}

// Splits a value on unescaped `separator` and undoes RFC 6350 escaping.
QStringList unescape(const QString &value, QChar separator)
{
    QStringList parts{QString()};
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar ch = value.at(i);
        if (ch == u'\\' && i + 1 < value.size()) {
            const QChar next = value.at(++i);
            parts.last() += (next == u'n' || next == u'N') ? QChar(u'\n') : next;
        } else if (ch == separator) {
            parts << QString();
        } else {
            parts.last() += ch;
        }
    }
    return parts;
}

// The value of the first property called `name` in unfolded text.
QString valueOf(const QByteArray &unfolded, const QByteArray &name)
{
    for (const QByteArray &line : unfolded.split('\n')) {
        if (line.startsWith(name + ':'))
            return QString::fromUtf8(line.mid(name.size() + 1).chopped(1));
    }
    return {};
}

Contact jane()
{
    Contact c;
    c.id = 7;
    c.firstName = u"Jane"_s;
    c.lastName = u"Doe; Jr."_s;
    c.company = u"Acme, Inc."_s;
    c.position = u"Head of \\ Sales"_s;
    c.email = u"jane@example.com"_s;
    c.profileUrl = u"https://www.linkedin.com/in/jane-doe"_s;
    c.location = u"Berlin, Germany"_s;
    c.notes = u"Met at a conference;\r\nlikes coffee\nand tea"_s;
    c.tags = {u"client"_s, u"vip"_s};
    c.updatedAt = QDateTime(QDate(2024, 3, 5), QTime(14, 7, 9), Qt::UTC);
    return c;
}

} // namespace

class tst_VCardWriter : public QObject
{
    Q_OBJECT

private slots:
    void escaping_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << u"Jane"_s << u"Jane"_s;
        QTest::newRow("comma") << u"a,b"_s << u"a\\,b"_s;
        QTest::newRow("semicolon") << u"a;b"_s << u"a\\;b"_s;
        QTest::newRow("backslash") << u"a\\b"_s << u"a\\\\b"_s;
        QTest::newRow("lf") << u"a\nb"_s << u"a\\nb"_s;
        QTest::newRow("crlf") << u"a\r\nb"_s << u"a\\nb"_s;
        QTest::newRow("cr") << u"a\rb"_s << u"a\\nb"_s;
        QTest::newRow("all") << u"\\,;\n"_s << u"\\\\\\,\\;\\n"_s;
    }

    void escaping()
    {
        QFETCH(QString, value);
        QFETCH(QString, escaped);
        QCOMPARE(VCardWriter::escape(value), escaped);
    }

    void oneCardExactly()
    {
        const QByteArray bytes = write({jane()});
        QCOMPARE(bytes, QByteArray("BEGIN:VCARD\r\n"
                                   "VERSION:4.0\r\n"
                                   "PRODID:" +
                                   VCardWriter::productId().toUtf8() +
                                   "\r\n"
                                   "UID:urn:uuid:00000000-0000-8000-8000-000000000007\r\n"
                                   "FN:Jane Doe\\; Jr.\r\n"
                                   "N:Doe\\; Jr.;Jane;;;\r\n"
                                   "ORG:Acme\\, Inc.\r\n"
                                   "TITLE:Head of \\\\ Sales\r\n"
                                   "EMAIL:jane@example.com\r\n"
                                   "URL:https://www.linkedin.com/in/jane-doe\r\n"
                                   "ADR:;;;Berlin\\, Germany;;;\r\n"
                                   "NOTE:Met at a conference\\;\\nlikes coffee\\nand tea\r\n"
                                   "CATEGORIES:client,vip\r\n"
                                   "REV:20240305T140709Z\r\n"
                                   "END:VCARD\r\n"));
    }

    void emptyFieldsAreLeftOut()
    {
        Contact c;
        c.firstName = u"Cher"_s;
        const QByteArray bytes = write({c});
        QCOMPARE(bytes, QByteArray("BEGIN:VCARD\r\nVERSION:4.0\r\nPRODID:" +
                                   VCardWriter::productId().toUtf8() +
                                   "\r\nUID:urn:uuid:00000000-0000-8000-8000-000000000000\r\n"
                                   "FN:Cher\r\nN:;Cher;;;\r\nEND:VCARD\r\n"));
    }

    void valuesRoundTrip()
    {
        const Contact c = jane();
        const QByteArray unfolded = unfold(write({c}));
        QCOMPARE(unescape(valueOf(unfolded, "N"), u';'),
                 (QStringList{c.lastName, c.firstName, {}, {}, {}}));
        QCOMPARE(unescape(valueOf(unfolded, "ORG"), u';'), QStringList{c.company});
        QCOMPARE(unescape(valueOf(unfolded, "NOTE"), QChar()).first(),
                 u"Met at a conference;\nlikes coffee\nand tea"_s);
        QCOMPARE(unescape(valueOf(unfolded, "ADR"), u';').at(3), c.location);
        QCOMPARE(unescape(valueOf(unfolded, "CATEGORIES"), u','), c.tags);
    }

    void oneCardPerContact()
    {
        QList<Contact> contacts;
        for (int i = 0; i < 50; ++i) {
            Contact c = jane();
            c.firstName = u"Person %1"_s.arg(i);
            contacts << c;
        }
        const QByteArray bytes = write(contacts);
        QCOMPARE(bytes.count("BEGIN:VCARD\r\n"), 50);
        QCOMPARE(bytes.count("END:VCARD\r\n"), 50);
        QVERIFY(bytes.endsWith("END:VCARD\r\n"));
        QVERIFY(!bytes.contains("\n\n"));
        // Every line break is CRLF.
        QCOMPARE(bytes.count('\n'), bytes.count("\r\n"));
    }

    void longUtf8LinesFoldBetweenCharacters()
    {
        // 200 characters of accents, CJK and emoji (surrogate pairs, ZWJ).
        QString name;
        const QString pieces[] = {u"é"_s, u"Ñ"_s,           u"😀"_s, u"漢"_s,
                                  u"a"_s, u"👩‍💻"_s, u"ß"_s};
        for (int i = 0; name.size() < 200; ++i)
            name += pieces[i % 7];
        Contact c;
        c.firstName = name;
        c.lastName = u"Ölçer"_s;
        c.notes = name + u"\n"_s + name;
        const QByteArray bytes = write({c});

        for (const QByteArray &line : bytes.split('\n')) {
            const QByteArray body = line.endsWith('\r') ? line.chopped(1) : line;
            QVERIFY2(body.size() <= 75, body.constData());
            // Each physical line is valid UTF-8 on its own: nothing split.
            const QString decoded = QString::fromUtf8(body);
            QVERIFY2(!decoded.contains(QChar::ReplacementCharacter), body.constData());
            QCOMPARE(decoded.toUtf8(), body);
        }
        QVERIFY(bytes.count("\r\n ") > 10);
        const QByteArray unfolded = unfold(bytes);
        QCOMPARE(unescape(valueOf(unfolded, "FN"), QChar()).first(), c.fullName());
        QCOMPARE(unescape(valueOf(unfolded, "NOTE"), QChar()).first(), c.notes);
    }

    void foldBoundaries()
    {
        const QByteArray exactly75(75, 'x');
        QCOMPARE(VCardWriter::fold(exactly75), exactly75 + "\r\n");
        const QByteArray folded = VCardWriter::fold(QByteArray(76, 'x'));
        QCOMPARE(folded, QByteArray(75, 'x') + "\r\n x\r\n");
        // A two-byte character straddling octet 75 moves whole to the next line.
        const QByteArray straddle = QByteArray(74, 'x') + "\xC3\xA9" + "y";
        QCOMPARE(VCardWriter::fold(straddle), QByteArray(74, 'x') + "\r\n \xC3\xA9y\r\n");
    }

    void rapportFieldsAndNulAreWritten()
    {
        Contact c;
        c.firstName = u"Nu\u0000l"_s;
        c.industry = u"Software"_s;
        c.degree = 2;
        c.connectedOn = QDate(2023, 2, 1);
        c.followsMe = true;
        const QByteArray bytes = write({c});
        QVERIFY(bytes.contains("FN:Nul\r\n"));
        QVERIFY(!bytes.contains('\0'));
        QVERIFY(bytes.contains("X-RAPPORT-INDUSTRY:Software\r\n"));
        QVERIFY(bytes.contains("X-RAPPORT-DEGREE:2\r\n"));
        QVERIFY(bytes.contains("X-RAPPORT-CONNECTED-ON:2023-02-01\r\n"));
        QVERIFY(bytes.contains("X-RAPPORT-FOLLOWS-ME:yes\r\n"));
        QVERIFY(VCardWriter::productId().startsWith(u"-//Rapport//Rapport "_s));
    }

    void deviceErrorIsReported()
    {
        QBuffer readOnly;
        readOnly.open(QIODevice::ReadOnly);
        VCardWriter writer(&readOnly);
        writer.write(jane(), u"urn:uuid:00000000-0000-8000-8000-000000000001"_s);
        QVERIFY(!writer.flush());
        QVERIFY(!writer.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_VCardWriter)
#include "tst_vcardwriter.moc"
