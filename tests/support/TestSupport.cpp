#include "tests/support/TestSupport.h"

#include "core/Backups.h"
#include "core/Catalog.h"
#include "core/DemoData.h"
#include "core/Ids.h"
#include "core/MarketDay.h"
#include "core/TaxTenderRepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlRecord>
#include <QtTest>

#include <sqlite3.h>

#include <unistd.h>

namespace sk::test {

TempDb::TempDb()
{
    reopen();
}

void TempDb::reopen()
{
    m_db.reset();
    auto db = Database::open(path());
    if (!db)
        qFatal("cannot open test database: %s", qPrintable(db.error().detail));
    m_db = std::move(*db);
}

DemoDb::DemoDb()
{
    if (const Status seeded = seedDemoCatalog(db()); !seeded)
        qFatal("cannot store the demo catalog: %s", qPrintable(seeded.error().detail));
}

QString DemoDb::idOf(const char *sku)
{
    return ProductRepository(db()).bySku(QLatin1String(sku))->id;
}

FakeClock::FakeClock(qint64 startMs)
    : m_now(startMs)
{
    Clock::setSource([this] { return m_now; });
}

FakeClock::~FakeClock()
{
    Clock::setSource({});
}

QString binary(const QString &relative)
{
    return QStringLiteral(STALLKEEPER_BINARY_DIR "/") + relative;
}

CliRun runCli(const QString &dbPath, const QStringList &args)
{
    QProcess p;
    p.start(binary(QStringLiteral("app/cli/stallkeeper-cli")),
            QStringList{QStringLiteral("--db"), dbPath} + args);
    if (!p.waitForFinished(120000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QByteArray contentHash(const QString &path)
{
    auto db = Database::open(path);
    if (!db)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.error().detail));
    QByteArray all;
    auto tables = (*db)->exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (tables->next())
        names << tables->value(0).toString();
    for (const QString &t : names) {
        auto q = (*db)->exec(QStringLiteral("SELECT * FROM ") + t);
        while (q->next())
            for (int i = 0; i < q->record().count(); ++i)
                all += q->value(i).toString().toUtf8() + '|';
    }
    return QCryptographicHash::hash(all, QCryptographicHash::Sha256);
}

void verifyCliFailure(const CliRun &r, const QString &fragment)
{
    QVERIFY2(r.code == 1,
             qPrintable(QStringLiteral("exit %1: %2%3").arg(r.code).arg(r.out, r.err)));
    QVERIFY2(r.err.startsWith(QLatin1String("stallkeeper-cli: ")), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(r.err.contains(fragment), qPrintable(r.err));
}

void makeCliDatabase(const QString &path)
{
    const QString csv = QFileInfo(path).absolutePath() + QStringLiteral("/catalog.csv");
    writeFile(csv,
              "sku,name,category,unit,price,tax_category,snap_eligible,barcodes\r\n"
              "JAM,Strawberry jam,Jams,each,8.50,exempt,1,0850001\r\n"
              "TOM,Heirloom tomatoes,Produce,lb,4.50,exempt,1,\r\n");
    QCOMPARE(runCli(path, {QStringLiteral("catalog"), QStringLiteral("import"), csv}).code, 0);
    QCOMPARE(runCli(path, sl({"market", "open", "Saturday Market", "--float", "100"})).code, 0);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

QList<int> damageTable(const QString &path, const QString &table)
{
    QList<int> pages;
    int pageSize = 0;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        const QByteArray sql = "SELECT pageno, (SELECT page_size FROM pragma_page_size) FROM "
                               "dbstat WHERE name = ?1 AND pagetype = 'leaf'";
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) == SQLITE_OK) {
            const QByteArray name = table.toUtf8();
            sqlite3_bind_text(st, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
            while (sqlite3_step(st) == SQLITE_ROW) {
                pages << sqlite3_column_int(st, 0);
                pageSize = sqlite3_column_int(st, 1);
            }
        }
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    QFile f(path);
    if (pages.isEmpty() || !f.open(QIODevice::ReadWrite))
        qFatal("cannot damage %s in %s", qPrintable(table), qPrintable(path));
    for (int page : pages) {
        f.seek(qint64(page - 1) * pageSize + 8); // after the leaf page's 8-byte header
        f.write(QByteArray(pageSize - 8, '\0'));
    }
    f.close();
    return pages;
}

void breakHeader(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || f.write(QByteArray(100, 'x')) != 100)
        qFatal("cannot overwrite the header of %s", qPrintable(path));
}

QString seededWithBackup(const QString &path, const QString &folder)
{
    auto db = Database::open(path);
    if (!db || !seedDemoCatalog(**db))
        qFatal("cannot make %s", qPrintable(path));
    auto made = BackupManager(**db, folder).backupNow();
    if (!made)
        qFatal("cannot back up %s: %s", qPrintable(path), qPrintable(made.error().detail));
    return made->path;
}

QStringList sl(std::initializer_list<const char *> list)
{
    QStringList r;
    for (const char *s : list)
        r << QString::fromUtf8(s);
    return r;
}

bool DemoSaleSuite::startDemo()
{
    t = std::make_unique<TempDb>();
    if (!seedDemoCatalog(t->db()))
        return false;
    rules = *SaleRules::load(t->db());
    ProductRepository repo(t->db());
    jam = *repo.bySku(QStringLiteral("JAM-STR"));
    tomatoes = *repo.bySku(QStringLiteral("VEG-TOM"));
    cider = *repo.bySku(QStringLiteral("CID-HOT"));
    return true;
}

Result<DemoSummary> demoSales(Database &db, int marketDays, int salesPerDay, bool outbox)
{
    DemoOptions o;
    o.marketDays = marketDays;
    o.salesPerDay = salesPerDay;
    o.outbox = outbox;
    return generateDemoData(db, o);
}

bool DemoSaleSuite::openSaturday()
{
    return MarketDayRepository(t->db()).open(QStringLiteral("Saturday"), 0).has_value();
}

Product makeProduct(const char *sku, Minor price, const char *tax, bool snap, bool fmnp, Unit unit)
{
    Product p;
    p.id = QLatin1String(sku);
    p.sku = QLatin1String(sku);
    p.name = QLatin1String(sku);
    p.price = price;
    p.taxCategory = QLatin1String(tax);
    p.setClass(QStringLiteral("snap"), snap);
    p.setClass(QStringLiteral("fmnp"), fmnp);
    p.unit = unit;
    return p;
}

CartLine cartLine(const Product &product, Milli qty)
{
    return CartLine{product, qty, {}, false};
}

TenderEntry pay(const char *code, Minor amount)
{
    return TenderEntry{QLatin1String(code), amount, {}};
}

Cart cart(const QList<CartLine> &lines, const QList<TenderEntry> &tenders)
{
    return Cart{lines, {}, tenders};
}

Product saveProduct(Database &db,
                    const char *sku,
                    Minor price,
                    const char *tax,
                    const QStringList &classes,
                    ProductKind kind)
{
    Product p;
    p.sku = QLatin1String(sku);
    p.name = QLatin1String(sku);
    p.price = price;
    p.classes = classes;
    p.kind = kind;
    p.taxCategory = QLatin1String(tax);
    auto saved = ProductRepository(db).save(p);
    if (!saved)
        qFatal("product: %s", qPrintable(saved.error().detail));
    return *saved;
}

Product
saveProduct(Database &db, const char *sku, Minor price, const QStringList &classes, bool nonFood)
{
    return nonFood ? saveProduct(db, sku, price, "general", classes, ProductKind::NonFood)
                   : saveProduct(db, sku, price, "exempt", classes);
}

TenderType makeTender(const char *code,
                      const char *name,
                      bool change,
                      const char *eligibility,
                      bool untaxed,
                      Minor face)
{
    TenderType t;
    t.code = QLatin1String(code);
    t.name = QLatin1String(name);
    t.givesChange = change;
    t.eligibility = QLatin1String(eligibility);
    t.untaxed = untaxed;
    t.faceValue = face;
    return t;
}

Result<TenderType> saveDoubleUp(Database &db, RefundTo refundTo)
{
    TenderType dufb;
    dufb.name = QStringLiteral("Double Up");
    dufb.eligibility = QStringLiteral("token");
    dufb.refundTo = refundTo;
    dufb.program = QStringLiteral("Double Up Food Bucks");
    return TaxTenderRepository(db).saveTenderType(dufb);
}

bool stockBooth(booth::BoothLedger &ledger, qint64 count, const QString &day)
{
    const auto kinds = ledger.kinds();
    if (!kinds)
        return false;
    for (const booth::TokenKind &k : *kinds)
        if (!ledger.receive(k.id, count, day)
            || !ledger.move(k.id, booth::TokenState::Office, booth::TokenState::Booth, count, day))
            return false;
    return true;
}

StockMovement
stockMovement(const QString &product, const char *kind, Milli qty, qint64 hlc, const char *device)
{
    StockMovement m;
    m.id = newUuid7();
    m.productId = product;
    m.kind = *stockKindFromCode(QLatin1String(kind));
    m.qty = qty;
    m.hlc = hlc;
    m.deviceId = QLatin1String(device);
    m.createdAt = Hlc::physicalMs(hlc);
    return m;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

TestMounts::~TestMounts()
{
    unmountAll();
}

bool TestMounts::run(const QStringList &args, QString *out)
{
    if (::geteuid() != 0) {
        reason = QStringLiteral("mounting a test disk needs root");
        return false;
    }
    QProcess p;
    p.start(args.first(), args.mid(1));
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        reason = QStringLiteral("%1 failed: %2")
                     .arg(args.join(QLatin1Char(' ')),
                          QString::fromLocal8Bit(p.readAllStandardError()).trimmed());
        return false;
    }
    if (out)
        *out = QString::fromLocal8Bit(p.readAllStandardOutput());
    return true;
}

bool TestMounts::ext4(const QString &image, const QString &dir)
{
    QString device;
    QFile f(image);
    if (!f.open(QIODevice::WriteOnly) || !f.resize(16 * 1024 * 1024))
        return false;
    f.close();
    // Without a journal: cut short, it still mounts, and only the files' blocks fail.
    if (!run({QStringLiteral("mkfs.ext4"),
              QStringLiteral("-q"),
              QStringLiteral("-F"),
              QStringLiteral("-O"),
              QStringLiteral("^has_journal"),
              image})
        || !run({QStringLiteral("losetup"), QStringLiteral("-f"), QStringLiteral("--show"), image},
                &device))
        return false;
    m_loops << device.trimmed();
    if (!run({QStringLiteral("mount"), device.trimmed(), dir}))
        return false;
    m_mounted << dir;
    return true;
}

bool TestMounts::remountLoop(const QString &dir, bool readOnly)
{
    if (m_loops.isEmpty()
        || !run({QStringLiteral("mount"),
                 QStringLiteral("-o"),
                 readOnly ? QStringLiteral("ro") : QStringLiteral("rw"),
                 m_loops.last(),
                 dir}))
        return false;
    m_mounted << dir;
    return true;
}

bool TestMounts::tmpfs(const QString &dir, const QString &size)
{
    if (!run({QStringLiteral("mount"),
              QStringLiteral("-t"),
              QStringLiteral("tmpfs"),
              QStringLiteral("-o"),
              QStringLiteral("size=") + size,
              QStringLiteral("tmpfs"),
              dir}))
        return false;
    m_mounted << dir;
    return true;
}

bool TestMounts::bind(const QString &source, const QString &target, bool readOnly)
{
    if (!run({QStringLiteral("mount"), QStringLiteral("--bind"), source, target}))
        return false;
    m_mounted << target;
    return !readOnly
           || run({QStringLiteral("mount"),
                   QStringLiteral("-o"),
                   QStringLiteral("remount,ro,bind"),
                   target});
}

bool TestMounts::remount(const QString &dir, bool readOnly)
{
    return run({QStringLiteral("mount"),
                QStringLiteral("-o"),
                readOnly ? QStringLiteral("remount,ro") : QStringLiteral("remount,rw"),
                dir});
}

bool TestMounts::unmount(const QString &target)
{
    const qsizetype i = m_mounted.lastIndexOf(target);
    if (i < 0 || !run({QStringLiteral("umount"), target}))
        return false;
    m_mounted.removeAt(i);
    return true;
}

void TestMounts::unmountAll()
{
    while (!m_mounted.isEmpty()) {
        const QString dir = m_mounted.takeLast();
        QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), dir});
    }
    while (!m_loops.isEmpty())
        QProcess::execute(QStringLiteral("losetup"), {QStringLiteral("-d"), m_loops.takeLast()});
}

bool fillDisk(const QString &dir)
{
    QFile f(dir + QStringLiteral("/filler"));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return false;
    const QByteArray block(4096, 'x');
    while (f.write(block) == block.size()) {
    }
    f.close();
    return true;
}

} // namespace sk::test
