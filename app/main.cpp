// The Rapport window: parses the command line, picks the database and shows
// the main window.

#include "MainWindow.h"
#include "db/Database.h"
#include "settings/AppIdentity.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    rapport::AppIdentity::apply();
    QApplication::setWindowIcon(QIcon(u":/icons/rapport.svg"_s));
    QGuiApplication::setDesktopFileName(u"org.example.rapport"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "A desktop CRM for people who network on LinkedIn."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        u"db"_s, QApplication::translate("main", "Open the database file <path>."),
        QApplication::translate("main", "path"));
    parser.addOption(dbOption);
    parser.process(app);

    rapport::Settings settings;
    QString path = parser.value(dbOption);
    if (path.isEmpty()) {
        const QString last = settings.lastDatabase();
        path = !last.isEmpty() && QFileInfo::exists(last) ? last : rapport::Database::defaultPath();
    }

    rapport::MainWindow window(settings);
    window.show();
    window.openDatabase(path);
    return QApplication::exec();
}
