#pragma once

// Stands in for a page that a later release brings: says plainly that it is
// not available yet and what it will do, so the navigation never dead-ends.

#include <QWidget>

class QIcon;

namespace rapport {

class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QIcon &icon, const QString &title, const QString &description,
                    QWidget *parent = nullptr);
};

} // namespace rapport
