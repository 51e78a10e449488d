#include "common/TierStyle.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPair>
#include <QPixmap>

namespace rapport {

namespace {

QIcon dot(const QColor &color, bool filled)
{
    // Drawn once per colour: lists put one on every row.
    static QHash<QPair<QRgb, bool>, QIcon> drawn;
    const QPair<QRgb, bool> key(color.rgba(), filled);
    const auto found = drawn.constFind(key);
    if (found != drawn.cend())
        return found.value();
    QIcon icon;
    for (int size : {12, 16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal pen = qMax(1.5, size / 8.0);
        const QRectF r(pen, pen, size - 2 * pen, size - 2 * pen);
        p.setPen(QPen(color, pen));
        p.setBrush(filled ? QBrush(color) : QBrush(Qt::NoBrush));
        p.drawEllipse(r.adjusted(size * 0.1, size * 0.1, -size * 0.1, -size * 0.1));
        p.end();
        icon.addPixmap(pixmap);
    }
    drawn.insert(key, icon);
    return icon;
}

} // namespace

QColor TierStyle::color(int rank)
{
    // Distinct hues that read on light and dark palettes alike.
    switch (rank) {
    case 1:
        return QColor(0x8e, 0x5c, 0xd9); // follower: violet
    case 2:
        return QColor(0x1f, 0x88, 0xe5); // commenter: blue
    case 3:
        return QColor(0x00, 0x9e, 0x8f); // sharer with comment: teal
    case 4:
        return QColor(0x4c, 0xaf, 0x50); // naked sharer: green
    case 5:
        return QColor(0xf2, 0xa2, 0x00); // profile viewer: amber
    case 6:
        return QColor(0xe0, 0x6c, 0x75); // liker: rose
    default:
        return QColor(0x9e, 0x9e, 0x9e);
    }
}

QString TierStyle::label(const Tier &tier)
{
    QString word;
    switch (tier.rank) {
    case 1:
        word = tr("Follower");
        break;
    case 2:
        word = tr("Commenter");
        break;
    case 3:
        word = tr("Sharer with comment");
        break;
    case 4:
        word = tr("Sharer");
        break;
    case 5:
        word = tr("Profile viewer");
        break;
    case 6:
        word = tr("Liker");
        break;
    default:
        return {};
    }
    return tier.lapsed ? tr("%1 (lapsed)").arg(word) : word;
}

QString TierStyle::pluralLabel(int rank)
{
    switch (rank) {
    case 1:
        return tr("Followers");
    case 2:
        return tr("Commenters");
    case 3:
        return tr("Sharers with comment");
    case 4:
        return tr("Sharers");
    case 5:
        return tr("Profile viewers");
    case 6:
        return tr("Likers");
    default:
        return {};
    }
}

QString TierStyle::kindLabel(EngagementKind kind)
{
    switch (kind) {
    case EngagementKind::Follow:
        return tr("Followed you");
    case EngagementKind::Unfollow:
        return tr("Unfollowed you");
    case EngagementKind::Comment:
        return tr("Commented");
    case EngagementKind::ShareWithComment:
        return tr("Shared with a comment");
    case EngagementKind::Share:
        return tr("Shared");
    case EngagementKind::ProfileView:
        return tr("Viewed your profile");
    case EngagementKind::Like:
        return tr("Liked");
    }
    return {};
}

QIcon TierStyle::icon(const Tier &tier)
{
    if (tier.isNone())
        return {};
    return dot(color(tier.rank), !tier.lapsed);
}

QIcon TierStyle::kindIcon(EngagementKind kind)
{
    if (kind == EngagementKind::Unfollow)
        return dot(color(0), false);
    return dot(color(EngagementKinds::rank(kind)), true);
}

} // namespace rapport
