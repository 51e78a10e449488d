#pragma once

// Value the user offered a contact first (DOMAIN.md: "be the one to offer
// value first"): a how-to, an introduction, a recommendation, an
// endorsement, or something else.

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace rapport {

struct ValueGiven
{
    qint64 id = 0;
    qint64 contactId = 0;
    QString kind; // howto, introduction, recommendation, endorsement, other
    QDate date;
    QString note;
    QDateTime createdAt; // UTC, set by the store

    static QStringList kinds()
    {
        return {QStringLiteral("howto"), QStringLiteral("introduction"),
                QStringLiteral("recommendation"), QStringLiteral("endorsement"),
                QStringLiteral("other")};
    }
    bool operator==(const ValueGiven &o) const
    {
        return id == o.id && contactId == o.contactId && kind == o.kind && date == o.date &&
               note == o.note;
    }
    bool operator!=(const ValueGiven &o) const { return !(*this == o); }
};

} // namespace rapport
