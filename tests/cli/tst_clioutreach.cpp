// rapport-cli outreach log|outcome|list, value log and stats inmail|invitations,
// run as the real binary: what is printed, the exit status, and what the
// database holds afterwards.

#include "db/Database.h"
#include "domain/MessageTemplate.h"
#include "outreach/OutreachSettings.h"
#include "store/OutreachStore.h"
#include "store/SettingStore.h"
#include "store/TemplateStore.h"

#include "CliProcess.h"
#include "EveryPlaceholder.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = CliRun;

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString daysAgo(int days)
{
    return isoDate(QDate::currentDate().addDays(-days));
}

QList<qint64> ids(const QJsonArray &array)
{
    QList<qint64> list;
    for (const QJsonValue &v : array)
        list << v.toObject().value(u"id"_s).toInteger();
    return list;
}

} // namespace

class tst_CliOutreach : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void logEachChannel_data();
    void logEachChannel();
    void logDateIsNoonLocalTime();
    void inboundReplyAttachesAndMarksReplied();
    void inboundWithNothingToAnswer();
    void dayOnlyReplyComesAfterWhatWasSentThatDay();
    void templateRecordedAndFilledIn();
    void templateFillsEveryPlaceholder();
    void bodyFromFileAndStdin();
    void askedNegativeForInmails();
    void outcomeSetAndCleared();
    void listFilters();
    void listTextAndLimit();
    void valueLog();
    void badUsage_data();
    void badUsage();
    void failuresWriteNothing_data();
    void failuresWriteNothing();

    void statsInmailHandComputed();
    void statsInmailPendingToday();
    void statsInvitationsWarning();
    void statsPendingInvitations();
    void statsBothSections();
    void reinviteWithinThreeWeeksRefused();
    void lateInmailAnswerLoggedCountsAsResponse();
    void helpListsOutreachValueAndStats();

private:
    Run cli(const QStringList &args);
    Run cliWithInput(const QStringList &args, const QByteArray &input);
    QString addContact(const QString &first, const QString &last,
                       const QStringList &extra = QStringList());
    qint64 log(const QString &channel, const QString &contact, const QStringList &extra = {});
    void setOutcome(qint64 id, const QString &outcome, const QString &date);
    QVariant scalar(const QString &sql);
    int count(const QString &table);
    QJsonObject outreachRow(qint64 id);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbPath;
};

void tst_CliOutreach::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dbPath = m_dir->filePath(u"test.sqlite"_s);
}

void tst_CliOutreach::cleanup()
{
    m_dir.reset();
}

Run tst_CliOutreach::cli(const QStringList &args)
{
    return CliProcess::run(QStringList{u"--db"_s, m_dbPath} + args,
                           CliProcess::isolated(m_dir->path()));
}

