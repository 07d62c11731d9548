// The first start of a new till, by taps alone: the language first (the screens redraw in it),
// the stall's name on the on-screen keyboard, the currency, the sales tax on the keypad, the
// benefits, an optional owner PIN; skippable as a whole and screen by screen, not asked again,
// and every target a finger can hit. Also the on-screen keyboard on its own.

#include "tests/support/TestSupport.h"
#include "tests/ui/WidgetTestSupport.h"

#include "core/DemoData.h"
#include "core/MarketDay.h"
#include "core/SaleRepository.h"
#include "core/TaxTenderRepository.h"
#include "core/checkout/PinStore.h"
#include "ui/common/Dialogs.h"
#include "ui/common/Language.h"
#include "ui/common/TouchKeyboard.h"
#include "ui/setup/SetupWizard.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace sk;
using namespace sk::ui;

class TestSetup : public QObject
{
    Q_OBJECT

    int m_taps = 0;

    void tap(QAbstractButton *b)
    {
        QVERIFY(b);
        QVERIFY2(b->isVisible() && b->isEnabled(), qPrintable(b->text()));
        // A finger, not a mouse pointer: every target at least 48 px both ways.
        QVERIFY2(
            b->width() >= 48 && b->height() >= 48,
            qPrintable(
                QStringLiteral("%1 is %2x%3").arg(b->text()).arg(b->width()).arg(b->height())));
        ++m_taps;
        QTest::mouseClick(b, Qt::LeftButton);
    }
    QPushButton *button(QWidget *w, const char *name)
    {
        return w->findChild<QPushButton *>(QLatin1String(name));
    }
    // The visible key of the wizard's current screen that reads `text`.
    QPushButton *key(SetupWizard &w, const QString &text)
    {
        for (QPushButton *b : w.findChildren<QPushButton *>())
            if (b->isVisible() && b->text() == text)
                return b;
        qWarning("no key \"%s\"", qPrintable(text));
        return nullptr;
    }
    TouchKeyboard *keyboard(SetupWizard &w)
    {
        for (TouchKeyboard *k : w.findChildren<TouchKeyboard *>())
            if (k->isVisible())
                return k;
        return nullptr;
    }
    // Letters on the on-screen keyboard, digits on the keypad of the screen shown.
    void typeOn(SetupWizard &w, const QString &text)
    {
        for (QChar c : text) {
            if (c == QLatin1Char(' ')) {
                QVERIFY(keyboard(w));
                tap(keyboard(w)->spaceKey());
                continue;
            }
            // ⇧ for a capital, or to take back the capital a field starts with.
            if (c.isLetter() && keyboard(w) && !keyboard(w)->key(QString(c)))
                tap(key(w, QStringLiteral("⇧")));
            tap(key(w, QString(c)));
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Dialogs::setTestMode(true);
        Language::addSearchPath(QStringLiteral(STALLKEEPER_QM_DIR));
    }
    void init()
    {
        Language::setChosen(QStringLiteral("en"));
        Language::apply(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_taps = 0;
    }
    void cleanupTestCase()
    {
        Language::setChosen({});
        Language::apply(QStringLiteral("en"));
    }

    void wholeSetupByTouchInSpanish()
    {
        test::TempDb db;
        QVERIFY(seedDemoCatalog(db.db()));
        QVERIFY(SetupWizard::isDue(db.db()));
        SetupWizard w(db.db());
        QVERIFY(test::showSized(&w, QSize(1024, 600)));

        // The language first: the screens turn Spanish at once.
        tap(button(&w, "language_es"));
        QTRY_COMPARE(button(&w, "setupNext")->text(), QStringLiteral("Siguiente"));
        QCOMPARE(Language::chosen(), QStringLiteral("es"));
        tap(button(&w, "setupNext"));
        QCOMPARE(w.page(), int(SetupWizard::StallPage));

        // The stall's name on the keyboard, with a capital and an ñ.
        typeOn(w, QStringLiteral("La Viña"));
        QCOMPARE(w.findChild<QLineEdit *>(QStringLiteral("stallName"))->text(),
                 QStringLiteral("La Viña"));
        tap(button(&w, "setupNext"));

        tap(button(&w, "currency_EUR"));
        QVERIFY(button(&w, "currency_EUR")->text().contains(QString::fromUtf8("8,50\u00a0€")));
        tap(button(&w, "setupNext"));

        // 7,5 % on the keypad (Spanish decimal comma); the field starts with today's 8.
        QCOMPARE(w.page(), int(SetupWizard::TaxPage));
        tap(key(w, QStringLiteral("⌫")));
        typeOn(w, QStringLiteral("7,5"));
        tap(button(&w, "setupNext"));

        tap(button(&w, "acceptTokens")); // no market tokens here
        tap(button(&w, "setupNext"));

        typeOn(w, QStringLiteral("Ana"));
        tap(button(&w, "setupNext"));
        QCOMPARE(w.page(), int(SetupWizard::PinPage));
        typeOn(w, QStringLiteral("2468"));
        tap(button(&w, "setupNext"));
        QCOMPARE(w.page(), int(SetupWizard::PinPage)); // once more, to be sure
        typeOn(w, QStringLiteral("2468"));
        tap(button(&w, "setupNext"));
        QCOMPARE(w.page(), int(SetupWizard::DonePage));
        QSignalSpy accepted(&w, &QDialog::accepted);
        tap(button(&w, "setupNext")); // "Empezar a vender"
        QVERIFY2(accepted.size() == 1, qPrintable(w.errorText()));
        qInfo("first start, every screen answered: %d taps", m_taps);

        Database &d = db.db();
        QCOMPARE(d.setting(QStringLiteral("store_name")), QStringLiteral("La Viña"));
        QCOMPARE(d.setting(QStringLiteral("currency")), QStringLiteral("EUR"));
        QCOMPARE(d.setting(QStringLiteral("receipt_footer")), QStringLiteral("¡Gracias!"));
        TaxTenderRepository repo(d);
        QCOMPARE(repo.taxCategory(QStringLiteral("prepared"))->ratePpm, 75000);
        QCOMPARE(repo.taxCategory(QStringLiteral("general"))->ratePpm, 75000);
        QCOMPARE(repo.taxCategory(QStringLiteral("exempt"))->ratePpm, 0);
        QVERIFY(repo.tenderType(QStringLiteral("snap"))->enabled);
        QVERIFY(!repo.tenderType(QStringLiteral("credit_token"))->enabled);
        QVERIFY(repo.tenderType(QStringLiteral("fmnp"))->enabled);
        auto users = PinStore(d).users();
        QVERIFY(users);
        QCOMPARE(users->size(), 1);
        QCOMPARE(users->first().name, QStringLiteral("Ana"));
        QCOMPARE(users->first().role, TillUser::Role::Owner);
        QVERIFY(!SetupWizard::isDue(d));
    }

    void skippedAsAWholeAndNotAskedAgain()
    {
        test::TempDb db;
        QVERIFY(seedDemoCatalog(db.db()));
        SetupWizard w(db.db());
        QVERIFY(test::showExposed(&w));
        QSignalSpy rejected(&w, &QDialog::rejected);
        tap(button(&w, "setupSkip"));
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(db->setting(QStringLiteral("store_name")), QStringLiteral("My Stall"));
        QVERIFY(!SetupWizard::isDue(db.db()));
    }

    void eachScreenSkippedLeavesItAsItWas()
    {
        test::TempDb db;
        QVERIFY(seedDemoCatalog(db.db()));
        SetupWizard w(db.db());
        QVERIFY(test::showExposed(&w));
        while (w.page() != SetupWizard::DonePage)
            tap(button(&w, "setupNext"));
        tap(button(&w, "setupNext"));
        QCOMPARE(db->setting(QStringLiteral("store_name")), QStringLiteral("My Stall"));
        QCOMPARE(db->setting(QStringLiteral("currency")), QStringLiteral("USD"));
        QVERIFY(!*PinStore(db.db()).lockEnabled());
        QCOMPARE(TaxTenderRepository(db.db()).taxCategory(QStringLiteral("prepared"))->ratePpm,
                 80000);
    }

    void pinsThatDifferAreAskedAgain()
    {
        test::TempDb db;
        QVERIFY(seedDemoCatalog(db.db()));
        SetupWizard w(db.db());
        QVERIFY(test::showExposed(&w));
        w.goTo(SetupWizard::OwnerPage);
        typeOn(w, QStringLiteral("Bo"));
        tap(button(&w, "setupNext"));
        typeOn(w, QStringLiteral("1234"));
        tap(button(&w, "setupNext"));
        typeOn(w, QStringLiteral("4321"));
        tap(button(&w, "setupNext"));
        QCOMPARE(w.page(), int(SetupWizard::PinPage));
        QVERIFY(w.errorText().contains(QLatin1String("differ")));
        typeOn(w, QStringLiteral("12"));
        tap(button(&w, "setupNext"));
        QVERIFY(w.errorText().contains(QLatin1String("4 to 8")));
    }

    void notAskedOnceTheTillHasSold()
    {
        test::TempDb db;
        QVERIFY(seedDemoCatalog(db.db()));
        QVERIFY(test::demoSales(db.db(), 1, 1));
        QVERIFY(!SetupWizard::isDue(db.db()));
        // Run again from Settings: the currency of recorded sales stays.
        SetupWizard w(db.db());
        w.show();
        w.goTo(SetupWizard::CurrencyPage);
        QVERIFY(!button(&w, "currency_EUR")->isEnabled());
    }

    void keyboardTypesByTouch()
    {
        QWidget form;
        auto *edit = new QLineEdit(&form);
        auto *keys = new TouchKeyboard(&form, QLocale(QLocale::German));
        keys->setTarget(edit);
        QVERIFY(test::showSized(&form, QSize(1000, 260)));
        QSignalSpy entered(edit, &QLineEdit::returnPressed);
        // An empty field starts with a capital, as on a phone.
        QVERIFY(keys->shiftKey()->isChecked());
        tap(keys->key(QStringLiteral("G")));
        QVERIFY(!keys->shiftKey()->isChecked());
        tap(keys->key(QStringLiteral("r")));
        tap(keys->key(QStringLiteral("ü")));
        tap(keys->key(QStringLiteral("n")));
        tap(keys->spaceKey());
        tap(keys->layerKey(TouchKeyboard::Layer::Digits));
        tap(keys->key(QStringLiteral("7")));
        tap(keys->key(QStringLiteral("8")));
        tap(keys->backspaceKey());
        // Every sign key shows the sign it types: "&" is not taken for a shortcut marker (a
        // button shows "&&" as "&" and drops a lone "&").
        QPushButton *amp = keys->key(QStringLiteral("&"));
        QVERIFY(amp);
        QString shown = amp->text();
        shown.replace(QStringLiteral("&&"), QStringLiteral("\x01"))
            .remove(QLatin1Char('&'))
            .replace(QLatin1Char('\x01'), QLatin1Char('&'));
        QCOMPARE(shown, QStringLiteral("&"));
        tap(amp);
        tap(keys->layerKey(TouchKeyboard::Layer::Digits)); // back to letters
        tap(keys->layerKey(TouchKeyboard::Layer::Accents));
        tap(keys->key(QStringLiteral("é")));
        tap(keys->enterKey());
        QCOMPARE(edit->text(), QStringLiteral("Grün 7&é"));
        QCOMPARE(entered.size(), 1);
        // Emptied, it starts with a capital again; ⇧ takes it back for a small letter.
        tap(keys->layerKey(TouchKeyboard::Layer::Accents)); // back to letters
        for (int i = 0; i < 8; ++i)
            tap(keys->backspaceKey());
        QVERIFY(edit->text().isEmpty());
        QVERIFY(keys->shiftKey()->isChecked());
        tap(keys->shiftKey());
        tap(keys->key(QStringLiteral("k")));
        QCOMPARE(edit->text(), QStringLiteral("k"));
        QVERIFY(!keys->shiftKey()->isChecked());
        // Emptied another way (the field's clear button), and all of it selected to be
        // replaced: a capital again each time.
        edit->clear();
        QVERIFY(keys->shiftKey()->isChecked());
        tap(keys->key(QStringLiteral("W")));
        QVERIFY(!keys->shiftKey()->isChecked());
        edit->selectAll();
        QVERIFY(keys->shiftKey()->isChecked());
        edit->deselect();
        QVERIFY(!keys->shiftKey()->isChecked());
        // An address is typed as it is.
        auto *address = new QLineEdit(&form);
        address->setInputMethodHints(Qt::ImhUrlCharactersOnly);
        keys->setTarget(address);
        QVERIFY(!keys->shiftKey()->isChecked());
        QVERIFY(keys->key(QStringLiteral("h")));
        // The keys never take the focus from the field.
        QVERIFY(!keys->isAncestorOf(QApplication::focusWidget()));
    }
};

QTEST_MAIN(TestSetup)
#include "tst_setup.moc"
