#pragma once

// Runs the real rapport-cli for the CLI tests, with HOME and XDG_DATA_HOME
// inside the test's temporary folder so no test can reach the user's own
// database, and collects exit code, stdout and stderr.

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;

    QJsonObject json() const
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            qWarning("stdout is not one JSON object: %s", qPrintable(out));
        return doc.object();
    }
    QStringList outLines() const { return out.split(u'\n', Qt::SkipEmptyParts); }
};

class CliProcess
{
public:
    static QProcessEnvironment isolated(const QString &folder)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), folder + QStringLiteral("/xdg-data"));
        env.insert(QStringLiteral("HOME"), folder + QStringLiteral("/home"));
        // rapport-cli speaks the system's language (or the one chosen in the
        // user's settings): the tests read its English whatever the machine's.
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), folder + QStringLiteral("/xdg-config"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        return env;
    }

    static CliRun run(const QStringList &args, const QProcessEnvironment &environment)
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(RAPPORT_CLI_PATH), args);
        CliRun result;
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
            qWarning("rapport-cli %s did not finish", qPrintable(args.join(u' ')));
            return result;
        }
        result.exitCode = process.exitCode();
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }
};
