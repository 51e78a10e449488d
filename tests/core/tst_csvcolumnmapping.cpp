// CsvColumnMapping: which field each column fills, guessed from the headers
// of real exports, taken from a preset, or given with --map; and the text
// form the wizard saves.

#include "io/CsvColumnMapping.h"
#include "io/CsvImporter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

using Field = CsvColumnMapping::Field;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(RAPPORT_FIXTURES) + u"/csv/"_s + name;
}

// header name -> field key, for the columns that are not ignored.
QMap<QString, QString> mapped(const CsvColumnMapping &mapping, const QStringList &headers)
{
    QMap<QString, QString> result;
    for (int i = 0; i < headers.size(); ++i) {
        if (mapping.field(i) != Field::Ignore)
            result.insert(headers.at(i), CsvColumnMapping::fieldKey(mapping.field(i)));
    }
    return result;
}

} // namespace

class tst_CsvColumnMapping : public QObject
{
    Q_OBJECT

private slots:
    void fieldKeysRoundTrip();
    void automaticFromSynonyms_data();
    void automaticFromSynonyms();
    void automaticPrefersJobTitleOverOutlookTitle();
    void websiteIsProfileUrlOnlyWithLinkedInValues();
    void automaticOnGoogleExport();
    void presetGoogleCurrentAndLegacy();
    void presetOutlook();
    void overridesByNameAndNumber();
    void overrideErrors_data();
    void overrideErrors();
    void textFormAndSignature();
};

void tst_CsvColumnMapping::fieldKeysRoundTrip()
{
    const QStringList keys = CsvColumnMapping::fieldKeys();
    QCOMPARE(keys, (QStringList{u"ignore"_s, u"first_name"_s, u"last_name"_s, u"full_name"_s,
                                u"profile_url"_s, u"position"_s, u"company"_s, u"industry"_s,
                                u"location"_s, u"email"_s, u"degree"_s, u"connected_on"_s,
                                u"follows_me"_s, u"tags"_s, u"notes"_s, u"rapport_id"_s}));
    for (const Field f : CsvColumnMapping::fields()) {
        QCOMPARE(CsvColumnMapping::fieldFromKey(CsvColumnMapping::fieldKey(f)), f);
        QVERIFY(!CsvColumnMapping::fieldTitle(f).isEmpty());
    }
    QCOMPARE(CsvColumnMapping::fieldFromKey(u" First-Name "_s), Field::FirstName);
    QVERIFY(!CsvColumnMapping::fieldFromKey(u"phone"_s));
}

void tst_CsvColumnMapping::automaticFromSynonyms_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("key");
    const QList<QPair<QString, QString>> cases = {
        {u"First Name"_s, u"first_name"_s},
        {u"given_name"_s, u"first_name"_s},
        {u"VORNAME"_s, u"first_name"_s},
        {u"Prénom"_s, u"first_name"_s},
        {u"Family Name"_s, u"last_name"_s},
        {u"Nachname"_s, u"last_name"_s},
        {u"Full name"_s, u"full_name"_s},
        {u"Name"_s, u"full_name"_s},
        {u"E-mail Address"_s, u"email"_s},
        {u"E-mail 1 - Value"_s, u"email"_s},
        {u"Email"_s, u"email"_s},
        {u"Company"_s, u"company"_s},
        {u"Organization 1 - Name"_s, u"company"_s},
        {u"Organization Name"_s, u"company"_s},
        {u"Job Title"_s, u"position"_s},
        {u"Organization 1 - Title"_s, u"position"_s},
        {u"position"_s, u"position"_s},
        {u"LinkedIn"_s, u"profile_url"_s},
        {u"Profile URL"_s, u"profile_url"_s},
        {u"Notes"_s, u"notes"_s},
        {u"Labels"_s, u"tags"_s},
        {u"Group Membership"_s, u"tags"_s},
        {u"Categories"_s, u"tags"_s},
        {u"Connected On"_s, u"connected_on"_s},
        {u"follows me"_s, u"follows_me"_s},
        // The titles a German Rapport exports.
        {u"Vollständiger Name"_s, u"full_name"_s},
        {u"Profil-URL"_s, u"profile_url"_s},
        {u"Standort"_s, u"location"_s},
        {u"Grad"_s, u"degree"_s},
        {u"Vernetzt am"_s, u"connected_on"_s},
        {u"Folgt mir"_s, u"follows_me"_s},
        {u"Schlagwörter"_s, u"tags"_s},
        {u"Erstellt am"_s, u"ignore"_s},
        {u"Phone 1 - Value"_s, u"ignore"_s},
        {u"Created at"_s, u"ignore"_s},
    };
    for (const auto &[header, key] : cases)
        QTest::newRow(qPrintable(header)) << header << key;
}

