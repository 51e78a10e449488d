#pragma once

// Puts the test seams (Prompts, FileDialogs, DialogRunner) in testing mode
// for a GUI test and reads back what the application asked and told.

#include "common/DialogRunner.h"
#include "common/FileDialogs.h"
#include "common/Prompts.h"

#include <QStringList>

namespace rapport::SeamTesting {

// Nothing modal is shown from now on; what was recorded or queued before
// is forgotten. Call it from init() so every test starts clean.
inline void start()
{
    Prompts::setTesting(true);
    FileDialogs::setTesting(true);
    DialogRunner::setTesting(true);
    Prompts::clear();
    FileDialogs::clear();
    DialogRunner::clear();
}

// The warnings shown, as "title: text".
inline QStringList warnings()
{
    return Prompts::shown(Prompts::Kind::Warning);
}

// The questions asked (confirm), their text only.
inline QStringList questions()
{
    QStringList texts;
    const QList<Prompts::Shown> shown = Prompts::shown();
    for (const Prompts::Shown &prompt : shown) {
        if (prompt.kind == Prompts::Kind::Confirm)
            texts << prompt.text;
    }
    return texts;
}

} // namespace rapport::SeamTesting
