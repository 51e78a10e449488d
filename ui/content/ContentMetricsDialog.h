#pragma once

// Records one reading of a piece's numbers as LinkedIn shows them today (or
// on another day): views, reactions, comments and shares. The fields start
// from the day's own reading, else the piece's latest one, so changing one
// number keeps the others; an empty field is a count not known (never 0).
// The piece's readings show beneath, read-only, with their engagement rate,
// so the trend is in view; a day that already has numbers is replaced, and
// the dialog says so.

#include "domain/ContentMetrics.h"
#include "domain/ContentPiece.h"

#include <QDialog>
#include <QList>
#include <functional>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QLineEdit;
class QTreeWidget;

namespace rapport {

class DateField;
class ErrorBanner;

class ContentStore;

class ContentMetricsDialog : public QDialog
{
    Q_OBJECT

public:
    // Saves the snapshot; false with a message keeps the dialog open.
    using SaveHandler = std::function<bool(const ContentMetrics &metrics, QString *error)>;

    static constexpr int MaxCount = 100000000;

    explicit ContentMetricsDialog(const ContentStore &store, QWidget *parent = nullptr);

    // Preselects a piece (0 or unknown: the newest).
    void setPieceId(qint64 pieceId);
    qint64 pieceId() const;
    // The reading as typed: empty fields are unknown counts.
    ContentMetrics metrics() const;
    // Empty when OK can save; else what to fix (shown above the buttons).
    QString problem() const;
    // The reading the fields started from (the day's own, else the latest).
    std::optional<ContentMetrics> startedFrom() const { return m_startedFrom; }
    void setSaveHandler(SaveHandler handler) { m_save = std::move(handler); }

    // The snapshot the chosen day already has, which saving replaces.
    std::optional<ContentMetrics> replaced() const;
    QString errorText() const;

    void accept() override;

private:
    // The piece, the date, the four counts and the notes under them.
    QFormLayout *createForm();
    // The readings of the chosen piece; returns their caption.
    QLabel *createHistory();
    QLineEdit *addCount(const QString &objectName, const QString &label, QFormLayout *form);
    void setCount(QLineEdit *edit, const std::optional<int> &value);
    // The number typed, nullopt when empty; false when it is not a count.
    static bool readCount(const QLineEdit *edit, std::optional<int> *value);
    void pieceChanged();
    void dateChanged();
    void fillHistory();
    void updateState();

    const ContentStore &m_store;
    QList<ContentPiece> m_pieces;
    QList<ContentMetrics> m_history; // of the chosen piece, oldest first
    SaveHandler m_save;
    std::optional<ContentMetrics> m_startedFrom;
    bool m_countsTouched = false;
    bool m_filling = false;

    QComboBox *m_piece = nullptr;
    DateField *m_date = nullptr;
    QLineEdit *m_views = nullptr;
    QLineEdit *m_reactions = nullptr;
    QLineEdit *m_comments = nullptr;
    QLineEdit *m_shares = nullptr;
    QLabel *m_startNote = nullptr;
    QLabel *m_replaceNote = nullptr;
    QTreeWidget *m_historyView = nullptr;
    QLabel *m_noHistory = nullptr;
    ErrorBanner *m_error = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace rapport
