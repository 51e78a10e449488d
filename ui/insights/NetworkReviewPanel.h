#pragma once

// The network review on the Insights page (DOMAIN.md, Network review):
// connections by industry (yours, related, outside), by location and by
// company, how many were never interacted with or not for N months, and the
// network score, with "How is this computed?" (formulas and today's inputs).
// Every list opens as a filtered Contacts view, from which it exports like
// any other view.

#include "domain/ContactReviewFilter.h"

#include <QDate>
#include <QWidget>

#include <functional>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace rapport {

class LinkButton;

class Database;
class EmptyStateView;

class NetworkReviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit NetworkReviewPanel(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    // Reads the review again (cheap: indexed counts).
    void reload();
    void setToday(const QDate &today) { m_today = today; }

    QLabel *summary() const { return m_summary; }
    QTreeWidget *industries() const { return m_industries; }
    QTreeWidget *locations() const { return m_locations; }
    QTreeWidget *companies() const { return m_companies; }
    QPushButton *neverButton() const { return m_never; }
    QPushButton *quietButton() const { return m_quiet; }
    QSpinBox *monthsSpin() const { return m_months; }
    QLabel *scoreLabel() const { return m_score; }
    // How every figure of the review is computed, with today's inputs: what
    // "How is this computed?" shows (each figure's own part is its tooltip).
    QString explanation() const { return m_explanation; }
    LinkButton *explainButton() const { return m_explain; }
    void explain();
    bool isEmptyShown() const;

signals:
    // Show these connections in Contacts; `title` says which list it is.
    void listRequested(const ContactReviewFilter &filter, const QString &title);

private:
    QWidget *createReviewPage();
    // "Never interacted with", "Not in touch for" and the months.
    QHBoxLayout *createButtonRow(QWidget *page);
    void connectListButtons();
    QTreeWidget *makeList(const QString &objectName, const QString &title, bool withScope);
    void open(QTreeWidget *list, QTreeWidgetItem *item);
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

    Database *m_db = nullptr;
    QDate m_today;
    QStackedWidget *m_stack = nullptr;
    EmptyStateView *m_empty = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_score = nullptr;
    QPushButton *m_never = nullptr;
    QPushButton *m_quiet = nullptr;
    QSpinBox *m_months = nullptr;
    LinkButton *m_explain = nullptr;
    QString m_explanation;
    QTreeWidget *m_industries = nullptr;
    QTreeWidget *m_locations = nullptr;
    QTreeWidget *m_companies = nullptr;
};

} // namespace rapport
