// Refunds and cash rounding at the till, through the real dialogs: the refund dialog offers
// only the tenders the refund rule allows and says what goes back before anything is stored,
// today's sales tell a partly refunded sale from a refunded one, and the payment dialog hands
// over cash in whole steps under cash rounding.
#include "tests/support/TestSupport.h"
#include "tests/ui/WidgetTestSupport.h"

#include "core/Catalog.h"
#include "core/DemoData.h"
#include "core/Incentive.h"
#include "core/MarketDay.h"
#include "core/SaleRepository.h"
#include "ui/AppContext.h"
#include "ui/checkout/RefundDialog.h"
#include "ui/checkout/SalesDialog.h"
#include "ui/checkout/TenderDialog.h"
#include "ui/common/Dialogs.h"
#include "ui/common/TouchPrompt.h"
#include "ui/models/SalesListModel.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QtTest>

using namespace sk;
using namespace sk::ui;

class TestRefundDialog : public QObject, test::ContextSuite
{
    Q_OBJECT

    SaleRules m_rules;
    Product m_jam, m_cider;

    SaleRecord sell(const QList<CartLine> &lines, const QList<TenderEntry> &tenders)
    {
        Cart c;
        c.lines = lines;
        c.tenders = tenders;
        auto r = SaleRepository(m_t->db()).commit(c, m_rules);
        if (!r)
            qFatal("sale refused: %s", qPrintable(r.error().detail));
        return *r;
    }

    // Jam on SNAP and hot cider in cash.
    SaleRecord sellJamAndCider()
    {
        return sell({{m_jam, 1000, {}}, {m_cider, 1000, {}}},
                    {{QStringLiteral("snap"), 850, {}}, {QStringLiteral("cash"), 500, {}}});
    }

    // Opens the refund dialog of `sale` from today's sales (shown), as R does.
    RefundDialog *openRefund(SalesDialog &list, const QString &saleId)
    {
        list.show();
        RefundDialog *opened = nullptr;
        auto c = connect(
            &list, &SalesDialog::refundDialogOpened, this, [&](RefundDialog *d) { opened = d; });
        list.selectSale(saleId);
        list.refundSelected();
        disconnect(c);
        return opened;
    }

    static void tick(RefundDialog *d, int row, bool on = true)
    {
        d->table()->item(row, 0)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }

    // The refund dialog of the sale `saleId` from `list` with its first line ticked; null when
    // it did not open.
    RefundDialog *refundFirstLine(SalesDialog &list, const QString &saleId)
    {
        RefundDialog *d = openRefund(list, saleId);
        if (d)
            tick(d, 0);
        return d;
    }

    static QStringList choices(RefundDialog *d)
    {
        QStringList out;
        for (int i = 0; i < d->tenderBox()->count(); ++i)
            out << d->tenderBox()->itemText(i);
        return out;
    }

    QString status(SalesDialog &list, const QString &saleId)
    {
        const int row = list.model()->rowOf(saleId);
        return list.model()->data(list.model()->index(row, SalesListModel::Status)).toString();
    }

private slots:
    void init()
    {
        QVERIFY(startTill());
        QVERIFY(MarketDayRepository(m_t->db()).open(QStringLiteral("Saturday"), 0));
        m_ctx = std::make_unique<AppContext>(m_t->db());
        m_rules = *SaleRules::load(m_t->db());
        m_jam = product("JAM-STR");   // 8.50, SNAP-eligible
        m_cider = product("CID-HOT"); // 4.32 with tax, not SNAP
    }

    // A reprint from today's sales is the receipt the customer got: a SNAP sale with the
    // incentive match shows the card's last digits and what was earned and applied.
    void reprintShowsTheIncentiveMatch()
    {
        IncentiveRule rule;
        rule.tenderCode = QStringLiteral("incentive");
        rule.cap = 1000;
        QVERIFY(IncentiveRepository(m_t->db()).save(rule));
        m_rules = *SaleRules::load(m_t->db());
        Product apples;
        apples.sku = QStringLiteral("APPLES-FV");
        apples.name = QStringLiteral("Apples");
        apples.price = 1000;
        apples.classes = QStringList{QStringLiteral("fv"), QStringLiteral("snap")};
        apples.taxCategory = QStringLiteral("exempt");
        apples = *ProductRepository(m_t->db()).save(apples);
        Cart c;
        c.lines << CartLine{apples, 2000, {}};
        c.tenders = {{QStringLiteral("incentive"), 1000, {}}, {QStringLiteral("snap"), 1000, {}}};
        c.benefitCard = QStringLiteral("9012");
        auto sale = SaleRepository(m_t->db()).commit(c, m_rules);
        QVERIFY2(sale, qPrintable(sale ? QString() : sale.error().detail));
        SalesDialog list(*m_ctx, m_rules);
        list.show();
        list.selectSale(sale->id);
        const QString text = test::childOf<QTextBrowser>(&list, "receipt")->toPlainText();
        QVERIFY2(text.contains(QLatin1String("Benefit card")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("**9012")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("applied")), qPrintable(text));
    }

