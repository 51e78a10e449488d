#include "io/AnalyticsImporter.h"

#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/ContentPiece.h"
#include "domain/DateText.h"
#include "io/AnalyticsWorkbookReader.h"
#include "store/AnalyticsStore.h"
#include "store/ContentStore.h"
#include "store/ImportJournal.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <climits>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// What one day's new reading does, given the readings already stored for
// that day (winners first).
struct DayPlan
{
    bool store = false;   // written as this export's reading
    bool added = false;   // no export had the day before
    bool changed = false; // the day's shown numbers change
};

DayPlan plan(const QList<AnalyticsStore::Reading> &stored, const QDate &exportEnd, qint64 first,
             qint64 second)
{
    DayPlan p;
    if (stored.isEmpty()) {
        p.store = p.added = true;
        return p;
    }
    // The newest reading of this same export (same last day): equal means
    // this workbook, or one just like it, was imported already.
    for (const AnalyticsStore::Reading &r : stored) {
        if (r.exportEnd == exportEnd) {
            if (r.first == first && r.second == second)
                return p;
            break;
        }
    }
    p.store = true;
    const AnalyticsStore::Reading &winner = stored.first();
    // A tie on the last day goes to the later import: this one.
    const bool wins = winner.exportEnd <= exportEnd;
    p.changed = wins && (winner.first != first || winner.second != second);
    return p;
}

QHash<QDate, QList<AnalyticsStore::Reading>> byDay(const QList<AnalyticsStore::Reading> &list)
{
    QHash<QDate, QList<AnalyticsStore::Reading>> map;
    for (const AnalyticsStore::Reading &r : list)
        map[r.day] << r;
    return map;
}

template <typename T> void span(const QList<T> &list, QDate *from, QDate *to)
{
    for (const T &item : list) {
        if (!from->isValid() || item.date < *from)
            *from = item.date;
        if (!to->isValid() || item.date > *to)
            *to = item.date;
    }
}

bool sameAudience(const QList<AnalyticsDemographic> &a, const QList<AnalyticsDemographic> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).category != b.at(i).category || a.at(i).value != b.at(i).value ||
            a.at(i).belowOnePercent != b.at(i).belowOnePercent ||
            (!a.at(i).belowOnePercent && qAbs(a.at(i).share - b.at(i).share) > 1e-9))
            return false;
    }
    return true;
}

bool isWebAddress(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"http"_s || url.scheme() == u"https"_s) &&
           !url.host().isEmpty();
}

} // namespace

AnalyticsImporter::AnalyticsImporter(Database &db)
    : m_db(db)
{}

QString AnalyticsImporter::activityIdOf(const QString &url)
{
    static const QRegularExpression pattern(u"activity[:-](\\d{6,})"_s);
    const QRegularExpressionMatch m = pattern.match(url);
    return m.hasMatch() ? m.captured(1) : QString();
}

bool AnalyticsImporter::importFile(const QString &path, AnalyticsImportReport *report,
                                   QString *error)
{
    AnalyticsWorkbookData data;
    return AnalyticsWorkbookReader::read(path, &data, error) && run(data, path, report, error);
}

