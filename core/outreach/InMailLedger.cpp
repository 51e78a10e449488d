#include "outreach/InMailLedger.h"

#include <algorithm>
#include <map>
#include <vector>

namespace rapport {

namespace {

// Ordered so that within a day grants come first, then returns for InMails
// sent on earlier days, then sends, then returns for same-day sends.
enum Phase { Grant, EarlierReturn, Send, SameDayReturn };

struct Event
{
    qint64 day = 0;
    Phase phase = Grant;
    qint64 id = 0;
    int index = 0; // into the InMail list; unused for grants
};

std::optional<double> rate(int answered, int sent)
{
    if (sent <= 0)
        return std::nullopt;
    return double(answered) / double(sent);
}

} // namespace

InMailLedger InMailLedger::compute(const QList<InMailRecord> &inmails, const InMailPlan &plan,
                                   const QDate &planStart, const QDate &today)
{
    InMailLedger ledger;
    if (!today.isValid())
        return ledger;
    const qint64 todayDay = today.toJulianDay();

    std::vector<Event> events;
    const int perMonth = std::max(0, plan.monthlyCredits);
    if (planStart.isValid() && planStart <= today && perMonth > 0) {
        for (QDate month(planStart.year(), planStart.month(), 1); month <= today;
             month = month.addMonths(1))
            events.push_back({month.toJulianDay(), Grant, 0, 0});
    }

    for (int i = 0; i < inmails.size(); ++i) {
        const InMailRecord &m = inmails.at(i);
        if (!m.sent.isValid() || m.sent > today)
            continue;
        const qint64 sentDay = m.sent.toJulianDay();
        events.push_back({sentDay, Send, m.id, i});
        ++ledger.sent;
        (m.askedNegative ? ledger.askedNegativeSent : ledger.notAskedSent) += 1;
        if (!m.answered.isValid() || m.answered > today) {
            if (todayDay <= sentDay + AnswerWindowDays)
                ++ledger.awaitingAnswer;
            continue;
        }
        ++ledger.answered;
        (m.askedNegative ? ledger.askedNegativeAnswered : ledger.notAskedAnswered) += 1;
        const qint64 answerDay = std::max(sentDay, m.answered.toJulianDay());
        if (answerDay <= sentDay + AnswerWindowDays)
            events.push_back(
                {answerDay, answerDay == sentDay ? SameDayReturn : EarlierReturn, m.id, i});
    }
    ledger.responseRate = rate(ledger.answered, ledger.sent);
    ledger.askedNegativeRate = rate(ledger.askedNegativeAnswered, ledger.askedNegativeSent);
    ledger.notAskedRate = rate(ledger.notAskedAnswered, ledger.notAskedSent);

    std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        if (a.day != b.day)
            return a.day < b.day;
        if (a.phase != b.phase)
            return a.phase < b.phase;
        if (a.id != b.id)
            return a.id < b.id;
        return a.index < b.index;
    });

    // Unused credits by the last day they are usable.
    std::map<qint64, int> pool;
    // The last usable day of the credit each InMail holds; 0 = over budget.
    std::vector<qint64> held(size_t(inmails.size()), 0);
    std::vector<bool> creditReturned(size_t(inmails.size()), false);
    for (const Event &e : events) {
        switch (e.phase) {
        case Grant:
            pool[e.day + CreditLifeDays - 1] += perMonth;
            ledger.granted += perMonth;
            break;
        case Send: {
            const auto lot = pool.lower_bound(e.day);
            if (lot == pool.end()) {
                ++ledger.overBudget;
                break;
            }
            held[size_t(e.index)] = lot->first;
            if (--lot->second == 0)
                pool.erase(lot);
            break;
        }
        case EarlierReturn:
        case SameDayReturn:
            if (held[size_t(e.index)] == 0)
                break; // over budget: no credit to give back
            ++pool[held[size_t(e.index)]];
            creditReturned[size_t(e.index)] = true;
            ++ledger.returned;
            break;
        }
    }

    for (const auto &[lastUsable, count] : pool)
        (lastUsable >= todayDay ? ledger.available : ledger.expired) += count;
    for (int i = 0; i < inmails.size(); ++i) {
        if (held[size_t(i)] == 0 || creditReturned[size_t(i)])
            continue;
        const qint64 sentDay = inmails.at(i).sent.toJulianDay();
        (todayDay <= sentDay + AnswerWindowDays ? ledger.creditsHeld : ledger.spent) += 1;
    }
    return ledger;
}

} // namespace rapport
