#include "contacts/ContactTableModel.h"
#include "db/Database.h"
#include "demo/DemoGenerator.h"
#include "store/ContactStore.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_ContactTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void walksEveryRowInStoreOrder();
    void jumpsToTheEndAndTheMiddle();
    void sortsEveryColumnLikeTheStore_data();
    void sortsEveryColumnLikeTheStore();
    void filtersBySearchText();
    void searchListsNewestFirstUntilAColumnIsChosen();
    void bigSearchShowsFirstRowsThenCountsTheRest();
    void refreshSeesWrites();
    void formatsCells();

private:
    // Every id of the query, read straight from the store in one go.
    QList<qint64> storeOrder(const ContactQuery &query) const;

    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<ContactStore> m_store;
    static constexpr int contactCount = 1000;
};

void tst_ContactTableModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_db.open(m_dir.filePath(u"model.sqlite"_s), &error), qPrintable(error));
    m_store = std::make_unique<ContactStore>(m_db);
    DemoGenerator demo;
    QVERIFY2(demo.fill(*m_store, contactCount, &error), qPrintable(error));
}

QList<qint64> tst_ContactTableModel::storeOrder(const ContactQuery &query) const
{
    QList<qint64> ids;
    const QList<Contact> rows = m_store->page(query, {}, contactCount + 10);
    for (const Contact &c : rows)
        ids << c.id;
    return ids;
}

void tst_ContactTableModel::walksEveryRowInStoreOrder()
{
    ContactTableModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), contactCount);
    QCOMPARE(model.columnCount(), int(ContactTableModel::ColumnCount));
    const QList<qint64> expected = storeOrder(model.query());
    QCOMPARE(expected.size(), contactCount);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.contactIdAt(row), expected.at(row));
        QCOMPARE(model.index(row, 0).data(ContactTableModel::ContactIdRole).toLongLong(),
                 expected.at(row));
    }
    QCOMPARE(model.contactIdAt(contactCount), 0);
    QCOMPARE(model.contactIdAt(-1), 0);
}

void tst_ContactTableModel::jumpsToTheEndAndTheMiddle()
{
    ContactTableModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QList<qint64> expected = storeOrder(model.query());
    // Last row first (read backwards from the end), then the middle, then
    // rows beside cached pages (keyset from a neighbour).
    const int rows[] = {contactCount - 1,       contactCount / 2,   0,   contactCount / 2 + 130,
                        contactCount / 2 - 200, contactCount - 300, 129, contactCount - 129};
    for (int row : rows) {
        QCOMPARE(model.contactIdAt(row), expected.at(row));
        const auto contact = model.contactAt(row);
        QVERIFY(contact);
        QCOMPARE(model.index(row, ContactTableModel::NameColumn).data().toString(),
                 contact->fullName());
    }
    // Every row again, now served from whatever mix of pages is cached.
    for (int row = contactCount - 1; row >= 0; --row)
        QCOMPARE(model.contactIdAt(row), expected.at(row));
}

void tst_ContactTableModel::sortsEveryColumnLikeTheStore_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    for (int column = 0; column < ContactTableModel::ColumnCount; ++column) {
        const QByteArray name =
            ContactTableModel(*m_store).headerData(column, Qt::Horizontal).toString().toUtf8();
        QTest::newRow((name + " ascending").constData()) << column << int(Qt::AscendingOrder);
        QTest::newRow((name + " descending").constData()) << column << int(Qt::DescendingOrder);
    }
}

