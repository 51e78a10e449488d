#pragma once

// Runs a step once a window has been painted for the first time, so what is
// stored shows before slower work (tiers and scores brought up to date)
// takes the event loop: at once when the window is hidden (nothing to wait
// for) or already on screen (painted first, synchronously); otherwise after
// the first expose of the window (Qt paints the widgets while handling it),
// or after a fallback delay when no expose comes (a window started
// minimised).

#include <QObject>
#include <QPointer>
#include <functional>

class QWidget;
class QWindow;

namespace rapport {

class AfterFirstPaint : public QObject
{
    Q_OBJECT

public:
    static void run(QWidget *window, int fallbackMs, std::function<void()> step);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    AfterFirstPaint(QWindow *window, std::function<void()> step);
    void finish();

    QPointer<QWindow> m_window;
    std::function<void()> m_step;
    bool m_done = false;
};

} // namespace rapport
