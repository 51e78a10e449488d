#pragma once

// What one quick capture wrote, kept so it can be undone and redone as one
// step: the contacts it created and the events it logged, with their ids.

#include "domain/Contact.h"
#include "domain/Engagement.h"

#include <QList>

namespace rapport {

struct CaptureResult
{
    QList<Contact> created;
    QList<Engagement> events;
    int alreadyLogged = 0; // people who already had this engagement on this piece
};

} // namespace rapport
