#include "domain/ExportChanges.h"

#include "domain/DateText.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

bool hasRole(const ExportSighting &s)
{
    return !s.company.trimmed().isEmpty() || !s.position.trimmed().isEmpty();
}

QString role(const QString &position, const QString &company)
{
    if (position.isEmpty())
        return company.isEmpty() ? ExportChanges::tr("(no role given)") : company;
    if (company.isEmpty())
        return position;
    return ExportChanges::tr("%1 at %2").arg(position, company);
}

} // namespace

ExportChanges::Diff ExportChanges::compare(const QHash<qint64, ExportSighting> &before,
                                           const QList<ExportSighting> &now)
{
    Diff diff;
    QSet<qint64> seen;
    seen.reserve(now.size());
    for (const ExportSighting &s : now) {
        if (s.contactId <= 0 || seen.contains(s.contactId))
            continue;
        seen.insert(s.contactId);
        const auto was = before.constFind(s.contactId);
        if (was == before.constEnd()) {
            diff.added << s;
            diff.differing << s;
            continue;
        }
        if (was->sameAs(s)) {
            diff.same << s.contactId;
            continue;
        }
        diff.differing << s;
        // A role that appears or disappears (LinkedIn left it out of one
        // export) is not a new job.
        if (!was->sameRole(s) && hasRole(*was) && hasRole(s))
            diff.jobChanges.append({*was, s});
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!seen.contains(it.key()))
            diff.gone << it.value();
    }
    return diff;
}

QList<ExportChange::Kind> ExportChanges::kinds()
{
    return {ExportChange::Kind::NewConnection, ExportChange::Kind::Gone,
            ExportChange::Kind::JobChange, ExportChange::Kind::InvitationAccepted,
            ExportChange::Kind::NewMessages};
}

int ExportChanges::count(ExportChange::Kind kind) const
{
    return int(std::count_if(items.cbegin(), items.cend(),
                             [kind](const ExportChange &c) { return c.kind == kind; }));
}

QList<ExportChange> ExportChanges::of(ExportChange::Kind kind) const
{
    QList<ExportChange> list;
    for (const ExportChange &c : items) {
        if (c.kind == kind)
            list << c;
    }
    return list;
}

QString ExportChanges::groupTitle(ExportChange::Kind kind)
{
    switch (kind) {
    case ExportChange::Kind::NewConnection:
        return tr("New connections");
    case ExportChange::Kind::Gone:
        return tr("No longer connected");
    case ExportChange::Kind::JobChange:
        return tr("Job changes");
    case ExportChange::Kind::InvitationAccepted:
        return tr("Invitations accepted");
    case ExportChange::Kind::NewMessages:
        return tr("New messages");
    }
    return {};
}

QString ExportChanges::detail(const ExportChange &c, bool localDates)
{
    const auto date = [localDates](const QDate &day) {
        return localDates ? QLocale().toString(day, QLocale::ShortFormat) : DateText::isoDate(day);
    };
    switch (c.kind) {
    case ExportChange::Kind::NewConnection:
    case ExportChange::Kind::InvitationAccepted:
        return c.day.isValid() ? tr("connected on %1").arg(date(c.day)) : QString();
    case ExportChange::Kind::Gone:
        return tr("not in the latest export");
    case ExportChange::Kind::JobChange:
        return tr("%1 \u2192 %2")
            .arg(role(c.oldPosition, c.oldCompany), role(c.newPosition, c.newCompany));
    case ExportChange::Kind::NewMessages:
        return c.day.isValid()
                   ? tr("%n new messages, the latest on %1", nullptr, c.count).arg(date(c.day))
                   : tr("%n new messages", nullptr, c.count);
    }
    return {};
}

QString ExportChanges::headline(int changes) const
{
    const QString when = QLocale().toString(importedAt.toLocalTime().date(), QLocale::ShortFormat);
    const QString file = QFileInfo(source).fileName();
    switch (state) {
    case State::NoExport:
        return tr("No LinkedIn data export imported yet: import one now and again in a few "
                  "weeks to see who connected, who left and who changed jobs.");
    case State::FirstExport:
        return tr("First export (%1, imported %2): nothing to compare yet. Import your next "
                  "export to see what changed since.")
            .arg(file, when);
    case State::NoConnections:
        return tr("The latest export (%1, imported %2) had no Connections.csv, so there are no "
                  "connections to compare. Import the export's Connections.csv too (LinkedIn "
                  "may have sent it as a second ZIP).")
            .arg(file, when);
    case State::Compared:
        break;
    }
    const QString since = QLocale().toString(previousAt.toLocalTime().date(), QLocale::ShortFormat);
    if (changes == 0)
        return tr("Nothing changed between the export imported %1 (%2) and the one before it "
                  "(%3).")
            .arg(when, file, since);
    return tr("%n changes in the export imported %1 (%2) since the one before it (%3).", nullptr,
              changes)
        .arg(when, file, since);
}

QJsonObject ExportChanges::toJson() const
{
    static const char *const states[] = {"no_export", "first_export", "no_connections", "compared"};
    QJsonObject o;
    o.insert(u"state"_s, QString::fromLatin1(states[int(state)]));
    o.insert(u"message"_s, headline());
    if (importId > 0) {
        o.insert(u"imported_at"_s, importedAt.toUTC().toString(Qt::ISODate));
        o.insert(u"source"_s, source);
        o.insert(u"connections"_s, connections);
    }
    if (previousAt.isValid()) {
        o.insert(u"previous_imported_at"_s, previousAt.toUTC().toString(Qt::ISODate));
        o.insert(u"previous_source"_s, previousSource);
    }
    static const char *const groups[] = {"new_connections", "no_longer_connected", "job_changes",
                                         "invitations_accepted", "new_messages"};
    QJsonObject counts;
    int g = 0;
    for (ExportChange::Kind kind : kinds()) {
        QJsonArray rows;
        for (const ExportChange &c : of(kind)) {
            QJsonObject row;
            row.insert(u"contact_id"_s, c.contactId);
            row.insert(u"name"_s, c.name);
            if (kind == ExportChange::Kind::JobChange) {
                row.insert(u"old_company"_s, c.oldCompany);
                row.insert(u"old_position"_s, c.oldPosition);
                row.insert(u"new_company"_s, c.newCompany);
                row.insert(u"new_position"_s, c.newPosition);
            }
            if (kind == ExportChange::Kind::NewMessages)
                row.insert(u"count"_s, c.count);
            if (c.day.isValid())
                row.insert(kind == ExportChange::Kind::NewMessages ? u"latest_on"_s
                                                                   : u"connected_on"_s,
                           DateText::isoDate(c.day));
            rows.append(row);
        }
        const QString key = QString::fromLatin1(groups[g++]);
        o.insert(key, rows);
        counts.insert(key, int(rows.size()));
    }
    o.insert(u"counts"_s, counts);
    o.insert(u"total"_s, total());
    return o;
}

} // namespace rapport
