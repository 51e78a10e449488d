#include "io/CsvColumnMapping.h"

#include "domain/ProfileUrl.h"
#include "domain/TextFold.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <iterator>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

using Field = CsvColumnMapping::Field;

struct FieldInfo
{
    Field field;
    const char16_t *key;
    const char *title;
};

const FieldInfo fieldInfos[] = {
    {Field::Ignore, u"ignore", QT_TRANSLATE_NOOP("CsvColumnMapping", "(ignore)")},
    {Field::FirstName, u"first_name", QT_TRANSLATE_NOOP("CsvColumnMapping", "First name")},
    {Field::LastName, u"last_name", QT_TRANSLATE_NOOP("CsvColumnMapping", "Last name")},
    {Field::FullName, u"full_name", QT_TRANSLATE_NOOP("CsvColumnMapping", "Full name")},
    {Field::ProfileUrl, u"profile_url", QT_TRANSLATE_NOOP("CsvColumnMapping", "Profile URL")},
    {Field::Position, u"position", QT_TRANSLATE_NOOP("CsvColumnMapping", "Position")},
    {Field::Company, u"company", QT_TRANSLATE_NOOP("CsvColumnMapping", "Company")},
    {Field::Industry, u"industry", QT_TRANSLATE_NOOP("CsvColumnMapping", "Industry")},
    {Field::Location, u"location", QT_TRANSLATE_NOOP("CsvColumnMapping", "Location")},
    {Field::Email, u"email", QT_TRANSLATE_NOOP("CsvColumnMapping", "Email")},
    {Field::Degree, u"degree", QT_TRANSLATE_NOOP("CsvColumnMapping", "Degree")},
    {Field::ConnectedOn, u"connected_on", QT_TRANSLATE_NOOP("CsvColumnMapping", "Connected on")},
    {Field::FollowsMe, u"follows_me", QT_TRANSLATE_NOOP("CsvColumnMapping", "Follows me")},
    {Field::Tags, u"tags", QT_TRANSLATE_NOOP("CsvColumnMapping", "Tags")},
    {Field::Notes, u"notes", QT_TRANSLATE_NOOP("CsvColumnMapping", "Notes")},
    {Field::RapportId, u"rapport_id", QT_TRANSLATE_NOOP("CsvColumnMapping", "Rapport ID")},
};

// Normalised header names (see normalizedHeader()) and the field they mean.
// The German ones include the column titles a German Rapport exports, so its
// CSV imports back (tst_translations checks them against rapport_de.ts).
struct Synonym
{
    const char16_t *header;
    Field field;
};

const Synonym synonyms[] = {
    {u"firstname", Field::FirstName},
    {u"givenname", Field::FirstName},
    {u"forename", Field::FirstName},
    {u"first", Field::FirstName},
    {u"vorname", Field::FirstName},
    {u"prenom", Field::FirstName},
    {u"lastname", Field::LastName},
    {u"familyname", Field::LastName},
    {u"surname", Field::LastName},
    {u"last", Field::LastName},
    {u"nachname", Field::LastName},
    {u"nom", Field::LastName},
    {u"name", Field::FullName},
    {u"fullname", Field::FullName},
    {u"displayname", Field::FullName},
    {u"contactname", Field::FullName},
    {u"vollstandigername", Field::FullName},
    {u"linkedin", Field::ProfileUrl},
    {u"linkedinurl", Field::ProfileUrl},
    {u"linkedinprofile", Field::ProfileUrl},
    {u"linkedinprofileurl", Field::ProfileUrl},
    {u"profileurl", Field::ProfileUrl},
    {u"profilurl", Field::ProfileUrl},
    {u"position", Field::Position},
    {u"jobtitle", Field::Position},
    {u"organizationtitle", Field::Position},
    {u"organization1title", Field::Position},
    {u"headline", Field::Position},
    {u"role", Field::Position},
    {u"title", Field::Position},
    {u"company", Field::Company},
    {u"companyname", Field::Company},
    {u"organization", Field::Company},
    {u"organizationname", Field::Company},
    {u"organization1name", Field::Company},
    {u"employer", Field::Company},
    {u"firma", Field::Company},
    {u"unternehmen", Field::Company},
    {u"entreprise", Field::Company},
    {u"industry", Field::Industry},
    {u"branche", Field::Industry},
    {u"location", Field::Location},
    {u"city", Field::Location},
    {u"ort", Field::Location},
    {u"standort", Field::Location},
    {u"email", Field::Email},
    {u"emailaddress", Field::Email},
    {u"email1value", Field::Email},
    {u"primaryemail", Field::Email},
    {u"degree", Field::Degree},
    {u"connectiondegree", Field::Degree},
    {u"grad", Field::Degree},
    {u"connectedon", Field::ConnectedOn},
    {u"connectiondate", Field::ConnectedOn},
    {u"dateconnected", Field::ConnectedOn},
    {u"vernetztam", Field::ConnectedOn},
    {u"followsme", Field::FollowsMe},
    {u"follower", Field::FollowsMe},
    {u"folgtmir", Field::FollowsMe},
    {u"tags", Field::Tags},
    {u"tag", Field::Tags},
    {u"labels", Field::Tags},
    {u"groupmembership", Field::Tags},
    {u"categories", Field::Tags},
    {u"schlagworter", Field::Tags},
    {u"notes", Field::Notes},
    {u"note", Field::Notes},
    {u"notizen", Field::Notes},
    {u"rapportid", Field::RapportId},
    {u"uid", Field::RapportId},
};

