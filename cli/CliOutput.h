#pragma once

// Writes rapport-cli's results to stdout and its messages to stderr, as UTF-8,
// so every command prints the same way whatever the console.

#include <QString>

class QJsonObject;

namespace rapport {

class CliOutput
{
public:
    CliOutput();

    // One line of results on stdout.
    void print(const QString &text);
    // The one JSON document a --json command prints on stdout.
    void printJson(const QJsonObject &object);
    // One message on stderr.
    void error(const QString &text);

    // Progress is only worth showing to a person watching; in pipes and logs
    // it would be noise.
    bool errorIsTerminal() const;
    // Rewrites the current stderr line.
    void progress(const QString &text);
    void endProgress();

private:
    bool m_progressShown = false;
};

} // namespace rapport
