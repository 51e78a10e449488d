#pragma once

// Insights ▸ Audience: who sees the user's posts, as the latest LinkedIn
// analytics workbook says (its DEMOGRAPHICS sheet): one compact table per
// category (job titles, industries, locations, companies, seniority,
// company size) with each value's share. Empty, it offers File ▸ Import
// LinkedIn Analytics….

#include "domain/AnalyticsWorkbookData.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableWidget;

namespace rapport {

class EmptyStateView;

class AudiencePanel : public QWidget
{
    Q_OBJECT

public:
    explicit AudiencePanel(QWidget *parent = nullptr);

    static QString title();
    // Shows `rows` (the sheet's order) of the workbook ending `periodEnd`;
    // none shows the empty state.
    void fill(const QList<AnalyticsDemographic> &rows, const QDate &periodEnd);
    bool isEmptyShown() const;
    // The table of one category ("job title", "industry", …).
    QTableWidget *table(const QString &category) const;

private:
    QStackedWidget *m_stack = nullptr;
    QLabel *m_heading = nullptr;
    QList<QTableWidget *> m_tables;
    EmptyStateView *m_empty = nullptr;
};

} // namespace rapport
