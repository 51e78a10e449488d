#include "today/TodayButtonRow.h"

#include "common/ThemedIcon.h"
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace rapport {

TodayButtonRow::TodayButtonRow(QWidget *parent)
    : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_done = addButton(row, tr("&Done…"), u"todayDoneButton"_s, tr("Done: compose and log"),
                       tr("Enter"));
    m_done->setIcon(ThemedIcon::icon(u"done"_s));
    m_doneQuiet = addButton(row, tr("Done &Without Composing"), u"todayDoneQuietButton"_s,
                            tr("Done without composing"), tr("Shift+Enter"));
    m_snooze = addButton(row, tr("&Snooze…"), u"todaySnoozeButton"_s, tr("Snooze"), tr("S"));
    m_skip = addButton(row, tr("S&kip Today"), u"todaySkipButton"_s, tr("Skip today"), tr("X"));
    m_reopen = addButton(row, tr("&Reopen"), u"todayReopenButton"_s,
                         tr("Reopen a done or skipped item"), tr("R"));
    row->addStretch(1);
    auto *keys = new QLabel(tr("J/K or arrows to move"), this);
    keys->setObjectName(u"todayKeysHint"_s);
    keys->setEnabled(false);
    row->addWidget(keys);
}

QPushButton *TodayButtonRow::addButton(QHBoxLayout *row, const QString &text,
                                       const QString &objectName, const QString &accessibleName,
                                       const QString &keys)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    button->setToolTip(tr("%1 (%2)").arg(accessibleName, keys));
    button->setAutoDefault(false);
    row->addWidget(button);
    return button;
}

void TodayButtonRow::enableFor(bool open, bool worked)
{
    for (QPushButton *button : {m_done, m_doneQuiet, m_snooze, m_skip})
        button->setEnabled(open);
    m_reopen->setEnabled(worked);
}

} // namespace rapport
