#pragma once

// A person in the user's network, as stored in the contact table.

#include "domain/Tier.h"

#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace rapport {

struct Contact
{
    qint64 id = 0;
    QString firstName;
    QString lastName;
    QString profileUrl; // as the user gave it (canonical form when known)
    QString slug;       // normalised /in/<slug>; empty when unknown
    QString position;   // position or LinkedIn headline
    QString company;
    QString industry;
    QString location;
    QString email;
    int degree = 0; // 1, 2, 3; 0 = unknown
    QDate connectedOn;
    bool followsMe = false;
    QString notes;
    QStringList tags;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    // Derived from engagement events by EngagementStore; read-only here.
    int tierKey = Tier::NoneKey;
    QDate lastEngagedOn;
    // The stored connection score 0-100, as of ScoreStore's last refresh.
    int score = 0;

    Tier tier() const { return Tier::fromKey(tierKey); }

    QString fullName() const;
    // The same for a first and last name not (yet) in a Contact.
    static QString fullName(const QString &firstName, const QString &lastName);
    bool operator==(const Contact &other) const;
    bool operator!=(const Contact &other) const { return !(*this == other); }
};

} // namespace rapport

Q_DECLARE_METATYPE(rapport::Contact)
