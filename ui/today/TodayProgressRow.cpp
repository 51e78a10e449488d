#include "today/TodayProgressRow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

using namespace Qt::StringLiterals;

namespace rapport {

TodayProgressRow::TodayProgressRow(QWidget *parent)
    : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_label->setObjectName(u"todayProgressText"_s);
    m_label->setAccessibleName(tr("Progress"));
    m_label->setTextFormat(Qt::PlainText);
    QFont font = m_label->font();
    font.setBold(true);
    m_label->setFont(font);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(u"todayProgress"_s);
    m_bar->setAccessibleName(tr("Progress through today's queue"));
    // A thin track beside the words: at 0 % it still reads as a bar, not
    // as an empty text field.
    m_bar->setTextVisible(false);
    m_bar->setFixedHeight(qMax(8, fontMetrics().height() / 2));
    m_bar->setMaximumWidth(fontMetrics().averageCharWidth() * 40);
    row->addWidget(m_label);
    row->addWidget(m_bar, 1, Qt::AlignVCenter);
    row->addStretch(1);
}

void TodayProgressRow::setProgress(const QString &text, int worked, int total)
{
    m_label->setText(text);
    m_bar->setRange(0, qMax(total, 1));
    m_bar->setValue(worked);
    m_bar->setAccessibleDescription(text);
}

} // namespace rapport
