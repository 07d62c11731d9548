#include "ServerStore.h"

#include "StoreSupport.h"

#include "Crypto.h"
#include "Exports.h"
#include "Ids.h"
#include "SaleRepository.h"
#include "StockLedger.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace sk::server {

// Copies the WAL into the database file from its own connection and thread once a commit left
// it past kPages (16 MB at 16 KB pages), and once a second when idle. SQLite's automatic
// checkpoint would run inside the commit that crosses its threshold, so one push in a few paid
// for copying the pushes before it while its device waited. A passive checkpoint never blocks
// the writer; one that could not finish is retried after the next commit.
class WalCheckpointer
{
public:
    explicit WalCheckpointer(const QString &path)
        : m_thread([this, file = QFile::encodeName(path)] { run(file); })
    {}
    ~WalCheckpointer()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }
    static constexpr int kPages = 1000;

    // SQLite's WAL hook on the writing connection (replacing its automatic checkpoint): after
    // each commit, with the pages now in the WAL.
    static int committed(void *self, sqlite3 *db, const char *, int pages)
    {
        auto *c = static_cast<WalCheckpointer *>(self);
        if (pages < kPages)
            return SQLITE_OK;
        if (!c->m_running.load()) {
            sqlite3_wal_checkpoint(db, nullptr); // the thread has no connection: do it here
            return SQLITE_OK;
        }
        {
            std::lock_guard lock(c->m_mutex);
            c->m_pending = true;
        }
        c->m_wake.notify_one();
        return SQLITE_OK;
    }

private:
    void run(const QByteArray &file)
    {
        sqlite3 *db = nullptr;
        if (sqlite3_open_v2(file.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
            qWarning("stallkeeper-server: checkpoints run with the commits: %s",
                     sqlite3_errmsg(db));
            sqlite3_close(db);
            return;
        }
        sqlite3_busy_timeout(db, 1000);
        sqlite3_exec(db, "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr);
        m_running = true;
        std::unique_lock lock(m_mutex);
        while (!m_stop) {
            m_wake.wait_for(lock, std::chrono::seconds(1), [this] { return m_stop || m_pending; });
            if (m_stop)
                break;
            m_pending = false;
            lock.unlock();
            sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
            lock.lock();
        }
        m_running = false;
        lock.unlock();
        sqlite3_close(db);
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    bool m_pending = false;
    std::atomic<bool> m_running = false;
    std::thread m_thread; // last: it starts running once the members above exist
};

namespace {
QAtomicInteger<quint64> g_connections;

constexpr int kMaxPairFailures = 5;

// Numbered migrations; the same statements run on SQLite and PostgreSQL (BIGINT and TEXT mean
// the same to both). Append only.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> list = {
        {
            QStringLiteral(R"(CREATE TABLE vendors (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                created_at BIGINT NOT NULL,
                next_seq BIGINT NOT NULL DEFAULT 0))"),
            // code_id: the first group of the code, to find the row; the rest is the secret.
            QStringLiteral(R"(CREATE TABLE pair_codes (
                code_id TEXT PRIMARY KEY,
                vendor_id TEXT NOT NULL REFERENCES vendors (id),
                code_hash TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                expires_at BIGINT NOT NULL,
                used_at BIGINT,
                failures INTEGER NOT NULL DEFAULT 0))"),
            QStringLiteral(R"(CREATE TABLE devices (
                id TEXT PRIMARY KEY,
                vendor_id TEXT NOT NULL REFERENCES vendors (id),
                name TEXT NOT NULL,
                token_hash BYTEA NOT NULL,
                paired_at BIGINT NOT NULL,
                revoked_at BIGINT,
                last_seen_at BIGINT))"),
            QStringLiteral("CREATE INDEX devices_vendor ON devices (vendor_id)"),
            QStringLiteral(R"(CREATE TABLE events (
                vendor_id TEXT NOT NULL REFERENCES vendors (id),
                seq BIGINT NOT NULL,
                id TEXT NOT NULL,
                type TEXT NOT NULL,
                device_id TEXT NOT NULL,
                hlc BIGINT NOT NULL,
                payload TEXT NOT NULL,
                received_at BIGINT NOT NULL,
                PRIMARY KEY (vendor_id, seq),
                UNIQUE (vendor_id, id)))"),
            QStringLiteral(R"(CREATE TABLE sales (
                vendor_id TEXT NOT NULL,
                id TEXT NOT NULL,
                device_id TEXT NOT NULL,
                receipt_no TEXT NOT NULL,
                kind TEXT NOT NULL,
                ref_sale_id TEXT NOT NULL,
                market_name TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                hlc BIGINT NOT NULL,
                currency TEXT NOT NULL,
                subtotal BIGINT NOT NULL,
                discount BIGINT NOT NULL,
                tax BIGINT NOT NULL,
                total BIGINT NOT NULL,
                seq BIGINT NOT NULL,
                PRIMARY KEY (vendor_id, id)))"),
            QStringLiteral("CREATE INDEX sales_created ON sales (vendor_id, created_at)"),
            QStringLiteral(R"(CREATE TABLE stock_movements (
                vendor_id TEXT NOT NULL,
                id TEXT NOT NULL,
                product_id TEXT NOT NULL,
                kind TEXT NOT NULL,
                qty BIGINT NOT NULL,
                hlc BIGINT NOT NULL,
                device_id TEXT NOT NULL,
                PRIMARY KEY (vendor_id, id)))"),
            QStringLiteral("CREATE INDEX stock_movements_product ON stock_movements "
                           "(vendor_id, product_id, hlc)"),
            QStringLiteral(R"(CREATE TABLE products (
                vendor_id TEXT NOT NULL,
                id TEXT NOT NULL,
                sku TEXT NOT NULL,
                name TEXT NOT NULL,
                unit TEXT NOT NULL,
                price BIGINT NOT NULL,
                hlc BIGINT NOT NULL,
                PRIMARY KEY (vendor_id, id)))"),
        },
        {
            // How far each vendor's events are in `sales` and `stock_movements`: those rows
            // are written after the push (see ServerStore::project). Every event stored before
            // this migration already has them.
            QStringLiteral(R"(CREATE TABLE projections (
                vendor_id TEXT PRIMARY KEY REFERENCES vendors (id),
                seq BIGINT NOT NULL))"),
            QStringLiteral("INSERT INTO projections (vendor_id, seq) SELECT id, next_seq FROM "
                           "vendors"),
        },
        {
            // Each device's clock as its requests report it (X-Device-Time), ms ahead of the
            // server's.
            QStringLiteral("ALTER TABLE devices ADD COLUMN clock_offset_ms BIGINT"),
            QStringLiteral("ALTER TABLE devices ADD COLUMN clock_checked_at BIGINT"),
            // Products become part of the views, merged field by field as devices merge them:
            // the whole record and each field's HLC, and the low-stock level the stock view
            // flags.
            QStringLiteral("ALTER TABLE products ADD COLUMN low_stock BIGINT NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE products ADD COLUMN record TEXT NOT NULL DEFAULT '{}'"),
            QStringLiteral("ALTER TABLE products ADD COLUMN field_hlc TEXT NOT NULL DEFAULT '{}'"),
            // The views are made again from the stored events, through the checks events pass
            // now: what an earlier version stored without them (a sale of 2^63 cents, a count
            // carried by a sale) stays in the events but leaves the views.
            QStringLiteral("DELETE FROM sales"),
            QStringLiteral("DELETE FROM stock_movements"),
            QStringLiteral("DELETE FROM products"),
            QStringLiteral("UPDATE projections SET seq = 0"),
        },
        {
            // The device that used a pairing code: it may use it again while the code lives
            // (its answer was lost), nobody else may.
            QStringLiteral("ALTER TABLE pair_codes ADD COLUMN used_by TEXT"),
        },
        {
            // A new device's snapshot reads a vendor's catalog, tax, tender and market day
            // events among its sales (ServerSnapshot.cpp) without reading every event.
            QStringLiteral(
                "CREATE INDEX IF NOT EXISTS events_type ON events (vendor_id, type, seq)"),
        },
    };
    return list;
}

