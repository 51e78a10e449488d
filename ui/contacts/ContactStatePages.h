#pragma once

// The pages the Contacts page shows instead of its table: the empty state of
// a database with no contacts yet (import or add one), the no-match state
// that names the search or filter hiding everyone (with Clear Filters), and
// "No database is open"; and the count below the list ("3 of 120 contacts
// match").

#include <QObject>

class QLabel;
class QStackedWidget;
class QWidget;

namespace rapport {

class ContactTableModel;
class EmptyStateView;

class ContactStatePages : public QObject
{
    Q_OBJECT

public:
    // Adds the pages to `stack`, after what it holds already.
    ContactStatePages(QStackedWidget *stack, QObject *parent);

    // The page to show for `model` (nullptr: no database is open) of `total`
    // contacts, with its text set; nullptr when the table has rows to show.
    QWidget *pageFor(const ContactTableModel *model, int total) const;
    // What the count below the list says: "120 contacts", "3 of 120
    // contacts match", ..., ", newest first" when no column orders it.
    static QString countText(const ContactTableModel *model, int total);

signals:
    // The no-match state's Clear Filters.
    void clearFiltersRequested();

private:
    QWidget *createEmptyState(QStackedWidget *stack);

    QWidget *m_emptyState = nullptr;
    EmptyStateView *m_noMatch = nullptr;
    QLabel *m_noDatabaseLabel = nullptr;
};

} // namespace rapport