Run tst_CliOutreach::cliWithInput(const QStringList &args, const QByteArray &input)
{
    QProcess process;
    process.setProcessEnvironment(CliProcess::isolated(m_dir->path()));
    process.start(QStringLiteral(RAPPORT_CLI_PATH), QStringList{u"--db"_s, m_dbPath} + args);
    process.write(input);
    process.closeWriteChannel();
    Run result;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString tst_CliOutreach::addContact(const QString &first, const QString &last,
                                    const QStringList &extra)
{
    const Run r =
        cli(QStringList{u"contacts"_s, u"add"_s, u"--first"_s, first, u"--last"_s, last} + extra);
    if (r.exitCode != 0)
        qWarning("contacts add failed: %s", qPrintable(r.err));
    return r.out.trimmed();
}

qint64 tst_CliOutreach::log(const QString &channel, const QString &contact,
                            const QStringList &extra)
{
    const Run r = cli(QStringList{u"outreach"_s, u"log"_s, channel, contact} + extra);
    if (r.exitCode != 0)
        qWarning("outreach log failed: %s", qPrintable(r.err));
    return r.out.trimmed().toLongLong();
}

void tst_CliOutreach::setOutcome(qint64 id, const QString &outcome, const QString &date)
{
    const Run r =
        cli({u"outreach"_s, u"outcome"_s, QString::number(id), outcome, u"--date"_s, date});
    if (r.exitCode != 0)
        qWarning("outreach outcome failed: %s", qPrintable(r.err));
}

QVariant tst_CliOutreach::scalar(const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
        db.setDatabaseName(m_dbPath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(u"inspect"_s);
    return value;
}

int tst_CliOutreach::count(const QString &table)
{
    const QVariant rows = scalar(u"SELECT count(*) FROM "_s + table);
    return rows.isValid() ? rows.toInt() : -1;
}

QJsonObject tst_CliOutreach::outreachRow(qint64 id)
{
    const Run r = cli({u"--json"_s, u"outreach"_s, u"list"_s, u"--limit"_s, u"10000"_s});
    for (const QJsonValue &v : r.json().value(u"outreach"_s).toArray()) {
        if (v.toObject().value(u"id"_s).toInteger() == id)
            return v.toObject();
    }
    return {};
}

void tst_CliOutreach::logEachChannel_data()
{
    QTest::addColumn<QString>("channel");
    for (const QString &channel :
         {u"message"_s, u"inmail"_s, u"invitation"_s, u"email"_s, u"call"_s})
        QTest::newRow(qPrintable(channel)) << channel;
}

void tst_CliOutreach::logEachChannel()
{
    QFETCH(QString, channel);
    const QString contact = addContact(u"Ana"_s, u"Lima"_s);

    // No --date: now, which is today here.
    const Run r = cli({u"--json"_s, u"outreach"_s, u"log"_s, channel, u"Ana Lima"_s, u"--subject"_s,
                       u"Hello"_s, u"--body"_s, u"Hi Ana"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = r.json();
    QVERIFY(o.value(u"id"_s).toInteger() > 0);
    QCOMPARE(QString::number(o.value(u"contact_id"_s).toInteger()), contact);
    QCOMPARE(o.value(u"contact_name"_s).toString(), u"Ana Lima"_s);
    QCOMPARE(o.value(u"channel"_s).toString(), channel);
    QCOMPARE(o.value(u"direction"_s).toString(), u"out"_s);
    QCOMPARE(o.value(u"date"_s).toString(), isoDate(QDate::currentDate()));
    const QDateTime at = QDateTime::fromString(o.value(u"happened_at"_s).toString(), Qt::ISODate);
    QVERIFY(at.isValid());
    QVERIFY(o.value(u"happened_at"_s).toString().endsWith(u'Z'));
    QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    QVERIFY(o.contains(u"reply_to"_s) && o.value(u"reply_to"_s).isNull());
    QVERIFY(o.contains(u"template"_s) && o.value(u"template"_s).isNull());
    QVERIFY(o.value(u"outcome"_s).isNull());
    QCOMPARE(o.value(u"subject"_s).toString(), u"Hello"_s);
    QCOMPARE(o.value(u"body"_s).toString(), u"Hi Ana"_s);
    QCOMPARE(count(u"outreach"_s), 1);

    // The text form prints the id alone, for scripts.
    const Run text = cli({u"outreach"_s, u"log"_s, channel, contact, u"--date"_s, daysAgo(3)});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out, QString::number(o.value(u"id"_s).toInteger() + 1) + u'\n');
    QCOMPARE(count(u"outreach"_s), 2);
    const QJsonObject stored = outreachRow(o.value(u"id"_s).toInteger() + 1);
    QCOMPARE(stored.value(u"channel"_s).toString(), channel);
    QCOMPARE(stored.value(u"date"_s).toString(), daysAgo(3));
}

void tst_CliOutreach::logDateIsNoonLocalTime()
{
    addContact(u"Ana"_s, u"Lima"_s);
    const Run r = cli({u"--json"_s, u"outreach"_s, u"log"_s, u"email"_s, u"Ana Lima"_s, u"--date"_s,
                       u"2024-03-15"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(u"date"_s).toString(), u"2024-03-15"_s);
    const QDateTime noon = QDateTime(QDate(2024, 3, 15), QTime(12, 0)).toUTC();
    QCOMPARE(r.json().value(u"happened_at"_s).toString(), noon.toString(Qt::ISODate));

    // Today never lands in the future: noon, or now if noon is yet to come.
    const Run today = cli({u"--json"_s, u"outreach"_s, u"log"_s, u"email"_s, u"Ana Lima"_s,
                           u"--date"_s, isoDate(QDate::currentDate())});
    QCOMPARE(today.exitCode, 0);
    const QDateTime at =
        QDateTime::fromString(today.json().value(u"happened_at"_s).toString(), Qt::ISODate);
    QVERIFY(at <= QDateTime::currentDateTimeUtc());
    QCOMPARE(today.json().value(u"date"_s).toString(), isoDate(QDate::currentDate()));
}

void tst_CliOutreach::inboundReplyAttachesAndMarksReplied()
{
    addContact(u"Ana"_s, u"Lima"_s);
    addContact(u"Bo"_s, u"Chen"_s);
    const qint64 first = log(u"message"_s, u"Ana Lima"_s, {u"--date"_s, u"2024-03-01"_s});
    const qint64 second = log(u"inmail"_s, u"Ana Lima"_s, {u"--date"_s, u"2024-03-03"_s});
    const qint64 other = log(u"message"_s, u"Bo Chen"_s, {u"--date"_s, u"2024-03-03"_s});
    QVERIFY(first > 0 && second > 0 && other > 0);

    // The answer goes to the latest outreach to Ana still waiting for one.
    const Run reply =
        cli({u"--json"_s, u"outreach"_s, u"log"_s, u"inmail"_s, u"Ana Lima"_s, u"--direction"_s,
             u"in"_s, u"--date"_s, u"2024-03-04"_s, u"--body"_s, u"Not interested, thanks."_s});
    QCOMPARE(reply.exitCode, 0);
    QCOMPARE(reply.json().value(u"direction"_s).toString(), u"in"_s);
    QCOMPARE(reply.json().value(u"reply_to"_s).toInteger(), second);
    QVERIFY2(reply.err.contains(u"It answers #%1"_s.arg(second)), qPrintable(reply.err));
    QVERIFY2(reply.err.contains(u"now marked replied"_s), qPrintable(reply.err));
    QCOMPARE(outreachRow(second).value(u"outcome"_s).toString(), u"replied"_s);
    QCOMPARE(outreachRow(second).value(u"outcome_at"_s).toString(),
             reply.json().value(u"happened_at"_s).toString());
    QVERIFY(outreachRow(first).value(u"outcome"_s).isNull());
    QVERIFY(outreachRow(other).value(u"outcome"_s).isNull());

    // The next answer, in text, goes to the one before; stdout is the id.
    const Run next = cli({u"outreach"_s, u"log"_s, u"message"_s, u"Ana Lima"_s, u"--direction"_s,
                          u"in"_s, u"--date"_s, u"2024-03-05"_s});
    QCOMPARE(next.exitCode, 0);
    QCOMPARE(next.outLines().size(), 1);
    const qint64 nextId = next.out.trimmed().toLongLong();
    QVERIFY(nextId > 0);
    QCOMPARE(next.err,
             u"It answers #%1, the message of 2024-03-01, now marked replied.\n"_s.arg(first));
    QCOMPARE(outreachRow(nextId).value(u"reply_to"_s).toInteger(), first);
    QCOMPARE(outreachRow(first).value(u"outcome"_s).toString(), u"replied"_s);

    // An outcome the user already gave stays.
    const qint64 third = log(u"message"_s, u"Bo Chen"_s, {u"--date"_s, u"2024-03-06"_s});
    setOutcome(third, u"not-interested"_s, u"2024-03-07"_s);
    const Run late = cli({u"outreach"_s, u"log"_s, u"message"_s, u"Bo Chen"_s, u"--direction"_s,
                          u"in"_s, u"--date"_s, u"2024-03-08"_s});
    QCOMPARE(late.exitCode, 0);
    QVERIFY2(late.err.contains(u"It answers #%1"_s.arg(third)), qPrintable(late.err));
    QVERIFY2(late.err.contains(u"outcome stays not-interested"_s), qPrintable(late.err));
    QCOMPARE(outreachRow(third).value(u"outcome"_s).toString(), u"not-interested"_s);
}

void tst_CliOutreach::inboundWithNothingToAnswer()
{
    addContact(u"Ana"_s, u"Lima"_s);
    const Run r = cli({u"--json"_s, u"outreach"_s, u"log"_s, u"message"_s, u"Ana Lima"_s,
                       u"--direction"_s, u"in"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.json().value(u"reply_to"_s).isNull());
    QVERIFY2(r.err.contains(u"It answers nothing logged"_s), qPrintable(r.err));
    // A reply dated before the only message does not answer it.
    const qint64 later = log(u"message"_s, u"Ana Lima"_s);
    const Run before = cli({u"--json"_s, u"outreach"_s, u"log"_s, u"message"_s, u"Ana Lima"_s,
                            u"--direction"_s, u"in"_s, u"--date"_s, daysAgo(2)});
    QCOMPARE(before.exitCode, 0);
    QVERIFY(before.json().value(u"reply_to"_s).isNull());
    QVERIFY(outreachRow(later).value(u"outcome"_s).isNull());
}

void tst_CliOutreach::dayOnlyReplyComesAfterWhatWasSentThatDay()
{
    // A message sent at 15:00 (logged in the window), then the reply logged
    // from the command line with only the day: it still answers the message.
    addContact(u"Ana"_s, u"Lima"_s);
    const QDate day = QDate::currentDate().addDays(-3);
    qint64 sentId = 0;
    {
        rapport::Database db;
        QString error;
        QVERIFY2(db.open(m_dbPath, &error), qPrintable(error));
        rapport::Outreach o;
        o.contactId = 1;
        o.channel = u"message"_s;
        o.direction = u"out"_s;
        o.happenedAt = QDateTime(day, QTime(15, 0)).toUTC();
        QVERIFY2(rapport::OutreachStore(db).add(o, &error), qPrintable(error));
        sentId = o.id;
    }
    const Run reply =
        cli({u"--json"_s, u"outreach"_s, u"log"_s, u"message"_s, u"Ana Lima"_s, u"--direction"_s,
             u"in"_s, u"--date"_s, day.toString(Qt::ISODate), u"--body"_s, u"Thanks!"_s});
    QCOMPARE(reply.exitCode, 0);
    QCOMPARE(reply.json().value(u"reply_to"_s).toInteger(), sentId);
    QCOMPARE(reply.json().value(u"date"_s).toString(), day.toString(Qt::ISODate));
}

void tst_CliOutreach::templateRecordedAndFilledIn()
{
    addContact(u"Ana"_s, u"Lima"_s, {u"--company"_s, u"Acme"_s});
    addContact(u"Bo"_s, u"Chen"_s);
    {
        rapport::Database db;
        QString error;
        QVERIFY2(db.open(m_dbPath, &error), qPrintable(error));
        rapport::MessageTemplate t;
        t.name = u"Check in"_s;
        t.channel = u"inmail"_s;
        t.subject = u"For {first_name}"_s;
        t.body = u"Hi {first_name}, how is {company}?\n\n{my_name}"_s;
        QVERIFY2(rapport::TemplateStore(db).save(t, &error), qPrintable(error));
    }

    // No --body: the template filled in for the contact, its name recorded
    // as stored (names match ignoring case). The missing signature leaves no
    // blank lines behind.
    const Run filled = cli({u"--json"_s, u"outreach"_s, u"log"_s, u"inmail"_s, u"Ana Lima"_s,
                            u"--template"_s, u"check IN"_s});
    QCOMPARE(filled.exitCode, 0);
    QCOMPARE(filled.json().value(u"template"_s).toString(), u"Check in"_s);
    QCOMPARE(filled.json().value(u"subject"_s).toString(), u"For Ana"_s);
    QCOMPARE(filled.json().value(u"body"_s).toString(), u"Hi Ana, how is Acme?"_s);
    // The signature needs the user's name, which is not set here: said so.
    QVERIFY2(filled.err.contains(u"your name is not set"_s), qPrintable(filled.err));

    // A field the contact lacks is left out, and said so.
    const Run gap =
        cli({u"outreach"_s, u"log"_s, u"inmail"_s, u"Bo Chen"_s, u"--template"_s, u"Check in"_s});
    QCOMPARE(gap.exitCode, 0);
    QVERIFY2(gap.err.contains(u"{company}"_s), qPrintable(gap.err));
    QCOMPARE(outreachRow(gap.out.trimmed().toLongLong()).value(u"body"_s).toString(),
             u"Hi Bo, how is?"_s);

    // With --body and --subject the text is the user's; the name is still kept.
    const Run own =
        cli({u"--json"_s, u"outreach"_s, u"log"_s, u"inmail"_s, u"Ana Lima"_s, u"--template"_s,
             u"Check in"_s, u"--subject"_s, u"Mine"_s, u"--body"_s, u"My own words"_s});
    QCOMPARE(own.exitCode, 0);
    QCOMPARE(own.json().value(u"template"_s).toString(), u"Check in"_s);
    QCOMPARE(own.json().value(u"subject"_s).toString(), u"Mine"_s);
    QCOMPARE(own.json().value(u"body"_s).toString(), u"My own words"_s);

    // An unknown name fails, names the templates there are, and writes nothing.
    const int before = count(u"outreach"_s);
    const Run unknown =
        cli({u"outreach"_s, u"log"_s, u"inmail"_s, u"Ana Lima"_s, u"--template"_s, u"Chek in"_s});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(u"There is no template \"Chek in\""_s), qPrintable(unknown.err));
    QVERIFY2(unknown.err.contains(u"\"Check in\""_s), qPrintable(unknown.err));
    QVERIFY(unknown.out.isEmpty());
    QCOMPARE(count(u"outreach"_s), before);
}

void tst_CliOutreach::templateFillsEveryPlaceholder()
{
    // The values the compose window uses (tst_templatevalueswindow renders
    // the same template there): content_title, the piece they last engaged
    // with, and my_name included.
    qint64 id = 0;
    {
        rapport::Database db;
        QString error;
        QVERIFY2(db.open(m_dbPath, &error), qPrintable(error));
        QVERIFY2(EveryPlaceholder::write(db, &id, &error), qPrintable(error));
    }
    const Run filled = cli({u"--json"_s, u"outreach"_s, u"log"_s, u"inmail"_s, QString::number(id),
                            u"--template"_s, EveryPlaceholder::templateName()});
    QCOMPARE(filled.exitCode, 0);
    QCOMPARE(filled.json().value(u"subject"_s).toString(), EveryPlaceholder::expectedSubject());
    QCOMPARE(filled.json().value(u"body"_s).toString(), EveryPlaceholder::expectedBody());
    // Nothing was left out, so there is nothing to note.
    QVERIFY2(!filled.err.contains(u"left out"_s), qPrintable(filled.err));
}

void tst_CliOutreach::bodyFromFileAndStdin()
{
    addContact(u"Ana"_s, u"Lima"_s);
    const QString path = m_dir->filePath(u"message.txt"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\xEF\xBB\xBFOl\xC3\xA1 Ana,\n\nobrigado \xE2\x80\x94 at\xC3\xA9 logo.\n");
    }
    const Run fromFile = cli({u"--json"_s, u"outreach"_s, u"log"_s, u"message"_s, u"Ana Lima"_s,
                              u"--body-file"_s, path});
    QCOMPARE(fromFile.exitCode, 0);
    QCOMPARE(fromFile.json().value(u"body"_s).toString(), u"Olá Ana,\n\nobrigado — até logo."_s);

    const Run fromStdin = cliWithInput({u"--json"_s, u"outreach"_s, u"log"_s, u"message"_s,
                                        u"Ana Lima"_s, u"--body-file"_s, u"-"_s},
                                       "Zoë, thanks!\r\n");
    QCOMPARE(fromStdin.exitCode, 0);
    QCOMPARE(fromStdin.json().value(u"body"_s).toString(), u"Zoë, thanks!"_s);
    QCOMPARE(count(u"outreach"_s), 2);

    // Not UTF-8, or no such file: nothing written.
    const QString latin1 = m_dir->filePath(u"latin1.txt"_s);
    {
        QFile file(latin1);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Ol\xE1 Ana");
    }
    const Run bad =
        cli({u"outreach"_s, u"log"_s, u"message"_s, u"Ana Lima"_s, u"--body-file"_s, latin1});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains(u"not UTF-8"_s), qPrintable(bad.err));
    const Run missing = cli({u"outreach"_s, u"log"_s, u"message"_s, u"Ana Lima"_s, u"--body-file"_s,
                             m_dir->filePath(u"nope.txt"_s)});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(u"nope.txt"_s), qPrintable(missing.err));
    QCOMPARE(count(u"outreach"_s), 2);
}

void tst_CliOutreach::askedNegativeForInmails()
{
    addContact(u"Ana"_s, u"Lima"_s);
    const auto asked = [this](const QStringList &extra) {
        const Run r = cli(
            QStringList{u"--json"_s, u"outreach"_s, u"log"_s, u"inmail"_s, u"Ana Lima"_s} + extra);
        return r.json().value(u"asked_negative"_s);
    };
    // Ticked by hand either way, whatever the text says.
    QCOMPARE(asked({u"--asked-negative"_s, u"yes"_s, u"--body"_s, u"Hello"_s}), QJsonValue(true));
    QCOMPARE(asked({u"--asked-negative"_s, u"no"_s, u"--body"_s,
                    u"If you're not interested, just reply 'Not interested'."_s}),
             QJsonValue(false));
    // Otherwise read from the text.
    QCOMPARE(asked({u"--body"_s, u"If you're not interested, just reply 'Not interested'."_s}),
             QJsonValue(true));
    QCOMPARE(asked({u"--body"_s, u"Would a how-to help?"_s}), QJsonValue(false));
    QCOMPARE(count(u"outreach"_s), 4);
}

void tst_CliOutreach::outcomeSetAndCleared()
{
    addContact(u"Ana"_s, u"Lima"_s);
    const qint64 id = log(u"inmail"_s, u"Ana Lima"_s, {u"--date"_s, u"2024-03-01"_s});

    const Run set = cli({u"--json"_s, u"outreach"_s, u"outcome"_s, QString::number(id),
                         u"not-interested"_s, u"--date"_s, u"2024-03-10"_s});
    QCOMPARE(set.exitCode, 0);
    QCOMPARE(set.json().value(u"id"_s).toInteger(), id);
    QCOMPARE(set.json().value(u"outcome"_s).toString(), u"not-interested"_s);
    QCOMPARE(set.json().value(u"outcome_at"_s).toString(),
             QDateTime(QDate(2024, 3, 10), QTime(12, 0)).toUTC().toString(Qt::ISODate));

    // "#id" works as printed; the text form says what changed.
    const Run text = cli({u"outreach"_s, u"outcome"_s, u"#"_s + QString::number(id), u"replied"_s,
                          u"--date"_s, u"2024-03-02"_s});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out,
             u"#%1, the InMail to Ana Lima of 2024-03-01: replied on 2024-03-02.\n"_s.arg(id));
    QCOMPARE(outreachRow(id).value(u"outcome"_s).toString(), u"replied"_s);

    // Before the outreach happened: refused, unchanged.
    const Run early = cli({u"outreach"_s, u"outcome"_s, QString::number(id), u"declined"_s,
                           u"--date"_s, u"2024-02-28"_s});
    QCOMPARE(early.exitCode, 1);
    QVERIFY2(early.err.contains(u"2024-03-01"_s), qPrintable(early.err));
    QCOMPARE(outreachRow(id).value(u"outcome"_s).toString(), u"replied"_s);

    const Run cleared = cli({u"outreach"_s, u"outcome"_s, QString::number(id), u"none"_s});
    QCOMPARE(cleared.exitCode, 0);
    QVERIFY2(cleared.out.contains(u"outcome cleared"_s), qPrintable(cleared.out));
    QVERIFY(outreachRow(id).value(u"outcome"_s).isNull());
    QVERIFY(outreachRow(id).value(u"outcome_at"_s).isNull());

    // No --date: now.
    const Run now =
        cli({u"--json"_s, u"outreach"_s, u"outcome"_s, QString::number(id), u"accepted"_s});
    QCOMPARE(now.exitCode, 0);
    const QDateTime at =
        QDateTime::fromString(now.json().value(u"outcome_at"_s).toString(), Qt::ISODate);
    QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 120);

    const Run unknown = cli({u"outreach"_s, u"outcome"_s, u"999"_s, u"replied"_s});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(u"no outreach #999"_s), qPrintable(unknown.err));
}