QString sqliteTypes(QString s)
{
    return s.replace(QLatin1String("BYTEA"), QLatin1String("BLOB"));
}

DeviceInfo deviceFromRow(const QSqlQuery &q)
{
    DeviceInfo d;
    d.id = q.value(0).toString();
    d.vendorId = q.value(1).toString();
    d.vendorName = q.value(2).toString();
    d.name = q.value(3).toString();
    d.pairedAt = q.value(4).toLongLong();
    d.revoked = !q.value(5).isNull();
    d.lastSeenAt = q.value(6).toLongLong();
    d.clockOffsetMs = q.value(7).toLongLong();
    d.clockCheckedAt = q.value(8).toLongLong();
    return d;
}

const QString kDeviceCols
    = QStringLiteral("d.id, d.vendor_id, v.name, d.name, d.paired_at, d.revoked_at, "
                     "d.last_seen_at, d.clock_offset_ms, d.clock_checked_at");

} // namespace

Result<std::unique_ptr<ServerStore>> ServerStore::open(const QString &spec)
{
    crypto::init();
    std::unique_ptr<ServerStore> s(new ServerStore);
    s->m_connection = QStringLiteral("sk-server-%1").arg(g_connections.fetchAndAddRelaxed(1));
    s->m_spec = spec;
    if (spec.startsWith(QLatin1String("postgresql://"))
        || spec.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(spec);
        if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2)
            return fail(
                Error::Code::InvalidInput,
                QStringLiteral("database URL must look like postgresql://user@host:5432/db"));
        s->m_postgres = true;
        s->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), s->m_connection);
        if (!s->m_db.isValid())
            return fail(Error::Code::Database,
                        QStringLiteral("the PostgreSQL driver for Qt (QPSQL, package "
                                       "libqt6sql6-psql) is not installed"));
        s->m_db.setHostName(url.host());
        s->m_db.setPort(url.port(5432));
        s->m_db.setDatabaseName(url.path().mid(1));
        s->m_db.setUserName(url.userName());
        s->m_db.setPassword(url.password());
        s->m_db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    } else {
        const QFileInfo fi(spec);
        if (spec.isEmpty() || fi.isDir())
            return fail(Error::Code::InvalidInput, QStringLiteral("--db needs a file name"));
        s->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), s->m_connection);
        s->m_db.setDatabaseName(spec);
        s->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    if (!s->m_db.open())
        return fail(
            Error::Code::Database,
            QStringLiteral("cannot open the server database: %1").arg(s->m_db.lastError().text()));
    if (!s->m_postgres) {
        // A push of 500 sales writes a few MB: the 64 MB page cache keeps a transaction's pages
        // in memory until its commit instead of spilling them to the WAL half-way. A new
        // database gets 16 KB pages: a pushed sale's 3 KB event fills a 4 KB page only 3/4,
        // and the WAL is written one page per system call.
        for (const char *p : {"PRAGMA page_size = 16384",
                              "PRAGMA journal_mode = WAL",
                              "PRAGMA synchronous = FULL",
                              "PRAGMA foreign_keys = ON",
                              "PRAGMA cache_size = -65536",
                              "PRAGMA journal_size_limit = 67108864"})
            if (auto r = s->exec(QString::fromLatin1(p)); !r)
                return std::unexpected(r.error());
        if (spec != u":memory:") {
            sqlite3 *handle = s->sqliteHandle();
            if (!handle)
                return std::unexpected(Error::database(QStringLiteral("no SQLite handle")));
            s->m_checkpointer = std::make_unique<WalCheckpointer>(spec);
            sqlite3_wal_hook(handle, &WalCheckpointer::committed, s->m_checkpointer.get());
        }
    }
    if (auto m = s->migrate(); !m)
        return std::unexpected(m.error());
    return s;
}

