// The message editor's counters: against the channel's limit, and a plain
// count, in good English, where there is none (e-mail, a call's notes).

#include "outreach/MessageEditor.h"

#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_MessageEditor : public QObject
{
    Q_OBJECT

private slots:
    void countsWithoutALimitInWords()
    {
        MessageEditor editor(300);
        editor.setChannel(u"email"_s);
        editor.setBody(u"A"_s);
        editor.updateCounters();
        QCOMPARE(editor.bodyCounter()->text(), u"1 character"_s);
        editor.setBody(u"Hi"_s);
        editor.updateCounters();
        QCOMPARE(editor.bodyCounter()->text(), u"2 characters"_s);
        editor.setBody(QString());
        editor.updateCounters();
        QCOMPARE(editor.bodyCounter()->text(), u"0 characters"_s);
    }

    void countsAgainstTheLimit()
    {
        MessageEditor editor(300);
        editor.setChannel(u"invitation"_s);
        editor.setBody(u"Hello"_s);
        editor.updateCounters();
        QCOMPARE(editor.bodyCounter()->text(), u"5 / 300"_s);
    }
};

QTEST_MAIN(tst_MessageEditor)
#include "tst_messageeditor.moc"
