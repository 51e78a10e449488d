#pragma once

// Reads a draft the way its recipient will and flags what recipients say
// they don't want (DOMAIN.md, Outreach): product news, a push for a sales
// meeting or a phone call, "#1" claims, self-congratulation, an InMail with
// no invitation to say no, text over LinkedIn's limit, and nothing personal.
// It only advises: the user may send anything.
//
// Matching ignores case and accents, treats curly quotes and apostrophes as
// straight ones and any run of spaces or line breaks as one space, and
// works on whole words ("phoneme", "callback", "#10" and "demographic" are
// not hits).
//
// Calls: the seed's own advice is to invite a connection you haven't talked
// to in months to a 15-minute call, so a plain request for a call ("a
// 15-minute call", "schedule a call", "on the phone") is flagged only where
// it pushes on someone who doesn't know the user yet, InMails and
// invitation notes, or where the text also sells (product news, a demo, "our
// services", pricing). The pushy forms ("hop on a call", "jump on a quick
// call", "get you on the phone", asking for their number, "I'll call you")
// are flagged in every channel.
//
// Rankings: "#1", "number one", "leading provider", "best-in-class" are
// flagged wherever they appear, quotes included, since a reader skimming
// sees the claim and the linter cannot tell whose it is; when the ranking
// is the reader's own ("your #1 priority", "your award-winning podcast")
// it is not a boast and is not flagged.

#include "outreach/CharacterLimits.h"
#include "outreach/LintFlag.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace rapport {

class MessageLinter
{
    Q_DECLARE_TR_FUNCTIONS(MessageLinter)

public:
    // The stable flag codes, in the order a settings page would list them.
    static QStringList codes();

    // Flags for a draft on channel (message, inmail, invitation, email,
    // call), subject first then body, each by position; flags about the
    // whole message (start -1) come last. Call notes and an empty draft get
    // no flags: nobody receives them.
    //
    // recipient holds the person's details keyed like TemplateRenderer's
    // values (first_name, company, content_title...); when given, a body
    // that mentions none of them and uses no placeholder is flagged
    // "no-personal-detail". A generic greeting ("Dear Sir or Madam", "Hi
    // there", a bare "Hi,") is flagged without it. invitationNoteLimit is
    // the user's setting for invitation notes.
    static QList<LintFlag>
    lint(const QString &channel, const QString &subject, const QString &body,
         const QHash<QString, QString> &recipient = {},
         int invitationNoteLimit = CharacterLimits::DefaultInvitationNoteLimit);

    // Whether the text asks for a negative answer, which returns an InMail
    // credit as surely as a yes: reply "Not interested", "if you're not
    // interested, just say so", "just say no", "a simple no is fine", "even a
    // no", "let me know either way"...
    static bool asksForNegativeAnswer(const QString &body);
};

} // namespace rapport
