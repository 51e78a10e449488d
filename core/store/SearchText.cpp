#include "store/SearchText.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace rapport {

QString SearchText::toMatchExpression(const QString &text)
{
    QStringList terms;
    QString word;
    auto flush = [&] {
        // A word made only of punctuation would be an empty phrase in FTS5,
        // which matches nothing; skip it instead.
        bool hasLetterOrDigit = false;
        for (const QChar c : std::as_const(word))
            hasLetterOrDigit = hasLetterOrDigit || c.isLetterOrNumber();
        if (hasLetterOrDigit) {
            QString escaped = word;
            escaped.replace(u'"', u"\"\""_s);
            terms << u'"' + escaped + u"\"*"_s;
        }
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isSpace())
            flush();
        else
            word.append(c);
    }
    flush();
    return terms.join(u' ');
}

} // namespace rapport
