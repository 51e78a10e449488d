#include "common/LinkButton.h"

#include <QEvent>

namespace rapport {

LinkButton::LinkButton(const QString &text, QWidget *parent)
    : QPushButton(text, parent)
{
    setFlat(true);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    QFont underlined = font();
    underlined.setUnderline(true);
    setFont(underlined);
    applyLinkColour();
}

void LinkButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && !m_applying)
        applyLinkColour();
    QPushButton::changeEvent(event);
}

void LinkButton::applyLinkColour()
{
    m_applying = true;
    QPalette p = palette();
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive})
        p.setColor(group, QPalette::ButtonText, p.color(group, QPalette::Link));
    setPalette(p);
    m_applying = false;
}

} // namespace rapport
