#pragma once

// Quick capture (Ctrl+L): choose what people did and on which piece, paste
// the names (a LinkedIn reactions or comments list as copied), check the
// preview — matched, new, to choose, ignored — and log them all at once.
// Nothing is written until the person presses Log; the caller's saver does
// the writing while the dialog is open, so a capture the store refuses
// keeps the pasted names and choices and says why.

#include "capture/QuickCapture.h"
#include "common/SavingDialog.h"
#include "domain/ContentPiece.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace rapport {

class ContactStore;

class QuickCaptureDialog : public SavingDialog
{
    Q_OBJECT

public:
    QuickCaptureDialog(QuickCapture &capture, const ContactStore &contacts,
                       const QList<ContentPiece> &pieces, QWidget *parent = nullptr);

    // The lines with the person's choices applied, and what to log.
    QList<CaptureItem> items() const { return m_items; }
    QuickCapture::Event captureEvent() const;

    // For tests and for "log engagement" from a contact: preset the fields.
    void setText(const QString &text);
    void setKind(EngagementKind kind);
    void setContentId(qint64 contentId);
    void setDate(const QDate &date);
    // Re-reads the pasted text now instead of after the typing pause.
    void updatePreview();
    // The choice on line `row` of the preview: a candidate's id, 0 = new
    // contact, -1 = ignore.
    void choose(int row, qint64 choice);
    QTableWidget *preview() const { return m_preview; }
    QPushButton *logButton() const { return m_logButton; }
    QString summaryText() const;
    // Empty when Log can write; else what to paste or choose first.
    QString problem() const override { return m_problem; }
    // Logs (Log): the preview is brought up to date first.
    void accept() override;

private:
    void fillRow(int row);
    void updateSummary();
    QString describe(qint64 contactId) const;

    QuickCapture &m_capture;
    const ContactStore &m_contacts;
    QList<CaptureItem> m_items;
    QComboBox *m_kind = nullptr;
    QComboBox *m_content = nullptr;
    QDateEdit *m_date = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_logButton = nullptr;
    QTimer *m_previewTimer = nullptr;
    QString m_problem;
};

} // namespace rapport
