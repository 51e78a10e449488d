#pragma once

// The integrity check's part for the maintained summaries the charts, the
// network review and the network score read instead of scanning: the
// connections per industry, location and company (connection_group) and per
// last day in touch (connection_touch), what each piece of content counts
// (content_tally, content_engager) and the outreach funnel's invitations and
// InMails per day (outreach_tally). Each is compared with a count made
// afresh from the rows it summarises, and a wrong one is counted afresh.
// IntegrityCheck runs it; the contacts per tier are its own check.

#include "store/IntegrityCheck.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace rapport {

class Database;

class SummaryCheck
{
    Q_DECLARE_TR_FUNCTIONS(SummaryCheck)

public:
    explicit SummaryCheck(Database &db);

    // Appends one problem per summary that differs from its recount; false
    // only when a comparison could not run (*error says why).
    bool check(QList<IntegrityCheck::Problem> *problems, QString *error);
    // Counts afresh every summary `found` names, inside the caller's
    // transaction; `done` gets one line per summary. False with the
    // database's words in *error when a statement fails.
    bool repair(const QList<IntegrityCheck::Problem> &found, QStringList *done, QString *error);

    static bool covers(IntegrityCheck::Area area);

private:
    // One wrong row as the message names it, in the language shown.
    static QString exampleText(IntegrityCheck::Area area, const QString &label);

    Database &m_db;
};

} // namespace rapport
