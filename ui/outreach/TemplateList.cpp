#include "outreach/TemplateList.h"

#include "domain/StarterTemplates.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// Index into the filled templates of a list row; -1 on channel headings.
constexpr int TemplateIndexRole = Qt::UserRole;

} // namespace

TemplateList::TemplateList(QWidget *parent)
    : QListWidget(parent)
{}

bool TemplateList::sameName(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

bool TemplateList::isStarterName(const QString &name)
{
    const QList<MessageTemplate> starters = StarterTemplates::all();
    return std::any_of(starters.cbegin(), starters.cend(),
                       [&](const MessageTemplate &s) { return sameName(s.name, name); });
}

QString TemplateList::channelHeading(const QString &channel)
{
    if (channel == u"message"_s)
        return tr("Messages");
    if (channel == u"inmail"_s)
        return tr("InMails");
    if (channel == u"invitation"_s)
        return tr("Invitation notes");
    if (channel == u"email"_s)
        return tr("E-mails");
    if (channel == u"call"_s)
        return tr("Call notes");
    return channel;
}

QString TemplateList::statusText(const MessageTemplate &t)
{
    if (t.id <= 0 && !t.builtIn)
        return tr("New template — not saved yet.");
    if (t.builtIn)
        return tr("Built-in starter. Saving your changes makes your own version under this name; "
                  "deleting yours later brings the starter back.");
    if (isStarterName(t.name))
        return tr("Your version of a built-in starter. Restore Starter deletes it and brings the "
                  "starter back.");
    return tr("Your template.");
}

void TemplateList::fill(const QList<MessageTemplate> &templates)
{
    clear();
    QString channel;
    QFont headingFont = font();
    headingFont.setBold(true);
    for (int i = 0; i < templates.size(); ++i) {
        const MessageTemplate &t = templates.at(i);
        if (i == 0 || t.channel != channel) {
            channel = t.channel;
            auto *heading = new QListWidgetItem(channelHeading(channel), this);
            heading->setFlags(Qt::NoItemFlags);
            heading->setFont(headingFont);
            // A heading, not a disabled entry: full-strength text.
            heading->setForeground(palette().brush(QPalette::Text));
            heading->setData(TemplateIndexRole, -1);
        }
        QString text;
        QString tip;
        if (t.builtIn) {
            text = tr("%1 — built in").arg(t.name);
            tip = tr("A starter that comes with Rapport. Edit and save it to make your own "
                     "version.");
        } else if (isStarterName(t.name)) {
            text = tr("%1 — your version").arg(t.name);
            tip = tr("Your version of a built-in starter. Restore Starter deletes yours and "
                     "brings the starter back.");
        } else {
            text = tr("%1 — yours").arg(t.name);
            tip = tr("A template you wrote.");
        }
        auto *entry = new QListWidgetItem(text, this);
        entry->setData(TemplateIndexRole, i);
        entry->setToolTip(tip);
        entry->setData(Qt::AccessibleDescriptionRole, tip);
    }
    if (templates.isEmpty()) {
        auto *empty = new QListWidgetItem(tr("No templates yet — press New to write one."), this);
        empty->setFlags(Qt::NoItemFlags);
        empty->setData(TemplateIndexRole, -1);
    }
}

int TemplateList::templateIndex(int row) const
{
    const QListWidgetItem *entry = item(row);
    return entry ? entry->data(TemplateIndexRole).toInt() : -1;
}

int TemplateList::findRow(const std::function<bool(int index)> &matches) const
{
    for (int row = 0; row < count(); ++row) {
        const int index = templateIndex(row);
        if (index >= 0 && matches(index))
            return row;
    }
    return -1;
}

} // namespace rapport
