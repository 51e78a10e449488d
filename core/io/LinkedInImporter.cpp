#include "io/LinkedInImporter.h"

#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/Outreach.h"
#include "domain/PersonName.h"
#include "domain/ProfileUrl.h"
#include "domain/TextFold.h"
#include "io/LinkedInArchive.h"
#include "io/LinkedInConnections.h"
#include "io/LinkedInConnectionsFilter.h"
#include "io/LinkedInConnectionsReadAhead.h"
#include "io/LinkedInInvitations.h"
#include "io/LinkedInMessages.h"
#include "store/ContactBulkLoad.h"
#include "store/ContactStore.h"
#include "store/ExportChangeStore.h"
#include "store/ExportSnapshotStore.h"
#include "store/ImportJournal.h"
#include "store/OutreachStore.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

#include <future>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

QString hashOf(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

// What the export said of a connection (the row's values, not the merged contact).
ExportSighting sighting(const Contact &row, qint64 contactId)
{
    ExportSighting s;
    s.contactId = contactId;
    s.firstName = row.firstName;
    s.lastName = row.lastName;
    s.url = row.profileUrl;
    s.company = row.company;
    s.position = row.position;
    s.connectedOn = row.connectedOn;
    return s;
}

// Who a row is about, for stable keys: the slug when known, else the name.
QString personKey(const QString &name, const QString &url)
{
    const QString slug = ProfileUrl::slug(url);
    return slug.isEmpty() ? TextFold::fold(name) : slug;
}

} // namespace

LinkedInImporter::LinkedInImporter(Database &db)
    : m_db(db)
    , m_contacts(std::make_unique<ContactStore>(db))
    , m_outreach(std::make_unique<OutreachStore>(db))
{}

LinkedInImporter::~LinkedInImporter() = default;

bool LinkedInImporter::tick(qint64 fileBytes, QString *error)
{
    if (!m_progress || m_progress(m_done + fileBytes, m_total))
        return true;
    if (error)
        *error = tr("The import was cancelled; nothing was changed.");
    return false;
}

bool LinkedInImporter::run(const LinkedInArchive &archive, ImportReport *report, QString *error)
{
    ImportReport local;
    m_report = report ? report : &local;
    *m_report = ImportReport();
    m_report->source = archive.path();
    m_owner.clear();
    m_done = 0;
    // messages.csv counts twice: a first pass finds whose export it is when
    // Invitations.csv did not tell (skipped, it counts as done at once).
    m_total = archive.size(LinkedInArchive::Part::Connections) +
              archive.size(LinkedInArchive::Part::Invitations) +
              2 * archive.size(LinkedInArchive::Part::Messages);

    // Backed up first and recorded as it goes, so it can be undone.
    ImportJournal journal(m_db);
    if (!journal.prepare(u"linkedin"_s, archive.path(), error))
        return false;
    // A big file rebuilds the indexes at its end (ContactBulkLoad): sorted
    // through temporary files within the page cache, as the sqlite3 shell
    // does, not record by record in memory (which at 1,000,000 rows cost
    // more in malloc and page faults than the sorting itself).
    ContactBulkLoad::sortOnDisk(m_db);
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    if (!journal.begin(error))
        return false;
    m_seen.clear();
    m_created.clear();
    ExportSnapshotStore snapshot(m_db);
    const qint64 outreachBefore = snapshot.outreachMark();
    if (archive.has(LinkedInArchive::Part::Connections) && !importConnections(archive, error))
        return false;
    if (archive.has(LinkedInArchive::Part::Invitations) && !importInvitations(archive, error))
        return false;
    if (archive.has(LinkedInArchive::Part::Messages) && !importMessages(archive, error))
        return false;
    // Rows arrive in the files' order; attach each reply to what it answers
    // once everything is in (this also links replies imported earlier).
    if (archive.has(LinkedInArchive::Part::Messages) && !m_outreach->linkReplies(error))
        return false;
    if (!tick(0, error))
        return false;
    // What this export said of the connections, and what changed since the last one.
    if (!snapshot.record(journal.importId(), archive.path(),
                         archive.has(LinkedInArchive::Part::Connections), m_seen, m_created,
                         outreachBefore, error))
        return false;
    m_seen.clear();
    m_created.clear();
    const ExportChanges changes = ExportChangeStore(m_db).latest();
    m_report->exportChanges = changes.headline();
    m_report->exportChangeCount = changes.total();
    if (!journal.finish(error))
        return false;
    QString commitError;
    if (!tx.commit(&commitError)) {
        if (error)
            *error = tr("Could not save the import: %1.").arg(commitError);
        return false;
    }
    return true;
}

