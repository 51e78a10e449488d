#include "io/LinkedInInvitations.h"

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

} // namespace

LinkedInInvitations::LinkedInInvitations(QIODevice *device, const QString &fileName)
    : m_table(device, fileName)
{}

bool LinkedInInvitations::hasUrlColumns() const
{
    return m_table.hasColumn(u"inviterprofileurl"_s) && m_table.hasColumn(u"inviteeprofileurl"_s);
}

bool LinkedInInvitations::isHeader(const QStringList &row)
{
    return hasCell(row, u"From"_s) && hasCell(row, u"To"_s) && hasCell(row, u"Sent At"_s) &&
           hasCell(row, u"Direction"_s);
}

QDateTime LinkedInInvitations::parseSentAt(const QString &input)
{
    // Newer exports put a narrow no-break space before AM/PM.
    QString text = input.trimmed();
    text.replace(QChar(0x202F), u' ');
    text.replace(QChar(0x00A0), u' ');
    static const QRegularExpression re(
        u"^(\\d{1,2})/(\\d{1,2})/(\\d{2}),\\s*(\\d{1,2}):(\\d{2})\\s*([AaPp])\\.?[Mm]\\.?$"_s);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    int hour = m.captured(4).toInt();
    if (hour < 1 || hour > 12)
        return {};
    const bool pm = m.captured(6).compare(u"p"_s, Qt::CaseInsensitive) == 0;
    hour = hour % 12 + (pm ? 12 : 0);
    const QDate date(2000 + m.captured(3).toInt(), m.captured(1).toInt(), m.captured(2).toInt());
    const QTime time(hour, m.captured(5).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::LocalTime).toUTC();
}

bool LinkedInInvitations::readHeader(QString *error)
{
    const bool ok = m_table.readHeader(
        &LinkedInInvitations::isHeader, u"from"_s,
        tr("%1, line %2: the header has no From column. Export your invitations "
           "from LinkedIn again."),
        tr("%1 has no header row with From, To, Sent At and Direction; it is not "
           "LinkedIn's Invitations.csv. Choose the file from LinkedIn's "
           "data export."));
    if (!ok && error)
        *error = m_table.errorString();
    return ok;
}

QString LinkedInInvitations::field(const QStringList &row, const QString &column) const
{
    return m_table.field(row, column).trimmed();
}

bool LinkedInInvitations::next(Row *out)
{
    QStringList cells;
    if (!m_table.next(&cells))
        return false;
    Row row;
    row.line = m_table.lineNumber();
    row.from = field(cells, u"from"_s);
    row.to = field(cells, u"to"_s);
    row.message = field(cells, u"message"_s);
    row.inviterUrl = field(cells, u"inviterprofileurl"_s);
    row.inviteeUrl = field(cells, u"inviteeprofileurl"_s);
    const QString sentAt = field(cells, u"sent at"_s);
    row.sentAt = parseSentAt(sentAt);
    const QString direction = field(cells, u"direction"_s).toUpper();
    row.outgoing = direction == u"OUTGOING"_s;
    if (direction != u"OUTGOING"_s && direction != u"INCOMING"_s) {
        row.problem = tr("Direction \"%1\" is neither INCOMING nor OUTGOING; correct it in the "
                         "file")
                          .arg(direction);
    } else if (!row.sentAt.isValid()) {
        row.problem = tr("Sent At \"%1\" is not a date and time we know (like 4/6/26, 2:12 PM); "
                         "correct it in the file")
                          .arg(sentAt);
    } else if ((row.outgoing ? row.to : row.from).isEmpty()) {
        row.problem = row.outgoing ? tr("To is empty: there is no one to link the invitation to")
                                   : tr("From is empty: there is no one to link the invitation "
                                        "to");
    }
    *out = row;
    return true;
}

} // namespace rapport
