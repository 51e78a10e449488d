// Help ▸ About Rapport and Help ▸ Licence: About names the version, the
// licence (GNU GPL, version 3 or later) with its link and the project's
// address; its Licence… button and Help ▸ Licence show the full GPL text
// bundled from the LICENSE file.

#include "SeamTesting.h"
#include "settings/AppIdentity.h"
#include "settings/Settings.h"
#include "shell/AboutDialog.h"
#include "shell/LicenceDialog.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_AboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void saysVersionLicenceAndProject();
    void aboutActionShowsItAndItsLicenceButtonTheText();
    void licenceActionShowsTheGplText();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void tst_AboutDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
    SeamTesting::start();
}

void tst_AboutDialog::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

void tst_AboutDialog::saysVersionLicenceAndProject()
{
    AboutDialog dialog;
    const QString text = dialog.findChild<QLabel *>(u"aboutText"_s)->text();
    QCOMPARE(text, dialog.text());
    QVERIFY(!AppIdentity::version().isEmpty());
    QVERIFY(text.contains(u"Rapport "_s + AppIdentity::version()));
    QVERIFY(text.contains(u"GNU General Public License, version 3 or later"_s));
    QVERIFY(text.contains(u"href=\"https://www.gnu.org/licenses/gpl-3.0.html\""_s));
    QVERIFY(AboutDialog::projectUrl().startsWith(u"https://"_s));
    QVERIFY(!AboutDialog::projectUrl().contains(u"example"_s));
    QVERIFY(text.contains(u"href=\"%1\""_s.arg(AboutDialog::projectUrl())));
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
}

void tst_AboutDialog::aboutActionShowsItAndItsLicenceButtonTheText()
{
    m_window = std::make_unique<MainWindow>(*m_settings);
    QString licence;
    DialogRunner::setNextHandler<AboutDialog>(u"aboutDialog"_s, [](AboutDialog &dialog) {
        dialog.findChild<QPushButton *>(u"licenceButton"_s)->click();
        return false;
    });
    DialogRunner::setNextHandler<LicenceDialog>(
        u"licenceDialog"_s, [&licence](LicenceDialog &dialog) {
            licence = dialog.findChild<QPlainTextEdit *>(u"licenceText"_s)->toPlainText();
            return false;
        });
    auto *about = m_window->findChild<QAction *>(u"aboutAction"_s);
    QVERIFY(about);
    QCOMPARE(about->menuRole(), QAction::AboutRole);
    about->trigger();
    QCOMPARE(DialogRunner::ran(), (QStringList{u"aboutDialog"_s, u"licenceDialog"_s}));
    QVERIFY(licence.contains(u"GNU GENERAL PUBLIC LICENSE"_s));
    QVERIFY(licence.contains(u"Version 3, 29 June 2007"_s));
}

void tst_AboutDialog::licenceActionShowsTheGplText()
{
    m_window = std::make_unique<MainWindow>(*m_settings);
    const QString text = LicenceDialog::licenceText();
    // The whole text, "or any later version" included, as in LICENSE.
    QVERIFY(text.size() > 30000);
    QVERIFY(text.contains(u"either version 3 of the License, or\n    (at your option) any later "
                          "version."_s));
    QString shown;
    DialogRunner::setNextHandler<LicenceDialog>(
        u"licenceDialog"_s, [&shown](LicenceDialog &dialog) {
            shown = dialog.findChild<QPlainTextEdit *>(u"licenceText"_s)->toPlainText();
            return false;
        });
    m_window->findChild<QAction *>(u"licenceAction"_s)->trigger();
    QCOMPARE(shown, text);
}

QTEST_MAIN(tst_AboutDialog)
#include "tst_aboutdialog.moc"
