#include "common/DateField.h"

#include <QAction>
#include <QCalendarWidget>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QWidgetAction>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// The locale's short format with the year in full: "1/2/26" is ambiguous.
QString fullYearFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return format;
}

// A small calendar drawn in the field's text colour, so it shows in light
// and dark palettes alike.
QIcon calendarIcon(const QColor &colour)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(colour, 2.5);
    painter.setPen(pen);
    painter.drawRoundedRect(QRectF(4, 6, 24, 22), 3, 3);
    painter.fillRect(QRectF(4, 6, 24, 6), colour);
    painter.drawLine(QPointF(10, 3), QPointF(10, 8));
    painter.drawLine(QPointF(22, 3), QPointF(22, 8));
    for (int row = 0; row < 2; ++row) {
        for (int col = 0; col < 3; ++col)
            painter.fillRect(QRectF(8 + col * 6.5, 15 + row * 6, 3.5, 3.5), colour);
    }
    return QIcon(pixmap);
}

} // namespace

DateField::DateField(QWidget *parent)
    : QLineEdit(parent)
    , m_format(fullYearFormat(QLocale()))
{
    setPlaceholderText(m_format);
    auto *calendar =
        addAction(calendarIcon(palette().color(QPalette::Text)), QLineEdit::TrailingPosition);
    calendar->setObjectName(u"calendarAction"_s);
    calendar->setToolTip(tr("Pick the day from a calendar"));
    connect(calendar, &QAction::triggered, this, &DateField::showCalendar);
    setMinimumWidth(fontMetrics().horizontalAdvance(u"00/00/00000"_s) + 48);
    connect(this, &QLineEdit::textChanged, this, [this] {
        const QDate now = date();
        if (now != m_last) {
            m_last = now;
            emit dateChanged(now);
        }
    });
}

QDate DateField::parse(const QString &text, const QString &displayFormat)
{
    const QString trimmed = text.simplified();
    if (trimmed.isEmpty())
        return {};
    const QDate iso = QDate::fromString(trimmed, Qt::ISODate);
    if (iso.isValid())
        return iso;
    const QLocale locale;
    const QStringList localFormats = {
        displayFormat,
        locale.dateFormat(QLocale::ShortFormat),
        locale.dateFormat(QLocale::LongFormat),
        u"d MMM yyyy"_s,
        u"d MMMM yyyy"_s,
        u"MMM d yyyy"_s,
        u"MMMM d yyyy"_s,
        u"MMM d, yyyy"_s,
        u"MMMM d, yyyy"_s,
    };
    for (const QLocale &names : {locale, QLocale::c()}) {
        for (const QString &format : localFormats) {
            QDate date = names.toDate(trimmed, format);
            if (!date.isValid())
                continue;
            if (!format.contains(u"yyyy"_s)) {
                // Two digits mean this century's years up to 69 ("26" is
                // 2026, not 1926), as people mean them.
                if (date.year() < 1970)
                    date = date.addYears(100);
            } else if (date.year() < 1000) {
                continue; // "26" read as the year 26: try the short forms
            }
            return date;
        }
    }
    return {};
}

QDate DateField::typedDate() const
{
    return parse(text(), m_format);
}

QDate DateField::date() const
{
    const QDate typed = typedDate();
    if (!typed.isValid())
        return {};
    if (typed == m_kept)
        return typed;
    if ((m_minimum.isValid() && typed < m_minimum) || (m_maximum.isValid() && typed > m_maximum))
        return {};
    return typed;
}

void DateField::setDate(const QDate &date)
{
    setText(date.isValid() ? QLocale().toString(date, m_format) : QString());
    setCursorPosition(0);
}

void DateField::setMinimumDate(const QDate &date)
{
    m_minimum = date;
}

void DateField::setMaximumDate(const QDate &date)
{
    m_maximum = date;
}

void DateField::setDateRange(const QDate &minimum, const QDate &maximum)
{
    m_minimum = minimum;
    m_maximum = maximum;
}

QString DateField::problem() const
{
    const QLocale locale;
    const QString example = locale.toString(
        m_maximum.isValid() ? qMin(m_maximum, QDate::currentDate()) : QDate::currentDate(),
        m_format);
    if (text().trimmed().isEmpty())
        return tr("Enter a date, like %1, or pick one with the calendar button.").arg(example);
    const QDate typed = typedDate();
    if (!typed.isValid())
        return tr("\u201c%1\u201d is not a day in the calendar. Type one like %2, or pick it "
                  "with the calendar button.")
            .arg(text().trimmed(), example);
    if (typed == m_kept)
        return {};
    if (m_maximum.isValid() && typed > m_maximum) {
        if (m_maximum == QDate::currentDate())
            return tr("%1 is in the future. Enter today (%2) or an earlier day.")
                .arg(locale.toString(typed, m_format), example);
        return tr("%1 is after %2, the latest day allowed here.")
            .arg(locale.toString(typed, m_format), locale.toString(m_maximum, m_format));
    }
    if (m_minimum.isValid() && typed < m_minimum)
        return tr("%1 is before %2, the earliest day allowed here.")
            .arg(locale.toString(typed, m_format), locale.toString(m_minimum, m_format));
    return {};
}

void DateField::showCalendar()
{
    QMenu menu(this);
    auto *calendar = new QCalendarWidget(&menu);
    calendar->setObjectName(u"dateFieldCalendar"_s);
    if (m_minimum.isValid())
        calendar->setMinimumDate(m_minimum);
    if (m_maximum.isValid())
        calendar->setMaximumDate(m_maximum);
    const QDate typed = typedDate();
    calendar->setSelectedDate(typed.isValid() ? typed : QDate::currentDate());
    auto *action = new QWidgetAction(&menu);
    action->setDefaultWidget(calendar);
    menu.addAction(action);
    connect(calendar, &QCalendarWidget::activated, &menu, [this, &menu](const QDate &picked) {
        setDate(picked);
        menu.close();
    });
    connect(calendar, &QCalendarWidget::clicked, &menu, [this, &menu](const QDate &picked) {
        setDate(picked);
        menu.close();
    });
    menu.exec(mapToGlobal(QPoint(0, height())));
}

} // namespace rapport
