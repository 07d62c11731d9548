#include "tests/support/TestSupport.h"

#include "core/DemoData.h"
#include "ui/models/CartModel.h"
#include "ui/models/SalesListModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace sk;
using namespace sk::ui;

class TestCartModel : public QObject
{
    Q_OBJECT

    SaleRules rules()
    {
        SaleRules r;
        r.taxCategories.insert(QStringLiteral("exempt"),
                               {QStringLiteral("exempt"), QStringLiteral("Exempt"), 0});
        r.taxCategories.insert(QStringLiteral("prepared"),
                               {QStringLiteral("prepared"), QStringLiteral("Prepared"), 80000});
        TenderType cash;
        cash.code = QStringLiteral("cash");
        cash.name = QStringLiteral("Cash");
        cash.givesChange = true;
        r.tenders << cash;
        return r;
    }
    static Product product(const QString &sku,
                           Minor price,
                           Unit unit = Unit::Each,
                           const QString &tax = QStringLiteral("exempt"))
    {
        Product p;
        p.id = QStringLiteral("id-") + sku;
        p.sku = sku;
        p.name = QStringLiteral("Item ") + sku;
        p.price = price;
        p.unit = unit;
        p.taxCategory = tax;
        return p;
    }
    // A sale, void or refund as the sales list shows it: its id, kind and total, and the sale it
    // reverses.
    static SaleRecord
    record(const char *id, const char *kind, Minor total, const char *reverses = {})
    {
        SaleRecord r;
        r.id = QLatin1String(id);
        r.kind = QLatin1String(kind);
        if (reverses)
            r.refSaleId = QLatin1String(reverses);
        r.total = total;
        return r;
    }

private slots:
    void tester_follows_every_kind_of_change()
    {
        CartModel model;
        model.setRules(rules());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        CartLine a{product(QStringLiteral("A"), 350), 1000, {}};
        CartLine b{
            product(QStringLiteral("B"), 400, Unit::Each, QStringLiteral("prepared")), 1000, {}};
        CartLine w{product(QStringLiteral("W"), 450, Unit::Lb), 1500, {}};
        model.setCart(model.withAdded(a));
        model.setCart(model.withAdded(b));
        model.setCart(model.withAdded(w));
        QCOMPARE(inserted.size(), 3);
        QCOMPARE(model.rowCount(), 3);
        // A second tap on an "each" key merges; weighed items always get their own line.
        model.setCart(model.withAdded(a));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.cart().lines[0].qty, 2000);
        model.setCart(model.withAdded(w));
        QCOMPARE(model.rowCount(), 4);

        // 2 x 3.50 + 4.00 + 2 x 6.75 = 24.50; tax 8 % of 4.00 = 0.32.
        QCOMPARE(model.computation().subtotal, 2450);
        QCOMPARE(model.computation().tax, 32);
        QCOMPARE(model.computation().total, 2482);

        Cart c = model.cart();
        c.lines.removeAt(1);
        model.setCart(c);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.computation().tax, 0);

        model.setCart(Cart{});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(reset.size() >= 1);
    }

    void columns_show_what_the_vendor_reads()
    {
        CartModel model;
        model.setRules(rules());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        CartLine w{product(QStringLiteral("W"), 450, Unit::Lb), 1500, Discount::percent(100000)};
        model.setCart(model.withAdded(w));
        QCOMPARE(model.columnCount(), int(CartModel::ColumnCount));
        QCOMPARE(model.data(model.index(0, CartModel::Item)).toString(), QStringLiteral("Item W"));
        QVERIFY(model.data(model.index(0, CartModel::Quantity))
                    .toString()
                    .contains(QStringLiteral("lb")));
        QVERIFY(model.data(model.index(0, CartModel::Discount))
                    .toString()
                    .contains(QStringLiteral("10")));
        // 1.5 lb x 4.50 = 6.75, minus 10 % (0.68) = 6.07.
        QCOMPARE(model.ownDiscount(0), 68);
        QCOMPARE(model.computation().total, 607);
        QVERIFY(model.flags(model.index(0, CartModel::Quantity)) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(0, CartModel::Total)) & Qt::ItemIsEditable));
    }

    void editing_quantity_is_requested_not_applied()
    {
        CartModel model;
        model.setRules(rules());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCart(model.withAdded(CartLine{product(QStringLiteral("A"), 350), 1000, {}}));
        QSignalSpy edited(&model, &CartModel::quantityEdited);
        QVERIFY(!model.setData(model.index(0, CartModel::Quantity), QStringLiteral("abc")));
        QVERIFY(!model.setData(model.index(0, CartModel::Quantity),
                               QStringLiteral("1.5"))); // each: whole
        QVERIFY(model.setData(model.index(0, CartModel::Quantity), QStringLiteral("3")));
        QCOMPARE(edited.size(), 1);
        QCOMPARE(edited.first().at(1).value<Milli>(), 3000);
        QCOMPARE(model.cart().lines[0].qty, 1000); // the page applies it through the undo stack
    }

    void impossible_cart_reports_an_error()
    {
        CartModel model;
        model.setRules(rules());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Cart c;
        c.lines << CartLine{product(QStringLiteral("A"), 350), 2'000'000'000'000LL, {}};
        model.setCart(c);
        QVERIFY(!model.error().isEmpty());
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.data(model.index(0, CartModel::Total)).toString().isEmpty());
    }

    void sales_list_marks_voided_and_refunded()
    {
        SalesListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const SaleRecord s1 = record("s1", "sale", 1000), s2 = record("s2", "sale", 500),
                         s3 = record("s3", "sale", 300), v1 = record("v1", "void", -1000, "s1"),
                         r2 = record("r2", "refund", -200, "s2"),
                         r3 = record("r3", "refund", -100, "s3");
        model.setSales({r3, r2, v1, s3, s2, s1}, Currency{}, {QStringLiteral("s2")});
        QCOMPARE(model.rowCount(), 6);
        // Something of s3 is left: it is partly refunded, not refunded.
        QCOMPARE(model.data(model.index(model.rowOf(QStringLiteral("s3")), SalesListModel::Status))
                     .toString(),
                 QStringLiteral("partly refunded"));
        QCOMPARE(model.data(model.index(model.rowOf(QStringLiteral("s1")), SalesListModel::Status))
                     .toString(),
                 QStringLiteral("voided"));
        QCOMPARE(model.data(model.index(model.rowOf(QStringLiteral("s2")), SalesListModel::Status))
                     .toString(),
                 QStringLiteral("refunded"));
        QVERIFY(model.data(model.index(model.rowOf(QStringLiteral("v1")), SalesListModel::Total))
                    .toString()
                    .startsWith(QStringLiteral("−")));
    }
};

QTEST_MAIN(TestCartModel)
#include "tst_cartmodel.moc"
