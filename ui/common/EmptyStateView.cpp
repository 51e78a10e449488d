#include "common/EmptyStateView.h"

#include "common/ThemedIcon.h"

#include <QAction>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <utility>

namespace rapport {

EmptyStateView::EmptyStateView(const QString &iconPath, const QString &namePrefix, QWidget *parent)
    : QWidget(parent)
    , m_prefix(namePrefix)
{
    setObjectName(namePrefix + QStringLiteral("EmptyState"));
    m_layout = new QVBoxLayout(this);
    m_layout->addStretch(2);

    auto *icon = new QLabel(this);
    ThemedIcon::setOn(icon, QFileInfo(iconPath).completeBaseName(), 64, QIcon::Disabled);
    icon->setAlignment(Qt::AlignCenter);
    m_layout->addWidget(icon);

    const int textWidth = fontMetrics().averageCharWidth() * 64;
    m_heading = new QLabel(this);
    m_heading->setObjectName(namePrefix + QStringLiteral("EmptyStateHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    m_heading->setFont(headingFont);
    m_heading->setAlignment(Qt::AlignCenter);
    m_heading->setWordWrap(true);
    m_heading->setFixedWidth(textWidth);
    m_layout->addWidget(m_heading, 0, Qt::AlignHCenter);

    m_text = new QLabel(this);
    m_text->setObjectName(namePrefix + QStringLiteral("EmptyStateText"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setFixedWidth(textWidth);
    m_layout->addWidget(m_text, 0, Qt::AlignHCenter);

    m_layout->addSpacing(12);
    m_actionRow = new QHBoxLayout;
    m_actionRow->setSpacing(12);
    m_layout->addLayout(m_actionRow);
    m_layout->setAlignment(m_actionRow, Qt::AlignHCenter);

    m_layout->addStretch(3);
}

void EmptyStateView::setState(const QString &heading, const QString &text)
{
    // A box layout does not give an aligned, word-wrapped label the height
    // its wrapped text needs, so the labels get a fixed size.
    for (auto [label, words] : {std::pair{m_heading, heading}, std::pair{m_text, text}}) {
        label->setText(words);
        const int width = label->width();
        label->setFixedSize(width, label->heightForWidth(width));
    }
}

void EmptyStateView::addButton(QWidget *button)
{
    // In the row of buttons under the text.
    m_actionRow->addWidget(button);
}

QPushButton *EmptyStateView::addClearFiltersButton()
{
    auto *button = new QPushButton(tr("Clear Filters"), this);
    button->setObjectName(m_prefix + QStringLiteral("ClearFiltersButton"));
    button->setToolTip(tr("Show everything again: empties the search and resets the filters"));
    m_actionRow->addWidget(button);
    return button;
}

void EmptyStateView::setActions(const QStringList &actionNames)
{
    // The same actions again (a page reloading after a change) keep their
    // buttons: rebuilding them would take the keyboard focus away.
    if (actionNames == m_actionNames && actionButtons().size() == m_actionNames.size())
        return;
    m_actionNames = actionNames;
    createActionButtons();
}

QList<QPushButton *> EmptyStateView::actionButtons() const
{
    QList<QPushButton *> buttons;
    for (const QPointer<QPushButton> &button : m_actionButtons) {
        if (button)
            buttons << button;
    }
    return buttons;
}

void EmptyStateView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (actionButtons().size() != m_actionNames.size())
        createActionButtons();
}

void EmptyStateView::createActionButtons()
{
    for (const QPointer<QPushButton> &button : std::as_const(m_actionButtons))
        delete button.data();
    m_actionButtons.clear();
    QWidget *top = window();
    for (const QString &name : std::as_const(m_actionNames)) {
        auto *action = top ? top->findChild<QAction *>(name) : nullptr;
        // In a dialog: the window's menu action, one window up.
        for (QWidget *w = top; !action && w && w->parentWidget(); w = w->parentWidget()->window())
            action = w->parentWidget()->window()->findChild<QAction *>(name);
        if (!action)
            continue;
        QString base = name;
        if (base.endsWith(QStringLiteral("Action")))
            base.chop(6);
        if (!base.isEmpty())
            base[0] = base.at(0).toUpper();
        auto *button = new QPushButton(this);
        button->setObjectName(m_prefix + base + QStringLiteral("Button"));
        const auto follow = [button, action] {
            // The menu's mnemonics would clash with the page's own.
            button->setText(QString(action->text()).remove(QLatin1Char('&')));
            button->setToolTip(action->statusTip());
            button->setEnabled(action->isEnabled());
        };
        follow();
        connect(action, &QAction::changed, button, follow);
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        m_actionRow->addWidget(button);
        // Shown with the view at once, not after the next event loop turn.
        button->show();
        m_actionButtons << button;
    }
}

} // namespace rapport
