#include "shell/AfterFirstPaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <QWindow>

namespace rapport {

AfterFirstPaint::AfterFirstPaint(QWindow *window, std::function<void()> step)
    : QObject(window)
    , m_window(window)
    , m_step(std::move(step))
{
    window->installEventFilter(this);
}

void AfterFirstPaint::run(QWidget *window, int fallbackMs, std::function<void()> step)
{
    QWindow *handle = window ? window->windowHandle() : nullptr;
    if (!window || !window->isVisible() || !handle) {
        step();
        return;
    }
    if (handle->isExposed()) {
        window->repaint();
        step();
        return;
    }
    auto *waiter = new AfterFirstPaint(handle, std::move(step));
    QTimer::singleShot(fallbackMs, waiter, &AfterFirstPaint::finish);
}

bool AfterFirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    // The filter sees the expose before the window handles it (and paints
    // its widgets): the step runs on the next turn of the event loop.
    if (watched == m_window && event->type() == QEvent::Expose && m_window->isExposed())
        QTimer::singleShot(0, this, &AfterFirstPaint::finish);
    return QObject::eventFilter(watched, event);
}

void AfterFirstPaint::finish()
{
    if (m_done)
        return;
    m_done = true;
    if (m_window)
        m_window->removeEventFilter(this);
    m_step();
    deleteLater();
}

} // namespace rapport
