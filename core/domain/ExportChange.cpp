#include "domain/ExportChange.h"

using namespace Qt::StringLiterals;

namespace rapport {

QString ExportChange::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::NewConnection:
        return u"new"_s;
    case Kind::Gone:
        return u"gone"_s;
    case Kind::JobChange:
        return u"job"_s;
    case Kind::InvitationAccepted:
        return u"accepted"_s;
    case Kind::NewMessages:
        return u"messages"_s;
    }
    return {};
}

bool ExportChange::kindFromKey(const QString &key, Kind *kind)
{
    for (Kind k : {Kind::NewConnection, Kind::Gone, Kind::JobChange, Kind::InvitationAccepted,
                   Kind::NewMessages}) {
        if (kindKey(k) == key) {
            *kind = k;
            return true;
        }
    }
    return false;
}

} // namespace rapport
