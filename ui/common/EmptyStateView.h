#pragma once

// The empty state of a page: an icon, a heading and a line saying what the
// page will show and the one action that fills it, centred, with room for
// that action's button. Object names are "<prefix>EmptyState",
// "<prefix>EmptyStateHeading" and "<prefix>EmptyStateText".

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace rapport {

class EmptyStateView : public QWidget
{
    Q_OBJECT

public:
    EmptyStateView(const QString &iconPath, const QString &namePrefix, QWidget *parent = nullptr);

    QLabel *heading() const { return m_heading; }
    QLabel *text() const { return m_text; }
    // Sets both, each label as tall as its wrapped words need.
    void setState(const QString &heading, const QString &text);
    // Puts the action's button under the text.
    void addButton(QWidget *button);

private:
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_text = nullptr;
};

} // namespace rapport
