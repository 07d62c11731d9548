#include "core/DemoData.h"
#include "core/SaleEngine.h"
#include "core/TaxTenderRepository.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/WidgetTestSupport.h"
#include "ui/AppContext.h"
#include "ui/common/Dialogs.h"
#include "ui/common/Language.h"
#include "ui/settings/SettingsPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QtTest>

using namespace sk;
using namespace sk::ui;

// Settings driven by keyboard alone, as a vendor without a mouse would: tax categories, tenders
// and the language.
class TestSettingsPage : public QObject, test::PageSuite<SettingsPage>
{
    Q_OBJECT

    static QWidget *focused() { return QApplication::focusWidget(); }

    static void type(const QString &text)
    {
        QTest::keyClick(focused(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(focused(), Qt::Key_Backspace);
        QTest::keyClicks(focused(), text);
    }

    qint64 rate(const char *code)
    {
        return TaxTenderRepository(m_t->db()).taxCategory(QLatin1String(code))->ratePpm;
    }

    qint64 outbox(const char *type)
    {
        return m_t->db()
            .scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE event_type = ?"),
                    {QLatin1String(type)})
            ->toLongLong();
    }

    // Moves the focus with Tab until `w` has it (the page's own tab order, the benefit
    // programs' fields included: at most one round of the chain).
    static bool tabTo(QWidget *w)
    {
        for (int i = 0; i < 80 && focused() != w; ++i)
            QTest::keyClick(focused(), Qt::Key_Tab);
        return focused() == w;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::setChosen({});
        QVERIFY(startTill());
        QVERIFY(activatePage(QSize(1024, 600)));
    }

    void cleanupTestCase()
    {
        Language::setChosen({});
        m_page.reset();
    }

    void editRateByKeyboard()
    {
        auto *list = child<QListWidget>("taxList");
        list->setFocus();
        QTRY_COMPARE(focused(), list);
        QTest::keyClick(list, Qt::Key_Home);
        QTest::keyClick(list, Qt::Key_Down);
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(child<QLineEdit>("taxName")->text(), QStringLiteral("Prepared food"));
        QCOMPARE(child<QLineEdit>("taxRate")->text(), QStringLiteral("8"));

        QVERIFY(tabTo(child<QLineEdit>("taxRate")));
        type(QStringLiteral("-2"));
        QTest::keyClick(focused(), Qt::Key_Return);
        QVERIFY2(child<QLabel>("taxStatus")->text().contains(QLatin1String("cannot be negative")),
                 qPrintable(child<QLabel>("taxStatus")->text()));
        QCOMPARE(rate("prepared"), 80000);
        type(QStringLiteral("101"));
        QTest::keyClick(focused(), Qt::Key_Return);
        QVERIFY(child<QLabel>("taxStatus")->text().contains(QLatin1String("100 %")));
        type(QStringLiteral("9.5"));
        QTest::keyClick(focused(), Qt::Key_Return);
        QCOMPARE(rate("prepared"), 95000);
        QCOMPARE(outbox("tax_category"), 1);
        QVERIFY(
            child<QLabel>("taxStatus")->text().startsWith(QLatin1String("Saved Prepared food")));
        QVERIFY(list->currentItem()->text().contains(QLatin1String("9.5 %")));
    }

    void addCategoryByKeyboard()
    {
        QVERIFY(tabTo(child<QPushButton>("newTax")));
        QTest::keyClick(focused(), Qt::Key_Space);
        QCOMPARE(focused(), child<QLineEdit>("taxName"));
        type(QStringLiteral("general MERCHANDISE"));
        QTest::keyClick(focused(), Qt::Key_Tab);
        type(QStringLiteral("5"));
        QTest::keyClick(focused(), Qt::Key_Return);
        QVERIFY(child<QLabel>("taxStatus")->text().contains(QLatin1String("already taken")));
        QCOMPARE(focused(), child<QLineEdit>("taxName"));
        type(QString());
        QTest::keyClick(focused(), Qt::Key_Return);
        QVERIFY(child<QLabel>("taxStatus")->text().contains(QLatin1String("Type a name")));
        type(QStringLiteral("Baked goods"));
        QTest::keyClick(focused(), Qt::Key_Return);
        QCOMPARE(rate("baked_goods"), 50000);
        QCOMPARE(child<QListWidget>("taxList")->count(), 4);
        QCOMPARE(child<QLineEdit>("taxName")->text(), QStringLiteral("Baked goods"));
    }

    void deactivateInUseIsRefused()
    {
        auto *list = child<QListWidget>("taxList");
        list->setFocus();
        QTest::keyClick(list, Qt::Key_End); // "Prepared food", used by hot cider
        QCOMPARE(child<QLineEdit>("taxName")->text(), QStringLiteral("Prepared food"));
        QVERIFY(tabTo(child<QCheckBox>("taxActive")));
        QTest::keyClick(focused(), Qt::Key_Space);
        QVERIFY(tabTo(child<QPushButton>("saveTax")));
        QTest::keyClick(focused(), Qt::Key_Space);
        QVERIFY2(child<QLabel>("taxStatus")->text().contains(QLatin1String("another tax category")),
                 qPrintable(child<QLabel>("taxStatus")->text()));
        QVERIFY(TaxTenderRepository(m_t->db()).taxCategory(QStringLiteral("prepared"))->active);
    }

    void editTenderByKeyboard()
    {
        auto *list = child<QListWidget>("tenderList");
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Home);
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(list, Qt::Key_Down); // cash card snap snap_token credit_token
        QCOMPARE(child<QLineEdit>("tenderName")->text(), QStringLiteral("Market token"));
        QCOMPARE(child<QLineEdit>("tenderFace")->text(), QStringLiteral("5.00"));
        QVERIFY(child<QCheckBox>("tenderChange")->isChecked());
        QVERIFY(tabTo(child<QCheckBox>("tenderChange")));
        QTest::keyClick(focused(), Qt::Key_Space);
        QVERIFY(tabTo(child<QLineEdit>("tenderFace")));
        type(QStringLiteral("-1"));
        QTest::keyClick(focused(), Qt::Key_Return);
        QVERIFY(
            child<QLabel>("tenderStatus")->text().contains(QLatin1String("cannot be negative")));
        type(QStringLiteral("2.00"));
        QTest::keyClick(focused(), Qt::Key_Return);
        auto token = *TaxTenderRepository(m_t->db()).tenderType(QStringLiteral("credit_token"));
        QCOMPARE(token.faceValue, 200);
        QCOMPARE(token.givesChange, false);
        QCOMPARE(outbox("tender_type"), 1);
        QVERIFY(list->currentItem()->text().contains(QLatin1String("tokens of $2.00")));

        // Cash stays: turning it off is refused in words.
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Home);
        QVERIFY(tabTo(child<QCheckBox>("tenderEnabled")));
        QTest::keyClick(focused(), Qt::Key_Space);
        QVERIFY(tabTo(child<QPushButton>("saveTender")));
        QTest::keyClick(focused(), Qt::Key_Space);
        QVERIFY(child<QLabel>("tenderStatus")->text().contains(QLatin1String("Cash must stay")));
        QCOMPARE(outbox("tender_type"), 1);
    }

    // Where each tender's refunds go back is chosen with the tender, by keyboard.
    void tenderRefundByKeyboard()
    {
        auto *list = child<QListWidget>("tenderList");
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Home);
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(list, Qt::Key_Down); // ... credit_token fmnp
        QCOMPARE(child<QLineEdit>("tenderName")->text(), QStringLiteral("WIC/FMNP check"));
        auto *refund = child<QComboBox>("tenderRefund");
        QCOMPARE(refund->currentData().toString(), QStringLiteral("same"));
        QVERIFY(tabTo(refund));
        QTest::keyClick(focused(), Qt::Key_Down);
        QCOMPARE(refund->currentData().toString(), QStringLiteral("exchange"));
        QVERIFY(tabTo(child<QPushButton>("saveTender")));
        QTest::keyClick(focused(), Qt::Key_Space);
        QCOMPARE(TaxTenderRepository(m_t->db()).tenderType(QStringLiteral("fmnp"))->refundTo,
                 RefundTo::Exchange);
        QVERIFY(list->currentItem()->text().contains(QLatin1String("exchange only")));
        // FMNP money is never paid back through another tender.
        QVERIFY(tabTo(refund));
        QTest::keyClick(focused(), Qt::Key_Home);
        QVERIFY(tabTo(child<QPushButton>("saveTender")));
        QTest::keyClick(focused(), Qt::Key_Space);
        QVERIFY2(child<QLabel>("tenderStatus")->text().contains(QLatin1String("takes its refunds")),
                 qPrintable(child<QLabel>("tenderStatus")->text()));
        QCOMPARE(TaxTenderRepository(m_t->db()).tenderType(QStringLiteral("fmnp"))->refundTo,
                 RefundTo::Exchange);
    }

    void cashRoundingByKeyboard()
    {
        auto *combo = child<QComboBox>("cashRounding");
        QVERIFY(combo->currentText().contains(QLatin1String("Default for USD")));
        QVERIFY(tabTo(combo));
        QTest::keyClick(focused(), Qt::Key_Down);
        QTest::keyClick(focused(), Qt::Key_Down); // none, then to $0.05
        QCOMPARE(SaleRules::load(m_t->db())->cashRounding, 5);
        QVERIFY2(child<QLabel>("cashStatus")->text().contains(QLatin1String("round to $0.05")),
                 qPrintable(child<QLabel>("cashStatus")->text()));
        QTest::keyClick(focused(), Qt::Key_Home);
        QCOMPARE(SaleRules::load(m_t->db())->cashRounding, 0);
        QCOMPARE(m_t->db().setting(QStringLiteral("cash_rounding"), QStringLiteral("unset")),
                 QString()); // the currency's default again
        m_ctx->setRole(AppContext::Role::Helper);
        QTest::keyClick(focused(), Qt::Key_Down);
        QVERIFY(child<QLabel>("cashStatus")->text().contains(QLatin1String("Only an owner")));
        QCOMPARE(combo->currentIndex(), 0);
        QCOMPARE(SaleRules::load(m_t->db())->cashRounding, 0);
        m_ctx->setRole(AppContext::Role::Owner);
    }

    void helperCannotEdit()
    {
        m_ctx->setRole(AppContext::Role::Helper);
        auto *list = child<QListWidget>("taxList");
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Home);
        QVERIFY(tabTo(child<QLineEdit>("taxRate")));
        type(QStringLiteral("1"));
        QTest::keyClick(focused(), Qt::Key_Return);
        QVERIFY(child<QLabel>("taxStatus")->text().contains(QLatin1String("Only an owner")));
        QCOMPARE(outbox("tax_category"), 2);
        m_ctx->setRole(AppContext::Role::Owner);
    }

    void languageIsStoredForNextStart()
    {
        auto *combo = child<QComboBox>("language");
        QCOMPARE(combo->currentIndex(), 0); // system default
        QVERIFY(tabTo(combo));
        QTest::keyClick(focused(), Qt::Key_Down);
        QTest::keyClick(focused(), Qt::Key_Down); // English, Español
        QCOMPARE(Language::chosen(), QStringLiteral("es"));
        QVERIFY(child<QLabel>("languageNote")->text().contains(QLatin1String("next start")));
        QTest::keyClick(focused(), Qt::Key_Home);
        QCOMPARE(Language::chosen(), QString());
    }
};

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
