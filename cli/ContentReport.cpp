#include "ContentReport.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue orNull(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue orNull(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue orNull(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

QString ContentReport::percent(const std::optional<double> &fraction)
{
    return fraction ? EngagementRate::percent(*fraction) : u"—"_s;
}

QString ContentReport::amount(double value)
{
    QString text = QString::number(value, 'f', 1);
    if (text.endsWith(u".0"_s))
        text.chop(2);
    return text;
}

QString ContentReport::countText(bool hasReading, const std::optional<qint64> &count)
{
    if (!hasReading)
        return u"—"_s;
    return count ? QString::number(*count) : u"?"_s;
}

QJsonObject ContentReport::pieceJson(const ContentStats &s)
{
    const std::optional<ContentMetrics> &latest = s.latest;
    const auto count = [&latest](std::optional<int> ContentMetrics::*field) {
        return latest ? orNull((*latest).*field) : QJsonValue(QJsonValue::Null);
    };
    const EngagementRate rate = s.rate();
    return QJsonObject{
        {u"id"_s, s.piece.id},
        {u"kind"_s, ContentPiece::kindName(s.piece.kind)},
        {u"title"_s, s.piece.title},
        {u"url"_s, orNull(s.piece.url)},
        {u"published_on"_s, orNull(dateText(s.piece.publishedOn))},
        {u"metrics_on"_s, latest ? orNull(dateText(latest->takenOn)) : QJsonValue()},
        {u"views"_s, count(&ContentMetrics::views)},
        {u"reactions"_s, count(&ContentMetrics::reactions)},
        {u"comments"_s, count(&ContentMetrics::comments)},
        {u"shares"_s, count(&ContentMetrics::shares)},
        {u"engagements"_s, latest ? orNull(latest->engagements()) : QJsonValue()},
        {u"engagement_rate"_s, orNull(rate.value())},
        {u"engagement_rate_status"_s, rate.statusName()},
        {u"like_share"_s, orNull(s.likeShare())},
        {u"engagers_logged"_s, s.loggedEngagers},
    };
}

QJsonObject ContentReport::readingJson(const ContentMetrics &m)
{
    const EngagementRate rate = EngagementRate::ofReading(m);
    return QJsonObject{
        {u"id"_s, m.id},
        {u"taken_on"_s, orNull(dateText(m.takenOn))},
        {u"views"_s, orNull(m.views)},
        {u"reactions"_s, orNull(m.reactions)},
        {u"comments"_s, orNull(m.comments)},
        {u"shares"_s, orNull(m.shares)},
        {u"engagements"_s, orNull(m.engagements())},
        {u"engagement_rate"_s, orNull(rate.value())},
        {u"engagement_rate_status"_s, rate.statusName()},
    };
}

QStringList ContentReport::table(const QList<QStringList> &rows, int firstNumber)
{
    QList<qsizetype> widths;
    for (const QStringList &cells : rows) {
        for (int i = 0; i < cells.size(); ++i) {
            if (i >= widths.size())
                widths << 0;
            widths[i] = qMax(widths[i], cells.at(i).size());
        }
    }
    QStringList lines;
    for (const QStringList &cells : rows) {
        QStringList padded;
        for (int i = 0; i < cells.size(); ++i) {
            padded << (i >= firstNumber ? cells.at(i).rightJustified(widths[i])
                                        : cells.at(i).leftJustified(widths[i]));
        }
        lines << padded.join(u"  "_s);
    }
    return lines;
}

QJsonObject ContentReport::summaryJson(const ContentKindSummary &s)
{
    return QJsonObject{
        {u"pieces"_s, s.pieces},
        {u"pieces_with_numbers"_s, s.piecesWithNumbers},
        {u"pieces_with_views"_s, s.piecesWithViews},
        {u"pieces_counted"_s, s.piecesCounted},
        {u"views"_s, s.views},
        {u"engagements"_s, s.engagements},
        // An average over no pieces is not 0: null, like every rate.
        {u"average_views"_s, s.piecesWithViews > 0 ? QJsonValue(s.averageViews) : QJsonValue()},
        {u"average_engagements"_s,
         s.piecesCounted > 0 ? QJsonValue(s.averageEngagements) : QJsonValue()},
        {u"engagement_rate"_s, orNull(s.rate.value())},
        {u"engagement_rate_status"_s, s.rate.statusName()},
        {u"engagers_logged"_s, s.loggedEngagers},
        {u"average_engagers_logged"_s,
         s.pieces > 0 ? QJsonValue(s.averageLoggedEngagers) : QJsonValue()},
    };
}

QString ContentReport::summaryText(const ContentKindSummary &s)
{
    const QString label = s.kind == ContentKind::Article ? tr("Articles") : tr("Posts");
    if (s.pieces == 0)
        return tr("%1: none.").arg(label);
    QString why;
    switch (s.rate.status()) {
    case EngagementRate::Status::Known:
        why = s.piecesCounted == s.pieces
                  ? tr("%1 engagements ÷ %2 views")
                        .arg(QString::number(s.engagements), QString::number(s.views))
                  : tr("%1 engagements ÷ %2 views, over the %3 with views and counts")
                        .arg(QString::number(s.engagements), QString::number(s.views),
                             QString::number(s.piecesCounted));
        break;
    case EngagementRate::Status::NoCounts:
        why = tr("views, but no reactions, comments or shares recorded");
        break;
    case EngagementRate::Status::IncompleteCounts:
        why = tr("views, but not all of reactions, comments and shares recorded");
        break;
    case EngagementRate::Status::NoNumbers:
    case EngagementRate::Status::NoViews:
    case EngagementRate::Status::ZeroViews:
        why = tr("no views recorded");
        break;
    }
    QString views;
    if (s.piecesWithViews > 0) {
        views = s.piecesWithViews == s.pieces
                    ? tr(", on average %1 views").arg(amount(s.averageViews))
                    : tr(", on average %1 views (of the %2 with views)")
                          .arg(amount(s.averageViews), QString::number(s.piecesWithViews));
    }
    return tr("%1: %2, engagement rate %3 (%4)%5; engagers you logged: %6 on average.")
        .arg(label, QString::number(s.pieces), s.rate.text(), why, views,
             amount(s.averageLoggedEngagers));
}

} // namespace rapport
