#pragma once

// The file choosers the application asks with: a file to open, a file to
// save and a folder. The one test seam for them: a test gives the next
// answer with setNextPath() (an empty path is Cancel); while testing,
// nothing is shown modally.

#include <QFileDialog>
#include <QString>
#include <QStringList>

class QWidget;

namespace rapport {

class FileDialogs
{
public:
    // The chosen file or folder; empty when the user cancelled.
    static QString openFile(QWidget *parent, const QString &caption, const QString &directory,
                            const QString &filter);
    static QString saveFile(QWidget *parent, const QString &caption, const QString &suggested,
                            const QString &filter, QFileDialog::Options options = {});
    static QString folder(QWidget *parent, const QString &caption, const QString &directory);

    // Tests: nothing is shown modally; a chooser takes the next path set
    // (empty, as Cancel, when none was set) and its caption is recorded.
    static void setTesting(bool testing);
    // Tests: the answer to the next chooser (paths queue up in order).
    static void setNextPath(const QString &path);
    // Tests: the captions of the choosers asked since the last clear.
    static QStringList asked();
    // Tests: forgets what was asked and the paths not yet taken.
    static void clear();
};

} // namespace rapport
