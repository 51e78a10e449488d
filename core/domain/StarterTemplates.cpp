#include "domain/StarterTemplates.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

MessageTemplate starter(const QString &name, const QString &channel, const QString &subject,
                        const QString &body)
{
    MessageTemplate t;
    t.name = name;
    t.channel = channel;
    t.subject = subject;
    t.body = body;
    t.builtIn = true;
    return t;
}

} // namespace

QList<MessageTemplate> StarterTemplates::all()
{
    const QString none;
    return {
        starter(tr("Follower \u2192 connection"), u"message"_s, none,
                tr("Hi {first_name},\n\n"
                   "Thank you for following my posts. LinkedIn doesn't always tell followers when "
                   "I publish, and following only goes one way, so I'd like us to be connected "
                   "instead.\n\n"
                   "If you'd like that too, send me an invitation and I'll accept it. Either way, "
                   "I'm glad what I write is useful to you.\n\n"
                   "{my_name}")),
        starter(tr("Thank a commenter"), u"message"_s, none,
                tr("Hi {first_name},\n\n"
                   "Thank you for your comment on \u201C{content_title}\u201D. I'd like to hear "
                   "more about how this looks from where you sit at {company}.\n\n"
                   "If it's useful, I can send you a short how-to I wrote on the topic, or "
                   "introduce you to someone in my network who works on the same problem.\n\n"
                   "{my_name}")),
        starter(tr("Welcome a new connection"), u"message"_s, none,
                tr("Hi {first_name},\n\n"
                   "Thanks for connecting. I'd like to know what you're working on at {company} "
                   "these days, and whether there's anyone in my network it would help you to "
                   "meet. If there is, I'm happy to introduce you.\n\n"
                   "{my_name}")),
        starter(tr("Congratulate on the new role"), u"message"_s, none,
                tr("Hi {first_name},\n\n"
                   "Congratulations on the new role at {company}! I'd like to hear what drew "
                   "you there and what you'll be working on first.\n\n"
                   "If there's anyone in my network it would help you to meet as you settle in, "
                   "I'm happy to introduce you.\n\n"
                   "{my_name}")),
        starter(tr("15-minute call"), u"message"_s, none,
                tr("Hi {first_name},\n\n"
                   "We've been connected for a while, but we haven't talked in months and I'd "
                   "like to change that. Would you be up for a 15-minute call in the next couple "
                   "of weeks?\n\n"
                   "No agenda: I'd like to hear what's keeping you busy at {company}, and whether "
                   "there's someone in my network I could introduce you to.\n\n"
                   "{my_name}")),
        starter(tr("InMail: first contact"), u"inmail"_s, tr("A how-to for your work at {company}"),
                tr("Hi {first_name},\n\n"
                   "I write about {industry} here on LinkedIn, and I'd like to be useful to you "
                   "before I ask you for anything. I can send you a short how-to on a problem "
                   "many people in your role run into, or introduce you to someone in my network "
                   "who works on similar things. Would either help?\n\n"
                   "If this isn't relevant, just reply 'Not interested' \u2014 that helps me "
                   "too.\n\n"
                   "{my_name}")),
        starter(tr("Invitation note"), u"invitation"_s, none,
                tr("Hi {first_name}, I came across your work at {company} and would like to "
                   "connect. If there's anyone in my network you'd like to meet, I'm happy to "
                   "introduce you. {my_name}")),
    };
}

} // namespace rapport
