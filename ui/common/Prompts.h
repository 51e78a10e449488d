#pragma once

// The message boxes the application asks and tells with: confirm (a yes or
// no before something destructive), warning (why something could not be
// done) and information. The one test seam for them: a test answers the
// next confirm with setNextAnswer() and reads what was shown with shown();
// while testing, nothing is shown modally.

#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace rapport {

class Prompts
{
public:
    enum class Kind { Confirm, Warning, Information };

    // One prompt as it was asked or told.
    struct Shown
    {
        Kind kind;
        QString title;
        QString text;
    };

    // Asks `text`; true means go ahead. With `goButton` the box offers that
    // button and Cancel, otherwise Yes and Cancel; Cancel is the default
    // unless `goIsDefault`. With `cancelButton` the Cancel button says that
    // instead ("Keep Editing"); Escape still answers it.
    static bool confirm(QWidget *parent, const QString &title, const QString &text,
                        const QString &goButton = QString(), bool goIsDefault = false,
                        const QString &cancelButton = QString());
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);

    // Tests: nothing is shown modally; every prompt is recorded, and a
    // confirm takes the next answer set (no, when none was set).
    static void setTesting(bool testing);
    static bool isTesting();
    // Tests: the answer to the next confirm (answers queue up in order).
    static void setNextAnswer(bool goAhead);
    // Tests: every prompt since the last clear, oldest first.
    static QList<Shown> shown();
    // Tests: the prompts of one kind as "title: text", oldest first.
    static QStringList shown(Kind kind);
    // Tests: forgets what was shown and the answers not yet taken.
    static void clear();
};

} // namespace rapport