void tst_CliOutreach::listFilters()
{
    addContact(u"Ana"_s, u"Lima"_s);
    addContact(u"Bo"_s, u"Chen"_s);
    const qint64 a1 = log(u"message"_s, u"Ana Lima"_s, {u"--date"_s, u"2024-01-05"_s});
    const qint64 b1 = log(u"invitation"_s, u"Bo Chen"_s, {u"--date"_s, u"2024-02-10"_s});
    const qint64 a2 = log(u"inmail"_s, u"Ana Lima"_s, {u"--date"_s, u"2024-03-15"_s});
    const qint64 b2 = log(u"message"_s, u"Bo Chen"_s, {u"--date"_s, u"2024-04-01"_s});
    const qint64 a3 = log(u"message"_s, u"Ana Lima"_s, {u"--date"_s, u"2024-04-20"_s});

    const auto listed = [this](const QStringList &filters) {
        const Run r = cli(QStringList{u"--json"_s, u"outreach"_s, u"list"_s} + filters);
        if (r.exitCode != 0)
            qWarning("outreach list failed: %s", qPrintable(r.err));
        return ids(r.json().value(u"outreach"_s).toArray());
    };
    QCOMPARE(listed({}), (QList<qint64>{a3, b2, a2, b1, a1}));
    QCOMPARE(listed({u"--contact"_s, u"Ana Lima"_s}), (QList<qint64>{a3, a2, a1}));
    QCOMPARE(listed({u"--channel"_s, u"message"_s}), (QList<qint64>{a3, b2, a1}));
    QCOMPARE(listed({u"--since"_s, u"2024-03-15"_s}), (QList<qint64>{a3, b2, a2}));
    QCOMPARE(listed({u"--contact"_s, u"Bo Chen"_s, u"--channel"_s, u"message"_s, u"--since"_s,
                     u"2024-02-01"_s}),
             (QList<qint64>{b2}));
    QCOMPARE(listed({u"--channel"_s, u"call"_s}), QList<qint64>());

    const Run json = cli({u"--json"_s, u"outreach"_s, u"list"_s, u"--contact"_s, u"Bo Chen"_s});
    const QJsonObject row = json.json().value(u"outreach"_s).toArray().last().toObject();
    QCOMPARE(row.value(u"id"_s).toInteger(), b1);
    QCOMPARE(row.value(u"contact_name"_s).toString(), u"Bo Chen"_s);
    QCOMPARE(row.value(u"channel"_s).toString(), u"invitation"_s);
    QCOMPARE(row.value(u"date"_s).toString(), u"2024-02-10"_s);
    QCOMPARE(json.json().value(u"more"_s), QJsonValue(false));

    const Run nobody = cli({u"outreach"_s, u"list"_s, u"--contact"_s, u"Cy Nobody"_s});
    QCOMPARE(nobody.exitCode, 1);
    QVERIFY(nobody.out.isEmpty());
}

