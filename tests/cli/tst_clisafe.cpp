// rapport-cli is safe to script: a --db in a folder that does not exist is
// refused without creating anything, a new database is announced on stderr,
// text output never passes control characters from the data to the
// terminal, and check finds and check --repair rebuilds damaged derived data.

#include "CliProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_CliSafe : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbPath;

    CliRun run(const QStringList &args)
    {
        return CliProcess::run(args, CliProcess::isolated(m_dir->path()));
    }
    CliRun cli(const QStringList &args) { return run(QStringList{u"--db"_s, m_dbPath} + args); }
    bool sql(const QStringList &statements)
    {
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"damage"_s);
            db.setDatabaseName(m_dbPath);
            ok = db.open();
            QSqlQuery q(db);
            for (const QString &s : statements) {
                if (ok && !q.exec(s)) {
                    qWarning("%s", qPrintable(s));
                    ok = false;
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"damage"_s);
        return ok;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_dbPath = m_dir->filePath(u"test.sqlite"_s);
    }
    void cleanup() { m_dir.reset(); }

    void missingFolderIsRefused_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("list") << QStringList{u"contacts"_s, u"list"_s};
        QTest::newRow("add") << QStringList{u"contacts"_s, u"add"_s, u"--first"_s, u"Ann"_s};
        QTest::newRow("demo") << QStringList{u"demo"_s, u"--contacts"_s, u"3"_s};
        QTest::newRow("json") << QStringList{u"--json"_s, u"stats"_s};
    }
    void missingFolderIsRefused()
    {
        QFETCH(QStringList, command);
        const QString folder = m_dir->filePath(u"nonexistent/dir"_s);
        const CliRun r = run(QStringList{u"--db"_s, folder + u"/x.sqlite"_s} + command);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QDir::toNativeSeparators(folder)), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"does not exist"_s) && r.err.contains(u"--db"_s),
                 qPrintable(r.err));
        QVERIFY(r.out.isEmpty() || command.first() == u"--json"_s);
        QVERIFY(!QFileInfo::exists(m_dir->filePath(u"nonexistent"_s)));
    }

    void fileInPlaceOfFolderIsRefused()
    {
        const QString file = m_dir->filePath(u"plain.txt"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("text\n");
        f.close();
        const CliRun r = run({u"--db"_s, file + u"/x.sqlite"_s, u"contacts"_s, u"list"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"plain.txt"_s) && r.err.contains(u"not a folder"_s),
                 qPrintable(r.err));
        QCOMPARE(QFileInfo(file).size(), 5);
    }

    void newDatabaseIsAnnounced()
    {
        const CliRun first = cli({u"contacts"_s, u"list"_s});
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.err.contains(
                     u"Created a new database at %1"_s.arg(QDir::toNativeSeparators(m_dbPath))),
                 qPrintable(first.err));
        QVERIFY(QFileInfo::exists(m_dbPath));
        const CliRun again = cli({u"contacts"_s, u"list"_s});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(!again.err.contains(u"Created"_s), qPrintable(again.err));
        // JSON on stdout stays one document; the notice goes to stderr.
        const QString other = m_dir->filePath(u"other.sqlite"_s);
        const CliRun json = run({u"--db"_s, other, u"--json"_s, u"contacts"_s, u"list"_s});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(json.json().contains(u"contacts"_s));
        QVERIFY(json.err.contains(u"Created a new database"_s));
    }

    void controlCharactersAreEscaped()
    {
        const QString esc = QString(QChar(0x1b));
        const QString first = u"Eve"_s + esc + u"[31m"_s;
        const QString last = u"Red"_s + QChar(0x07) + u"\nLine"_s;
        const QString company = u"Acme"_s + esc + u"]0;pwned"_s + QChar(0x07) + QChar(0x9b);
        const QString notes = u"first line\r\nsecond\tline "_s + esc + u"[2J"_s;
        const CliRun added =
            cli({u"contacts"_s, u"add"_s, u"--first"_s, first, u"--last"_s, last, u"--company"_s,
                 company, u"--position"_s, u"Boss"_s, u"--notes"_s, notes});
        QCOMPARE(added.exitCode, 0);
        const QString id = added.out.trimmed();

        const auto rawControl = [](const QString &text) {
            for (const QChar c : text) {
                if ((c.unicode() < 0x20 && c != u'\n' && c != u'\t') ||
                    (c.unicode() >= 0x7f && c.unicode() <= 0x9f))
                    return true;
            }
            return false;
        };
        const CliRun list = cli({u"contacts"_s, u"list"_s});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(!rawControl(list.out), qPrintable(list.out));
        // One line per contact even with a line break in the name.
        QCOMPARE(list.outLines().size(), 1);
        QVERIFY2(list.out.contains(u"Eve\\x1b[31m Red\\x07\\x0aLine"_s), qPrintable(list.out));
        QVERIFY2(list.out.contains(u"Acme\\x1b]0;pwned\\x07\\x9b"_s), qPrintable(list.out));

        const CliRun show = cli({u"contacts"_s, u"show"_s, id});
        QCOMPARE(show.exitCode, 0);
        QVERIFY2(!rawControl(show.out), qPrintable(show.out));
        QVERIFY2(show.out.contains(u"Red\\x07\\x0aLine"_s), qPrintable(show.out));
        // Notes keep their line breaks (a Windows one too) and tabs.
        QVERIFY2(show.out.contains(u"first line\n"_s), qPrintable(show.out));
        QVERIFY2(show.out.contains(u"second\tline \\x1b[2J"_s), qPrintable(show.out));

        // Messages naming the data are escaped too.
        const CliRun missing = cli({u"contacts"_s, u"show"_s, u"No"_s + esc + u"[1mBody"_s});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(!rawControl(missing.err), qPrintable(missing.err));

        // JSON carries the exact value, escaped by JSON's rules.
        const CliRun json = cli({u"--json"_s, u"contacts"_s, u"show"_s, id});
        QCOMPARE(json.exitCode, 0);
        QVERIFY2(json.out.contains(u"\\u001b[31m"_s), qPrintable(json.out));
        QCOMPARE(json.json().value(u"company"_s).toString(), company);
        QCOMPARE(json.json().value(u"notes"_s).toString(), notes);
    }

    void checkFindsAndRepairsDerivedData()
    {
        QCOMPARE(cli({u"demo"_s, u"--contacts"_s, u"120"_s}).exitCode, 0);
        QCOMPARE(cli({u"check"_s}).exitCode, 0);
        QVERIFY(sql({u"INSERT INTO contact_fts(rowid, first_name) VALUES (1, 'ghost')"_s,
                     u"UPDATE tier_count SET contacts = contacts + 5 WHERE tier_key = 13"_s,
                     u"UPDATE engagement_summary SET n_like = n_like + 2 WHERE contact_id = "
                     "(SELECT min(contact_id) FROM engagement_summary)"_s}));

        const CliRun found = cli({u"check"_s});
        QCOMPARE(found.exitCode, 1);
        QVERIFY2(found.err.contains(u"search index"_s), qPrintable(found.err));
        QVERIFY2(found.err.contains(u"per tier"_s), qPrintable(found.err));
        QVERIFY2(found.err.contains(u"check --repair"_s), qPrintable(found.err));
        const CliRun foundJson = cli({u"--json"_s, u"check"_s});
        QCOMPARE(foundJson.exitCode, 1);
        QCOMPARE(foundJson.json().value(u"ok"_s), QJsonValue(false));
        QCOMPARE(foundJson.json().value(u"file_damaged"_s), QJsonValue(false));
        QStringList areas;
        for (const QJsonValue &v : foundJson.json().value(u"derived"_s).toArray())
            areas << v.toObject().value(u"area"_s).toString();
        QVERIFY2(areas.contains(u"search_index"_s) && areas.contains(u"tier_counts"_s) &&
                     areas.contains(u"engagement_summaries"_s),
                 qPrintable(areas.join(u", "_s)));

        const CliRun repaired = cli({u"check"_s, u"--repair"_s});
        QCOMPARE(repaired.exitCode, 0);
        QVERIFY2(repaired.out.contains(u"Repaired: rebuilt the search index"_s),
                 qPrintable(repaired.out));
        QVERIFY2(repaired.out.contains(u"intact"_s), qPrintable(repaired.out));
        const CliRun after = cli({u"--json"_s, u"check"_s, u"--repair"_s});
        QCOMPARE(after.exitCode, 0);
        QCOMPARE(after.json().value(u"ok"_s), QJsonValue(true));
        QVERIFY(after.json().value(u"repaired"_s).toArray().isEmpty());
        QCOMPARE(cli({u"check"_s}).exitCode, 0);
        // Search works again: the ghost row is gone.
        const CliRun ghost = cli({u"--json"_s, u"contacts"_s, u"search"_s, u"ghost"_s});
        QCOMPARE(ghost.json().value(u"contacts"_s).toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_CliSafe)
#include "tst_clisafe.moc"
