#include "ContactFormatter.h"

#include "CliOutput.h"

#include <QJsonValue>
#include <QPair>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString utcText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString localText(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}

} // namespace

QJsonObject ContactFormatter::toJson(const Contact &c)
{
    QJsonObject o;
    o.insert(u"id"_s, c.id);
    o.insert(u"first_name"_s, c.firstName);
    o.insert(u"last_name"_s, c.lastName);
    o.insert(u"full_name"_s, c.fullName());
    o.insert(u"profile_url"_s, c.profileUrl);
    o.insert(u"slug"_s, c.slug);
    o.insert(u"position"_s, c.position);
    o.insert(u"company"_s, c.company);
    o.insert(u"industry"_s, c.industry);
    o.insert(u"location"_s, c.location);
    o.insert(u"email"_s, c.email);
    o.insert(u"degree"_s, c.degree > 0 ? QJsonValue(c.degree) : QJsonValue(QJsonValue::Null));
    o.insert(u"connected_on"_s,
             textOrNull(c.connectedOn.isValid() ? c.connectedOn.toString(Qt::ISODate) : QString()));
    o.insert(u"follows_me"_s, c.followsMe);
    o.insert(u"notes"_s, c.notes);
    o.insert(u"tags"_s, QJsonArray::fromStringList(c.tags));
    const Tier tier = c.tier();
    o.insert(u"tier"_s, textOrNull(tier.name()));
    o.insert(u"tier_lapsed"_s, tier.lapsed);
    o.insert(u"last_engaged_on"_s, textOrNull(dateText(c.lastEngagedOn)));
    o.insert(u"score"_s, c.score);
    o.insert(u"created_at"_s, textOrNull(utcText(c.createdAt)));
    o.insert(u"updated_at"_s, textOrNull(utcText(c.updatedAt)));
    return o;
}

QJsonArray ContactFormatter::toJson(const QList<Contact> &contacts)
{
    QJsonArray array;
    for (const Contact &c : contacts)
        array.append(toJson(c));
    return array;
}

QStringList ContactFormatter::details(const Contact &c)
{
    const QString none = u"-"_s;
    // One line per field: a line break or control character in imported
    // data is shown escaped; only the notes keep their line breaks.
    auto orNone = [&none](const QString &text) {
        return text.isEmpty() ? none : CliOutput::escaped(text, false);
    };
    QString degree = none;
    if (c.degree == 1)
        degree = tr("1st (connected)");
    else if (c.degree == 2)
        degree = tr("2nd");
    else if (c.degree == 3)
        degree = tr("3rd");

    const QList<QPair<QString, QString>> fields = {
        {tr("Id"), QString::number(c.id)},
        {tr("First name"), orNone(c.firstName)},
        {tr("Last name"), orNone(c.lastName)},
        {tr("Profile"), orNone(c.profileUrl)},
        {tr("Position"), orNone(c.position)},
        {tr("Company"), orNone(c.company)},
        {tr("Industry"), orNone(c.industry)},
        {tr("Location"), orNone(c.location)},
        {tr("Email"), orNone(c.email)},
        {tr("Degree"), degree},
        {tr("Connected on"), orNone(dateText(c.connectedOn))},
        {tr("Follows me"), c.followsMe ? tr("yes") : tr("no")},
        {tr("Tier"), tierText(c.tier())},
        {tr("Last engaged"), orNone(dateText(c.lastEngagedOn))},
        {tr("Connection score"), QString::number(c.score)},
        {tr("Tags"), orNone(c.tags.join(u", "_s))},
        {tr("Notes"), c.notes.isEmpty() ? none : CliOutput::escaped(c.notes)},
        {tr("Created"), orNone(localText(c.createdAt))},
        {tr("Updated"), orNone(localText(c.updatedAt))},
    };
    qsizetype width = 0;
    for (const auto &field : fields)
        width = qMax(width, field.first.size() + 1);
    QStringList lines;
    for (const auto &field : fields) {
        // Continuation lines of multi-line notes line up under the first.
        const QStringList valueLines = field.second.split(u'\n');
        lines << (field.first + u':').leftJustified(width) + u' ' + valueLines.first();
        for (qsizetype i = 1; i < valueLines.size(); ++i)
            lines << QString(width + 1, u' ') + valueLines.at(i);
    }
    return lines;
}

QStringList ContactFormatter::rows(const QList<Contact> &contacts)
{
    const auto engagedText = [](const Contact &c) {
        return c.lastEngagedOn.isValid() ? dateText(c.lastEngagedOn) : u"-"_s;
    };
    // One line per contact: line breaks and control characters in imported
    // names are shown escaped, and the columns are measured as shown.
    const auto name = [](const Contact &c) {
        return CliOutput::escaped(c.fullName(), false);
    };
    const auto company = [](const Contact &c) {
        return CliOutput::escaped(c.company, false);
    };
    qsizetype idWidth = 0;
    qsizetype nameWidth = 0;
    qsizetype tierWidth = 0;
    qsizetype engagedWidth = 0;
    qsizetype companyWidth = 0;
    for (const Contact &c : contacts) {
        idWidth = qMax(idWidth, QString::number(c.id).size() + 1);
        nameWidth = qMax(nameWidth, name(c).size());
        tierWidth = qMax(tierWidth, tierText(c.tier()).size());
        engagedWidth = qMax(engagedWidth, engagedText(c).size());
        companyWidth = qMax(companyWidth, company(c).size());
    }
    QStringList lines;
    for (const Contact &c : contacts) {
        QString line = (u'#' + QString::number(c.id)).rightJustified(idWidth) + u"  "_s +
                       name(c).leftJustified(nameWidth) + u"  "_s +
                       tierText(c.tier()).leftJustified(tierWidth) + u"  "_s +
                       engagedText(c).leftJustified(engagedWidth);
        if (!c.position.isEmpty())
            line += u"  "_s + company(c).leftJustified(companyWidth) + u"  "_s +
                    CliOutput::escaped(c.position, false);
        else if (!c.company.isEmpty())
            line += u"  "_s + company(c);
        while (line.endsWith(u' '))
            line.chop(1);
        lines << line;
    }
    return lines;
}

QString ContactFormatter::tierText(const Tier &tier)
{
    if (tier.isNone())
        return u"-"_s;
    return tier.lapsed ? tr("%1 (lapsed)").arg(tier.name()) : tier.name();
}

} // namespace rapport
