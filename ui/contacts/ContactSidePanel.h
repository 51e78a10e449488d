#pragma once

// The contact detail panel beside a list on Today and Outreach (UI.md: the
// same widget wherever a contact is selected): the ContactDetailPanel the
// Contacts page shows, read only, with Open in Contacts below it. It
// follows the list's selection (showContact) and re-reads the contact when
// the session says contacts, engagement or outreach changed.

#include <QWidget>

class QPushButton;
class QSplitter;

namespace rapport {

class ChangeWatcher;
class ContactDetailPanel;
class ContactStore;
class ScoreStore;
class Session;
class TimelineStore;

class ContactSidePanel : public QWidget
{
    Q_OBJECT

public:
    explicit ContactSidePanel(QWidget *parent = nullptr);

    // The session's stores (nullptr, or a closed session: none).
    void setSession(Session *session);
    // Stores without a session (tests); any may be nullptr.
    void setStores(ContactStore *contacts, TimelineStore *timeline, ScoreStore *scores);
    // Shows the contact as stored now (0: the "select" hint).
    void showContact(qint64 contactId);
    qint64 contactId() const { return m_contactId; }
    ContactDetailPanel *detailPanel() const { return m_panel; }
    QPushButton *openButton() const { return m_openButton; }

    // `main` on the left, `panel` on the right, in a splitter named
    // `objectName` (the window remembers its sizes under that name). The
    // panel keeps its width while the window is resized and can be
    // collapsed by dragging the handle to the edge.
    static QSplitter *besides(QWidget *main, ContactSidePanel *panel, const QString &objectName,
                              QWidget *parent);

signals:
    // Open in Contacts: select this contact on the Contacts page.
    void openRequested(qint64 contactId);
    // The contact shown changed (0: none), so the Contact menu can follow.
    void contactChanged(qint64 contactId);

private:
    ContactDetailPanel *m_panel = nullptr;
    QPushButton *m_openButton = nullptr;
    ChangeWatcher *m_watcher = nullptr;
    ContactStore *m_contacts = nullptr;
    qint64 m_contactId = 0;
};

} // namespace rapport
