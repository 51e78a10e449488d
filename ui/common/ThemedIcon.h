#pragma once

// Rapport's line icons (resources/icons/<name>.svg, drawn in currentColor)
// in the colours of the palette they are shown on, so they stay visible in a
// dark palette: the text colour for normal icons, the highlighted text colour
// on a selection, and a quieter tone that keeps WCAG contrast of at least
// 4.5:1 for disabled ones. Icons made by icon() follow palette changes by
// themselves (they are drawn when painted); setOn() keeps a label's pixmap
// in step with its palette.

#include <QIcon>
#include <QPalette>
#include <QString>

class QLabel;

namespace rapport {

class ThemedIcon
{
public:
    // The icon named `name` ("today", "queue-invite"), drawn in the colours
    // of the widget it is painted on (or the application's palette).
    static QIcon icon(const QString &name);
    // Shows the icon on `label` at size × size in `mode`, redrawn whenever
    // the label's palette changes.
    static void setOn(QLabel *label, const QString &name, int size,
                      QIcon::Mode mode = QIcon::Normal);

    // The stroke colour for `mode` on `palette`.
    static QColor color(const QPalette &palette, QIcon::Mode mode);
    // The icon as a pixmap of `size` device-independent pixels, stroked in
    // `color`; null when there is no such icon.
    static QPixmap pixmap(const QString &name, const QSize &size, qreal devicePixelRatio,
                          const QColor &color);
    // WCAG 2 contrast ratio of two opaque colours, 1 to 21.
    static double contrast(const QColor &a, const QColor &b);
};

} // namespace rapport