void tst_ContactTableModel::sortsEveryColumnLikeTheStore()
{
    QFETCH(int, column);
    QFETCH(int, order);
    ContactTableModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.sort(column, Qt::SortOrder(order));
    if (column != ContactTableModel::NameColumn || order != Qt::AscendingOrder)
        QCOMPARE(resets.count(), 1);
    QCOMPARE(model.query().sort, ContactTableModel::sortForColumn(column));
    QCOMPARE(model.query().descending, order == Qt::DescendingOrder);

    const QList<qint64> expected = storeOrder(model.query());
    QCOMPARE(expected.size(), contactCount);
    // From the end backwards, so most pages come from a neighbour's cursor.
    model.contactIdAt(contactCount - 1);
    for (int row = contactCount - 1; row >= 0; --row)
        QCOMPARE(model.contactIdAt(row), expected.at(row));

    // And the order is really the column's order, not just the store's echo.
    auto key = [column](const Contact &c) -> QVariant {
        switch (column) {
        case ContactTableModel::PositionColumn:
            return c.position.toLower();
        case ContactTableModel::CompanyColumn:
            return c.company.toLower();
        case ContactTableModel::LocationColumn:
            return c.location.toLower();
        case ContactTableModel::IndustryColumn:
            return c.industry.toLower();
        case ContactTableModel::ConnectedOnColumn:
            return c.connectedOn.isValid() ? c.connectedOn.toString(Qt::ISODate) : QString();
        case ContactTableModel::DegreeColumn:
            return c.degree;
        default:
            return QVariant();
        }
    };
    if (column == ContactTableModel::NameColumn)
        return;
    for (int row = 1; row < contactCount; ++row) {
        const QVariant previous = key(*model.contactAt(row - 1));
        const QVariant current = key(*model.contactAt(row));
        const int cmp = QVariant::compare(previous, current) == QPartialOrdering::Less      ? -1
                        : QVariant::compare(previous, current) == QPartialOrdering::Greater ? 1
                                                                                            : 0;
        if (order == Qt::AscendingOrder)
            QVERIFY2(cmp <= 0, qPrintable(u"row %1"_s.arg(row)));
        else
            QVERIFY2(cmp >= 0, qPrintable(u"row %1"_s.arg(row)));
    }
}

void tst_ContactTableModel::filtersBySearchText()
{
    ContactTableModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy counts(&model, &ContactTableModel::countChanged);

    const Contact someone = *model.contactAt(contactCount / 3);
    model.setSearchText(someone.lastName);
    QCOMPARE(counts.count(), 1);
    ContactQuery q;
    q.search = someone.lastName;
    const int expected = m_store->count(q);
    QVERIFY(expected >= 1);
    QVERIFY(expected < contactCount);
    QCOMPARE(model.rowCount(), expected);
    QCOMPARE(counts.last().first().toInt(), expected);
    bool found = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto c = model.contactAt(row);
        QVERIFY(c);
        found = found || c->id == someone.id;
    }
    QVERIFY(found);

    model.setSearchText(u"zzqxnonexistent"_s);
    QCOMPARE(model.rowCount(), 0);
    model.setSearchText(QString());
    QCOMPARE(model.rowCount(), contactCount);
}

void tst_ContactTableModel::searchListsNewestFirstUntilAColumnIsChosen()
{
    ContactTableModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.sort(ContactTableModel::CompanyColumn, Qt::AscendingOrder);
    QVERIFY(!model.isNewestFirst());

    model.setSearchText(u"a"_s);
    QVERIFY(model.isNewestFirst());
    QVERIFY(model.rowCount() > 10);
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.contactIdAt(row - 1) > model.contactIdAt(row));

    // A column chosen during the search sorts the results and stays chosen
    // while the person keeps typing.
    model.sort(ContactTableModel::NameColumn, Qt::DescendingOrder);
    QVERIFY(!model.isNewestFirst());
    model.setSearchText(u"an"_s);
    QVERIFY(!model.isNewestFirst());
    QCOMPARE(model.query().sort, ContactSort::Name);
    QList<qint64> shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown << model.contactIdAt(row);
    QCOMPARE(shown, storeOrder(model.query()));

    // Clearing the search returns to the column order last chosen.
    model.setSearchText(QString());
    QCOMPARE(model.query().sort, ContactSort::Name);
    QVERIFY(model.query().descending);
    QCOMPARE(model.rowCount(), contactCount);
}

