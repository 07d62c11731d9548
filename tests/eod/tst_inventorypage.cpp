#include "core/Catalog.h"
#include "core/DemoData.h"
#include "core/StockLedger.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/WidgetTestSupport.h"
#include "ui/AppContext.h"
#include "ui/common/Dialogs.h"
#include "ui/inventory/InventoryPage.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace sk;
using namespace sk::ui;

class TestInventoryPage : public QObject, test::PageSuite<InventoryPage>
{
    Q_OBJECT

    // Rows the table shows (its filter leaves out the others).
    int visibleRows(QTableView *t) { return t->model()->rowCount(); }

    // The row showing `sku`, or -1 when the table does not show it.
    int rowOf(QTableView *t, const QString &sku)
    {
        for (int r = 0; r < t->model()->rowCount(); ++r)
            if (text(t, r, 0) == sku)
                return r;
        return -1;
    }

    static QString text(QAbstractItemView *t, int row, int column)
    {
        return t->model()->index(row, column).data().toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(startTill());
        StockLedger ledger(m_t->db());
        QVERIFY(ledger.record(product("JAM-STR").id, QStringLiteral("receive"), 3000)); // low: 5
        QVERIFY(ledger.record(product("JAM-APR").id, QStringLiteral("receive"), 24000));
        QVERIFY(activatePage(QSize(1200, 760)));
        // The tables' models (and their filters) keep Qt's model rules through every refresh.
        for (const char *table : {"stockTable", "productTable"})
            new QAbstractItemModelTester(child<QTableView>(table)->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest,
                                         this);
    }

    void cleanupTestCase() { finish(); }

