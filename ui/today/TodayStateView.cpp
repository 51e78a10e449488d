#include "today/TodayStateView.h"

#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rapport {

TodayStateView::TodayStateView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"todayState"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/icons/today.svg"_s).pixmap(64, 64, QIcon::Disabled));
    icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(icon);
    const int textWidth = fontMetrics().averageCharWidth() * 64;
    m_heading = new QLabel(this);
    m_heading->setObjectName(u"todayStateHeading"_s);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    m_heading->setFont(headingFont);
    m_heading->setAlignment(Qt::AlignCenter);
    m_heading->setWordWrap(true);
    m_heading->setFixedWidth(textWidth);
    layout->addWidget(m_heading, 0, Qt::AlignHCenter);
    m_text = new QLabel(this);
    m_text->setObjectName(u"todayStateText"_s);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setFixedWidth(textWidth);
    layout->addWidget(m_text, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

void TodayStateView::setState(const QString &heading, const QString &text)
{
    // A box layout does not give an aligned, word-wrapped label the height
    // its wrapped text needs, so the labels get a fixed size.
    for (auto [label, words] : {std::pair{m_heading, heading}, std::pair{m_text, text}}) {
        label->setText(words);
        const int width = label->width();
        label->setFixedSize(width, label->heightForWidth(width));
    }
}

QString TodayStateView::text() const
{
    return m_text->text();
}

} // namespace rapport
