#include "domain/ContactQuery.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rapport {

QString ContactCursor::toString() const
{
    QJsonArray array{QJsonValue::fromVariant(key), id};
    if (sort >= 0)
        array.append(sort);
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
                           array.at(1).isDouble() && (array.size() == 2 || array.at(2).isDouble());
        if (shape) {
            cursor.key = array.at(0).toVariant();
            cursor.id = qint64(array.at(1).toDouble());
            cursor.sort = array.size() == 3 ? array.at(2).toInt() : -1;
            good = cursor.id > 0;
        }
    }
    if (ok)
        *ok = good;
    return good ? cursor : ContactCursor{};
}

} // namespace rapport