void tst_CliOutreach::listTextAndLimit()
{
    const Run empty = cli({u"outreach"_s, u"list"_s});
    QCOMPARE(empty.exitCode, 0);
    QVERIFY(empty.out.isEmpty());
    QVERIFY2(empty.err.contains(u"No outreach logged yet"_s), qPrintable(empty.err));

    addContact(u"Ana"_s, u"Lima"_s);
    const qint64 first =
        log(u"email"_s, u"Ana Lima"_s,
            {u"--date"_s, u"2024-01-05"_s, u"--body"_s, u"\n  First line here\nSecond line"_s});
    const qint64 second = log(u"inmail"_s, u"Ana Lima"_s,
                              {u"--date"_s, u"2024-01-06"_s, u"--subject"_s, u"A how-to"_s});
    const qint64 reply =
        log(u"inmail"_s, u"Ana Lima"_s, {u"--date"_s, u"2024-01-07"_s, u"--direction"_s, u"in"_s});
    const Run text = cli({u"outreach"_s, u"list"_s});
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = text.outLines();
    QCOMPARE(lines.size(), 4);
    for (const QString &column : {u"Id"_s, u"Date"_s, u"Channel"_s, u"Dir"_s, u"Contact"_s,
                                  u"Outcome"_s, u"Subject or first line"_s})
        QVERIFY2(lines.at(0).contains(column), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(u"#%1  2024-01-07  inmail"_s.arg(reply)),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(u"in re #%1"_s.arg(second)), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).contains(u"Ana Lima"_s) && lines.at(2).contains(u"replied"_s) &&
                 lines.at(2).endsWith(u"A how-to"_s),
             qPrintable(lines.at(2)));
    QVERIFY2(lines.at(3).startsWith(u"#%1"_s.arg(first)) &&
                 lines.at(3).endsWith(u"First line here"_s),
             qPrintable(lines.at(3)));

    const Run limited = cli({u"outreach"_s, u"list"_s, u"--limit"_s, u"2"_s});
    QCOMPARE(limited.exitCode, 0);
    QCOMPARE(limited.outLines().size(), 3);
    QVERIFY2(limited.err.contains(u"--limit"_s), qPrintable(limited.err));
    const Run limitedJson = cli({u"--json"_s, u"outreach"_s, u"list"_s, u"--limit"_s, u"2"_s});
    QCOMPARE(ids(limitedJson.json().value(u"outreach"_s).toArray()),
             (QList<qint64>{reply, second}));
    QCOMPARE(limitedJson.json().value(u"more"_s), QJsonValue(true));
}

