#include "shell/WindowPlacement.h"

#include <QtGlobal>

namespace rapport {

namespace {

// The frame's usual shares of FrameAllowance: thin borders, a title bar.
constexpr int frameSide = 4;
constexpr int frameTop = WindowPlacement::FrameAllowance - frameSide;

// Where the client area may lie so that the frame stays on the screen.
QRect clientRoom(const QRect &available)
{
    return available.adjusted(frameSide, frameTop, -frameSide, -frameSide);
}

} // namespace

QSize WindowPlacement::defaultSize(const QRect &available, const QSize &minimum)
{
    return QSize(1280, 800).boundedTo(clientRoom(available).size()).expandedTo(minimum);
}

QRect WindowPlacement::fitted(const QRect &geometry, const QRect &available, const QSize &minimum)
{
    const QRect room = clientRoom(available);
    const QSize size = geometry.size().boundedTo(room.size()).expandedTo(minimum);
    QRect result(geometry.topLeft(), size);
    // Mostly off the screen (a monitor unplugged since): start centred.
    const QRect seen = result.intersected(room);
    if (!geometry.isValid() || seen.width() * seen.height() < size.width() * size.height() / 4) {
        result.moveCenter(room.center());
    }
    result.moveLeft(
        qBound(room.left(), result.left(), qMax(room.left(), room.right() - size.width() + 1)));
    result.moveTop(
        qBound(room.top(), result.top(), qMax(room.top(), room.bottom() - size.height() + 1)));
    return result;
}

} // namespace rapport
