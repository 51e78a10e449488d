#pragma once

// The message editor that Compose and Message Templates share: a subject
// line (shown for InMails and e-mails) and the text, each with a live
// character counter against the channel's limit, a row under the text for
// what the dialog adds beside the counter, placeholders inserted where the
// user last typed, and the span of a linter flag selected. It says when the
// text was edited and, after a short typing pause, when the linter should
// look again.

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;

namespace rapport {

struct LintFlag;

class MessageEditor : public QWidget
{
    Q_OBJECT

public:
    // `noteLimit` is the user's setting for invitation notes.
    explicit MessageEditor(int noteLimit, QWidget *parent = nullptr);

    // Whether a channel's messages have a subject (InMail, e-mail).
    static bool channelHasSubject(const QString &channel);

    // The channel the counters and the subject follow; call updateCounters()
    // to count against it.
    void setChannel(const QString &channel);
    QString channel() const { return m_channel; }
    // The subject as typed ("" when the channel has none) and the text.
    QString subject() const;
    QString body() const;
    void setSubject(const QString &subject);
    void setBody(const QString &body);

    // The captions: "Su&bject:" by default; the text's only when set.
    void setSubjectCaption(const QString &caption);
    void setBodyCaption(const QString &caption);

    QLineEdit *subjectEdit() const { return m_subject; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QLabel *subjectCounter() const { return m_subjectCounter; }
    QLabel *bodyCounter() const { return m_bodyCounter; }
    // The row under the text, ending with the text's counter.
    QHBoxLayout *counterRow() const { return m_counterRow; }

    // "120 / 200", "⚠ 250 / 200 — 50 over the limit", "42 characters".
    void updateCounters();
    // Puts "{name}" at the cursor of the subject when it was typed in last,
    // else of the text.
    void insertPlaceholder(const QString &name);
    // Selects what the flag is about in the subject or the text (nothing
    // for a flag about the whole message).
    void selectFlagged(const LintFlag &flag);
    // Forgets a pending checksDue() (the caller checks now).
    void cancelPendingChecks();

signals:
    // The subject or the text changed (also when set from code).
    void edited();
    // A short pause after the last edit: time to run the linter.
    void checksDue();

private:
    QHBoxLayout *createSubjectRow();
    void updateCounter(QLabel *label, const QString &text, int limit);

    int m_noteLimit;
    QString m_channel;
    QLabel *m_subjectCaption = nullptr;
    QLineEdit *m_subject = nullptr;
    QLabel *m_subjectCounter = nullptr;
    QLabel *m_bodyCaption = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_bodyCounter = nullptr;
    QHBoxLayout *m_counterRow = nullptr;
    QWidget *m_lastTextField = nullptr;
    QTimer *m_checkTimer = nullptr;
};

} // namespace rapport
