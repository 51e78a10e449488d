// rapport-screenshot: opens the main window on a database at a given size
// and palette, shows a page and saves a PNG of the window (QWidget::grab).
// Used by scripts/screenshots.sh for the README's pictures and by developers
// to look at a page in light and dark without a desktop. Not installed.
// --language (system, en, de) picks the language as Rapport does
// (UiLanguage); --dialog saves one of the window's dialogs instead, as it
// opens over the page.

#include "common/DialogRunner.h"
#include "contacts/ContactsPage.h"
#include "importexport/ChangesDialog.h"
#include "settings/AppIdentity.h"
#include "settings/Settings.h"
#include "settings/UiLanguage.h"
#include "shell/AboutDialog.h"
#include "shell/HelpWindow.h"
#include "shell/KeyboardShortcutsDialog.h"
#include "shell/MainWindow.h"
#include "shell/WindowCommands.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QIcon>
#include <QPalette>
#include <QPixmap>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Light, QColor(0x45, 0x45, 0x45));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Dark, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

rapport::MainWindow::Page pageNamed(const QString &name, bool *ok)
{
    *ok = true;
    if (name == u"today")
        return rapport::MainWindow::Page::Today;
    if (name == u"contacts")
        return rapport::MainWindow::Page::Contacts;
    if (name == u"content")
        return rapport::MainWindow::Page::Content;
    if (name == u"outreach")
        return rapport::MainWindow::Page::Outreach;
    if (name == u"insights")
        return rapport::MainWindow::Page::Insights;
    *ok = false;
    return rapport::MainWindow::Page::Today;
}

void settle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    }
}

