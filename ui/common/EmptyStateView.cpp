#include "common/EmptyStateView.h"

#include "common/ThemedIcon.h"

#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>
#include <utility>

namespace rapport {

EmptyStateView::EmptyStateView(const QString &iconPath, const QString &namePrefix, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(namePrefix + QStringLiteral("EmptyState"));
    m_layout = new QVBoxLayout(this);
    m_layout->addStretch(2);

    auto *icon = new QLabel(this);
    ThemedIcon::setOn(icon, QFileInfo(iconPath).completeBaseName(), 64, QIcon::Disabled);
    icon->setAlignment(Qt::AlignCenter);
    m_layout->addWidget(icon);

    const int textWidth = fontMetrics().averageCharWidth() * 64;
    m_heading = new QLabel(this);
    m_heading->setObjectName(namePrefix + QStringLiteral("EmptyStateHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    m_heading->setFont(headingFont);
    m_heading->setAlignment(Qt::AlignCenter);
    m_heading->setWordWrap(true);
    m_heading->setFixedWidth(textWidth);
    m_layout->addWidget(m_heading, 0, Qt::AlignHCenter);

    m_text = new QLabel(this);
    m_text->setObjectName(namePrefix + QStringLiteral("EmptyStateText"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setFixedWidth(textWidth);
    m_layout->addWidget(m_text, 0, Qt::AlignHCenter);

    m_layout->addStretch(3);
}

void EmptyStateView::setState(const QString &heading, const QString &text)
{
    // A box layout does not give an aligned, word-wrapped label the height
    // its wrapped text needs, so the labels get a fixed size.
    for (auto [label, words] : {std::pair{m_heading, heading}, std::pair{m_text, text}}) {
        label->setText(words);
        const int width = label->width();
        label->setFixedSize(width, label->heightForWidth(width));
    }
}

void EmptyStateView::addButton(QWidget *button)
{
    // Before the closing stretch, after a little space.
    const int at = m_layout->count() - 1;
    m_layout->insertSpacing(at, 12);
    m_layout->insertWidget(at + 1, button, 0, Qt::AlignHCenter);
}

} // namespace rapport
