#pragma once

// rapport-cli demo: fills a database with believable synthetic contacts, posts
// and articles and the contacts' engagement, for trying Rapport out and for
// testing at scale.

#include <QCoreApplication>
#include <QStringList>

namespace rapport {

class CliSession;

class DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    explicit DemoCommand(CliSession &session);

    // `args` follow the word "demo". Returns the exit code.
    int run(const QStringList &args);
    static QString synopsis();

private:
    CliSession &m_session;
};

} // namespace rapport
