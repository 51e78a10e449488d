#pragma once

// The empty state of a page: an icon, a heading and a line saying what the
// page will show and the one action that fills it, centred, with that
// action's button. Object names are "<prefix>EmptyState",
// "<prefix>EmptyStateHeading" and "<prefix>EmptyStateText"; a button for a
// window action "fooAction" is "<prefix>FooButton".

#include <QPointer>
#include <QStringList>
#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;
class QPushButton;
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
    // Buttons for the window's menu actions named `actionNames` (their
    // objectNames), in that order, replacing the ones shown before: each
    // says what its action says, is enabled when it is, and triggers it,
    // so the button does exactly what the menu does. Actions the window
    // does not have (yet) are looked up again when the view is shown.
    void setActions(const QStringList &actionNames);
    QList<QPushButton *> actionButtons() const;
    // For a filtered list that shows nothing: a "Clear Filters" button,
    // "<prefix>ClearFiltersButton", under the text (connect its clicked).
    QPushButton *addClearFiltersButton();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createActionButtons();

    QString m_prefix;
    QStringList m_actionNames;
    QHBoxLayout *m_actionRow = nullptr;
    QList<QPointer<QPushButton>> m_actionButtons;
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_text = nullptr;
};

} // namespace rapport
