#pragma once

// A person's full name split into first and last name: the one rule every
// path that has only a full name uses (LinkedIn invitations and messages,
// a CSV file's single name column, a vCard's FN, Quick Capture's new
// contacts), so the same name is stored the same way whichever way it came.

#include <QString>

namespace rapport {

struct PersonName
{
    QString first;
    QString last;

    bool operator==(const PersonName &other) const
    {
        return first == other.first && last == other.last;
    }

    // Whitespace is collapsed; nothing else is dropped, so "first last"
    // gives back the name as written (but for the inverted form below).
    // - The last word with the particles before it ("van der", "de la",
    //   "al") is the last name; the words before it, middle names included,
    //   are the first name: "Maria Luisa Gomez" -> "Maria Luisa", "Gomez";
    //   "Anna van der Berg" -> "Anna", "van der Berg". The first word always
    //   stays in the first name ("Van Morrison").
    // - Leading honorifics ("Dr.", "Prof.") and words with no letter (emoji,
    //   bullets) stay with the first name; trailing suffixes and credentials
    //   ("Jr.", "PhD") and words with no letter stay with the last name:
    //   "Dr. Jane Doe Jr." -> "Dr. Jane", "Doe Jr.".
    // - One name only ("Madonna", "Dr. Who", "Cher 🎤") is all first name.
    // - "Last, First" (one comma, at most three words each side) is turned
    //   round: "van der Berg, Anna" -> "Anna", "van der Berg". What follows
    //   the last comma stays with the last name when it is credentials
    //   (suffixes, or capitals such as "CFA" after a name that is not in
    //   capitals): "Jane Doe, PhD" -> "Jane", "Doe, PhD". So does anything
    //   else after a comma when the name is not "Last, First".
    static PersonName split(const QString &fullName);

    // "van", "de", "al", ...: lower-case words that belong to the last name.
    static bool isParticle(const QString &word);
    // "Dr", "Prof.", "Mrs", ...
    static bool isHonorific(const QString &word);
    // "Jr.", "III", "PhD", "MBA", ... (a comma after it is allowed).
    static bool isSuffix(const QString &word);
};

} // namespace rapport
