// rapport-cli settings list|get|set: every preference of the window's
// Preferences dialog, one row each with value, default and allowed range;
// values set are read back (and by the stats they drive); out-of-range and
// malformed values are refused with exit 2 and the range named, leaving the
// value as it was; custom credits outside the custom plan fail with exit 1.

#include "CliProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_CliSettings : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    CliRun cli(const QStringList &args)
    {
        return CliProcess::run(QStringList{u"--db"_s, m_dir->filePath(u"s.sqlite"_s)} + args,
                               CliProcess::isolated(m_dir->path()));
    }
    QString get(const QString &key) { return cli({u"settings"_s, u"get"_s, key}).out.trimmed(); }

    static const QStringList &keys()
    {
        static const QStringList k = {u"my_name"_s,
                                      u"network_own_industry"_s,
                                      u"network_related_industries"_s,
                                      u"engagement_window_days"_s,
                                      u"queue_capacity"_s,
                                      u"queue_cooldown_days"_s,
                                      u"queue_default_cadence_days"_s,
                                      u"inmail_plan"_s,
                                      u"inmail_custom_credits"_s,
                                      u"inmail_plan_start"_s,
                                      u"invitation_note_limit"_s,
                                      u"acceptance_last_n"_s,
                                      u"acceptance_threshold"_s};
        return k;
    }

