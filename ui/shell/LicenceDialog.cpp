#include "shell/LicenceDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rapport {

LicenceDialog::LicenceDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"licenceDialog"_s);
    setWindowTitle(tr("Licence"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Rapport is free software under the GNU General Public License, "
                                "version 3 or (at your option) any later version:"),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"licenceText"_s);
    m_text->setAccessibleName(tr("Licence text"));
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const QString text = licenceText();
    m_text->setPlainText(text.isEmpty() ? tr("The licence text is missing from this build. "
                                             "Read it at https://www.gnu.org/licenses/gpl-3.0.txt")
                                        : text);
    layout->addWidget(m_text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    const QFontMetrics metrics(m_text->font());
    resize(metrics.horizontalAdvance(QString(80, u'M')) + 60, 600);
}

QString LicenceDialog::licenceText()
{
    QFile file(u":/licence/LICENSE"_s);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

} // namespace rapport
