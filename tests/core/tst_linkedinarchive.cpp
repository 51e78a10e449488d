// The LinkedIn export as people have it: the ZIP as downloaded (built here
// at test time), the extracted folder, one CSV file, and things that are not
// an export at all.

#include "LinkedInFixtures.h"
#include "io/LinkedInArchive.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;
using Part = LinkedInArchive::Part;

class tst_LinkedInArchive : public QObject
{
    Q_OBJECT

private slots:
    void matchKeys()
    {
        QCOMPARE(LinkedInArchive::matchKey(u"Company Follows.csv"_s),
                 LinkedInArchive::matchKey(u"Company_Follows.csv"_s));
        QCOMPARE(LinkedInArchive::matchKey(u"sub/MESSAGES.CSV"_s), u"messages.csv"_s);
    }

    void zipAsDownloaded()
    {
        QTemporaryDir dir;
        const QString zipPath = dir.filePath(u"Basic_LinkedInDataExport_02-08-2026.zip"_s);
        // Names drift between eras: spaces, underscores and case differ.
        QVERIFY(test::zipFolder(test::linkedInFixture(u"2024"_s), zipPath,
                                {u"CONNECTIONS.csv"_s, u"Invitations.csv"_s, u"Messages.csv"_s}));
        LinkedInArchive archive;
        QString error;
        QVERIFY2(archive.open(zipPath, &error), qPrintable(error));
        QCOMPARE(archive.kind(), LinkedInArchive::Kind::Zip);
        QVERIFY(archive.has(Part::Connections));
        QVERIFY(archive.has(Part::Invitations));
        QVERIFY(archive.has(Part::Messages));
        QCOMPARE(archive.entryName(Part::Connections), u"CONNECTIONS.csv"_s);
        QVERIFY(archive.size(Part::Connections) > 100);
        auto device = archive.device(Part::Connections, &error);
        QVERIFY2(device, qPrintable(error));
        QFile original(test::linkedInFixture(u"2024/Connections.csv"_s));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(device->readAll(), original.readAll());
    }

    void extractedFolder()
    {
        LinkedInArchive archive;
        QString error;
        QVERIFY2(archive.open(test::linkedInFixture(u"2022"_s), &error), qPrintable(error));
        QCOMPARE(archive.kind(), LinkedInArchive::Kind::Folder);
        QVERIFY(archive.has(Part::Connections));
        QVERIFY(archive.has(Part::Messages));
        QVERIFY(archive.find(u"Company Follows.csv"_s).isEmpty());
        auto device = archive.device(Part::Invitations, &error);
        QVERIFY2(device, qPrintable(error));
        QVERIFY(device->readAll().startsWith("From,To,Sent At"));
    }