    void offersOnlyWhatTheRuleAllows()
    {
        const SaleRecord sale = sellJamAndCider();
        SalesDialog list(*m_ctx, m_rules);
        RefundDialog *d = openRefund(list, sale.id);
        QVERIFY(d);
        QCOMPARE(d->previewText(), QStringLiteral("Tick at least one item to give back."));

        // The jam was paid by SNAP: it goes back to the EBT card, and nothing else is offered.
        tick(d, 0);
        QCOMPARE(d->previewText(), QStringLiteral("Goes back: SNAP/EBT $8.50"));
        QCOMPARE(choices(d), QStringList{QStringLiteral("The tenders that paid")});
        QVERIFY(!d->tenderBox()->isEnabled());

        // The cider was paid in cash: that part may go back through any money tender.
        tick(d, 1);
        QCOMPARE(d->previewText(), QStringLiteral("Goes back: SNAP/EBT $8.50  ·  Cash $4.32"));
        QCOMPARE(choices(d),
                 (QStringList{QStringLiteral("The tenders that paid"),
                              QStringLiteral("Cash"),
                              QStringLiteral("Card"),
                              QStringLiteral("Gift voucher"),
                              QStringLiteral("Other")}));
        QVERIFY(d->tenderBox()->isEnabled());
        d->tenderBox()->setCurrentIndex(2); // Card
        QCOMPARE(d->previewText(), QStringLiteral("Goes back: SNAP/EBT $8.50  ·  Card $4.32"));
        // Unticking the cider takes the choice away again.
        tick(d, 1, false);
        QCOMPARE(d->refundTender(), QString());
        QCOMPARE(d->previewText(), QStringLiteral("Goes back: SNAP/EBT $8.50"));
        tick(d, 1);
        d->tenderBox()->setCurrentIndex(d->tenderBox()->findText(QStringLiteral("Card")));
        d->reasonField()->setText(QStringLiteral("changed mind"));
        d->accept();
        const QList<SaleRecord> back = *SaleRepository(m_t->db()).reversals(sale.id);
        QCOMPARE(back.size(), 1);
        QCOMPARE(back[0].tenders.size(), 2);
        QCOMPARE(back[0].tenders[0].tender, QStringLiteral("snap"));
        QCOMPARE(back[0].tenders[0].amount, -850);
        QCOMPARE(back[0].tenders[1].tender, QStringLiteral("card"));
        QCOMPARE(back[0].tenders[1].amount, -432);
    }

    // By touch: a tap anywhere on a row ticks it (and a second tap unticks it), the tick box is
    // a finger's size, and what goes back per tender follows every tap.
    void rowTapTicksTheLine()
    {
        const SaleRecord sale = sellJamAndCider();
        SalesDialog list(*m_ctx, m_rules);
        RefundDialog *d = openRefund(list, sale.id);
        QVERIFY(d);
        QVERIFY(QTest::qWaitForWindowExposed(d));
        QTableWidget *t = d->table();
        auto tapCell = [&](int row, int column) {
            const QRect r = t->visualRect(t->model()->index(row, column));
            QTest::mouseClick(t->viewport(), Qt::LeftButton, {}, r.center());
        };
        tapCell(0, 0); // on the name, away from the box
        QCOMPARE(t->item(0, 0)->checkState(), Qt::Checked);
        QCOMPARE(d->previewText(), QStringLiteral("Goes back: SNAP/EBT $8.50"));
        tapCell(1, 1); // on the quantity sold
        QCOMPARE(t->item(1, 0)->checkState(), Qt::Checked);
        QCOMPARE(d->previewText(), QStringLiteral("Goes back: SNAP/EBT $8.50  ·  Cash $4.32"));
        tapCell(0, 1);
        QCOMPARE(t->item(0, 0)->checkState(), Qt::Unchecked);
        QCOMPARE(d->previewText(), QStringLiteral("Goes back: Cash $4.32"));
        // A tap on the box itself toggles once, not twice.
        const QRect box = RefundDialog::checkRect(t->visualRect(t->model()->index(0, 0)));
        QVERIFY2(box.width() >= 32 && box.height() >= 32,
                 qPrintable(QStringLiteral("tick box %1x%2").arg(box.width()).arg(box.height())));
        QTest::mouseClick(t->viewport(), Qt::LeftButton, {}, box.center());
        QCOMPARE(t->item(0, 0)->checkState(), Qt::Checked);
        QVERIFY(t->rowHeight(0) >= 48);
        d->reject();
    }

