#include "session/Session.h"

#include "capture/QuickCapture.h"
#include "db/WalCheckpointer.h"
#include "session/StoreCommand.h"
#include "store/ContactStore.h"
#include "store/ContentStore.h"
#include "store/DerivedState.h"
#include "store/EngagementStore.h"
#include "store/KeepInTouchStore.h"
#include "store/OutreachStore.h"
#include "store/ScoreStore.h"
#include "store/SnapshotStore.h"
#include "store/TemplateStore.h"
#include "store/TimelineStore.h"
#include "store/ValueGivenStore.h"

#include <QCoreApplication>
#include <QTimer>
#include <QUndoStack>

namespace rapport {

Session::Session(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
    , m_externalTimer(new QTimer(this))
{
    qRegisterMetaType<rapport::Changes>();
    m_externalTimer->setInterval(3000);
    connect(m_externalTimer, &QTimer::timeout, this, &Session::checkExternalChanges);
}

Session::~Session()
{
    // Commands refer to the stores: they go first.
    m_undoStack->clear();
    releaseStores();
}

bool Session::open(const QString &path, Database::Access access, QString *error)
{
    auto db = std::make_unique<Database>();
    if (!db->open(path, error, access))
        return false;
    close();
    m_contacts = std::make_unique<ContactStore>(*db);
    m_engagement = std::make_unique<EngagementStore>(*db);
    m_content = std::make_unique<ContentStore>(*db);
    m_timeline = std::make_unique<TimelineStore>(*db);
    m_outreach = std::make_unique<OutreachStore>(*db);
    m_values = std::make_unique<ValueGivenStore>(*db);
    m_keepInTouch = std::make_unique<KeepInTouchStore>(*db);
    m_snapshots = std::make_unique<SnapshotStore>(*db);
    m_scores = std::make_unique<ScoreStore>(*db);
    m_templates = std::make_unique<TemplateStore>(*db);
    m_quickCapture = std::make_unique<QuickCapture>(*m_contacts, *m_engagement);
    m_db = std::move(db);
    m_checkpointer = std::make_unique<WalCheckpointer>(*m_db);
    m_derived = std::make_unique<DerivedState>(*m_db);
    // Tiers and scores can take a while on a big file after days away: the
    // window paints what is stored first, then shows them brought up to
    // date (finishOpening).
    m_derivedPending = true;
    ++m_openSerial;
    if (!m_viewFinishesOpening)
        finishOpeningSoon();
    m_seenExternalChanges = m_contacts->externalChangeCounter();
    emit opened();
    return true;
}

void Session::finishOpeningSoon()
{
    const quint64 serial = m_openSerial;
    QTimer::singleShot(0, this, [this, serial] { finishOpening(serial); });
}

void Session::finishOpening(quint64 serial)
{
    if (serial != m_openSerial || !m_db || !m_derivedPending)
        return;
    bringDerivedStateUpToDate();
    emitChanged(Changes(Change::Contacts) | Change::Queue, {});
}

void Session::close()
{
    if (!m_db)
        return;
    emit aboutToClose();
    m_undoStack->clear();
    releaseStores();
    m_checkpointer.reset(); // its last checkpoint before the database closes
    m_db.reset();
    m_derivedError.clear();
    m_derivedPending = false;
}

void Session::releaseStores()
{
    // The stores go before the database; nothing on the undo stack refers
    // to them any more.
    m_quickCapture.reset();
    m_derived.reset();
    m_scores.reset();
    m_timeline.reset();
    m_templates.reset();
    m_values.reset();
    m_keepInTouch.reset();
    m_snapshots.reset();
    m_outreach.reset();
    m_content.reset();
    m_engagement.reset();
    m_contacts.reset();
}

bool Session::isReadOnly() const
{
    return m_db && m_db->isReadOnly();
}

QString Session::path() const
{
    return m_db ? m_db->path() : QString();
}

bool Session::push(StoreCommand *command, QString *error)
{
    std::unique_ptr<StoreCommand> owned(command);
    if (!m_db) {
        if (error)
            *error = QCoreApplication::translate(
                "Session", "No database is open. Open or create one with File ▸ Open Database.");
        return false;
    }
    // Whoever made the command may want to hear of each step first (to
    // select the item); then every view hears what changed.
    StoreCommand *raw = owned.get();
    const StoreCommand::ChangedHandler before = raw->changedHandler();
    raw->setChangedHandler([this, raw, before](qint64 id) {
        if (before)
            before(id);
        notifyChanged(raw->changes(), raw->contactIds());
    });
    // A failed undo or redo may have written part of it: show what is there.
    const StoreCommand::ErrorHandler failed = raw->errorHandler();
    raw->setErrorHandler([this, raw, failed](const QString &message) {
        if (failed)
            failed(message);
        notifyChanged(raw->changes(), raw->contactIds());
    });
    if (!raw->apply(error))
        return false;
    m_undoStack->push(owned.release());
    return true;
}

void Session::notifyChanged(Changes what, const QList<qint64> &contactIds)
{
    if (!m_db)
        return;
    // The CLI or an import wrote through another connection: that is seen
    // now, so the next check does not report it again.
    if (what.testFlag(Change::External))
        m_seenExternalChanges = m_contacts->externalChangeCounter();
    bringDerivedStateUpToDate();
    emitChanged(what, contactIds);
}

void Session::emitChanged(Changes what, const QList<qint64> &contactIds)
{
    emit changed(what, contactIds);
}

void Session::setWatchingExternalChanges(bool on)
{
    if (on == m_externalTimer->isActive())
        return;
    if (on) {
        m_externalTimer->start();
        checkExternalChanges();
    } else {
        m_externalTimer->stop();
    }
}

bool Session::isWatchingExternalChanges() const
{
    return m_externalTimer->isActive();
}

void Session::setExternalCheckInterval(int intervalMs)
{
    m_externalTimer->setInterval(intervalMs);
}

bool Session::checkExternalChanges()
{
    if (!m_db)
        return false;
    const qint64 counter = m_contacts->externalChangeCounter();
    if (counter != m_seenExternalChanges) {
        notifyChanged(everyChange());
        return true;
    }
    // Left open overnight: a new day may lapse some tiers (just opened:
    // finishOpening brings them up to date).
    if (!m_db->isReadOnly() && !m_derivedPending && m_derived->isNewDay(QDate::currentDate())) {
        bringDerivedStateUpToDate();
        emitChanged(Changes(Change::Contacts) | Change::Queue, {});
        return true;
    }
    return false;
}

void Session::bringDerivedStateUpToDate()
{
    // Tiers and scores are stored; a read-only file shows them as last saved
    // (DerivedState writes nothing then).
    if (!m_derived)
        return;
    m_derivedPending = false;
    m_derivedError.clear();
    QString error;
    if (m_derived->bringUpToDate(QDate::currentDate(), &error))
        return;
    for (const DerivedState::Problem &problem : m_derived->problems()) {
        if (!m_derivedError.isEmpty())
            m_derivedError += u' ';
        m_derivedError +=
            problem.part == DerivedState::Part::Tiers
                ? QCoreApplication::translate(
                      "Session", "Engagement tiers could not be brought up to date: %1")
                      .arg(problem.reason)
                : QCoreApplication::translate(
                      "Session", "Connection scores could not be brought up to date: %1")
                      .arg(problem.reason);
    }
}

} // namespace rapport