bool LinkedInImporter::importConnections(const LinkedInArchive &archive, QString *error)
{
    const auto part = LinkedInArchive::Part::Connections;
    const QString file = archive.entryName(part);
    auto device = archive.device(part, error);
    if (!device)
        return false;
    m_report->files << file;
    LinkedInConnections reader(device.get(), file);
    if (!reader.readHeader(error))
        return false;

    // New contacts go in batches (a statement per 400 rows, no savepoint
    // per row; the next statement is built on a worker thread while SQLite
    // runs one, see ContactStore::addBatch); the lookups a row needs are
    // skipped when they cannot find anything.
    constexpr int batchSize = 10000;
    const int contactsBefore = m_contacts->totalCount();
    const bool databaseEmpty = contactsBefore == 0;
    const bool anyWithoutProfile = !databaseEmpty && m_contacts->hasContactsWithoutProfile();
    QList<Contact> pending;
    std::future<void> letGo; // the batch before, being freed (waited for on return)
    // What differs from one new contact to the next: the indexes on other
    // columns (industry, location, tier, score, the time stamps...) stay in
    // place during a bulk load (see ContactBulkLoad::begin).
    static const QStringList varyingColumns = {u"first_name"_s,  u"last_name"_s, u"sort_name"_s,
                                               u"profile_url"_s, u"slug"_s,      u"email"_s,
                                               u"company"_s,     u"position"_s,  u"connected_on"_s};
    auto flush = [&]() {
        if (pending.isEmpty())
            return true;
        QString batchError;
        // A file bigger than the database: rebuild its indexes once at the end.
        if (!m_contacts->isBulkLoading() &&
            ContactBulkLoad::worthIt(contactsBefore, m_report->contacts.created + pending.size()) &&
            !m_contacts->beginBulkLoad(&batchError, !databaseEmpty, varyingColumns)) {
            if (error)
                *error = tr("%1: %2").arg(file, batchError);
            return false;
        }
        if (!m_contacts->addBatch(pending, &batchError)) {
            if (error)
                *error = tr("%1: %2").arg(file, batchError);
            return false;
        }
        m_report->contacts.created += int(pending.size());
        // A new contact with a profile stays as the file said it until the
        // snapshot reads it back (record() takes ranges of ids); one without
        // may get its URL from the messages, so its sighting is kept here.
        for (const Contact &c : std::as_const(pending)) {
            if (c.profileUrl.isEmpty())
                m_seen << sighting(c, c.id);
            else if (!m_created.isEmpty() && m_created.last().second + 1 == c.id)
                m_created.last().second = c.id;
            else
                m_created.append({c.id, c.id});
        }
        // The batch's contacts are let go on a thread of their own: freeing
        // ten thousand contacts' text here took about 8% of this thread's time
        // at a million rows.
        if (letGo.valid())
            letGo.wait();
        letGo = std::async(std::launch::async | std::launch::deferred,
                           [old = std::move(pending)]() mutable { old = QList<Contact>(); });
        pending = QList<Contact>();
        return true;
    };

    // What a row is, and whether it repeats an earlier one, is decided from
    // the file alone (LinkedInConnectionsFilter). When the database is empty
    // nothing in it can match a row, so that runs on the thread reading the
    // file and this thread only writes; otherwise here, before each row's
    // lookups. The filter reports into a report of its own while it runs on
    // the other thread, added to this one once the file is read.
    ImportReport filterReport;
    LinkedInConnectionsFilter filter(file, reader.hasUrlColumn(),
                                     databaseEmpty ? &filterReport : m_report);

    // A row the filter let go on: matched with an existing contact (merged)
    // or new (written in batches).
    auto importRow = [&](const LinkedInConnections::Row &row) {
        // Only looked up and merged with what the database holds (the new
        // contact's own comes from ContactStore's checks).
        const QString slug = databaseEmpty ? QString() : ProfileUrl::slug(row.url);
        Contact incoming;
        incoming.firstName = row.firstName;
        incoming.lastName = row.lastName;
        incoming.profileUrl = row.url;
        incoming.company = row.company;
        incoming.position = row.position;
        incoming.email = row.email;
        incoming.degree = 1;
        incoming.connectedOn = row.connectedOn;

        std::optional<Contact> existing;
        if (!databaseEmpty && !slug.isEmpty())
            existing = m_contacts->findBySlug(slug);
        if (!existing && !databaseEmpty && (slug.isEmpty() || anyWithoutProfile)) {
            // Known from an export without URLs, or typed in: name and company.
            const QList<qint64> ids =
                m_contacts->findByNameAndCompany(incoming.fullName(), row.company);
            for (qint64 id : ids) {
                std::optional<Contact> candidate = m_contacts->get(id);
                if (candidate && (slug.isEmpty() || candidate->slug.isEmpty())) {
                    existing = candidate;
                    break;
                }
            }
        }
        if (!existing) {
            pending << std::move(incoming);
            return pending.size() < batchSize || flush();
        }
        // Company and position are current at export time; other fields
        // only fill in what is missing or changed.
        m_seen << sighting(incoming, existing->id);
        Contact merged = *existing;
        if (merged.slug.isEmpty() && !slug.isEmpty())
            merged.profileUrl = ProfileUrl::canonical(slug);
        if (!row.company.isEmpty())
            merged.company = row.company;
        if (!row.position.isEmpty())
            merged.position = row.position;
        if (!row.email.isEmpty())
            merged.email = row.email;
        if (row.connectedOn.isValid())
            merged.connectedOn = row.connectedOn;
        merged.degree = 1;
        if (merged.profileUrl != existing->profileUrl && !slug.isEmpty())
            merged.slug = slug;
        QString rowError;
        if (merged == *existing) {
            ++m_report->contacts.unchanged;
        } else if (!m_contacts->update(merged, &rowError)) {
            m_report->skip(file, row.line, rowError);
        } else {
            ++m_report->contacts.updated;
        }
        return true;
    };

    // The file is read and parsed on a thread of its own, a few blocks of
    // rows ahead, while this thread checks and writes the rows before them.
    LinkedInConnectionsReadAhead ahead(reader, databaseEmpty ? &filter : nullptr);
    LinkedInConnections::Row row;
    QList<LinkedInConnections::Row> ready;
    while (ahead.next(&row)) {
        if (databaseEmpty) {
            if (!importRow(row))
                return false;
        } else {
            ready.clear();
            filter.take(std::move(row), ready);
            for (const LinkedInConnections::Row &next : std::as_const(ready)) {
                if (!importRow(next))
                    return false;
            }
        }
        if (!tick(ahead.bytesRead(), error))
            return false;
    }
    if (!databaseEmpty) {
        ready.clear();
        filter.finish(ready);
        for (const LinkedInConnections::Row &late : std::as_const(ready)) {
            if (!importRow(late))
                return false;
        }
    } else {
        // The reading thread is done: what it reported joins the report.
        m_report->rowsRead += filterReport.rowsRead;
        m_report->hiddenProfiles += filterReport.hiddenProfiles;
        for (const ImportReport::Skip &skip : std::as_const(filterReport.skipped))
            m_report->skip(skip.file, skip.line, skip.reason);
        m_report->skippedNotListed += filterReport.skippedNotListed;
    }
    if (!flush())
        return false;
    // Cancel stays possible while a bulk load rebuilds its indexes.
    bool stopped = false;
    QString indexError;
    const auto keepGoing = [&] {
        stopped = !tick(reader.bytesRead(), nullptr);
        return !stopped;
    };
    if (!m_contacts->endBulkLoad(&indexError, keepGoing)) {
        if (error)
            *error = stopped ? tr("The import was cancelled; nothing was changed.")
                             : tr("%1: %2 Nothing was imported.").arg(file, indexError);
        return false;
    }
    if (reader.hasError()) {
        if (error)
            *error = reader.errorString();
        return false;
    }
    m_done += archive.size(part);
    return true;
}

