#include "insights/charts/ContentChart.h"

#include "common/ChartPanel.h"
#include "domain/ContentKindSummary.h"
#include "insights/charts/ChartKit.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace rapport {

QString ContentChart::title()
{
    return tr("Posts versus articles");
}

void ContentChart::fill(ChartPanel *panel, const QList<ContentStats> &content)
{
    // One definition of engagement rate (ContentStats, ContentKindSummary):
    // the Content page's and `rapport-cli stats content`'s numbers.
    QList<ContentStats> all;
    for (const ContentStats &row : content) {
        if (row.latest)
            all << row;
    }
    QList<ContentStats> points;
    for (const ContentStats &p : std::as_const(all)) {
        if (p.engagementRate() && p.piece.publishedOn.isValid())
            points << p;
    }
    if (points.isEmpty()) {
        panel->showEmpty(tr("No numbers for your posts and articles yet"),
                         tr("Add your posts and articles on the Content page and enter their "
                            "views, reactions, comments and shares with Add Numbers. This chart "
                            "then compares the engagement of posts and articles."));
        return;
    }
    const QPalette palette = panel->palette();
    QChart *chart = ChartKit::newChart(title());
    QDate first = points.first().piece.publishedOn, last = first;
    double top = 0;
    for (const ContentStats &p : std::as_const(points)) {
        first = std::min(first, p.piece.publishedOn);
        last = std::max(last, p.piece.publishedOn);
        top = std::max(top, p.engagementRate().value_or(0) * 100);
    }
    auto *x = ChartKit::dateAxis(first, last, tr("Published"));
    auto *y = ChartKit::valueAxis(tr("Engagement rate, % of views"), top * 1.15, true);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    QString side;
    for (const auto &[kind, color, plural] :
         {std::tuple{ContentKind::Post, ChartKit::accent(palette), tr("Posts")},
          std::tuple{ContentKind::Article, ChartKit::ink(palette), tr("Articles")}}) {
        side += addKind(chart, panel, all, points, kind, color, plural, x, y);
    }
    side += tr("<p><i>How is this computed?</i> Engagement rate = (reactions + comments + "
               "shares) ÷ views of each piece's latest numbers; for posts or articles, their "
               "totals divided, over the pieces with views and all three counts. The people "
               "you logged are counted apart. Hover over a point to see its numbers.</p>"
               "<p>A post counts a view when it loads on a screen, an article only when it is "
               "opened, so compare engagement, not views.</p>");
    panel->setChart(chart);
    panel->setSideText(side);
    panel->setCsv({tr("Kind"), tr("Title"), tr("Published"), tr("Numbers from"), tr("Views"),
                   tr("Engagements"), tr("Engagement rate (%)"), tr("Engagers you logged")},
                  csvRows(all), u"posts-versus-articles.csv"_s);
}

QString ContentChart::addKind(QChart *chart, ChartPanel *panel, const QList<ContentStats> &all,
                              const QList<ContentStats> &points, ContentKind kind,
                              const QColor &color, const QString &plural, QDateTimeAxis *x,
                              QAbstractAxis *y)
{
    const QDate from = x->min().date(), to = x->max().date();
    const QLocale locale;
    auto *scatter = new QScatterSeries;
    scatter->setName(plural);
    scatter->setColor(color);
    scatter->setBorderColor(color);
    scatter->setMarkerSize(11);
    // Told apart by shape too, not by colour alone.
    scatter->setMarkerShape(kind == ContentKind::Post ? QScatterSeries::MarkerShapeCircle
                                                      : QScatterSeries::MarkerShapeRectangle);
    QList<ContentStats> mine;
    for (const ContentStats &p : std::as_const(points)) {
        if (p.piece.kind == kind) {
            scatter->append(ChartKit::msOf(p.piece.publishedOn),
                            p.engagementRate().value_or(0) * 100);
            mine << p;
        }
    }
    const ContentKindSummary average = ContentKindSummary::of(all, kind);
    if (mine.isEmpty()) {
        delete scatter;
        return tr("<p><b>%1</b>: none with views and counts yet.</p>").arg(plural);
    }
    ChartKit::attach(chart, scatter, x, y);
    panel->trackHover(scatter, [mine](int i) {
        const ContentStats &p = mine.at(i);
        return tr("%1 (%2, %3): %4")
            .arg(p.piece.title, p.piece.kind == ContentKind::Post ? tr("post") : tr("article"),
                 ChartKit::shortDate(p.piece.publishedOn), p.rate().explanation(QLocale()));
    });
    auto *avg = ChartKit::line(tr("%1 on average").arg(plural), color, 1.5);
    avg->setPointsVisible(false);
    QPen pen = avg->pen();
    pen.setStyle(Qt::DashLine);
    avg->setPen(pen);
    avg->append(ChartKit::msOf(from), average.rate.value().value_or(0) * 100);
    avg->append(ChartKit::msOf(to), average.rate.value().value_or(0) * 100);
    ChartKit::attach(chart, avg, x, y);
    return tr("<p><b>%1</b> (%2 with views and counts): %3 engagements ÷ %4 views = "
              "<b>%5</b>; on average %6 views; engagers you logged: %7.</p>")
        .arg(plural, ChartKit::number(average.piecesCounted), ChartKit::number(average.engagements),
             ChartKit::number(average.views), average.rate.text(locale),
             ChartKit::number(qRound64(average.averageViews)),
             ChartKit::number(average.loggedEngagers));
}

QList<QStringList> ContentChart::csvRows(const QList<ContentStats> &all)
{
    QList<QStringList> rows;
    const auto count = [](const std::optional<qint64> &n) {
        return n ? QString::number(*n) : QString();
    };
    for (const ContentStats &p : std::as_const(all)) {
        const std::optional<qint64> views =
            p.latest->views ? std::optional<qint64>(*p.latest->views) : std::nullopt;
        rows << QStringList{ContentPiece::kindName(p.piece.kind),
                            p.piece.title,
                            ChartKit::iso(p.piece.publishedOn),
                            ChartKit::iso(p.latest->takenOn),
                            count(views),
                            count(p.latest->engagements()),
                            ChartKit::plain(p.engagementRate()),
                            QString::number(p.loggedEngagers)};
    }
    return rows;
}

} // namespace rapport
