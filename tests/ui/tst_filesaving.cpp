// Every file the app saves, aimed at the database it holds open, its -wal and -shm files or
// another SQLite file, is refused with words that say what to choose instead, and the database
// goes on working. Damage found while the app runs stops writing and offers the newest backup.
#include "core/Backups.h"
#include "core/Catalog.h"
#include "core/DemoData.h"
#include "core/MarketDay.h"
#include "core/checkout/PinStore.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/WidgetTestSupport.h"
#include "ui/AppContext.h"
#include "ui/checkout/Receipt.h"
#include "ui/common/DamageGuard.h"
#include "ui/common/Dialogs.h"
#include "ui/common/OwnerApproval.h"
#include "ui/eod/EndOfDayPage.h"
#include "ui/inventory/InventoryPage.h"
#include "ui/reports/ReportsPage.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

#include <sqlite3.h>

using namespace sk;
using namespace sk::ui;

class TestFileSaving : public QObject, test::ContextSuite
{
    Q_OBJECT

    QString m_other;

    QStringList targets() const
    {
        return {m_t->path(),
                m_t->path() + QStringLiteral("-wal"),
                m_t->path() + QStringLiteral("-shm"),
                m_other};
    }

    // The database the app holds is whole and still takes writes.
    void verifyDatabaseWhole()
    {
        QVERIFY(m_t->db().integrityCheck()->isEmpty());
        QVERIFY(!m_t->db().damaged());
        QVERIFY(m_t->db().setLocalSetting(QStringLiteral("probe"), QStringLiteral("1")));
        QVERIFY(ProductRepository(m_t->db()).all(true)->size() > 10);
    }

    static void verifyRefusalText(const QString &text)
    {
        QVERIFY2(text.contains(QLatin1String("That file is a database")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Choose a new file name")), qPrintable(text));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(startTill());
        QVERIFY(MarketDayRepository(m_t->db()).open(QStringLiteral("Saturday Market"), 10000));
        m_ctx = std::make_unique<AppContext>(m_t->db());
        m_other = m_t->dir() + QStringLiteral("/other.sqlite");
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(m_other).constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "CREATE TABLE notes (t TEXT)", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(raw);
    }

    void catalogExport()
    {
        InventoryPage page(*m_ctx);
        page.show();
        const QByteArray other = test::fileHash(m_other);
        for (const QString &target : targets()) {
            Dialogs::setNextFile(target);
            QTest::mouseClick(test::childOf<QPushButton>(&page, "catalogExport"), Qt::LeftButton);
            verifyRefusalText(test::childOf<QPlainTextEdit>(&page, "importReport")->toPlainText());
            verifyDatabaseWhole();
        }
        QCOMPARE(test::fileHash(m_other), other);
    }

    void closingSummaryPdf()
    {
        EndOfDayPage page(*m_ctx);
        page.resize(1100, 760);
        page.show();
        page.goToStep(EndOfDayPage::SummaryStep);
        auto *pdf = test::childOf<QPushButton>(&page, "summaryPdf");
        QTRY_VERIFY(pdf->isEnabled());
        for (const QString &target : targets()) {
            Dialogs::setNextFile(target);
            QTest::mouseClick(pdf, Qt::LeftButton);
            verifyRefusalText(test::childOf<QLabel>(&page, "summaryStatus")->text());
            verifyDatabaseWhole();
        }
        const QString good = m_t->dir() + QStringLiteral("/summary.pdf");
        Dialogs::setNextFile(good);
        QTest::mouseClick(pdf, Qt::LeftButton);
        QFile f(good);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().trimmed().endsWith("%%EOF"));
    }

    // The page adds .csv or .png to a name without it: the database is reached through links
    // that have those names.
    void reportCsvAndCharts()
    {
        const QString dir = m_t->dir();
        QVERIFY(QFile::link(m_t->path(), dir + QStringLiteral("/db-link.csv")));
        QVERIFY(QFile::link(m_t->path() + QStringLiteral("-wal"),
                            dir + QStringLiteral("/wal-link.png")));
        QVERIFY(QFile::link(m_other, dir + QStringLiteral("/other-link.csv")));
        ReportsPage page(*m_ctx);
        QSignalSpy failed(&page, &ReportsPage::failed);
        page.resize(1200, 800);
        page.show();
        QTRY_VERIFY(!page.isBusy());
        auto *status = test::childOf<QLabel>(&page, "status");
        for (const char *name : {"/db-link.csv", "/other-link.csv"}) {
            Dialogs::setNextFile(dir + QLatin1String(name));
            QTest::mouseClick(test::childOf<QPushButton>(&page, "exportCsv"), Qt::LeftButton);
            QTRY_VERIFY(!page.isBusy());
            verifyRefusalText(status->text());
            verifyDatabaseWhole();
        }
        Dialogs::setNextFile(dir + QStringLiteral("/wal-link.png"));
        QTest::mouseClick(test::childOf<QPushButton>(&page, "exportCharts"), Qt::LeftButton);
        verifyRefusalText(status->text());
        verifyDatabaseWhole();
        QCOMPARE(failed.size(), 3);
    }

    void receiptPdf()
    {
        const QString html = QStringLiteral("<p>Receipt</p>");
        for (const QString &target : targets()) {
            const Status s = saveReceiptPdf(html, target);
            QVERIFY(!s);
            QCOMPARE(s.error().code, Error::Code::ProtectedFile);
        }
        verifyDatabaseWhole();
        const QString good = m_t->dir() + QStringLiteral("/r.pdf");
        QVERIFY(saveReceiptPdf(html, good));
        QVERIFY(QFileInfo(good).size() > 500);
    }

    // Damage met while the app runs: a blocking question offers the newest good backup.
    void damageWhileRunningOffersTheNewestBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("till.sqlite"));
        const QString folder = dir.filePath(QStringLiteral("backups"));
        test::seededWithBackup(path, folder);
        test::damageTable(path, QStringLiteral("products"));
        auto db = Database::open(path);
        QVERIFY(db);
        DamageGuard guard(**db, folder);
        QSignalSpy restored(&guard, &DamageGuard::restored);

