#include "CliOutput.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <unistd.h>
#endif

namespace rapport {

namespace {

void write(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

} // namespace

CliOutput::CliOutput()
{
#ifdef Q_OS_WIN
    // Without this a Windows console shows our UTF-8 names as mojibake.
    SetConsoleOutputCP(CP_UTF8);
#endif
}

void CliOutput::print(const QString &text)
{
    write(stdout, text.toUtf8() + '\n');
}

void CliOutput::printJson(const QJsonObject &object)
{
    write(stdout, QJsonDocument(object).toJson(QJsonDocument::Indented));
}

void CliOutput::error(const QString &text)
{
    endProgress();
    std::fflush(stdout);
    write(stderr, text.toUtf8() + '\n');
}

bool CliOutput::errorIsTerminal() const
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

void CliOutput::progress(const QString &text)
{
    write(stderr, '\r' + text.toUtf8());
    std::fflush(stderr);
    m_progressShown = true;
}

void CliOutput::endProgress()
{
    if (!m_progressShown)
        return;
    write(stderr, QByteArray("\n"));
    m_progressShown = false;
}

} // namespace rapport
