#pragma once

// Quick capture: many names pasted at once (a LinkedIn reactions or
// comments list) become engagement events. plan() reads and matches without
// writing; apply() creates the new contacts and logs the events in one
// transaction; undo() and redo() take the whole capture back and forth.

#include "capture/CaptureItem.h"
#include "capture/CaptureResult.h"
#include "domain/EngagementKind.h"

#include <QCoreApplication>
#include <QDate>
#include <memory>

namespace rapport {

class ContactStore;
class EngagementStore;
class NameMatcher;

class QuickCapture
{
    Q_DECLARE_TR_FUNCTIONS(QuickCapture)

public:
    QuickCapture(ContactStore &contacts, EngagementStore &engagement);
    ~QuickCapture();
    QuickCapture(const QuickCapture &) = delete;
    QuickCapture &operator=(const QuickCapture &) = delete;

    // Parses and matches every line; writes nothing.
    QList<CaptureItem> plan(const QString &pastedText) const;

    struct Event
    {
        EngagementKind kind = EngagementKind::Like;
        QDate date;
        qint64 contentId = 0;
        QString note;
    };
    // Writes the capture: all of it or, on any error, none. Ambiguous lines
    // need a chosen contact (or to be set to New or Ignored) first. People
    // who already have this kind of engagement on this piece (or, on no
    // piece, on this day) are not logged twice (counted in
    // result.alreadyLogged).
    bool apply(const QList<CaptureItem> &items, const Event &event, CaptureResult *result,
               QString *error);
    // Removes what apply() wrote; redo() writes it again under the same ids.
    bool undo(const CaptureResult &result, QString *error);
    bool redo(CaptureResult &result, QString *error);

private:
    ContactStore &m_contacts;
    EngagementStore &m_engagement;
    std::unique_ptr<NameMatcher> m_matcher;
};

} // namespace rapport
