#pragma once

// The Outreach page's filters: channel, outcome, a date range and the
// contact's name (matched after a short typing pause). Says when the rows to
// show changed; the page adds the person picked elsewhere.

#include "domain/OutreachFilter.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLineEdit;
class QTimer;

namespace rapport {

class OutreachFilterRow : public QWidget
{
    Q_OBJECT

public:
    enum class DateRange { AllTime, Last7Days, Last30Days, Last90Days, ThisYear };

    explicit OutreachFilterRow(QWidget *parent = nullptr);

    // Channel, outcome and the first day of the range (as of today).
    OutreachFilter filter() const;
    QString searchText() const;
    QLineEdit *searchEdit() const { return m_search; }

    // Each says filtersChanged() when it changes something.
    void setChannel(const QString &channel);
    void setOutcome(const QString &outcome);
    void setDateRange(DateRange range);
    // Without a word: sets the contact box, no pause pending.
    void setSearchTextSilently(const QString &text);
    // Channel, outcome and range, without a word.
    void setSilently(const QString &channel, const QString &outcome, DateRange range);
    // Forgets a pending pause after typing.
    void cancelPendingSearch();

signals:
    // A combo changed, or the typing in the contact box paused.
    void filtersChanged();
    // The contact box was typed in (at once).
    void searchEdited();

private:
    QComboBox *addFilter(QHBoxLayout *layout, const QString &label, const QString &objectName,
                         const QString &accessibleName);
    void createSearch(QHBoxLayout *layout);

    QComboBox *m_channel = nullptr;
    QComboBox *m_outcome = nullptr;
    QComboBox *m_range = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
};

} // namespace rapport