bool AnalyticsImporter::run(const AnalyticsWorkbookData &data, const QString &source,
                            AnalyticsImportReport *report, QString *error)
{
    const QString file = QDir::toNativeSeparators(source);
    const auto fail = [&](const QString &why) {
        if (error)
            *error = tr("The LinkedIn analytics in %1 were not imported: %2 Nothing was changed.")
                         .arg(file, why);
        return false;
    };
    if (!data.periodEnd.isValid())
        return fail(tr("the workbook does not say which period it covers (DISCOVERY, cell B1)."));
    AnalyticsImportReport result;
    result.source = source;
    result.periodStart = data.periodStart;
    result.periodEnd = data.periodEnd;
    m_fileName = data.fileName.isEmpty() ? QFileInfo(source).fileName() : data.fileName;
    m_importId = 0;
    m_byActivity.clear();
    m_addressesRead = false;

    // The same workbook again: nothing to back up, record or write.
    if (!bringsAnything(data, &result)) {
        if (report)
            *report = result;
        return true;
    }
    result = AnalyticsImportReport();
    result.source = source;
    result.periodStart = data.periodStart;
    result.periodEnd = data.periodEnd;
    m_importId = 0;
    m_byActivity.clear();
    m_addressesRead = false;

    // Backed up first and recorded as it goes, so it can be undone.
    ImportJournal journal(m_db);
    QString why;
    if (!journal.prepare(u"analytics"_s, source, &why)) {
        if (error)
            *error = why;
        return false;
    }
    Transaction tx(m_db);
    if (!tx.started(&why) || !journal.begin(&why))
        return fail(why);
    AnalyticsStore store(m_db);
    m_store = &store;
    m_data = &data;
    const bool written = write(data, &result, journal.importId(), &why);
    m_store = nullptr;
    m_data = nullptr;
    if (!written || !journal.finish(&why))
        return fail(why);
    if (!tx.commit(&why))
        return fail(why);
    result.stored = m_importId > 0;
    if (report)
        *report = result;
    return true;
}

bool AnalyticsImporter::bringsAnything(const AnalyticsWorkbookData &data,
                                       AnalyticsImportReport *report)
{
    Transaction probe(m_db);
    if (!probe.isActive())
        return true; // the import itself says why
    AnalyticsStore store(m_db);
    m_store = &store;
    m_data = &data;
    m_probing = true;
    m_foundNew = false;
    QString why;
    const bool done = write(data, report, 0, &why);
    m_probing = false;
    m_store = nullptr;
    m_data = nullptr;
    probe.rollback();
    // A failure other than finding something new is the import's to report.
    return m_foundNew || !done;
}

bool AnalyticsImporter::ensureImport(QString *error)
{
    if (m_importId > 0)
        return true;
    if (m_probing) {
        m_foundNew = true;
        return false;
    }
    const AnalyticsWorkbookData &data = *m_data;
    AnalyticsStore::Import import;
    import.fileName = m_fileName;
    import.periodStart = data.periodStart;
    import.periodEnd = data.periodEnd;
    import.importedAt = QDateTime::currentDateTimeUtc();
    import.impressions = data.impressions;
    import.membersReached = data.membersReached;
    import.followersTotal = data.followersTotal;
    import.followersTotalOn = data.followersTotalDate;
    import.runId = m_runId;
    if (!m_store->addImport(import, error))
        return false;
    m_importId = import.id;
    return true;
}

bool AnalyticsImporter::write(const AnalyticsWorkbookData &data, AnalyticsImportReport *report,
                              qint64 runId, QString *error)
{
    m_runId = runId;
    QString readError;
    // Impressions and engagements per day.
    QDate from, to;
    span(data.days, &from, &to);
    QList<AnalyticsDay> newDays;
    if (!data.days.isEmpty()) {
        const auto stored = byDay(m_store->dayReadings(from, to, &readError));
        if (!readError.isEmpty()) {
            *error = readError;
            return false;
        }
        for (const AnalyticsDay &d : data.days) {
            const DayPlan p =
                plan(stored.value(d.date), data.periodEnd, d.impressions, d.engagements);
            report->daysAdded += p.added ? 1 : 0;
            report->daysChanged += p.changed ? 1 : 0;
            if (p.store)
                newDays << d;
        }
    }
    report->daysRead = int(data.days.size());
    // Followers per day.
    from = to = QDate();
    span(data.followerDays, &from, &to);
    QList<AnalyticsFollowerDay> newFollowers;
    if (!data.followerDays.isEmpty()) {
        const auto stored = byDay(m_store->followerReadings(from, to, &readError));
        if (!readError.isEmpty()) {
            *error = readError;
            return false;
        }
        for (const AnalyticsFollowerDay &d : data.followerDays) {
            const DayPlan p = plan(stored.value(d.date), data.periodEnd, d.newFollowers, d.total);
            report->followerDaysAdded += p.added ? 1 : 0;
            report->followerDaysChanged += p.changed ? 1 : 0;
            if (p.store)
                newFollowers << d;
        }
    }
    report->followerDaysRead = int(data.followerDays.size());
    // The audience, unless the latest import of this same export had it.
    report->demographicsRead = int(data.demographics.size());
    report->demographicsStored =
        !data.demographics.isEmpty() &&
        !sameAudience(m_store->demographics(nullptr, data.periodEnd), data.demographics);

    if (!newDays.isEmpty() || !newFollowers.isEmpty() || report->demographicsStored) {
        if (!ensureImport(error) || !m_store->addDays(m_importId, newDays, error) ||
            !m_store->addFollowerDays(m_importId, newFollowers, error))
            return false;
        if (report->demographicsStored &&
            !m_store->addDemographics(m_importId, data.demographics, error))
            return false;
    }
    report->postsRead = int(data.topPosts.size());
    for (const AnalyticsTopPost &post : data.topPosts) {
        if (!importPost(post, data.periodEnd, report, error))
            return false;
    }
    return true;
}

