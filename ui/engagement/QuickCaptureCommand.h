#pragma once

// One quick capture as one undoable step: the new contacts it created and
// every engagement it logged go and come back together.

#include "capture/QuickCapture.h"
#include "session/ContactCommand.h"

namespace rapport {

class QuickCaptureCommand : public ContactCommand
{
public:
    // Engagement events, new contacts, tiers and scores; the engagers of the piece.
    Changes changes() const override
    {
        return Changes(Change::Contacts) | Change::Engagement | Change::Content;
    }

    QuickCaptureCommand(ContactStore &store, QuickCapture &capture, const QList<CaptureItem> &items,
                        const QuickCapture::Event &event);

    const CaptureResult &result() const { return m_result; }

protected:
    bool redoChange(QString *error) override;
    bool undoChange(QString *error) override;
    qint64 contactAfterRedo() const override;
    qint64 contactAfterUndo() const override;

private:
    QuickCapture &m_capture;
    QList<CaptureItem> m_items;
    QuickCapture::Event m_event;
    CaptureResult m_result;
    bool m_written = false;
};

} // namespace rapport
