#pragma once

// LinkedIn profile URLs in every form people paste them, reduced to the
// one key we store: the lower-case /in/<slug>.

#include <QString>

namespace rapport {

class ProfileUrl
{
public:
    // "https://de.linkedin.com/in/Jane-Doe-123/?trk=x" -> "jane-doe-123".
    // Returns an empty string when the text is not a LinkedIn profile URL.
    static QString slug(const QString &url);
    // The canonical URL for a slug: https://www.linkedin.com/in/<slug>
    static QString canonical(const QString &slug);
    // True when the text looks like a URL at all (so "Jane Doe" is not one).
    static bool looksLikeUrl(const QString &text);
};

} // namespace rapport
