#pragma once

// Which contact field each column of a CSV file fills: guessed from the
// header names, taken from a preset (Google Contacts, Outlook) or given by
// the person (`--map COLUMN=FIELD`, the import wizard), and saved as text so
// a file with the same header can be imported the same way next time.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace rapport {

class CsvColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(CsvColumnMapping)

public:
    // The stable keys (fieldKey()) are part of the CLI and of saved mappings.
    enum class Field {
        Ignore,      // ignore
        FirstName,   // first_name
        LastName,    // last_name
        FullName,    // full_name: split on the last space when no first name is given
        ProfileUrl,  // profile_url: only LinkedIn profile addresses are kept
        Position,    // position
        Company,     // company
        Industry,    // industry
        Location,    // location
        Email,       // email
        Degree,      // degree: 1, 2, 3, 1st, 2nd, 3rd
        ConnectedOn, // connected_on: YYYY-MM-DD, DD Mon YYYY or MM/DD/YYYY
        FollowsMe,   // follows_me: yes/no, true/false, 1/0, x
        Tags,        // tags: separated by commas, semicolons or " ::: "
        Notes,       // notes
        RapportId,   // rapport_id: the identity our export writes (a vCard UID)
    };
    enum class Preset { Google, Outlook };

    CsvColumnMapping() = default;

    // Columns are 0-based here; the CLI and messages count from 1.
    int columnCount() const { return int(m_fields.size()); }
    // Ignore for a column beyond the mapping.
    Field field(int column) const;
    // Grows the mapping when needed.
    void setField(int column, Field field);
    // The columns mapped to `field`, in file order.
    QList<int> columns(Field field) const;
    bool maps(Field field) const { return !columns(field).isEmpty(); }
    // Whether rows can have a first name at all: first_name or full_name mapped.
    bool hasNameColumn() const;
    bool operator==(const CsvColumnMapping &other) const { return m_fields == other.m_fields; }
    bool operator!=(const CsvColumnMapping &other) const { return !(*this == other); }

    // Every field, Ignore first, in the order of the enum.
    static QList<Field> fields();
    static QString fieldKey(Field field);
    // Accepts the key in any case, with '-' or ' ' for '_'.
    static std::optional<Field> fieldFromKey(const QString &key);
    static QStringList fieldKeys();
    // The name a person sees ("First name"), translated.
    static QString fieldTitle(Field field);

    // Guesses from the header names (case, spaces, punctuation and accents
    // ignored; English, German and French synonyms). Website-like columns
    // ("URL", "Website 1 - Value", "Web Page") become profile_url only when
    // one of the sample rows holds a linkedin.com/in address there.
    static CsvColumnMapping automatic(const QStringList &headers,
                                      const QList<QStringList> &sampleRows = {});
    // The mapping for a known export; headers it does not know are ignored.
    static CsvColumnMapping preset(Preset preset, const QStringList &headers);
    static std::optional<Preset> presetFromName(const QString &name); // "google", "outlook"
    static QStringList presetNames();

    // Applies `--map COLUMN=FIELD` settings, COLUMN being a header name or a
    // 1-based column number. A single-valued field named here is taken away
    // from the columns it was guessed for, so the person's choice wins.
    // False with *error naming the bad setting and what is valid.
    bool applyOverrides(const QStringList &specs, const QStringList &headers, QString *error);
    // Only the form of each setting (COLUMN=FIELD, a known field), for
    // checking a command line before the file is read.
    static bool checkOverrides(const QStringList &specs, QString *error);

    // "first_name,last_name,ignore,email": one key per column.
    QString toString() const;
    static std::optional<CsvColumnMapping> fromString(const QString &text,
                                                      QString *error = nullptr);
    // A stable key for a header row (case and spacing ignored), under which
    // the wizard remembers the mapping chosen for files like it.
    static QString signature(const QStringList &headers);
    // The header folded for comparison: "E-mail 1 - Value" -> "email1value".
    static QString normalizedHeader(const QString &header);

private:
    static bool parseOverride(const QString &spec, QString *column, Field *field, QString *error);

    QList<Field> m_fields;
};

} // namespace rapport
