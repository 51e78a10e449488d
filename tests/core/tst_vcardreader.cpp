// VCardReader: the vCard files address books write (2.1 from Outlook and
// Android, 3.0 from Gmail, iPhone, Evolution and python-vobject, 4.0 from
// Thunderbird): folding, quoted-printable, charsets, groups, bare 2.1
// parameters, photos skipped; a cut-short file and an absurd value refused.

#include "io/VCardReader.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(RAPPORT_FIXTURES) + u"/vcard/"_s + name;
}

QList<VCardReader::Card> readAll(QIODevice *device, QString *error)
{
    VCardReader reader(device);
    QList<VCardReader::Card> cards;
    VCardReader::Card card;
    while (reader.readCard(&card))
        cards << card;
    *error = reader.errorString();
    return cards;
}

QList<VCardReader::Card> readFile(const QString &name, QString *error)
{
    QFile file(fixture(name));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    return readAll(&file, error);
}

QList<VCardReader::Card> readBytes(const QByteArray &bytes, QString *error)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return readAll(&buffer, error);
}

QString value(const VCardReader::Card &card, const QString &name)
{
    const VCardReader::Property *p = card.first(name);
    return p ? p->value : QString();
}

} // namespace

class tst_VCardReader : public QObject
{
    Q_OBJECT

private slots:
    void splitAndUnescape()
    {
        QCOMPARE(VCardReader::split(u"Doe\\; Jr.;Jane;;;"_s, u';'),
                 (QStringList{u"Doe; Jr."_s, u"Jane"_s, QString(), QString(), QString()}));
        QCOMPARE(VCardReader::split(u"a\\,b,c\\\\,d"_s, u','),
                 (QStringList{u"a,b"_s, u"c\\"_s, u"d"_s}));
        QCOMPARE(VCardReader::unescape(u"one\\ntwo\\Nthree\\:four\\x"_s),
                 u"one\ntwo\nthree:four\\x"_s);
    }