private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void cleanup() { m_dir.reset(); }

    void listShowsEveryPreferenceWithDefaultsAndRanges()
    {
        CliRun r = cli({u"--json"_s, u"settings"_s, u"list"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rows = r.json().value(u"settings"_s).toArray();
        QStringList listed;
        for (const QJsonValue &v : rows)
            listed << v.toObject().value(u"key"_s).toString();
        QCOMPARE(listed, keys());
        const auto row = [&rows](const QString &key) {
            for (const QJsonValue &v : rows) {
                if (v.toObject().value(u"key"_s).toString() == key)
                    return v.toObject();
            }
            return QJsonObject();
        };
        QJsonObject capacity = row(u"queue_capacity"_s);
        QCOMPARE(capacity.value(u"type"_s).toString(), u"integer"_s);
        QCOMPARE(capacity.value(u"value"_s).toInt(), 15);
        QCOMPARE(capacity.value(u"default"_s).toInt(), 15);
        QCOMPARE(capacity.value(u"minimum"_s).toInt(), 1);
        QCOMPARE(capacity.value(u"maximum"_s).toInt(), 100);
        const QJsonObject threshold = row(u"acceptance_threshold"_s);
        QCOMPARE(threshold.value(u"type"_s).toString(), u"percent"_s);
        QCOMPARE(threshold.value(u"value"_s).toInt(), 50);
        QCOMPARE(threshold.value(u"maximum"_s).toInt(), 100);
        QCOMPARE(row(u"queue_cooldown_days"_s).value(u"minimum"_s).toInt(), 0);
        QCOMPARE(row(u"queue_cooldown_days"_s).value(u"maximum"_s).toInt(), 60);
        QCOMPARE(row(u"engagement_window_days"_s).value(u"maximum"_s).toInt(), 3650);
        QCOMPARE(row(u"acceptance_last_n"_s).value(u"minimum"_s).toInt(), 5);
        QCOMPARE(row(u"acceptance_last_n"_s).value(u"maximum"_s).toInt(), 500);
        QCOMPARE(row(u"inmail_plan"_s).value(u"choices"_s).toArray().size(), 5);
        QVERIFY(row(u"inmail_plan_start"_s).value(u"value"_s).isNull());
        QCOMPARE(row(u"network_related_industries"_s).value(u"value"_s).toArray().size(), 0);

        r = cli({u"settings"_s, u"list"_s});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.outLines();
        QCOMPARE(lines.size(), keys().size() + 1);
        QCOMPARE(lines.at(0).split(u' ', Qt::SkipEmptyParts),
                 (QStringList{u"key"_s, u"value"_s, u"default"_s, u"allowed"_s}));
        QCOMPARE(lines.at(5).split(u' ', Qt::SkipEmptyParts),
                 (QStringList{u"queue_capacity"_s, u"15"_s, u"15"_s, u"1-100"_s, u"people"_s}));
        QVERIFY2(lines.last().contains(u"50 %"_s), qPrintable(lines.last()));
    }

    void setAndGet()
    {
        CliRun r = cli({u"settings"_s, u"set"_s, u"queue-capacity"_s, u"20"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), u"queue_capacity: 20 (was 15)."_s);
        QCOMPARE(get(u"queue_capacity"_s), u"20"_s);
        QCOMPARE(cli({u"settings"_s, u"set"_s, u"acceptance_threshold"_s, u"40%"_s}).exitCode, 0);
        QCOMPARE(get(u"acceptance_threshold"_s), u"40"_s);
        r = cli({u"--json"_s, u"settings"_s, u"set"_s, u"network_related_industries"_s,
                 u"Banking, IT Services"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"value"_s).toArray(),
                 (QJsonArray{u"Banking"_s, u"IT Services"_s}));
        QCOMPARE(r.json().value(u"previous"_s).toArray(), QJsonArray());
        QCOMPARE(cli({u"settings"_s, u"set"_s, u"inmail_plan_start"_s, u"2026-03-01"_s}).exitCode,
                 0);
        QCOMPARE(get(u"inmail_plan_start"_s), u"2026-03-01"_s);
        QCOMPARE(cli({u"settings"_s, u"set"_s, u"inmail_plan_start"_s, QString()}).exitCode, 0);
        QCOMPARE(get(u"inmail_plan_start"_s), QString());

        // The threshold drives the invitations' warning level.
        r = cli({u"--json"_s, u"stats"_s, u"invitations"_s});
        QCOMPARE(r.json().value(u"invitations"_s).toObject().value(u"threshold"_s).toDouble(), 0.4);
        // The plan drives the InMail numbers.
        QCOMPARE(cli({u"settings"_s, u"set"_s, u"inmail_plan"_s, u"sales-navigator"_s}).exitCode,
                 0);
        r = cli({u"--json"_s, u"stats"_s, u"inmail"_s});
        QCOMPARE(r.json().value(u"inmail"_s).toObject().value(u"monthly_credits"_s).toInt(), 50);
    }

    void refusesOutOfRange_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("named");
        QTest::newRow("capacity 0") << u"queue_capacity"_s << u"0"_s << u"from 1 to 100"_s;
        QTest::newRow("capacity 101") << u"queue_capacity"_s << u"101"_s << u"from 1 to 100"_s;
        QTest::newRow("cool-down 61") << u"queue_cooldown_days"_s << u"61"_s << u"from 0 to 60"_s;
        QTest::newRow("cadence 6")
            << u"queue_default_cadence_days"_s << u"6"_s << u"from 7 to 3650"_s;
        QTest::newRow("window 3651")
            << u"engagement_window_days"_s << u"3651"_s << u"from 1 to 3650"_s;
        QTest::newRow("last n 4") << u"acceptance_last_n"_s << u"4"_s << u"from 5 to 500"_s;
        QTest::newRow("threshold 101")
            << u"acceptance_threshold"_s << u"101"_s << u"from 0 to 100 %"_s;
        QTest::newRow("note 301") << u"invitation_note_limit"_s << u"301"_s << u"from 1 to 300"_s;
        QTest::newRow("not a number") << u"queue_capacity"_s << u"lots"_s << u"whole number"_s;
        QTest::newRow("plan") << u"inmail_plan"_s << u"gold"_s << u"premium-career"_s;
        QTest::newRow("date") << u"inmail_plan_start"_s << u"2026-02-30"_s << u"YYYY-MM-DD"_s;
    }

    void refusesOutOfRange()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, named);
        const QString before = get(key);
        const CliRun r = cli({u"settings"_s, u"set"_s, key, value});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(key) && r.err.contains(named), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(get(key), before);
    }

    void badUsage()
    {
        CliRun r = cli({u"settings"_s, u"get"_s, u"nonsense"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"queue_capacity"_s), qPrintable(r.err));
        QCOMPARE(cli({u"settings"_s, u"set"_s, u"queue_capacity"_s}).exitCode, 2);
        QCOMPARE(cli({u"settings"_s}).exitCode, 2);
        QCOMPARE(cli({u"settings"_s, u"remove"_s}).exitCode, 2);
        // A bad value never creates the database.
        QVERIFY(!QFile::exists(m_dir->filePath(u"s.sqlite"_s)));
        r = cli({u"--help"_s});
        QVERIFY2(r.out.contains(u"settings set KEY VALUE"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"stats funnel [--months N]"_s), qPrintable(r.out));
    }

    void customCreditsNeedTheCustomPlan()
    {
        CliRun r = cli({u"settings"_s, u"set"_s, u"inmail_custom_credits"_s, u"40"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"inmail_plan"_s), qPrintable(r.err));
        QCOMPARE(get(u"inmail_custom_credits"_s), u"5"_s);
        QCOMPARE(cli({u"settings"_s, u"set"_s, u"inmail_plan"_s, u"custom"_s}).exitCode, 0);
        QCOMPARE(cli({u"settings"_s, u"set"_s, u"inmail_custom_credits"_s, u"40"_s}).exitCode, 0);
        r = cli({u"--json"_s, u"stats"_s, u"inmail"_s});
        QCOMPARE(r.json().value(u"inmail"_s).toObject().value(u"monthly_credits"_s).toInt(), 40);
        QCOMPARE(cli({u"settings"_s, u"set"_s, u"inmail_custom_credits"_s, u"1001"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(tst_CliSettings)
#include "tst_clisettings.moc"