ServerStore::~ServerStore()
{
    if (m_checkpointer)
        sqlite3_wal_hook(m_sqlite, nullptr, nullptr);
    m_checkpointer.reset();
    for (sqlite3_stmt *stmt : std::as_const(m_sqliteStatements))
        sqlite3_finalize(stmt);
    m_prepared.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

Result<QSqlQuery> ServerStore::exec(const QString &sql, std::initializer_list<QVariant> binds)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // PostgreSQL cannot PREPARE transaction control or DDL: statements without values run as
    // they are (they never carry input), everything else is prepared and bound.
    bool ran = false;
    if (binds.size() == 0) {
        ran = q.exec(sql);
    } else {
        if (!q.prepare(sql))
            return std::unexpected(
                Error::database(QStringLiteral("prepare: %1").arg(q.lastError().text())));
        int i = 0;
        for (const QVariant &b : binds)
            q.bindValue(i++, b);
        ran = q.exec();
    }
    if (!ran) {
        const QString text = q.lastError().text();
        Error::Code code = Error::Code::Database;
        if (text.contains(u"UNIQUE") || text.contains(u"unique") || text.contains(u"duplicate key"))
            code = Error::Code::Conflict;
        return fail(code, QStringLiteral("query: %1").arg(text));
    }
    return q;
}

Result<QVariant> ServerStore::scalar(const QString &sql, std::initializer_list<QVariant> binds)
{
    auto q = exec(sql, binds);
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return QVariant();
    return q->value(0);
}

Status ServerStore::begin()
{
    auto r = exec(m_postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
    if (!r)
        return std::unexpected(r.error());
    m_inTx = true;
    return {};
}

Status ServerStore::commit()
{
    auto r = exec(QStringLiteral("COMMIT"));
    if (!r) {
        rollback();
        return std::unexpected(r.error());
    }
    m_inTx = false;
    return {};
}

void ServerStore::rollback()
{
    if (m_inTx) {
        exec(QStringLiteral("ROLLBACK"));
        m_inTx = false;
    }
}

Status ServerStore::migrate()
{
    if (auto b = begin(); !b)
        return b;
    TxGuard guard{[this] {
        rollback();
    }};
    // Several server processes may start at once against one PostgreSQL.
    if (m_postgres)
        if (auto l = exec(QStringLiteral("SELECT pg_advisory_xact_lock(727274001)")); !l)
            return std::unexpected(l.error());
    if (auto c = exec(QStringLiteral("CREATE TABLE IF NOT EXISTS server_meta (key TEXT PRIMARY "
                                     "KEY, value TEXT NOT NULL)"));
        !c)
        return std::unexpected(c.error());
    auto v = scalar(QStringLiteral("SELECT value FROM server_meta WHERE key = 'schema_version'"));
    if (!v)
        return std::unexpected(v.error());
    const int version = v->toInt();
    if (version > kSchemaVersion)
        return fail(Error::Code::SchemaTooNew,
                    QStringLiteral("the server database has schema %1; this server understands up "
                                   "to %2 and did not modify it")
                        .arg(version)
                        .arg(kSchemaVersion));
    const auto &list = migrations();
    for (int i = version; i < list.size(); ++i) {
        for (const QString &stmt : list[i])
            if (auto r = exec(m_postgres ? stmt : sqliteTypes(stmt)); !r)
                return fail(Error::Code::Database,
                            QStringLiteral("server migration %1 failed: %2")
                                .arg(i + 1)
                                .arg(r.error().detail));
    }
    if (version < list.size()) {
        if (auto d = exec(QStringLiteral("DELETE FROM server_meta WHERE key = 'schema_version'"));
            !d)
            return std::unexpected(d.error());
        if (auto r = exec(QStringLiteral("INSERT INTO server_meta (key, value) VALUES "
                                         "('schema_version', ?)"),
                          {QString::number(list.size())});
            !r)
            return std::unexpected(r.error());
    }
    guard.release();
    return commit();
}

Result<Vendor> ServerStore::addVendor(const QString &name)
{
    const QString n = name.trimmed();
    if (n.isEmpty() || n.size() > 200)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("vendor name must be 1-200 characters"));
    Vendor v{newUuid7(), n};
    auto r = exec(QStringLiteral("INSERT INTO vendors (id, name, created_at) VALUES (?, ?, ?)"),
                  {v.id, v.name, Clock::nowMs()});
    if (!r) {
        if (r.error().code == Error::Code::Conflict)
            return fail(Error::Code::Conflict,
                        QStringLiteral("vendor \"%1\" already exists").arg(n));
        return std::unexpected(r.error());
    }
    return v;
}

