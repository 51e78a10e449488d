#include "outreach/LintFlagList.h"

#include "common/ThemedIcon.h"

using namespace Qt::StringLiterals;

namespace rapport {

LintFlagList::LintFlagList(Text text, QWidget *parent)
    : QListWidget(parent)
    , m_text(text)
{
    setObjectName(u"flagList"_s);
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        QListWidgetItem *entry = item(row);
        if (!entry || !(entry->flags() & Qt::ItemIsEnabled) || row >= m_flags.size())
            return;
        emit flagChosen(m_flags.at(row));
    });
}

void LintFlagList::showFlags(const QList<LintFlag> &flags, const QString &emptyText)
{
    clear();
    m_flags = flags;
    const QIcon icon = ThemedIcon::icon(u"info"_s);
    for (const LintFlag &f : flags) {
        const QString words = m_text == Text::Title ? f.title : f.title + u"\n"_s + f.explanation;
        auto *entry = new QListWidgetItem(icon, words, this);
        entry->setToolTip(f.explanation);
        entry->setData(Qt::AccessibleDescriptionRole, f.explanation);
    }
    if (flags.isEmpty()) {
        auto *entry = new QListWidgetItem(emptyText, this);
        entry->setFlags(Qt::NoItemFlags);
    }
}

} // namespace rapport
