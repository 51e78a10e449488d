#include "session/UndoStepFollower.h"

#include "common/Prompts.h"
#include "session/ChangeWatcher.h"
#include "session/Session.h"
#include "session/StoreCommand.h"

#include <QUndoStack>
#include <QWidget>

namespace rapport {

UndoStepFollower::UndoStepFollower(QWidget *page, Changes shows, QUndoStack *undo, Reload reload,
                                   RowsChanged rowsChanged, CurrentId currentId)
    : QObject(page)
    , m_page(page)
    , m_undo(undo)
    , m_rowsChanged(std::move(rowsChanged))
    , m_currentId(std::move(currentId))
{
    m_watcher = new ChangeWatcher(
        page, shows, [this, reload = std::move(reload)](Changes, const QList<qint64> &) {
            if (m_stepPending) {
                m_stepPending = false;
                m_rowsChanged(m_selectAfterChange);
            } else {
                reload();
            }
        });
}

void UndoStepFollower::setSession(Session *session)
{
    m_session = session;
    m_stepPending = false;
    m_watcher->setSession(m_session);
}

bool UndoStepFollower::push(std::unique_ptr<StoreCommand> command, QString *error)
{
    follow(*command);
    if (m_session)
        return m_session->push(command.release(), error);
    if (!command->apply(error))
        return false;
    keep(std::move(command));
    return true;
}

void UndoStepFollower::follow(StoreCommand &command)
{
    const QPointer<UndoStepFollower> self(this);
    if (m_session) {
        // The session applies it and tells every view; the page then
        // reloads once and selects the row.
        command.setChangedHandler([self](qint64 id) {
            if (self) {
                self->m_selectAfterChange = id;
                self->m_stepPending = true;
            }
        });
        command.setErrorHandler([self](const QString &message) {
            if (self)
                Prompts::warning(self->m_page, tr("Could Not Undo or Redo"), message);
        });
        return;
    }
    command.setChangedHandler([self](qint64 id) {
        if (self)
            self->m_rowsChanged(id);
    });
    command.setErrorHandler([self](const QString &message) {
        if (!self)
            return;
        Prompts::warning(self->m_page, tr("Could Not Undo or Redo"), message);
        self->m_rowsChanged(self->m_currentId());
    });
}

void UndoStepFollower::keep(std::unique_ptr<StoreCommand> command)
{
    // Without a stack (it went before the page) the change stays, but can
    // no longer be undone.
    if (m_undo)
        m_undo->push(command.release());
}

} // namespace rapport