qint64 LinkedInImporter::person(const QString &name, const QString &url, const QString &file,
                                qint64 line)
{
    const QString slug = ProfileUrl::slug(url);
    if (!slug.isEmpty()) {
        if (const auto c = m_contacts->findBySlug(slug))
            return c->id;
    }
    // The export gives one name only for people met through messages and
    // invitations; stored split, and found again, as every import does.
    Contact named;
    const PersonName split = PersonName::split(name);
    named.firstName = split.first;
    named.lastName = split.last;
    QString rowError;
    if (!name.isEmpty()) {
        // One contact of that name without a profile yet is the same person.
        QList<Contact> candidates;
        const QList<qint64> ids = m_contacts->findByFullName(named.fullName());
        for (qint64 id : ids) {
            const auto c = m_contacts->get(id);
            if (c && (slug.isEmpty() || c->slug.isEmpty()))
                candidates << *c;
        }
        if (candidates.size() == 1) {
            Contact c = candidates.first();
            if (!slug.isEmpty()) {
                c.profileUrl = ProfileUrl::canonical(slug);
                if (!m_contacts->update(c, &rowError)) {
                    m_report->skip(file, line, rowError);
                    return 0;
                }
                ++m_report->contacts.updated;
            }
            return c.id;
        }
        if (candidates.size() > 1 && slug.isEmpty()) {
            QStringList which;
            for (const Contact &c : std::as_const(candidates))
                which << u"#%1"_s.arg(c.id);
            m_report->skip(file, line,
                           tr("several contacts are called %1 (%2); add their profile URLs so "
                              "they can be told apart")
                               .arg(name, which.join(u", "_s)));
            return 0;
        }
    }
    if (name.isEmpty()) {
        m_report->skip(file, line, tr("the other person has no name in the file"));
        return 0;
    }
    Contact c = named;
    c.profileUrl = slug.isEmpty() ? QString() : ProfileUrl::canonical(slug);
    if (!m_contacts->add(c, &rowError)) {
        m_report->skip(file, line, rowError);
        return 0;
    }
    ++m_report->contacts.created;
    return c.id;
}

