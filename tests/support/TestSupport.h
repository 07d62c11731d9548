#pragma once

#include "core/Database.h"
#include "core/DemoData.h"
#include "core/SaleEngine.h"
#include "core/booth/BoothLedger.h"
#include "core/model/Product.h"
#include "core/model/StockMovement.h"
#include "core/model/TaxTender.h"

#include <QObject>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace sk::test {

// A fresh database in a temporary folder, removed with the object.
class TempDb
{
public:
    TempDb();
    Database &db() { return *m_db; }
    Database *operator->() { return m_db.get(); }
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    QString dir() const { return m_dir.path(); }
    void reopen();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

// A fresh database with the demo catalog (seedDemoCatalog); one that cannot be stored ends the
// run.
class DemoDb : public TempDb
{
public:
    DemoDb();
    // The id of the demo product whose SKU is `sku`.
    QString idOf(const char *sku);
};

// Freezes Clock::nowMs() at a given time for the lifetime of the object (advance() moves it).
class FakeClock
{
public:
    explicit FakeClock(qint64 startMs);
    ~FakeClock();
    void advance(qint64 ms) { m_now += ms; }
    qint64 now() const { return m_now; }

private:
    qint64 m_now;
};

// A suite that sells from the demo catalog: a fresh database with it, its sale rules and three
// of its products: jam (JAM-STR), tomatoes by the lb (VEG-TOM) and taxed hot cider (CID-HOT).
class DemoSaleSuite : public QObject
{
protected:
    std::unique_ptr<TempDb> t;
    SaleRules rules;
    Product jam, tomatoes, cider;

    // False when the catalog could not be stored.
    bool startDemo();
    // A market day, "Saturday", opened with an empty drawer; false when it could not be.
    bool openSaturday();
};

// The child of `parent` named `name`. A missing one ends the run at once, naming it: a renamed
// widget must not become a null pointer that crashes far from the cause.
template<typename T>
T *childOf(const QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

// Path of a built executable of this project (e.g. "app/cli/stallkeeper-cli").
QString binary(const QString &relative);

// One run of the real stallkeeper-cli on `dbPath`: exit code (-1 when it crashed), stdout, stderr.
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};
CliRun runCli(const QString &dbPath, const QStringList &args);
// The CLI's failure: exit code 1 and one line on stderr that holds `fragment`.
void verifyCliFailure(const CliRun &r, const QString &fragment);
// A database at `path` with jam (JAM, each) and tomatoes (TOM, lb) and an open market day,
// made through the CLI.
void makeCliDatabase(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);

// Damage a database file that no connection has open, as a failing disk or a stray write
// would: the cell pointers of every leaf page holding `table` are overwritten with zeros (the
// page headers stay). Read without extra checks, its rows come back blank. Returns the pages.
QList<int> damageTable(const QString &path, const QString &table);
// SHA-256 of a file's bytes. Only for files no connection of this process has open.
QByteArray fileHash(const QString &path);
// Overwrite SQLite's 100-byte header of a file no connection has open: no longer a database.
void breakHeader(const QString &path);
// A database at `path` with the demo catalog, closed again, and a rotating backup of it in
// `folder`; returns the backup's path.
QString seededWithBackup(const QString &path, const QString &folder);

// Arguments or codes written briefly: sl({"sale", "--item", "JAM=1"}) (QT_NO_CAST_FROM_ASCII
// keeps "..." from becoming a QString by itself).
QStringList sl(std::initializer_list<const char *> list);

// `marketDays` market days of `salesPerDay` demo sales in `db` (generateDemoData's other
// options as they default), also queued for sync when `outbox`.
Result<DemoSummary> demoSales(Database &db, int marketDays, int salesPerDay, bool outbox = false);

// A product outside any catalog: `sku` is its id, SKU and name; `snap` and `fmnp` its classes.
Product makeProduct(const char *sku,
                    Minor price,
                    const char *tax,
                    bool snap,
                    bool fmnp = false,
                    Unit unit = Unit::Each);
// `qty` of `product` on a cart, with no discount.
CartLine cartLine(const Product &product, Milli qty);
// What the customer hands over with the tender `code`.
TenderEntry pay(const char *code, Minor amount);
// A cart of `lines` paid with `tenders`, with no discount.
Cart cart(const QList<CartLine> &lines, const QList<TenderEntry> &tenders);
// A product of `classes` stored in `db`: `sku` is its SKU and name, `tax` its tax category. A
// product that cannot be stored ends the run.
Product saveProduct(Database &db,
                    const char *sku,
                    Minor price,
                    const char *tax,
                    const QStringList &classes,
                    ProductKind kind = ProductKind::Goods);
// The same for food taxed as exempt, or a non-food item taxed as general.
Product saveProduct(
    Database &db, const char *sku, Minor price, const QStringList &classes, bool nonFood = false);
// A tender type whose name is `name` (its refund rule left as it is).
TenderType makeTender(const char *code,
                      const char *name,
                      bool change,
                      const char *eligibility,
                      bool untaxed,
                      Minor face = 0);
// "Double Up", a token tender of the program Double Up Food Bucks paid back as `refundTo`,
// stored in `db` (as code "double_up").
Result<TenderType> saveDoubleUp(Database &db, RefundTo refundTo);
// `count` tokens of each kind of `ledger` received by the office and moved to the booth on
// `day`; false when a step was refused.
bool stockBooth(booth::BoothLedger &ledger, qint64 count, const QString &day);
// A stock movement of `product` as device `device` records it at `hlc` (created then).
StockMovement
stockMovement(const QString &product, const char *kind, Milli qty, qint64 hlc, const char *device);

// Mounts for tests of a full or read-only disk. Mounting needs root (CI runs as root); when
// it is not possible, `reason` says why and the test skips. Unmounted in reverse order.
class TestMounts
{
public:
    TestMounts() = default;
    ~TestMounts();
    TestMounts(const TestMounts &) = delete;
    TestMounts &operator=(const TestMounts &) = delete;

    bool tmpfs(const QString &dir, const QString &size); // e.g. "2m"
    // `source` (a file or a folder) seen at `target` too, read-only if asked.
    bool bind(const QString &source, const QString &target, bool readOnly = false);
    bool remount(const QString &dir, bool readOnly); // a tmpfs
    // A fresh ext4 file system in the file `image` (created), on a loop device mounted at `dir`.
    bool ext4(const QString &image, const QString &dir);
    // That loop device mounted again at `dir` (after its image changed).
    bool remountLoop(const QString &dir, bool readOnly);
    bool unmount(const QString &target); // the last mount made there
    void unmountAll();
    // Run a command as part of the setup; false (with the reason) when it fails.
    bool run(const QStringList &args, QString *out = nullptr);
    QString reason;

private:
    QStringList m_mounted;
    QStringList m_loops; // loop devices to detach
};

// Fill the disk holding `dir` with a file until it refuses to grow (ENOSPC).
bool fillDisk(const QString &dir);

// A hash of the logical content of every table of the database at `path`: equal before and
// after a command means the command wrote nothing.
QByteArray contentHash(const QString &path);

} // namespace sk::test
