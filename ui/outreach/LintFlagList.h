#pragma once

// The list of what the message linter found in a draft ("What recipients may
// not want"), each with an information icon and its explanation as the
// tooltip; a line that cannot be selected when there is nothing to show.
// Choosing a flag says which, so the editor can select its span.

#include "outreach/LintFlag.h"

#include <QList>
#include <QListWidget>

namespace rapport {

class LintFlagList : public QListWidget
{
    Q_OBJECT

public:
    // What an entry says: the title alone, or the title over the explanation.
    enum class Text { Title, TitleAndExplanation };

    explicit LintFlagList(Text text, QWidget *parent = nullptr);

    // Replaces the entries; `emptyText` when `flags` is empty.
    void showFlags(const QList<LintFlag> &flags, const QString &emptyText);

signals:
    // A flag became the current entry.
    void flagChosen(const LintFlag &flag);

private:
    Text m_text;
    QList<LintFlag> m_flags;
};

} // namespace rapport
