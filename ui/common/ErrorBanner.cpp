#include "common/ErrorBanner.h"

#include "common/ThemedIcon.h"
#include <QHBoxLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace rapport {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"errorMessage"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    ThemedIcon::setOn(icon, u"warning"_s, iconSize);
    m_text = new QLabel(this);
    m_text->setObjectName(u"errorText"_s);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    hide();
}

void ErrorBanner::showMessage(const QString &text)
{
    m_text->setText(text);
    // Shown already: the width is real, so the new words get their height
    // now (a hidden banner gets it in resizeEvent once laid out).
    if (isVisible()) {
        const int needed = m_text->heightForWidth(m_text->width());
        if (needed > 0)
            m_text->setMinimumHeight(needed);
    }
    show();
}

void ErrorBanner::clear()
{
    m_text->clear();
    hide();
}

void ErrorBanner::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Layouts give a wrapped label its one-line height; ask for the height
    // its wrapped lines need at the width it got, so no line is cut.
    const int needed = m_text->heightForWidth(m_text->width());
    if (needed > 0 && m_text->minimumHeight() != needed)
        m_text->setMinimumHeight(needed);
}

QString ErrorBanner::message() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace rapport
