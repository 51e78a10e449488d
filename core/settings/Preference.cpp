#include "settings/Preference.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rapport {

QString Preference::rangeText() const
{
    switch (type) {
    case Type::Text:
        return tr("any text");
    case Type::TextList:
        return tr("names separated by commas");
    case Type::Integer:
        return unit.isEmpty() ? u"%1-%2"_s.arg(minimum).arg(maximum)
                              : u"%1-%2 %3"_s.arg(minimum).arg(maximum).arg(unit);
    case Type::Percent:
        return u"%1-%2 %"_s.arg(minimum).arg(maximum);
    case Type::Choice:
        return choices.join(u", "_s);
    case Type::Date:
        return tr("YYYY-MM-DD, or blank");
    }
    return {};
}

QString Preference::typeName() const
{
    switch (type) {
    case Type::Text:
        return u"text"_s;
    case Type::TextList:
        return u"list"_s;
    case Type::Integer:
        return u"integer"_s;
    case Type::Percent:
        return u"percent"_s;
    case Type::Choice:
        return u"choice"_s;
    case Type::Date:
        return u"date"_s;
    }
    return {};
}

} // namespace rapport
