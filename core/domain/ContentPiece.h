#pragma once

// A post or an article the user published, as stored in the content table.

#include <QDate>
#include <QString>

namespace rapport {

enum class ContentKind { Post, Article };

struct ContentPiece
{
    qint64 id = 0;
    ContentKind kind = ContentKind::Post;
    QString title;
    QString url;
    QDate publishedOn;

    static QString kindName(ContentKind kind); // "post", "article"
    static bool kindFromName(const QString &name, ContentKind *kind);

    bool operator==(const ContentPiece &o) const
    {
        return id == o.id && kind == o.kind && title == o.title && url == o.url &&
               publishedOn == o.publishedOn;
    }
    bool operator!=(const ContentPiece &o) const { return !(*this == o); }
};

} // namespace rapport