Result<QList<Vendor>> ServerStore::vendors()
{
    auto q = exec(QStringLiteral("SELECT id, name FROM vendors ORDER BY name"));
    if (!q)
        return std::unexpected(q.error());
    QList<Vendor> out;
    while (q->next())
        out << Vendor{q->value(0).toString(), q->value(1).toString()};
    return out;
}

Result<Vendor> ServerStore::vendorByName(const QString &name)
{
    auto q = exec(QStringLiteral("SELECT id, name FROM vendors WHERE name = ? OR id = ?"),
                  {name.trimmed(), name.trimmed()});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(Error::Code::NotFound, QStringLiteral("no vendor \"%1\"").arg(name.left(100)));
    return Vendor{q->value(0).toString(), q->value(1).toString()};
}

Result<QString> ServerStore::createPairCode(const QString &vendorName, int ttlHours)
{
    auto v = vendorByName(vendorName);
    if (!v)
        return std::unexpected(v.error());
    if (ttlHours < 1 || ttlHours > 24 * 30)
        return fail(Error::Code::InvalidInput, QStringLiteral("a code lives 1 to 720 hours"));
    for (int attempt = 0; attempt < 10; ++attempt) {
        const QString id = crypto::randomCode(4);
        const QString secret = crypto::randomCode(8);
        auto hash = crypto::passwordHash(secret.toLatin1());
        if (!hash)
            return std::unexpected(hash.error());
        const qint64 now = Clock::nowMs();
        // A code id is reused only once its old code is expired or spent by wrong guesses (a
        // used code may still be used again by its device while it lives).
        if (auto d = exec(QStringLiteral("DELETE FROM pair_codes WHERE code_id = ? AND "
                                         "(expires_at < ? OR failures >= ?)"),
                          {id, now, kMaxPairFailures});
            !d)
            return std::unexpected(d.error());
        auto r = exec(QStringLiteral("INSERT INTO pair_codes (code_id, vendor_id, code_hash, "
                                     "created_at, expires_at) VALUES (?, ?, ?, ?, ?)"),
                      {id, v->id, *hash, now, now + qint64(ttlHours) * 3600 * 1000});
        if (r)
            return QStringLiteral("%1-%2-%3").arg(id, secret.left(4), secret.mid(4));
        if (r.error().code != Error::Code::Conflict)
            return std::unexpected(r.error());
    }
    return fail(Error::Code::Conflict, QStringLiteral("could not find a free pairing code"));
}

Result<QList<DeviceInfo>> ServerStore::devices(const QString &vendorName)
{
    auto v = vendorByName(vendorName);
    if (!v)
        return std::unexpected(v.error());
    auto q = exec(QStringLiteral("SELECT %1 FROM devices d JOIN vendors v ON v.id = d.vendor_id "
                                 "WHERE d.vendor_id = ? ORDER BY d.paired_at")
                      .arg(kDeviceCols),
                  {v->id});
    if (!q)
        return std::unexpected(q.error());
    QList<DeviceInfo> out;
    while (q->next())
        out << deviceFromRow(*q);
    return out;
}

Status ServerStore::revoke(const QString &deviceId)
{
    auto r = exec(QStringLiteral("UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS "
                                 "NULL"),
                  {Clock::nowMs(), deviceId});
    if (!r)
        return std::unexpected(r.error());
    if (r->numRowsAffected() == 0) {
        auto known = scalar(QStringLiteral("SELECT 1 FROM devices WHERE id = ?"), {deviceId});
        if (known && known->isNull())
            return fail(Error::Code::NotFound,
                        QStringLiteral("no device %1").arg(deviceId.left(40)));
    }
    return {};
}