    void outlook21()
    {
        QString error;
        const auto cards = readFile(u"outlook-2.1.vcf"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(cards.size(), 3);
        const VCardReader::Card &j = cards.at(0);
        QCOMPARE(j.version, u"2.1"_s);
        QCOMPARE(j.line, 1);
        // No CHARSET and not UTF-8: Windows-1252.
        QCOMPARE(value(j, u"FN"_s), u"Jürgen Müller"_s);
        // Quoted-printable with a soft line break, in the file's code page.
        QCOMPARE(value(j, u"NOTE"_s),
                 u"Getroffen auf der Messe in Köln.\r\nTrinkt gern \"guten\" Kaffee."_s);
        QCOMPARE(value(j, u"LABEL"_s), u"Domstraße 1\r\nKöln 50667"_s);
        // Bare 2.1 parameters become TYPE values.
        const auto emails = j.all(u"EMAIL"_s);
        QCOMPARE(emails.size(), 2);
        QVERIFY(emails.at(1)->hasParameter(u"TYPE"_s, u"pref"_s));
        QVERIFY(!emails.at(0)->hasParameter(u"TYPE"_s, u"pref"_s));
        // The photo is skipped, and what follows it is read.
        QVERIFY(!j.first(u"PHOTO"_s));
        QCOMPARE(value(j, u"X-MS-OL-DEFAULT-POSTAL-ADDRESS"_s), u"2"_s);
        QCOMPARE(value(j, u"REV"_s), u"20240101T120000Z"_s);
        // Unindented 2.1 base64 up to the empty line is skipped too.
        const VCardReader::Card &s = cards.at(2);
        QCOMPARE(value(s, u"FN"_s), u"Søren Østergård"_s);
        QVERIFY(!s.first(u"PHOTO"_s));
        QCOMPARE(value(s, u"CATEGORIES"_s), u"Kunden;VIP"_s);
        QCOMPARE(s.properties.size(), 4);
    }

    void android21QuotedPrintableUtf8()
    {
        QString error;
        const auto cards = readFile(u"android-2.1.vcf"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(cards.size(), 1);
        QCOMPARE(value(cards.at(0), u"N"_s), u"Dupont;Élodie;;;"_s);
        QCOMPARE(value(cards.at(0), u"TITLE"_s), u"Ingénieure"_s);
        QCOMPARE(value(cards.at(0), u"NOTE"_s), u"Première ligne\nDeuxième ligne"_s);
    }

    void gmail30Groups()
    {
        QString error;
        const auto cards = readFile(u"gmail-3.0.vcf"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(cards.size(), 2);
        const auto urls = cards.at(0).all(u"URL"_s);
        QCOMPARE(urls.size(), 2);
        QCOMPARE(urls.at(1)->group, u"ITEM2"_s);
        QCOMPARE(VCardReader::unescape(urls.at(1)->value),
                 u"https://www.linkedin.com/in/grace-hopper-example"_s);
        QCOMPARE(value(cards.at(0), u"X-ABLABEL"_s), u"Homepage"_s);
    }

    void iphone30FoldedWithPhoto()
    {
        QString error;
        const auto cards = readFile(u"iphone-3.0.vcf"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(cards.size(), 1);
        const VCardReader::Card &a = cards.at(0);
        QVERIFY(value(a, u"NOTE"_s).contains(u"more than one line so that"_s));
        QVERIFY(value(a, u"NOTE"_s).endsWith(u"naïve café ☕ at the ﬁnal turn of the line ok."_s));
        QVERIFY(!a.first(u"PHOTO"_s));
        QCOMPARE(a.first(u"X-SOCIALPROFILE"_s)->parameter(u"TYPE"_s), u"linkedin"_s);
        QCOMPARE(a.first(u"ADR"_s)->group, u"ITEM1"_s);
    }

    void vobject30AndThunderbird40()
    {
        QString error;
        auto cards = readFile(u"vobject.vcf"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(cards.size(), 2);
        QCOMPARE(
            VCardReader::unescape(value(cards.at(0), u"NOTE"_s)),
            u"Ligne un, avec virgule; point-virgule\\ et barre.\nLigne deux: « guillemets »."_s);
        QVERIFY(!cards.at(0).first(u"PHOTO"_s));
        QCOMPARE(VCardReader::unescape(value(cards.at(1), u"NOTE"_s)), QString(60, u'一'));

        cards = readFile(u"thunderbird-evolution.vcf"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(cards.size(), 2);
        QCOMPARE(cards.at(0).version, u"4.0"_s);
        QCOMPARE(cards.at(0).all(u"EMAIL"_s).at(1)->parameter(u"PREF"_s), u"1"_s);
        QCOMPARE(cards.at(1).version, u"3.0"_s);
    }

    void foldSplittingACharacterIsJoined()
    {
        QString error;
        const auto cards = readBytes("BEGIN:VCARD\r\nVERSION:4.0\r\nNOTE:caf\xC3\r\n \xA9 au\r\n\t"
                                     "lait\nEND:VCARD\n",
                                     &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(value(cards.value(0), u"NOTE"_s), u"café aulait"_s);
    }

    void textBetweenCardsIsIgnored()
    {
        QString error;
        const auto cards = readBytes("\xEF\xBB\xBFjunk before\r\n\r\nBEGIN:VCARD\r\nFN:A\r\n"
                                     "END:VCARD\r\n\r\nBEGIN:vcard\r\nFN:B\r\nend:VCARD\r\n",
                                     &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(cards.size(), 2);
        QCOMPARE(value(cards.at(1), u"FN"_s), u"B"_s);
        QCOMPARE(cards.at(1).line, 7);
    }

    void cutShortFileIsRefused()
    {
        QString error;
        const auto cards = readFile(u"truncated.vcf"_s, &error);
        QVERIFY(cards.isEmpty());
        QVERIFY2(error.startsWith(u"line 1: "_s), qPrintable(error));
        QVERIFY2(error.contains(u"END:VCARD"_s), qPrintable(error));
    }

    void hugeValueIsRefusedButHugePhotoIsSkipped()
    {
        QByteArray bytes = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big\r\nPHOTO;ENCODING=b:";
        bytes += QByteArray(6 * 1024 * 1024, 'A');
        bytes += "\r\nEND:VCARD\r\n";
        QString error;
        QCOMPARE(readBytes(bytes, &error).size(), 1);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        bytes = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big\r\nNOTE:";
        for (int i = 0; i < 70000; ++i)
            bytes += QByteArray(74, 'x') + "\r\n ";
        bytes += "end\r\nEND:VCARD\r\n";
        QVERIFY(readBytes(bytes, &error).isEmpty());
        QVERIFY2(error.startsWith(u"line 4: "_s) && error.contains(u"4 MB"_s), qPrintable(error));

        // Many values just under the limit: the card as a whole is refused.
        bytes = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big\r\n";
        for (int i = 0; i < 5; ++i)
            bytes += "NOTE:" + QByteArray(3900 * 1024, 'n') + "\r\n";
        bytes += "END:VCARD\r\n";
        QVERIFY(readBytes(bytes, &error).isEmpty());
        QVERIFY2(error.startsWith(u"line 1: "_s) && error.contains(u"16 MB"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_VCardReader)
#include "tst_vcardreader.moc"