// Columns that hold some web address: a profile URL only when it is one.
bool isWebsiteHeader(const QString &normalized)
{
    static const QRegularExpression website(
        u"^(url|website|webpage|homepage|web|website\\d+value)$"_s);
    return website.match(normalized).hasMatch();
}

const char16_t *const googleHeaders[][2] = {
    // The current export (contacts.google.com, Export > Google CSV).
    {u"First Name", u"first_name"},
    {u"Last Name", u"last_name"},
    {u"Organization Name", u"company"},
    {u"Organization Title", u"position"},
    {u"E-mail 1 - Value", u"email"},
    {u"Labels", u"tags"},
    {u"Notes", u"notes"},
    // The older export.
    {u"Name", u"full_name"},
    {u"Given Name", u"first_name"},
    {u"Family Name", u"last_name"},
    {u"Organization 1 - Name", u"company"},
    {u"Organization 1 - Title", u"position"},
    {u"Group Membership", u"tags"},
};

const char16_t *const outlookHeaders[][2] = {
    {u"First Name", u"first_name"}, {u"Last Name", u"last_name"},  {u"Company", u"company"},
    {u"Job Title", u"position"},    {u"E-mail Address", u"email"}, {u"Notes", u"notes"},
    {u"Categories", u"tags"},       {u"Web Page", u"profile_url"},
};

bool singleValued(Field field)
{
    return field != Field::Tags && field != Field::Notes && field != Field::Ignore;
}

} // namespace

CsvColumnMapping::Field CsvColumnMapping::field(int column) const
{
    return column >= 0 && column < m_fields.size() ? m_fields.at(column) : Field::Ignore;
}

void CsvColumnMapping::setField(int column, Field field)
{
    if (column < 0)
        return;
    while (m_fields.size() <= column)
        m_fields.append(Field::Ignore);
    m_fields[column] = field;
}

QList<int> CsvColumnMapping::columns(Field field) const
{
    QList<int> result;
    for (int i = 0; i < m_fields.size(); ++i) {
        if (m_fields.at(i) == field)
            result << i;
    }
    return result;
}

bool CsvColumnMapping::hasNameColumn() const
{
    return maps(Field::FirstName) || maps(Field::FullName);
}

QList<CsvColumnMapping::Field> CsvColumnMapping::fields()
{
    QList<Field> result;
    for (const FieldInfo &info : fieldInfos)
        result << info.field;
    return result;
}

QString CsvColumnMapping::fieldKey(Field field)
{
    for (const FieldInfo &info : fieldInfos) {
        if (info.field == field)
            return QString::fromUtf16(info.key);
    }
    return u"ignore"_s;
}

std::optional<CsvColumnMapping::Field> CsvColumnMapping::fieldFromKey(const QString &key)
{
    QString wanted = key.trimmed().toLower();
    wanted.replace(u'-', u'_');
    wanted.replace(u' ', u'_');
    for (const FieldInfo &info : fieldInfos) {
        if (wanted == QStringView(info.key))
            return info.field;
    }
    return std::nullopt;
}

