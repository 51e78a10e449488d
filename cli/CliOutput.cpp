#include "CliOutput.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

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
    write(stdout, escaped(text).toUtf8() + '\n');
}

void CliOutput::printJson(const QJsonObject &object)
{
    write(stdout, QJsonDocument(object).toJson(QJsonDocument::Indented));
}

void CliOutput::error(const QString &text)
{
    endProgress();
    std::fflush(stdout);
    write(stderr, escaped(text).toUtf8() + '\n');
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
    write(stderr, '\r' + escaped(text, false).toUtf8());
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

QString CliOutput::escaped(const QString &text, bool keepLineBreaks)
{
    const auto isControl = [keepLineBreaks](char16_t c) {
        if (keepLineBreaks && (c == u'\n' || c == u'\t'))
            return false;
        return c < 0x20 || (c >= 0x7f && c <= 0x9f);
    };
    if (std::none_of(text.cbegin(), text.cend(),
                     [&isControl](QChar c) { return isControl(c.unicode()); }))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        // Windows line ends in notes read as the line breaks they are.
        if (keepLineBreaks && c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
            continue;
        if (isControl(c.unicode()))
            out += u"\\x"_s + QString::number(c.unicode(), 16).rightJustified(2, u'0');
        else
            out += c;
    }
    return out;
}

} // namespace rapport
