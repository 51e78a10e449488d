#include "capture/CaptureLayout.h"

#include <QSet>

namespace rapport {

namespace {

// The nearest Text line before (step -1) or after (step +1) `from`, over
// blank and neutral lines (whose viewed names are collected); -1 when a
// degree marker, a button or the edge of the paste comes first (in
// *stoppedAt: Degree, Stop, or Blank for the edge).
qsizetype nearestText(const QList<CaptureLayout::Line> &lines, qsizetype from, int step,
                      QSet<QString> *viewed, CaptureLayout::Line::Kind *stoppedAt = nullptr)
{
    if (stoppedAt)
        *stoppedAt = CaptureLayout::Line::Blank;
    for (qsizetype i = from + step; i >= 0 && i < lines.size(); i += step) {
        const CaptureLayout::Line &line = lines.at(i);
        switch (line.kind) {
        case CaptureLayout::Line::Blank:
            break;
        case CaptureLayout::Line::Neutral:
            if (viewed && !line.viewedNameKey.isEmpty())
                viewed->insert(line.viewedNameKey);
            break;
        case CaptureLayout::Line::Text:
            return i;
        case CaptureLayout::Line::Degree:
        case CaptureLayout::Line::Stop:
            if (stoppedAt)
                *stoppedAt = line.kind;
            return -1;
        }
    }
    return -1;
}

} // namespace

QList<CaptureLayout::Role> CaptureLayout::roles(const QList<Line> &lines, bool *headlineFirst)
{
    QList<Role> out(lines.size(), Role::None);
    int headlineFirstVotes = 0;
    int nameFirstVotes = 0;
    // Two name-like lines above a marker ("Ana Lima", "Storyteller", "• 2nd"):
    // which one is the name depends on the order of the whole paste.
    struct Undecided
    {
        qsizetype above = -1;
        qsizetype name = -1;
        // Nothing but a button or the start of the paste before the two:
        // one person's name and headline, not the end of someone else's.
        bool startsBlock = false;
    };
    QList<Undecided> undecided;

    for (qsizetype d = 0; d < lines.size(); ++d) {
        if (lines.at(d).kind != Line::Degree)
            continue;
        QSet<QString> viewed;
        const qsizetype above = nearestText(lines, d, -1, &viewed);
        if (above < 0)
            continue;
        const qsizetype before = nearestText(lines, above, -1, &viewed);
        // What precedes those two, over the same name copied twice ("Ana
        // Lima", "Ana Lima": the link's text and the name).
        Line::Kind beforeThat = Line::Text;
        for (qsizetype at = before; at >= 0;) {
            at = nearestText(lines, at, -1, &viewed, &beforeThat);
            if (at >= 0 && lines.at(at).nameKey != lines.at(before).nameKey) {
                beforeThat = Line::Text;
                break;
            }
        }
        const Line &a = lines.at(above);
        const bool beforeIsName = before >= 0 && lines.at(before).name;
        const auto nameAndHeadline = [&out](qsizetype name, qsizetype headline) {
            out[name] = Role::Name;
            out[headline] = Role::Headline;
        };

        // "View Ana Lima's profile" says which line is the name.
        if (a.name && viewed.contains(a.nameKey)) {
            out[above] = Role::Name;
        } else if (beforeIsName && viewed.contains(lines.at(before).nameKey)) {
            nameAndHeadline(before, above);
            ++headlineFirstVotes;
        } else if (!a.name && beforeIsName) {
            nameAndHeadline(before, above); // name, headline, marker
            ++headlineFirstVotes;
        } else if (a.name) {
            out[above] = Role::Name;
            if (beforeIsName && lines.at(before).nameKey != a.nameKey)
                undecided << Undecided{above, before,
                                       beforeThat != Line::Text && beforeThat != Line::Degree};
        } else if (a.nameIfConfirmed) {
            out[above] = Role::Name; // a name in lower case
        } else {
            out[above] = Role::Headline; // of someone unnamed ("LinkedIn Member")
        }

        // LinkedIn's order: a headline right under the marker.
        const qsizetype below = nearestText(lines, d, +1, nullptr);
        if (below >= 0 && !lines.at(below).name && !lines.at(below).nameIfConfirmed)
            ++nameFirstVotes;
    }

    *headlineFirst = headlineFirstVotes > nameFirstVotes;
    const bool tie = headlineFirstVotes == nameFirstVotes;
    for (const Undecided &u : std::as_const(undecided)) {
        if (*headlineFirst || (tie && u.startsBlock)) {
            out[u.name] = Role::Name;
            out[u.above] = Role::Headline;
        }
    }
    return out;
}

bool CaptureLayout::endsComment(const QList<Line> &lines, qsizetype line)
{
    for (qsizetype i = line + 1; i < lines.size(); ++i) {
        if (lines.at(i).kind != Line::Blank)
            return lines.at(i).kind == Line::Stop && lines.at(i).commentAction;
    }
    return false;
}

bool CaptureLayout::isCompanyPage(const QList<Line> &lines, qsizetype line, qsizetype nameLine)
{
    if (nameLine < 0 || line >= lines.size() || !lines.at(line).followers)
        return false;
    for (qsizetype i = line - 1; i >= 0; --i) {
        const Line::Kind kind = lines.at(i).kind;
        if (kind != Line::Blank && kind != Line::Neutral)
            return i == nameLine;
    }
    return false;
}

} // namespace rapport
