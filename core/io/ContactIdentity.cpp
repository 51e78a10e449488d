#include "io/ContactIdentity.h"

#include "db/Database.h"
#include "store/SettingStore.h"

#include <QCryptographicHash>
#include <QHash>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

constexpr quint64 contactMask = (quint64(1) << 62) - 1;

quint64 bitsFor(const QString &databaseUid)
{
    const QByteArray hash =
        QCryptographicHash::hash(databaseUid.toUtf8(), QCryptographicHash::Sha256);
    quint64 bits = 0;
    for (int i = 0; i < 8; ++i)
        bits = (bits << 8) | uchar(hash.at(i));
    // Version 8 (custom) in the high nibble of byte 6.
    bits &= ~(quint64(0xF0) << 8);
    bits |= quint64(0x80) << 8;
    return bits;
}

} // namespace

ContactIdentity ContactIdentity::forDatabase(Database &db)
{
    return ContactIdentity(bitsFor(SettingStore(db).databaseUid()));
}

ContactIdentity ContactIdentity::fromDatabaseUid(const QString &databaseUid)
{
    return ContactIdentity(bitsFor(databaseUid));
}

QString ContactIdentity::uid(qint64 contactId) const
{
    QByteArray bytes(16, '\0');
    const quint64 low = (quint64(1) << 63) | (quint64(contactId) & contactMask); // variant 10
    for (int i = 0; i < 8; ++i) {
        bytes[7 - i] = char((m_bits >> (8 * i)) & 0xFF);
        bytes[15 - i] = char((low >> (8 * i)) & 0xFF);
    }
    return u"urn:uuid:"_s + QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QString ContactIdentity::normalized(const QString &uid)
{
    QString text = uid.trimmed().toLower();
    if (text.startsWith(u"urn:uuid:"_s))
        text.remove(0, 9);
    return text;
}

quint64 ContactIdentity::key(const QString &uid)
{
    return quint64(qHash(normalized(uid), size_t(0)));
}

std::optional<qint64> ContactIdentity::decode(const QString &uid, bool *ours) const
{
    *ours = false;
    const QString text = normalized(uid);
    if (text.size() != 36)
        return std::nullopt;
    const QUuid uuid = QUuid::fromString(text);
    if (uuid.isNull())
        return std::nullopt;
    const QByteArray bytes = uuid.toRfc4122();
    quint64 high = 0;
    quint64 low = 0;
    for (int i = 0; i < 8; ++i) {
        high = (high << 8) | uchar(bytes.at(i));
        low = (low << 8) | uchar(bytes.at(8 + i));
    }
    if (high != m_bits || (low >> 62) != 2)
        return std::nullopt;
    *ours = true;
    const qint64 id = qint64(low & contactMask);
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

std::optional<qint64> ContactIdentity::contactId(const QString &uid) const
{
    bool ours = false;
    return decode(uid, &ours);
}

bool ContactIdentity::isOurs(const QString &uid) const
{
    bool ours = false;
    decode(uid, &ours);
    return ours;
}

} // namespace rapport
