#include "common/Prompts.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_Prompts : public QObject
{
    Q_OBJECT

private:
    // Clicks the button titled `text` (or the standard `standard` one) on
    // the message box once it is shown; lists the buttons it had in
    // `buttons`. A box without that button is closed, so the test fails
    // instead of waiting.
    void clickWhenShown(const QString &text, QMessageBox::StandardButton standard, QString *buttons)
    {
        QTimer::singleShot(0, this, [text, standard, buttons] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QAbstractButton *chosen =
                standard != QMessageBox::NoButton ? box->button(standard) : nullptr;
            for (QAbstractButton *button : box->buttons()) {
                *buttons += button->text() + u'|';
                if (!chosen && button->text() == text)
                    chosen = button;
            }
            if (chosen)
                chosen->click();
            else
                box->reject();
        });
    }

private slots:
    void cleanup()
    {
        Prompts::setTesting(false);
        Prompts::clear();
    }

    void testingAnswersInOrderAndRecords()
    {
        Prompts::setTesting(true);
        Prompts::setNextAnswer(true);
        Prompts::setNextAnswer(false);
        QVERIFY(Prompts::confirm(nullptr, u"Delete"_s, u"Delete Ada?"_s));
        QVERIFY(!Prompts::confirm(nullptr, u"Delete"_s, u"Delete Grace?"_s));
        // None left: a confirm nobody answered does not go ahead.
        QVERIFY(!Prompts::confirm(nullptr, u"Delete"_s, u"Delete Alan?"_s));
        Prompts::warning(nullptr, u"Could Not Save"_s, u"row 3: no name"_s);
        Prompts::information(nullptr, u"Score"_s, u"How the score adds up"_s);
        const QList<Prompts::Shown> shown = Prompts::shown();
        QCOMPARE(shown.size(), 5);
        QCOMPARE(shown.at(1).text, u"Delete Grace?"_s);
        QCOMPARE(shown.at(3).kind, Prompts::Kind::Warning);
        QCOMPARE(Prompts::shown(Prompts::Kind::Warning),
                 QStringList{u"Could Not Save: row 3: no name"_s});
        QCOMPARE(Prompts::shown(Prompts::Kind::Information),
                 QStringList{u"Score: How the score adds up"_s});
        QCOMPARE(Prompts::shown(Prompts::Kind::Confirm).size(), 3);
        Prompts::clear();
        QVERIFY(Prompts::shown().isEmpty());
    }

    void clearForgetsAnswers()
    {
        Prompts::setTesting(true);
        Prompts::setNextAnswer(true);
        Prompts::clear();
        QVERIFY(!Prompts::confirm(nullptr, u"Delete"_s, u"Delete Ada?"_s));
    }

    void showsABoxWhenNotTesting()
    {
        QString buttons;
        clickWhenShown(QString(), QMessageBox::Yes, &buttons);
        QVERIFY(Prompts::confirm(nullptr, u"Delete"_s, u"Delete Ada?"_s));
        QVERIFY2(buttons.contains(u"Cancel"_s), qPrintable(buttons));
        QVERIFY(Prompts::shown().isEmpty());

        buttons.clear();
        clickWhenShown(u"Restore From Backup"_s, QMessageBox::NoButton, &buttons);
        QVERIFY(Prompts::confirm(nullptr, u"Restore From Backup"_s, u"Replace it?"_s,
                                 u"Restore From Backup"_s, true));
        QVERIFY2(!buttons.contains(u"Yes"_s), qPrintable(buttons));

        buttons.clear();
        clickWhenShown(QString(), QMessageBox::Cancel, &buttons);
        QVERIFY(!Prompts::confirm(nullptr, u"Delete"_s, u"Delete Ada?"_s));
    }
};

QTEST_MAIN(tst_Prompts)
#include "tst_prompts.moc"
