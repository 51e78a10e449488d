// What changed since the last LinkedIn data export (ExportChanges,
// ExportSnapshotStore, ExportChangeStore, the importer's hook): the
// hand-computed pair in tests/fixtures/changes (see its README), a re-import
// of the same export, a connection removed then back again, an export
// without Connections.csv, the undo of an import, how compactly the
// connections are kept, and the queue's "Congratulate on the new role".

#include "db/Database.h"
#include "domain/ExportChanges.h"
#include "domain/Outreach.h"
#include "io/LinkedInArchive.h"
#include "io/LinkedInImporter.h"
#include "planning/QueuePlanner.h"
#include "store/ContactStore.h"
#include "store/ExportChangeStore.h"
#include "store/ImportUndo.h"
#include "store/OutreachStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_ExportChanges : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void compareByHand();
    void firstExportHasNothingToCompare();
    void pairOfExports();
    void reimportOfTheSameExportChangesNothing();
    void removedThenBackAgain();
    void exportWithoutConnections();
    void undoTakesTheSnapshotBack();
    void unchangedConnectionsCostNoRows();
    void congratulateWithinThirtyDays();
    void congratulateNotAfterContact();

private:
    bool import(const QString &folder, QString *error = nullptr);
    qint64 idOf(const QString &slug) const;
    int number(const QString &sql) const;
    QStringList names(const ExportChanges &changes, ExportChange::Kind kind) const;
    void openDb();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    ImportReport m_report;
};

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(RAPPORT_FIXTURES "/changes/") + name;
}

ExportSighting seen(qint64 id, const QString &company, const QString &position)
{
    ExportSighting s;
    s.contactId = id;
    s.firstName = u"P%1"_s.arg(id);
    s.company = company;
    s.position = position;
    return s;
}

} // namespace

void tst_ExportChanges::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    openDb();
}

void tst_ExportChanges::openDb()
{
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(u"test.sqlite"_s), &error), qPrintable(error));
}

void tst_ExportChanges::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

bool tst_ExportChanges::import(const QString &folder, QString *error)
{
    LinkedInArchive archive;
    QString localError;
    bool ok = archive.open(folder, &localError);
    if (ok) {
        LinkedInImporter importer(*m_db);
        ok = importer.run(archive, &m_report, &localError);
    }
    if (error)
        *error = localError;
    if (!ok)
        qWarning("%s", qPrintable(localError));
    return ok;
}

qint64 tst_ExportChanges::idOf(const QString &slug) const
{
    const auto c = ContactStore(*m_db).findBySlug(slug);
    return c ? c->id : 0;
}

