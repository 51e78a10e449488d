#pragma once

// Fills a template's placeholders ({first_name}, {company}, ...) with one
// person's details, and reports what it could not fill so the compose
// window can warn before anything is sent.

#include <QHash>
#include <QString>
#include <QStringList>

namespace rapport {

class TemplateRenderer
{
public:
    struct Rendered
    {
        QString text;
        // Known placeholders that had no value (missing or blank), by name
        // without braces, each once, in order of first use.
        QStringList missing;
        // Placeholder-like names we do not know (typos such as {firstname}),
        // as written without braces, each once; left in the text as typed.
        QStringList unknown;
    };

    // The placeholder names, without braces, in the order of the insert
    // menu: first_name, last_name, full_name, company, position, location,
    // industry, content_title, my_name.
    static QStringList placeholders();
    // A short label for a placeholder in the insert menu ("First name").
    static QString title(const QString &placeholder);

    // values is keyed by placeholder name without braces; values are
    // trimmed and their whitespace collapsed. Names match case-insensitively
    // and may have spaces inside the braces ("{ First_Name }"). full_name
    // falls back to first_name and last_name when it has no value of its
    // own. "{{" and "}}" give literal braces; a brace that starts nothing
    // placeholder-like stays as it is.
    //
    // A placeholder with no value becomes the empty string, and the spacing
    // it leaves is tidied where it was: a doubled space becomes one, a space
    // before punctuation or at the end of a line goes ("Hi {first_name}," ->
    // "Hi,"), an emptied pair of quotes or brackets goes, and a name that
    // opened a line takes its comma with it ("{first_name}, thanks" ->
    // "thanks"). Spacing the user typed elsewhere is left alone.
    static Rendered render(const QString &text, const QHash<QString, QString> &values);
};

} // namespace rapport
