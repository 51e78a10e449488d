#pragma once

// Makes believable synthetic contacts (names from many cultures, invented
// companies, real industries and cities) for demos, tests and benchmarks.
// The same seed always gives the same people.

#include "domain/Contact.h"

#include <QList>
#include <QRandomGenerator>
#include <functional>

namespace rapport {

class ContactStore;

class DemoGenerator
{
public:
    explicit DemoGenerator(quint32 seed = 20261121);

    // The next synthetic contact; `serial` makes its profile slug unique.
    Contact nextContact(qint64 serial);
    // Adds `count` contacts in batches of one transaction each. `progress`
    // receives the number added so far and may cancel by returning false.
    bool fill(ContactStore &store, int count, QString *error,
              const std::function<bool(int done)> &progress = {});

private:
    QRandomGenerator m_random;
    QDate m_today;
};

} // namespace rapport