void tst_CsvColumnMapping::automaticFromSynonyms()
{
    QFETCH(QString, header);
    QFETCH(QString, key);
    const CsvColumnMapping mapping = CsvColumnMapping::automatic({u"Other"_s, header});
    QCOMPARE(CsvColumnMapping::fieldKey(mapping.field(1)), key);
    QCOMPARE(mapping.field(0), Field::Ignore);
}

void tst_CsvColumnMapping::automaticPrefersJobTitleOverOutlookTitle()
{
    // Outlook's "Title" is Mr/Ms; "Job Title" is the position.
    const QStringList headers{u"Title"_s, u"First Name"_s, u"Job Title"_s, u"E-mail Address"_s,
                              u"E-mail 2 Address"_s};
    const CsvColumnMapping mapping = CsvColumnMapping::automatic(headers);
    QCOMPARE(mapping.field(0), Field::Ignore);
    QCOMPARE(mapping.field(2), Field::Position);
    QCOMPARE(mapping.columns(Field::Email), QList<int>{3});
}

void tst_CsvColumnMapping::websiteIsProfileUrlOnlyWithLinkedInValues()
{
    const QStringList headers{u"First Name"_s, u"Website 1 - Value"_s, u"URL"_s};
    QCOMPARE(CsvColumnMapping::automatic(headers).field(1), Field::Ignore);
    const QList<QStringList> rows{{u"A"_s, u"https://example.com"_s, u"x"_s},
                                  {u"B"_s, u"linkedin.com/in/b-example"_s, u""_s}};
    const CsvColumnMapping mapping = CsvColumnMapping::automatic(headers, rows);
    QCOMPARE(mapping.field(1), Field::ProfileUrl);
    QCOMPARE(mapping.field(2), Field::Ignore);
}

void tst_CsvColumnMapping::automaticOnGoogleExport()
{
    CsvImporter::Preview preview;
    QString error;
    QVERIFY2(CsvImporter::preview(fixture(u"google.csv"_s), 10, &preview, &error),
             qPrintable(error));
    const auto m =
        mapped(CsvColumnMapping::automatic(preview.headers, preview.rows), preview.headers);
    QCOMPARE(m.value(u"First Name"_s), u"first_name"_s);
    QCOMPARE(m.value(u"Last Name"_s), u"last_name"_s);
    QCOMPARE(m.value(u"Organization Name"_s), u"company"_s);
    QCOMPARE(m.value(u"Organization Title"_s), u"position"_s);
    QCOMPARE(m.value(u"E-mail 1 - Value"_s), u"email"_s);
    QCOMPARE(m.value(u"Labels"_s), u"tags"_s);
    QCOMPARE(m.value(u"Notes"_s), u"notes"_s);
    QCOMPARE(m.value(u"Website 1 - Value"_s), u"profile_url"_s);
    QVERIFY(!m.contains(u"E-mail 2 - Value"_s));
    QVERIFY(!m.contains(u"Middle Name"_s));
}

void tst_CsvColumnMapping::presetGoogleCurrentAndLegacy()
{
    for (const QString &file : {u"google.csv"_s, u"google-legacy.csv"_s}) {
        CsvImporter::Preview preview;
        QString error;
        QVERIFY2(CsvImporter::preview(fixture(file), 0, &preview, &error), qPrintable(error));
        const CsvColumnMapping mapping =
            CsvColumnMapping::preset(CsvColumnMapping::Preset::Google, preview.headers);
        QVERIFY2(mapping.maps(Field::FirstName), qPrintable(file));
        QVERIFY(mapping.maps(Field::LastName));
        QVERIFY(mapping.maps(Field::Company));
        QVERIFY(mapping.maps(Field::Position));
        QVERIFY(mapping.maps(Field::Email));
        QVERIFY(mapping.maps(Field::Tags));
        QVERIFY(mapping.maps(Field::Notes));
        QVERIFY(mapping.maps(Field::ProfileUrl));
        QCOMPARE(mapping.columnCount(), preview.headers.size());
        // Nothing a Google export has besides these is taken.
        QCOMPARE(mapping.columns(Field::Location), QList<int>{});
    }
}

