#pragma once

// A starting point for one piece of outreach: a subject and body with
// placeholders such as {first_name}, filled in for each person by
// TemplateRenderer before the user edits and sends it.

#include <QString>

namespace rapport {

struct MessageTemplate
{
    qint64 id = 0;
    QString name;
    QString channel; // message, inmail, invitation, email, call
    QString subject; // InMails and e-mails; empty elsewhere
    QString body;
    bool builtIn = false; // one of StarterTemplates, not written by the user
};

} // namespace rapport
