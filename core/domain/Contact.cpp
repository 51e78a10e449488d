#include "domain/Contact.h"

using namespace Qt::StringLiterals;

namespace rapport {

QString Contact::fullName() const
{
    return fullName(firstName, lastName);
}

QString Contact::fullName(const QString &firstName, const QString &lastName)
{
    if (lastName.isEmpty())
        return firstName;
    if (firstName.isEmpty())
        return lastName;
    return firstName + u' ' + lastName;
}

bool Contact::operator==(const Contact &o) const
{
    return id == o.id && firstName == o.firstName && lastName == o.lastName &&
           profileUrl == o.profileUrl && slug == o.slug && position == o.position &&
           company == o.company && industry == o.industry && location == o.location &&
           email == o.email && degree == o.degree && connectedOn == o.connectedOn &&
           followsMe == o.followsMe && notes == o.notes && tags == o.tags;
}

} // namespace rapport
