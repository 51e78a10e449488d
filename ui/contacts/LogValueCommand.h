#pragma once

// Logging value given to a contact as one undo step.

#include "domain/ValueGiven.h"
#include "session/ContactCommand.h"

namespace rapport {

class ValueGivenStore;

class LogValueCommand : public ContactCommand
{
public:
    // A value-given row on the contact (timeline, score).
    Changes changes() const override { return Change::Contacts; }

    LogValueCommand(ContactStore &contacts, ValueGivenStore &values, const ValueGiven &value);

protected:
    bool redoChange(QString *error) override;
    bool undoChange(QString *error) override;
    qint64 contactAfterRedo() const override { return m_value.contactId; }
    qint64 contactAfterUndo() const override { return m_value.contactId; }

private:
    ValueGivenStore &m_values;
    ValueGiven m_value;
};

} // namespace rapport
