#include "common/FileDialogs.h"

namespace rapport {

namespace {

struct FileDialogState
{
    bool testing = false;
    QStringList paths;
    QStringList asked;
};

FileDialogState &state()
{
    static FileDialogState s;
    return s;
}

// True when a test answers: *path is its answer.
bool answered(const QString &caption, QString *path)
{
    FileDialogState &s = state();
    if (!s.testing && s.paths.isEmpty())
        return false;
    s.asked << caption;
    *path = s.paths.isEmpty() ? QString() : s.paths.takeFirst();
    return true;
}

} // namespace

QString FileDialogs::openFile(QWidget *parent, const QString &caption, const QString &directory,
                              const QString &filter)
{
    QString path;
    if (answered(caption, &path))
        return path;
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString FileDialogs::saveFile(QWidget *parent, const QString &caption, const QString &suggested,
                              const QString &filter, QFileDialog::Options options)
{
    QString path;
    if (answered(caption, &path))
        return path;
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter, nullptr, options);
}

QString FileDialogs::folder(QWidget *parent, const QString &caption, const QString &directory)
{
    QString path;
    if (answered(caption, &path))
        return path;
    return QFileDialog::getExistingDirectory(parent, caption, directory);
}

void FileDialogs::setTesting(bool testing)
{
    state().testing = testing;
}

void FileDialogs::setNextPath(const QString &path)
{
    state().paths << path;
}

QStringList FileDialogs::asked()
{
    return state().asked;
}

void FileDialogs::clear()
{
    state().paths.clear();
    state().asked.clear();
}

} // namespace rapport