qint64 AnalyticsImporter::contentByAddress(const AnalyticsTopPost &post)
{
    if (!m_addressesRead) {
        const QMap<qint64, QString> urls = m_store->contentUrls();
        for (auto it = urls.constBegin(); it != urls.constEnd(); ++it) {
            const QString id = activityIdOf(it.value());
            if (!id.isEmpty() && !m_byActivity.contains(id))
                m_byActivity.insert(id, it.key());
        }
        m_addressesRead = true;
    }
    if (const qint64 id = m_byActivity.value(post.activityId))
        return id;
    if (post.url.trimmed().isEmpty())
        return 0;
    const std::optional<ContentPiece> same = ContentStore(m_db).findByUrl(post.url.trimmed());
    return same ? same->id : 0;
}

bool AnalyticsImporter::importPost(const AnalyticsTopPost &post, const QDate &readOn,
                                   AnalyticsImportReport *report, QString *error)
{
    const QString activityId = post.activityId.isEmpty() ? activityIdOf(post.url) : post.activityId;
    if (activityId.isEmpty())
        return true;
    AnalyticsTopPost keyed = post;
    keyed.activityId = activityId;
    qint64 contentId = m_store->contentForActivity(activityId);
    if (contentId > 0) {
        ++report->postsMatched;
    } else {
        contentId = contentByAddress(keyed);
        const bool created = contentId == 0;
        if (!ensureImport(error))
            return false;
        if (created) {
            ContentPiece piece;
            piece.kind = ContentKind::Post;
            piece.title = post.published.isValid()
                              ? tr("LinkedIn post of %1").arg(DateText::isoDate(post.published))
                              : tr("LinkedIn post %1").arg(activityId);
            piece.url = isWebAddress(post.url) ? post.url.trimmed() : QString();
            piece.publishedOn = post.published;
            QString why;
            if (!ContentStore(m_db).add(piece, &why)) {
                *error = tr("the post %1 could not be added: %2").arg(post.url, why);
                return false;
            }
            contentId = piece.id;
            m_byActivity.insert(activityId, contentId);
            ++report->postsCreated;
        } else {
            ++report->postsMatched;
        }
        if (!m_store->linkPost(activityId, contentId, m_importId, created, error))
            return false;
    }
    const std::optional<int> views =
        post.impressions >= 0 ? std::optional<int>(int(qMin<qint64>(post.impressions, INT_MAX)))
                              : std::nullopt;
    const std::optional<qint64> total =
        post.engagements >= 0 ? std::optional<qint64>(post.engagements) : std::nullopt;
    if (!views && !total)
        return true;
    AnalyticsStore::Write what = AnalyticsStore::Write::Unchanged;
    if (!m_store->writePostReading(contentId, readOn, views, total, &what, error))
        return false;
    report->readingsAdded += what == AnalyticsStore::Write::Added ? 1 : 0;
    report->readingsChanged += what == AnalyticsStore::Write::Changed ? 1 : 0;
    if (what != AnalyticsStore::Write::Unchanged && !ensureImport(error))
        return false;
    return true;
}

} // namespace rapport
