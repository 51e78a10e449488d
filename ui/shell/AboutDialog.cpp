#include "shell/AboutDialog.h"

#include "settings/AppIdentity.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

#ifndef RAPPORT_HOMEPAGE_URL
#error "RAPPORT_HOMEPAGE_URL comes from the project's HOMEPAGE_URL (ui/CMakeLists.txt)"
#endif

namespace rapport {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About Rapport"));

    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    layout->addLayout(row);
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/icons/rapport.svg"_s).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    row->addWidget(icon);

    const QString project = projectUrl();
    const QString shownProject = QString(project).remove(u"https://"_s);
    m_text = tr("<h2>Rapport %1</h2>"
                "<p>A desktop CRM for people who network on LinkedIn: every contact, every "
                "conversation, and the few people worth reaching out to today.</p>"
                "<p>Copyright © 2026 The Rapport developers.</p>"
                "<p>Rapport is free software: you can share and change it under the terms of the "
                "<a href=\"%2\">GNU General Public License, version 3 or later</a>. It comes with "
                "no warranty.</p>"
                "<p>Project: <a href=\"%3\">%4</a></p>"
                "<p>Built with Qt %5, running on Qt %6.</p>")
                 .arg(AppIdentity::version(), licenceUrl(), project, shownProject,
                      QString::fromLatin1(QT_VERSION_STR), QString::fromLatin1(qVersion()));
    auto *text = new QLabel(m_text, this);
    text->setObjectName(u"aboutText"_s);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    row->addWidget(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *licence = buttons->addButton(tr("&Licence…"), QDialogButtonBox::ActionRole);
    licence->setObjectName(u"licenceButton"_s);
    connect(licence, &QPushButton::clicked, this, &AboutDialog::licenceRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    layout->addWidget(buttons);
}

QString AboutDialog::projectUrl()
{
    return QStringLiteral(RAPPORT_HOMEPAGE_URL);
}

QString AboutDialog::licenceUrl()
{
    return u"https://www.gnu.org/licenses/gpl-3.0.html"_s;
}

} // namespace rapport