    void relativeFolderPath()
    {
        // "rapport-cli import linkedin export" from the folder holding it.
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(u"export"_s)));
        QVERIFY(QFile::copy(test::linkedInFixture(u"2024/Connections.csv"_s),
                            dir.filePath(u"export/Connections.csv"_s)));
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir.path()));
        LinkedInArchive archive;
        QString error;
        const bool opened = archive.open(u"export"_s, &error);
        auto device = opened ? archive.device(Part::Connections, &error) : nullptr;
        const QByteArray head = device ? device->read(20) : QByteArray();
        QDir::setCurrent(before);
        QVERIFY2(opened, qPrintable(error));
        QCOMPARE(archive.entryName(Part::Connections), u"Connections.csv"_s);
        QVERIFY2(device, qPrintable(error));
        QVERIFY(!head.isEmpty());
    }

    void folderOfSeveralExportsIsNotOne()
    {
        // tests/fixtures holds linkedin/<era>/...: files of different exports
        // must not be mixed into one.
        LinkedInArchive archive;
        QString error;
        QVERIFY(!archive.open(QStringLiteral(RAPPORT_FIXTURES), &error));
        QVERIFY2(error.contains(u"Connections.csv"_s), qPrintable(error));

        // One level down is fine: a folder holding the extracted folder.
        QTemporaryDir dir;
        const QString inner = dir.filePath(u"Basic_LinkedInDataExport_02-08-2026"_s);
        QVERIFY(QDir().mkpath(inner));
        QVERIFY(QFile::copy(test::linkedInFixture(u"2024/Connections.csv"_s),
                            inner + u"/Connections.csv"_s));
        QVERIFY2(archive.open(dir.path(), &error), qPrintable(error));
        QCOMPARE(archive.entryName(Part::Connections),
                 u"Basic_LinkedInDataExport_02-08-2026/Connections.csv"_s);
        // Two extracted exports side by side: refused, naming both, instead
        // of taking Connections from one and messages from the other.
        QTemporaryDir two;
        for (const QString &name : {u"export-a"_s, u"export-b"_s})
            QVERIFY(QDir().mkpath(two.filePath(name)));
        QVERIFY(QFile::copy(test::linkedInFixture(u"2024/Connections.csv"_s),
                            two.filePath(u"export-a/Connections.csv"_s)));
        QVERIFY(QFile::copy(test::linkedInFixture(u"2026/messages.csv"_s),
                            two.filePath(u"export-b/messages.csv"_s)));
        QVERIFY(!archive.open(two.path(), &error));
        QVERIFY2(error.contains(u"export-a"_s) && error.contains(u"export-b"_s), qPrintable(error));

        // Files at the root are the export; a subfolder's are not mixed in.
        QVERIFY(QFile::copy(test::linkedInFixture(u"2022/Invitations.csv"_s),
                            two.filePath(u"Invitations.csv"_s)));
        QVERIFY2(archive.open(two.path(), &error), qPrintable(error));
        QVERIFY(archive.has(Part::Invitations));
        QVERIFY(!archive.has(Part::Connections));
        QVERIFY(!archive.has(Part::Messages));
    }

    void singleCsvRecognisedByHeader()
    {
        // Renamed on the way: the header still says what it is.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"my connections (1).csv"_s);
        QVERIFY(QFile::copy(test::linkedInFixture(u"excel/Connections.csv"_s), path));
        LinkedInArchive archive;
        QString error;
        QVERIFY2(archive.open(path, &error), qPrintable(error));
        QCOMPARE(archive.kind(), LinkedInArchive::Kind::File);
        QVERIFY(archive.has(Part::Connections));
        QVERIFY(!archive.has(Part::Messages));
        QCOMPARE(archive.entryName(Part::Connections), u"my connections (1).csv"_s);

        LinkedInArchive messages;
        QVERIFY2(messages.open(test::linkedInFixture(u"2026/messages.csv"_s), &error),
                 qPrintable(error));
        QVERIFY(messages.has(Part::Messages));
    }

    void notAnExport_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << u"Connections.csv"_s << u"empty"_s;
        QTest::newRow("binary") << QByteArray("\x7f"
                                              "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                                              16)
                                << u"Connections.csv"_s << u"binary"_s;
        QTest::newRow("wrong headers")
            << QByteArray("Name,Phone\nJane,555\n") << u"Connections.csv"_s << u"Invitations.csv"_s;
    }
    void notAnExport()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, fileName);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(fileName);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        LinkedInArchive archive;
        QString error;
        QVERIFY(!archive.open(path, &error));
        QVERIFY2(error.contains(fileName), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void zipWithoutOurFiles()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(u"src"_s);
        QVERIFY(QDir().mkpath(source));
        QFile other(source + u"/Profile.csv"_s);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("First Name,Last Name\nOlivia,Owner\n");
        other.close();
        const QString zipPath = dir.filePath(u"Basic_LinkedInDataExport_01-01-2026.zip"_s);
        QVERIFY(test::zipFolder(source, zipPath));
        LinkedInArchive archive;
        QString error;
        QVERIFY(!archive.open(zipPath, &error));
        QVERIFY2(error.contains(u"Basic_LinkedInDataExport_01-01-2026.zip"_s), qPrintable(error));
        QVERIFY2(error.contains(u"Connections.csv"_s), qPrintable(error));
        QVERIFY2(error.contains(u"messages.csv"_s), qPrintable(error));
        // Profile.csv: the first of the two ZIPs a large export comes in.
        QVERIFY2(error.contains(u"first part"_s), qPrintable(error));
        QVERIFY2(error.contains(u"second ZIP"_s), qPrintable(error));
    }

    void zipOfOtherFiles()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(u"src"_s);
        QVERIFY(QDir().mkpath(source));
        QFile other(source + u"/holiday.txt"_s);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("sun\n");
        other.close();
        const QString zipPath = dir.filePath(u"photos.zip"_s);
        QVERIFY(test::zipFolder(source, zipPath));
        LinkedInArchive archive;
        QString error;
        QVERIFY(!archive.open(zipPath, &error));
        QVERIFY2(error.contains(u"does not look like a LinkedIn data export"_s), qPrintable(error));
        QVERIFY2(!error.contains(u"first part"_s), qPrintable(error));
    }

    void damagedZip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"export.zip"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("PK\x03\x04", 4) + QByteArray(300, 'x'));
        file.close();
        LinkedInArchive archive;
        QString error;
        QVERIFY(!archive.open(path, &error));
        QVERIFY2(error.contains(u"export.zip"_s), qPrintable(error));
    }

    void missingPath()
    {
        LinkedInArchive archive;
        QString error;
        QVERIFY(!archive.open(u"/nonexistent/export.zip"_s, &error));
        QVERIFY2(error.contains(u"does not exist"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_LinkedInArchive)
#include "tst_linkedinarchive.moc"
