#pragma once

// Reads and writes how the daily queue treats contacts and tags: a
// contact's cadence, archived, do-not-contact and snooze all at once (so the
// window can undo them as one step), and every tag's cadence. Each write is
// one transaction.

#include "domain/KeepInTouch.h"
#include "domain/TagCadence.h"

#include <QCoreApplication>
#include <QList>
#include <memory>

namespace rapport {

class Database;
class StatementCache;

class KeepInTouchStore
{
    Q_DECLARE_TR_FUNCTIONS(KeepInTouchStore)

public:
    explicit KeepInTouchStore(Database &db);
    ~KeepInTouchStore();
    KeepInTouchStore(const KeepInTouchStore &) = delete;
    KeepInTouchStore &operator=(const KeepInTouchStore &) = delete;

    // nullopt, with the reason, when the contact cannot be read.
    std::optional<KeepInTouch> get(qint64 contactId, QString *error = nullptr) const;
    // Writes the settings (cadence, archived, do-not-contact, snooze). Marking
    // do-not-contact also retires the contact's open queue items ("never"),
    // as the Today page's Never does; `retired` (optional) receives their
    // ids. `reopen` lists queue items to set open again (an undo).
    bool set(qint64 contactId, const KeepInTouch &settings, QString *error,
             QList<qint64> *retired = nullptr, const QList<qint64> &reopen = {});

    // Every tag, by name, with its cadence and how many contacts carry it.
    QList<TagCadence> tagCadences(QString *error = nullptr) const;
    // Sets the cadence of each tag listed (nullopt clears it); all or nothing.
    bool setTagCadences(const QList<TagCadence> &cadences, QString *error);

private:
    Database &m_db;
    std::unique_ptr<StatementCache> m_statements;
};

} // namespace rapport