        // "No": writing stays stopped, and says why.
        Dialogs::clearLastMessage();
        Dialogs::setNextAnswer(QMessageBox::No);
        ProductRepository(**db).all(true);
        QTRY_VERIFY(Dialogs::lastMessage().contains(QLatin1String("is damaged. Nothing more")));
        QVERIFY((*db)->damaged());
        QVERIFY(!(*db)->setLocalSetting(QStringLiteral("k"), QStringLiteral("v")));
        QCOMPARE(restored.size(), 0);

        // Asked again (the app's next look): "Yes" restores it and keeps the damaged file.
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QVERIFY(guard.offerRestore(*(*db)->damage()));
        QCOMPARE(restored.size(), 1);
        QVERIFY(QFile::exists(restored.first().first().toString()));
        QVERIFY(!(*db)->damaged());
        QVERIFY((*db)->setLocalSetting(QStringLiteral("k"), QStringLiteral("v")));
        QVERIFY(!ProductRepository(**db).all(true)->first().name.isEmpty());
    }

    // A database too damaged to open at start: the same offer, then it opens.
    void damageAtStartOffersTheNewestBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("till.sqlite"));
        const QString folder = dir.filePath(QStringLiteral("backups"));
        test::seededWithBackup(path, folder);
        test::breakHeader(path);
        auto broken = Database::open(path);
        QVERIFY(!broken);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QVERIFY(DamageGuard::offerRestoreOfFile(path, folder, broken.error()));
        QVERIFY(Dialogs::lastMessage().contains(QLatin1String("cannot open")));
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().detail));
        QVERIFY(ProductRepository(**db).all(true)->size() > 10);
    }

    // The same at start on a till with a PIN lock: restoring loses the sales since the backup,
    // so an owner (as the backup knows them) types their PIN first; a cancel keeps the file.
    void restoreAtStartAsksAnOwnersPin()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("till.sqlite"));
        const QString folder = dir.filePath(QStringLiteral("backups"));
        {
            auto db = Database::open(path);
            QVERIFY(db && seedDemoCatalog(**db));
            QVERIFY(PinStore(**db).addUser(
                QStringLiteral("Ana"), TillUser::Role::Owner, QStringLiteral("1234")));
            QVERIFY(BackupManager(**db, folder).backupNow());
        }
        test::breakHeader(path);
        auto broken = Database::open(path);
        QVERIFY(!broken);
        const QByteArray damaged = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();

        int asked = 0;
        OwnerApproval::setTestHook([&](OwnerApproval *d) {
            ++asked;
            QTest::mouseClick(d->cancelButton(), Qt::LeftButton);
        });
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QVERIFY(!DamageGuard::offerRestoreOfFile(path, folder, broken.error()));
        QCOMPARE(asked, 1);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), damaged); // not replaced

        OwnerApproval::setTestHook([&](OwnerApproval *d) {
            ++asked;
            test::enterOwnerPin(d, QStringLiteral("Ana"), QStringLiteral("1234"));
            QTest::mouseClick(d->approveButton(), Qt::LeftButton);
        });
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QVERIFY(DamageGuard::offerRestoreOfFile(path, folder, broken.error()));
        QCOMPARE(asked, 2);
        OwnerApproval::setTestHook({});
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().detail));
        QVERIFY(ProductRepository(**db).all(true)->size() > 10);
    }
};

QTEST_MAIN(TestFileSaving)
#include "tst_filesaving.moc"