void tst_ContactTableModel::bigSearchShowsFirstRowsThenCountsTheRest()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(u"big.sqlite"_s), nullptr));
    ContactStore store(db);
    DemoGenerator demo(5);
    QVERIFY(demo.fill(store, 4000, nullptr));
    ContactQuery q;
    q.search = u"a"_s;
    const int matches = store.count(q);
    QVERIFY(matches > ContactTableModel::QuickRows + 100);

    ContactTableModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy counts(&model, &ContactTableModel::countChanged);
    model.setSearchText(u"a"_s);
    QVERIFY(!model.isCountExact());
    QCOMPARE(model.rowCount(), ContactTableModel::QuickRows);
    QVERIFY(model.canFetchMore(QModelIndex()));
    QVERIFY(model.contactAt(ContactTableModel::QuickRows - 1));

    // Scrolling to the end of the first rows asks for the rest at once.
    model.fetchMore(QModelIndex());
    QTRY_VERIFY(model.isCountExact());
    QCOMPARE(model.rowCount(), matches);
    QCOMPARE(counts.last().first().toInt(), matches);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QCOMPARE(model.contactIdAt(matches - 1),
             store.page(model.query(), {}, 1, matches - 1).value(0).id);

    // Without scrolling, the count completes by itself a moment later.
    model.setSearchText(QString());
    model.setSearchText(u"e"_s);
    QVERIFY(!model.isCountExact());
    QTRY_VERIFY(model.isCountExact());
    q.search = u"e"_s;
    QCOMPARE(model.rowCount(), store.count(q));
}

void tst_ContactTableModel::refreshSeesWrites()
{
    ContactTableModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Contact c;
    c.firstName = u"Aaron"_s;
    c.lastName = u"Aardvark"_s;
    QString error;
    QVERIFY2(m_store->add(c, &error), qPrintable(error));
    QCOMPARE(model.rowCount(), contactCount); // cached until refreshed
    model.refresh();
    QCOMPARE(model.rowCount(), contactCount + 1);
    const int row = model.findRow(c.id, 0);
    QVERIFY(row >= 0);
    QCOMPARE(model.contactIdAt(row), c.id);
    QVERIFY2(m_store->remove(c.id, &error), qPrintable(error));
    model.refresh();
    QCOMPARE(model.rowCount(), contactCount);
    QCOMPARE(model.findRow(c.id, 0), -1);
}

void tst_ContactTableModel::formatsCells()
{
    ContactTableModel model(*m_store);
    model.sort(ContactTableModel::ConnectedOnColumn, Qt::DescendingOrder);
    const auto newest = model.contactAt(0);
    QVERIFY(newest && newest->connectedOn.isValid());
    const QModelIndex date = model.index(0, ContactTableModel::ConnectedOnColumn);
    QCOMPARE(date.data().toString(), QLocale().toString(newest->connectedOn, QLocale::ShortFormat));
    QCOMPARE(date.data(Qt::ToolTipRole).toString(),
             QLocale().toString(newest->connectedOn, QLocale::LongFormat));
    const QModelIndex degree = model.index(0, ContactTableModel::DegreeColumn);
    QCOMPARE(degree.data().toString(), u"1st"_s);
    QCOMPARE(degree.data(Qt::TextAlignmentRole).value<Qt::Alignment>(), Qt::AlignCenter);

    model.sort(ContactTableModel::ConnectedOnColumn, Qt::AscendingOrder);
    const auto unconnected = model.contactAt(0);
    QVERIFY(unconnected && !unconnected->connectedOn.isValid());
    QVERIFY(model.index(0, ContactTableModel::ConnectedOnColumn).data().toString().isEmpty());
    QVERIFY(model.index(0, ContactTableModel::DegreeColumn).data().toString() != u"1st"_s);
    QCOMPARE(model.headerData(ContactTableModel::NameColumn, Qt::Horizontal).toString(), u"Name"_s);
}

QTEST_GUILESS_MAIN(tst_ContactTableModel)
#include "tst_contacttablemodel.moc"
