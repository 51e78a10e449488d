#pragma once

// Where the main window opens: its default size, and any remembered
// geometry moved and shrunk into the screen's available area (what the
// taskbar and panels leave), so the status bar and the bottom buttons are
// never below the screen's edge.

#include <QRect>
#include <QSize>

namespace rapport {

class WindowPlacement
{
public:
    // Room the window manager's frame (title bar, borders) needs around the
    // client area before the window is shown and its frame is known.
    static constexpr int FrameAllowance = 40;

    // The size a first start opens at: 1280×800 where it fits, smaller on
    // a smaller screen; never under `minimum` (the window's own minimum).
    static QSize defaultSize(const QRect &available, const QSize &minimum = QSize());
    // `geometry` (client area) moved and, where needed, shrunk so that it
    // and its frame lie inside `available`; centred when it was off-screen.
    static QRect fitted(const QRect &geometry, const QRect &available,
                        const QSize &minimum = QSize());
};

} // namespace rapport