bool LinkedInImporter::addOutreach(Outreach &outreach, const QString &file, qint64 line)
{
    if (const auto existing = m_outreach->findBySourceKey(outreach.sourceKey)) {
        // A newer export may show that an invitation was accepted since.
        if (existing->outcome.isEmpty() && !outreach.outcome.isEmpty()) {
            QString rowError;
            if (!m_outreach->setOutcome(existing->id, outreach.outcome, outreach.outcomeAt,
                                        &rowError)) {
                m_report->skip(file, line, rowError);
                return false;
            }
            ++m_report->outreach.updated;
        } else {
            ++m_report->outreach.unchanged;
        }
        return true;
    }
    QString rowError;
    if (!m_outreach->add(outreach, &rowError)) {
        m_report->skip(file, line, rowError);
        return false;
    }
    ++m_report->outreach.created;
    return true;
}

bool LinkedInImporter::importInvitations(const LinkedInArchive &archive, QString *error)
{
    const auto part = LinkedInArchive::Part::Invitations;
    const QString file = archive.entryName(part);
    auto device = archive.device(part, error);
    if (!device)
        return false;
    m_report->files << file;
    LinkedInInvitations reader(device.get(), file);
    if (!reader.readHeader(error))
        return false;
    LinkedInInvitations::Row row;
    while (reader.next(&row)) {
        ++m_report->rowsRead;
        if (!row.problem.isEmpty()) {
            m_report->skip(file, row.line, row.problem);
        } else {
            if (row.outgoing && m_owner.isEmpty())
                m_owner = ProfileUrl::slug(row.inviterUrl);
            const QString name = row.outgoing ? row.to : row.from;
            const QString url = row.outgoing ? row.inviteeUrl : row.inviterUrl;
            const qint64 contactId = person(name, url, file, row.line);
            if (contactId > 0) {
                Outreach o;
                o.contactId = contactId;
                o.channel = u"invitation"_s;
                o.direction = row.outgoing ? u"out"_s : u"in"_s;
                o.happenedAt = row.sentAt;
                o.body = row.message;
                // The key uses the wall-clock time as written, so moving to
                // another time zone does not make old invitations new.
                o.sourceKey = u"linkedin:invitation:%1:%2:%3:%4"_s.arg(
                    o.direction, row.sentAt.toLocalTime().toString(u"yyyy-MM-ddTHH:mm"_s),
                    TextFold::fold(row.from), TextFold::fold(row.to));
                // An invitation we sent to someone now among our connections
                // was accepted; the day they connected is when.
                if (row.outgoing) {
                    const auto contact = m_contacts->get(contactId);
                    if (contact && contact->degree == 1) {
                        o.outcome = u"accepted"_s;
                        if (contact->connectedOn.isValid())
                            o.outcomeAt = contact->connectedOn.startOfDay(Qt::UTC);
                    }
                }
                addOutreach(o, file, row.line);
            }
        }
        if (!tick(reader.bytesRead(), error))
            return false;
    }
    if (reader.hasError()) {
        if (error)
            *error = reader.errorString();
        return false;
    }
    m_done += archive.size(part);
    return true;
}

