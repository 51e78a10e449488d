#include "io/ImportReport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

QJsonObject countsJson(const ImportReport::Counts &counts)
{
    return QJsonObject{{u"created"_s, counts.created},
                       {u"updated"_s, counts.updated},
                       {u"unchanged"_s, counts.unchanged}};
}

} // namespace

void ImportReport::skip(const QString &file, qint64 line, const QString &reason)
{
    if (skipped.size() < maxListed)
        skipped.append(Skip{file, line, reason});
    else
        ++skippedNotListed;
}

void ImportReport::warn(const QString &file, qint64 line, const QString &reason)
{
    if (warnings.size() < maxListed)
        warnings.append(Skip{file, line, reason});
    else
        ++warningsNotListed;
}

QString ImportReport::toText(int maxSkips) const
{
    QStringList lines;
    lines << tr("Imported %1 (%2)").arg(QDir::toNativeSeparators(source), files.join(u", "_s));
    lines << tr("Rows read: %1").arg(rowsRead);
    lines << tr("Contacts: %1 created, %2 updated, %3 unchanged")
                 .arg(contacts.created)
                 .arg(contacts.updated)
                 .arg(contacts.unchanged);
    lines << tr("Outreach: %1 created, %2 updated, %3 unchanged")
                 .arg(outreach.created)
                 .arg(outreach.updated)
                 .arg(outreach.unchanged);
    if (hiddenProfiles > 0) {
        lines << tr("Skipped: %1 (hidden or closed profiles, rows with only a date: %2)")
                     .arg(skippedCount())
                     .arg(hiddenProfiles);
    } else {
        lines << tr("Skipped: %1").arg(skippedCount());
    }
    const auto list = [&](const QList<Skip> &items, qint64 notListed) {
        const int shown = int(qMin<qsizetype>(items.size(), qMax(maxSkips, 0)));
        for (int i = 0; i < shown; ++i) {
            const Skip &s = items.at(i);
            lines << tr("  %1 line %2: %3").arg(s.file).arg(s.line).arg(s.reason);
        }
        const qint64 rest = items.size() - shown + notListed;
        if (rest <= 0)
            return;
        if (items.size() > shown)
            lines
                << tr("  … and %L1 more (--json lists the first %L2)").arg(rest).arg(items.size());
        else
            lines << tr("  … and %L1 more").arg(rest);
    };
    list(skipped, skippedNotListed);
    if (warningCount() > 0) {
        lines << tr("Imported without a field: %1").arg(warningCount());
        list(warnings, warningsNotListed);
    }
    if (!exportChanges.isEmpty())
        lines << tr("Changes since the last export: %1").arg(exportChanges);
    return lines.join(u'\n');
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray notes;
    for (const Skip &w : warnings) {
        notes.append(
            QJsonObject{{u"file"_s, w.file}, {u"line"_s, double(w.line)}, {u"reason"_s, w.reason}});
    }
    QJsonArray skips;
    for (const Skip &s : skipped) {
        skips.append(
            QJsonObject{{u"file"_s, s.file}, {u"line"_s, double(s.line)}, {u"reason"_s, s.reason}});
    }
    QJsonObject json{{u"source"_s, QDir::toNativeSeparators(source)},
                     {u"files"_s, QJsonArray::fromStringList(files)},
                     {u"rows_read"_s, double(rowsRead)},
                     {u"created"_s, created()},
                     {u"updated"_s, updated()},
                     {u"unchanged"_s, unchanged()},
                     {u"skipped"_s, skippedCount()},
                     {u"warnings"_s, notes},
                     {u"warning_count"_s, double(warningCount())},
                     {u"warnings_not_listed"_s, double(warningsNotListed)},
                     {u"hidden_profiles"_s, hiddenProfiles},
                     {u"contacts"_s, countsJson(contacts)},
                     {u"outreach"_s, countsJson(outreach)},
                     {u"skipped_rows"_s, skips},
                     {u"skipped_rows_not_listed"_s, double(skippedNotListed)}};
    if (exportChangeCount >= 0) {
        json.insert(u"export_changes"_s, exportChanges);
        json.insert(u"export_change_count"_s, exportChangeCount);
    }
    return json;
}

} // namespace rapport
