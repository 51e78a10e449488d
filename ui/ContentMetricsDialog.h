#pragma once

// Records one snapshot of a piece's numbers as LinkedIn shows them today (or
// on another day): views, reactions, comments and shares. The piece's
// earlier snapshots show beneath, read-only, so the trend is in view; a day
// that already has numbers is replaced, and the dialog says so.

#include "domain/ContentMetrics.h"
#include "domain/ContentPiece.h"

#include <QDialog>
#include <QList>
#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace rapport {

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
    ContentMetrics metrics() const;
    void setSaveHandler(SaveHandler handler) { m_save = std::move(handler); }

    // The snapshot the chosen day already has, which saving replaces.
    std::optional<ContentMetrics> replaced() const;
    QString errorText() const;

    void accept() override;

private:
    QSpinBox *addCount(const QString &objectName, const QString &label, QFormLayout *form);
    void pieceChanged();
    void dateChanged();
    void fillHistory();
    void updateState();

    const ContentStore &m_store;
    QList<ContentPiece> m_pieces;
    QList<ContentMetrics> m_history; // of the chosen piece, oldest first
    SaveHandler m_save;
    bool m_countsTouched = false;
    bool m_filling = false;

    QComboBox *m_piece = nullptr;
    QDateEdit *m_date = nullptr;
    QSpinBox *m_views = nullptr;
    QSpinBox *m_reactions = nullptr;
    QSpinBox *m_comments = nullptr;
    QSpinBox *m_shares = nullptr;
    QLabel *m_replaceNote = nullptr;
    QTreeWidget *m_historyView = nullptr;
    QLabel *m_noHistory = nullptr;
    ErrorBanner *m_error = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace rapport
