#pragma once

// Help ▸ Licence: the full text of the GNU General Public License, version
// 3, as shipped in the LICENSE file (bundled in the application's
// resources), read-only and searchable with the keyboard.

#include <QDialog>

class QPlainTextEdit;

namespace rapport {

class LicenceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LicenceDialog(QWidget *parent = nullptr);

    // The licence's text from the resources; empty if it is missing.
    static QString licenceText();

private:
    QPlainTextEdit *m_text = nullptr;
};

} // namespace rapport
