#pragma once

// rapport-cli contacts add|edit|show|list|search|delete: the contact records
// from the command line, in text for people and JSON for scripts.

#include <QCoreApplication>
#include <QStringList>
#include <optional>

class QCommandLineParser;

namespace rapport {

class CliSession;
struct Contact;

class ContactsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ContactsCommand)

public:
    explicit ContactsCommand(CliSession &session);

    // `args` follow the word "contacts". Returns the exit code.
    int run(const QStringList &args);
    // How to call each contacts command, for --help.
    static QString synopsis();
    // What CONTACT and DATE may be.
    static QString argumentNote();

private:
    static QString synopsis(const QString &subcommand);
    static QString usage(const QString &subcommand);
    static void addFieldOptions(QCommandLineParser &parser, bool editing);
    static bool hasFieldOptions(const QCommandLineParser &parser);
    static bool readFields(const QCommandLineParser &parser, bool editing, Contact &contact,
                           QString *error);

    int add(const QStringList &args);
    int edit(const QStringList &args);
    int show(const QStringList &args);
    int list(const QStringList &args);
    int search(const QStringList &args);
    int remove(const QStringList &args);
    // Parses a command that takes exactly one CONTACT into *contact. Returns
    // std::nullopt when the command should go on, else the exit code.
    std::optional<int> parseSingleContact(QCommandLineParser &parser, const QString &subcommand,
                                          const QStringList &args, QString *contact);

    CliSession &m_session;
};

} // namespace rapport
