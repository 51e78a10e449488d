#pragma once

// Edit ▸ Preferences: settings that belong to the database (so the window
// and rapport-cli agree), starting with the recency window for tiers.

#include <QDialog>

class QSpinBox;

namespace rapport {

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(int windowDays, QWidget *parent = nullptr);

    int windowDays() const;
    QSpinBox *windowSpin() const { return m_window; }

private:
    QSpinBox *m_window = nullptr;
};

} // namespace rapport
