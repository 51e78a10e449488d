#pragma once

// The templates Rapport ships: short, personal starting points that offer
// value first, for the outreach DOMAIN.md describes (followers into
// connections, thanks, welcomes, the 15-minute reconnect call, InMail, and
// an invitation note).

#include "domain/MessageTemplate.h"

#include <QCoreApplication>
#include <QList>

namespace rapport {

class StarterTemplates
{
    Q_DECLARE_TR_FUNCTIONS(StarterTemplates)

public:
    static QList<MessageTemplate> all();
};

} // namespace rapport
