#include "common/DialogRunner.h"
#include "common/SavingDialog.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

// A dialog with one field, as the application's dialogs have.
class NameDialog : public QDialog
{
    Q_OBJECT

public:
    NameDialog()
    {
        setObjectName(u"nameDialog"_s);
        edit = new QLineEdit(this);
    }
    QLineEdit *edit;
};

} // namespace

class tst_DialogRunner : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        DialogRunner::setTesting(false);
        DialogRunner::clear();
    }

    void handlerAnswersInsteadOfTheDialog()
    {
        NameDialog dialog;
        QDialog *seen = nullptr;
        DialogRunner::setNextHandler(u"nameDialog"_s, [&seen](QDialog *d) {
            seen = d;
            return true;
        });
        QVERIFY(DialogRunner::run(dialog));
        QCOMPARE(seen, &dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(DialogRunner::ran(), QStringList{u"nameDialog"_s});
    }

    void handlersQueuePerName()
    {
        NameDialog dialog;
        DialogRunner::setNextHandler<NameDialog>(u"nameDialog"_s, [](NameDialog &d) {
            d.edit->setText(u"Ada"_s);
            return false;
        });
        DialogRunner::setNextHandler<NameDialog>(u"nameDialog"_s, [](NameDialog &d) {
            d.edit->setText(d.edit->text() + u" Lovelace"_s);
            return true;
        });
        DialogRunner::setNextHandler(u"otherDialog"_s, [](QDialog *) { return true; });
        QVERIFY(!DialogRunner::run(dialog));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(DialogRunner::run(dialog));
        QCOMPARE(dialog.edit->text(), u"Ada Lovelace"_s);
        // Both used up: while testing, the next one has no handler and is
        // cancelled, not shown.
        DialogRunner::setTesting(true);
        QTest::ignoreMessage(QtWarningMsg,
                             "DialogRunner: no handler for the dialog nameDialog; it counts as "
                             "cancelled");
        QVERIFY(!DialogRunner::run(dialog));
        QCOMPARE(DialogRunner::ran().size(), 3);
    }

    void wrongClassIsNotAccepted()
    {
        QDialog plain;
        plain.setObjectName(u"nameDialog"_s);
        bool called = false;
        DialogRunner::setNextHandler<NameDialog>(u"nameDialog"_s, [&called](NameDialog &) {
            called = true;
            return true;
        });
        QVERIFY(!DialogRunner::run(plain));
        QVERIFY(!called);
    }

    void aSavingDialogSavesWhileOpenAndStaysOpenWhenRefused()
    {
        DialogRunner::setTesting(true);
        SavingDialog dialog;
        dialog.setObjectName(u"savingProbe"_s);
        int saves = 0;
        dialog.setSaver([&saves](QString *error) {
            ++saves;
            if (saves == 1) {
                *error = u"The disk is full: free some space, then press OK again."_s;
                return false;
            }
            return true;
        });
        QString seen;
        DialogRunner::setNextHandler(u"savingProbe"_s, [](QDialog *) { return true; });
        DialogRunner::setNextHandler(u"savingProbe"_s, [&seen](QDialog *d) {
            seen = qobject_cast<SavingDialog *>(d)->errorText();
            return true;
        });
        QVERIFY(DialogRunner::run(dialog));
        QCOMPARE(saves, 2);
        QVERIFY(seen.startsWith(u"The disk is full"_s));
        QVERIFY(dialog.isSaved());

        // Refused with nobody left to press OK again: cancelled, not saved.
        SavingDialog refused;
        refused.setObjectName(u"savingProbe"_s);
        refused.setSaver([](QString *) { return false; });
        DialogRunner::setNextHandler(u"savingProbe"_s, [](QDialog *) { return true; });
        QVERIFY(!DialogRunner::run(refused));
        QVERIFY(!refused.isSaved());
        QVERIFY(!refused.errorText().isEmpty());
        DialogRunner::setTesting(false);
    }

    void runsModallyWithoutAHandler()
    {
        NameDialog dialog;
        bool wasModal = false;
        QTimer::singleShot(0, this, [&] {
            wasModal = QApplication::activeModalWidget() == &dialog;
            dialog.accept();
        });
        QVERIFY(DialogRunner::run(dialog));
        QVERIFY(wasModal);
        QVERIFY(DialogRunner::ran().isEmpty());
    }
};

QTEST_MAIN(tst_DialogRunner)
#include "tst_dialogrunner.moc"
