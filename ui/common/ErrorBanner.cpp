#include "common/ErrorBanner.h"

#include <QHBoxLayout>
#include <QLabel>
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
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
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
    show();
}

void ErrorBanner::clear()
{
    m_text->clear();
    hide();
}

QString ErrorBanner::message() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace rapport
