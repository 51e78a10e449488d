#include "io/LinkedInMessages.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

bool hasCell(const QStringList &row, const QString &name)
{
    for (const QString &cell : row) {
        if (cell.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isYes(const QString &text)
{
    const QString t = text.trimmed().toLower();
    return t == u"yes"_s || t == u"true"_s || t == u"1"_s;
}

} // namespace

LinkedInMessages::LinkedInMessages(QIODevice *device, const QString &fileName)
    : m_table(device, fileName)
{}

bool LinkedInMessages::hasRecipientUrls() const
{
    return m_table.hasColumn(u"recipient profile urls"_s);
}

bool LinkedInMessages::isHeader(const QStringList &row)
{
    return hasCell(row, u"CONVERSATION ID"_s) && hasCell(row, u"FROM"_s) && hasCell(row, u"DATE"_s);
}

QDateTime LinkedInMessages::parseDate(const QString &text)
{
    static const QRegularExpression re(
        u"^(\\d{4})-(\\d{2})-(\\d{2}) (\\d{2}):(\\d{2}):(\\d{2}) UTC$"_s);
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

QStringList LinkedInMessages::splitUrls(const QString &text)
{
    // Profile URLs hold neither commas, semicolons nor spaces; whatever the
    // separator, each URL is one run of those.
    static const QRegularExpression re(
        u"(?:https?://)?(?:[a-z0-9-]+\\.)?linkedin\\.com/[^\\s,;]+"_s,
        QRegularExpression::CaseInsensitiveOption);
    QStringList urls;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        urls << it.next().captured(0);
    return urls;
}

bool LinkedInMessages::isSystemSender(const QString &name, const QString &url,
                                      const QString &content)
{
    static const QStringList systemNames = {u"LinkedIn Member"_s, u"LinkedIn Talent Solutions"_s,
                                            u"Sponsored Conversation"_s, u"LinkedIn"_s};
    for (const QString &system : systemNames) {
        if (name.compare(system, Qt::CaseInsensitive) == 0)
            return true;
    }
    // Sponsored messages: no sender profile and HTML content.
    static const QRegularExpression html(u"<\\s*(html|body|div|p|table|a|span|br|img)\\b"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    return url.trimmed().isEmpty() && html.match(content).hasMatch();
}

bool LinkedInMessages::readHeader(QString *error)
{
    const bool ok =
        m_table.readHeader(&LinkedInMessages::isHeader, u"content"_s,
                           tr("%1, line %2: the header has no CONTENT column. Export your messages "
                              "from LinkedIn again."),
                           tr("%1 has no header row with CONVERSATION ID, FROM and DATE; it is not "
                              "LinkedIn's messages.csv. Choose the file from LinkedIn's "
                              "data export."));
    if (!ok && error)
        *error = m_table.errorString();
    return ok;
}

QString LinkedInMessages::field(const QStringList &row, const QString &column) const
{
    return m_table.field(row, column);
}

bool LinkedInMessages::next(Row *out)
{
    QStringList cells;
    if (!m_table.next(&cells))
        return false;
    Row row;
    row.line = m_table.lineNumber();
    row.conversationId = field(cells, u"conversation id"_s).trimmed();
    row.conversationTitle = field(cells, u"conversation title"_s).trimmed();
    row.from = field(cells, u"from"_s).trimmed();
    row.senderUrl = field(cells, u"sender profile url"_s).trimmed();
    row.to = field(cells, u"to"_s).trimmed();
    row.recipientUrls = splitUrls(field(cells, u"recipient profile urls"_s));
    row.dateText = field(cells, u"date"_s).trimmed();
    row.date = parseDate(row.dateText);
    row.subject = field(cells, u"subject"_s).trimmed();
    // Content keeps its line breaks; only the ends are tidied.
    row.content = field(cells, u"content"_s).trimmed();
    row.folder = field(cells, u"folder"_s).trimmed();
    row.draft = isYes(field(cells, u"is message draft"_s));
    row.system = isSystemSender(row.from, row.senderUrl, row.content);
    if (row.conversationId.isEmpty())
        row.problem = tr("CONVERSATION ID is empty; the row is damaged");
    else if (!row.date.isValid())
        row.problem = tr("DATE \"%1\" is not a date we know (like 2026-02-08 14:03:27 UTC); "
                         "correct it in the file")
                          .arg(row.dateText);
    *out = row;
    return true;
}

} // namespace rapport
