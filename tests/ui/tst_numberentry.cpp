#include "tests/support/TestSupport.h"
#include "tests/ui/WidgetTestSupport.h"

#include "core/DemoData.h"
#include "core/MarketDay.h"
#include "ui/MainWindow.h"
#include "ui/checkout/DiscountDialog.h"
#include "ui/checkout/MarketDayDialog.h"
#include "ui/checkout/TenderDialog.h"
#include "ui/checkout/WeightDialog.h"
#include "ui/common/Dialogs.h"
#include "ui/common/NumberField.h"
#include "ui/common/Style.h"

#include <QStackedWidget>

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace sk;
using namespace sk::ui;

// Numbers typed into the app in each language: the keyboard's dot and comma, the numeric
// keypad's decimal key and the on-screen keypad's decimal key all mean the decimal separator
// of the language the app runs in, and digits are never grouped.
class TestNumberEntry : public QObject
{
    Q_OBJECT

    static Product tomatoes()
    {
        Product p;
        p.id = QStringLiteral("id-TOM");
        p.sku = QStringLiteral("TOM");
        p.name = QStringLiteral("Tomatoes");
        p.price = 450;
        p.unit = Unit::Lb;
        return p;
    }

    static QPushButton *keypadKey(QWidget *dialog, const QString &text)
    {
        for (QPushButton *b : dialog->findChildren<QPushButton *>())
            if (b->text() == text)
                return b;
        return nullptr;
    }

    static qint64 tenToThe(int n)
    {
        qint64 r = 1;
        while (n-- > 0)
            r *= 10;
        return r;
    }