void tst_CliOutreach::valueLog()
{
    const QString contact = addContact(u"Ana"_s, u"Lima"_s);
    const Run text = cli({u"value"_s, u"log"_s, u"Ana Lima"_s, u"howto"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.trimmed().toLongLong() > 0);

    for (const QString &kind :
         {u"introduction"_s, u"recommendation"_s, u"endorsement"_s, u"other"_s}) {
        const Run r = cli({u"--json"_s, u"value"_s, u"log"_s, contact, kind, u"--date"_s,
                           daysAgo(2), u"--note"_s, u"for Ana"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QVERIFY(o.value(u"id"_s).toInteger() > text.out.trimmed().toLongLong());
        QCOMPARE(QString::number(o.value(u"contact_id"_s).toInteger()), contact);
        QCOMPARE(o.value(u"contact_name"_s).toString(), u"Ana Lima"_s);
        QCOMPARE(o.value(u"kind"_s).toString(), kind);
        QCOMPARE(o.value(u"date"_s).toString(), daysAgo(2));
        QCOMPARE(o.value(u"note"_s).toString(), u"for Ana"_s);
    }
    QCOMPARE(count(u"value_given"_s), 5);
    // No --date: today.
    QCOMPARE(scalar(u"SELECT given_on FROM value_given WHERE kind = 'howto'"_s).toString(),
             isoDate(QDate::currentDate()));
}

void tst_CliOutreach::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    const QString o = u"outreach"_s;
    QTest::newRow("outreach alone") << QStringList{o} << u"log, outcome or list"_s;
    QTest::newRow("outreach frob") << QStringList{o, u"frob"_s} << u"frob"_s;
    QTest::newRow("log nothing") << QStringList{o, u"log"_s} << u"channel"_s;
    QTest::newRow("bad channel") << QStringList{o, u"log"_s, u"fax"_s, u"1"_s} << u"fax"_s;
    QTest::newRow("no contact") << QStringList{o, u"log"_s, u"message"_s} << u"with whom"_s;
    QTest::newRow("two contacts") << QStringList{o, u"log"_s, u"message"_s, u"Ana"_s, u"Lima"_s}
                                  << u"\"Jane Doe\""_s;
    QTest::newRow("bad direction")
        << QStringList{o, u"log"_s, u"message"_s, u"1"_s, u"--direction"_s, u"up"_s} << u"up"_s;
    QTest::newRow("two bodies") << QStringList{o,           u"log"_s, u"message"_s,     u"1"_s,
                                               u"--body"_s, u"x"_s,   u"--body-file"_s, u"f"_s}
                                << u"--body-file"_s;
    QTest::newRow("asked-negative on a message")
        << QStringList{o, u"log"_s, u"message"_s, u"1"_s, u"--asked-negative"_s, u"yes"_s}
        << u"--asked-negative"_s;
    QTest::newRow("asked-negative on an inbound InMail") << QStringList{o,
                                                                        u"log"_s,
                                                                        u"inmail"_s,
                                                                        u"1"_s,
                                                                        u"--direction"_s,
                                                                        u"in"_s,
                                                                        u"--asked-negative"_s,
                                                                        u"no"_s}
                                                         << u"--asked-negative"_s;
    QTest::newRow("asked-negative maybe")
        << QStringList{o, u"log"_s, u"inmail"_s, u"1"_s, u"--asked-negative"_s, u"maybe"_s}
        << u"maybe"_s;
    QTest::newRow("bad log date") << QStringList{o,      u"log"_s,    u"call"_s,
                                                 u"1"_s, u"--date"_s, u"15/03/2024"_s}
                                  << u"YYYY-MM-DD"_s;
    QTest::newRow("empty template")
        << QStringList{o, u"log"_s, u"call"_s, u"1"_s, u"--template"_s, u" "_s} << u"--template"_s;
    QTest::newRow("outcome nothing") << QStringList{o, u"outcome"_s} << u"which outreach"_s;
    QTest::newRow("bad outcome") << QStringList{o, u"outcome"_s, u"1"_s, u"maybe"_s}
                                 << u"\"maybe\" is not an outcome"_s;
    QTest::newRow("bad outreach id")
        << QStringList{o, u"outcome"_s, u"first"_s, u"replied"_s} << u"not an outreach id"_s;
    QTest::newRow("none with a date")
        << QStringList{o, u"outcome"_s, u"1"_s, u"none"_s, u"--date"_s, u"2024-01-01"_s}
        << u"--date"_s;
    QTest::newRow("list bad channel")
        << QStringList{o, u"list"_s, u"--channel"_s, u"fax"_s} << u"fax"_s;
    QTest::newRow("list bad since")
        << QStringList{o, u"list"_s, u"--since"_s, u"yesterday"_s} << u"--since"_s;
    QTest::newRow("list limit 0") << QStringList{o, u"list"_s, u"--limit"_s, u"0"_s}
                                  << u"--limit"_s;
    QTest::newRow("list positional") << QStringList{o, u"list"_s, u"Ana"_s} << u"--contact"_s;
    QTest::newRow("value alone") << QStringList{u"value"_s} << u"log"_s;
    QTest::newRow("value frob") << QStringList{u"value"_s, u"frob"_s} << u"frob"_s;
    QTest::newRow("value no kind")
        << QStringList{u"value"_s, u"log"_s, u"1"_s} << u"what kind of value"_s;
    QTest::newRow("bad value kind")
        << QStringList{u"value"_s, u"log"_s, u"1"_s, u"gift"_s} << u"\"gift\" is not a kind"_s;
    QTest::newRow("bad value date")
        << QStringList{u"value"_s, u"log"_s, u"1"_s, u"howto"_s, u"--date"_s, u"2024-02-30"_s}
        << u"2024-02-30"_s;
    QTest::newRow("stats frob") << QStringList{u"stats"_s, u"frob"_s} << u"frob"_s;
    QTest::newRow("stats two") << QStringList{u"stats"_s, u"inmail"_s, u"invitations"_s}
                               << u"one section"_s;
}

void tst_CliOutreach::badUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"Usage: rapport-cli"_s), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    // Bad usage never creates the database.
    QVERIFY(!QFile::exists(m_dbPath));
}

