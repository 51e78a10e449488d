#pragma once

// A dialog that saves while it is still open: OK (accept()) first asks the
// dialog what is wrong with its fields (problem(), said beside the field
// and keeping OK disabled), then runs the saver; a save the store refuses
// is shown in the dialog's own error line and the dialog stays open with
// everything typed, so nothing is lost. DialogRunner's test handlers go
// through accept() too.

#include <QDialog>
#include <functional>

class QBoxLayout;
class QPushButton;

namespace rapport {

class ErrorBanner;

class SavingDialog : public QDialog
{
    Q_OBJECT

public:
    // Saves what the dialog holds; false with a message keeps it open.
    using Saver = std::function<bool(QString *error)>;

    explicit SavingDialog(QWidget *parent = nullptr);

    void setSaver(Saver saver) { m_saver = std::move(saver); }
    // Empty when the fields can be saved, else what to fix and how.
    virtual QString problem() const { return {}; }
    // The store's message after a refused save; empty otherwise.
    QString errorText() const;
    // True once accept() saved (or had nothing to save) and closed.
    bool isSaved() const { return m_saved; }

    void accept() override;

protected:
    // Puts the error line into `layout` (call once, above the buttons).
    void addErrorLine(QBoxLayout *layout);
    // OK follows problem(): enabled only when there is none. Call
    // updateOk() whenever a field changes.
    void setOkButton(QPushButton *ok);
    void updateOk();

private:
    Saver m_saver;
    ErrorBanner *m_error = nullptr;
    QPushButton *m_ok = nullptr;
    bool m_saved = false;
};

} // namespace rapport
