#include "outreach/LogOutreachCommand.h"

#include "store/OutreachStore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

QString describe(const Outreach &o)
{
    const bool in = o.direction == u"in"_s;
    if (o.channel == u"inmail"_s)
        return in ? QCoreApplication::translate("LogOutreachCommand", "Log InMail Received")
                  : QCoreApplication::translate("LogOutreachCommand", "Log InMail");
    if (o.channel == u"invitation"_s)
        return in ? QCoreApplication::translate("LogOutreachCommand", "Log Invitation Received")
                  : QCoreApplication::translate("LogOutreachCommand", "Log Invitation");
    if (o.channel == u"email"_s)
        return QCoreApplication::translate("LogOutreachCommand", "Log E-mail");
    if (o.channel == u"call"_s)
        return QCoreApplication::translate("LogOutreachCommand", "Log Call");
    return in ? QCoreApplication::translate("LogOutreachCommand", "Log Message Received")
              : QCoreApplication::translate("LogOutreachCommand", "Log Message");
}

} // namespace

LogOutreachCommand::LogOutreachCommand(ContactStore &contacts, OutreachStore &outreach,
                                       const Outreach &record)
    : ContactCommand(contacts, describe(record))
    , m_outreach(outreach)
    , m_record(record)
{}

bool LogOutreachCommand::redoChange(QString *error)
{
    Outreach o = m_record;
    if (!m_outreach.add(o, error))
        return false;
    m_record = o;
    return true;
}

bool LogOutreachCommand::undoChange(QString *error)
{
    return m_outreach.remove(m_record.id, error);
}

} // namespace rapport
