#pragma once

// The Insights page: how the network grows, one chart at a time, picked from
// a list — followers and connections, the true-follower ratio against the
// typical 5–10 % band, profile views and search appearances, posts versus
// articles, invitations and InMails per month (the outreach funnel), the
// contacts per tier and LinkedIn's daily impressions and engagements; then
// the network review and the audience (LinkedIn's analytics workbook). A chart reads its numbers
// when it is first shown after a reload, and again when the palette changes (its colours come from
// it).

#include "common/ChartPanel.h"
#include "domain/ContactReviewFilter.h"

#include <QDate>
#include <QList>
#include <QWidget>
#include <memory>

class QListWidget;
class QStackedWidget;

namespace rapport {

class ChangeWatcher;
class Database;
class AudiencePanel;
class InsightsQueries;
class NetworkReviewPanel;
class Session;

class InsightsPage : public QWidget
{
    Q_OBJECT

public:
    enum Chart {
        Network,
        Ratio,
        Views,
        Content,
        Invitations,
        InMails,
        Tiers,
        Impressions,
        ChartCount
    };

    explicit InsightsPage(QWidget *parent = nullptr);
    ~InsightsPage() override;

    // The database the charts read; nullptr shows every chart empty.
    void setDatabase(Database *db);
    // The session's database; reloads on every change the session reports,
    // at once when shown, otherwise when next shown.
    void setSession(Session *session);
    // Forgets the charts' numbers and reads the shown chart again.
    void reload();
    // The day the funnel's months end with (tests); invalid = today.
    void setToday(const QDate &today);

    void showChart(Chart chart);
    Chart currentChart() const;
    ChartPanel *panel(Chart chart) const { return m_panels.at(chart); }

    // The network review, listed after the charts.
    NetworkReviewPanel *reviewPanel() const { return m_review; }
    void showReview();
    bool isReviewShown() const;
    // The audience of the latest analytics workbook, listed last.
    AudiencePanel *audiencePanel() const { return m_audience; }
    void showAudience();
    bool isAudienceShown() const;

signals:
    // A network review list to show in Contacts.
    void reviewListRequested(const ContactReviewFilter &filter, const QString &title);

protected:
    // A panel's palette changed (light ↔ dark): its chart is drawn again.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Reads the chart's numbers and fills its panel (once per reload).
    void build(Chart chart);
    // What each chart says and offers while it has nothing to show.
    void setEmptyStates();
    void fillAudience();
    QDate today() const;

    QListWidget *m_list = nullptr;
    QStackedWidget *m_stack = nullptr;
    QList<ChartPanel *> m_panels;
    NetworkReviewPanel *m_review = nullptr;
    AudiencePanel *m_audience = nullptr;
    QList<bool> m_built;
    ChangeWatcher *m_watcher = nullptr;
    std::unique_ptr<InsightsQueries> m_queries;
    QDate m_today;
};

} // namespace rapport
