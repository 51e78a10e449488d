// Every string the program asks to translate must be in the German .ts
// under the context it asks with; otherwise the translation can never be
// found. A recording translator notes each (context, source) the code asks
// for while a broad sample of core and window code runs, and each must be
// one lupdate extracted into resources/translations/rapport_de.ts. A
// second check keeps the cause of the old mismatch out: local tr()
// functions whose context lupdate cannot see. A third runs lupdate, as
// update_translations does, on a copy of the .ts: the .ts must already hold
// every string of the code, none vanished, and every one translated.

#include "QueueScenario.h"

#include "common/OutreachStyle.h"
#include "common/TierStyle.h"
#include "db/Database.h"
#include "db/SqlErrorText.h"
#include "domain/Contact.h"
#include "domain/EngagementKind.h"
#include "domain/Outreach.h"
#include "domain/RelativeDate.h"
#include "domain/StarterTemplates.h"
#include "io/ContactExporter.h"
#include "io/CsvColumnMapping.h"
#include "io/CsvReader.h"
#include "outreach/InvitationStats.h"
#include "outreach/MessageLinter.h"
#include "outreach/OutreachSettings.h"
#include "planning/QueuePlanner.h"
#include "planning/QueueSettings.h"
#include "settings/PreferenceTable.h"
#include "shell/PreferencesDialog.h"
#include "store/ContactStore.h"
#include "store/EngagementStore.h"
#include "store/SettingStore.h"

#include <QBuffer>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

using Key = QPair<QString, QString>; // context, source text

// One message of a .ts, with what lupdate said about it.
struct TsMessage
{
    Key key;
    QString type; // "", "unfinished", "vanished", "obsolete"
};

QList<TsMessage> messagesOf(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> out;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"source") {
            out.append({{context, xml.readElementText()}, QString()});
        } else if (xml.name() == u"translation" && !out.isEmpty()) {
            out.last().type = xml.attributes().value(u"type"_s).toString();
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

// Runs a program to its end; empty when it exited with 0, else what it said.
QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return u"%1 %2 failed: %3"_s.arg(program, arguments.join(u' '),
                                         QString::fromLocal8Bit(process.readAll()));
    return QString();
}

// Answers nothing (so every string stays English) but remembers what was asked.
class RecordingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        asked.insert({QString::fromUtf8(context), QString::fromUtf8(sourceText)});
        return {};
    }

    mutable QSet<Key> asked;
};

// Every (context, source) in a .ts file.
QSet<Key> extracted(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QSet<Key> keys;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"context") {
            context.clear();
        } else if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"source") {
            keys.insert({context, xml.readElementText()});
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return keys;
}

