// The status bar says what a vendor needs to know, in their words, or nothing: a new install
// that syncs with no server shows no sync state and no count of internal changes, a sale is
// confirmed without timings, and the day's figures read as sales and money.

#include "tests/support/TestSupport.h"

#include "core/DemoData.h"
#include "core/MarketDay.h"
#include "ui/MainWindow.h"
#include "ui/checkout/CheckoutPage.h"
#include "ui/checkout/TenderDialog.h"
#include "ui/common/Dialogs.h"
#include "ui/common/Language.h"
#include "ui/sync/SyncStatusWidget.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace sk;
using namespace sk::ui;

Q_DECLARE_METATYPE(sk::sync::SyncState)

class TestStatusBar : public QObject
{
    Q_OBJECT

    // Words of the trade that mean nothing to a vendor at a stall.
    static QString jargon(const QString &text)
    {
        static const QRegularExpression re(
            QStringLiteral("\\b(paired|change\\(s\\)|changes waiting|ms|event|outbox|sync)\\b"),
            QRegularExpression::CaseInsensitiveOption);
        const auto m = re.match(text);
        return m.hasMatch() ? m.captured() : QString();
    }

    static QStringList shown(MainWindow &win)
    {
        QStringList out;
        for (QLabel *l : win.statusBar()->findChildren<QLabel *>())
            if (l->isVisible() && !l->text().isEmpty())
                out << l->text();
        if (!win.statusBar()->currentMessage().isEmpty())
            out << win.statusBar()->currentMessage();
        return out;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Dialogs::setTestMode(true);
        Language::addSearchPath(QStringLiteral(STALLKEEPER_QM_DIR));
        Language::apply(QStringLiteral("en")); // English plurals: "1 sale", not "1 sale(s)"
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void newInstallSaysNothingAboutSync()
    {
        test::TempDb db;
        QVERIFY(seedDemoCatalog(db.db())); // queues the catalog for a server there is not
        QVERIFY(*db->pendingOutboxCount() > 0);
        MainWindow win(db.db());
        win.show();
        QVERIFY(QTest::qWaitForWindowExposed(&win));
        auto *sync = win.findChild<SyncStatusWidget *>();
        QVERIFY(sync);
        QVERIFY2(!sync->isVisible() || sync->text().isEmpty(), qPrintable(sync->text()));
        for (const QString &t : shown(win))
            QVERIFY2(jargon(t).isEmpty(), qPrintable(t));
    }

    void syncInAVendorsWords_data()
    {
        QTest::addColumn<sync::SyncState>("state");
        QTest::addColumn<bool>("sending");
        QTest::addColumn<QString>("expected");
        const qint64 now = 1'800'000'000'000;
        sync::SyncState s;
        s.pending = 26;
        QTest::newRow("no server, catalog queued") << s << false << QString();
        s.paired = true;
        s.pending = 0;
        s.lastAttemptMs = s.lastSuccessMs = now - 120'000;
        QTest::newRow("all sent") << s << false
                                  << QStringLiteral("Everything sent to the server 2 min ago");
        s.pending = 5;
        s.pendingSales = 3;
        s.lastError = QStringLiteral("connection refused");
        s.lastErrorCode = QStringLiteral("offline");
        QTest::newRow("offline") << s << false
                                 << QStringLiteral("No connection · 3 sales not sent yet");
        s.lastErrorCode = QStringLiteral("http_500");
        QTest::newRow("server error")
            << s << false << QStringLiteral("The server did not answer · 3 sales not sent yet");
        QTest::newRow("sending") << s << true << QStringLiteral("Sending to the server…");
        s.lastError.clear();
        s.pendingSales = 0;
        QTest::newRow("catalog edits waiting")
            << s << false << QStringLiteral("Changes not sent yet");
        s.pending = 0;
        s.rejected = 1;
        QTest::newRow("refused")
            << s << false
            << QStringLiteral("Everything sent to the server 2 min ago · 1 refused by the server "
                              "(see Settings)");
        s.revoked = true;
        QTest::newRow("revoked") << s << false
                                 << QStringLiteral("This till is no longer accepted by the server: "
                                                   "connect it again in Settings");
    }
    void syncInAVendorsWords()
    {
        QFETCH(sync::SyncState, state);
        QFETCH(bool, sending);
        QFETCH(QString, expected);
        const QString text = SyncStatusWidget::describe(state, sending, 1'800'000'000'000);
        QCOMPARE(text, expected);
        QVERIFY2(jargon(text).isEmpty(), qPrintable(text));
    }

    void saleConfirmedInPlainWords()
    {
        test::TempDb db;
        QVERIFY(seedDemoCatalog(db.db()));
        QVERIFY(MarketDayRepository(db.db()).open(QStringLiteral("Riverside"), 5000));
        MainWindow win(db.db());
        win.show();
        QVERIFY(QTest::qWaitForWindowExposed(&win));
        CheckoutPage *page = win.checkout();
        QPointer<QDialog> dialog;
        connect(page, &CheckoutPage::dialogOpened, this, [&](QDialog *d) { dialog = d; });
        QTest::mouseClick(page->quickKey(QStringLiteral("JAM-STR")), Qt::LeftButton);
        QTest::mouseClick(page->payButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog && dialog->isVisible());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exact")),
                          Qt::LeftButton);
        QTRY_VERIFY(page->showingLastSale());
        const QString message = win.statusBar()->currentMessage();
        QVERIFY2(message.contains(page->lastSale().receiptNo), qPrintable(message));
        for (const QString &t : shown(win))
            QVERIFY2(jargon(t).isEmpty(), qPrintable(t));
        QVERIFY2(win.statusText().contains(QStringLiteral("1 sale, $8.50")),
                 qPrintable(win.statusText()));
    }
};

QTEST_MAIN(TestStatusBar)
#include "tst_statusbar.moc"
