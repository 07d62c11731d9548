// The payment dialog splits a cart over the benefit programs: the customer's card, then one
// tap for the incentive on the produce and SNAP on the rest of the food; cash for the fee.

#include "core/Catalog.h"
#include "core/Incentive.h"
#include "core/MarketDay.h"
#include "core/SaleRepository.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/WidgetTestSupport.h"
#include "ui/checkout/NumericKeypad.h"
#include "ui/checkout/TenderDialog.h"
#include "ui/common/Dialogs.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QtTest>

using namespace sk;
using namespace sk::ui;

class TestTenderSplit : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDb> m_t;
    Cart m_cart;

    Product make(const char *sku, Minor price, const QStringList &classes, bool nonFood = false)
    {
        return test::saveProduct(m_t->db(), sku, price, classes, nonFood);
    }

private slots:
    void initTestCase() { Dialogs::setTestMode(true); }

    void init()
    {
        m_t = std::make_unique<test::TempDb>();
        IncentiveRule r;
        r.tenderCode = QStringLiteral("incentive");
        r.cap = 1000;
        QVERIFY(IncentiveRepository(m_t->db()).save(r));
        m_cart = Cart{};
        m_cart.lines << CartLine{make("APPLES", 1000, test::sl({"fv", "snap"})), 2000, {}}
                     << CartLine{make("BREAD", 800, test::sl({"snap"})), 1000, {}}
                     << CartLine{make("BAG", 50, QStringList(), true), 1000, {}};
    }

    void cleanup() { m_t.reset(); }

    void cardThenSplitThenCash()
    {
        const SaleRules rules = *SaleRules::load(m_t->db());
        TenderDialog d(rules, m_cart, nullptr, &m_t->db());
        QVERIFY(test::showExposed(&d));
        auto *card = test::childOf<QLineEdit>(&d, "benefitCard");
        auto *split = test::childOf<QPushButton>(&d, "programSplit");
        auto *taken = test::childOf<QListWidget>(&d, "taken");
        // The split asks for the card on the on-screen keyboard; none given, nothing taken.
        Dialogs::setNextText(std::nullopt);
        QTest::mouseClick(split, Qt::LeftButton);
        QVERIFY(d.tenders().isEmpty());
        QVERIFY2(d.errorText().contains(QLatin1String("card")), qPrintable(d.errorText()));
        // A card number given whole is refused in words and not kept, not even on screen.
        Dialogs::setNextText(QStringLiteral("5077 1234 5678 9012"));
        QTest::mouseClick(split, Qt::LeftButton);
        QVERIFY(d.tenders().isEmpty());
        QVERIFY2(d.errorText().contains(QLatin1String("whole card number")),
                 qPrintable(d.errorText()));
        QVERIFY(card->text().isEmpty());
        QVERIFY(d.benefitCard().isEmpty());
        // Its last 4 digits are what the match is counted by.
        Dialogs::setNextText(QStringLiteral("9012"));
        QTest::mouseClick(split, Qt::LeftButton);
        QCOMPARE(card->text(), QStringLiteral("9012"));
        QCOMPARE(d.benefitCard(), QStringLiteral("9012"));
        QCOMPARE(d.tenders().size(), 2);
        QCOMPARE(d.tenders()[0].code, QStringLiteral("incentive"));
        QCOMPARE(d.tenders()[0].amount, Minor(1000));
        QCOMPARE(d.tenders()[1].code, QStringLiteral("snap"));
        QCOMPARE(d.tenders()[1].amount, Minor(1800));
        QCOMPARE(taken->count(), 2);
        QVERIFY2(test::childOf<QLabel>(&d, "matchInfo")->text().contains(QLatin1String("$10.00")),
                 qPrintable(test::childOf<QLabel>(&d, "matchInfo")->text()));
        QVERIFY(d.isVisible()); // the bag is left: SNAP never pays it
        QVERIFY(test::childOf<QLabel>(&d, "due")->text().contains(QLatin1String("$0.54")));
        QTest::mouseClick(test::childOf<QPushButton>(&d, "exact"), Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(d.tenders().size(), 3);
        QCOMPARE(d.tenders()[2].code, QStringLiteral("cash"));
        QCOMPARE(d.tenders()[2].amount, Minor(54));

        // The sale commits as the dialog split it, and the cap is used up for this card.
        QVERIFY(MarketDayRepository(m_t->db()).open(QStringLiteral("Market"), 0));
        Cart c = m_cart;
        c.tenders = d.tenders();
        c.benefitCard = d.benefitCard();
        auto sale = SaleRepository(m_t->db()).commit(c, rules);
        QVERIFY2(sale, qPrintable(sale ? QString() : sale.error().detail));
        TenderDialog again(rules, m_cart, nullptr, &m_t->db());
        again.show();
        auto *card2 = test::childOf<QLineEdit>(&again, "benefitCard");
        card2->setFocus();
        test::typeAndEnter(card2, QStringLiteral("9012"));
        QCOMPARE(again.benefitCard(), QStringLiteral("9012"));
        QVERIFY(again.tenders().isEmpty()); // Enter in the card field took no cash
        QTest::mouseClick(test::childOf<QPushButton>(&again, "programSplit"), Qt::LeftButton);
        QCOMPARE(again.tenders().size(), 1); // SNAP only: no match left today
        QCOMPARE(again.tenders()[0].code, QStringLiteral("snap"));
        QCOMPARE(again.tenders()[0].amount, Minor(2800));
        // Five digits are neither a card's last 4 nor a program number: refused in words.
        card2->setText(QStringLiteral("12345"));
        QVERIFY(!again.setBenefitCard(card2->text()));
        QVERIFY(again.errorText().contains(QLatin1String("last 4 digits")));
    }

    // By touch alone: the keypad types into the field the vendor tapped (the customer's card, a
    // check number), and goes back to the amount once a tender is taken.
    void keypadTypesWhereTapped()
    {
        const SaleRules rules = *SaleRules::load(m_t->db());
        TenderDialog d(rules, m_cart, nullptr, &m_t->db());
        QVERIFY(test::showExposed(&d));
        d.activateWindow();
        auto *amount = test::childOf<QLineEdit>(&d, "amount");
        auto *card = test::childOf<QLineEdit>(&d, "benefitCard");
        auto *reference = test::childOf<QLineEdit>(&d, "tenderReference");
        const QString due = amount->text();
        const auto tap = [&](const char *keys) {
            for (const char *k = keys; *k; ++k)
                QTest::mouseClick(d.keypad()->key(QString(QLatin1Char(*k))), Qt::LeftButton);
        };
        QTest::mouseClick(card, Qt::LeftButton);
        QTRY_COMPARE(QApplication::focusWidget(), card);
        tap("4321");
        QCOMPARE(card->text(), QStringLiteral("4321"));
        QCOMPARE(amount->text(), due);
        QTest::mouseClick(reference, Qt::LeftButton);
        QTRY_COMPARE(QApplication::focusWidget(), reference);
        tap("778");
        QCOMPARE(reference->text(), QStringLiteral("778"));
        QTest::mouseClick(amount, Qt::LeftButton);
        QTRY_COMPARE(QApplication::focusWidget(), amount);
        tap("5");
        QCOMPARE(amount->text(), QStringLiteral("5"));
        QVERIFY(d.take(QStringLiteral("cash")));
        QCOMPARE(QApplication::focusWidget(), amount);
        QVERIFY(reference->text().isEmpty());
    }

    // The incentive tapped alone before SNAP: it is refused with why, and offered the most the
    // SNAP taken earns once SNAP is in.
    void incentiveAloneIsExplained()
    {
        const SaleRules rules = *SaleRules::load(m_t->db());
        TenderDialog d(rules, m_cart, nullptr, &m_t->db());
        d.show();
        auto *incentive = test::childOf<QPushButton>(&d, "tender_incentive");
        QTest::mouseClick(incentive, Qt::LeftButton);
        QVERIFY2(d.errorText().contains(QLatin1String("needs the customer's card")),
                 qPrintable(d.errorText()));
        QVERIFY(d.setBenefitCard(QStringLiteral("1234")));
        d.amountField()->setText(QStringLiteral("10.00"));
        QVERIFY(d.take(QStringLiteral("snap")));
        QTest::mouseClick(incentive, Qt::LeftButton);
        // 10.00 of SNAP on the apples earns 10.00: the match pays the other half of them.
        QVERIFY2(d.errorText().contains(QLatin1String("$10.00")), qPrintable(d.errorText()));
        QTest::mouseClick(incentive, Qt::LeftButton); // the offer, taken
        QCOMPARE(d.tenders().size(), 2);
        QCOMPARE(d.tenders()[1].code, QStringLiteral("incentive"));
        QCOMPARE(d.tenders()[1].amount, Minor(1000));
    }
};

QTEST_MAIN(TestTenderSplit)
#include "tst_tendersplit.moc"
