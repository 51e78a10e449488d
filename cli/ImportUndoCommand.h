#pragma once

// rapport-cli import undo [ID]: undoes the last import (or import ID), see
// ImportUndo.

#include <QCoreApplication>
#include <QStringList>

namespace rapport {

class CliSession;

class ImportUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportUndoCommand)

public:
    explicit ImportUndoCommand(CliSession &session);

    // `args` follow the words "import undo". Returns the exit code.
    int run(const QStringList &args);
    static QString synopsis();

private:
    CliSession &m_session;
};

} // namespace rapport
