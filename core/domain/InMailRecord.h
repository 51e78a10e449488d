#pragma once

// One InMail as the credit ledger sees it: when it went out, when (if ever)
// it was answered, and whether it asked for a negative answer.

#include <QDate>

namespace rapport {

struct InMailRecord
{
    qint64 id = 0;
    QDate sent;
    // Invalid = no answer yet. Any answer counts, "not interested" included:
    // LinkedIn returns the credit for it all the same.
    QDate answered;
    // It asked for a negative answer ("reply Not Interested"), detected or
    // ticked by hand.
    bool askedNegative = false;
};

} // namespace rapport