bool LinkedInImporter::findOwnerInMessages(const LinkedInArchive &archive, QString *error)
{
    const auto part = LinkedInArchive::Part::Messages;
    auto device = archive.device(part, error);
    if (!device)
        return false;
    LinkedInMessages reader(device.get(), archive.entryName(part));
    if (!reader.readHeader(error))
        return false;
    // Counted exactly for the first maxPeople people and maxPairs (person,
    // conversation) pairs: the member is in nearly every conversation, so
    // among them; a hostile file of millions of people cannot grow this.
    constexpr qsizetype maxPeople = 100000;
    constexpr qsizetype maxPairs = 2000000;
    QHash<QString, int> conversations; // slug -> conversations it is in
    QSet<quint64> pairs;               // fingerprints of slug + conversation
    QHash<QString, int> sent;
    LinkedInMessages::Row row;
    const auto tally = [&](const QString &slug, bool sender) {
        if (!conversations.contains(slug) && conversations.size() >= maxPeople)
            return;
        int &in = conversations[slug];
        if (sender)
            ++sent[slug];
        const quint64 pair =
            LinkedInConnectionsFilter::fingerprint(slug + u'\n' + row.conversationId);
        if (pairs.size() < maxPairs && !pairs.contains(pair)) {
            pairs.insert(pair);
            ++in;
        }
    };
    while (reader.next(&row)) {
        if (row.system || !row.problem.isEmpty())
            continue;
        const QString sender = ProfileUrl::slug(row.senderUrl);
        if (!sender.isEmpty())
            tally(sender, true);
        for (const QString &url : std::as_const(row.recipientUrls)) {
            const QString slug = ProfileUrl::slug(url);
            if (!slug.isEmpty())
                tally(slug, false);
        }
        if (!tick(reader.bytesRead(), error))
            return false;
    }
    if (reader.hasError()) {
        if (error)
            *error = reader.errorString();
        return false;
    }
    m_done += archive.size(part);
    int best = 0;
    for (auto it = conversations.cbegin(); it != conversations.cend(); ++it) {
        const int count = it.value();
        if (count > best || (count == best && sent.value(it.key()) > sent.value(m_owner))) {
            best = count;
            m_owner = it.key();
        }
    }
    return true;
}