void tst_CliOutreach::failuresWriteNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    const QString future = isoDate(QDate::currentDate().addDays(1));
    QTest::newRow("unknown contact")
        << QStringList{u"outreach"_s, u"log"_s, u"message"_s, u"Cy Nobody"_s} << u"Cy Nobody"_s;
    QTest::newRow("unknown contact id")
        << QStringList{u"outreach"_s, u"log"_s, u"message"_s, u"99"_s} << u"#99"_s;
    QTest::newRow("future log") << QStringList{u"outreach"_s, u"log"_s,    u"message"_s,
                                               u"Ana Lima"_s, u"--date"_s, future}
                                << u"in the future"_s;
    QTest::newRow("unknown template") << QStringList{u"outreach"_s, u"log"_s,        u"message"_s,
                                                     u"Ana Lima"_s, u"--template"_s, u"Nope"_s}
                                      << u"There is no template \"Nope\""_s;
    QTest::newRow("future outcome")
        << QStringList{u"outreach"_s, u"outcome"_s, u"1"_s, u"replied"_s, u"--date"_s, future}
        << u"in the future"_s;
    QTest::newRow("unknown value contact")
        << QStringList{u"value"_s, u"log"_s, u"Cy Nobody"_s, u"howto"_s} << u"Cy Nobody"_s;
    QTest::newRow("future value") << QStringList{u"value"_s, u"log"_s,    u"Ana Lima"_s,
                                                 u"howto"_s, u"--date"_s, future}
                                  << u"in the future"_s;
}

void tst_CliOutreach::failuresWriteNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    addContact(u"Ana"_s, u"Lima"_s);
    const qint64 id = log(u"message"_s, u"Ana Lima"_s, {u"--date"_s, daysAgo(1)});
    QCOMPARE(id, qint64(1));
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(count(u"outreach"_s), 1);
    QCOMPARE(count(u"value_given"_s), 0);
    QVERIFY(outreachRow(id).value(u"outcome"_s).isNull());
}

void tst_CliOutreach::statsInmailHandComputed()
{
    addContact(u"Ana"_s, u"Lima"_s);
    addContact(u"Bo"_s, u"Chen"_s);
    addContact(u"Cy"_s, u"Diaz"_s);
    {
        // There is no settings command; the window's preferences write these.
        rapport::Database db;
        QString error;
        QVERIFY2(db.open(m_dbPath, &error), qPrintable(error));
        rapport::SettingStore store(db);
        rapport::OutreachSettings settings = rapport::OutreachSettings::load(store);
        settings.plan = rapport::InMailPlan::of(rapport::InMailPlan::PremiumCareer);
        settings.planStart = QDate(2024, 1, 1);
        QVERIFY2(settings.save(store, &error), qPrintable(error));
    }
    // A asks for a "not interested" answer in its text and gets one on day
    // 22, inside the 90-day window: its credit comes back. B (ticked "no")
    // and C (ticked "yes") are never answered: their windows closed long
    // ago, so their credits are spent.
    const qint64 a = log(u"inmail"_s, u"Ana Lima"_s,
                         {u"--date"_s, u"2024-01-10"_s, u"--body"_s,
                          u"Would a how-to help? If you're not interested, just reply "
                          "'Not interested'."_s});
    log(u"inmail"_s, u"Bo Chen"_s, {u"--date"_s, u"2024-01-20"_s, u"--asked-negative"_s, u"no"_s});
    log(u"inmail"_s, u"Cy Diaz"_s, {u"--date"_s, u"2024-02-05"_s, u"--asked-negative"_s, u"yes"_s});
    setOutcome(a, u"not-interested"_s, u"2024-02-01"_s);

    // Five credits on the 1st of every month since January 2024; only the
    // grants of the last 90 days are still usable, and none of them was used.
    const QDate today = QDate::currentDate();
    int grants = 0;
    int usable = 0;
    for (QDate month(2024, 1, 1); month <= today; month = month.addMonths(1)) {
        ++grants;
        if (month.addDays(90) > today)
            ++usable;
    }
    const int granted = 5 * grants;
    const int available = 5 * usable;
    const int spent = 2;
    const int expired = granted - available - spent;

    const Run json = cli({u"--json"_s, u"stats"_s, u"inmail"_s});
    QCOMPARE(json.exitCode, 0);
    QVERIFY(!json.json().contains(u"invitations"_s));
    const QJsonObject m = json.json().value(u"inmail"_s).toObject();
    QCOMPARE(m.value(u"plan"_s).toString(), u"premium-career"_s);
    QCOMPARE(m.value(u"monthly_credits"_s).toInt(), 5);
    QCOMPARE(m.value(u"plan_start"_s).toString(), u"2024-01-01"_s);
    QCOMPARE(m.value(u"granted"_s).toInt(), granted);
    QCOMPARE(m.value(u"available"_s).toInt(), available);
    QCOMPARE(m.value(u"credits_held"_s).toInt(), 0);
    QCOMPARE(m.value(u"awaiting_answer"_s).toInt(), 0);
    QVERIFY(!m.contains(u"pending"_s));
    QCOMPARE(m.value(u"spent"_s).toInt(), spent);
    QCOMPARE(m.value(u"returned"_s).toInt(), 1);
    QCOMPARE(m.value(u"expired"_s).toInt(), expired);
    QCOMPARE(m.value(u"over_budget"_s).toInt(), 0);
    QCOMPARE(m.value(u"sent"_s).toInt(), 3);
    QCOMPARE(m.value(u"answered"_s).toInt(), 1);
    QCOMPARE(m.value(u"response_rate"_s).toDouble(), 1.0 / 3.0);
    const QJsonObject asked = m.value(u"asked_negative"_s).toObject();
    QCOMPARE(asked.value(u"sent"_s).toInt(), 2);
    QCOMPARE(asked.value(u"answered"_s).toInt(), 1);
    QCOMPARE(asked.value(u"response_rate"_s).toDouble(), 0.5);
    const QJsonObject notAsked = m.value(u"not_asked"_s).toObject();
    QCOMPARE(notAsked.value(u"sent"_s).toInt(), 1);
    QCOMPARE(notAsked.value(u"answered"_s).toInt(), 0);
    QCOMPARE(notAsked.value(u"response_rate"_s).toDouble(), 0.0);

    const Run text = cli({u"stats"_s, u"inmail"_s});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.outLines(),
             (QStringList{
                 u"InMail: premium-career plan, 5 credits a month, since 2024-01-01."_s,
                 u"  Credits: %1 available, 0 held (by InMails awaiting an answer), 2 spent, "
                 "1 returned, %2 expired, 0 over budget; %3 granted in all."_s.arg(available)
                     .arg(expired)
                     .arg(granted),
                 u"  InMails: 3 sent, 1 answered, 0 awaiting an answer; response rate 33.3 %."_s,
                 u"  Asking for a \"not interested\" answer: 2 sent, 1 answered (50.0 %). "
                 "Without: 1 sent, 0 answered (0.0 %)."_s,
             }));
}

