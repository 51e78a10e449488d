#pragma once

// Writes RFC 4180 CSV onto a QIODevice: UTF-8, CRLF line ends, fields quoted
// only when they need it. Meant for files people open in spreadsheets, so it
// can start with a byte order mark (Excel needs one to read UTF-8) and, by
// default, defuses formulas.
//
// Formula protection: a spreadsheet runs a cell that starts with =, +, -, @,
// a tab or a carriage return as a formula, so a contact's headline such as
// "=HYPERLINK(...)" could run when the file is opened (CSV injection). A
// text cell starting with one of them, or with an apostrophe itself, is
// written with one more apostrophe in front, which spreadsheets show as text
// and hide. CsvImporter takes exactly one leading apostrophe away when the
// next character is one of = + - @ ' tab CR, so every value comes back as it
// was: "=1" is written '=1, "'=x" ''=x, "'hello" ''hello. Cells written as
// Verbatim (the numbers and dates we format ourselves) are never changed.
// Turn it off with Options::protectFormulas when the file is meant for a
// program: then only a value that starts with an apostrophe followed by one
// of those characters gets the extra apostrophe, so it still reads back.
//
// NUL characters are never written (a text CSV cannot hold them; our import
// refuses them): they are dropped.

#include <QString>
#include <QStringList>
#include <QStringView>

class QIODevice;

namespace rapport {

class CsvWriter
{
public:
    enum class Cell {
        Text,     // anything a person typed: formula protection applies
        Verbatim, // a value we formatted ourselves (number, date): written as is
    };

    struct Options
    {
        QChar delimiter = u',';
        bool byteOrderMark = false;
        bool protectFormulas = true;
    };

    // The device must be open for writing; it is not owned.
    explicit CsvWriter(QIODevice *device);
    CsvWriter(QIODevice *device, const Options &options);
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    // Appends a field to the current record.
    void addField(QStringView value, Cell cell = Cell::Text);
    // Ends the current record with CRLF.
    void endRecord();
    // A whole record of text cells.
    void writeRecord(const QStringList &fields);

    // Writes what is buffered to the device. False (and errorString()) when
    // the device refused the bytes; later writes are then ignored.
    bool flush();
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    // Whether a spreadsheet would run this text as a formula.
    static bool looksLikeFormula(QStringView value);
    // Whether a Text cell gets the leading apostrophe (see above).
    static bool needsApostrophe(QStringView value, bool protectFormulas);

private:
    void writePending(bool force);

    QIODevice *m_device;
    Options m_options;
    QString m_buffer;
    QString m_error;
    bool m_atRecordStart = true;
    bool m_bomPending = false;
};

} // namespace rapport
