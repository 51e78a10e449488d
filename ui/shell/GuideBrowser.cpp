#include "shell/GuideBrowser.h"

#include <QEvent>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace rapport {

GuideBrowser::GuideBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(u"guideBrowser"_s);
    setAccessibleName(tr("User Guide"));
    setOpenExternalLinks(true);
    setOpenLinks(true);
    document()->setDocumentMargin(16);
    applyStyleSheet();
}

void GuideBrowser::setGeneratedPart(const QString &name, const QString &html)
{
    m_parts.insert(name, html);
    if (!source().isEmpty())
        reload();
}

QVariant GuideBrowser::loadResource(int type, const QUrl &name)
{
    QVariant resource = QTextBrowser::loadResource(type, name);
    if (type != QTextDocument::HtmlResource || m_parts.isEmpty())
        return resource;
    QString html = resource.typeId() == QMetaType::QByteArray
                       ? QString::fromUtf8(resource.toByteArray())
                       : resource.toString();
    for (auto it = m_parts.cbegin(); it != m_parts.cend(); ++it)
        html.replace(u"<!-- %1 -->"_s.arg(it.key()), it.value());
    return html;
}

void GuideBrowser::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyStyleSheet();
        if (!source().isEmpty())
            reload();
    }
}

void GuideBrowser::applyStyleSheet()
{
    // Colours come from the palette, so the guide reads in a dark theme too.
    const QPalette p = palette();
    document()->setDefaultStyleSheet(
        u"h1 { font-size: x-large; margin-bottom: 8px; }"
        "h2 { font-size: large; margin-top: 18px; }"
        "p, li { line-height: 130%; }"
        "a { color: %1; }"
        "th { text-align: left; background-color: %2; }"
        "td, th { padding: 3px 8px; border-color: %3; }"
        "table { border-collapse: collapse; margin-top: 4px; margin-bottom: 8px; }"
        "code, kbd { font-family: monospace; }"
        ".key { font-weight: bold; }"_s.arg(p.color(QPalette::Link).name(),
                                            p.color(QPalette::AlternateBase).name(),
                                            p.color(QPalette::Mid).name()));
}

} // namespace rapport
