#pragma once

// Runs long work (imports, exports) on a worker thread while the window
// stays live, showing a progress dialog with Cancel. The work gets a
// progress callback that returns false once the user has cancelled; it
// must open its own database connection (one connection per thread).

#include <QString>
#include <functional>

class QWidget;

namespace rapport {

class BackgroundTask
{
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    using Work = std::function<bool(const Progress &progress, QString *error)>;

    enum class Outcome { Finished, Failed, Cancelled };

    // Blocks the caller (not the event loop) until the work returns.
    static Outcome run(QWidget *parent, const QString &title, const QString &label,
                       const Work &work, QString *error);
};

} // namespace rapport
