#include "content/ContentUndoCommand.h"

#include <QCoreApplication>

namespace rapport {

namespace {

// Long enough to recognise a title, short enough for a menu item.
constexpr int maxTitleLength = 40;

} // namespace

ContentUndoCommand::ContentUndoCommand(ContentStore &store, const QString &text)
    : StoreCommand(text)
    , m_store(store)
{}

QString ContentUndoCommand::quoted(const QString &title)
{
    QString shown = title.simplified();
    if (shown.size() > maxTitleLength)
        shown = shown.left(maxTitleLength - 1).trimmed() + QChar(0x2026);
    return QCoreApplication::translate("ContentUndoCommand", "“%1”").arg(shown);
}

} // namespace rapport
