#include "store/ContactRow.h"

#include "domain/DateText.h"
#include "domain/TextFold.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rapport {

const QString &ContactRow::columns()
{
    static const QString list =
        u"c.id, c.first_name, c.last_name, c.profile_url, c.slug, c.position, c.company, "
        "c.industry, c.location, c.email, c.degree, c.connected_on, c.follows_me, c.notes, "
        "c.tags_text, c.created_at, c.updated_at, c.tier_key, c.last_engaged_on, c.score"_s;
    return list;
}

QString ContactRow::sortColumn(ContactSort sort)
{
    switch (sort) {
    case ContactSort::Name:
        return u"c.sort_name"_s;
    case ContactSort::Company:
        return u"c.company"_s;
    case ContactSort::Position:
        return u"c.position"_s;
    case ContactSort::Location:
        return u"c.location"_s;
    case ContactSort::Industry:
        return u"c.industry"_s;
    case ContactSort::ConnectedOn:
        return u"c.connected_on"_s;
    case ContactSort::Degree:
        return u"c.degree"_s;
    case ContactSort::Created:
        return u"c.created_at"_s;
    case ContactSort::Tier:
        return u"c.tier_key"_s;
    case ContactSort::LastEngaged:
        return u"c.last_engaged_on"_s;
    case ContactSort::Id:
        return u"c.id"_s;
    case ContactSort::Score:
        return u"c.score"_s;
    }
    return u"c.sort_name"_s;
}

QString ContactRow::timestamp(const QDateTime &time)
{
    return DateText::isoUtc(time, true);
}

Contact ContactRow::read(const QSqlQuery &q)
{
    Contact c;
    c.id = q.value(0).toLongLong();
    c.firstName = q.value(1).toString();
    c.lastName = q.value(2).toString();
    c.profileUrl = q.value(3).toString();
    c.slug = q.value(4).toString();
    c.position = q.value(5).toString();
    c.company = q.value(6).toString();
    c.industry = q.value(7).toString();
    c.location = q.value(8).toString();
    c.email = q.value(9).toString();
    c.degree = q.value(10).toInt();
    c.connectedOn = DateText::parseIsoDate(q.value(11).toString());
    c.followsMe = q.value(12).toBool();
    c.notes = q.value(13).toString();
    const QString tags = q.value(14).toString();
    if (!tags.isEmpty())
        c.tags = tags.split(u'\n');
    c.createdAt = DateText::parseIsoUtc(q.value(15).toString());
    c.updatedAt = DateText::parseIsoUtc(q.value(16).toString());
    c.tierKey = q.value(17).toInt();
    c.lastEngagedOn = DateText::parseIsoDate(q.value(18).toString());
    c.score = q.value(19).toInt();
    return c;
}

// Tags are edited as one comma-separated line, so a comma separates tags.
QStringList ContactRow::cleanTags(const QStringList &tags)
{
    QStringList parts;
    for (const QString &t : tags)
        parts += t.split(u',');
    QStringList out;
    for (const QString &t : std::as_const(parts)) {
        const QString tag = t.simplified();
        if (tag.isEmpty())
            continue;
        bool seen = false;
        for (const QString &o : std::as_const(out))
            seen = seen || o.compare(tag, Qt::CaseInsensitive) == 0;
        if (!seen)
            out << tag;
    }
    out.sort(Qt::CaseInsensitive);
    return out;
}

QString ContactRow::sortCollation(ContactSort sort)
{
    switch (sort) {
    case ContactSort::Company:
    case ContactSort::Position:
    case ContactSort::Location:
    case ContactSort::Industry:
        return u" COLLATE NOCASE"_s;
    default:
        return {};
    }
}

QVariant ContactRow::text(const QString &value)
{
    static const QString empty = QString::fromLatin1("", 0);
    return value.isNull() ? QVariant(empty) : QVariant(value);
}

void ContactRow::bind(QSqlQuery &q, const Contact &c)
{
    q.addBindValue(text(c.firstName));
    q.addBindValue(text(c.lastName));
    q.addBindValue(text(TextFold::fold(c.fullName())));
    q.addBindValue(text(c.profileUrl));
    q.addBindValue(c.slug.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(c.slug));
    q.addBindValue(text(c.position));
    q.addBindValue(text(c.company));
    q.addBindValue(text(c.industry));
    q.addBindValue(text(c.location));
    q.addBindValue(text(c.email));
    q.addBindValue(c.degree);
    q.addBindValue(text(DateText::isoDate(c.connectedOn)));
    q.addBindValue(c.followsMe ? 1 : 0);
    q.addBindValue(text(c.notes));
    q.addBindValue(text(c.tags.join(u'\n')));
}

} // namespace rapport