bool LinkedInImporter::importMessages(const LinkedInArchive &archive, QString *error)
{
    const auto part = LinkedInArchive::Part::Messages;
    const QString file = archive.entryName(part);
    if (!m_owner.isEmpty())
        m_done += archive.size(part); // the owner pass is not needed
    else if (!findOwnerInMessages(archive, error))
        return false;
    auto device = archive.device(part, error);
    if (!device)
        return false;
    m_report->files << file;
    LinkedInMessages reader(device.get(), file);
    if (!reader.readHeader(error))
        return false;
    LinkedInMessages::Row row;
    while (reader.next(&row)) {
        ++m_report->rowsRead;
        const QString sender = ProfileUrl::slug(row.senderUrl);
        if (!row.problem.isEmpty()) {
            m_report->skip(file, row.line, row.problem);
        } else if (row.system) {
            m_report->skip(
                file, row.line,
                tr("sponsored or LinkedIn message from \"%1\", not a person").arg(row.from));
        } else if (row.draft) {
            m_report->skip(file, row.line, tr("a draft that was never sent"));
        } else if (m_owner.isEmpty() || sender.isEmpty()) {
            m_report->skip(file, row.line,
                           tr("cannot tell who sent it: the file has no sender profile URLs"));
        } else {
            const bool outgoing = sender == m_owner;
            // The people on the other side, as (name, url).
            QList<QPair<QString, QString>> others;
            if (!outgoing) {
                others.append({row.from, row.senderUrl});
            } else {
                QStringList urls;
                for (const QString &url : std::as_const(row.recipientUrls)) {
                    if (ProfileUrl::slug(url) != m_owner)
                        urls << url;
                }
                if (urls.size() <= 1) {
                    others.append({row.to, urls.value(0)});
                } else {
                    // TO is joined with ", " although names hold ", " too:
                    // trust the split only when it gives one name per URL.
                    const QStringList names = row.to.split(u", "_s);
                    for (int i = 0; i < urls.size(); ++i)
                        others.append(
                            {names.size() == urls.size() ? names.at(i) : QString(), urls.at(i)});
                }
            }
            const QString base = u"linkedin:message:%1:%2:%3:%4"_s.arg(
                row.conversationId, row.dateText, personKey(row.from, row.senderUrl),
                hashOf(row.content));
            for (const auto &[name, url] : std::as_const(others)) {
                const qint64 contactId = person(name, url, file, row.line);
                if (contactId <= 0)
                    continue;
                Outreach o;
                o.contactId = contactId;
                o.channel = row.isInMail() ? u"inmail"_s : u"message"_s;
                o.direction = outgoing ? u"out"_s : u"in"_s;
                o.happenedAt = row.date;
                o.subject = row.subject;
                o.body = row.content;
                o.conversation = row.conversationId;
                o.sourceKey = others.size() == 1 ? base : base + u':' + personKey(name, url);
                addOutreach(o, file, row.line);
            }
        }
        if (!tick(reader.bytesRead(), error))
            return false;
    }
    if (reader.hasError()) {
        if (error)
            *error = reader.errorString();
        return false;
    }
    m_done += archive.size(part);
    return true;
}

} // namespace rapport
