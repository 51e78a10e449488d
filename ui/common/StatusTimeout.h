#pragma once

// How long a message stays in the main window's status bar, by what it
// says; the one place these numbers live (milliseconds, for
// QStatusBar::showMessage).

namespace rapport {

struct StatusTimeout
{
    // The outcome of something the person just did ("Export cancelled; no
    // file was written.", "Logged 3 · 1 new contact").
    static constexpr int Outcome = 8000;
    // Something that went wrong in the background and needs a look (the
    // derived state could not be brought up to date).
    static constexpr int Warning = 10000;
    // A longer report, such as where a backup was written or what a
    // restore kept aside: time to read a path.
    static constexpr int Report = 15000;
};

} // namespace rapport
