#pragma once

// A date typed as text (with a calendar button beside it), for forms that
// must never change a date behind the person's back: what is typed stays
// as typed, a text that is not a real day ("31 Feb 2031") or lies outside
// the allowed range makes problem() say so in words, and date() is then
// invalid. Reads the locale's short format (with four-digit years), its
// long format, "31 Jan 2026" with English or local month names, and ISO
// (2026-01-31).

#include <QDate>
#include <QLineEdit>

namespace rapport {

class DateField : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateField(QWidget *parent = nullptr);

    // The day typed; invalid when the text is not a day or out of range.
    QDate date() const;
    // Shows `date` in the field's format (an invalid date empties it).
    void setDate(const QDate &date);
    void setMinimumDate(const QDate &date);
    void setMaximumDate(const QDate &date);
    void setDateRange(const QDate &minimum, const QDate &maximum);
    // A day accepted even outside the range: a date stored earlier (an
    // import, the CLI) stays as it was, while any other day must be in range.
    void setKeptDate(const QDate &date) { m_kept = date; }
    QDate minimumDate() const { return m_minimum; }
    QDate maximumDate() const { return m_maximum; }
    // Empty when the text is a day in range; else what is wrong and what
    // to type instead.
    QString problem() const;
    // The format dates are shown in, e.g. "M/d/yyyy".
    QString displayFormat() const { return m_format; }

    // The day `text` names in any of the forms above; invalid when none.
    static QDate parse(const QString &text, const QString &displayFormat);

signals:
    // The day typed changed (invalid while the text is not a day).
    void dateChanged(const QDate &date);

private:
    void showCalendar();
    QDate typedDate() const;

    QString m_format;
    QDate m_minimum;
    QDate m_maximum;
    QDate m_kept;
    QDate m_last;
};

} // namespace rapport
