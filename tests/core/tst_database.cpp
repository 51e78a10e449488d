#include "db/Database.h"
#include <QTest>
class tst_Database : public QObject { Q_OBJECT private slots: void t() {} };
QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
