#include "engagement/QuickCaptureCommand.h"

#include "common/TierStyle.h"

#include <QCoreApplication>

namespace rapport {

QuickCaptureCommand::QuickCaptureCommand(ContactStore &store, QuickCapture &capture,
                                         const QList<CaptureItem> &items,
                                         const QuickCapture::Event &event)
    : ContactCommand(store, QCoreApplication::translate("QuickCaptureCommand", "Quick Capture: %1")
                                .arg(TierStyle::kindLabel(event.kind)))
    , m_capture(capture)
    , m_items(items)
    , m_event(event)
{}

bool QuickCaptureCommand::redoChange(QString *error)
{
    // The first time plans the writes; later redos put back exactly those.
    if (!m_written) {
        if (!m_capture.apply(m_items, m_event, &m_result, error))
            return false;
        m_written = true;
        return true;
    }
    return m_capture.redo(m_result, error);
}

bool QuickCaptureCommand::undoChange(QString *error)
{
    return m_capture.undo(m_result, error);
}

qint64 QuickCaptureCommand::contactAfterRedo() const
{
    return m_result.events.isEmpty() ? 0 : m_result.events.first().contactId;
}

qint64 QuickCaptureCommand::contactAfterUndo() const
{
    // A contact that still exists after undo: the first one matched, not created.
    for (const Engagement &e : m_result.events) {
        bool created = false;
        for (const Contact &c : m_result.created)
            created = created || c.id == e.contactId;
        if (!created)
            return e.contactId;
    }
    return 0;
}

} // namespace rapport
