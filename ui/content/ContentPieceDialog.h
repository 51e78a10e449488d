#pragma once

// Adds or edits a post or article: kind, title, web address and publication
// date. OK stays disabled until the title is there and the address (if any)
// is a web address; what the store refuses is shown in the dialog, which
// stays open with everything typed.

#include "domain/ContentPiece.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rapport {

class DateField;
class ErrorBanner;

class ContentPieceDialog : public QDialog
{
    Q_OBJECT

public:
    // Saves the piece; false with a message keeps the dialog open.
    using SaveHandler = std::function<bool(const ContentPiece &piece, QString *error)>;

    explicit ContentPieceDialog(QWidget *parent = nullptr);

    // Turns the dialog into "edit this piece" (keeps its id).
    void setPiece(const ContentPiece &piece);
    ContentPiece piece() const;
    void setSaveHandler(SaveHandler handler) { m_save = std::move(handler); }

    // Empty when the fields are fine, else what to fix.
    QString problem() const;
    QString errorText() const;

    void accept() override;

private:
    // Kind, title, web address, date, and the hint why OK is disabled.
    QFormLayout *createForm();
    QString urlProblem() const;
    void updateState();
    void showError(const QString &text);

    ContentPiece m_piece;
    SaveHandler m_save;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_url = nullptr;
    DateField *m_published = nullptr;
    QLabel *m_hint = nullptr;
    ErrorBanner *m_error = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace rapport