QStringList CsvColumnMapping::fieldKeys()
{
    QStringList keys;
    for (const FieldInfo &info : fieldInfos)
        keys << QString::fromUtf16(info.key);
    return keys;
}

QString CsvColumnMapping::fieldTitle(Field field)
{
    for (const FieldInfo &info : fieldInfos) {
        if (info.field == field)
            return tr(info.title);
    }
    return {};
}

QString CsvColumnMapping::normalizedHeader(const QString &header)
{
    const QString folded = TextFold::fold(header);
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

CsvColumnMapping CsvColumnMapping::automatic(const QStringList &headers,
                                             const QList<QStringList> &sampleRows)
{
    // Each column's field and how sure we are (the synonym's place in the
    // table: "Job Title" beats Outlook's "Title", which is Mr or Ms).
    const int websiteRank = int(std::size(synonyms));
    QList<QPair<Field, int>> guesses;
    for (int i = 0; i < headers.size(); ++i) {
        const QString name = normalizedHeader(headers.at(i));
        QPair<Field, int> guess{Field::Ignore, 0};
        for (int k = 0; k < int(std::size(synonyms)); ++k) {
            if (name == QStringView(synonyms[k].header)) {
                guess = {synonyms[k].field, k};
                break;
            }
        }
        if (guess.first == Field::Ignore && isWebsiteHeader(name)) {
            for (const QStringList &row : sampleRows) {
                if (!ProfileUrl::slug(row.value(i)).isEmpty()) {
                    guess = {Field::ProfileUrl, websiteRank};
                    break;
                }
            }
        }
        guesses << guess;
    }
    CsvColumnMapping mapping;
    for (int i = 0; i < guesses.size(); ++i) {
        Field guessed = guesses.at(i).first;
        // One column per single-valued field: the surest, then the first
        // ("E-mail 1" before "E-mail 2"). Tags and notes gather from all.
        if (singleValued(guessed)) {
            for (int j = 0; j < guesses.size(); ++j) {
                if (j != i && guesses.at(j).first == guessed &&
                    (guesses.at(j).second < guesses.at(i).second ||
                     (guesses.at(j).second == guesses.at(i).second && j < i))) {
                    guessed = Field::Ignore;
                    break;
                }
            }
        }
        mapping.setField(i, guessed);
    }
    return mapping;
}

CsvColumnMapping CsvColumnMapping::preset(Preset preset, const QStringList &headers)
{
    CsvColumnMapping mapping;
    static const QRegularExpression googleWebsite(u"^Website \\d+ - Value$"_s);
    for (int i = 0; i < headers.size(); ++i) {
        const QString header = headers.at(i).trimmed();
        Field field = Field::Ignore;
        auto lookUp = [&](const auto &table) {
            for (const auto &entry : table) {
                if (header.compare(QStringView(entry[0]), Qt::CaseInsensitive) == 0) {
                    field = *fieldFromKey(QString::fromUtf16(entry[1]));
                    return;
                }
            }
        };
        if (preset == Preset::Google) {
            lookUp(googleHeaders);
            if (googleWebsite.match(header).hasMatch())
                field = Field::ProfileUrl;
        } else {
            lookUp(outlookHeaders);
        }
        mapping.setField(i, field);
    }
    return mapping;
}

std::optional<CsvColumnMapping::Preset> CsvColumnMapping::presetFromName(const QString &name)
{
    const QString wanted = name.trimmed().toLower();
    if (wanted == u"google"_s)
        return Preset::Google;
    if (wanted == u"outlook"_s)
        return Preset::Outlook;
    return std::nullopt;
}

QStringList CsvColumnMapping::presetNames()
{
    return {u"google"_s, u"outlook"_s};
}

bool CsvColumnMapping::parseOverride(const QString &spec, QString *column, Field *field,
                                     QString *error)
{
    const qsizetype eq = spec.lastIndexOf(u'=');
    if (eq <= 0 || eq == spec.size() - 1 || spec.left(eq).trimmed().isEmpty()) {
        if (error)
            *error = tr("--map \"%1\": write COLUMN=FIELD, for example --map \"Given "
                        "Name=first_name\" or --map 3=email.")
                         .arg(spec);
        return false;
    }
    const QString fieldText = spec.mid(eq + 1).trimmed();
    const std::optional<Field> target = fieldFromKey(fieldText);
    if (!target) {
        if (error)
            *error = tr("--map \"%1\": there is no field \"%2\". The fields are: %3.")
                         .arg(spec, fieldText, fieldKeys().join(u", "_s));
        return false;
    }
    *column = spec.left(eq).trimmed();
    *field = *target;
    return true;
}

bool CsvColumnMapping::checkOverrides(const QStringList &specs, QString *error)
{
    QString column;
    Field field = Field::Ignore;
    for (const QString &spec : specs) {
        if (!parseOverride(spec, &column, &field, error))
            return false;
    }
    return true;
}

bool CsvColumnMapping::applyOverrides(const QStringList &specs, const QStringList &headers,
                                      QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QList<QPair<int, Field>> chosen;
    for (const QString &spec : specs) {
        QString columnText;
        Field target = Field::Ignore;
        if (!parseOverride(spec, &columnText, &target, error))
            return false;
        bool isNumber = false;
        const int number = columnText.toInt(&isNumber);
        int column = -1;
        if (isNumber) {
            if (number < 1 || number > headers.size()) {
                return fail(tr("--map \"%1\": the file has columns 1 to %2; there is no column "
                               "%3.")
                                .arg(spec)
                                .arg(headers.size())
                                .arg(number));
            }
            column = number - 1;
        } else {
            QList<int> matches;
            for (int i = 0; i < headers.size(); ++i) {
                if (headers.at(i).trimmed().compare(columnText, Qt::CaseInsensitive) == 0)
                    matches << i;
            }
            if (matches.isEmpty()) {
                const QString wanted = normalizedHeader(columnText);
                for (int i = 0; i < headers.size(); ++i) {
                    if (!wanted.isEmpty() && normalizedHeader(headers.at(i)) == wanted)
                        matches << i;
                }
            }
            if (matches.isEmpty()) {
                QStringList quoted;
                for (const QString &h : headers)
                    quoted << u"\"%1\""_s.arg(h);
                return fail(tr("--map \"%1\": the file has no column \"%2\". Its columns are: "
                               "%3. Give a column's name or its number (1 for the first).")
                                .arg(spec, columnText, quoted.join(u", "_s)));
            }
            if (matches.size() > 1) {
                return fail(tr("--map \"%1\": columns %2 and %3 are both called \"%4\"; give the "
                               "column's number instead, for example --map %2=%5.")
                                .arg(spec)
                                .arg(matches.at(0) + 1)
                                .arg(matches.at(1) + 1)
                                .arg(headers.at(matches.at(0)), fieldKey(target)));
            }
            column = matches.first();
        }
        chosen.append({column, target});
    }
    for (const auto &choice : std::as_const(chosen)) {
        if (!singleValued(choice.second))
            continue;
        for (int i = 0; i < m_fields.size(); ++i) {
            if (m_fields.at(i) == choice.second)
                m_fields[i] = Field::Ignore;
        }
    }
    for (const auto &choice : std::as_const(chosen))
        setField(choice.first, choice.second);
    if (!headers.isEmpty())
        setField(int(headers.size()) - 1, field(int(headers.size()) - 1));
    return true;
}

QString CsvColumnMapping::toString() const
{
    QStringList keys;
    for (const Field f : m_fields)
        keys << fieldKey(f);
    return keys.join(u',');
}

std::optional<CsvColumnMapping> CsvColumnMapping::fromString(const QString &text, QString *error)
{
    CsvColumnMapping mapping;
    if (text.trimmed().isEmpty())
        return mapping;
    const QStringList keys = text.split(u',');
    for (int i = 0; i < keys.size(); ++i) {
        const std::optional<Field> f = fieldFromKey(keys.at(i));
        if (!f) {
            if (error) {
                *error = tr("The saved column mapping names an unknown field \"%1\" for column "
                            "%2; choose the columns again.")
                             .arg(keys.at(i).trimmed())
                             .arg(i + 1);
            }
            return std::nullopt;
        }
        mapping.setField(i, *f);
    }
    return mapping;
}

QString CsvColumnMapping::signature(const QStringList &headers)
{
    QStringList names;
    for (const QString &h : headers)
        names << normalizedHeader(h);
    return QString::fromLatin1(
        QCryptographicHash::hash(names.join(u'\n').toUtf8(), QCryptographicHash::Sha1).toHex());
}

} // namespace rapport
