#pragma once

// Runs a dialog modally: the one test seam for dialogs. Every dialog the
// application runs has a stable objectName (e.g. "composeDialog"); a test
// registers a handler for that name, and the runner then calls the handler
// with the dialog, already filled in, instead of running it; the handler's
// answer is the dialog's (true = accepted). For a SavingDialog, true
// presses OK: the dialog checks and saves, and a refused OK keeps it "open"
// for the next handler queued under its name (none: cancelled). While
// testing, a dialog with no handler is not shown and counts as cancelled.

#include <QDialog>
#include <QString>
#include <QStringList>
#include <functional>

namespace rapport {

class DialogRunner
{
public:
    using Handler = std::function<bool(QDialog *dialog)>;

    // True when the dialog was accepted.
    static bool run(QDialog &dialog);

    // Tests: the next dialog named `objectName` goes to `handler` (handlers
    // for one name queue up in order).
    static void setNextHandler(const QString &objectName, Handler handler);
    // The same for a dialog class: `handler` takes a `D &`.
    template <class D, class F> static void setNextHandler(const QString &objectName, F handler)
    {
        setNextHandler(objectName, Handler([handler](QDialog *dialog) {
                           D *typed = qobject_cast<D *>(dialog);
                           return typed && handler(*typed);
                       }));
    }
    // Tests: nothing is shown modally; a dialog without a handler is
    // recorded and counts as cancelled.
    static void setTesting(bool testing);
    // Tests: the objectNames of the dialogs run since the last clear.
    static QStringList ran();
    // Tests: forgets the dialogs run and the handlers not yet used.
    static void clear();
};

} // namespace rapport
