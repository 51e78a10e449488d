#pragma once

// One open database as the window sees it: the Database, every store,
// Quick Capture and the undo stack. push() is the one way the window
// writes; changed() tells every view what a write (or its undo or redo,
// an import, another process) touched, so each reloads only what it shows.
// It also keeps the derived state (tiers, scores) up to date: on opening,
// from the event loop's next turn, so the first page paints before it; and
// keeps checkpoints of the write-ahead log off this thread (WalCheckpointer).

#include "db/Database.h"
#include "session/Change.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <memory>

class QTimer;
class QUndoStack;

namespace rapport {

class ContactStore;
class ContentStore;
class EngagementStore;
class KeepInTouchStore;
class OutreachStore;
class QuickCapture;
class DerivedState;
class ScoreStore;
class SnapshotStore;
class StoreCommand;
class TemplateStore;
class TimelineStore;
class ValueGivenStore;
class WalCheckpointer;

class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    // Opens (or creates) the database at `path`; on failure the session is
    // left as it was (still open on the old file, if any) and false is
    // returned with the reason.
    bool open(const QString &path, Database::Access access, QString *error);
    // Emits aboutToClose, clears the undo stack, releases the stores and
    // the database.
    void close();

    bool isOpen() const { return m_db != nullptr; }
    bool isReadOnly() const;
    QString path() const;

    Database *database() const { return m_db.get(); }
    ContactStore *contacts() const { return m_contacts.get(); }
    EngagementStore *engagement() const { return m_engagement.get(); }
    ContentStore *content() const { return m_content.get(); }
    TimelineStore *timeline() const { return m_timeline.get(); }
    OutreachStore *outreach() const { return m_outreach.get(); }
    ValueGivenStore *values() const { return m_values.get(); }
    TemplateStore *templates() const { return m_templates.get(); }
    KeepInTouchStore *keepInTouch() const { return m_keepInTouch.get(); }
    SnapshotStore *snapshots() const { return m_snapshots.get(); }
    ScoreStore *scores() const { return m_scores.get(); }
    QuickCapture *quickCapture() const { return m_quickCapture.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }

    // The one way the window writes: applies the command once; on success
    // pushes it on the undo stack and emits changed(command->changes(),
    // command->contactIds()), as every later undo and redo does too. On
    // failure nothing is pushed, the command is deleted and false is
    // returned with the reason. The session owns the command either way.
    bool push(StoreCommand *command, QString *error);
    // For writes not made through a command (an import on a worker thread,
    // preferences): brings the derived state up to date and emits changed.
    void notifyChanged(Changes what, const QList<qint64> &contactIds = {});

    // Watches for writes by other processes (rapport-cli) and connections,
    // checking every `intervalMs` while on (the window turns it on while it
    // is visible). checkExternalChanges() checks once, now.
    void setWatchingExternalChanges(bool on);
    bool isWatchingExternalChanges() const;
    void setExternalCheckInterval(int intervalMs);
    bool checkExternalChanges();

    // Brings tiers and scores up to today now, as opening does.
    void refreshDerivedState() { bringDerivedStateUpToDate(); }
    // True from open() until the derived state opening asks for was
    // brought up to date (on the event loop's next turn, then changed()
    // is emitted with Contacts and Queue).
    bool isDerivedStatePending() const { return m_derivedPending; }
    // A window that shows the session says when its first page is painted
    // (finishOpeningSoon()); without one, opening finishes on the event
    // loop's next turn.
    void setOpeningFinishedByView(bool on) { m_viewFinishesOpening = on; }
    // Brings the derived state up to date on the event loop's next turn.
    void finishOpeningSoon();

    // A message for the status bar when the derived state could not be
    // brought up to date ("" when it was).
    QString derivedStateError() const { return m_derivedError; }

signals:
    void opened();
    void aboutToClose();
    void changed(rapport::Changes what, const QList<qint64> &contactIds);

private:
    void releaseStores();
    // Tiers and scores up to today (a new day may lapse tiers); cheap when
    // nothing changed (core's DerivedState, as the CLI on open).
    void bringDerivedStateUpToDate();
    void emitChanged(Changes what, const QList<qint64> &contactIds);
    // What opening left for after the first paint.
    void finishOpening(quint64 serial);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<ContactStore> m_contacts;
    std::unique_ptr<EngagementStore> m_engagement;
    std::unique_ptr<ContentStore> m_content;
    std::unique_ptr<TimelineStore> m_timeline;
    std::unique_ptr<OutreachStore> m_outreach;
    std::unique_ptr<ValueGivenStore> m_values;
    std::unique_ptr<TemplateStore> m_templates;
    std::unique_ptr<KeepInTouchStore> m_keepInTouch;
    std::unique_ptr<SnapshotStore> m_snapshots;
    std::unique_ptr<ScoreStore> m_scores;
    std::unique_ptr<QuickCapture> m_quickCapture;
    std::unique_ptr<DerivedState> m_derived;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    bool m_derivedPending = false;
    bool m_viewFinishesOpening = false;
    quint64 m_openSerial = 0;
    QUndoStack *m_undoStack = nullptr;
    QTimer *m_externalTimer = nullptr;
    qint64 m_seenExternalChanges = 0;
    QString m_derivedError;
};

} // namespace rapport
