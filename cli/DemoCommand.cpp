#include "DemoCommand.h"

#include "CliSession.h"
#include "ExitCode.h"
#include "OptionValues.h"
#include "demo/DemoGenerator.h"
#include "store/ContactStore.h"

#include <QCommandLineParser>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

constexpr int maximumContacts = 10000000;

} // namespace

DemoCommand::DemoCommand(CliSession &session)
    : m_session(session)
{}

QString DemoCommand::synopsis()
{
    return tr("demo --contacts N [--seed S]\n"
              "    Adds N synthetic contacts (1 to %1) with posts, articles and their "
              "engagement;\n"
              "    the same seed gives the same data.")
        .arg(maximumContacts);
}

int DemoCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions({
        {u"contacts"_s, tr("How many contacts to add."), tr("N")},
        {u"seed"_s, tr("Seed of the random generator."), tr("S")},
    });
    if (const auto stop = m_session.parse(parser, u"demo"_s, args, CliSession::usage(synopsis())))
        return *stop;
    if (!parser.positionalArguments().isEmpty()) {
        return m_session.usageError(
            tr("demo: unexpected \"%1\".").arg(parser.positionalArguments().first()),
            CliSession::usage(synopsis()));
    }
    if (!parser.isSet(u"contacts"_s)) {
        return m_session.usageError(
            tr("demo: --contacts is missing. Say how many contacts to add, for example "
               "--contacts 500."),
            CliSession::usage(synopsis()));
    }
    int count = 0;
    QString error;
    if (!OptionValues::count(u"--contacts"_s, parser.value(u"contacts"_s), maximumContacts, &count,
                             &error)) {
        return m_session.usageError(tr("demo: %1").arg(error), CliSession::usage(synopsis()));
    }
    DemoGenerator generator;
    if (parser.isSet(u"seed"_s)) {
        bool ok = false;
        const quint32 seed = parser.value(u"seed"_s).toUInt(&ok);
        if (!ok) {
            return m_session.usageError(
                tr("demo: --seed: \"%1\" is not a whole number from 0 to 4294967295.")
                    .arg(parser.value(u"seed"_s)),
                CliSession::usage(synopsis()));
        }
        generator = DemoGenerator(seed);
    }

    Database *database = m_session.database();
    if (!database)
        return ExitFailure;
    ContactStore store(*database);
    CliOutput &output = m_session.output();
    const bool showProgress = output.errorIsTerminal();
    DemoCounts added;
    const bool filled = generator.fillWithEngagement(
        store, count, &added, &error, [&](DemoGenerator::Step step, qint64 done, qint64 total) {
            if (!showProgress)
                return true;
            switch (step) {
            case DemoGenerator::Step::Contacts:
                output.progress(tr("Added %1 of %2 contacts...").arg(done).arg(total));
                break;
            case DemoGenerator::Step::Content:
                output.progress(tr("Added %1 posts and articles...").arg(done));
                break;
            case DemoGenerator::Step::Engagements:
                output.progress(
                    tr("Logging engagement: %1 of %2 contacts done...").arg(done).arg(total));
                break;
            case DemoGenerator::Step::Tiers:
                output.progress(tr("Updating tiers: %1%...").arg(done));
                break;
            }
            return true;
        });
    output.endProgress();
    if (!filled)
        return m_session.failure(tr("No demo data was added: %1").arg(error));
    if (m_session.json()) {
        output.printJson(QJsonObject{{u"added"_s, added.contacts},
                                     {u"total"_s, store.totalCount()},
                                     {u"content"_s, added.pieces},
                                     {u"engagements"_s, added.events},
                                     {u"outreach"_s, added.outreach}});
    } else {
        output.print(tr("Added %1 demo contacts, %2 posts and articles (%3 snapshots of their "
                        "numbers), %4 engagements and %5 messages, invitations and InMails.")
                         .arg(added.contacts)
                         .arg(added.pieces)
                         .arg(added.snapshots)
                         .arg(added.events)
                         .arg(added.outreach));
    }
    return ExitSuccess;
}

} // namespace rapport
