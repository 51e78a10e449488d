#pragma once

// The one typed facade over QSettings. The window and CLI read preferences
// only through it; tests use a temporary instance backed by an INI file.

#include <QByteArray>
#include <QSettings>
#include <QStringList>
#include <memory>

namespace rapport {

class Settings
{
public:
    // The user's settings in the platform's usual place.
    Settings();
    // Settings kept in one INI file (tests, portable use).
    explicit Settings(const QString &iniFile);

    QString lastDatabase() const;
    void setLastDatabase(const QString &path);

    // Most recent first, at most maxRecentDatabases entries.
    QStringList recentDatabases() const;
    void addRecentDatabase(const QString &path);
    void removeRecentDatabase(const QString &path);
    static constexpr int maxRecentDatabases = 8;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);
    QByteArray headerState(const QString &name) const;
    void setHeaderState(const QString &name, const QByteArray &state);

    // The CSV column mapping last used for files with this header signature
    // (CsvColumnMapping::signature / toString); empty when none.
    QString csvMapping(const QString &signature) const;
    void setCsvMapping(const QString &signature, const QString &mapping);

    // The language chosen in Preferences ("en", "de"); empty: follow the
    // system (UiLanguage). Read when Rapport and rapport-cli start.
    QString uiLanguage() const;
    void setUiLanguage(const QString &language);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace rapport
