#pragma once

// Why a queue item is in the queue, kept as the parts of its words rather
// than the words: QueuePlanner's sentences (by their English source text),
// the days they count from and the user's own text (a post's title, a new
// position). The queue is stored when the day is planned; kept this way, a
// reason planned while Rapport spoke German reads in English after the
// language is switched, and the other way round.
//
// Stored in queue_item.reason as "queue-reason:1:" followed by compact JSON:
// an array of parts, each a phrase {"s": source, "n": plural count or
// absent, "a": [arguments]}; an argument is a JSON string (the user's text,
// kept as it is), {"ago": "yyyy-MM-dd"} (a day, worded relative to the
// plan's day) or a phrase. Reasons stored before this (plain text) read as
// they were written.

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace rapport {

class QueueReason
{
public:
    // A sentence of QueuePlanner's: `source` is its English text, marked for
    // translation with QT_TRANSLATE_NOOP("QueuePlanner", ...) (or
    // QT_TRANSLATE_N_NOOP with `n` >= 0 for a "%n" plural); `args` fill %1,
    // %2, ... in order.
    static QJsonValue phrase(const char *source, const QJsonArray &args = {}, int n = -1);
    // The user's own text, shown as it is in every language.
    static QJsonValue text(const QString &userText);
    // A day, worded as RelativeDate::inDays from the plan's day.
    static QJsonValue ago(const QDate &day);

    QueueReason() = default;
    explicit QueueReason(const QJsonValue &firstPhrase) { append(firstPhrase); }
    QueueReason &append(const QJsonValue &phrase);
    bool isEmpty() const { return m_parts.isEmpty(); }

    // What goes into queue_item.reason.
    QString stored() const;
    // The words, in the language Rapport speaks now, for a queue planned on
    // `planDay`.
    QString words(const QDate &planDay) const;
    // The words of a stored reason: parts worded now, or plain text (older
    // queues, or a reason that cannot be read) returned as it is.
    static QString words(const QString &stored, const QDate &planDay);

    // Each day the stored reason counts from, as its relative words and the
    // full date ("21 days ago: Monday, 16 November 2026"), for a tooltip;
    // none for plain text.
    static QStringList dateNotes(const QString &stored, const QDate &planDay);

private:
    // The parts of a stored reason; none for plain text or damaged parts.
    static std::optional<QJsonArray> partsOf(const QString &stored);
    static QString wordsOf(const QJsonValue &part, const QDate &planDay);
    static void collectDays(const QJsonValue &part, QList<QJsonObject> *days);
    // What an "ago" part names: a day logged later than the plan's day (a
    // clock put back) reads as that day.
    static QDate shownDay(const QJsonObject &ago, const QDate &planDay);
    QJsonArray m_parts;
};

} // namespace rapport
