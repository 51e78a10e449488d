#include "session/ChangeWatcher.h"

#include "session/Session.h"

#include <QEvent>
#include <QWidget>

namespace rapport {

ChangeWatcher::ChangeWatcher(QWidget *view, Changes shows, Reload reload)
    : QObject(view)
    , m_view(view)
    , m_shows(shows)
    , m_reload(std::move(reload))
{
    view->installEventFilter(this);
}

void ChangeWatcher::setSession(Session *session)
{
    if (m_connection)
        disconnect(m_connection);
    m_session = session;
    m_pending = Changes();
    m_pendingIds.clear();
    if (session)
        m_connection = connect(session, &Session::changed, this, &ChangeWatcher::onChanged);
}

void ChangeWatcher::onChanged(Changes what, const QList<qint64> &contactIds)
{
    if (!(what & m_shows))
        return;
    m_pending |= what;
    for (const qint64 id : contactIds) {
        if (!m_pendingIds.contains(id))
            m_pendingIds << id;
    }
    if (m_view->isVisible())
        flush();
}

void ChangeWatcher::flush()
{
    if (!isDirty())
        return;
    const Changes what = m_pending;
    const QList<qint64> ids = m_pendingIds;
    m_pending = Changes();
    m_pendingIds.clear();
    m_reload(what, ids);
}

bool ChangeWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Show)
        flush();
    return QObject::eventFilter(watched, event);
}

} // namespace rapport
