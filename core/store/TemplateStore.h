#pragma once

// The message templates to choose from: the starters that ship with
// Rapport and the user's own (kept in the database). A user template with
// a starter's name replaces that starter.

#include "domain/MessageTemplate.h"

#include <QCoreApplication>
#include <QList>
#include <memory>
#include <optional>

namespace rapport {

class Database;
class StatementCache;

class TemplateStore
{
    Q_DECLARE_TR_FUNCTIONS(TemplateStore)

public:
    explicit TemplateStore(Database &db);
    ~TemplateStore();
    TemplateStore(const TemplateStore &) = delete;
    TemplateStore &operator=(const TemplateStore &) = delete;

    // Starters and the user's templates, by channel then name.
    QList<MessageTemplate> all() const;
    // The one with this name (case-insensitive), the user's before a starter's.
    std::optional<MessageTemplate> find(const QString &name) const;
    // Saves a user template (a new one, or one with this id); sets the id.
    bool save(MessageTemplate &t, QString *error);
    bool remove(qint64 id, QString *error);

private:
    Database &m_db;
    std::unique_ptr<StatementCache> m_statements;
};

} // namespace rapport
