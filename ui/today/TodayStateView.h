#pragma once

// What the Today page shows instead of its queue: an icon, a heading and a
// line of text, centred ("No database is open", "Today's queue is empty",
// "Today's queue could not be planned"). Object names "todayState",
// "todayStateHeading" and "todayStateText".

#include <QWidget>

class QLabel;

namespace rapport {

class TodayStateView : public QWidget
{
    Q_OBJECT

public:
    explicit TodayStateView(QWidget *parent = nullptr);

    void setState(const QString &heading, const QString &text);
    QString text() const;

private:
    QLabel *m_heading = nullptr;
    QLabel *m_text = nullptr;
};

} // namespace rapport
