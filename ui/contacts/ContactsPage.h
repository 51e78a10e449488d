#pragma once

// The Contacts page: search box, the lazily paged contacts table with its
// count, and the detail panel beside it, plus the empty and no-match states
// (ContactStatePages).

#include "domain/Contact.h"
#include "domain/ContactReviewFilter.h"

#include <QWidget>
#include <optional>

class QLabel;
class QComboBox;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

namespace rapport {

class ChangeWatcher;
class ContactDetailPanel;
class ContactStatePages;
class ContactStore;
class Session;
class ContactTableModel;
class Settings;
class TimelineStore;

class ContactsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ContactsPage(Settings &settings, QWidget *parent = nullptr);

    // Shows the session's contacts (nullptr, or a closed session: none) and
    // reloads when the session says contacts or engagement changed (once
    // shown, if hidden).
    void setSession(Session *session);
    // Shows the contacts of another database (nullptr: none is open). The
    // old model goes, so nothing keeps a reference to the old store.
    void setStore(ContactStore *store);
    // Where the detail panel reads a contact's timeline (nullptr: none).
    void setTimelineStore(TimelineStore *timeline);
    ContactTableModel *model() const { return m_model; }
    ContactDetailPanel *detailPanel() const { return m_panel; }

    // The contact in the detail panel, as stored now.
    std::optional<Contact> currentContact() const;
    int totalCount() const { return m_total; }

    void focusSearch();
    void setDetailsVisible(bool visible);
    // Re-reads after a write and selects `contactId` (0: the row where the
    // removed contact was, so the next one is ready).
    void contactsChanged(qint64 contactId);
    // Re-reads after someone else wrote, keeping the selection and any
    // unsaved edits in the panel.
    void reload();
    // The next reload follows a write of ours: select `contactId` then (0:
    // the row where the removed contact was), as contactsChanged() does.
    void selectAfterWrite(qint64 contactId);
    // Selects the contact and scrolls to it, wherever it is in the list (not
    // only among the rows loaded); a search or filter that hides it is
    // cleared first (*filtersCleared says so). False if it is not there.
    bool showContact(qint64 contactId, bool *filtersCleared = nullptr);
    // Shows a network review list (an inactive filter: everyone again) with
    // a bar naming it and a way back to all contacts.
    void showReview(const ContactReviewFilter &filter, const QString &title);
    // Empties the search and resets the tier filter and review list: the
    // no-match state's Clear Filters.
    void clearFilters();
    void saveState();

signals:
    void addRequested();
    void saveRequested(const Contact &edited);
    void currentContactChanged();
    void totalCountChanged(int total);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The page's parts: the search bar, the review bar above the list and
    // the table (the pages shown instead of it: ContactStatePages).
    QWidget *createSearchBar(QWidget *listSide);
    QWidget *createReviewBar(QWidget *listSide);
    void connectSearch();
    void createTable();
    // Fits the columns to the table's width (the text columns share what
    // the others leave); widths a user chose stay until "Fit Columns".
    void fitColumns();
    void applySearch();
    void restoreHeader(const QByteArray &state, bool userSized);
    void aboutToReset();
    void afterReset();
    void selectRow(int row);
    void showRow(int row, int previousRow = -1);
    void updateState();

    Settings &m_settings;
    ChangeWatcher *m_watcher = nullptr;
    ContactStore *m_store = nullptr;
    ContactTableModel *m_model = nullptr;
    int m_total = 0;
    int m_rowBeforeReset = -1;
    bool m_changePending = false;
    qint64 m_changedContact = 0;
    qint64 m_selectAfterSave = 0; // where to go once edits saved on leaving a contact
    bool m_detailsVisible = true;
    bool m_autoFitColumns = true;
    bool m_fittingColumns = false;

    QWidget *m_searchBar = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QComboBox *m_tierFilter = nullptr;
    QLabel *m_countLabel = nullptr;
    QWidget *m_reviewBar = nullptr;
    QLabel *m_reviewLabel = nullptr;
    QTimer *m_searchTimer = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    ContactStatePages *m_statePages = nullptr;
    QSplitter *m_splitter = nullptr;
    ContactDetailPanel *m_panel = nullptr;
};

} // namespace rapport
