#include "common/Prompts.h"

#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

struct PromptState
{
    bool testing = false;
    QList<bool> answers;
    QList<Prompts::Shown> shown;
};

PromptState &state()
{
    static PromptState s;
    return s;
}

// Records the prompt; true when a test handles it (nothing to show).
bool record(Prompts::Kind kind, const QString &title, const QString &text)
{
    PromptState &s = state();
    if (!s.testing)
        return false;
    s.shown.append({kind, title, text});
    return true;
}

} // namespace

bool Prompts::confirm(QWidget *parent, const QString &title, const QString &text,
                      const QString &goButton, bool goIsDefault, const QString &cancelButton)
{
    PromptState &s = state();
    if (record(Kind::Confirm, title, text))
        return !s.answers.isEmpty() && s.answers.takeFirst();
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    if (!cancelButton.isEmpty())
        box.button(QMessageBox::Cancel)->setText(cancelButton);
    QAbstractButton *go = nullptr;
    if (goButton.isEmpty()) {
        go = box.addButton(QMessageBox::Yes);
        box.setDefaultButton(goIsDefault ? QMessageBox::Yes : QMessageBox::Cancel);
    } else {
        QPushButton *button = box.addButton(goButton, QMessageBox::AcceptRole);
        go = button;
        if (goIsDefault)
            box.setDefaultButton(button);
        else
            box.setDefaultButton(QMessageBox::Cancel);
    }
    box.exec();
    return box.clickedButton() == go;
}

void Prompts::warning(QWidget *parent, const QString &title, const QString &text)
{
    if (!record(Kind::Warning, title, text))
        QMessageBox::warning(parent, title, text);
}

void Prompts::information(QWidget *parent, const QString &title, const QString &text)
{
    if (record(Kind::Information, title, text))
        return;
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

void Prompts::setTesting(bool testing)
{
    state().testing = testing;
}

bool Prompts::isTesting()
{
    return state().testing;
}

void Prompts::setNextAnswer(bool goAhead)
{
    state().answers.append(goAhead);
}

QList<Prompts::Shown> Prompts::shown()
{
    return state().shown;
}

QStringList Prompts::shown(Kind kind)
{
    QStringList texts;
    for (const Shown &prompt : std::as_const(state().shown)) {
        if (prompt.kind == kind)
            texts << prompt.title + u": "_s + prompt.text;
    }
    return texts;
}

void Prompts::clear()
{
    state().shown.clear();
    state().answers.clear();
}

} // namespace rapport
