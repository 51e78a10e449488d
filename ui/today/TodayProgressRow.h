#pragma once

// The Today page's progress: "7 of 15 done · 1 skipped · 7 left" in bold
// beside a bar of the items worked. Object names "todayProgressText" and
// "todayProgress".

#include <QWidget>

class QLabel;
class QProgressBar;

namespace rapport {

class TodayProgressRow : public QWidget
{
    Q_OBJECT

public:
    explicit TodayProgressRow(QWidget *parent = nullptr);

    // `text` in words; the bar at `worked` of `total`.
    void setProgress(const QString &text, int worked, int total);

private:
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
};

} // namespace rapport
