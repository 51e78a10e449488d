#pragma once

// One chart of the Insights page with what belongs around it: the chart in
// the window's palette, an optional text beside it, the value under the
// pointer spelled out below it (hover alone never carries a number: the
// text and the CSV hold them too), an empty state that says what to enter
// and where, "How is this computed?" beside the figures (the formulas with
// today's inputs, so any number can be checked by hand), and "Export data as
// CSV…" for the chart's numbers.

#include <QStringList>
#include <QWidget>
#include <functional>

class QAbstractBarSeries;
class QBarSet;
class QChart;
class QChartView;
class QLabel;
class QPushButton;
class QStackedWidget;
class QXYSeries;

namespace rapport {

class LinkButton;

class EmptyStateView;

class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    // Object names start with `prefix`: "<prefix>Chart", "<prefix>Export",
    // "<prefix>Hover", "<prefix>Side", "<prefix>EmptyState..."
    ChartPanel(const QString &prefix, const QString &accessibleName, QWidget *parent = nullptr);

    // Shows `chart` (owned from now on) in the window's palette.
    void setChart(QChart *chart);
    QChart *chart() const;
    QChartView *chartView() const { return m_view; }
    // Rich text beside the chart; empty hides it.
    void setSideText(const QString &text);
    QLabel *sideText() const { return m_side; }
    // How the figures beside the chart are computed, with today's inputs:
    // the tooltip of the figures and of "How is this computed?", and what
    // that button shows. Empty hides the button.
    void setExplanation(const QString &text);
    QString explanation() const { return m_explanation; }
    LinkButton *explainButton() const { return m_explain; }
    // Shows the explanation (what the button does) with Prompts::information.
    void explain();
    // Hides the chart and its export, and shows the empty state the page
    // set (setEmptyState): what will fill the chart.
    void showEmpty();
    // What this chart says and offers while empty, set by the page that
    // knows the window's actions: a heading, the text, and buttons for the
    // menu actions named (EmptyStateView::setActions).
    void setEmptyState(const QString &heading, const QString &text, const QStringList &actionNames);
    bool isEmptyShown() const;
    EmptyStateView *emptyState() const { return m_empty; }

    // The chart's numbers as exported, and the file name suggested.
    void setCsv(const QStringList &header, const QList<QStringList> &rows, const QString &fileName);
    QStringList csvHeader() const { return m_header; }
    QList<QStringList> csvRows() const { return m_rows; }
    // Asks for a file (FileDialogs::saveFile) and writes the CSV; false when
    // cancelled or failed (then says why with Prompts::warning).
    bool exportCsv();
    QPushButton *exportButton() const { return m_export; }

    // Says what the pointer is on, below the chart and as a tooltip:
    // `describe` gets the index of the nearest point of `series`.
    void trackHover(QXYSeries *series, std::function<QString(int index)> describe);
    void trackHover(QAbstractBarSeries *series,
                    std::function<QString(QBarSet *set, int index)> describe);
    void showHover(const QString &text);
    QString hoverText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QStackedWidget *m_stack = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_side = nullptr;
    QLabel *m_hover = nullptr;
    QPushButton *m_export = nullptr;
    LinkButton *m_explain = nullptr;
    QString m_explanation;
    EmptyStateView *m_empty = nullptr;
    QStringList m_header;
    QList<QStringList> m_rows;
    QString m_fileName;
    QString m_emptyHeading;
    QString m_emptyText;
};

} // namespace rapport
