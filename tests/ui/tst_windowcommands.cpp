// The Contact menu's commands act on the person the current page shows:
// on Outreach (and Today) the selection beside the list, not the Contacts
// page's selection out of sight.

#include "SeamTesting.h"
#include "common/DialogRunner.h"
#include "contacts/ContactDetailPanel.h"
#include "contacts/ContactSidePanel.h"
#include "contacts/ContactsPage.h"
#include "outreach/ComposeDialog.h"
#include "outreach/OutreachPage.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"
#include "shell/PreferencesDialog.h"
#include "shell/WindowCommands.h"
#include "store/ContactStore.h"
#include "store/OutreachStore.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_WindowCommands : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    qint64 addContact(const QString &first, const QString &last)
    {
        Contact c;
        c.firstName = first;
        c.lastName = last;
        QString error;
        if (!m_window->contactStore()->add(c, &error))
            qWarning("%s", qPrintable(error));
        return c.id;
    }

    // The contact Compose opens for, 0 when it does not open.
    qint64 composedFor()
    {
        qint64 to = 0;
        DialogRunner::setNextHandler<ComposeDialog>(u"composeDialog"_s, [&](ComposeDialog &dialog) {
            to = dialog.outreach().contactId;
            return false;
        });
        m_window->commands()->composeMessage();
        return to;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
        SeamTesting::start();
        m_window = std::make_unique<MainWindow>(*m_settings);
        QVERIFY(m_window->openDatabase(m_dir->filePath(u"c.sqlite"_s)));
    }
    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void composeWritesToThePersonThePageShows()
    {
        const qint64 mara = addContact(u"Mara"_s, u"Quist"_s);
        const qint64 ben = addContact(u"Ben"_s, u"Okafor"_s);
        QVERIFY(mara > 0 && ben > 0);
        Outreach o;
        o.contactId = ben;
        o.channel = u"message"_s;
        o.direction = u"in"_s;
        o.body = u"Could we talk next week?"_s;
        o.happenedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        QString error;
        QVERIFY2(m_window->outreachStore()->add(o, &error), qPrintable(error));

        // Mara is selected on the Contacts page.
        m_window->showPage(MainWindow::Page::Contacts);
        m_window->contactsPage()->contactsChanged(mara);
        QVERIFY(m_window->contactsPage()->showContact(mara));
        QTRY_COMPARE(m_window->contactsPage()->detailPanel()->contactId(), mara);
        QCOMPARE(m_window->commands()->pageContactId(), mara);
        QCOMPARE(composedFor(), mara);

        // On Outreach, Ben's message is selected and his details shown
        // beside it: Ctrl+M writes to Ben, not to Mara out of sight.
        m_window->showPage(MainWindow::Page::Outreach);
        auto *outreach = m_window->findChild<OutreachPage *>();
        QVERIFY(outreach);
        outreach->reload();
        outreach->selectOutreach(o.id);
        QCOMPARE(outreach->contactPanel()->contactId(), ben);
        QVERIFY(m_window->contactsPage()->detailPanel()->contactId() == mara);
        QCOMPARE(m_window->commands()->pageContactId(), ben);
        QCOMPARE(composedFor(), ben);

        // Back on Contacts: Mara again.
        m_window->showPage(MainWindow::Page::Contacts);
        QCOMPARE(composedFor(), mara);

        // Content and Insights show no one person: the Contact menu's
        // person commands are off there, never aimed at Mara out of sight.
        for (MainWindow::Page page : {MainWindow::Page::Content, MainWindow::Page::Insights}) {
            m_window->showPage(page);
            QCOMPARE(m_window->commands()->pageContactId(), qint64(0));
            auto *compose = m_window->findChild<QAction *>(u"composeAction"_s);
            QVERIFY(compose);
            QVERIFY(!compose->isEnabled());
        }
    }

    void preferencesKeepTheLanguageInTheSettings()
    {
        // Edit ▸ Preferences shows the language the settings hold and saves
        // the one chosen there, for the next start of Rapport and rapport-cli.
        m_settings->setUiLanguage(u"de"_s);
        QString shown;
        DialogRunner::setNextHandler<PreferencesDialog>(
            u"preferencesDialog"_s, [&](PreferencesDialog &dialog) {
                shown = dialog.uiLanguage();
                QComboBox *combo = dialog.languageCombo();
                combo->setCurrentIndex(combo->findData(u"en"_s));
                return true;
            });
        m_window->commands()->editPreferences();
        QCOMPARE(shown, u"de"_s);
        QCOMPARE(Settings(m_dir->filePath(u"settings.ini"_s)).uiLanguage(), u"en"_s);

        // Back to the system's language: nothing is kept.
        DialogRunner::setNextHandler<PreferencesDialog>(
            u"preferencesDialog"_s, [&](PreferencesDialog &dialog) {
                shown = dialog.uiLanguage();
                dialog.languageCombo()->setCurrentIndex(0);
                return true;
            });
        m_window->commands()->editPreferences();
        QCOMPARE(shown, u"en"_s);
        QVERIFY(Settings(m_dir->filePath(u"settings.ini"_s)).uiLanguage().isEmpty());

        // Cancel keeps what was saved.
        m_settings->setUiLanguage(u"de"_s);
        m_settings->sync();
        DialogRunner::setNextHandler<PreferencesDialog>(
            u"preferencesDialog"_s, [](PreferencesDialog &dialog) {
                dialog.languageCombo()->setCurrentIndex(1);
                return false;
            });
        m_window->commands()->editPreferences();
        QCOMPARE(Settings(m_dir->filePath(u"settings.ini"_s)).uiLanguage(), u"de"_s);
    }
};

QTEST_MAIN(tst_WindowCommands)
#include "tst_windowcommands.moc"
