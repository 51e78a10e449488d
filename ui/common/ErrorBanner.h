#pragma once

// A dialog's own error line: a warning icon and the message in words,
// hidden until there is something to say. Keeps a refused save inside the
// dialog, where the person can fix what it names.

#include <QWidget>

class QLabel;

namespace rapport {

class ErrorBanner : public QWidget
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showMessage(const QString &text);
    void clear();
    // The message shown; empty while hidden.
    QString message() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QLabel *m_text = nullptr;
};

} // namespace rapport
