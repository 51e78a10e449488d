#include "domain/ContactQuery.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rapport {

QString ContactCursor::toString() const
{
    QJsonArray array{QJsonValue::fromVariant(key), id};
    if (!order.isEmpty())
        array.append(order);
    return QString::fromLatin1(
        QJsonDocument(array)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

ContactCursor ContactCursor::fromString(const QString &text, bool *ok)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    ContactCursor cursor;
    bool good = false;
    if (decoded) {
        const QJsonDocument doc = QJsonDocument::fromJson(*decoded);
        const QJsonArray array = doc.array();
        const bool shape = doc.isArray() && (array.size() == 2 || array.size() == 3) &&
                           array.at(1).isDouble() && (array.size() == 2 || array.at(2).isString());
        if (shape) {
            cursor.key = array.at(0).toVariant();
            cursor.id = qint64(array.at(1).toDouble());
            cursor.order = array.size() == 3 ? array.at(2).toString() : QString();
            good = cursor.id > 0;
        }
    }
    if (ok)
        *ok = good;
    return good ? cursor : ContactCursor{};
}

QString ContactCursor::orderName(ContactSort sort)
{
    switch (sort) {
    case ContactSort::Name:
        return QStringLiteral("name");
    case ContactSort::Company:
        return QStringLiteral("company");
    case ContactSort::Position:
        return QStringLiteral("position");
    case ContactSort::Location:
        return QStringLiteral("location");
    case ContactSort::Industry:
        return QStringLiteral("industry");
    case ContactSort::ConnectedOn:
        return QStringLiteral("connected-on");
    case ContactSort::Degree:
        return QStringLiteral("degree");
    case ContactSort::Created:
        return QStringLiteral("created");
    case ContactSort::Tier:
        return QStringLiteral("tier");
    case ContactSort::LastEngaged:
        return QStringLiteral("last-engaged");
    case ContactSort::Id:
        return QStringLiteral("id");
    case ContactSort::Score:
        return QStringLiteral("score");
    }
    return {};
}

bool ContactCursor::fits(ContactSort sort) const
{
    const bool numeric = sort == ContactSort::Degree || sort == ContactSort::Tier ||
                         sort == ContactSort::Id || sort == ContactSort::Score;
    const int type = key.typeId();
    if (numeric)
        return type == QMetaType::Double || type == QMetaType::Int || type == QMetaType::LongLong;
    return type == QMetaType::QString;
}

} // namespace rapport
