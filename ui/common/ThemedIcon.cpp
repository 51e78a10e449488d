#include "common/ThemedIcon.h"

#include <QEvent>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QLabel>
#include <QPainter>
#include <QPixmapCache>
#include <QSvgRenderer>
#include <QWidget>
#include <cmath>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

constexpr double minimumContrast = 4.5;

double relativeLuminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

QColor mix(const QColor &from, const QColor &to, double amount)
{
    const QColor a = from.toRgb();
    const QColor b = to.toRgb();
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * amount),
                            float(a.greenF() + (b.greenF() - a.greenF()) * amount),
                            float(a.blueF() + (b.blueF() - a.blueF()) * amount));
}

// The SVG text of an icon; empty when there is none.
QByteArray svgSource(const QString &name)
{
    static QHash<QString, QByteArray> cache;
    const auto found = cache.constFind(name);
    if (found != cache.constEnd())
        return *found;
    QFile file(u":/icons/%1.svg"_s.arg(name));
    const QByteArray text = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    cache.insert(name, text);
    return text;
}

// Draws an icon when it is painted, in the palette of the widget it is
// painted on, so a palette change needs nothing but a repaint.
class ThemedIconEngine : public QIconEngine
{
public:
    explicit ThemedIconEngine(const QString &name)
        : m_name(name)
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const auto *widget = dynamic_cast<const QWidget *>(painter->device());
        const QPalette palette = widget ? widget->palette() : QGuiApplication::palette();
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(
            rect, ThemedIcon::pixmap(m_name, rect.size(), ratio, ThemedIcon::color(palette, mode)));
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        // QIcon asks for device pixels; the pixmap says its ratio.
        const QSize logical = scale > 0 ? (QSizeF(size) / scale).toSize() : size;
        return ThemedIcon::pixmap(m_name, logical, scale,
                                  ThemedIcon::color(QGuiApplication::palette(), mode));
    }
    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new ThemedIconEngine(m_name); }
    QString key() const override { return u"rapport-themed"_s; }
    QString iconName() override { return m_name; }
    bool isNull() override { return svgSource(m_name).isEmpty(); }

private:
    QString m_name;
};

// Redraws a label's icon when its palette changes.
class LabelIconUpdater : public QObject
{
public:
    LabelIconUpdater(QLabel *label, const QString &name, int size, QIcon::Mode mode)
        : QObject(label)
        , m_label(label)
        , m_name(name)
        , m_size(size)
        , m_mode(mode)
    {
        label->installEventFilter(this);
        update();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_label && (event->type() == QEvent::PaletteChange ||
                                   event->type() == QEvent::ApplicationPaletteChange ||
                                   event->type() == QEvent::StyleChange))
            update();
        return false;
    }

private:
    void update()
    {
        m_label->setPixmap(ThemedIcon::pixmap(m_name, QSize(m_size, m_size),
                                              m_label->devicePixelRatioF(),
                                              ThemedIcon::color(m_label->palette(), m_mode)));
    }

    QLabel *m_label;
    QString m_name;
    int m_size;
    QIcon::Mode m_mode;
};

} // namespace

QIcon ThemedIcon::icon(const QString &name)
{
    return QIcon(new ThemedIconEngine(name));
}

void ThemedIcon::setOn(QLabel *label, const QString &name, int size, QIcon::Mode mode)
{
    new LabelIconUpdater(label, name, size, mode);
}

QColor ThemedIcon::color(const QPalette &palette, QIcon::Mode mode)
{
    switch (mode) {
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active:
        return palette.color(QPalette::Active, QPalette::WindowText);
    case QIcon::Disabled:
        break;
    }
    // Quieter: as far towards the background as contrast with both the
    // window and the list backgrounds allows.
    const QColor text = palette.color(QPalette::Active, QPalette::WindowText);
    const QColor window = palette.color(QPalette::Active, QPalette::Window);
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    QColor quiet = text;
    for (int step = 1; step <= 10; ++step) {
        const QColor next = mix(text, window, step * 0.05);
        if (contrast(next, window) < minimumContrast || contrast(next, base) < minimumContrast)
            break;
        quiet = next;
    }
    return quiet;
}

QPixmap ThemedIcon::pixmap(const QString &name, const QSize &size, qreal devicePixelRatio,
                           const QColor &color)
{
    if (size.isEmpty())
        return {};
    const qreal ratio = devicePixelRatio > 0 ? devicePixelRatio : 1.0;
    const QSize device = (QSizeF(size) * ratio).toSize();
    const QString cacheKey = u"rapport-icon:%1:%2x%3:%4"_s.arg(name)
                                 .arg(device.width())
                                 .arg(device.height())
                                 .arg(color.name(QColor::HexArgb));
    QPixmap out;
    if (QPixmapCache::find(cacheKey, &out)) {
        out.setDevicePixelRatio(ratio);
        return out;
    }
    QByteArray svg = svgSource(name);
    if (svg.isEmpty())
        return {};
    svg.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(svg);
    if (!renderer.isValid())
        return {};
    out = QPixmap(device);
    out.fill(Qt::transparent);
    {
        QPainter painter(&out);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(device)));
    }
    QPixmapCache::insert(cacheKey, out);
    out.setDevicePixelRatio(ratio);
    return out;
}

double ThemedIcon::contrast(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

} // namespace rapport
