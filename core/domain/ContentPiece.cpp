#include "domain/ContentPiece.h"

using namespace Qt::StringLiterals;

namespace rapport {

QString ContentPiece::kindName(ContentKind kind)
{
    return kind == ContentKind::Article ? u"article"_s : u"post"_s;
}

bool ContentPiece::kindFromName(const QString &name, ContentKind *kind)
{
    if (name == u"post"_s)
        *kind = ContentKind::Post;
    else if (name == u"article"_s)
        *kind = ContentKind::Article;
    else
        return false;
    return true;
}

} // namespace rapport
