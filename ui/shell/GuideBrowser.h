#pragma once

// The User Guide's text view: a QTextBrowser that reads the guide's pages
// from the application's resources and puts generated parts in place of
// their markers — the keyboard shortcuts page gets the table of the
// window's real shortcuts, so the guide never lists a key that is not there.

#include <QHash>
#include <QTextBrowser>

namespace rapport {

class GuideBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit GuideBrowser(QWidget *parent = nullptr);

    // Where a page contains the comment <!-- name -->, `html` is put instead.
    void setGeneratedPart(const QString &name, const QString &html);

    QVariant loadResource(int type, const QUrl &name) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyStyleSheet();

    QHash<QString, QString> m_parts;
};

} // namespace rapport
