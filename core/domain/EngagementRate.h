#pragma once

// The one definition of engagement rate, used by the Content page, the
// Insights page, `content list` and `stats content` alike: LinkedIn's
// engagements (reactions + comments + shares) ÷ views. For one piece the
// inputs are its latest reading; for a group (posts, articles) they are the
// totals over the pieces whose latest reading has views and engagements
// (all three counts, or LinkedIn's total from the analytics workbook).
// Where an input is missing nothing is guessed: the rate is unknown and says
// why. The people the user logged as engaging never enter it.

#include "domain/ContentMetrics.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <optional>

namespace rapport {

class EngagementRate
{
    Q_DECLARE_TR_FUNCTIONS(EngagementRate)

public:
    enum class Status {
        Known,            // engagements ÷ views
        NoNumbers,        // no reading at all
        NoViews,          // views unknown
        ZeroViews,        // views are 0: nothing to divide by
        NoCounts,         // views, but none of reactions, comments, shares
        IncompleteCounts, // views, but one or two of the three unknown
    };

    // The rate of one piece from its latest reading (nullopt: none).
    static EngagementRate ofReading(const std::optional<ContentMetrics> &reading);
    // Total engagements ÷ total views of a group. `views` 0 with `status`
    // Known gives ZeroViews; a group with nothing counted passes the reason.
    static EngagementRate ofTotals(qint64 engagements, qint64 views);
    static EngagementRate unknown(Status why);

    Status status() const { return m_status; }
    std::optional<double> value() const { return m_value; }
    qint64 engagements() const { return m_engagements; }
    qint64 views() const { return m_views; }

    // "16.1 %" (one decimal), "no counts", "counts incomplete", or "—" with
    // nothing to divide by; numbers in `locale` (the CLI uses the C locale).
    QString text(const QLocale &locale = QLocale::c()) const;
    // The calculation with its inputs, to check by hand:
    // "(reactions + comments + shares) ÷ views = 129 ÷ 800 = 16.1 %", or why
    // there is none.
    QString explanation(const QLocale &locale = QLocale::c()) const;
    // "16.1 %" for a fraction, one decimal, in `locale`.
    static QString percent(double fraction, const QLocale &locale = QLocale::c());
    // The status as a word for JSON: "ok", "no_numbers", "no_views",
    // "zero_views", "no_counts", "counts_incomplete".
    QString statusName() const;

private:
    Status m_status = Status::NoNumbers;
    std::optional<double> m_value;
    qint64 m_engagements = 0;
    qint64 m_views = 0;
};

} // namespace rapport
