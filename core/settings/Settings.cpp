#include "settings/Settings.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace rapport {

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{}

Settings::Settings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

QString Settings::uiLanguage() const
{
    return m_settings->value(u"ui/language"_s).toString();
}

void Settings::setUiLanguage(const QString &language)
{
    if (language.isEmpty())
        m_settings->remove(u"ui/language"_s);
    else
        m_settings->setValue(u"ui/language"_s, language);
}

QString Settings::lastDatabase() const
{
    return m_settings->value(u"database/last"_s).toString();
}

void Settings::setLastDatabase(const QString &path)
{
    m_settings->setValue(u"database/last"_s, path);
}

QStringList Settings::recentDatabases() const
{
    return m_settings->value(u"database/recent"_s).toStringList();
}

void Settings::addRecentDatabase(const QString &path)
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList list = recentDatabases();
    list.removeAll(clean);
    list.prepend(clean);
    while (list.size() > maxRecentDatabases)
        list.removeLast();
    m_settings->setValue(u"database/recent"_s, list);
}

void Settings::removeRecentDatabase(const QString &path)
{
    QStringList list = recentDatabases();
    list.removeAll(path);
    m_settings->setValue(u"database/recent"_s, list);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(u"window/geometry"_s).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(u"window/geometry"_s, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings->value(u"window/state"_s).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(u"window/state"_s, state);
}

QByteArray Settings::splitterState(const QString &name) const
{
    return m_settings->value(u"splitters/"_s + name).toByteArray();
}

void Settings::setSplitterState(const QString &name, const QByteArray &state)
{
    m_settings->setValue(u"splitters/"_s + name, state);
}

QByteArray Settings::headerState(const QString &name) const
{
    return m_settings->value(u"headers/"_s + name).toByteArray();
}

void Settings::setHeaderState(const QString &name, const QByteArray &state)
{
    m_settings->setValue(u"headers/"_s + name, state);
}

QString Settings::csvMapping(const QString &signature) const
{
    return m_settings->value(u"csvMappings/"_s + signature).toString();
}

void Settings::setCsvMapping(const QString &signature, const QString &mapping)
{
    m_settings->setValue(u"csvMappings/"_s + signature, mapping);
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace rapport
