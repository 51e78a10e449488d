#pragma once

// Keeps one view current with its Session: when a change touches what the
// view shows, it reloads at once if the view is visible, and otherwise once
// when the view is next shown (a hidden page only marks itself dirty).

#include "session/Change.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QWidget;

namespace rapport {

class Session;

class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    // `reload` is told everything that changed since the view last read.
    using Reload = std::function<void(Changes what, const QList<qint64> &contactIds)>;

    ChangeWatcher(QWidget *view, Changes shows, Reload reload);

    // Listens to another session (nullptr: none); forgets pending changes.
    void setSession(Session *session);
    Session *session() const { return m_session; }
    // True when a change waits for the view to be shown.
    bool isDirty() const { return m_pending != Changes(); }
    // Reloads now if something is pending.
    void flush();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onChanged(Changes what, const QList<qint64> &contactIds);

    QWidget *m_view;
    Changes m_shows;
    Reload m_reload;
    QPointer<Session> m_session;
    QMetaObject::Connection m_connection;
    Changes m_pending;
    QList<qint64> m_pendingIds;
};

} // namespace rapport
