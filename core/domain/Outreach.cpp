#include "domain/Outreach.h"

using namespace Qt::StringLiterals;

namespace rapport {

QStringList Outreach::channels()
{
    return {u"message"_s, u"inmail"_s, u"invitation"_s, u"email"_s, u"call"_s};
}

QStringList Outreach::directions()
{
    return {u"out"_s, u"in"_s};
}

QStringList Outreach::outcomes()
{
    return {u"replied"_s, u"not-interested"_s, u"accepted"_s, u"declined"_s,
            u"ignored"_s, u"dont-know"_s,      u"withdrawn"_s};
}

bool Outreach::operator==(const Outreach &other) const
{
    return id == other.id && contactId == other.contactId && channel == other.channel &&
           direction == other.direction && happenedAt == other.happenedAt &&
           subject == other.subject && body == other.body && outcome == other.outcome &&
           outcomeAt == other.outcomeAt && conversation == other.conversation &&
           sourceKey == other.sourceKey && templateName == other.templateName &&
           askedNegative == other.askedNegative && replyTo == other.replyTo;
}

} // namespace rapport