Result<PairResult>
ServerStore::pair(const QString &code, const QString &deviceId, const QString &deviceName)
{
    const Error refused{Error::Code::Unauthorized,
                        QStringLiteral("this pairing code is not valid (wrong, used or expired)")};
    QString c = code.trimmed().toUpper();
    c.remove(QLatin1Char('-'));
    c.remove(QLatin1Char(' '));
    if (c.size() != 12)
        return std::unexpected(refused);
    if (!sync::isUuid(deviceId))
        return fail(Error::Code::InvalidInput, QStringLiteral("device_id must be a UUID"));
    const QString id = c.left(4);
    const QByteArray secret = c.mid(4).toLatin1();
    auto row = exec(QStringLiteral("SELECT vendor_id, code_hash, expires_at, used_at, failures, "
                                   "used_by FROM pair_codes WHERE code_id = ?"),
                    {id});
    if (!row)
        return std::unexpected(row.error());
    if (!row->next())
        return std::unexpected(refused);
    const QString vendorId = row->value(0).toString();
    const QString hash = row->value(1).toString();
    const qint64 expiresAt = row->value(2).toLongLong();
    // Used already: only by the same device again (a retry whose first answer was lost).
    const bool retry = !row->value(3).isNull();
    const qint64 now = Clock::nowMs();
    if (expiresAt < now || row->value(4).toInt() >= kMaxPairFailures
        || (retry && row->value(5).toString() != deviceId))
        return std::unexpected(refused);
    row->finish();
    // The slow hash runs outside any transaction: it takes a while and needs no lock.
    if (!crypto::passwordVerify(hash, secret)) {
        exec(QStringLiteral("UPDATE pair_codes SET failures = failures + 1 WHERE code_id = ?"),
             {id});
        return std::unexpected(refused);
    }
    if (auto b = begin(); !b)
        return std::unexpected(b.error());
    TxGuard guard{[this] {
        rollback();
    }};
    // Spend the code; a concurrent use of the same code by another device loses here. A retry
    // finds it still held by this device and still alive.
    auto use = retry ? exec(QStringLiteral("UPDATE pair_codes SET used_at = used_at WHERE code_id "
                                           "= ? AND used_by = ? AND expires_at >= ?"),
                            {id, deviceId, now})
                     : exec(QStringLiteral("UPDATE pair_codes SET used_at = ?, used_by = ? WHERE "
                                           "code_id = ? AND used_at IS NULL"),
                            {now, deviceId, id});
    if (!use)
        return std::unexpected(use.error());
    if (use->numRowsAffected() != 1)
        return std::unexpected(refused);
    auto owner = exec(QStringLiteral("SELECT vendor_id, revoked_at, paired_at, last_seen_at FROM "
                                     "devices WHERE id = ?"),
                      {deviceId});
    if (!owner)
        return std::unexpected(owner.error());
    const bool known = owner->next();
    if (known && owner->value(0).toString() != vendorId)
        return fail(Error::Code::Conflict,
                    QStringLiteral("this device is paired with another vendor"));
    // A retry replaces a token the device never used. A revoked device, or one that has used
    // its token (so it had the answer), needs a new code from the admin.
    if (retry
        && (!known || !owner->value(1).isNull()
            || (!owner->value(3).isNull()
                && owner->value(3).toLongLong() >= owner->value(2).toLongLong())))
        return std::unexpected(refused);
    owner->finish();
    const QByteArray tokenSecret = crypto::randomBytes(32);
    const QByteArray tokenHash = crypto::sha256(tokenSecret);
    const QString name = deviceName.trimmed().isEmpty() ? QStringLiteral("device")
                                                        : deviceName.trimmed().left(100);
    Result<QSqlQuery> w;
    if (!known)
        w = exec(QStringLiteral("INSERT INTO devices (id, vendor_id, name, token_hash, paired_at) "
                                "VALUES (?, ?, ?, ?, ?)"),
                 {deviceId, vendorId, name, tokenHash, now});
    else // Pairing again issues a new token (the one before stops working); a new code from the
         // admin also lifts a revocation.
        w = exec(QStringLiteral("UPDATE devices SET name = ?, token_hash = ?, paired_at = ?, "
                                "revoked_at = NULL WHERE id = ?"),
                 {name, tokenHash, now, deviceId});
    if (!w)
        return std::unexpected(w.error());
    guard.release();
    if (auto c2 = commit(); !c2)
        return std::unexpected(c2.error());
    auto vendor = scalar(QStringLiteral("SELECT name FROM vendors WHERE id = ?"), {vendorId});
    PairResult r;
    r.token = makeToken(deviceId, tokenSecret);
    r.device = DeviceInfo{
        deviceId, vendorId, vendor ? vendor->toString() : QString(), name, now, 0, false};
    return r;
}

