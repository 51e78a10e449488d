#include "store/SqlValueRows.h"

using namespace Qt::StringLiterals;

namespace rapport {

void SqlValueRows::beginRow()
{
    m_text += m_rows == 0 ? u"VALUES ("_s : u",("_s;
    m_firstInRow = true;
}

void SqlValueRows::endRow()
{
    m_text += u')';
    ++m_rows;
}

void SqlValueRows::separate()
{
    if (!m_firstInRow)
        m_text += u',';
    m_firstInRow = false;
}

bool SqlValueRows::add(const QString &value)
{
    separate();
    // Room grows by doubling: reserving just enough each time would copy
    // the whole text again for every value.
    const qsizetype needed = m_text.size() + value.size() + 2;
    if (needed > m_text.capacity())
        m_text.reserve(qMax(needed, 2 * m_text.capacity()));
    m_text += u'\'';
    const QChar *begin = value.constData();
    const QChar *end = begin + value.size();
    const QChar *plain = begin; // start of the run copied as it is
    for (const QChar *p = begin; p != end; ++p) {
        const char16_t c = p->unicode();
        if (c == 0) {
            m_valid = false;
            return false;
        }
        if (c != u'\'')
            continue;
        m_text.append(plain, p - plain + 1);
        m_text += u'\''; // a quote is written twice
        plain = p + 1;
    }
    m_text.append(plain, end - plain);
    m_text += u'\'';
    return true;
}

void SqlValueRows::add(qint64 value)
{
    separate();
    m_text += QString::number(value);
}

void SqlValueRows::addNull()
{
    separate();
    m_text += u"NULL"_s;
}

void SqlValueRows::clear()
{
    m_text.clear();
    m_rows = 0;
    m_firstInRow = true;
    m_valid = true;
}

} // namespace rapport
