#pragma once

// Writes rapport-cli's results to stdout and its messages to stderr, as UTF-8,
// so every command prints the same way whatever the console. Text output
// never passes a control character through: names and notes come from
// imported files and must not move the cursor, recolour or retitle the
// terminal, so each one is shown as a visible \xHH escape (JSON output is
// escaped by JSON's own rules instead).

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

    // What the terminal is shown instead of control characters: C0 controls,
    // DEL and C1 controls become \xHH (ESC is \x1b). Line feeds and tabs
    // stay when `keepLineBreaks` (multi-line text such as notes); a value
    // shown on one line passes false so that it cannot break its line.
    static QString escaped(const QString &text, bool keepLineBreaks = true);

private:
    bool m_progressShown = false;
};

} // namespace rapport