Status ServerStore::recordClock(const QString &deviceId, qint64 offsetMs, qint64 at)
{
    auto r = run(QStringLiteral("UPDATE devices SET clock_offset_ms = ?, clock_checked_at = ? "
                                "WHERE id = ?"),
                 {offsetMs, at, deviceId});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Result<DeviceInfo> ServerStore::authenticate(const QByteArray &token)
{
    const Error refused{Error::Code::Unauthorized, QStringLiteral("the bearer token is not valid")};
    const auto t = parseToken(token);
    if (!t)
        return std::unexpected(refused);
    // Every request asks this: prepared once.
    auto q = run(QStringLiteral("SELECT %1, d.token_hash FROM devices d JOIN vendors v ON v.id = "
                                "d.vendor_id WHERE d.id = ?")
                     .arg(kDeviceCols),
                 {t->deviceId});
    if (!q)
        return std::unexpected(q.error());
    // Hash and compare even for an unknown device, so timing does not tell which ids exist.
    const QByteArray presented = crypto::sha256(t->secret);
    QByteArray stored(32, '\0');
    DeviceInfo d;
    const bool found = (*q)->next();
    if (found) {
        d = deviceFromRow(**q);
        stored = (*q)->value(9).toByteArray();
    }
    (*q)->finish(); // a statement left open would hold SQLite's read snapshot
    const bool match = crypto::constantTimeEquals(presented, stored);
    if (!found || !match)
        return std::unexpected(refused);
    if (d.revoked)
        return fail(Error::Code::Conflict, QStringLiteral("this device was revoked"));
    const qint64 now = Clock::nowMs();
    if (now - d.lastSeenAt > 60000)
        exec(QStringLiteral("UPDATE devices SET last_seen_at = ? WHERE id = ?"), {now, d.id});
    return d;
}

namespace {
// Rows per multi-row INSERT and ids per lookup: well under the bound-value limits of SQLite
// (32,766) and PostgreSQL (65,535) at 15 columns, and few distinct statements to prepare.
constexpr int kRowsPerStatement = 100;

QString parameterRows(int rows, int columns)
{
    QString row = QStringLiteral("(?");
    for (int c = 1; c < columns; ++c)
        row += QStringLiteral(", ?");
    row += QLatin1Char(')');
    QString out;
    out.reserve(rows * (row.size() + 2));
    for (int r = 0; r < rows; ++r) {
        if (r)
            out += QStringLiteral(", ");
        out += row;
    }
    return out;
}
} // namespace

Result<QSqlQuery *> ServerStore::prepared(const QString &sql)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return std::unexpected(
                Error::database(QStringLiteral("prepare: %1").arg(q.lastError().text())));
        it = m_prepared.insert(sql, q);
    }
    return &it.value();
}

Result<QSqlQuery *> ServerStore::run(const QString &sql, const QVariantList &binds)
{
    auto q = prepared(sql);
    if (!q)
        return q;
    for (qsizetype i = 0; i < binds.size(); ++i)
        (*q)->bindValue(int(i), binds[i]);
    if (!(*q)->exec()) {
        const QString text = (*q)->lastError().text();
        // A failed statement may be half-way through a result set: drop it, prepare anew.
        m_prepared.remove(sql);
        return fail(Error::Code::Database, QStringLiteral("query: %1").arg(text));
    }
    return q;
}

Status ServerStore::insertRows(const QString &head,
                               const QString &tail,
                               int columns,
                               const QVariantList &values)
{
    const qsizetype rows = values.size() / columns;
    if (!m_postgres)
        return insertRowsSqlite(QStringLiteral("INSERT INTO %1 VALUES %2 %3")
                                    .arg(head, parameterRows(1, columns), tail),
                                columns,
                                values);
    for (qsizetype done = 0; done < rows; done += kRowsPerStatement) {
        const int n = int(std::min<qsizetype>(kRowsPerStatement, rows - done));
        const QString sql = QStringLiteral("INSERT INTO %1 VALUES %2 %3")
                                .arg(head, parameterRows(n, columns), tail);
        auto r = run(sql, values.mid(done * columns, qsizetype(n) * columns));
        if (!r)
            return std::unexpected(r.error());
    }
    return {};
}

Error ServerStore::sqliteError(const char *what) const
{
    return Error::database(QStringLiteral("%1: %2").arg(
        QLatin1String(what), QString::fromUtf8(m_sqlite ? sqlite3_errmsg(m_sqlite) : "no handle")));
}

// SQLite's own interface for the push's inserts and the pull's reads: statements prepared once
// and reused (bound with bindSqlite), text read in place. Through QSqlQuery every value became a
// QVariant copy and every text was converted to UTF-16 and back (a sale's 3 KB payload twice over).
sqlite3 *ServerStore::sqliteHandle()
{
    if (!m_sqlite)
        m_sqlite = sk::sqliteHandle(m_db);
    return m_sqlite;
}

Result<QString> ServerStore::leaveSyncToCaller()
{
    if (m_postgres)
        return QString();
    sqlite3 *db = sqliteHandle();
    const char *main = db ? sqlite3_db_filename(db, "main") : nullptr;
    if (!main || !*main)
        return fail(Error::Code::InvalidInput, QStringLiteral("the store has no WAL file"));
    if (auto r = exec(QStringLiteral("PRAGMA synchronous = NORMAL")); !r)
        return std::unexpected(r.error());
    return QString::fromUtf8(sqlite3_filename_wal(main));
}