// The finished translations of one context of a .ts file: source -> translation.
QHash<QString, QString> finished(const QString &path, const QString &wanted, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QHash<QString, QString> out;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation" && context == wanted) {
            const bool unfinished = xml.attributes().value(u"type"_s) == u"unfinished"_s;
            const QString text =
                xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            if (!unfinished && !text.isEmpty())
                out.insert(source, text);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

    RecordingTranslator m_recorder;
    QSet<Key> m_ts;
    QTemporaryDir m_dir;
    int m_run = 0;

    bool open(Database &db)
    {
        QString error;
        const bool ok = db.open(m_dir.filePath(u"t%1.sqlite"_s.arg(++m_run)), &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }

    // What was asked since the last check and is not in the .ts. Qt's own
    // strings (QDialogButtonBox, QPlatformTheme...) come from Qt's
    // translations, not ours; our classes never start with Q and a capital.
    QStringList missing()
    {
        static const QRegularExpression qtContext(u"^Q[A-Z]"_s);
        QStringList out;
        for (const Key &key : std::as_const(m_recorder.asked)) {
            if (!qtContext.match(key.first).hasMatch() && !m_ts.contains(key))
                out << u"%1: \"%2\""_s.arg(key.first, key.second);
        }
        m_recorder.asked.clear();
        out.sort();
        return out;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_ts = extracted(QStringLiteral(RAPPORT_TS_FILE), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_ts.size() > 1000);
        QVERIFY(QCoreApplication::installTranslator(&m_recorder));
    }

    void theRecorderSeesWhatIsAsked()
    {
        // The check itself: a string under a context the .ts lacks is caught.
        QCOMPARE(QCoreApplication::translate("rapport::NoSuchClass", "Nowhere"), u"Nowhere"_s);
        QCOMPARE(missing(), QStringList{u"rapport::NoSuchClass: \"Nowhere\""_s});
    }

    void coreStringsAreInTheTs()
    {
        for (const Preference &p : PreferenceTable::all()) {
            p.rangeText();
            p.typeName();
        }
        for (int code : {3, 4, 5, 7, 8, 10, 11, 13, 14, 17, 18, 19, 26, -1, 1})
            SqlErrorText::describeCode(code, u"/tmp/x.sqlite"_s);
        SqlErrorText::describeCode(5, QString());
        StarterTemplates::all();
        MessageLinter::lint(u"inmail"_s, u"Hello"_s,
                            u"Dear Sir or Madam, we are the #1 leading provider and won an award. "
                            "Our new product launch is here. Book a demo or a sales meeting. "
                            "Call me on my phone."_s);
        MessageLinter::lint(u"invitation"_s, QString(), QString(300 + 1, u'x'));
        InvitationStats::withdrawReminder();
        InvitationStats::decidedRule();
        InvitationStats::lastNWindow(20);
        InvitationStats::recentWindow();
        InvitationStats::compute({}, QDate(2024, 3, 15)).summary();

        QBuffer csv;
        csv.setData("name,company\n\"Ann,Acme\n");
        QVERIFY(csv.open(QIODevice::ReadOnly));
        CsvReader reader(&csv);
        QStringList row;
        while (reader.readRow(&row)) {
        }

        Database db;
        QVERIFY(open(db));
        SettingStore settings(db);
        QString error;
        OutreachSettings outreach;
        outreach.invitationNoteLimit = 0;
        QVERIFY(!outreach.save(settings, &error));
        outreach = OutreachSettings();
        outreach.acceptanceLastN = 1;
        QVERIFY(!outreach.save(settings, &error));
        QueueSettings queue;
        queue.capacity = 0;
        QVERIFY(!queue.save(settings, &error));
        queue = QueueSettings();
        queue.defaultCadenceDays = 1;
        QVERIFY(!queue.save(settings, &error));
        QVERIFY(!EngagementStore(db).setWindowDays(0, &error));
        Contact nobody;
        QVERIFY(!ContactStore(db).add(nobody, &error));

        const QStringList gaps = missing();
        QVERIFY2(gaps.isEmpty(), qPrintable(gaps.join(u'\n')));
    }

    void queueReasonsAreInTheTs()
    {
        Database db;
        QVERIFY(open(db));
        const QDate today(2024, 3, 15);
        test::QueueScenario scenario{db, today, {}, {}};
        QVERIFY(scenario.load(u"c Ana deg=2; e Ana comment -3 Articles_vs_posts; "
                              "c Ben deg=2; e Ben follow -1; "
                              "c Cy deg=3; e Cy follow -200; e Cy comment -2 Posts; "
                              "c Dee deg=1 conn=-400 cad=30; "
                              "c Eve deg=2; o Eve invitation out -30"_s));
        QVERIFY(!QueuePlanner::plan(db, today, {}).isEmpty());
        const QStringList gaps = missing();
        QVERIFY2(gaps.isEmpty(), qPrintable(gaps.join(u'\n')));
    }

    void windowStringsAreInTheTs()
    {
        const QDate today(2024, 3, 15);
        for (int rank = 0; rank <= 4; ++rank)
            TierStyle::pluralLabel(rank);
        for (EngagementKind kind : EngagementKinds::all())
            TierStyle::kindLabel(kind);
        for (int days : {-1, 0, 1, 5, 40, 100, 400, 800}) {
            RelativeDate::text(today.addDays(-days), today);
            RelativeDate::inDays(today.addDays(-days), today);
        }
        for (const QString &channel : Outreach::channels()) {
            OutreachStyle::channelLabel(channel);
            OutreachStyle::channelNoun(channel);
            for (const QString &outcome : OutreachStyle::outcomesFor(channel))
                OutreachStyle::outcomeLabel(outcome);
        }
        for (const QString &direction : Outreach::directions())
            OutreachStyle::directionLabel(direction);
        for (int kind = InMailPlan::PremiumCareer; kind <= InMailPlan::Custom; ++kind)
            OutreachStyle::planLabel(InMailPlan::Kind(kind));
        OutreachStyle::formatRate(0.25);
        OutreachStyle::formatRate(std::nullopt);
        // A Q_OBJECT class in namespace rapport: "rapport::PreferencesDialog".
        PreferencesDialog dialog(30, OutreachSettings(), QueueSettings());
        const QStringList gaps = missing();
        QVERIFY2(gaps.isEmpty(), qPrintable(gaps.join(u'\n')));
    }

    void germanExportHeadersImportBack()
    {
        // A CSV exported in German has German column titles; importing it
        // again must fill the same fields (CsvColumnMapping's synonyms).
        QString error;
        const QHash<QString, QString> german =
            finished(QStringLiteral(RAPPORT_TS_FILE), u"ContactExporter"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QStringList keys = ContactExporter::columnKeys();
        QStringList headers;
        for (const QString &key : keys) {
            const QString english = ContactExporter::columnTitle(key);
            QVERIFY2(german.contains(english), qPrintable(english));
            headers << german.value(english);
        }
        const CsvColumnMapping mapping = CsvColumnMapping::automatic(headers);
        for (int i = 0; i < keys.size(); ++i) {
            const bool importable = CsvColumnMapping::fieldFromKey(keys.at(i)).has_value();
            QCOMPARE(CsvColumnMapping::fieldKey(mapping.field(i)),
                     importable ? keys.at(i) : u"ignore"_s);
        }
    }

    void noLocalTrFunctions()
    {
        // A tr() of one's own translates under a context of its choosing,
        // which lupdate cannot know: it files the strings under the class
        // or namespace it sees instead. Use Q_DECLARE_TR_FUNCTIONS(Class)
        // (or Q_OBJECT) and call Class::tr() from helpers.
        static const QRegularExpression localTr(
            u"^\\s*(static\\s+|inline\\s+)*QString\\s+tr\\s*\\("_s,
            QRegularExpression::MultilineOption);
        QStringList offenders;
        for (const QString &layer : {u"app"_s, u"cli"_s, u"core"_s, u"ui"_s}) {
            QDirIterator it(QStringLiteral(RAPPORT_SOURCE_DIR) + u'/' + layer,
                            {u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                if (localTr.match(QString::fromUtf8(file.readAll())).hasMatch())
                    offenders << file.fileName();
            }
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u'\n')));
    }

    void theTsIsCurrentAndComplete()
    {
#ifndef RAPPORT_LUPDATE
        QSKIP("Built without Qt's Linguist tools: no lupdate to compare with.");
#else
        // lupdate refreshes a copy of the .ts from the code, as
        // `cmake --build <dir> --target update_translations` would.
        QTemporaryDir dir;
        const QString copy = dir.filePath(u"rapport_de.ts"_s);
        QVERIFY(QFile::copy(QStringLiteral(RAPPORT_TS_FILE), copy));
        QFile(copy).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        const QString project = dir.filePath(u"project.json"_s);
        QString failed = run(QStringLiteral(RAPPORT_CMAKE),
                             {u"-DIN_FILE="_s + QStringLiteral(RAPPORT_LUPDATE_PROJECT),
                              u"-DOUT_FILE="_s + project, u"-P"_s,
                              QStringLiteral(RAPPORT_LUPDATE_PROJECT_SCRIPT)});
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        failed = run(QStringLiteral(RAPPORT_LUPDATE),
                     {u"-project"_s, project, u"-locations"_s, u"none"_s, u"-ts"_s, copy});
        QVERIFY2(failed.isEmpty(), qPrintable(failed));

        QString error;
        const QList<TsMessage> refreshed = messagesOf(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList missing, vanished, unfinished;
        for (const TsMessage &m : refreshed) {
            const QString line = u"%1: \"%2\""_s.arg(m.key.first, m.key.second.left(90));
            if (!m_ts.contains(m.key))
                missing << line;
            else if (m.type == u"vanished"_s || m.type == u"obsolete"_s)
                vanished << line;
            else if (m.type == u"unfinished"_s)
                unfinished << line;
        }
        if (missing.isEmpty() && vanished.isEmpty() && unfinished.isEmpty())
            return;
        // At most 20 shown, the ones that need lupdate first.
        QStringList shown;
        for (const QString &line : std::as_const(missing))
            shown << u"not in the .ts (run the update_translations target): "_s + line;
        for (const QString &line : std::as_const(vanished))
            shown << u"vanished from the code (run update_translations): "_s + line;
        for (const QString &line : std::as_const(unfinished))
            shown << u"not translated: "_s + line;
        const qsizetype total = shown.size();
        shown = shown.mid(0, 20);
        QFAIL(qPrintable(u"resources/translations/rapport_de.ts is not current and complete: "
                         "%1 not in the .ts, %2 vanished, %3 not translated (%4 in all; the "
                         "first %5):\n"_s.arg(missing.size())
                             .arg(vanished.size())
                             .arg(unfinished.size())
                             .arg(total)
                             .arg(shown.size()) +
                         shown.join(u'\n')));
#endif
    }
};

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
