#include "domain/TextFold.h"

namespace rapport {

namespace {

// Plain ASCII (most names, companies and titles) folds without Unicode
// tables: no character decomposes or is a mark, and folding its case is
// lowering A-Z. Same result as the general path, many times faster (an
// import folds every row's name and company).
bool foldAscii(const QString &text, QString *out)
{
    const QChar *begin = text.constData();
    const QChar *end = begin + text.size();
    for (const QChar *c = begin; c != end; ++c) {
        if (c->unicode() >= 0x80)
            return false;
    }
    out->reserve(text.size());
    bool pendingSpace = false;
    for (const QChar *c = begin; c != end; ++c) {
        const char16_t u = c->unicode();
        if (u == u' ' || (u >= 0x09 && u <= 0x0d)) {
            pendingSpace = !out->isEmpty();
            continue;
        }
        if (pendingSpace) {
            out->append(u' ');
            pendingSpace = false;
        }
        out->append(QChar(u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u));
    }
    return true;
}

} // namespace

QString TextFold::fold(const QString &text)
{
    QString ascii;
    if (foldAscii(text, &ascii))
        return ascii;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(u' ');
            pendingSpace = false;
        }
        out.append(c);
    }
    return out.toCaseFolded();
}

} // namespace rapport