Result<sqlite3_stmt *> ServerStore::sqliteStatement(const QString &sql)
{
    if (!sqliteHandle())
        return std::unexpected(Error::database(QStringLiteral("no SQLite handle")));
    sqlite3_stmt *&stmt = m_sqliteStatements[sql];
    if (!stmt) {
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v3(m_sqlite,
                               text.constData(),
                               int(text.size()),
                               SQLITE_PREPARE_PERSISTENT,
                               &stmt,
                               nullptr)
            != SQLITE_OK) {
            m_sqliteStatements.remove(sql);
            return std::unexpected(sqliteError("prepare"));
        }
    }
    return stmt;
}

Status ServerStore::insertRowsSqlite(const QString &sql, int columns, const QVariantList &values)
{
    auto stmt = sqliteStatement(sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    // The rows outlive every step, so their text is bound in place rather than copied (a
    // sale's 3 KB payload, and every id); the bindings are cleared before `values` goes.
    const StatementUse use{*stmt};
    for (qsizetype row = 0; row + columns <= values.size(); row += columns) {
        if (bindSqlite(*stmt, values.constData() + row, columns, true) != SQLITE_OK)
            return std::unexpected(sqliteError("bind"));
        const int rc = sqlite3_step(*stmt);
        sqlite3_reset(*stmt);
        if (rc != SQLITE_DONE)
            return std::unexpected(sqliteError("insert"));
    }
    return {};
}

Result<PushOutcome> ServerStore::push(const DeviceInfo &device, const QList<IncomingEvent> &events)
{
    auto out = pushAll({PushBatch{device, events}});
    if (!out)
        return std::unexpected(out.error());
    return out->first();
}

Result<QList<PushOutcome>>
ServerStore::pushAll(const QList<PushBatch> &batches,
                     const std::function<void(const QList<PushOutcome> &)> &beforeCommit)
{
    QList<PushOutcome> outs;
    if (std::all_of(batches.cbegin(), batches.cend(), [](const PushBatch &b) {
            return b.events.isEmpty();
        })) {
        outs.resize(batches.size());
        return outs;
    }
    if (auto b = begin(); !b)
        return std::unexpected(b.error());
    TxGuard guard{[this] {
        rollback();
    }};
    for (const PushBatch &b : batches) {
        auto out = pushRows(b.device, b.events);
        if (!out)
            return std::unexpected(out.error());
        outs << std::move(*out);
    }
    if (beforeCommit)
        beforeCommit(outs);
    guard.release();
    if (auto c = commit(); !c)
        return std::unexpected(c.error());
    return outs;
}

Result<PushOutcome> ServerStore::pushRows(const DeviceInfo &device,
                                          const QList<IncomingEvent> &events)
{
    PushOutcome out;
    if (events.isEmpty())
        return out;
    // The vendor's row is the lock that orders this vendor's sequence numbers: a second push
    // waits here until this one committed, so numbers become visible in order. It also means
    // no other push of this vendor can store one of these ids between the lookup below and the
    // inserts.
    auto next
        = scalar(m_postgres ? QStringLiteral("SELECT next_seq FROM vendors WHERE id = ? FOR UPDATE")
                            : QStringLiteral("SELECT next_seq FROM vendors WHERE id = ?"),
                 {device.vendorId});
    if (!next)
        return std::unexpected(next.error());
    qint64 seq = next->toLongLong();

    // What is already held, by id: one lookup per chunk of ids.
    QHash<QString, QByteArray> held;
    for (qsizetype done = 0; done < events.size(); done += kRowsPerStatement) {
        const int n = int(std::min<qsizetype>(kRowsPerStatement, events.size() - done));
        QVariantList binds{device.vendorId};
        for (int i = 0; i < n; ++i)
            binds << events[done + i].event.id;
        auto q = run(QStringLiteral("SELECT id, payload FROM events WHERE vendor_id = ? AND id IN "
                                    "(%1)")
                         .arg(QStringLiteral("?, ").repeated(n).chopped(2)),
                     binds);
        if (!q)
            return std::unexpected(q.error());
        while ((*q)->next())
            held.insert((*q)->value(0).toString(), (*q)->value(1).toString().toUtf8());
        (*q)->finish();
    }

    const qint64 now = Clock::nowMs();
    // Text for SQLite goes in as UTF-8, which it stores as is; bound as UTF-16 it was converted
    // value by value inside SQLite (a tenth of the main thread's time on a backlog).
    // PostgreSQL's driver takes the QString.
    const auto text = [this](const QString &s) {
        return m_postgres ? QVariant(s) : QVariant(s.toUtf8());
    };
    const QVariant vendor = text(device.vendorId);
    QVariantList eventRows;
    for (const IncomingEvent &in : events) {
        const sync::Event &e = in.event;
        const QByteArray canonical = e.canonical();
        // An id held already (or twice in this batch) is acknowledged again when the content
        // is the same, refused otherwise; either way it is not stored again.
        if (auto h = held.constFind(e.id); h != held.cend()) {
            if (sync::sameContent(*h, canonical)) {
                out.acked << e.id;
            } else {
                out.conflict = true;
                out.rejected << sync::Rejection{e.id,
                                                QStringLiteral("conflict"),
                                                QStringLiteral("an event with this id is already "
                                                               "stored with different content")};
            }
            continue;
        }
        held.insert(e.id, canonical);
        ++seq;
        if (out.firstSeq == 0)
            out.firstSeq = seq;
        // SQLite binds the payload's UTF-8 as it is; PostgreSQL's driver wants text.
        eventRows << vendor << seq << text(e.id) << text(e.type) << text(e.deviceId) << e.hlc
                  << (m_postgres ? QVariant(QString::fromUtf8(canonical)) : QVariant(canonical))
                  << now;
        // The views' rows (sales, stock movements, products) follow later: project().
        out.acked << e.id;
        ++out.stored;
    }
    if (out.stored > 0) {
        if (auto s = insertRows(QStringLiteral("events (vendor_id, seq, id, type, device_id, hlc, "
                                               "payload, received_at)"),
                                {},
                                8,
                                eventRows);
            !s)
            return std::unexpected(s.error());
        auto u = run(QStringLiteral("UPDATE vendors SET next_seq = ? WHERE id = ?"),
                     {seq, device.vendorId});
        if (!u)
            return std::unexpected(u.error());
    }
    return out;
}

Result<PullPage> ServerStore::pull(const DeviceInfo &device,
                                   qint64 since,
                                   int limit,
                                   const std::function<qint64()> &unsyncedFloor)
{
    // A device's own events are already on it: they are skipped (the cursor moves past them)
    // without reading their payload, and up to 10 pages of them are skipped in one answer, so
    // a device that pushed a long backlog does not pull it all back page by page.
    const int scan = limit * 10;
    const QString sql = QStringLiteral(
        "SELECT seq, CASE WHEN device_id = ? THEN NULL ELSE payload END FROM events WHERE "
        "vendor_id = ? AND seq > ? ORDER BY seq LIMIT ?");
    const QVariantList binds{device.id, device.vendorId, since, scan};
    PullPage page;
    page.next = since;
    int rows = 0;
    QByteArray json = "[";
    // Each event goes out as stored, with its sequence number put first.
    const auto add = [&](qint64 seq, QByteArrayView payload) {
        ++rows;
        page.next = seq;
        if (payload.isEmpty()) // one of the device's own
            return;
        if (page.count)
            json += ',';
        json += "{\"seq\":\"" + QByteArray::number(seq) + "\",";
        json += payload.sliced(1);
        ++page.count;
    };
    if (!m_postgres) {
        auto stmt = sqliteStatement(sql);
        if (!stmt)
            return std::unexpected(stmt.error());
        if (bindSqlite(*stmt, binds.constData(), binds.size()) != SQLITE_OK) {
            sqlite3_reset(*stmt);
            return std::unexpected(sqliteError("bind"));
        }
        int rc = SQLITE_ROW;
        // Asked once the statement's snapshot is taken (its first step): a commit this read
        // sees either is on disk by now or has its numbers in the floor still.
        qint64 floor = -1;
        while (page.count < limit && (rc = sqlite3_step(*stmt)) == SQLITE_ROW) {
            const qint64 seq = sqlite3_column_int64(*stmt, 0);
            if (floor < 0)
                floor = unsyncedFloor ? unsyncedFloor() : 0;
            if (floor > 0 && seq >= floor) {
                rc = SQLITE_DONE;
                break;
            }
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(*stmt, 1));
            add(seq,
                text ? QByteArrayView(text, sqlite3_column_bytes(*stmt, 1)) : QByteArrayView());
        }
        const bool failed = rc != SQLITE_ROW && rc != SQLITE_DONE;
        sqlite3_reset(*stmt);
        sqlite3_clear_bindings(*stmt);
        if (failed)
            return std::unexpected(sqliteError("pull"));
    } else {
        auto q = run(sql, binds);
        if (!q)
            return std::unexpected(q.error());
        const qint64 floor = unsyncedFloor ? unsyncedFloor() : 0; // the query has run
        while (page.count < limit && (*q)->next()) {
            const qint64 seq = (*q)->value(0).toLongLong();
            if (floor > 0 && seq >= floor)
                break;
            const QVariant payload = (*q)->value(1); // null: empty, skipped
            add(seq, payload.isNull() ? QByteArray() : payload.toString().toUtf8());
        }
        (*q)->finish();
    }
    json += ']';
    page.eventsJson = json;
    page.more = page.count == limit || rows == scan;
    return page;
}

Result<qint64> ServerStore::eventCount(const QString &vendorId)
{
    auto v = scalar(QStringLiteral("SELECT count(*) FROM events WHERE vendor_id = ?"), {vendorId});
    if (!v)
        return std::unexpected(v.error());
    return v->toLongLong();
}

} // namespace sk::server