    static void addLocales()
    {
        QTest::addColumn<QString>("locale");
        for (const char *name : {"en_US", "es_ES", "es_US", "fr_FR", "de_DE", "pt_BR"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void weightTypedWithADotOrAComma_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("typed");
        for (const char *name : {"en_US", "es_ES", "es_US", "fr_FR", "de_DE", "pt_BR"})
            for (const char *typed : {"1.37", "1,37"})
                QTest::addRow("%s %s", name, typed)
                    << QString::fromLatin1(name) << QString::fromLatin1(typed);
    }
    void weightTypedWithADotOrAComma()
    {
        QFETCH(QString, locale);
        QFETCH(QString, typed);
        const QLocale l(locale);
        QLocale::setDefault(l);
        WeightDialog d(tomatoes(), Currency{});
        QVERIFY(test::showExposed(&d));
        QTest::keyClicks(d.field(), typed);
        QCOMPARE(d.quantity(), 1370);
        QCOMPARE(d.field()->text(), QStringLiteral("1") + l.decimalPoint() + QStringLiteral("37"));
        // 1.37 lb at 4.50 is 6.165, rounded half away from zero.
        QCOMPARE(d.findChild<QLabel *>(QStringLiteral("lineTotal"))->text(),
                 money(617, Currency{}));
    }

    void weightOnTheNumericKeypad_data() { addLocales(); }
    void weightOnTheNumericKeypad()
    {
        QFETCH(QString, locale);
        const QLocale l(locale);
        QLocale::setDefault(l);
        // A numeric keypad's decimal key sends "." or "," with the keypad modifier, whatever
        // the language; both are the decimal separator.
        for (Qt::Key decimalKey : {Qt::Key_Period, Qt::Key_Comma}) {
            WeightDialog d(tomatoes(), Currency{});
            QVERIFY(test::showExposed(&d));
            QTest::keyClick(d.field(), Qt::Key_1, Qt::KeypadModifier);
            QTest::keyClick(d.field(), decimalKey, Qt::KeypadModifier);
            QTest::keyClick(d.field(), Qt::Key_3, Qt::KeypadModifier);
            QTest::keyClick(d.field(), Qt::Key_7, Qt::KeypadModifier);
            QCOMPARE(d.field()->text(),
                     QStringLiteral("1") + l.decimalPoint() + QStringLiteral("37"));
            QCOMPARE(d.quantity(), 1370);
        }
    }

    void weightOnTheScreenKeypad_data() { addLocales(); }
    void weightOnTheScreenKeypad()
    {
        QFETCH(QString, locale);
        const QLocale l(locale);
        QLocale::setDefault(l);
        WeightDialog d(tomatoes(), Currency{});
        QVERIFY(test::showExposed(&d));
        // The decimal key shows the separator as the language writes it.
        QPushButton *point = keypadKey(&d, l.decimalPoint());
        QVERIFY(point);
        for (const QString &k :
             {QStringLiteral("1"), l.decimalPoint(), QStringLiteral("3"), QStringLiteral("7")}) {
            QPushButton *b = keypadKey(&d, k);
            QVERIFY2(b, qPrintable(k));
            QTest::mouseClick(b, Qt::LeftButton);
        }
        QCOMPARE(d.field()->text(), QStringLiteral("1") + l.decimalPoint() + QStringLiteral("37"));
        QCOMPARE(d.quantity(), 1370);
        // A second decimal separator, from any key, is not taken.
        QTest::mouseClick(point, Qt::LeftButton);
        QTest::keyClicks(d.field(), QStringLiteral(".,"));
        QCOMPARE(d.field()->text(), QStringLiteral("1") + l.decimalPoint() + QStringLiteral("37"));
        QCOMPARE(d.quantity(), 1370);
    }

    // Pasted text is never read with grouping: "1.370" in German is not 1370 lb, "1,000.5"
    // is not a weight in any language. The dialog says what to type and cannot be accepted.
    void pastedGroupedNumbersAreRefused_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<QString>("write");
        QTest::newRow("de 1.000,5") << "de_DE"
                                    << "1.000,5"
                                    << "1000,5";
        QTest::newRow("de 1.370") << "de_DE"
                                  << "1.370"
                                  << "1370";
        QTest::newRow("es 1.370") << "es_ES"
                                  << "1.370"
                                  << "1370";
        QTest::newRow("en 1,370") << "en_US"
                                  << "1,370"
                                  << "1370";
        QTest::newRow("en 1,000.5") << "en_US"
                                    << "1,000.5"
                                    << "1000.5";
        QTest::newRow("fr 1 000,5") << "fr_FR" << QStringLiteral("1\u202F000,5") << "1000,5";
        QTest::newRow("pt 2.500") << "pt_BR"
                                  << "2.500"
                                  << "2500";
    }
    void pastedGroupedNumbersAreRefused()
    {
        QFETCH(QString, locale);
        QFETCH(QString, pasted);
        QFETCH(QString, write);
        QLocale::setDefault(QLocale(locale));
        WeightDialog d(tomatoes(), Currency{});
        QVERIFY(test::showExposed(&d));
        d.field()->setText(pasted);
        QCOMPARE(d.quantity(), 0);
        const QString shown = d.findChild<QLabel *>(QStringLiteral("lineTotal"))->text();
        QVERIFY2(shown.contains(write), qPrintable(shown));
        QTest::keyClick(d.field(), Qt::Key_Return);
        QVERIFY(d.isVisible());
        QCOMPARE(d.result(), int(QDialog::Rejected));
    }

    // Every field of the app that takes an amount, a quantity, a count or a rate takes the
    // decimal separator the same way, and reads no grouping.
    void everyNumericField_data()
    {
        QTest::addColumn<QString>("locale");
        for (const char *name : {"en_US", "es_ES", "fr_FR", "de_DE"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void everyNumericField()
    {
        QFETCH(QString, locale);
        const QLocale l(locale);
        QLocale::setDefault(l);
        Dialogs::setTestMode(true);
        test::TempDb db;
        QVERIFY(test::seedTill(db.db()));
        MainWindow win(db.db());
        QVERIFY(test::showSized(&win, QSize(1024, 600)));
        for (int i = 0; i < win.sections()->count(); ++i)
            win.showSection(win.sections()->widget(i));

        auto rules = SaleRules::load(db.db());
        QVERIFY(rules);
        Cart cart;
        cart.lines << CartLine{
            *ProductRepository(db.db()).bySku(QStringLiteral("JAM-STR")), 1000, {}};
        TenderDialog tender(*rules, cart, &win);
        MarketDayDialog market({}, Currency{}, &win);
        DiscountDialog discount(
            QStringLiteral("Discount"), QStringLiteral("Jam"), 1000, Currency{}, Discount{}, &win);
        QList<QWidget *> roots{&win, &tender, &market, &discount};

        const QStringList names = {QStringLiteral("amount"),
                                   QStringLiteral("float"),
                                   QStringLiteral("discount"),
                                   QStringLiteral("stockQty"),
                                   QStringLiteral("productPrice"),
                                   QStringLiteral("productLowStock"),
                                   QStringLiteral("countQty"),
                                   QStringLiteral("movementAmount"),
                                   QStringLiteral("taxRate"),
                                   QStringLiteral("tenderFace")};
        QStringList seen;
        for (QWidget *root : roots)
            for (QLineEdit *e : root->findChildren<QLineEdit *>()) {
                const QString name = e->objectName();
                const bool numeric = names.contains(name) || name.startsWith(u"denom_")
                                     || name.startsWith(u"held_");
                if (!numeric)
                    continue;
                seen << name;
                const NumberField *f = NumberField::of(e);
                QVERIFY2(f, qPrintable(name));
                e->setReadOnly(false);
                e->clear();
                QTest::keyClicks(e, QStringLiteral("1.5"));
                QCOMPARE(e->text(), QStringLiteral("1") + l.decimalPoint() + QStringLiteral("5"));
                QTest::keyClicks(e, QStringLiteral(",."));
                QCOMPARE(e->text(), QStringLiteral("1") + l.decimalPoint() + QStringLiteral("5"));
                const auto v = f->read();
                if (f->shape().whole)
                    QCOMPARE(v.error().kind, NumberProblem::Kind::NotWhole);
                else
                    QCOMPARE(*v, 15 * tenToThe(f->shape().decimals - 1));
                e->setText(QStringLiteral("1 000"));
                QVERIFY2(!f->read(), qPrintable(name));
                e->clear();
            }
        for (const QString &name : names)
            QVERIFY2(seen.contains(name), qPrintable(name));
        QVERIFY(seen.filter(QStringLiteral("denom_")).size() >= 5);
    }
};

QTEST_MAIN(TestNumberEntry)
#include "tst_numberentry.moc"
