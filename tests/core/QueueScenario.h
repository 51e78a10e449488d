#pragma once

// A small language for daily-queue test facts, so a scenario reads as one
// line of a data table. Items are separated by ';', fields by spaces, days
// are relative to the scenario's today (-3 = three days ago):
//   c NAME [deg=N] [fol] [conn=-D] [tag=T] [cad=N] [dnc] [arch] [snooze=+D]
//   e NAME KIND -D [Content_title]            (underscores become spaces)
//   o NAME CHANNEL out|in -D [OUTCOME]        (10:00 UTC that day)
//   t TAG CADENCE                              (tag keep-in-touch cadence)
// Contacts get ids in order of their 'c' line.

#include "db/Database.h"
#include "domain/Contact.h"
#include "domain/ContentPiece.h"
#include "domain/Engagement.h"
#include "domain/EngagementKind.h"
#include "domain/Outreach.h"
#include "store/ContactStore.h"
#include "store/ContentStore.h"
#include "store/EngagementStore.h"
#include "store/KeepInTouchStore.h"
#include "store/OutreachStore.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

namespace rapport::test {

struct QueueScenario
{
    Database &db;
    QDate today;
    QHash<QString, qint64> ids;
    QHash<QString, qint64> content;

    bool sql(const QString &statement, const QVariantList &binds)
    {
        QSqlQuery q(db.connection());
        q.prepare(statement);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec()) {
            qWarning("%s", qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }

    bool load(const QString &spec)
    {
        using namespace Qt::StringLiterals;
        ContactStore contacts(db);
        ContentStore contents(db);
        EngagementStore engagements(db);
        OutreachStore outreach(db);
        KeepInTouchStore keepInTouch(db);
        QString error;
        for (const QString &rawItem : spec.split(u';', Qt::SkipEmptyParts)) {
            const QStringList f = rawItem.trimmed().split(u' ', Qt::SkipEmptyParts);
            if (f.isEmpty())
                continue;
            const QString what = f.at(0);
            if (what == u"c"_s) {
                Contact c;
                c.firstName = f.at(1);
                c.lastName = u"Test"_s;
                QList<QString> after;
                for (int i = 2; i < f.size(); ++i) {
                    const QString field = f.at(i);
                    if (field.startsWith(u"deg="_s))
                        c.degree = field.mid(4).toInt();
                    else if (field == u"fol"_s)
                        c.followsMe = true;
                    else if (field.startsWith(u"conn="_s))
                        c.connectedOn = today.addDays(field.mid(5).toInt());
                    else if (field.startsWith(u"tag="_s))
                        c.tags << field.mid(4);
                    else
                        after << field;
                }
                if (!contacts.add(c, &error)) {
                    qWarning("%s", qPrintable(error));
                    return false;
                }
                ids.insert(f.at(1), c.id);
                for (const QString &field : std::as_const(after)) {
                    bool ok = true;
                    KeepInTouch k = keepInTouch.get(c.id).value_or(KeepInTouch());
                    if (field.startsWith(u"cad="_s)) {
                        k.cadenceDays = field.mid(4).toInt();
                        ok = keepInTouch.set(c.id, k, today, &error);
                    } else if (field == u"dnc"_s)
                        ok = sql(u"UPDATE contact SET do_not_contact = 1 WHERE id = ?"_s, {c.id});
                    else if (field == u"arch"_s)
                        ok = sql(u"UPDATE contact SET archived = 1 WHERE id = ?"_s, {c.id});
                    else if (field.startsWith(u"snooze="_s)) {
                        k.snoozedUntil = today.addDays(field.mid(7).toInt());
                        ok = keepInTouch.set(c.id, k, today, &error);
                    } else
                        ok = false;
                    if (!ok) {
                        qWarning("bad contact field %s %s", qPrintable(field), qPrintable(error));
                        return false;
                    }
                }
            } else if (what == u"e"_s) {
                Engagement e;
                e.contactId = ids.value(f.at(1));
                e.kind = EngagementKinds::fromName(f.at(2)).value_or(EngagementKind::Like);
                e.date = today.addDays(f.at(3).toInt());
                if (f.size() > 4) {
                    const QString title = QString(f.at(4)).replace(u'_', u' ');
                    if (!content.contains(title)) {
                        ContentPiece piece;
                        piece.title = title;
                        piece.kind = ContentKind::Post;
                        piece.publishedOn = today.addDays(-60);
                        if (!contents.add(piece, &error)) {
                            qWarning("%s", qPrintable(error));
                            return false;
                        }
                        content.insert(title, piece.id);
                    }
                    e.contentId = content.value(title);
                }
                if (!engagements.log(e, &error)) {
                    qWarning("%s", qPrintable(error));
                    return false;
                }
            } else if (what == u"o"_s) {
                Outreach o;
                o.contactId = ids.value(f.at(1));
                o.channel = f.at(2);
                o.direction = f.at(3);
                o.happenedAt =
                    QDateTime(today.addDays(f.at(4).toInt()), QTime(10, 0), QTimeZone::utc());
                if (f.size() > 5) {
                    o.outcome = f.at(5);
                    o.outcomeAt = o.happenedAt.addSecs(3600);
                }
                if (!outreach.add(o, &error)) {
                    qWarning("%s", qPrintable(error));
                    return false;
                }
            } else if (what == u"t"_s) {
                if (!keepInTouch.setTagCadences({TagCadence{f.at(1), f.at(2).toInt(), 0}},
                                                &error)) {
                    qWarning("%s", qPrintable(error));
                    return false;
                }
            } else {
                qWarning("unknown scenario item %s", qPrintable(rawItem));
                return false;
            }
        }
        return true;
    }
};

} // namespace rapport::test
