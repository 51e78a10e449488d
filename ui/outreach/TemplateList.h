#pragma once

// The list of message templates in Edit ▸ Message Templates…: a bold heading
// per channel ("Messages", "InMails", …) and under it each template as
// "name — built in", "name — your version" (of a starter) or "name — yours",
// with a tooltip saying what that means; a line saying there are none yet.
// Rows map back to the templates they were filled from.

#include "domain/MessageTemplate.h"

#include <QList>
#include <QListWidget>
#include <functional>

namespace rapport {

class TemplateList : public QListWidget
{
    Q_OBJECT

public:
    explicit TemplateList(QWidget *parent = nullptr);

    // Lists `templates` (ordered by channel, as the store gives them).
    void fill(const QList<MessageTemplate> &templates);
    // The index into the filled templates of a row; -1 for a heading, the
    // empty line or no row.
    int templateIndex(int row) const;
    // The first row whose template index `matches`; -1 when none does.
    int findRow(const std::function<bool(int index)> &matches) const;

    // Names compared as the store does: trimmed, ignoring case.
    static bool sameName(const QString &a, const QString &b);
    // Whether a built-in starter has this name.
    static bool isStarterName(const QString &name);
    // What the editor says the template being edited is: new, a built-in
    // starter, the user's version of one, or the user's own.
    static QString statusText(const MessageTemplate &t);
    // "Messages", "InMails", "Invitation notes", "E-mails", "Call notes".
    static QString channelHeading(const QString &channel);
};

} // namespace rapport
