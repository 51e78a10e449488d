#include "outreach/MessageEditor.h"

#include "common/OutreachStyle.h"
#include "outreach/CharacterLimits.h"
#include "outreach/LintFlag.h"

#include <QApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

constexpr int checkDelayMs = 250;

} // namespace

MessageEditor::MessageEditor(int noteLimit, QWidget *parent)
    : QWidget(parent)
    , m_noteLimit(noteLimit)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    m_subjectCaption = new QLabel(tr("Su&bject:"), this);
    form->addRow(m_subjectCaption, createSubjectRow());
    layout->addLayout(form);

    m_bodyCaption = new QLabel(this);
    m_bodyCaption->hide();
    layout->addWidget(m_bodyCaption);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(u"bodyEdit"_s);
    m_body->setTabChangesFocus(true);
    m_bodyCaption->setBuddy(m_body);
    layout->addWidget(m_body, 1);
    m_counterRow = new QHBoxLayout;
    m_bodyCounter = new QLabel(this);
    m_bodyCounter->setObjectName(u"bodyCounter"_s);
    m_counterRow->addWidget(m_bodyCounter, 0, Qt::AlignTop | Qt::AlignRight);
    layout->addLayout(m_counterRow);

    m_checkTimer = new QTimer(this);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(checkDelayMs);
    connect(m_checkTimer, &QTimer::timeout, this, &MessageEditor::checksDue);
    connect(m_subject, &QLineEdit::textChanged, this, &MessageEditor::edited);
    connect(m_body, &QPlainTextEdit::textChanged, this, &MessageEditor::edited);
    connect(this, &MessageEditor::edited, m_checkTimer, qOverload<>(&QTimer::start));
    m_lastTextField = m_body;
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now == m_subject || now == m_body)
            m_lastTextField = now;
    });
}

QHBoxLayout *MessageEditor::createSubjectRow()
{
    auto *row = new QHBoxLayout;
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(u"subjectEdit"_s);
    m_subject->setAccessibleName(tr("Subject"));
    row->addWidget(m_subject, 1);
    m_subjectCounter = new QLabel(this);
    m_subjectCounter->setObjectName(u"subjectCounter"_s);
    row->addWidget(m_subjectCounter);
    m_subjectCaption->setBuddy(m_subject);
    return row;
}

bool MessageEditor::channelHasSubject(const QString &channel)
{
    return channel == u"inmail"_s || channel == u"email"_s;
}

void MessageEditor::setChannel(const QString &channel)
{
    m_channel = channel;
    const bool subject = channelHasSubject(channel);
    m_subjectCaption->setVisible(subject);
    m_subject->setVisible(subject);
    m_subjectCounter->setVisible(subject);
}

QString MessageEditor::subject() const
{
    return channelHasSubject(m_channel) ? m_subject->text() : QString();
}

QString MessageEditor::body() const
{
    return m_body->toPlainText();
}

void MessageEditor::setSubject(const QString &subject)
{
    m_subject->setText(subject);
}

void MessageEditor::setBody(const QString &body)
{
    m_body->setPlainText(body);
}

void MessageEditor::setSubjectCaption(const QString &caption)
{
    m_subjectCaption->setText(caption);
}

void MessageEditor::setBodyCaption(const QString &caption)
{
    m_bodyCaption->setText(caption);
    m_bodyCaption->setVisible(!caption.isEmpty());
}

void MessageEditor::updateCounters()
{
    updateCounter(m_subjectCounter, m_subject->text(),
                  CharacterLimits::limit(m_channel, CharacterLimits::Part::Subject, m_noteLimit));
    updateCounter(m_bodyCounter, m_body->toPlainText(),
                  CharacterLimits::limit(m_channel, CharacterLimits::Part::Body, m_noteLimit));
}

void MessageEditor::updateCounter(QLabel *label, const QString &text, int limit)
{
    const QLocale locale;
    const int n = CharacterLimits::count(text);
    if (limit <= 0) {
        label->setText(n == 1 ? tr("1 character") : tr("%1 characters").arg(locale.toString(n)));
        label->setPalette(QPalette());
        return;
    }
    if (n > limit) {
        label->setText(
            tr("⚠ %1 / %2 — %3 over the limit")
                .arg(locale.toString(n), locale.toString(limit), locale.toString(n - limit)));
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, OutreachStyle::warningColor(p));
        label->setPalette(p);
    } else {
        label->setText(tr("%1 / %2").arg(locale.toString(n), locale.toString(limit)));
        label->setPalette(QPalette());
    }
}

void MessageEditor::insertPlaceholder(const QString &name)
{
    const QString text = u'{' + name + u'}';
    if (m_lastTextField == m_subject && m_subject->isVisibleTo(window())) {
        m_subject->insert(text);
        m_subject->setFocus();
        return;
    }
    m_body->insertPlainText(text);
    m_body->setFocus();
}

void MessageEditor::selectFlagged(const LintFlag &flag)
{
    if (flag.start < 0)
        return;
    if (flag.inSubject) {
        m_subject->setSelection(flag.start, flag.length);
        return;
    }
    QTextCursor cursor = m_body->textCursor();
    cursor.setPosition(flag.start);
    cursor.setPosition(flag.start + flag.length, QTextCursor::KeepAnchor);
    m_body->setTextCursor(cursor);
    m_body->ensureCursorVisible();
}

void MessageEditor::cancelPendingChecks()
{
    m_checkTimer->stop();
}

} // namespace rapport
