#pragma once

// Reads and writes outreach rows (messages, InMails, invitations, e-mails,
// calls). Every write is one transaction, nested inside the caller's.

#include "domain/Outreach.h"
#include "domain/OutreachFilter.h"

#include <QCoreApplication>
#include <QList>
#include <functional>

#include <memory>
#include <optional>

namespace rapport {

struct InMailRecord;
struct InvitationRecord;
class Database;
class StatementCache;

class OutreachStore
{
    Q_DECLARE_TR_FUNCTIONS(OutreachStore)

public:
    explicit OutreachStore(Database &db);
    ~OutreachStore();
    OutreachStore(const OutreachStore &) = delete;
    OutreachStore &operator=(const OutreachStore &) = delete;

    // Validates and inserts; sets the id on success. An outreach with id > 0
    // is put back under that id (undo). An inbound message, e-mail or InMail
    // without replyTo is attached to the latest message, InMail or e-mail
    // sent to the same person before it, however long before (in the same
    // conversation, when there is one, then the same channel), and gives
    // that one the outcome "replied" if it had none.
    bool add(Outreach &outreach, QString *error);
    // Saves every field of an existing row.
    bool update(const Outreach &outreach, QString *error);
    // Deletes one row; a reply takes back the "replied" it gave.
    bool remove(qint64 id, QString *error);
    // Attaches every inbound message, InMail or e-mail not yet attached to
    // the outreach it answers (after an import, whose rows come in any
    // order), marking that one replied if it had no outcome.
    bool linkReplies(QString *error);
    // Sets (or clears, with an empty outcome) the outcome of one row.
    bool setOutcome(qint64 id, const QString &outcome, const QDateTime &at, QString *error);

    std::optional<Outreach> get(qint64 id) const;
    std::optional<Outreach> findBySourceKey(const QString &sourceKey) const;
    int countByContact(qint64 contactId) const;
    // When the person's latest withdrawn invitation was withdrawn (its
    // outcome's time, or when it was sent if the outcome has none); invalid
    // when none was. ReinviteRule reads it.
    QDateTime lastWithdrawal(qint64 contactId) const;
    // Newest first; limit -1 = all.
    QList<Outreach> list(const OutreachFilter &filter, int limit = -1, int offset = 0) const;
    // Sent InMails for the credit ledger; `asksNegative` detects the
    // "reply Not Interested" line where it was not ticked by hand.
    QList<InMailRecord>
    inmailRecords(const std::function<bool(const QString &body)> &asksNegative) const;
    // Sent invitations for the acceptance numbers.
    QList<InvitationRecord> invitationRecords() const;
    // The same records, only those whose happened_at text is >= from and
    // < to (ISO UTC text or a prefix of it; an empty `to` = no end): the
    // outreach funnel reads the days its tally cannot answer this way.
    QList<InMailRecord> inmailRecords(const QString &from, const QString &to) const;
    QList<InvitationRecord> invitationRecords(const QString &from, const QString &to) const;
    // Only the last `lastN` sent and those sent since `since`: enough for the
    // acceptance rates and the warning, read from the index however many
    // invitations there are.
    QList<InvitationRecord> recentInvitationRecords(int lastN, const QDate &since) const;
    int totalCount() const;

private:
    bool validate(const Outreach &outreach, QString *error) const;
    qint64 answeredBy(const Outreach &reply) const;
    bool touchContact(qint64 contactId, QString *error);

    Database &m_db;
    std::unique_ptr<StatementCache> m_statements;
};

} // namespace rapport
