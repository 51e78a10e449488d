#include "domain/ExportSighting.h"

namespace rapport {

namespace {

bool sameText(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace

bool ExportSighting::sameRole(const ExportSighting &other) const
{
    return sameText(company, other.company) && sameText(position, other.position);
}

bool ExportSighting::sameAs(const ExportSighting &other) const
{
    return firstName == other.firstName && lastName == other.lastName && url == other.url &&
           company == other.company && position == other.position &&
           connectedOn == other.connectedOn;
}

} // namespace rapport
