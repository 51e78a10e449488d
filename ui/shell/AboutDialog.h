#pragma once

// Help ▸ About Rapport: the version, what Rapport is, its licence (GNU GPL,
// version 3 or later) with a link to it and a button for the full text,
// the project's web address and the Qt it runs on.

#include <QDialog>

namespace rapport {

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The project's web address (the top-level CMakeLists' HOMEPAGE_URL).
    static QString projectUrl();
    // Where the licence is published.
    static QString licenceUrl();
    // Everything the dialog says, as shown (rich text).
    QString text() const { return m_text; }

signals:
    // The Licence… button: show the licence's full text.
    void licenceRequested();

private:
    QString m_text;
};

} // namespace rapport
