#include "common/DialogRunner.h"

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
    auto found = s.handlers.find(name);
    if (found != s.handlers.end() && !found->isEmpty()) {
        const Handler handler = found->takeFirst();
        if (found->isEmpty())
            s.handlers.erase(found);
        s.ran << name;
        const bool accepted = handler(&dialog);
        dialog.setResult(accepted ? QDialog::Accepted : QDialog::Rejected);
        return accepted;
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