    void stockLevelsFiltersAndHighlight()
    {
        auto *table = child<QTableView>("stockTable");
        const int r = rowOf(table, QStringLiteral("JAM-STR"));
        QVERIFY(r >= 0);
        QCOMPARE(text(table, r, InventoryPage::Level), QStringLiteral("3"));
        QCOMPARE(text(table, r, InventoryPage::Value), QStringLiteral("$25.50"));
        QVERIFY(text(table, r, InventoryPage::Status).startsWith(QStringLiteral("low")));
        QVERIFY(
            table->model()->index(r, 0).data(Qt::BackgroundRole).value<QBrush>().color().isValid());
        const int apr = rowOf(table, QStringLiteral("JAM-APR"));
        QVERIFY(text(table, apr, InventoryPage::Status).isEmpty());

        auto *search = child<QLineEdit>("stockSearch");
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("jam"));
        QCOMPARE(visibleRows(table), 3);
        child<QCheckBox>("stockLowOnly")->setChecked(true);
        QCOMPARE(visibleRows(table), 2); // 3 strawberry, 0 blackberry; apricot has 24
        QVERIFY(rowOf(table, QStringLiteral("JAM-STR")) >= 0); // shown
        QCOMPARE(rowOf(table, QStringLiteral("JAM-APR")), -1); // hidden
        child<QCheckBox>("stockLowOnly")->setChecked(false);
        search->clear();
        auto *category = child<QComboBox>("stockCategory");
        category->setCurrentIndex(category->findData(QStringLiteral("Cheese")));
        QCOMPARE(visibleRows(table), 3);
        category->setCurrentIndex(0);
    }

    void receiveWasteAdjustByKeyboard()
    {
        auto *search = child<QLineEdit>("stockSearch");
        auto *qty = child<QLineEdit>("stockQty");
        auto *reason = child<QLineEdit>("stockReason");
        auto *kind = child<QComboBox>("stockKind");
        const QString jam = product("JAM-STR").id;
        // Scan the jar, Enter: the item is picked and the quantity has focus.
        search->setFocus();
        test::typeAndEnter(search, QStringLiteral("0850001000019"));
        QTRY_VERIFY(qty->hasFocus());
        test::typeAndEnter(qty, QStringLiteral("12"));
        QCOMPARE(StockLedger(m_t->db()).level(jam)->level, 15000);

        // Waste needs a reason: Enter on the quantity moves to the reason.
        kind->setCurrentIndex(kind->findData(QStringLiteral("waste")));
        qty->setFocus();
        test::typeAndEnter(qty, QStringLiteral("2"));
        QTRY_VERIFY(reason->hasFocus());
        QCOMPARE(StockLedger(m_t->db()).level(jam)->level, 15000);
        test::typeAndEnter(reason, QStringLiteral("cracked lid"));
        QCOMPARE(StockLedger(m_t->db()).level(jam)->level, 13000);

        kind->setCurrentIndex(kind->findData(QStringLiteral("adjust")));
        qty->setFocus();
        QTest::keyClicks(qty, QStringLiteral("-1"));
        QTest::keyClick(reason, Qt::Key_Return); // no reason yet: refused
        QCOMPARE(StockLedger(m_t->db()).level(jam)->level, 13000);
        test::typeAndEnter(reason, QStringLiteral("gift to neighbour"));
        QCOMPARE(StockLedger(m_t->db()).level(jam)->level, 12000);

        auto *history = child<QTableWidget>("historyTable");
        QTRY_COMPARE(history->rowCount(), 4);
        QCOMPARE(history->item(0, 1)->text(), QStringLiteral("adjusted"));
        QVERIFY(history->item(1, 3)->text().contains(QStringLiteral("cracked lid")));
        // A note longer than the narrow pane wraps and its row grows; nothing is cut short.
        history->item(1, 3)->setText(history->item(1, 3)->text().repeated(12));
        QTRY_VERIFY(history->rowHeight(1) > history->rowHeight(0) * 3 / 2);
        QCOMPARE(history->textElideMode(), Qt::ElideNone);
        auto *table = child<QTableView>("stockTable");
        QCOMPARE(text(table, rowOf(table, QStringLiteral("JAM-STR")), InventoryPage::Level),
                 QStringLiteral("12"));
    }

    // A count far from the level on record (120 jars for 12) is asked about first.
    void farCountAsks()
    {
        auto *qty = child<QLineEdit>("stockQty");
        auto *kind = child<QComboBox>("stockKind");
        const QString jam = product("JAM-STR").id;
        kind->setCurrentIndex(kind->findData(QStringLiteral("count")));
        qty->setFocus();
        Dialogs::clearLastMessage();
        Dialogs::setNextAnswer(QMessageBox::No);
        test::typeAndEnter(qty, QStringLiteral("120"));
        QCOMPARE(Dialogs::lastMessage(),
                 QStringLiteral("You counted 120, expected about 12. Keep 120?"));
        QCOMPARE(StockLedger(m_t->db()).level(jam)->level, 12000);
        qty->clear();
        Dialogs::clearLastMessage();
        test::typeAndEnter(qty, QStringLiteral("11"));
        QCOMPARE(Dialogs::lastMessage(), QString());
        QCOMPARE(StockLedger(m_t->db()).level(jam)->level, 11000);
    }

    void addEditDeactivateProduct()
    {
        child<QTabWidget>("inventoryTabs")->setCurrentIndex(1);
        QTest::mouseClick(child<QPushButton>("productNew"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>("productSku"), QStringLiteral("PIE-APL"));
        QTest::keyClicks(child<QLineEdit>("productName"), QStringLiteral("Apple pie"));
        child<QComboBox>("productCategory")->setCurrentText(QStringLiteral("Bakery"));
        QTest::keyClicks(child<QLineEdit>("productPrice"), QStringLiteral("18.00"));
        auto *tax = child<QComboBox>("productTax");
        tax->setCurrentIndex(tax->findData(QStringLiteral("prepared")));
        child<QSpinBox>("productQuickPos")->setValue(30);
        QTest::keyClicks(child<QLineEdit>("productQuickColor"), QStringLiteral("#aa3300"));
        QTest::keyClicks(child<QLineEdit>("productLowStock"), QStringLiteral("2"));
        QTest::keyClicks(child<QLineEdit>("productBarcodes"), QStringLiteral("0850009999991"));
        QTest::mouseClick(child<QPushButton>("productSave"), Qt::LeftButton);
        auto p = ProductRepository(m_t->db()).bySku(QStringLiteral("PIE-APL"));
        QVERIFY2(p, qPrintable(child<QLabel>("productStatus")->text()));
        QCOMPARE(p->price, 1800);
        QCOMPARE(p->taxCategory, QStringLiteral("prepared"));
        QCOMPARE(p->quickPos, std::optional<int>(30));
        QCOMPARE(p->quickColor, QStringLiteral("#aa3300"));
        QCOMPARE(p->lowStock, 2000);
        QCOMPARE(p->barcodes, QStringList{QStringLiteral("0850009999991")});
        QVERIFY(p->active);

        // A bad price is refused with a message and changes nothing.
        auto *price = child<QLineEdit>("productPrice");
        price->clear();
        QTest::keyClicks(price, QStringLiteral("abc"));
        QTest::mouseClick(child<QPushButton>("productSave"), Qt::LeftButton);
        QCOMPARE(ProductRepository(m_t->db()).bySku(QStringLiteral("PIE-APL"))->price, 1800);
        price->clear();
        QTest::keyClicks(price, QStringLiteral("19.50"));
        QTest::mouseClick(child<QPushButton>("productSave"), Qt::LeftButton);
        QCOMPARE(ProductRepository(m_t->db()).bySku(QStringLiteral("PIE-APL"))->price, 1950);

        QTest::mouseClick(child<QPushButton>("productDeactivate"), Qt::LeftButton);
        QVERIFY(!ProductRepository(m_t->db()).bySku(QStringLiteral("PIE-APL"))->active);
        // Gone from the stock view, still in the product list.
        QCOMPARE(rowOf(child<QTableView>("stockTable"), QStringLiteral("PIE-APL")), -1);
        QVERIFY(rowOf(child<QTableView>("productTable"), QStringLiteral("PIE-APL")) >= 0);
    }

    void importReportsRejectedRows()
    {
        const QString csv = m_t->dir() + QStringLiteral("/catalog.csv");
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("sku,name,price,unit\r\nSAL-GRN,Salad greens,5.00,each\r\nBAD-1,Broken,-1,each\r\n"
                "HRB-BSL,Basil,2.50,bunch\r\n");
        f.close();
        // First answer: no, import nothing.
        Dialogs::setNextFile(csv);
        Dialogs::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(child<QPushButton>("catalogImport"), Qt::LeftButton);
        QVERIFY(!ProductRepository(m_t->db()).bySku(QStringLiteral("SAL-GRN")));
        QVERIFY(child<QPlainTextEdit>("importReport")
                    ->toPlainText()
                    .contains(QStringLiteral("Nothing was imported")));
        // Then yes: the good row comes in, the two bad ones are listed by line.
        Dialogs::setNextFile(csv);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>("catalogImport"), Qt::LeftButton);
        QVERIFY(ProductRepository(m_t->db()).bySku(QStringLiteral("SAL-GRN")));
        const QString report = child<QPlainTextEdit>("importReport")->toPlainText();
        QVERIFY2(report.contains(QStringLiteral("line 3")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("line 4")), qPrintable(report));
        QVERIFY(rowOf(child<QTableView>("productTable"), QStringLiteral("SAL-GRN")) >= 0);

        const QString out = m_t->dir() + QStringLiteral("/export.csv");
        Dialogs::setNextFile(out);
        QTest::mouseClick(child<QPushButton>("catalogExport"), Qt::LeftButton);
        QFile e(out);
        QVERIFY(e.open(QIODevice::ReadOnly));
        const QByteArray data = e.readAll();
        QVERIFY(data.startsWith("sku,name,category,unit,price"));
        QVERIFY(data.contains("PIE-APL,Apple pie,Bakery,each,19.50,prepared"));
    }

    void taxAndTenders()
    {
        auto *tax = child<QTableView>("taxTable");
        QCOMPARE(tax->model()->rowCount(), 3);
        auto *tenders = child<QTableView>("tenderTable");
        QVERIFY(tenders->model()->rowCount() >= 8);
    }
};

QTEST_MAIN(TestInventoryPage)
#include "tst_inventorypage.moc"
