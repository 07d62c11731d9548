// The vendor's language reaches every word on screen: Qt's own buttons ("Cancel"), the names the
// app ships with (tenders, tax categories, units), money in the locale's number format with the
// currency's conventions, and one clock style per locale. Loads the .qm files the build
// compiles from translations/ and Qt's own from qt6-translations-l10n, as the app does.

#include "tests/support/TestSupport.h"

#include "core/Catalog.h"
#include "core/DemoData.h"
#include "core/Money.h"
#include "core/SaleEngine.h"
#include "ui/AppContext.h"
#include "ui/checkout/MarketDayDialog.h"
#include "ui/common/DisplayNames.h"
#include "ui/common/Language.h"
#include "ui/common/Style.h"
#include "ui/reports/ReportTableModel.h"
#include "ui/settings/SettingsPage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTime>

using namespace sk;
using namespace sk::ui;

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::addSearchPath(QStringLiteral(STALLKEEPER_QM_DIR));
    }

    void cleanup() { Language::apply(QStringLiteral("en")); }

    // A language the app does not have (or the bare "C" locale) is English, plurals included.
    void untranslatedLanguageCountsInEnglish_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("it") << QStringLiteral("it");
        QTest::newRow("C") << QStringLiteral("C");
    }

    void untranslatedLanguageCountsInEnglish()
    {
        QFETCH(QString, lang);
        QVERIFY(!Language::apply(lang));
        QCOMPARE(QCoreApplication::translate("sk::ui::CheckoutPage", "%n item(s)", nullptr, 1),
                 QStringLiteral("1 item"));
        QCOMPARE(QCoreApplication::translate("sk::ui::CheckoutPage", "%n item(s)", nullptr, 2),
                 QStringLiteral("2 items"));
    }

    void qtsOwnButtons_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("cancel");
        QTest::addColumn<QString>("ok");
        QTest::newRow("es") << "es"
                            << "Cancelar"
                            << "Aceptar";
        QTest::newRow("fr") << "fr"
                            << "Annuler"
                            << "OK";
        QTest::newRow("de") << "de"
                            << "Abbrechen"
                            << "OK";
        QTest::newRow("en") << "en"
                            << "Cancel"
                            << "OK";
    }
    void qtsOwnButtons()
    {
        QFETCH(QString, lang);
        QFETCH(QString, cancel);
        QFETCH(QString, ok);
        QVERIFY2(Language::apply(lang), "the app's own translation was not found");
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')), cancel);
        QCOMPARE(box.button(QDialogButtonBox::Ok)->text().remove(QLatin1Char('&')), ok);
    }

    void localeFollowsTheMachinesCountry_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Spanish on a US machine") << "es"
                                                 << "en_US"
                                                 << "es_US";
        QTest::newRow("Spanish, no country") << "es"
                                             << "C"
                                             << "es_ES";
        QTest::newRow("German on a US machine") << "de"
                                                << "en_US"
                                                << "de_DE";
        QTest::newRow("English in Germany") << "en"
                                            << "de_DE"
                                            << "en_DE";
        QTest::newRow("French in Canada") << "fr"
                                          << "en_CA"
                                          << "fr_CA";
        QTest::newRow("the system's") << ""
                                      << "es_MX"
                                      << "es_MX";
        QTest::newRow("the system's own language") << "es"
                                                   << "es_MX"
                                                   << "es_MX";
    }
    void localeFollowsTheMachinesCountry()
    {
        QFETCH(QString, lang);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(Language::localeFor(lang, QLocale(system)).name(), expected);
    }

    void moneyOnScreen_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected");
        QTest::newRow("es_US") << "es_US"
                               << "USD"
                               << "$8.50";
        QTest::newRow("es_ES") << "es_ES"
                               << "EUR" << QString::fromUtf8("8,50\u00a0€");
        QTest::newRow("es_ES, a US stall") << "es_ES"
                                           << "USD"
                                           << "$8,50";
        QTest::newRow("en_US") << "en_US"
                               << "USD"
                               << "$8.50";
        QTest::newRow("fr_FR") << "fr_FR"
                               << "EUR" << QString::fromUtf8("8,50\u00a0€");
        QTest::newRow("de_DE") << "de_DE"
                               << "EUR" << QString::fromUtf8("8,50\u00a0€");
    }
    void moneyOnScreen()
    {
        QFETCH(QString, locale);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        QLocale::setDefault(QLocale(locale));
        QCOMPARE(money(850, Currency::fromCode(currency)), expected);
    }

    void oneClockPerLocale_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("system");
        QTest::addColumn<bool>("twentyFour");
        QTest::newRow("es") << "es"
                            << "C" << true;
        QTest::newRow("fr") << "fr"
                            << "C" << true;
        QTest::newRow("de") << "de"
                            << "C" << true;
        QTest::newRow("en_US") << "en"
                               << "en_US" << false;
    }
    void oneClockPerLocale()
    {
        QFETCH(QString, lang);
        QFETCH(QString, system);
        QFETCH(bool, twentyFour);
        const QLocale locale = Language::localeFor(lang, QLocale(system));
        const QString afternoon = locale.toString(QTime(17, 5), QLocale::ShortFormat);
        QCOMPARE(afternoon.startsWith(QLatin1String("17")), twentyFour);
        QCOMPARE(afternoon.startsWith(QLatin1String("5")), !twentyFour);
    }

    void builtInNamesTranslated()
    {
        QVERIFY(Language::apply(QStringLiteral("es")));
        QCOMPARE(DisplayNames::tender(QStringLiteral("cash"), QStringLiteral("Cash")),
                 QStringLiteral("Efectivo"));
        QCOMPARE(DisplayNames::tender(QStringLiteral("card"), QStringLiteral("Card")),
                 QStringLiteral("Tarjeta"));
        QCOMPARE(
            DisplayNames::taxCategory(QStringLiteral("prepared"), QStringLiteral("Prepared food")),
            QStringLiteral("Comida preparada"));
        QCOMPARE(DisplayNames::unit(Unit::Each), QStringLiteral("unidad"));
        // A name the vendor typed is theirs, in any language.
        QCOMPARE(DisplayNames::tender(QStringLiteral("cash"), QStringLiteral("Bar")),
                 QStringLiteral("Bar"));
        // Leaving the translated default as it was keeps the stored default.
        QCOMPARE(DisplayNames::storedTender(QStringLiteral("cash"), QStringLiteral("Efectivo")),
                 QStringLiteral("Cash"));
        QCOMPARE(DisplayNames::storedTender(QStringLiteral("cash"), QStringLiteral("Caja")),
                 QStringLiteral("Caja"));

        QVERIFY(Language::apply(QStringLiteral("de")));
        QCOMPARE(DisplayNames::tender(QStringLiteral("cash"), QStringLiteral("Cash")),
                 QStringLiteral("Bar"));
        QCOMPARE(quantity(375, Unit::Lb), QStringLiteral("0,375 lb"));
    }

    // The store name and footer a skipped setup leaves are shown in Settings in the language,
    // as receipts print them, and stay the stored defaults while left as shown.
    void settingsShowTheDefaultReceiptTextsInTheLanguage()
    {
        QVERIFY(Language::apply(QStringLiteral("es")));
        test::TempDb t;
        const QString storeKey = QStringLiteral("store_name");
        const QString footerKey = QStringLiteral("receipt_footer");
        QCOMPARE(t.db().setting(storeKey), QStringLiteral("My Stall"));
        AppContext ctx(t.db());
        SettingsPage page(ctx);
        auto *store = page.findChild<QLineEdit *>(QStringLiteral("storeName"));
        auto *footer = page.findChild<QLineEdit *>(QStringLiteral("receiptFooter"));
        QVERIFY(store && footer);
        QCOMPARE(store->text(), QStringLiteral("Mi puesto"));
        QCOMPARE(footer->text(), QStringLiteral("¡Gracias!"));
        emit store->editingFinished();
        emit footer->editingFinished();
        QCOMPARE(t.db().setting(storeKey), QStringLiteral("My Stall"));
        QCOMPARE(t.db().setting(footerKey), QStringLiteral("Thank you!"));
        footer->setText(QStringLiteral("¡Hasta el sábado!"));
        emit footer->editingFinished();
        QCOMPARE(t.db().setting(footerKey), QStringLiteral("¡Hasta el sábado!"));
        QCOMPARE(t.db().setting(storeKey), QStringLiteral("My Stall"));
    }

    // A new till's demo catalog is seeded after the language is chosen, in that language.
    void demoCatalogInTheChosenLanguage()
    {
        QVERIFY(Language::apply(QStringLiteral("es")));
        test::TempDb t;
        QVERIFY(seedDemoCatalog(t.db()));
        const Product jam = *ProductRepository(t.db()).bySku(QStringLiteral("JAM-STR"));
        QCOMPARE(jam.name, QStringLiteral("Mermelada de fresa"));
        QCOMPARE(jam.category, QStringLiteral("Mermeladas"));
    }

    void examplesInMessagesFollowTheLocale()
    {
        // "an amount like 50.00" in German read as fifty thousand: examples use the locale too.
        QVERIFY(Language::apply(QStringLiteral("de")));
        MarketDayDialog dialog({}, Currency::fromCode(QStringLiteral("EUR")));
        dialog.findChild<QComboBox *>(QStringLiteral("market"))
            ->setEditText(QStringLiteral("Markt"));
        dialog.findChild<QLineEdit *>(QStringLiteral("float"))->setText(QStringLiteral("fünfzig"));
        dialog.accept();
        QStringList shown;
        for (QLabel *l : dialog.findChildren<QLabel *>())
            shown << l->text();
        QVERIFY2(shown.join(QLatin1Char('|')).contains(QStringLiteral("50,00")),
                 qPrintable(shown.join(QLatin1Char('|'))));
    }

    void reportCellsTranslated()
    {
        QVERIFY(Language::apply(QStringLiteral("fr")));
        reports::ReportTable t;
        t.columns = {{QStringLiteral("tender"), CsvColumn::Type::Text},
                     {QStringLiteral("tender_name"), CsvColumn::Type::Text},
                     {QStringLiteral("weekday"), CsvColumn::Type::Text},
                     {QStringLiteral("hour_range"), CsvColumn::Type::Text},
                     {QStringLiteral("program"), CsvColumn::Type::Text}};
        t.rows = {{QStringLiteral("cash"),
                   QStringLiteral("Cash"),
                   QStringLiteral("Monday"),
                   QStringLiteral("17:00-18:00"),
                   QStringLiteral("Market tokens")}};
        QCOMPARE(ReportTableModel::shownText(t, 0, 1), QStringLiteral("Espèces"));
        QCOMPARE(ReportTableModel::shownText(t, 0, 2), QLocale().dayName(Qt::Monday));
        QCOMPARE(ReportTableModel::shownText(t, 0, 3), QString::fromUtf8("17:00–18:00"));
        // The programs' chart and table name a built-in program as the turn-in slip does.
        QCOMPARE(ReportTableModel::shownText(t, 0, 4), QStringLiteral("Jetons du marché"));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