void tst_CsvColumnMapping::presetOutlook()
{
    CsvImporter::Preview preview;
    QString error;
    QVERIFY2(CsvImporter::preview(fixture(u"outlook.csv"_s), 0, &preview, &error),
             qPrintable(error));
    const auto m =
        mapped(CsvColumnMapping::preset(CsvColumnMapping::Preset::Outlook, preview.headers),
               preview.headers);
    const QMap<QString, QString> expected{
        {u"First Name"_s, u"first_name"_s}, {u"Last Name"_s, u"last_name"_s},
        {u"Company"_s, u"company"_s},       {u"Job Title"_s, u"position"_s},
        {u"E-mail Address"_s, u"email"_s},  {u"Notes"_s, u"notes"_s},
        {u"Categories"_s, u"tags"_s},       {u"Web Page"_s, u"profile_url"_s}};
    QCOMPARE(m, expected);
    QCOMPARE(CsvColumnMapping::presetFromName(u"Outlook"_s), CsvColumnMapping::Preset::Outlook);
    QCOMPARE(CsvColumnMapping::presetFromName(u"google"_s), CsvColumnMapping::Preset::Google);
    QVERIFY(!CsvColumnMapping::presetFromName(u"yahoo"_s));
}

void tst_CsvColumnMapping::overridesByNameAndNumber()
{
    const QStringList headers{u"Given"_s, u"Surname"_s, u"Mail"_s,
                              u"Email"_s, u"Remarks"_s, u"Notes"_s};
    CsvColumnMapping mapping = CsvColumnMapping::automatic(headers);
    QCOMPARE(mapping.field(0), Field::Ignore);
    QCOMPARE(mapping.field(3), Field::Email);
    QString error;
    QVERIFY2(mapping.applyOverrides({u"given=first_name"_s, u"3=email"_s, u"Remarks=notes"_s,
                                     u"Surname = last-name"_s},
                                    headers, &error),
             qPrintable(error));
    QCOMPARE(mapping.field(0), Field::FirstName);
    QCOMPARE(mapping.field(1), Field::LastName);
    // The person's email column replaces the guessed one; notes gather.
    QCOMPARE(mapping.columns(Field::Email), QList<int>{2});
    QCOMPARE(mapping.columns(Field::Notes), (QList<int>{4, 5}));
    QVERIFY(mapping.applyOverrides({u"6=ignore"_s}, headers, &error));
    QCOMPARE(mapping.columns(Field::Notes), QList<int>{4});
}

void tst_CsvColumnMapping::overrideErrors_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no equals") << u"first_name"_s << u"COLUMN=FIELD"_s;
    QTest::newRow("empty field") << u"Name="_s << u"COLUMN=FIELD"_s;
    QTest::newRow("unknown field") << u"Name=phone"_s << u"first_name, last_name"_s;
    QTest::newRow("unknown column") << u"Phone=notes"_s << u"\"Name\", \"Name\", \"Mail\""_s;
    QTest::newRow("column 0") << u"0=notes"_s << u"columns 1 to 3"_s;
    QTest::newRow("column too big") << u"4=notes"_s << u"no column 4"_s;
    QTest::newRow("ambiguous name") << u"name=first_name"_s << u"--map 1=first_name"_s;
}

void tst_CsvColumnMapping::overrideErrors()
{
    QFETCH(QString, spec);
    QFETCH(QString, mentions);
    const QStringList headers{u"Name"_s, u"Name"_s, u"Mail"_s};
    CsvColumnMapping mapping = CsvColumnMapping::automatic(headers);
    const CsvColumnMapping before = mapping;
    QString error;
    QVERIFY(!mapping.applyOverrides({spec}, headers, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY2(error.contains(spec), qPrintable(error));
    QCOMPARE(mapping, before);
}

void tst_CsvColumnMapping::textFormAndSignature()
{
    const QStringList headers{u"First Name"_s, u"Phone"_s, u"Labels"_s};
    const CsvColumnMapping mapping = CsvColumnMapping::automatic(headers);
    QCOMPARE(mapping.toString(), u"first_name,ignore,tags"_s);
    QCOMPARE(CsvColumnMapping::fromString(mapping.toString()), mapping);
    QCOMPARE(CsvColumnMapping::fromString(QString())->columnCount(), 0);
    QString error;
    QVERIFY(!CsvColumnMapping::fromString(u"first_name,phone"_s, &error));
    QVERIFY2(error.contains(u"\"phone\""_s) && error.contains(u"column 2"_s), qPrintable(error));

    const QString signature = CsvColumnMapping::signature(headers);
    QCOMPARE(signature.size(), 40);
    QCOMPARE(CsvColumnMapping::signature({u"first_name"_s, u"PHONE"_s, u" labels"_s}), signature);
    QVERIFY(CsvColumnMapping::signature({u"Labels"_s, u"Phone"_s, u"First Name"_s}) != signature);
}

QTEST_GUILESS_MAIN(tst_CsvColumnMapping)
#include "tst_csvcolumnmapping.moc"
