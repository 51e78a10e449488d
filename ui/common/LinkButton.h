#pragma once

// A push button that reads as a link ("How is this computed?"): no frame,
// underlined, in the palette's link colour (kept when the palette changes,
// so it stays readable in a dark palette), a pointing hand over it. Like
// the links in Outreach's numbers, yet a real button for the keyboard
// (Tab, Space) and screen readers.

#include <QPushButton>

namespace rapport {

class LinkButton : public QPushButton
{
    Q_OBJECT

public:
    explicit LinkButton(const QString &text, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyLinkColour();
    bool m_applying = false;
};

} // namespace rapport