void tst_CliOutreach::statsInmailPendingToday()
{
    addContact(u"Ana"_s, u"Lima"_s);
    const Run none = cli({u"--json"_s, u"stats"_s, u"inmail"_s});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(none.json().value(u"inmail"_s).toObject().value(u"sent"_s).toInt(), 0);
    QVERIFY(none.json().value(u"inmail"_s).toObject().value(u"response_rate"_s).isNull());
    QVERIFY(cli({u"stats"_s, u"inmail"_s}).out.contains(u"No InMails sent yet."_s));

    // No plan set: Premium Career from the month of the first InMail. One
    // sent today holds a credit while it waits for an answer.
    log(u"inmail"_s, u"Ana Lima"_s);
    const Run r = cli({u"--json"_s, u"stats"_s, u"inmail"_s});
    const QJsonObject m = r.json().value(u"inmail"_s).toObject();
    QVERIFY(m.value(u"plan_start"_s).isNull());
    QCOMPARE(m.value(u"granted"_s).toInt(), 5);
    QCOMPARE(m.value(u"available"_s).toInt(), 4);
    QCOMPARE(m.value(u"credits_held"_s).toInt(), 1);
    QCOMPARE(m.value(u"awaiting_answer"_s).toInt(), 1);
    QCOMPARE(m.value(u"spent"_s).toInt(), 0);
    QCOMPARE(m.value(u"response_rate"_s).toDouble(), 0.0);
    QVERIFY(cli({u"stats"_s, u"inmail"_s})
                .out.contains(u"4 available, 1 held (by InMails awaiting an answer)"_s));
}

void tst_CliOutreach::statsInvitationsWarning()
{
    // The seed's red flag: ten invitations, four acceptances.
    const QStringList outcomes = {u"accepted"_s, u"accepted"_s, u"accepted"_s, u"accepted"_s,
                                  u"declined"_s, u"declined"_s, u"declined"_s, u"ignored"_s,
                                  u"ignored"_s,  u"dont-know"_s};
    for (int i = 0; i < outcomes.size(); ++i) {
        const QString name = u"Person%1"_s.arg(i);
        addContact(name, u"Doe"_s);
        const qint64 id =
            log(u"invitation"_s, name + u" Doe"_s, {u"--date"_s, daysAgo(10 - i / 5)});
        setOutcome(id, outcomes.at(i), daysAgo(5));
    }
    const Run json = cli({u"--json"_s, u"stats"_s, u"invitations"_s});
    QCOMPARE(json.exitCode, 0);
    QVERIFY(!json.json().contains(u"inmail"_s));
    const QJsonObject inv = json.json().value(u"invitations"_s).toObject();
    const QJsonObject lastN = inv.value(u"last_n"_s).toObject();
    QCOMPARE(lastN.value(u"n"_s).toInt(), 20);
    QCOMPARE(lastN.value(u"sent"_s).toInt(), 10);
    QCOMPARE(lastN.value(u"accepted"_s).toInt(), 4);
    QCOMPARE(lastN.value(u"decided"_s).toInt(), 10);
    QCOMPARE(lastN.value(u"acceptance_rate"_s).toDouble(), 0.4);
    const QJsonObject recent = inv.value(u"last_30_days"_s).toObject();
    QCOMPARE(recent.value(u"days"_s).toInt(), 30);
    QCOMPARE(recent.value(u"sent"_s).toInt(), 10);
    QCOMPARE(recent.value(u"accepted"_s).toInt(), 4);
    QCOMPARE(recent.value(u"decided"_s).toInt(), 10);
    QCOMPARE(recent.value(u"acceptance_rate"_s).toDouble(), 0.4);
    QCOMPARE(inv.value(u"threshold"_s).toDouble(), 0.5);
    QCOMPARE(inv.value(u"warning"_s), QJsonValue(true));
    const QString summary = inv.value(u"summary"_s).toString();
    QVERIFY2(summary.contains(u"40.0 % (4 of 10 decided)"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"below 50 %"_s), qPrintable(summary));
    QCOMPARE(inv.value(u"pending"_s).toArray().size(), 0);
    QCOMPARE(inv.value(u"withdraw_suggestions"_s).toArray().size(), 0);

    const Run text = cli({u"stats"_s, u"invitations"_s});
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = text.outLines();
    QCOMPARE(lines.value(0), u"Invitations: warning: "_s + summary);
    QCOMPARE(lines.value(1),
             u"  An invitation counts as decided once it has an outcome or has been silent for "
             "more than a week (8 days or more); a silent one counts as not accepted."_s);
    QCOMPARE(lines.value(2),
             u"  Over the last 20 invitations: 40.0 % accepted (4 of 10 decided; 10 sent)."_s);
    QCOMPARE(lines.value(3),
             u"  Over the last 30 days: 40.0 % accepted (4 of 10 decided; 10 sent)."_s);
    QCOMPARE(lines.value(4), u"  No invitations pending."_s);
}

