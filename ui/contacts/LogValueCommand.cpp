#include "contacts/LogValueCommand.h"

#include "store/ValueGivenStore.h"

#include <QCoreApplication>

namespace rapport {

LogValueCommand::LogValueCommand(ContactStore &contacts, ValueGivenStore &values,
                                 const ValueGiven &value)
    : ContactCommand(contacts, QCoreApplication::translate("LogValueCommand", "Log Value Given"))
    , m_values(values)
    , m_value(value)
{}

bool LogValueCommand::redoChange(QString *error)
{
    ValueGiven v = m_value;
    if (!m_values.add(v, error))
        return false;
    m_value = v;
    return true;
}

bool LogValueCommand::undoChange(QString *error)
{
    return m_values.remove(m_value.id, error);
}

} // namespace rapport
