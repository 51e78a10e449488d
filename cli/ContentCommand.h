#pragma once

// rapport-cli content add|metrics|history|list: the user's posts and
// articles, the numbers LinkedIn showed for them (each reading), and how
// posts compare with articles.

#include "domain/ContentPiece.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace rapport {

class CliSession;
class ContentStore;

class ContentCommand
{
    Q_DECLARE_TR_FUNCTIONS(ContentCommand)

public:
    explicit ContentCommand(CliSession &session);

    // `args` follow the word "content". Returns the exit code.
    int run(const QStringList &args);
    // How to call each content command, for --help.
    static QString synopsis();
    // The piece a CONTENT argument means: a numeric id (#12 too) or the
    // piece's URL (with or without https:// or a trailing slash).
    static std::optional<ContentPiece> resolve(const ContentStore &store, const QString &text,
                                               QString *error);

private:
    static QString synopsis(const QString &subcommand);
    static QString usage(const QString &subcommand);

    int add(const QStringList &args);
    int metrics(const QStringList &args);
    int history(const QStringList &args);
    int list(const QStringList &args);

    CliSession &m_session;
};

} // namespace rapport
