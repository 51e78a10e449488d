#include "common/DialogRunner.h"

#include "common/SavingDialog.h"

#include <QHash>
#include <QList>
#include <QtGlobal>

namespace rapport {

namespace {

struct DialogRunnerState
{
    bool testing = false;
    QHash<QString, QList<DialogRunner::Handler>> handlers;
    QStringList ran;
};

DialogRunnerState &state()
{
    static DialogRunnerState s;
    return s;
}

} // namespace

bool DialogRunner::run(QDialog &dialog)
{
    DialogRunnerState &s = state();
    const QString name = dialog.objectName();
    Q_ASSERT_X(!name.isEmpty(), "DialogRunner::run", "every dialog run has an objectName");
    auto *saving = qobject_cast<SavingDialog *>(&dialog);
    for (;;) {
        auto found = s.handlers.find(name);
        if (found == s.handlers.end() || found->isEmpty())
            break;
        const Handler handler = found->takeFirst();
        if (found->isEmpty())
            s.handlers.erase(found);
        s.ran << name;
        dialog.setResult(QDialog::Rejected);
        const bool accepted = handler(&dialog);
        if (!accepted) {
            dialog.setResult(QDialog::Rejected);
            return false;
        }
        if (!saving) {
            dialog.setResult(QDialog::Accepted);
            return true;
        }
        // OK as the person presses it: checked and saved while open (unless
        // the handler pressed it already).
        if (dialog.result() != QDialog::Accepted)
            saving->accept();
        if (dialog.result() == QDialog::Accepted)
            return true;
        // Refused: the dialog stays open for the next handler, as for a
        // person, or counts as cancelled when there is none.
        if (!s.handlers.contains(name))
            return false;
    }
    if (s.testing) {
        s.ran << name;
        qWarning("DialogRunner: no handler for the dialog %s; it counts as cancelled",
                 qPrintable(name));
        dialog.setResult(QDialog::Rejected);
        return false;
    }
    return dialog.exec() == QDialog::Accepted;
}

void DialogRunner::setNextHandler(const QString &objectName, Handler handler)
{
    state().handlers[objectName].append(std::move(handler));
}

void DialogRunner::setTesting(bool testing)
{
    state().testing = testing;
}

QStringList DialogRunner::ran()
{
    return state().ran;
}

void DialogRunner::clear()
{
    state().handlers.clear();
    state().ran.clear();
}

} // namespace rapport
