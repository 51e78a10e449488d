#pragma once

// The exit statuses of rapport-cli, as promised to scripts (README, rapport-cli --help).

namespace rapport {

enum ExitCode : int {
    ExitSuccess = 0,
    ExitFailure = 1, // the command failed; data unchanged
    ExitUsage = 2,   // the command line was wrong
};

} // namespace rapport
