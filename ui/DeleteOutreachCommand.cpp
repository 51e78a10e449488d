#include "DeleteOutreachCommand.h"

#include "OutreachStyle.h"
#include "db/SqlErrorText.h"
#include "db/Transaction.h"
#include "store/OutreachStore.h"

#include <QCoreApplication>
#include <QHash>
#include <utility>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DeleteOutreachCommand", text);
}

} // namespace

DeleteOutreachCommand::DeleteOutreachCommand(Database &db, OutreachStore &store,
                                             const Outreach &outreach, const QString &contactName)
    : StoreCommand((outreach.direction == u"in"_s ? tr("Delete %1 from %2") : tr("Delete %1 to %2"))
                       .arg(OutreachStyle::channelNoun(outreach.channel), contactName))
    , m_db(db)
    , m_store(store)
    , m_outreach(outreach)
{}

bool DeleteOutreachCommand::redoChange(QString *error)
{
    const auto current = m_store.get(m_outreach.id);
    if (!current) {
        if (error)
            *error = tr("This outreach is no longer in the database; it may have been deleted "
                        "elsewhere.");
        return false;
    }
    // Replies are attached within one person's outreach.
    OutreachFilter sameContact;
    sameContact.contactId = current->contactId;
    QList<qint64> replies;
    for (const Outreach &o : m_store.list(sameContact)) {
        if (o.replyTo == current->id)
            replies << o.id;
    }
    if (!m_store.remove(current->id, error))
        return false;
    m_outreach = *current;
    m_replyIds = replies;
    return true;
}

bool DeleteOutreachCommand::undoChange(QString *error)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        if (error)
            *error = SqlErrorText::sentence(tx.errorText());
        return false;
    }
    // Adding a received message without a reply-to attaches it to the
    // latest unanswered one sent; remember how those stood to undo that.
    const bool mayAttach = m_outreach.direction == u"in"_s && m_outreach.replyTo == 0;
    QHash<qint64, std::pair<QString, QDateTime>> outcomesBefore;
    if (mayAttach) {
        OutreachFilter sent;
        sent.contactId = m_outreach.contactId;
        sent.direction = u"out"_s;
        for (const Outreach &o : m_store.list(sent))
            outcomesBefore.insert(o.id, {o.outcome, o.outcomeAt});
    }
    Outreach restored = m_outreach;
    if (!m_store.add(restored, error))
        return false;
    if (mayAttach && restored.replyTo > 0) {
        if (!m_store.update(m_outreach, error))
            return false;
        const auto answered = m_store.get(restored.replyTo);
        const auto before = outcomesBefore.constFind(restored.replyTo);
        if (answered && before != outcomesBefore.constEnd() &&
            (answered->outcome != before->first || answered->outcomeAt != before->second) &&
            !m_store.setOutcome(answered->id, before->first, before->second, error))
            return false;
    }
    for (qint64 replyId : std::as_const(m_replyIds)) {
        auto reply = m_store.get(replyId);
        if (!reply || reply->replyTo == m_outreach.id)
            continue;
        reply->replyTo = m_outreach.id;
        if (!m_store.update(*reply, error))
            return false;
    }
    return tx.commit(error);
}

} // namespace rapport
