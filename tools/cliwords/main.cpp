// rapport-cli-words: prints the word lists rapport-cli accepts (tiers,
// channels, outcomes, sort keys, ...) straight from the code that checks
// them, one list per line as "name: word word ...". The build feeds it to
// packaging/linux/gen_cli_docs.py, which writes the shell completions and
// the man page's lists from it, so they can never name a tier or channel
// the CLI would refuse. Not installed.

#include "ListOptions.h"
#include "domain/EngagementKind.h"
#include "domain/Outreach.h"
#include "domain/Tier.h"
#include "domain/ValueGiven.h"
#include "io/ContactExporter.h"
#include "io/CsvColumnMapping.h"
#include "settings/PreferenceTable.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

void printList(QTextStream &out, const char *name, const QStringList &words)
{
    out << name << ':';
    for (const QString &word : words)
        out << ' ' << word;
    out << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    printList(out, "tiers", rapport::Tier::names());
    printList(out, "channels", rapport::Outreach::channels());
    printList(out, "directions", rapport::Outreach::directions());
    // `outreach outcome ID none` clears the outcome (OutreachCommand).
    printList(out, "outcomes", rapport::Outreach::outcomes() << u"none"_s);
    printList(out, "engagements", rapport::EngagementKinds::names());
    printList(out, "valuekinds", rapport::ValueGiven::kinds());
    printList(out, "sorts", rapport::ListOptions::sortNames().split(u", "_s));
    printList(out, "settings", rapport::PreferenceTable::keys());
    printList(out, "columns", rapport::ContactExporter::columnKeys());
    printList(out, "fields", rapport::CsvColumnMapping::fieldKeys());
    printList(out, "presets", rapport::CsvColumnMapping::presetNames());
    return 0;
}