int tst_ExportChanges::number(const QString &sql) const
{
    QSqlQuery q(m_db->connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

QStringList tst_ExportChanges::names(const ExportChanges &changes, ExportChange::Kind kind) const
{
    QStringList list;
    for (const ExportChange &c : changes.of(kind))
        list << c.name;
    return list;
}

void tst_ExportChanges::compareByHand()
{
    QHash<qint64, ExportSighting> before;
    before.insert(1, seen(1, u"Acme"_s, u"Engineer"_s));
    before.insert(2, seen(2, u"Beta"_s, u"Manager"_s));
    before.insert(3, seen(3, u"Gamma"_s, u"Designer"_s));
    before.insert(4, seen(4, u""_s, u""_s));
    const QList<ExportSighting> now = {
        seen(1, u"ACME "_s, u"Engineer"_s), // case and spaces: the same role
        seen(2, u"Beta"_s, u"Director"_s),  // position only
        seen(4, u"Delta"_s, u"Analyst"_s),  // a role that appears: not a job change
        seen(5, u"Eps"_s, u"Lead"_s),       // new
        seen(5, u"Eps"_s, u"Lead"_s),       // the same contact twice counts once
    };
    const ExportChanges::Diff diff = ExportChanges::compare(before, now);
    QCOMPARE(diff.added.size(), 1);
    QCOMPARE(diff.added.first().contactId, 5);
    QCOMPARE(diff.gone.size(), 1);
    QCOMPARE(diff.gone.first().contactId, 3);
    QCOMPARE(diff.jobChanges.size(), 1);
    QCOMPARE(diff.jobChanges.first().first.position, u"Manager"_s);
    QCOMPARE(diff.jobChanges.first().second.position, u"Director"_s);
    // Stored anew: the new one, the job change, the role that appeared and
    // the company written differently.
    QCOMPARE(diff.differing.size(), 4);
    QCOMPARE(diff.same.size(), 0);
}

void tst_ExportChanges::firstExportHasNothingToCompare()
{
    QCOMPARE(ExportChangeStore(*m_db).latest().state, ExportChanges::State::NoExport);
    QVERIFY(import(fixture(u"before"_s)));
    const ExportChanges changes = ExportChangeStore(*m_db).latest();
    QCOMPARE(changes.state, ExportChanges::State::FirstExport);
    QCOMPARE(changes.total(), 0);
    QCOMPARE(changes.connections, 5);
    QVERIFY2(changes.headline().contains(u"nothing to compare yet"_s),
             qPrintable(changes.headline()));
    QVERIFY2(m_report.exportChanges.contains(u"First export"_s),
             qPrintable(m_report.exportChanges));
    QCOMPARE(m_report.exportChangeCount, 0);
    QCOMPARE(number(u"SELECT count(*) FROM export_connection"_s), 5);
}

void tst_ExportChanges::pairOfExports()
{
    QVERIFY(import(fixture(u"before"_s)));
    QVERIFY(import(fixture(u"after"_s)));
    const ExportChanges changes = ExportChangeStore(*m_db).latest();
    QCOMPARE(changes.state, ExportChanges::State::Compared);
    QCOMPARE(names(changes, ExportChange::Kind::NewConnection), QStringList{u"Fay Fir"_s});
    QCOMPARE(names(changes, ExportChange::Kind::InvitationAccepted), QStringList{u"Gus Gum"_s});
    QCOMPARE(names(changes, ExportChange::Kind::Gone), QStringList{u"Eve Elm"_s});
    QCOMPARE(names(changes, ExportChange::Kind::JobChange),
             (QStringList{u"Bob Birch"_s, u"Cat Cedar"_s, u"Dan Dogwood"_s}));
    QCOMPARE(names(changes, ExportChange::Kind::NewMessages), QStringList{u"Bob Birch"_s});
    QCOMPARE(changes.total(), 7);
    QCOMPARE(m_report.exportChangeCount, 7);
    // Today's strip: the same state and sentence from a count, without the items.
    const ExportChangeStore store(*m_db);
    const ExportChanges counted = store.latest(nullptr, ExportChangeStore::Items::None);
    QCOMPARE(counted.state, changes.state);
    QVERIFY(counted.items.isEmpty());
    QCOMPARE(store.latestCount(), 7);
    QCOMPARE(counted.headline(store.latestCount()), changes.headline());
    QVERIFY(counted.headline(0) != changes.headline());

    const QList<ExportChange> jobs = changes.of(ExportChange::Kind::JobChange);
    // Company only, position only, both.
    QCOMPARE(jobs.at(0).oldCompany, u"Beta Ltd"_s);
    QCOMPARE(jobs.at(0).newCompany, u"Beta New"_s);
    QCOMPARE(jobs.at(0).oldPosition, jobs.at(0).newPosition);
    QCOMPARE(jobs.at(1).oldPosition, u"Designer"_s);
    QCOMPARE(jobs.at(1).newPosition, u"Senior Designer"_s);
    QCOMPARE(jobs.at(1).oldCompany, jobs.at(1).newCompany);
    QCOMPARE(ExportChanges::detail(jobs.at(2)), u"Analyst at Delta \u2192 CTO at Zeta"_s);

    const ExportChange messages = changes.of(ExportChange::Kind::NewMessages).first();
    QCOMPARE(messages.count, 2);
    QCOMPARE(messages.day,
             QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC).toLocalTime().date());
    QCOMPARE(changes.of(ExportChange::Kind::InvitationAccepted).first().day, QDate(2026, 12, 3));

    // Eve is kept, marked: no longer a connection since this import.
    const qint64 eve = idOf(u"eve-elm"_s);
    QVERIFY(eve > 0);
    QCOMPARE(ContactStore(*m_db).get(eve)->degree, 0);
    QCOMPARE(ExportChangeStore(*m_db).goneSince(eve), QDate::currentDate());
    QVERIFY(!ExportChangeStore(*m_db).goneSince(idOf(u"ann-alder"_s)));

    const QJsonObject json = changes.toJson();
    QCOMPARE(json.value(u"state"_s).toString(), u"compared"_s);
    QCOMPARE(json.value(u"total"_s).toInt(), 7);
    QCOMPARE(json.value(u"counts"_s).toObject().value(u"job_changes"_s).toInt(), 3);
    const QJsonObject dan = json.value(u"job_changes"_s).toArray().at(2).toObject();
    QCOMPARE(dan.value(u"old_company"_s).toString(), u"Delta"_s);
    QCOMPARE(dan.value(u"new_position"_s).toString(), u"CTO"_s);
}

void tst_ExportChanges::reimportOfTheSameExportChangesNothing()
{
    QVERIFY(import(fixture(u"before"_s)));
    QVERIFY(import(fixture(u"after"_s)));
    const int rows = number(u"SELECT count(*) FROM export_connection"_s);
    QVERIFY(import(fixture(u"after"_s)));
    const ExportChanges changes = ExportChangeStore(*m_db).latest();
    QCOMPARE(changes.state, ExportChanges::State::Compared);
    QCOMPARE(changes.total(), 0);
    QVERIFY2(changes.headline().startsWith(u"Nothing changed"_s), qPrintable(changes.headline()));
    QCOMPARE(number(u"SELECT count(*) FROM export_connection"_s), rows);
}

void tst_ExportChanges::removedThenBackAgain()
{
    QVERIFY(import(fixture(u"before"_s)));
    QVERIFY(import(fixture(u"after"_s)));
    QVERIFY(import(fixture(u"before"_s))); // Eve is back, the old roles too
    const qint64 eve = idOf(u"eve-elm"_s);
    const ExportChanges changes = ExportChangeStore(*m_db).latest();
    QCOMPARE(names(changes, ExportChange::Kind::NewConnection), QStringList{u"Eve Elm"_s});
    QCOMPARE(names(changes, ExportChange::Kind::Gone), (QStringList{u"Fay Fir"_s, u"Gus Gum"_s}));
    QCOMPARE(changes.count(ExportChange::Kind::JobChange), 3);
    QCOMPARE(ContactStore(*m_db).get(eve)->degree, 1);
    QVERIFY(!ExportChangeStore(*m_db).goneSince(eve));
}

void tst_ExportChanges::exportWithoutConnections()
{
    // Alone: nothing to compare, said clearly.
    QVERIFY(import(fixture(u"no-connections"_s)));
    ExportChanges changes = ExportChangeStore(*m_db).latest();
    QCOMPARE(changes.state, ExportChanges::State::NoConnections);
    QVERIFY2(changes.headline().contains(u"no Connections.csv"_s), qPrintable(changes.headline()));
    QCOMPARE(changes.total(), 0);
    // After a full export: still no connections compared, and nobody is
    // taken for gone.
    QVERIFY(import(fixture(u"before"_s)));
    QVERIFY(import(fixture(u"no-connections"_s)));
    changes = ExportChangeStore(*m_db).latest();
    QCOMPARE(changes.state, ExportChanges::State::NoConnections);
    QCOMPARE(changes.count(ExportChange::Kind::Gone), 0);
    QCOMPARE(ContactStore(*m_db).get(idOf(u"eve-elm"_s))->degree, 1);
    // The next full export compares with the last one that had connections.
    QVERIFY(import(fixture(u"after"_s)));
    changes = ExportChangeStore(*m_db).latest();
    QCOMPARE(changes.state, ExportChanges::State::Compared);
    QCOMPARE(names(changes, ExportChange::Kind::Gone), QStringList{u"Eve Elm"_s});
    QCOMPARE(changes.count(ExportChange::Kind::JobChange), 3);
}

void tst_ExportChanges::undoTakesTheSnapshotBack()
{
    QVERIFY(import(fixture(u"before"_s)));
    const int rowsBefore = number(u"SELECT count(*) FROM export_connection"_s);
    QVERIFY(import(fixture(u"after"_s)));
    const qint64 eve = idOf(u"eve-elm"_s);
    // An edit after the import: the undo goes by the journal, not the backup.
    {
        ContactStore store(*m_db);
        Contact ann = *store.get(idOf(u"ann-alder"_s));
        ann.notes = u"met in Lisbon"_s;
        QString error;
        QVERIFY2(store.update(ann, &error), qPrintable(error));
    }
    const QString path = m_db->path();
    m_db.reset();
    ImportUndo::Outcome outcome;
    QString error;
    QVERIFY2(ImportUndo::undo(path, 0, &outcome, &error), qPrintable(error));
    QVERIFY(!outcome.fromSnapshot);
    openDb();
    const ExportChanges changes = ExportChangeStore(*m_db).latest();
    QCOMPARE(changes.state, ExportChanges::State::FirstExport);
    QCOMPARE(number(u"SELECT count(*) FROM export_import"_s), 1);
    QCOMPARE(number(u"SELECT count(*) FROM export_change"_s), 0);
    QCOMPARE(number(u"SELECT count(*) FROM export_connection"_s), rowsBefore);
    QCOMPARE(number(u"SELECT count(*) FROM export_connection WHERE ended_import IS NOT NULL"_s), 0);
    QCOMPARE(ContactStore(*m_db).get(eve)->degree, 1);
    QVERIFY(!ExportChangeStore(*m_db).goneSince(eve));
    // The same export again finds the same changes.
    QVERIFY(import(fixture(u"after"_s)));
    QCOMPARE(ExportChangeStore(*m_db).latest().total(), 7);
}

void tst_ExportChanges::unchangedConnectionsCostNoRows()
{
    QVERIFY(import(fixture(u"before"_s)));
    for (int i = 0; i < 3; ++i)
        QVERIFY(import(fixture(u"before"_s)));
    // Five connections seen four times the same way: five rows.
    QCOMPARE(number(u"SELECT count(*) FROM export_connection"_s), 5);
    QCOMPARE(number(u"SELECT count(*) FROM export_import"_s), 4);
    QVERIFY(import(fixture(u"after"_s)));
    // Plus Fay, Gus and the three new roles; Eve's row ends where it was.
    QCOMPARE(number(u"SELECT count(*) FROM export_connection"_s), 10);
}

void tst_ExportChanges::congratulateWithinThirtyDays()
{
    QVERIFY(import(fixture(u"before"_s)));
    QVERIFY(import(fixture(u"after"_s)));
    const QDate today = QDate::currentDate();
    // Bob's new messages would make him a reply waiting first.
    QueueSettings settings;
    settings.replyWindowDays = 0;
    const auto congratulated = [&](const QDate &day) {
        QStringList list;
        for (const QueueItem &item : QueuePlanner::plan(*m_db, day, settings, false)) {
            if (item.action == QueueItem::Action::Congratulate) {
                list << item.contactName;
                if (item.templateName != u"Congratulate on the new role"_s)
                    list << u"wrong template: "_s + item.templateName;
            }
        }
        list.sort();
        return list;
    };
    // Bob wrote on 2 December: while that is within the cool-down he waits.
    const bool bobCooling = QDate(2026, 12, 2).daysTo(today) < QueueSettings().cooldownDays;
    QCOMPARE(congratulated(today),
             bobCooling ? (QStringList{u"Cat Cedar"_s, u"Dan Dogwood"_s})
                        : (QStringList{u"Bob Birch"_s, u"Cat Cedar"_s, u"Dan Dogwood"_s}));
    QCOMPARE(congratulated(today.addDays(29)),
             (QStringList{u"Bob Birch"_s, u"Cat Cedar"_s, u"Dan Dogwood"_s}));
    QCOMPARE(congratulated(today.addDays(30)), QStringList());
    const QList<QueueItem> items = QueuePlanner::plan(*m_db, today, settings, false);
    for (const QueueItem &item : items) {
        if (item.contactName == u"Dan Dogwood"_s)
            QVERIFY2(item.reason.contains(u"CTO at Zeta"_s), qPrintable(item.reason));
    }
}

void tst_ExportChanges::congratulateNotAfterContact()
{
    QVERIFY(import(fixture(u"before"_s)));
    QVERIFY(import(fixture(u"after"_s)));
    Outreach message;
    message.contactId = idOf(u"dan-dogwood"_s);
    message.channel = u"message"_s;
    message.direction = u"out"_s;
    message.happenedAt = QDateTime::currentDateTimeUtc().addSecs(60);
    message.body = u"Congratulations!"_s;
    QString error;
    QVERIFY2(OutreachStore(*m_db).add(message, &error), qPrintable(error));
    // Out of the cool-down, still within the thirty days: not Dan.
    const QDate later = QDate::currentDate().addDays(10);
    QueueSettings settings;
    settings.replyWindowDays = 0;
    QStringList names;
    for (const QueueItem &item : QueuePlanner::plan(*m_db, later, settings, false)) {
        if (item.action == QueueItem::Action::Congratulate)
            names << item.contactName;
    }
    names.sort();
    QCOMPARE(names, (QStringList{u"Bob Birch"_s, u"Cat Cedar"_s}));
}

QTEST_GUILESS_MAIN(tst_ExportChanges)
#include "tst_exportchanges.moc"
