// The same template with every placeholder, rendered by the compose window
// (the dialog MainWindow::composeFor builds) and by `rapport-cli outreach
// log --template`: the same text, content_title and my_name included.

#include "SeamTesting.h"
#include "outreach/ComposeDialog.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"
#include "shell/WindowCommands.h"
#include "store/ContactStore.h"

#include "CliProcess.h"
#include "EveryPlaceholder.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_TemplateValuesWindow : public QObject
{
    Q_OBJECT

private slots:
    void windowAndCliRenderTheSameText()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"t.sqlite"_s);
        qint64 id = 0;
        {
            Database db;
            QString error;
            QVERIFY2(db.open(path, &error), qPrintable(error));
            QVERIFY2(EveryPlaceholder::write(db, &id, &error), qPrintable(error));
        }

        // The CLI first, while no window holds the file.
        const CliRun cli = CliProcess::run({u"--db"_s, path, u"--json"_s, u"outreach"_s, u"log"_s,
                                            u"inmail"_s, QString::number(id), u"--template"_s,
                                            EveryPlaceholder::templateName()},
                                           CliProcess::isolated(dir.path()));
        QCOMPARE(cli.exitCode, 0);
        const QString cliSubject = cli.json().value(u"subject"_s).toString();
        const QString cliBody = cli.json().value(u"body"_s).toString();

        Settings settings(dir.filePath(u"settings.ini"_s));
        SeamTesting::start();
        MainWindow window(settings);
        QVERIFY(window.openDatabase(path));
        const std::optional<Contact> contact = window.contactStore()->get(id);
        QVERIFY(contact);
        QString windowSubject;
        QString windowBody;
        bool shown = false;
        DialogRunner::setNextHandler<ComposeDialog>(u"composeDialog"_s, [&](ComposeDialog &dialog) {
            shown = true;
            windowSubject = dialog.subjectEdit()->text();
            windowBody = dialog.bodyEdit()->toPlainText();
            return false; // cancelled: nothing logged
        });
        QCOMPARE(window.commands()->composeFor(*contact, EveryPlaceholder::templateName()),
                 qint64(0));
        QVERIFY(shown);
        QVERIFY2(SeamTesting::warnings().isEmpty(),
                 qPrintable(SeamTesting::warnings().join(u'\n')));

        QCOMPARE(windowSubject, EveryPlaceholder::expectedSubject());
        QCOMPARE(windowBody, EveryPlaceholder::expectedBody());
        QCOMPARE(cliSubject, windowSubject);
        QCOMPARE(cliBody, windowBody);
    }
};

QTEST_MAIN(tst_TemplateValuesWindow)
#include "tst_templatevalueswindow.moc"
