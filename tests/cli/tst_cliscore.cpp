// rapport-cli and the connection score: contacts list --sort score
// (strongest first, keyset paging with --after), the score in show and
// --json, and scores brought up to date when the CLI opens the database
// after a write made by an earlier run.

#include "CliProcess.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using Run = CliRun;

class tst_CliScore : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbPath;

    Run cli(const QStringList &args)
    {
        return CliProcess::run(QStringList{u"--db"_s, m_dbPath} + args,
                               CliProcess::isolated(m_dir->path()));
    }
    QString addContact(const QString &first)
    {
        const Run r = cli({u"contacts"_s, u"add"_s, u"--first"_s, first, u"--last"_s, u"Doe"_s});
        if (r.exitCode != 0)
            qWarning("contacts add failed: %s", qPrintable(r.err));
        return r.out.trimmed();
    }
    void run(const QStringList &args)
    {
        const Run r = cli(args);
        if (r.exitCode != 0)
            qWarning("%s failed: %s", qPrintable(args.join(u' ')), qPrintable(r.err));
    }
    // Ids and scores of one page of contacts list --json.
    QList<QPair<qint64, int>> listed(const QJsonObject &page)
    {
        QList<QPair<qint64, int>> rows;
        const QJsonArray contacts = page.value(u"contacts"_s).toArray();
        for (const QJsonValue &c : contacts)
            rows << qMakePair(qint64(c[u"id"_s].toDouble()), c[u"score"_s].toInt(-1));
        return rows;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_dbPath = m_dir->filePath(u"score.sqlite"_s);
    }
    void cleanup() { m_dir.reset(); }

    void listSortsByScoreStrongestFirstAndPages()
    {
        const QString none = addContact(u"Nora"_s);
        const QString liker = addContact(u"Liam"_s);
        const QString talker = addContact(u"Tess"_s);
        const QString old = addContact(u"Olga"_s);
        run({u"engage"_s, u"like"_s, liker});
        run({u"engage"_s, u"comment"_s, talker});
        run({u"outreach"_s, u"log"_s, u"message"_s, talker, u"--body"_s, u"Hello"_s});
        run({u"value"_s, u"log"_s, talker, u"howto"_s});
        run({u"engage"_s, u"comment"_s, old, u"--date"_s,
             QDate::currentDate().addDays(-200).toString(Qt::ISODate)});

        // Each of those ran in its own process: this one refreshes on opening.
        const Run all = cli({u"--json"_s, u"contacts"_s, u"list"_s, u"--sort"_s, u"score"_s});
        QCOMPARE(all.exitCode, 0);
        const QList<QPair<qint64, int>> rows = listed(all.json());
        // Tess: comment, message and value today: 35 + 13 (weight 8) + 15 + 0 + 6.
        // Liam: one like today: 35 + 4. Olga: a comment 200 days ago: 8 + 8.
        const QList<QPair<qint64, int>> expected = {{talker.toLongLong(), 69},
                                                    {liker.toLongLong(), 39},
                                                    {old.toLongLong(), 16},
                                                    {none.toLongLong(), 0}};
        QCOMPARE(rows, expected);

        // Two at a time, continuing with the cursor the CLI prints.
        const Run first = cli(
            {u"--json"_s, u"contacts"_s, u"list"_s, u"--sort"_s, u"score"_s, u"--limit"_s, u"2"_s});
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(listed(first.json()), expected.mid(0, 2));
        const QString cursor = first.json().value(u"next_cursor"_s).toString();
        QVERIFY(!cursor.isEmpty());
        const Run second = cli({u"--json"_s, u"contacts"_s, u"list"_s, u"--sort"_s, u"score"_s,
                                u"--limit"_s, u"2"_s, u"--after"_s, cursor});
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(listed(second.json()), expected.mid(2, 2));

        // A score cursor does not continue another order.
        const Run wrong =
            cli({u"contacts"_s, u"list"_s, u"--sort"_s, u"name"_s, u"--after"_s, cursor});
        QVERIFY(wrong.exitCode != 0);

        // The text list in the same order.
        const Run text = cli({u"contacts"_s, u"list"_s, u"--sort"_s, u"score"_s});
        QCOMPARE(text.exitCode, 0);
        const QStringList lines = text.outLines();
        QVERIFY2(lines.size() >= 4, qPrintable(text.out));
        QVERIFY2(lines.at(0).contains(u"Tess Doe"_s), qPrintable(text.out));
        QVERIFY2(lines.at(3).contains(u"Nora Doe"_s), qPrintable(text.out));
    }

    void showCarriesTheScore()
    {
        const QString id = addContact(u"Sam"_s);
        run({u"engage"_s, u"comment"_s, id});
        const Run json = cli({u"--json"_s, u"contacts"_s, u"show"_s, id});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.json().value(u"score"_s).toInt(-1), 43);
        const Run text = cli({u"contacts"_s, u"show"_s, id});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(u"Connection score: 43"_s), qPrintable(text.out));
    }
};

QTEST_GUILESS_MAIN(tst_CliScore)
#include "tst_cliscore.moc"
