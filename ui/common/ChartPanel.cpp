#include "common/ChartPanel.h"

#include "common/EmptyStateView.h"
#include "common/FileDialogs.h"
#include "common/LinkButton.h"
#include "common/Prompts.h"
#include "io/CsvWriter.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QXYSeries>

using namespace Qt::StringLiterals;

namespace rapport {

ChartPanel::ChartPanel(const QString &prefix, const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(prefix + u"Panel"_s);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    auto *content = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_view = new QChartView(content);
    m_view->setObjectName(prefix + u"Chart"_s);
    m_view->setAccessibleName(accessibleName);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(420, 300);
    m_view->setFocusPolicy(Qt::NoFocus);
    row->addWidget(m_view, 1);
    m_side = new QLabel(content);
    m_side->setObjectName(prefix + u"Side"_s);
    m_side->setAccessibleName(tr("%1: figures").arg(accessibleName));
    m_side->setWordWrap(true);
    m_side->setTextFormat(Qt::RichText);
    m_side->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_side->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_side->setFixedWidth(fontMetrics().averageCharWidth() * 34);
    m_side->hide();
    auto *sideColumn = new QVBoxLayout;
    sideColumn->addWidget(m_side, 1);
    // A link, as "How is this computed?" is everywhere else.
    m_explain = new LinkButton(tr("How is this computed?"), content);
    m_explain->setObjectName(prefix + u"Explain"_s);
    m_explain->setAccessibleName(tr("How the %1 figures are computed").arg(accessibleName));
    m_explain->hide();
    connect(m_explain, &LinkButton::clicked, this, &ChartPanel::explain);
    sideColumn->addWidget(m_explain, 0, Qt::AlignLeft);
    row->addLayout(sideColumn);
    layout->addLayout(row, 1);

    auto *bottom = new QHBoxLayout;
    m_hover = new QLabel(content);
    m_hover->setObjectName(prefix + u"Hover"_s);
    m_hover->setAccessibleName(tr("Value under the pointer"));
    m_hover->setText(tr("Point at the chart to read a value here."));
    bottom->addWidget(m_hover, 1);
    m_export = new QPushButton(tr("&Export data as CSV…"), content);
    m_export->setObjectName(prefix + u"Export"_s);
    m_export->setAccessibleName(tr("Export %1 data as CSV").arg(accessibleName));
    connect(m_export, &QPushButton::clicked, this, [this] { exportCsv(); });
    bottom->addWidget(m_export);
    layout->addLayout(bottom);
    m_stack->addWidget(content);

    m_empty = new EmptyStateView(u":/icons/insights.svg"_s, prefix, m_stack);
    m_stack->addWidget(m_empty);
}

QChart *ChartPanel::chart() const
{
    return m_view->chart();
}

void ChartPanel::setChart(QChart *chart)
{
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    applyPalette();
    m_stack->setCurrentIndex(0);
    m_export->setEnabled(true);
    m_hover->setText(tr("Point at the chart to read a value here."));
}

void ChartPanel::setSideText(const QString &text)
{
    m_side->setText(text);
    m_side->setVisible(!text.isEmpty());
}

void ChartPanel::setExplanation(const QString &text)
{
    m_explanation = text;
    m_side->setToolTip(text);
    m_explain->setToolTip(text);
    m_explain->setVisible(!text.isEmpty());
}

void ChartPanel::explain()
{
    if (!m_explanation.isEmpty())
        Prompts::information(this, tr("How Is This Computed?"), m_explanation);
}

void ChartPanel::showEmpty()
{
    setExplanation(QString());
    // Every wrapped line of the text is shown (setState sizes the labels).
    m_empty->setState(m_emptyHeading, m_emptyText);
    m_stack->setCurrentWidget(m_empty);
    m_export->setEnabled(false);
    m_rows.clear();
}

void ChartPanel::setEmptyState(const QString &heading, const QString &text,
                               const QStringList &actionNames)
{
    m_emptyHeading = heading;
    m_emptyText = text;
    m_empty->setActions(actionNames);
    if (isEmptyShown())
        m_empty->setState(heading, text);
}

bool ChartPanel::isEmptyShown() const
{
    return m_stack->currentWidget() == m_empty;
}

void ChartPanel::setCsv(const QStringList &header, const QList<QStringList> &rows,
                        const QString &fileName)
{
    m_header = header;
    m_rows = rows;
    m_fileName = fileName;
}

bool ChartPanel::exportCsv()
{
    if (isEmptyShown())
        return false;
    const QString path =
        FileDialogs::saveFile(this, tr("Export Chart Data"), m_fileName, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    QString problem;
    if (!file.open(QIODevice::WriteOnly)) {
        problem = file.errorString();
    } else {
        CsvWriter::Options options;
        options.byteOrderMark = true; // spreadsheets read UTF-8 titles right
        CsvWriter csv(&file, options);
        csv.writeRecord(m_header);
        for (const QStringList &row : std::as_const(m_rows)) {
            // Our own numbers and dates, except the titles people typed.
            for (int i = 0; i < row.size(); ++i) {
                bool number = false;
                row.at(i).toDouble(&number);
                csv.addField(row.at(i), number || row.at(i).isEmpty() ? CsvWriter::Cell::Verbatim
                                                                      : CsvWriter::Cell::Text);
            }
            csv.endRecord();
        }
        if (!csv.flush())
            problem = csv.errorString();
        else if (!file.commit())
            problem = file.errorString();
    }
    if (problem.isEmpty())
        return true;
    Prompts::warning(
        this, tr("Export Failed"),
        tr("Could not write %1: %2. Choose another folder or file name.").arg(path, problem));
    return false;
}

void ChartPanel::trackHover(QXYSeries *series, std::function<QString(int index)> describe)
{
    connect(series, &QXYSeries::hovered, this,
            [this, series, describe](const QPointF &point, bool state) {
                if (!state)
                    return;
                // The signal gives the position on the line; name the data
                // point nearest to it.
                const QList<QPointF> points = series->points();
                int best = -1;
                for (int i = 0; i < points.size(); ++i) {
                    if (best < 0 ||
                        qAbs(points.at(i).x() - point.x()) < qAbs(points.at(best).x() - point.x()))
                        best = i;
                }
                if (best >= 0)
                    showHover(describe(best));
            });
}

void ChartPanel::trackHover(QAbstractBarSeries *series,
                            std::function<QString(QBarSet *set, int index)> describe)
{
    connect(series, &QAbstractBarSeries::hovered, this,
            [this, describe](bool status, int index, QBarSet *set) {
                if (status)
                    showHover(describe(set, index));
            });
}

void ChartPanel::showHover(const QString &text)
{
    m_hover->setText(text);
    if (m_view->isVisible())
        QToolTip::showText(QCursor::pos(), text, m_view);
}

QString ChartPanel::hoverText() const
{
    return m_hover->text();
}

void ChartPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void ChartPanel::applyPalette()
{
    // Charts bring their own light theme; follow the window's palette
    // instead so dark mode reads as well as light.
    QChart *c = m_view->chart();
    const QPalette p = palette();
    const QColor text = p.color(QPalette::WindowText);
    QColor grid = p.color(QPalette::WindowText);
    grid.setAlpha(40);
    QColor axisLine = p.color(QPalette::WindowText);
    axisLine.setAlpha(110);
    m_view->setBackgroundBrush(p.color(QPalette::Window));
    c->setBackgroundBrush(p.color(QPalette::Window));
    c->setBackgroundPen(Qt::NoPen);
    c->setBackgroundRoundness(0);
    c->setPlotAreaBackgroundVisible(false);
    c->setTitleBrush(text);
    QFont title = c->titleFont();
    title.setPointSizeF(font().pointSizeF() * 1.25);
    title.setBold(true);
    c->setTitleFont(title);
    c->legend()->setLabelColor(text);
    c->legend()->setFont(font());
    const QList<QAbstractAxis *> axes = c->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsBrush(text);
        axis->setLabelsFont(font());
        axis->setTitleBrush(text);
        axis->setTitleFont(font());
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
        axis->setLinePenColor(axisLine);
    }
}

} // namespace rapport
