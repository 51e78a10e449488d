#pragma once

// rapport-cli's front door: reads the global options, dispatches to the
// command and turns the outcome into the exit status the README promises.

#include <QCoreApplication>
#include <QStringList>

namespace rapport {

class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    // `args` as from QCoreApplication::arguments(), program name first.
    // Returns the exit status.
    int run(const QStringList &args);
    static QString usage();
    // The first lines of usage(), for bad usage: enough to see the mistake.
    static QString briefUsage();
};

} // namespace rapport
