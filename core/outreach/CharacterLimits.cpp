#include "outreach/CharacterLimits.h"

#include <QTextBoundaryFinder>

using namespace Qt::StringLiterals;

namespace rapport {

int CharacterLimits::limit(const QString &channel, Part part, int invitationNoteLimit)
{
    if (channel == u"invitation"_s) {
        if (part == Part::Subject)
            return 0;
        return invitationNoteLimit > 0 ? invitationNoteLimit : DefaultInvitationNoteLimit;
    }
    if (channel == u"inmail"_s)
        return part == Part::Subject ? InMailSubjectLimit : InMailBodyLimit;
    if (channel == u"message"_s)
        return part == Part::Subject ? 0 : MessageLimit;
    return 0;
}

int CharacterLimits::count(const QString &text)
{
    if (text.isEmpty())
        return 0;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    int graphemes = 0;
    while (finder.toNextBoundary() != -1)
        ++graphemes;
    return graphemes;
}

int CharacterLimits::overflowStart(const QString &text, int limit)
{
    if (limit <= 0 || text.isEmpty())
        return -1;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    int graphemes = 0;
    qsizetype boundary = 0;
    while ((boundary = finder.toNextBoundary()) != -1) {
        ++graphemes;
        if (graphemes == limit)
            return boundary < text.size() ? int(boundary) : -1;
    }
    return -1;
}

} // namespace rapport