void tst_CliOutreach::statsPendingInvitations()
{
    addContact(u"Ana"_s, u"Lima"_s);
    addContact(u"Bo"_s, u"Chen"_s);
    addContact(u"Cy"_s, u"Diaz"_s);
    const qint64 old = log(u"invitation"_s, u"Ana Lima"_s, {u"--date"_s, daysAgo(25)});
    const qint64 fresh = log(u"invitation"_s, u"Bo Chen"_s, {u"--date"_s, daysAgo(3)});
    const qint64 accepted = log(u"invitation"_s, u"Cy Diaz"_s, {u"--date"_s, daysAgo(4)});
    setOutcome(accepted, u"accepted"_s, daysAgo(2));

    const Run json = cli({u"--json"_s, u"stats"_s, u"invitations"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject inv = json.json().value(u"invitations"_s).toObject();
    // The old pending one counts as decided (not accepted), the fresh one not yet.
    QCOMPARE(inv.value(u"last_n"_s).toObject().value(u"sent"_s).toInt(), 3);
    QCOMPARE(inv.value(u"last_n"_s).toObject().value(u"decided"_s).toInt(), 2);
    QCOMPARE(inv.value(u"last_n"_s).toObject().value(u"acceptance_rate"_s).toDouble(), 0.5);
    QCOMPARE(inv.value(u"warning"_s), QJsonValue(false));
    const QJsonArray pending = inv.value(u"pending"_s).toArray();
    QCOMPARE(ids(pending), (QList<qint64>{old, fresh}));
    QCOMPARE(pending.at(0).toObject().value(u"age_days"_s).toInt(), 25);
    QCOMPARE(pending.at(0).toObject().value(u"contact_name"_s).toString(), u"Ana Lima"_s);
    QCOMPARE(pending.at(0).toObject().value(u"sent"_s).toString(), daysAgo(25));
    QCOMPARE(pending.at(1).toObject().value(u"age_days"_s).toInt(), 3);
    QCOMPARE(ids(inv.value(u"withdraw_suggestions"_s).toArray()), (QList<qint64>{old}));
    QVERIFY(inv.value(u"withdraw_reminder"_s).toString().contains(u"three weeks"_s));

    const Run text = cli({u"stats"_s, u"invitations"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(!text.out.contains(u"warning"_s), qPrintable(text.out));
    QVERIFY2(text.out.contains(u"Pending (2), oldest first:"_s), qPrintable(text.out));
    QVERIFY2(text.out.contains(
                 u"#%1  Ana Lima  sent %2, 25 days ago (withdraw?)"_s.arg(old).arg(daysAgo(25))),
             qPrintable(text.out));
    QVERIFY2(
        text.out.contains(u"#%1  Bo Chen   sent %2, 3 days ago\n"_s.arg(fresh).arg(daysAgo(3))),
        qPrintable(text.out));
    QVERIFY2(text.out.contains(u"1 invitation pending for more than three weeks: worth "
                               "withdrawing. "_s +
                               inv.value(u"withdraw_reminder"_s).toString()),
             qPrintable(text.out));
}

void tst_CliOutreach::reinviteWithinThreeWeeksRefused()
{
    addContact(u"Ana"_s, u"Lima"_s);
    addContact(u"Bo"_s, u"Chen"_s);
    // Ana's invitation withdrawn 20 days ago: blocked today (day 20), free
    // tomorrow. Bo's withdrawn 21 days ago: free today.
    const qint64 ana = log(u"invitation"_s, u"Ana Lima"_s, {u"--date"_s, daysAgo(40)});
    setOutcome(ana, u"withdrawn"_s, daysAgo(20));
    const qint64 bo = log(u"invitation"_s, u"Bo Chen"_s, {u"--date"_s, daysAgo(40)});
    setOutcome(bo, u"withdrawn"_s, daysAgo(21));
    const int before = count(u"outreach"_s);

    Run r = cli({u"outreach"_s, u"log"_s, u"invitation"_s, u"Ana Lima"_s});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    const QString tomorrow = daysAgo(-1);
    QVERIFY2(r.err.contains(u"You withdrew an invitation to Ana Lima on %1; LinkedIn lets you "
                            "invite them again from %2"_s.arg(daysAgo(20), tomorrow)),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(u"--force"_s), qPrintable(r.err));
    QCOMPARE(count(u"outreach"_s), before);
    // A day before the withdrawal's third week ends is blocked too (day 19).
    r = cli({u"outreach"_s, u"log"_s, u"invitation"_s, u"Ana Lima"_s, u"--date"_s, daysAgo(1)});
    QCOMPARE(r.exitCode, 1);
    // Other channels are not invitations.
    QCOMPARE(cli({u"outreach"_s, u"log"_s, u"message"_s, u"Ana Lima"_s}).exitCode, 0);
    // Day 21: allowed.
    r = cli({u"outreach"_s, u"log"_s, u"invitation"_s, u"Bo Chen"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    // --force logs it with a note.
    r = cli({u"outreach"_s, u"log"_s, u"invitation"_s, u"Ana Lima"_s, u"--force"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(u"Note: You withdrew an invitation to Ana Lima"_s), qPrintable(r.err));
    QCOMPARE(count(u"outreach"_s), before + 3);
}

void tst_CliOutreach::lateInmailAnswerLoggedCountsAsResponse()
{
    // An answer logged as the received InMail on day 120 is a response, as
    // the outcome set by hand would be, but its credit stays spent.
    addContact(u"Ana"_s, u"Lima"_s);
    const qint64 sent = log(u"inmail"_s, u"Ana Lima"_s, {u"--date"_s, daysAgo(120)});
    const Run r = cli({u"outreach"_s, u"log"_s, u"inmail"_s, u"Ana Lima"_s, u"--direction"_s,
                       u"in"_s, u"--date"_s, daysAgo(0)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(u"It answers #%1"_s.arg(sent)), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"It came on day 120 after the InMail: it counts as a response"_s),
             qPrintable(r.err));
    const QJsonObject m =
        cli({u"--json"_s, u"stats"_s, u"inmail"_s}).json().value(u"inmail"_s).toObject();
    QCOMPARE(m.value(u"sent"_s).toInt(), 1);
    QCOMPARE(m.value(u"answered"_s).toInt(), 1);
    QCOMPARE(m.value(u"response_rate"_s).toDouble(), 1.0);
    QCOMPARE(m.value(u"returned"_s).toInt(), 0);
    QCOMPARE(m.value(u"awaiting_answer"_s).toInt(), 0);
    QCOMPARE(m.value(u"credits_held"_s).toInt(), 0);
}

void tst_CliOutreach::statsBothSections()
{
    const Run text = cli({u"stats"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.startsWith(u"InMail: premium-career plan"_s), qPrintable(text.out));
    QVERIFY2(text.out.contains(u"\nInvitations: No invitations sent yet.\n"_s),
             qPrintable(text.out));
    const Run json = cli({u"--json"_s, u"stats"_s});
    QCOMPARE(json.exitCode, 0);
    QVERIFY(json.json().value(u"inmail"_s).isObject());
    QVERIFY(json.json().value(u"invitations"_s).isObject());
}

void tst_CliOutreach::helpListsOutreachValueAndStats()
{
    const Run r = cli({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    for (const QString &expected :
         {u"outreach log CHANNEL CONTACT [--date DATE] [--subject S]"_s,
          u"[--body TEXT | --body-file F] [--template NAME] [--direction out|in]"_s,
          u"[--asked-negative yes|no]"_s, u"outreach outcome OUTREACH_ID OUTCOME [--date DATE]"_s,
          u"outreach list [--contact CONTACT] [--channel CHANNEL] [--since DATE]"_s,
          u"value log CONTACT KIND [--date DATE] [--note TEXT]"_s,
          u"stats [inmail|invitations|ratio|content|network|tiers]"_s,
          u"message, inmail, invitation, email, call"_s,
          u"howto, introduction, recommendation, endorsement, other"_s})
        QVERIFY2(r.out.contains(expected), qPrintable(expected));
    const Run brief = cli({u"frobnicate"_s});
    QCOMPARE(brief.exitCode, 2);
    QVERIFY2(brief.err.contains(u"outreach log|outcome|list, value log"_s), qPrintable(brief.err));
    for (const QString &command : {u"outreach"_s, u"value"_s, u"stats"_s}) {
        const Run help = cli({command, u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.startsWith(u"Usage: rapport-cli"_s), qPrintable(help.out));
    }
    QVERIFY(!QFile::exists(m_dbPath));
}

QTEST_GUILESS_MAIN(tst_CliOutreach)
#include "tst_clioutreach.moc"
