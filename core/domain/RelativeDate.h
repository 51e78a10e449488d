#pragma once

// How long ago a day was, in the words a person uses: "today", "yesterday",
// "5 days ago", "3 weeks ago", "7 months ago", "15 years ago". Months and
// years are calendar ones. The one wording for every relative date the
// window and rapport-cli show (the exact date goes in a tooltip).
// Only QtCore, so the core (queue reasons) and the ui share it.

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace rapport {

class RelativeDate
{
    Q_DECLARE_TR_FUNCTIONS(RelativeDate)

public:
    // Empty for an invalid date; "in the future" for a day after `today`.
    static QString text(const QDate &date, const QDate &today = QDate::currentDate());
    // In days while under a year ("200 days ago"), for sentences that
    // set it beside a number of days ("keep in touch every 90 days"); a
    // year or more as text() says it ("15 years ago").
    static QString inDays(const QDate &date, const QDate &today = QDate::currentDate());
    // Whole calendar months from `from` to `to` (0 when `to` is earlier).
    static int monthsBetween(const QDate &from, const QDate &to);
};

} // namespace rapport
