#include "PlaceholderPage.h"

#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace rapport {

PlaceholderPage::PlaceholderPage(const QIcon &icon, const QString &title,
                                 const QString &description, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);

    auto *iconLabel = new QLabel(this);
    iconLabel->setPixmap(icon.pixmap(64, 64, QIcon::Disabled));
    iconLabel->setAlignment(Qt::AlignCenter);
    layout->addWidget(iconLabel);

    // A box layout does not give an aligned, word-wrapped label the height
    // its wrapped text needs, so the labels get a fixed size.
    const int textWidth = fontMetrics().averageCharWidth() * 64;

    auto *heading = new QLabel(tr("%1 is not yet available").arg(title), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignCenter);
    heading->setWordWrap(true);
    heading->setFixedSize(textWidth, heading->heightForWidth(textWidth));
    layout->addWidget(heading, 0, Qt::AlignHCenter);

    auto *text = new QLabel(description, this);
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    text->setFixedSize(textWidth, text->heightForWidth(textWidth));
    layout->addWidget(text, 0, Qt::AlignHCenter);

    layout->addStretch(3);
    setAccessibleName(heading->text());
}

} // namespace rapport
