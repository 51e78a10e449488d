#pragma once

// The week's numbers as LinkedIn shows them, typed in once a week: displayed
// followers and connections (profile), profile views and search appearances
// (dashboard), network size, and optionally the top companies and titles of
// the people who found you. Shows the true-follower ratio as you type, and
// says when the entry corrects the week's earlier one, or when the week's
// followers came from LinkedIn's analytics workbook (typed numbers win). OK stays disabled
// while the day is not a day up to today or followers are below
// connections (said in words); a refused save keeps every number typed.

#include "common/SavingDialog.h"
#include "domain/NetworkSnapshot.h"

#include <functional>
#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace rapport {

class DateField;

class WeeklyNumbersDialog : public SavingDialog
{
    Q_OBJECT

public:
    // Finds the entry already saved for a day's week, if any.
    using WeekLookup = std::function<std::optional<NetworkSnapshot>(const QDate &day)>;

    // `previous` (the latest entry, may be empty) fills in the numbers to
    // start from; `lookup` tells when the chosen week already has an entry.
    WeeklyNumbersDialog(const std::optional<NetworkSnapshot> &previous, WeekLookup lookup,
                        QWidget *parent = nullptr);

    NetworkSnapshot snapshot() const;
    QString problem() const override;

    QSpinBox *followersSpin() const { return m_followers; }
    QSpinBox *connectionsSpin() const { return m_connections; }
    QSpinBox *profileViewsSpin() const { return m_views; }
    DateField *dateEdit() const { return m_date; }
    QLabel *ratioLabel() const { return m_ratio; }
    QLabel *weekLabel() const { return m_week; }

private:
    // The day read, the week it counts for, and every number.
    QFormLayout *createForm();
    void update();
    void fill(const NetworkSnapshot &from, bool optionalToo);

    WeekLookup m_lookup;
    DateField *m_date = nullptr;
    QLabel *m_week = nullptr;
    QSpinBox *m_followers = nullptr;
    QSpinBox *m_connections = nullptr;
    QSpinBox *m_views = nullptr;
    QSpinBox *m_searches = nullptr;
    QSpinBox *m_network = nullptr;
    QLineEdit *m_companies = nullptr;
    QLineEdit *m_titles = nullptr;
    QLabel *m_ratio = nullptr;
    QDate m_filledWeek;
};

} // namespace rapport
