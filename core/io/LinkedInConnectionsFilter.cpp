#include "io/LinkedInConnectionsFilter.h"

#include "domain/Contact.h"
#include "domain/ProfileUrl.h"
#include "domain/TextFold.h"
#include "io/ImportReport.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// Past this much memory waiting (about), rows without a URL go on at once.
constexpr qsizetype maxWaitingBytes = 32 << 20;

} // namespace

// The messages are the importer's, translated in its context.
LinkedInConnectionsFilter::LinkedInConnectionsFilter(const QString &file, bool fileHasUrls,
                                                     ImportReport *report)
    : m_file(file)
    , m_fileHasUrls(fileHasUrls)
    , m_report(report)
{}

quint64 LinkedInConnectionsFilter::fingerprint(const QString &key)
{
    quint64 h = qHash(key, size_t(0x52617070));
    if constexpr (sizeof(size_t) < sizeof(quint64))
        h = (h << 32) | qHash(key, size_t(0x6f727421));
    return h;
}

void LinkedInConnectionsFilter::take(LinkedInConnections::Row &&row,
                                     QList<LinkedInConnections::Row> &out)
{
    ++m_report->rowsRead;
    const qsizetype bytes = 256 + 2 * (row.firstName.size() + row.lastName.size() +
                                       row.email.size() + row.company.size() + row.position.size());
    if (m_fileHasUrls && row.url.isEmpty() && !row.hidden && row.problem.isEmpty() &&
        m_waitingBytes + bytes <= maxWaitingBytes) {
        m_waitingBytes += bytes;
        m_withoutUrl.append(std::move(row));
        return;
    }
    if (accept(row))
        out.append(std::move(row));
}

void LinkedInConnectionsFilter::finish(QList<LinkedInConnections::Row> &out)
{
    for (LinkedInConnections::Row &late : m_withoutUrl) {
        if (accept(late))
            out.append(std::move(late));
    }
    m_withoutUrl.clear();
    m_waitingBytes = 0;
}

bool LinkedInConnectionsFilter::accept(const LinkedInConnections::Row &row)
{
    if (row.hidden) {
        ++m_report->hiddenProfiles;
        return false;
    }
    if (!row.problem.isEmpty()) {
        m_report->skip(m_file, row.line, row.problem);
        return false;
    }
    if (row.firstName.trimmed().isEmpty()) {
        m_report->skip(m_file, row.line,
                       QCoreApplication::translate("LinkedInImporter", "no first name"));
        return false;
    }
    const QString slug = ProfileUrl::slug(row.url);
    if (!row.url.isEmpty() && slug.isEmpty()) {
        m_report->skip(m_file, row.line,
                       QCoreApplication::translate("LinkedInImporter",
                                                   "URL \"%1\" is not a LinkedIn profile address")
                           .arg(row.url));
        return false;
    }
    const quint64 personKey =
        fingerprint(TextFold::fold(Contact::fullName(row.firstName, row.lastName)) + u'\n' +
                    TextFold::fold(row.company));
    const quint64 slugKey = slug.isEmpty() ? 0 : fingerprint(slug);
    qint64 earlierLine = slug.isEmpty() ? m_seenPeople.value(personKey) : 0;
    if (earlierLine == 0 && slug.isEmpty())
        earlierLine = m_peopleWithUrl.value(personKey);
    if (!slug.isEmpty()) {
        // One lookup: the line already there, or this row's put in.
        qint64 &line = m_seenSlugs[slugKey];
        if (line > 0)
            earlierLine = line;
        else
            line = row.line;
    }
    if (earlierLine > 0) {
        m_report->skip(m_file, row.line,
                       QCoreApplication::translate("LinkedInImporter", "the same person as line %1")
                           .arg(earlierLine));
        return false;
    }
    if (slug.isEmpty()) {
        m_seenPeople.insert(personKey, row.line);
    } else if (m_fileHasUrls) {
        qint64 &first = m_peopleWithUrl[personKey];
        if (first == 0)
            first = row.line;
    }
    return true;
}

} // namespace rapport