// Opens the dialog `name` over the window and saves it to `out`; false when
// there is no such dialog or it did not open.
bool grabDialog(rapport::MainWindow &window, const QString &name, const QString &out, int wait)
{
    bool saved = false;
    const auto grab = [&](QWidget *dialog) {
        dialog->show();
        settle(wait);
        saved = dialog->grab().save(out);
    };
    const auto handle = [&](const QString &objectName) {
        rapport::DialogRunner::setNextHandler(objectName, [&](QDialog *dialog) {
            grab(dialog);
            return false;
        });
    };
    rapport::WindowCommands *commands = window.commands();
    // The person dialogs act on the Contacts page's first contact.
    const auto selectFirst = [&] {
        window.showPage(rapport::MainWindow::Page::Contacts);
        settle(wait);
        if (auto *table = window.findChild<QTableView *>(u"contactsTable"_s))
            table->selectRow(0);
        settle(wait);
    };
    rapport::DialogRunner::setTesting(true);
    if (name == u"preferences") {
        handle(u"preferencesDialog"_s);
        commands->editPreferences();
    } else if (name == u"quickcapture") {
        handle(u"quickCaptureDialog"_s);
        commands->quickCapture();
    } else if (name == u"templates") {
        handle(u"templatesDialog"_s);
        commands->editTemplates();
    } else if (name == u"weeklynumbers") {
        handle(u"weeklyNumbersDialog"_s);
        commands->enterWeeklyNumbers();
    } else if (name == u"tagcadences") {
        handle(u"tagCadencesDialog"_s);
        commands->editTagCadences();
    } else if (name == u"addcontact") {
        handle(u"contactDialog"_s);
        commands->addContact();
    } else if (name == u"compose") {
        selectFirst();
        handle(u"composeDialog"_s);
        commands->composeMessage();
    } else if (name == u"valuegiven") {
        selectFirst();
        handle(u"valueGivenDialog"_s);
        commands->logValueGiven();
    } else if (name == u"keepintouch") {
        selectFirst();
        handle(u"keepInTouchDialog"_s);
        commands->keepInTouch(commands->pageContactId());
    } else if (name == u"shortcuts") {
        rapport::KeyboardShortcutsDialog dialog(&window, &window);
        grab(&dialog);
    } else if (name == u"about") {
        rapport::AboutDialog dialog(&window);
        grab(&dialog);
    } else if (name.startsWith(u"guide")) {
        // guide or guide:TOPIC
        rapport::HelpWindow help;
        help.setShortcutsTable(rapport::KeyboardShortcutsDialog::toHtml(
            rapport::KeyboardShortcutsDialog::collect(&window)));
        help.showTopic(name.section(u':', 1).isEmpty() ? u"index"_s : name.section(u':', 1));
        grab(&help);
    }
    return saved;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    rapport::AppIdentity::apply();
    QApplication::setWindowIcon(QIcon(u":/icons/rapport.svg"_s));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Saves a PNG of Rapport's window."_s);
    parser.addHelpOption();
    const QCommandLineOption dbOption(u"db"_s, u"The database to open."_s, u"path"_s);
    const QCommandLineOption pageOption(
        u"page"_s, u"today, contacts, content, outreach or insights (default today)."_s, u"page"_s,
        u"today"_s);
    const QCommandLineOption sizeOption(u"size"_s, u"Window size (default 1280x720)."_s, u"WxH"_s,
                                        u"1280x720"_s);
    const QCommandLineOption paletteOption(u"palette"_s, u"light or dark (default light)."_s,
                                           u"name"_s, u"light"_s);
    const QCommandLineOption outOption(u"out"_s, u"The PNG to write."_s, u"file"_s);
    const QCommandLineOption waitOption(u"wait"_s, u"Milliseconds to let the page settle."_s,
                                        u"ms"_s, u"800"_s);
    const QCommandLineOption languageOption(u"language"_s,
                                            u"system, en or de (default system: LANGUAGE, LANG)."_s,
                                            u"code"_s, u"system"_s);
    const QCommandLineOption dialogOption(
        u"dialog"_s,
        u"Save a dialog instead: preferences, quickcapture, compose, templates, weeklynumbers, "
        "tagcadences, addcontact, valuegiven, keepintouch, shortcuts, about, guide[:TOPIC]."_s,
        u"name"_s);
    const QCommandLineOption changesOption(
        u"changes-out"_s, u"Also open the Changes view and write it to this PNG."_s, u"file"_s);
    parser.addOptions({dbOption, pageOption, sizeOption, paletteOption, outOption, waitOption,
                       languageOption, dialogOption, changesOption});
    parser.process(app);

    if (!parser.isSet(dbOption) || !parser.isSet(outOption)) {
        qWarning("rapport-screenshot: --db and --out are needed");
        return 2;
    }
    bool pageOk = false;
    const auto page = pageNamed(parser.value(pageOption), &pageOk);
    const QStringList size = parser.value(sizeOption).split(u'x');
    if (!pageOk || size.size() != 2) {
        qWarning("rapport-screenshot: unknown --page or --size");
        return 2;
    }

    const QString language = parser.value(languageOption);
    rapport::UiLanguage::install(
        app, rapport::UiLanguage::chooseForSystem(language == u"system" ? QString() : language),
        QStringLiteral(RAPPORT_QM_DIR));

    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    if (parser.value(paletteOption) == u"dark")
        QApplication::setPalette(darkPalette());

    // Settings of the screenshots stay apart from the user's.
    QTemporaryDir settingsDir;
    rapport::Settings settings(settingsDir.filePath(u"rapport.ini"_s));
    rapport::MainWindow window(settings);
    window.resize(size.at(0).toInt(), size.at(1).toInt());
    window.show();
    if (!window.openDatabase(parser.value(dbOption))) {
        qWarning("rapport-screenshot: the database did not open");
        return 1;
    }
    window.resize(size.at(0).toInt(), size.at(1).toInt());
    window.showPage(page);
    settle(parser.value(waitOption).toInt());
    if (parser.isSet(dialogOption)) {
        if (grabDialog(window, parser.value(dialogOption), parser.value(outOption),
                       parser.value(waitOption).toInt()))
            return 0;
        qWarning("rapport-screenshot: the dialog did not open or could not be saved");
        return 1;
    }
    const QPixmap shot = window.grab();
    if (!shot.save(parser.value(outOption))) {
        qWarning("rapport-screenshot: could not write %s", qPrintable(parser.value(outOption)));
        return 1;
    }
    if (parser.isSet(changesOption)) {
        window.showExportChanges();
        settle(parser.value(waitOption).toInt());
        if (!window.changesDialog() ||
            !window.changesDialog()->grab().save(parser.value(changesOption))) {
            qWarning("rapport-screenshot: could not write %s",
                     qPrintable(parser.value(changesOption)));
            return 1;
        }
    }
    return 0;
}