    void partlyRefundedUntilNothingIsLeft()
    {
        const SaleRecord sale = sell({{m_jam, 2000, {}}}, {{QStringLiteral("card"), 1700, {}}});
        SalesDialog list(*m_ctx, m_rules);
        RefundDialog *d = refundFirstLine(list, sale.id);
        QVERIFY(d);
        d->table()->item(0, 2)->setText(QStringLiteral("1"));
        QCOMPARE(d->previewText(), QStringLiteral("Goes back: Card $8.50"));
        d->reasonField()->setText(QStringLiteral("cracked"));
        d->accept();
        QTRY_COMPARE(status(list, sale.id), QStringLiteral("partly refunded"));
        d = refundFirstLine(list, sale.id);
        QVERIFY(d);
        d->table()->item(0, 2)->setText(QStringLiteral("2"));
        QCOMPARE(d->previewText(), QStringLiteral("Give back at most 1 of Strawberry jam."));
        d->reasonField()->setText(QStringLiteral("cracked"));
        d->accept();
        QVERIFY(d->isVisible()); // refused in the dialog, nothing stored
        QCOMPARE(SaleRepository(m_t->db()).reversals(sale.id)->size(), 1);
        d->table()->item(0, 2)->setText(QStringLiteral("1"));
        d->accept();
        QTRY_COMPARE(status(list, sale.id), QStringLiteral("refunded"));
    }

    // Refund tapped with no reason: the list of common reasons opens by itself, and tapping
    // one and OK finishes the refund with that reason, with no keyboard at all.
    void noReasonOpensTheReasonList()
    {
        const SaleRecord sale = sell({{m_jam, 1000, {}}}, {{QStringLiteral("cash"), 850, {}}});
        SalesDialog list(*m_ctx, m_rules);
        RefundDialog *d = refundFirstLine(list, sale.id);
        QVERIFY(d);
        d->accept();
        QVERIFY(d->isVisible());
        QCOMPARE(SaleRepository(m_t->db()).reversals(sale.id)->size(), 0);
        TouchPrompt *prompt = nullptr;
        QTRY_VERIFY((prompt = d->findChild<TouchPrompt *>()) && prompt->isVisible());
        auto *first = prompt->findChild<QPushButton *>(QStringLiteral("choice0"));
        QVERIFY(first);
        QCOMPARE(first->text(), refundReasons().first());
        QTest::mouseClick(first, Qt::LeftButton);
        auto *ok = prompt->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        const QList<SaleRecord> back = *SaleRepository(m_t->db()).reversals(sale.id);
        QCOMPARE(back.size(), 1);
        QCOMPARE(back[0].reason, refundReasons().first());
    }

    void exchangeOnlyIsSaidBeforehand()
    {
        TenderType *fmnp = nullptr;
        for (TenderType &t : m_rules.tenders)
            if (t.code == u"fmnp")
                fmnp = &t;
        fmnp->refundTo = RefundTo::Exchange;
        Product beans = m_jam;
        beans.setClass(QStringLiteral("fmnp"), true);
        const SaleRecord sale = sell({{beans, 1000, {}}}, {{QStringLiteral("fmnp"), 850, {}}});
        SalesDialog list(*m_ctx, m_rules);
        RefundDialog *d = refundFirstLine(list, sale.id);
        QVERIFY(d);
        QCOMPARE(d->previewText(),
                 QStringLiteral("WIC/FMNP check paid $8.50 of this and is never paid back: "
                                "exchange the item instead."));
    }

    // Canada: cash in steps of 0.05. "Exact cash" on 1.03 is 1.05, and a typed 1.04 is
    // refused in words before it reaches the sale.
    void exactCashUnderRounding()
    {
        m_rules.cashRounding = 5;
        Product gum = m_jam;
        gum.price = 103;
        Cart c;
        c.lines = {{gum, 1000, {}}};
        TenderDialog d(m_rules, c);
        d.show();
        QVERIFY(d.findChild<QLabel *>(QStringLiteral("due"))
                    ->text()
                    .contains(QLatin1String("cash $1.05")));
        auto *exact = d.findChild<QPushButton *>(QStringLiteral("exact"));
        QVERIFY(exact->text().contains(QLatin1String("$1.05")));
        auto *amount = d.findChild<QLineEdit *>(QStringLiteral("amount"));
        amount->setText(QStringLiteral("1.04"));
        QTest::keyClick(amount, Qt::Key_Return);
        QVERIFY2(d.errorText().contains(QLatin1String("steps of $0.05")),
                 qPrintable(d.errorText()));
        QVERIFY(d.tenders().isEmpty());
        QTest::mouseClick(exact, Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(d.tenders().size(), 1);
        QCOMPARE(d.tenders()[0].amount, 105);
    }
};

QTEST_MAIN(TestRefundDialog)
#include "tst_refunddialog.moc"
