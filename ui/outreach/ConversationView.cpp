#include "outreach/ConversationView.h"

#include "common/MinuteTime.h"
#include "common/OutreachStyle.h"

#include <QAbstractTextDocumentLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// Lines of text the view shows before it scrolls.
constexpr int visibleLines = 8;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

} // namespace

ConversationView::ConversationView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"conversationView"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_heading = new QLabel(this);
    m_heading->setObjectName(u"conversationHeading"_s);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    layout->addWidget(m_heading);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(u"conversationBrowser"_s);
    m_browser->setOpenLinks(false);
    m_browser->setTabChangesFocus(true);
    m_browser->setFocusPolicy(Qt::ClickFocus);
    // As tall as the messages, up to a few lines; then it scrolls.
    const int frame = 2 * m_browser->frameWidth() + 4;
    const int tallest = m_browser->fontMetrics().lineSpacing() * visibleLines + frame;
    m_browser->setFixedHeight(tallest);
    connect(m_browser->document()->documentLayout(),
            &QAbstractTextDocumentLayout::documentSizeChanged, this,
            [this, frame, tallest](const QSizeF &size) {
                m_browser->setFixedHeight(qMin(tallest, int(std::ceil(size.height())) + frame));
            });
    m_heading->setBuddy(m_browser);
    layout->addWidget(m_browser);
    hide();
}

void ConversationView::setMessages(const QList<Outreach> &newestFirst, const QString &theirName,
                                   int count)
{
    m_theirName = theirName;
    m_messages = newestFirst.mid(0, count);
    std::reverse(m_messages.begin(), m_messages.end());
    setVisible(!m_messages.isEmpty());
    if (m_messages.isEmpty()) {
        m_browser->clear();
        return;
    }
    m_heading->setText(
        m_messages.size() == 1
            ? tr("Your conversation with %1 so far (the last message)").arg(theirName)
            : tr("Your conversation with %1 so far (the last %2, oldest first)")
                  .arg(theirName)
                  .arg(m_messages.size()));
    m_browser->setAccessibleName(tr("Earlier messages with %1").arg(theirName));
    QString html;
    for (const Outreach &row : std::as_const(m_messages))
        html += entryHtml(row);
    m_browser->setHtml(html);
    // The newest is what the answer follows.
    m_browser->verticalScrollBar()->setValue(m_browser->verticalScrollBar()->maximum());
}

QString ConversationView::entryHtml(const Outreach &row) const
{
    const bool fromThem = row.direction == u"in"_s;
    const QDateTime local = row.happenedAt.toLocalTime();
    const QLocale locale;
    const QString when = tr("%1, %2").arg(locale.toString(local.date(), QLocale::ShortFormat),
                                          MinuteTime::time(local.time(), locale));
    const QString who = fromThem ? tr("↙ %1").arg(m_theirName) : tr("↗ You");
    QString text = row.body.trimmed();
    if (!row.subject.trimmed().isEmpty())
        text = row.subject.trimmed() + u"\n"_s + text;
    QString body = escaped(text.trimmed());
    if (body.isEmpty())
        body =
            u"<i>%1</i>"_s.arg(row.channel == u"invitation"_s ? tr("(no note)") : tr("(no text)"));
    return u"<p style=\"margin-top:4px; margin-bottom:0\"><b>%1</b> · %2 · %3</p>"
           "<p style=\"margin-top:0; margin-bottom:4px; margin-left:12px\">%4</p>"_s.arg(
               who.toHtmlEscaped(), OutreachStyle::channelLabel(row.channel).toHtmlEscaped(),
               when.toHtmlEscaped(), body);
}

QString ConversationView::text() const
{
    return m_browser->toPlainText();
}

} // namespace rapport
