#include "CliApplication.h"
#include "settings/AppIdentity.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    rapport::AppIdentity::apply();
    return rapport::CliApplication().run(QCoreApplication::arguments());
}
