#pragma once

// Below the Content page's table: for the selected piece, who engaged with
// it (name, what they did, when; double-click or Enter opens the contact)
// and its readings, the dated snapshots of its numbers, newest first. Read
// only; the page's actions add numbers and edit the piece. The lists are
// read when the panel is shown (or asked for its lists), never while it is
// hidden: the Content page loads at start-up behind the Today page, and a
// piece can have tens of thousands of engagers.

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace rapport {

class ContentStore;

class ContentPiecePanel : public QWidget
{
    Q_OBJECT

public:
    explicit ContentPiecePanel(QWidget *parent = nullptr);

    // Where the lists are read from (nullptr: none is open).
    void setStore(ContentStore *store);
    // Shows the piece (0: none, with a hint) and reads its lists.
    void showPiece(qint64 pieceId);
    // Reads the lists of the piece shown again (when next shown, if hidden).
    void refresh();
    qint64 pieceId() const { return m_pieceId; }

    // The lists, read first if they are not yet.
    QTreeWidget *engagersList();
    QTreeWidget *readingsList();

protected:
    void showEvent(QShowEvent *event) override;

signals:
    // An engager was double-clicked (or Enter pressed on one).
    void contactActivated(qint64 contactId);

private:
    QWidget *createEngagers();
    QWidget *createReadings();
    void fillEngagers();
    void fillReadings();
    void fillIfStale();
    void activate(QTreeWidgetItem *item);

    ContentStore *m_store = nullptr;
    qint64 m_pieceId = 0;
    bool m_stale = false; // the lists do not show m_pieceId yet
    QLabel *m_engagersHeading = nullptr;
    QTreeWidget *m_engagers = nullptr;
    QLabel *m_readingsHeading = nullptr;
    QTreeWidget *m_readings = nullptr;
};

} // namespace rapport
