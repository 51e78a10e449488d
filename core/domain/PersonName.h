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
    //   bullets) stay with the first name.
    // - What follows the name stays with the last name: suffixes and
    //   credentials ("Jr.", "PhD", "MSc", "M.Sc.", "CFA", or 2-5 capitals
    //   such as "CDMP" after a name not in capitals), bracketed text
    //   ("(she/her)"), words with no letter, a headline after " | ", " - ",
    //   " – ", " — ", " · " or " • ", and credentials or anything else after a
    //   comma: "Dr. Jane Doe Jr." -> "Dr. Jane", "Doe Jr."; "Jane Doe
    //   (she/her) | Coach" -> "Jane", "Doe (she/her) | Coach"; "Jane Doe,
    //   Marketing" -> "Jane", "Doe, Marketing". A bracketed word inside the
    //   name stays where it is ("Jane (Janie) Doe" -> "Jane (Janie)", "Doe").
    // - One name ("Madonna", "Dr. Who") is the first name; what follows it
    //   is the last name: "Priya, Talent Partner" -> "Priya", ", Talent
    //   Partner".
    // - "Last, First" is turned round when one or two words of a last name
    //   (particles not counted) come before the first comma and one or two
    //   words of a first name after it, written as names are (or the whole
    //   text in one case) and no job word among them ("Marketing", "Coach",
    //   "Partner", ...): "García Márquez, Gabriel" -> "Gabriel", "García
    //   Márquez"; "DUPONT, JEAN" -> "JEAN", "DUPONT". What follows a second
    //   comma stays with the last name: "Doe, Jane, Sales" -> "Jane", "Doe,
    //   Sales".
    static PersonName split(const QString &fullName);

    // Where a headline starts after a name ("Jane Doe | Coach", "Jane Doe -
    // Coach": " | ", "|", " - ", " – ", " — ", " · ", " • " outside brackets,
    // after a letter), with the spaces before it; -1 when there is none.
    static qsizetype headlineStart(const QString &text);
    // "van", "de", "al", ...: lower-case words that belong to the last name.
    static bool isParticle(const QString &word);
    // "Dr", "Prof.", "Mrs", ...
    static bool isHonorific(const QString &word);
    // "Jr.", "III", "PhD", "MBA", "MSc", "CIPD", ... in any case, with or
    // without dots (a comma after it is allowed); those that are also names
    // ("MA", "BA": "Jack Ma") only in capitals or with dots.
    static bool isSuffix(const QString &word);
};

} // namespace rapport
