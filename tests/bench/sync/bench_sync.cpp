// Load benchmark of stallkeeper-server (docs/performance.md quotes its figures).
//  1. N simulated devices (default 200, spread over vendors of 10 devices) push batches of sales
//     and pull pages concurrently against one stallkeeper-server process (PostgreSQL: --servers
//     N processes on the one database, devices spread over them in turn): events/s and the
//     p50/p99 latency of push and pull requests. Then, untimed, every device pulls the rest of
//     its vendor's events, and the run fails unless the store holds exactly the events pushed
//     (each id once) and each device's pulls returned every event of its vendor's other
//     devices exactly once. On PostgreSQL the rows are sync_pg_* (their own budgets), with the
//     CPU of PostgreSQL's processes and what its backends were doing (pg_stat_activity).
//  2. One device with Q queued sales (default 100,000, made by the demo-data generator with
//     --outbox) pushes them all: sales/s and events/s over the wall time, and the CPU time the
//     device and the server spent; pushed R times (default 3) from fresh copies of the queue,
//     the median counts. With --work the generated queue is kept in the work folder for the
//     next run of the same size.
//  3. (SQLite) The same queue pushed once more by device A (the baseline of this part), then:
//     `pull`: a newly paired device B pulls and applies every event (events/s, at least a quarter
//     of the push's rate); `new_device_ready`: a newly paired device C takes the server's
//     snapshot; the seconds from pairing until it can sell (at most twice the push's seconds:
//     about 10 s at 100,000 sales on the bench machine). C then fills in the history and must
//     end with exactly B's sales and stock, as it must show B's catalog and stock when ready.
// The store is SQLite in a temporary folder, or PostgreSQL with --database postgresql://...
// Usage: bench-sync [--size tiny|small|full] [--devices N] [--rounds R] [--batch B]
//                   [--queued Q] [--queued-runs R] [--database URL] [--server PATH]
//                   [--work DIR] [--servers N]
//                   [--only concurrent|queued|pull]
// (--data and --cli from tests/bench/run are accepted and not needed.) STALLKEEPER_BENCH_PG
// selects PostgreSQL like --database. Prints BENCH lines for tests/bench/run.

#include "app/server/ServerStore.h"
#include "app/server/StoreConnection.h"
#include "core/Catalog.h"
#include "core/DemoData.h"
#include "core/SaleRepository.h"
#include "core/Schema.h"
#include "core/StockLedger.h"
#include "core/sync/SyncClient.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <thread>
#include <unistd.h>

using namespace sk;

namespace {

struct Options
{
    int devices = 200;
    int rounds = 20;
    int batch = 50;
    int queued = 100000;
    QString database;
    QString serverBinary = QStringLiteral(STALLKEEPER_SERVER_BINARY);
    QString only;
    QString work;
    int queuedRuns = 3;
    // stallkeeper-server processes on the one store (PostgreSQL), devices spread over them.
    int servers = 1;
};

// The fields of /proc/PID/stat after the command name (which may hold spaces): [0] is the
// state, [1] the parent, [11] and [12] user and system time, [13] and [14] those of the
// children it waited for. Empty when the process is not there.
QList<QByteArray> statFields(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray stat = f.readAll();
    return stat.mid(stat.lastIndexOf(')') + 2).split(' ');
}

// CPU seconds (user + system) a process spent so far, from /proc.
double processCpuSeconds(qint64 pid)
{
    const QList<QByteArray> fields = statFields(pid);
    if (fields.size() < 13)
        return 0;
    return double(fields[11].toLongLong() + fields[12].toLongLong()) / 100.0;
}

// CPU seconds of a PostgreSQL server on this machine so far: the postmaster, the backends and
// workers it runs, and those that ended (its children's times). 0 without one.
double postgresCpuSeconds(qint64 postmaster)
{
    const QList<QByteArray> own = statFields(postmaster);
    if (own.size() < 15)
        return 0;
    qint64 ticks
        = own[11].toLongLong() + own[12].toLongLong() + own[13].toLongLong() + own[14].toLongLong();
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        bool number = false;
        const qint64 p = pid.toLongLong(&number);
        if (!number)
            continue;
        const QList<QByteArray> f = statFields(p);
        if (f.size() >= 13 && f[1].toLongLong() == postmaster)
            ticks += f[11].toLongLong() + f[12].toLongLong();
    }
    return double(ticks) / 100.0;
}

double ownCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

// CPU seconds of the calling thread only (the one that owns the device's database).
double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll().split(' ').mid(0, 3).join(' '));
}

qint64 percentile(QList<qint64> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size()))));
}

QByteArray saleEvent(const QString &deviceId, const QString &dayId, int n, QString *id = nullptr)
{
    SaleRecord r;
    r.id = newUuid7();
    if (id)
        *id = r.id;
    r.deviceId = deviceId;
    r.receiptNo = QStringLiteral("BEN-%1").arg(n, 6, 10, QLatin1Char('0'));
    r.marketDayId = dayId;
    r.marketName = QStringLiteral("Bench market");
    r.createdAt = Clock::nowMs();
    r.hlc = Hlc::pack(r.createdAt, n & 0xffff);
    r.currency = QStringLiteral("USD");
    r.subtotal = r.total = 450;
    r.changeDue = 50;
    SaleLineRecord l;
    l.id = newUuid7();
    l.lineNo = 1;
    l.productId = QStringLiteral("01a20000-0000-7000-8000-000000000001");
    l.sku = QStringLiteral("VEG-TOM");
    l.name = QStringLiteral("Tomatoes");
    l.category = QStringLiteral("Vegetables");
    l.qty = 1000;
    l.unitPrice = l.gross = l.net = 450;
    l.taxCategory = QStringLiteral("exempt");
    r.lines << l;
    SaleTenderRecord t{newUuid7(), 1, QStringLiteral("cash"), 450, 500, 50, 0, {}, {}};
    r.tenders << t;
    StockMovement m;
    m.id = newUuid7();
    m.productId = l.productId;
    m.kind = StockKind::Sale;
    m.qty = -1000;
    m.hlc = r.hlc;
    m.deviceId = deviceId;
    m.createdAt = r.createdAt;
    m.saleId = r.id;
    r.movements << m;
    const QJsonObject env{{QStringLiteral("id"), r.id},
                          {QStringLiteral("type"), QStringLiteral("sale")},
                          {QStringLiteral("device_id"), deviceId},
                          {QStringLiteral("hlc"), QString::number(r.hlc)},
                          {QStringLiteral("data"), r.toJson()}};
    return QJsonDocument(env).toJson(QJsonDocument::Compact);
}

class Server
{
public:
    bool start(const Options &o, const QString &spec)
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        port = probe.serverPort();
        probe.close();
        proc.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        proc.start(o.serverBinary,
                   {QStringLiteral("--db"),
                    spec,
                    QStringLiteral("serve"),
                    QStringLiteral("--listen"),
                    QStringLiteral("127.0.0.1:%1").arg(port),
                    QStringLiteral("--rate"),
                    QStringLiteral("100000"),
                    QStringLiteral("--burst"),
                    QStringLiteral("100000"),
                    QStringLiteral("--pair-rate"),
                    QStringLiteral("100000"),
                    // Every device connects from 127.0.0.1 here, as from a reverse proxy: above
                    // the default of 256 connections per address, the server closed idle
                    // devices' connections for new ones and the devices connected again.
                    QStringLiteral("--max-connections-per-address"),
                    QString::number(std::max(256, o.devices + 64))});
        if (!proc.waitForStarted(10000) || !proc.waitForReadyRead(20000))
            return false;
        return proc.readAll().contains("serving");
    }
    ~Server()
    {
        proc.terminate();
        if (!proc.waitForFinished(10000))
            proc.kill();
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(port); }
    QProcess proc;
    quint16 port = 0;
};

struct Device
{
    QString id;
    QString dayId;
    QByteArray token;
    QNetworkAccessManager *nam = nullptr;
    int round = 0;
    qint64 cursor = 0;
    int made = 0;
    int vendor = 0; // in the run's vendors
    int server = 0; // in the run's servers
    // How many times this device's pulls returned each event of its vendor (numbered as the
    // vendor's devices made them), and how many events they returned that no device pushed.
    std::vector<quint8> pulled;
    int strangers = 0;
};

// A vendor of the run: the events its devices pushed, numbered as they were made.
struct BenchVendor
{
    QString id;
    QHash<QString, int> index; // event id -> number
    QList<int> origin;         // number -> the device that made it
};

// What PostgreSQL's client backends of the store's database were doing, sampled during the
// load (pg_stat_activity): on CPU, waiting for a lock or for I/O, or idle waiting for the
// server process (ClientRead).
class ActivitySampler
{
public:
    explicit ActivitySampler(const QString &spec)
    {
        if (auto db = server::StoreConnection::open(spec); db && (*db)->postgres())
            m_db = std::move(*db);
    }
    void sample()
    {
        if (!m_db)
            return;
        auto q = m_db->exec(QStringLiteral(
            "SELECT state, coalesce(wait_event_type || ':' || wait_event, 'on CPU') FROM "
            "pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid() "
            "AND datname = current_database()"));
        if (!q)
            return;
        ++m_samples;
        while (q->next()) {
            ++m_seen;
            ++m_counts[q->value(0).toString() + QLatin1Char('/') + q->value(1).toString()];
        }
    }
    // The postmaster's process id when the store is a PostgreSQL on this machine, else 0.
    qint64 postmaster()
    {
        if (!m_db)
            return 0;
        auto backend = m_db->scalar(QStringLiteral("SELECT pg_backend_pid()"));
        if (!backend)
            return 0;
        const QList<QByteArray> f = statFields(backend->toLongLong());
        return f.size() > 1 ? f[1].toLongLong() : 0;
    }
    QString summary() const
    {
        QList<std::pair<qint64, QString>> byCount;
        for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
            byCount.append({it.value(), it.key()});
        std::sort(byCount.begin(), byCount.end(), std::greater<>());
        QStringList out;
        for (const auto &[n, what] : byCount)
            out << QStringLiteral("%1 %2%").arg(what).arg(
                100.0 * double(n) / double(m_seen), 0, 'f', 1);
        return QStringLiteral("%1 samples, %2 backends on average: %3")
            .arg(m_samples)
            .arg(m_samples ? double(m_seen) / double(m_samples) : 0.0, 0, 'f', 1)
            .arg(out.join(QStringLiteral(", ")));
    }
    bool active() const { return bool(m_db); }

private:
    std::unique_ptr<server::StoreConnection> m_db;
    QHash<QString, qint64> m_counts;
    qint64 m_samples = 0, m_seen = 0;
};

// Every event the run's devices pushed is in the store once, and nothing else of their
// vendors is; every device's pulls returned each event of its vendor's other devices exactly
// once and none of its own. Prints what it found; false when anything was lost or doubled.
bool checkNothingLostOrDoubled(const QString &spec,
                               const QString &label,
                               const QList<BenchVendor> &vendors,
                               QList<Device> &devices,
                               qint64 pushed)
{
    auto db = server::StoreConnection::open(spec);
    if (!db) {
        std::fprintf(
            stderr, "the check cannot open the store: %s\n", qPrintable(db.error().detail));
        return false;
    }
    qint64 made = 0, rows = 0, distinct = 0, missing = 0, doubled = 0, unknown = 0;
    for (const BenchVendor &v : vendors) {
        made += v.origin.size();
        std::vector<quint8> seen(size_t(v.origin.size()), 0);
        auto q = (*db)->exec(QStringLiteral("SELECT id FROM events WHERE vendor_id = ?"), {v.id});
        if (!q) {
            std::fprintf(
                stderr, "the check cannot read events: %s\n", qPrintable(q.error().detail));
            return false;
        }
        while (q->next()) {
            ++rows;
            const auto it = v.index.constFind(q->value(0).toString());
            if (it == v.index.cend()) {
                ++unknown;
                ++distinct; // ids are unique per vendor in the store
                continue;
            }
            if (seen[size_t(*it)] < 255)
                ++seen[size_t(*it)];
        }
        for (const quint8 n : seen) {
            distinct += n > 0;
            missing += n == 0;
            doubled += n > 1;
        }
    }
    qint64 expectedPulls = 0, pulls = 0, pullMissing = 0, pullDoubled = 0, own = 0, strangers = 0;
    for (qsizetype i = 0; i < devices.size(); ++i) {
        Device &d = devices[i];
        const BenchVendor &v = vendors[d.vendor];
        d.pulled.resize(size_t(v.origin.size()), 0);
        for (qsizetype k = 0; k < v.origin.size(); ++k) {
            const int n = d.pulled[size_t(k)];
            pulls += n;
            if (v.origin[k] == i) {
                own += n > 0;
                continue;
            }
            ++expectedPulls;
            pullMissing += n == 0;
            pullDoubled += n > 1;
        }
        strangers += d.strangers;
        pulls += d.strangers;
    }
    const bool ok = rows == made && distinct == made && pushed == made && missing == 0
                    && doubled == 0 && unknown == 0 && pullMissing == 0 && pullDoubled == 0
                    && own == 0 && strangers == 0;
    std::printf("[%s] %s: the store holds %lld events of the run's %d vendors, %lld distinct ids, "
                "for %lld made and %lld acknowledged (missing %lld, doubled %lld, not made by "
                "the run %lld); the devices' pulls returned %lld events for %lld expected "
                "(every event of a device's vendor but its own, once): missing %lld, more than "
                "once %lld, a device's own %lld, not made by the run %lld\n",
                qPrintable(label),
                ok ? "nothing lost or doubled" : "LOST OR DOUBLED",
                rows,
                int(vendors.size()),
                distinct,
                made,
                pushed,
                missing,
                doubled,
                unknown,
                pulls,
                expectedPulls,
                pullMissing,
                pullDoubled,
                own,
                strangers);
    std::fflush(stdout);
    return ok;
}

int concurrentLoad(const Options &o, const QString &spec, const QString &label)
{
    if (o.servers > 1 && o.database.isEmpty()) {
        std::fprintf(stderr, "--servers above 1 needs a PostgreSQL store (--database URL)\n");
        return 2;
    }
    const bool pg = !o.database.isEmpty();
    auto store = server::ServerStore::open(spec);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().detail));
        return 1;
    }
    QList<QString> codes;
    QList<BenchVendor> vendors;
    const int perVendor = 10;
    for (int v = 0; v * perVendor < o.devices; ++v) {
        const QString name = QStringLiteral("Bench vendor %1 %2").arg(v).arg(newUuid7());
        const auto added = (*store)->addVendor(name);
        if (!added)
            return 1;
        vendors.append(BenchVendor{added->id, {}, {}});
        for (int d = 0; d < perVendor && v * perVendor + d < o.devices; ++d)
            codes << *(*store)->createPairCode(name);
    }
    store->reset();
    std::vector<std::unique_ptr<Server>> servers;
    for (int s = 0; s < std::max(1, o.servers); ++s) {
        servers.push_back(std::make_unique<Server>());
        if (!servers.back()->start(o, spec)) {
            std::fprintf(stderr, "stallkeeper-server %d did not start\n", s + 1);
            return 1;
        }
    }
    QList<Device> devices(o.devices);
    const auto url = [&servers, &devices](int i) {
        return servers[size_t(devices[i].server)]->url();
    };
    QNetworkAccessManager pairNam;
    int paired = 0;
    QElapsedTimer pairTime;
    pairTime.start();
    for (int i = 0; i < o.devices; ++i) {
        devices[i].id = newUuid7();
        devices[i].dayId = newUuid7();
        devices[i].vendor = i / perVendor;
        devices[i].server = i % int(servers.size());
        QNetworkRequest req(QUrl(url(i) + QStringLiteral("/api/v1/pair")));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        req.setTransferTimeout(600000);
        const QJsonObject body{{QStringLiteral("code"), codes[i]},
                               {QStringLiteral("device_id"), devices[i].id}};
        QNetworkReply *r = pairNam.post(req, QJsonDocument(body).toJson());
        QObject::connect(r, &QNetworkReply::finished, r, [r, &devices, i, &paired] {
            devices[i].token = QJsonDocument::fromJson(r->readAll())
                                   .object()
                                   .value(QLatin1String("token"))
                                   .toString()
                                   .toUtf8();
            ++paired;
            r->deleteLater();
        });
    }
    while (paired < o.devices)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    for (const Device &d : devices)
        if (d.token.isEmpty()) {
            std::fprintf(stderr, "a device could not pair\n");
            return 1;
        }
    const qint64 pairMs = pairTime.elapsed();

    // Pulled events are counted by id against what the vendor's devices pushed.
    const auto notePulled = [&vendors](Device &d, const QJsonArray &events) {
        const BenchVendor &v = vendors[d.vendor];
        for (const QJsonValue &e : events) {
            const auto it = v.index.constFind(e.toObject().value(QLatin1String("id")).toString());
            if (it == v.index.cend()) {
                ++d.strangers;
                continue;
            }
            if (size_t(*it) >= d.pulled.size())
                d.pulled.resize(size_t(v.origin.size()), 0);
            if (d.pulled[size_t(*it)] < 255)
                ++d.pulled[size_t(*it)];
        }
    };

    ActivitySampler activity(pg ? spec : QString());
    const qint64 postmaster = activity.postmaster();
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&activity] { activity.sample(); });
    if (activity.active())
        sampler.start(500);
    QList<double> serverCpu0;
    for (const auto &s : servers)
        serverCpu0 << processCpuSeconds(s->proc.processId());
    const double ownCpu0 = ownCpuSeconds();
    const double pgCpu0 = postgresCpuSeconds(postmaster);

    QList<qint64> pushLatency, pullLatency;
    qint64 pushed = 0, pulledEvents = 0;
    int finished = 0, failures = 0;
    QElapsedTimer wall;
    wall.start();
    std::function<void(int)> push, pull;
    push = [&](int i) {
        Device &d = devices[i];
        BenchVendor &v = vendors[d.vendor];
        QByteArray body = "{\"events\":[";
        QSet<QString> sent;
        for (int k = 0; k < o.batch; ++k) {
            if (k)
                body += ',';
            QString id;
            body += saleEvent(d.id, d.dayId, ++d.made, &id);
            v.index.insert(id, int(v.origin.size()));
            v.origin << i;
            sent.insert(id);
        }
        body += "]}";
        QNetworkRequest req(QUrl(url(i) + QStringLiteral("/api/v1/push")));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        req.setRawHeader("Authorization", "Bearer " + d.token);
        req.setTransferTimeout(120000);
        QElapsedTimer t;
        t.start();
        QNetworkReply *r = d.nam->post(req, body);
        QObject::connect(r, &QNetworkReply::finished, r, [&, r, i, t, sent] {
            pushLatency << t.elapsed();
            const QJsonObject a = QJsonDocument::fromJson(r->readAll()).object();
            const QJsonArray ackedIds = a.value(QLatin1String("acked")).toArray();
            QSet<QString> acked;
            for (const QJsonValue &id : ackedIds)
                acked.insert(id.toString());
            if (r->error() != QNetworkReply::NoError || acked != sent || ackedIds.size() != o.batch)
                ++failures;
            pushed += ackedIds.size();
            r->deleteLater();
            pull(i);
        });
    };
    pull = [&](int i) {
        Device &d = devices[i];
        QNetworkRequest req(
            QUrl(url(i) + QStringLiteral("/api/v1/pull?since=%1&limit=200").arg(d.cursor)));
        req.setRawHeader("Authorization", "Bearer " + d.token);
        req.setTransferTimeout(120000);
        QElapsedTimer t;
        t.start();
        QNetworkReply *r = d.nam->get(req);
        QObject::connect(r, &QNetworkReply::finished, r, [&, r, i, t] {
            pullLatency << t.elapsed();
            const QJsonObject a = QJsonDocument::fromJson(r->readAll()).object();
            if (r->error() != QNetworkReply::NoError)
                ++failures;
            const QJsonArray events = a.value(QLatin1String("events")).toArray();
            pulledEvents += events.size();
            notePulled(devices[i], events);
            devices[i].cursor = a.value(QLatin1String("next")).toString().toLongLong();
            r->deleteLater();
            if (++devices[i].round < o.rounds)
                push(i);
            else
                ++finished;
        });
    };
    for (int i = 0; i < o.devices; ++i) {
        devices[i].nam = new QNetworkAccessManager(QCoreApplication::instance());
        push(i);
    }
    while (finished < o.devices)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    const double secs = double(wall.elapsed()) / 1000.0;
    sampler.stop();
    QStringList cpu;
    cpu << QStringLiteral("bench client %1 s").arg(ownCpuSeconds() - ownCpu0, 0, 'f', 1);
    for (size_t s = 0; s < servers.size(); ++s)
        cpu << QStringLiteral("server %1 %2 s")
                   .arg(s + 1)
                   .arg(processCpuSeconds(servers[s]->proc.processId()) - serverCpu0[qsizetype(s)],
                        0,
                        'f',
                        1);
    if (postmaster > 0)
        cpu << QStringLiteral("PostgreSQL %1 s")
                   .arg(postgresCpuSeconds(postmaster) - pgCpu0, 0, 'f', 1);
    const QString serversText
        = servers.size() > 1 ? QStringLiteral(" over %1 servers").arg(servers.size()) : QString();
    std::printf("[%s] %d devices%s x %d rounds (push %d sales, pull a page of up to 200): "
                "%lld events pushed, %lld pulled in %.1f s = %.0f events/s pushed; "
                "push p50 %lld ms p99 %lld ms; pull p50 %lld ms p99 %lld ms; failures %d; "
                "pairing %d devices took %.1f s\n",
                qPrintable(label),
                o.devices,
                qPrintable(serversText),
                o.rounds,
                o.batch,
                pushed,
                pulledEvents,
                secs,
                double(pushed) / secs,
                percentile(pushLatency, 0.5),
                percentile(pushLatency, 0.99),
                percentile(pullLatency, 0.5),
                percentile(pullLatency, 0.99),
                failures,
                o.devices,
                double(pairMs) / 1000.0);
    std::printf("[%s] CPU during the load (%.1f s of wall time, %d cores): %s; load %s\n",
                qPrintable(label),
                secs,
                int(std::thread::hardware_concurrency()),
                qPrintable(cpu.join(QStringLiteral(", "))),
                qPrintable(loadAverage()));
    if (activity.active())
        std::printf("[%s] PostgreSQL's client backends during the load (pg_stat_activity, "
                    "state/wait): %s\n",
                    qPrintable(label),
                    qPrintable(activity.summary()));
    // PostgreSQL rows have budgets of their own (several servers on one database).
    const QString row = pg ? QStringLiteral("sync_pg_") : QStringLiteral("sync_");
    const QString what
        = QStringLiteral("%1, %2 devices%3").arg(label).arg(o.devices).arg(serversText);
    std::printf("BENCH %sevents_per_s %.0f - ev/s %s %s pushing %d-sale batches and pulling "
                "concurrently\n",
                qPrintable(row),
                double(pushed) / secs,
                pg ? ">=10000" : ">=1000",
                qPrintable(what),
                o.batch);
    std::printf("BENCH %spush_p99 %lld - ms %s %s, p99 of a %d-sale push under that load\n",
                qPrintable(row),
                std::max<qint64>(1, percentile(pushLatency, 0.99)),
                pg ? "<=1000" : "<=3000",
                qPrintable(what),
                o.batch);
    std::printf("BENCH %spull_p99 %lld - ms %s %s, p99 of a 200-event pull page under that load\n",
                qPrintable(row),
                std::max<qint64>(1, percentile(pullLatency, 0.99)),
                pg ? "<=1000" : "<=3000",
                qPrintable(what));
    std::fflush(stdout);

    // Not timed: every device pulls the rest of its vendor's events (a few devices at a time,
    // so that the pages in flight stay within memory), then the store and the pulls are
    // checked against what was pushed.
    QElapsedTimer drainTime;
    drainTime.start();
    int next = 0, draining = 0;
    qint64 drained = 0;
    std::function<void(int)> drain = [&](int i) {
        Device &d = devices[i];
        QNetworkRequest req(
            QUrl(url(i) + QStringLiteral("/api/v1/pull?since=%1&limit=1000").arg(d.cursor)));
        req.setRawHeader("Authorization", "Bearer " + d.token);
        req.setTransferTimeout(600000);
        QNetworkReply *r = d.nam->get(req);
        QObject::connect(r, &QNetworkReply::finished, r, [&, r, i] {
            const QJsonObject a = QJsonDocument::fromJson(r->readAll()).object();
            const bool ok = r->error() == QNetworkReply::NoError;
            r->deleteLater();
            const QJsonArray events = a.value(QLatin1String("events")).toArray();
            drained += events.size();
            notePulled(devices[i], events);
            devices[i].cursor = a.value(QLatin1String("next")).toString().toLongLong();
            if (!ok)
                ++failures;
            if (ok && a.value(QLatin1String("more")).toBool()) {
                drain(i);
                return;
            }
            --draining;
            if (next < o.devices) {
                ++draining;
                drain(next++);
            }
        });
    };
    for (; next < std::min(o.devices, 50); ++next) {
        ++draining;
        drain(next);
    }
    while (draining > 0)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    std::printf("[%s] then every device pulled the rest of its vendor's events: %lld events in "
                "%.1f s\n",
                qPrintable(label),
                drained,
                double(drainTime.elapsed()) / 1000.0);
    const bool whole = checkNothingLostOrDoubled(spec, label, vendors, devices, pushed);
    return failures == 0 && whole && pushed == qint64(o.devices) * o.rounds * o.batch ? 0 : 1;
}

struct QueuedRun
{
    bool ok = false;
    double salesPerSecond = 0;
    qint64 sales = 0, events = 0;
};

// One push of the queue in `devicePath` (a fresh copy) by a newly paired device.
QueuedRun queuedPushOnce(const Options &o,
                         const QString &spec,
                         const QString &label,
                         const QString &devicePath,
                         double genSecs)
{
    QueuedRun out;
    auto db = Database::open(devicePath);
    if (!db)
        return out;
    const qint64 queued = *(*db)->pendingOutboxCount();
    if (auto n = (*db)->scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE o.event_type = "
                                              "'sale'")
                                   .arg(unsentOutbox())))
        out.sales = n->toLongLong();
    QString code, vendorId;
    {
        auto store = server::ServerStore::open(spec);
        const QString name = QStringLiteral("Queued vendor %1").arg(newUuid7());
        vendorId = (*store)->addVendor(name)->id;
        code = *(*store)->createPairCode(name);
    }
    Server srv;
    if (!srv.start(o, spec))
        return out;
    if (const auto p
        = sync::SyncClient::pairBlocking(**db, srv.url(), code, QStringLiteral("bench"));
        !p.ok) {
        std::fprintf(stderr, "pairing with the server failed: %s\n", qPrintable(p.message));
        return out;
    }
    // A till's backlog has long been on disk when it syncs; without this the run would also
    // time the kernel writing back the queue just generated or copied (0.7 GB at full size).
    ::sync();
    const double serverCpu0 = processCpuSeconds(srv.proc.processId());
    const double ownCpu0 = ownCpuSeconds();
    QElapsedTimer t;
    t.start();
    const sync::SyncReport r = sync::SyncClient::syncBlocking(**db, 60 * 60 * 1000);
    const double secs = std::max(0.001, double(t.elapsed()) / 1000.0);
    const double serverCpu = processCpuSeconds(srv.proc.processId()) - serverCpu0;
    const double ownCpu = ownCpuSeconds() - ownCpu0;
    out.events = r.pushed;
    out.salesPerSecond = double(out.sales) / secs;
    // Not timed above: the server's sales and stock views of the pushed events, which its
    // writer adds once the pushes stop (ServerStore::project). Reported, with their CPU.
    double viewsSecs = -1;
    {
        auto store = server::ServerStore::open(spec);
        QElapsedTimer views;
        views.start();
        while (store && views.elapsed() < 300 * 1000) {
            const auto lag = (*store)->projectionLag(vendorId);
            if (!lag) {
                std::fprintf(
                    stderr, "reading the views' lag failed: %s\n", qPrintable(lag.error().detail));
                break;
            }
            if (*lag == 0) {
                viewsSecs = double(views.elapsed()) / 1000.0;
                break;
            }
            QThread::msleep(20);
        }
        if (viewsSecs < 0)
            std::fprintf(stderr, "the server's sales and stock views did not catch up\n");
    }
    const double viewsCpu = processCpuSeconds(srv.proc.processId()) - serverCpu0 - serverCpu;
    std::printf(
        "[%s] one device pushed %lld queued events (%lld sales; queue made in %.0f s) in "
        "%.1f s = %.0f sales/s, %.0f events/s, %d pull requests; CPU: device %.1f s, server "
        "%.1f s; then the server's sales and stock views in %.1f s (CPU %.1f s); load %s; "
        "%s\n",
        qPrintable(label),
        qint64(r.pushed),
        out.sales,
        genSecs,
        secs,
        out.salesPerSecond,
        double(r.pushed) / secs,
        r.pulls,
        ownCpu,
        serverCpu,
        viewsSecs,
        viewsCpu,
        qPrintable(loadAverage()),
        r.ok ? "all acknowledged" : qPrintable(r.message));
    std::fflush(stdout);
    out.ok = r.ok && r.pushed == queued && viewsSecs >= 0;
    return out;
}

// The queue is made once (kept in --work for the next run of the same size) and pushed
// `runs` times, each time from a fresh copy by a newly paired device; the median counts.
// The queue of `o.queued` sales a device pushes, made once (kept in --work for the next run of
// the same size): its path, or empty when it could not be made.
QString queueMaster(const Options &o, const QString &dir)
{
    const QString master = o.work.isEmpty()
                               ? dir + QStringLiteral("/device-queue.sqlite")
                               : o.work + QStringLiteral("/device-queue-%1.sqlite").arg(o.queued);
    if (!QFile::exists(master)) {
        const QString made = dir + QStringLiteral("/device-made.sqlite");
        auto db = Database::open(made);
        if (!db)
            return {};
        DemoOptions demo;
        demo.salesPerDay = 250;
        demo.marketDays = std::max(1, o.queued / demo.salesPerDay);
        // Three market days a week, all of them past: the server refuses events stamped ahead
        // of its clock.
        demo.start = QDate::currentDate().addDays(-(demo.marketDays * 7 / 3 + 14));
        demo.outbox = true;
        if (auto made = generateDemoData(**db, demo); !made) {
            std::fprintf(stderr, "making the queue failed: %s\n", qPrintable(made.error().detail));
            return {};
        }
        // Copied through SQLite (never the open file).
        QFile::remove(master + QStringLiteral(".tmp"));
        if (!(*db)->exec(QStringLiteral("VACUUM INTO ?"), {master + QStringLiteral(".tmp")})
            || !QFile::rename(master + QStringLiteral(".tmp"), master))
            return {};
    }
    return master;
}

// The baseline column of the push: the same events replicated by PouchDB 9 to pouchdb-server
// 4.2 (in memory, on loopback), as an offline-first app on PouchDB syncs
// (pouchdb_baseline.js). The packages are installed once with npm into a folder of the work
// area. Prints the BENCH row, or the row as skipped with the reason (no node or npm, or the
// packages could not be installed).
void pouchdbBaseline(const Options &o, const QString &dir, const QString &master, double pushRate)
{
    const auto skipped = [](const QString &why) {
        std::printf("BENCH sync_push_vs_pouchdb skipped - ev/s >=10x %s\n", qPrintable(why));
        std::fflush(stdout);
    };
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
    if (node.isEmpty() || npm.isEmpty()) {
        skipped(QStringLiteral("node and npm are needed for the PouchDB baseline (apt install "
                               "nodejs npm)"));
        return;
    }
    const QString cache = (o.work.isEmpty() ? dir : o.work) + QStringLiteral("/pouchdb-packages");
    const QString modules = cache + QStringLiteral("/node_modules");
    if (!QFile::exists(modules + QStringLiteral("/pouchdb-node/package.json"))
        || !QFile::exists(modules + QStringLiteral("/pouchdb-server/package.json"))) {
        QDir().mkpath(cache);
        QProcess install;
        install.setProcessChannelMode(QProcess::MergedChannels);
        install.start(npm,
                      {QStringLiteral("install"),
                       QStringLiteral("--prefix"),
                       cache,
                       QStringLiteral("--no-audit"),
                       QStringLiteral("--no-fund"),
                       QStringLiteral("pouchdb-server@4.2.0"),
                       QStringLiteral("pouchdb-node@9.0.0")});
        if (!install.waitForFinished(15 * 60 * 1000) || install.exitCode() != 0) {
            skipped(QStringLiteral("npm install of pouchdb-server@4.2.0 and pouchdb-node@9.0.0 "
                                   "failed: %1")
                        .arg(QString::fromLocal8Bit(install.readAll()).simplified().right(160)));
            return;
        }
    }
    // The queue's events, one a line.
    const QString events = dir + QStringLiteral("/pouchdb-events.jsonl");
    qint64 count = 0;
    {
        auto db = Database::open(master);
        QFile f(events);
        if (!db || !f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            skipped(QStringLiteral("the queue could not be read"));
            return;
        }
        auto q = (*db)->exec(QStringLiteral("SELECT payload FROM outbox ORDER BY seq"));
        while (q && q->next()) {
            f.write(q->value(0).toString().toUtf8());
            f.write("\n");
            ++count;
        }
    }
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    QProcess server;
    server.setWorkingDirectory(cache);
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(node,
                 {modules + QStringLiteral("/pouchdb-server/bin/pouchdb-server"),
                  QStringLiteral("--in-memory"),
                  QStringLiteral("--host"),
                  QStringLiteral("127.0.0.1"),
                  QStringLiteral("--port"),
                  QString::number(port),
                  QStringLiteral("--no-stdout-logs")});
    const auto stopServer = qScopeGuard([&server] {
        server.kill();
        server.waitForFinished(10000);
    });
    bool up = false;
    for (int i = 0; i < 300 && !up; ++i) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port);
        up = s.waitForConnected(100);
        if (!up)
            QThread::msleep(100);
    }
    if (!up) {
        skipped(QStringLiteral("pouchdb-server did not start: %1")
                    .arg(QString::fromLocal8Bit(server.readAll()).simplified().right(160)));
        return;
    }
    QProcess client;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NODE_PATH"), modules);
    client.setProcessEnvironment(env);
    client.setWorkingDirectory(cache);
    client.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    client.start(node,
                 {QStringLiteral(STALLKEEPER_POUCHDB_SCRIPT),
                  events,
                  QString::number(port),
                  dir + QStringLiteral("/pouchdb-local")});
    if (!client.waitForFinished(60 * 60 * 1000) || client.exitCode() != 0) {
        skipped(QStringLiteral("the PouchDB replication failed"));
        return;
    }
    const QList<QByteArray> words = client.readAllStandardOutput().trimmed().split(' ');
    if (words.size() != 5 || words[0] != "POUCHDB" || words[2].toLongLong() != count) {
        skipped(QStringLiteral("the PouchDB replication printed no result"));
        return;
    }
    const double secs = std::max(0.001, words[4].toDouble());
    const double rate = double(count) / secs;
    std::printf(
        "# PouchDB 9 replicated the %lld events of the same queue to pouchdb-server 4.2 (in "
        "memory, loopback) in %.1f s = %.0f docs/s\n",
        count,
        secs,
        rate);
    std::printf("BENCH sync_push_vs_pouchdb %.0f %.0f ev/s >=10x the push of the queue (events/s, "
                "median) against PouchDB 9 replicating the same %lld events to pouchdb-server "
                "4.2 in memory (%.1f s)\n",
                pushRate,
                rate,
                count,
                secs);
    std::fflush(stdout);
}

int queuedPush(const Options &o, const QString &spec, const QString &label, const QString &dir)
{
    QElapsedTimer gen;
    gen.start();
    const QString master = queueMaster(o, dir);
    if (master.isEmpty())
        return 1;
    const double genSecs = double(gen.elapsed()) / 1000.0;
    // Every copy is the same device, which pairs once per server: on SQLite each run has a
    // server database of its own, PostgreSQL's one database is pushed to once.
    const int count = o.database.isEmpty() ? o.queuedRuns : 1;
    QList<QueuedRun> runs;
    for (int i = 0; i < count; ++i) {
        const QString devicePath = dir + QStringLiteral("/device-%1.sqlite").arg(i);
        const QString store
            = o.database.isEmpty() ? dir + QStringLiteral("/queued-%1.sqlite").arg(i) : spec;
        if (!QFile::copy(master, devicePath))
            return 1;
        runs << queuedPushOnce(o, store, label, devicePath, genSecs);
        for (const QString &file : {devicePath, store})
            for (const char *suffix : {"", "-wal", "-shm"})
                if (o.database.isEmpty() || file == devicePath)
                    QFile::remove(file + QLatin1String(suffix));
        if (!runs.last().ok)
            return 1;
    }
    QList<double> rates;
    for (const QueuedRun &r : runs)
        rates << r.salesPerSecond;
    std::sort(rates.begin(), rates.end());
    const double median = rates.size() % 2
                              ? rates[rates.size() / 2]
                              : (rates[rates.size() / 2 - 1] + rates[rates.size() / 2]) / 2;
    QList<double> eventRates;
    for (const QueuedRun &r : runs)
        eventRates << r.salesPerSecond * double(r.events) / double(std::max<qint64>(1, r.sales));
    std::sort(eventRates.begin(), eventRates.end());
    QStringList each;
    for (const QueuedRun &r : runs)
        each << QString::number(qRound64(r.salesPerSecond));
    std::printf("BENCH sync_queued_push %.0f - sales/s >=20000 %s, one device pushes %lld queued "
                "sales (%lld events) to a loopback server (wall time; median of %d: %s)\n",
                std::max(1.0, median),
                qPrintable(label),
                runs.first().sales,
                runs.first().events,
                int(runs.size()),
                qPrintable(each.join(QStringLiteral(", "))));
    std::fflush(stdout);
    if (o.database.isEmpty())
        pouchdbBaseline(o, dir, master, eventRates[eventRates.size() / 2]);
    return 0;
}

// Waits until the server's sales and stock views hold every event of the vendor (what a
// snapshot is read from); false after five minutes.
bool waitForViews(const QString &spec, const QString &vendorId)
{
    auto store = server::ServerStore::open(spec);
    QElapsedTimer t;
    t.start();
    while (store && t.elapsed() < 300 * 1000) {
        const auto lag = (*store)->projectionLag(vendorId);
        if (!lag)
            return false;
        if (*lag == 0)
            return true;
        QThread::msleep(20);
    }
    return false;
}

// Every product's stock level on a device, to compare two devices.
QString stockDigest(Database &db)
{
    QStringList out;
    if (auto levels = StockLedger(db).levels())
        for (const StockLevel &l : *levels)
            out << l.productId + QLatin1Char('=') + QString::number(l.level);
    return out.join(QLatin1Char(' '));
}

// What a device holds: sales (count, totals, lines) and stock.
QString deviceDigest(Database &db)
{
    QStringList out;
    if (auto q = db.exec(QStringLiteral("SELECT count(*), coalesce(sum(total), 0), (SELECT "
                                        "count(*) FROM sale_lines) FROM sales"));
        q && q->next())
        out << q->value(0).toString() << q->value(1).toString() << q->value(2).toString();
    return out.join(QLatin1Char(' ')) + QLatin1Char(' ') + stockDigest(db);
}

// Every row of the tables a sale writes and of the summaries made from them, in key order, as
// one hash: the pulled device must hold exactly what the device that pushed holds, whichever
// way its rows and summaries were written. Rows of tables not there (an older schema) count as
// none.
QByteArray salesContentDigest(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList tables{QStringLiteral("sales"),
                             QStringLiteral("sale_lines"),
                             QStringLiteral("sale_tenders"),
                             QStringLiteral("stock_movements"),
                             QStringLiteral("sales_daily"),
                             QStringLiteral("sale_items_daily"),
                             QStringLiteral("sales_hourly"),
                             QStringLiteral("tenders_daily"),
                             QStringLiteral("tax_daily"),
                             QStringLiteral("discount_lines"),
                             QStringLiteral("stock_count_expected")};
    for (const QString &t : tables) {
        int columns = 0;
        if (auto q = db.exec(QStringLiteral("SELECT count(*) FROM pragma_table_info('%1')").arg(t));
            q && q->next())
            columns = q->value(0).toInt();
        hash.addData(t.toUtf8());
        if (columns == 0)
            continue;
        QStringList order;
        for (int c = 1; c <= columns; ++c)
            order << QString::number(c);
        auto q = db.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(t, order.join(u',')));
        if (!q) {
            hash.addData("error");
            continue;
        }
        while (q->next())
            for (int c = 0; c < columns; ++c) {
                const QVariant v = q->value(c);
                hash.addData(v.isNull() ? QByteArray("\x01null") : v.toString().toUtf8());
                hash.addData(QByteArrayView("\x02", 1));
            }
    }
    return hash.result().toHex();
}

// Pull: device A pushes the queue (the baseline, same events, same run), then a newly paired
// device B pulls all of it; events/s of applying them, wall time.
// New device ready: device C pairs and takes the server's snapshot (catalog, tax, tenders,
// market days, stock levels); the seconds from pairing until it can sell count, against the
// seconds A took to push the same events. C then fills in the history and must end with
// exactly B's sales and stock.
int pullAndReady(const Options &o, const QString &label, const QString &dir, const QString &master)
{
    const QString spec = dir + QStringLiteral("/pull-server.sqlite");
    QString vendorId;
    QStringList codes;
    {
        auto store = server::ServerStore::open(spec);
        if (!store)
            return 1;
        const QString name = QStringLiteral("Pull vendor %1").arg(newUuid7());
        vendorId = (*store)->addVendor(name)->id;
        for (int i = 0; i < 3; ++i)
            codes << *(*store)->createPairCode(name);
    }
    Server srv;
    if (!srv.start(o, spec))
        return 1;
    const QString pathA = dir + QStringLiteral("/pull-a.sqlite");
    if (!QFile::copy(master, pathA))
        return 1;
    auto a = Database::open(pathA);
    if (!a)
        return 1;
    if (!sync::SyncClient::pairBlocking(**a, srv.url(), codes[0], QStringLiteral("a")).ok)
        return 1;
    ::sync();
    QElapsedTimer t;
    t.start();
    const sync::SyncReport pushed = sync::SyncClient::syncBlocking(**a, 60 * 60 * 1000);
    const double pushSecs = std::max(0.001, double(t.elapsed()) / 1000.0);
    if (!pushed.ok || !waitForViews(spec, vendorId)) {
        std::fprintf(stderr, "pull bench: the push failed: %s\n", qPrintable(pushed.message));
        return 1;
    }
    const double pushRate = double(pushed.pushed) / pushSecs;

    auto b = Database::open(dir + QStringLiteral("/pull-b.sqlite"));
    if (!b || !sync::SyncClient::pairBlocking(**b, srv.url(), codes[1], QStringLiteral("b")).ok)
        return 1;
    const double cpu0 = ownCpuSeconds();
    const double mainCpu0 = threadCpuSeconds();
    const double serverCpu0 = processCpuSeconds(srv.proc.processId());
    t.restart();
    sync::SyncReport pulled;
    {
        // Every event from the start (the way a device pulled before snapshots).
        sync::SyncClient client(**b);
        client.setUseSnapshot(false);
        QEventLoop loop;
        QObject::connect(
            &client, &sync::SyncClient::syncFinished, &loop, [&](const sync::SyncReport &r) {
                pulled = r;
                loop.quit();
            });
        QTimer::singleShot(0, &client, &sync::SyncClient::sync);
        loop.exec();
    }
    const double pullSecs = std::max(0.001, double(t.elapsed()) / 1000.0);
    const double pullCpu = ownCpuSeconds() - cpu0;
    const double pullMainCpu = threadCpuSeconds() - mainCpu0;
    const double pullServerCpu = processCpuSeconds(srv.proc.processId()) - serverCpu0;
    if (!pulled.ok || pulled.applied != pushed.pushed) {
        std::fprintf(stderr,
                     "pull bench: device B applied %d of %d events: %s\n",
                     pulled.applied,
                     pushed.pushed,
                     qPrintable(pulled.message));
        return 1;
    }
    const double pullRate = double(pulled.applied) / pullSecs;
    // What the pull wrote, against what the pushing device holds.
    const bool samePulled = salesContentDigest(**a) == salesContentDigest(**b);
    std::printf("[%s] the pulled device's sales, lines, tenders, stock movements and summaries "
                "are %s the pushing device's\n",
                qPrintable(label),
                samePulled ? "the same as" : "NOT the same as");
    if (!samePulled)
        return 1;
    std::printf("[%s] a new device pulled and applied %d events in %.1f s = %.0f events/s "
                "(CPU: device %.1f s, of which its main thread %.1f s = %.0f us per event; server "
                "%.1f s; %d pages); the same events were pushed in "
                "%.1f s = %.0f events/s; load %s\n",
                qPrintable(label),
                pulled.applied,
                pullSecs,
                pullRate,
                pullCpu,
                pullMainCpu,
                pullMainCpu * 1e6 / std::max(1, pulled.applied),
                pullServerCpu,
                pulled.pulls,
                pushSecs,
                pushRate,
                qPrintable(loadAverage()));
    std::printf("BENCH pull %.0f %.0f ev/s >=0.25x %s, a new device pulls and applies %d events "
                "(%.1f s); baseline: the push of the same events in this run (%.1f s)\n",
                pullRate,
                pushRate,
                qPrintable(label),
                pulled.applied,
                pullSecs,
                pushSecs);
    std::fflush(stdout);

    // Device C: from pairing to able to sell. It can sell once it has the catalog, tax,
    // tenders and stock: there it must show exactly B's catalog and stock levels.
    auto c = Database::open(dir + QStringLiteral("/pull-c.sqlite"));
    if (!c)
        return 1;
    QElapsedTimer ready;
    ready.start();
    if (!sync::SyncClient::pairBlocking(**c, srv.url(), codes[2], QStringLiteral("c")).ok)
        return 1;
    double readySecs = -1;
    bool sameAtReady = false;
    sync::SyncReport caught;
    {
        sync::SyncClient client(**c);
        QEventLoop loop;
        QObject::connect(&client, &sync::SyncClient::snapshotApplied, &loop, [&] {
            readySecs = double(ready.elapsed()) / 1000.0;
            sameAtReady = stockDigest(**c) == stockDigest(**b)
                          && ProductRepository(**c).all(true)->size()
                                 == ProductRepository(**b).all(true)->size();
        });
        QObject::connect(
            &client, &sync::SyncClient::syncFinished, &loop, [&](const sync::SyncReport &r) {
                caught = r;
                loop.quit();
            });
        QTimer::singleShot(0, &client, &sync::SyncClient::sync);
        loop.exec();
    }
    const double allSecs = double(ready.elapsed()) / 1000.0;
    const bool same = deviceDigest(**c) == deviceDigest(**b);
    std::printf("[%s] a new device was ready to sell %.2f s after pairing (catalog and stock "
                "%s); it had the whole history %.1f s after pairing (%s the device that pulled "
                "everything)\n",
                qPrintable(label),
                readySecs,
                sameAtReady ? "as on the device that pulled everything" : "DIFFERENT",
                allSecs,
                same ? "the same sales and stock as" : "NOT the same as");
    if (!caught.ok || readySecs < 0 || !sameAtReady || !same) {
        std::fprintf(stderr,
                     "new device: %s\n",
                     caught.ok ? "no snapshot, or not the same records"
                               : qPrintable(caught.message));
        return 1;
    }
    std::printf("BENCH new_device_ready %.2f %.2f s <=2x %s, pairing to able to sell (catalog, "
                "stock) with %d sales events on the server; baseline: the push of the same "
                "events in this run\n",
                std::max(0.01, readySecs),
                pushSecs,
                qPrintable(label),
                pushed.pushed);
    std::fflush(stdout);
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Options o;
    o.database = qEnvironmentVariable("STALLKEEPER_BENCH_PG");
    QString work;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        const QString &k = args[i], &v = args[i + 1];
        if (k == u"--size") {
            const Options was = o;
            if (v == u"full")
                o = Options{200, 20, 50, 100000, {}, {}, {}, {}, 3};
            else if (v == u"small")
                o = Options{50, 5, 50, 10000, {}, {}, {}, {}, 3};
            else
                o = Options{10, 2, 20, 400, {}, {}, {}, {}, 2};
            o.database = was.database;
            o.serverBinary = was.serverBinary;
            o.only = was.only;
            o.servers = was.servers;
        } else if (k == u"--devices")
            o.devices = v.toInt();
        else if (k == u"--rounds")
            o.rounds = v.toInt();
        else if (k == u"--batch")
            o.batch = v.toInt();
        else if (k == u"--queued")
            o.queued = v.toInt();
        else if (k == u"--queued-runs")
            o.queuedRuns = std::max(1, v.toInt());
        else if (k == u"--servers")
            o.servers = std::max(1, v.toInt());
        else if (k == u"--database")
            o.database = v;
        else if (k == u"--server")
            o.serverBinary = v;
        else if (k == u"--work")
            work = v;
        else if (k == u"--only" && (v == u"concurrent" || v == u"queued" || v == u"pull"))
            o.only = v;
        else if (k == u"--data" || k == u"--cli")
            continue;
        else {
            std::fprintf(stderr, "unknown option %s\n", qPrintable(k));
            return 2;
        }
    }
    if (!work.isEmpty())
        QDir().mkpath(work);
    o.work = work;
    QTemporaryDir dir(work.isEmpty() ? QDir::tempPath() + QStringLiteral("/bench-sync-XXXXXX")
                                     : work + QStringLiteral("/run-XXXXXX"));
    const QString spec
        = o.database.isEmpty() ? dir.filePath(QStringLiteral("server.sqlite")) : o.database;
    const QString label
        = o.database.isEmpty() ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");
    int rc = o.only == u"queued" || o.only == u"pull" ? 0 : concurrentLoad(o, spec, label);
    if (rc == 0 && o.queued > 0 && (o.only.isEmpty() || o.only == u"queued"))
        rc = queuedPush(o, spec, label, dir.path());
    // The pull and a new device's start, on SQLite (the store of a device's own tests).
    if (rc == 0 && o.queued > 0 && (o.only.isEmpty() || o.only == u"pull")
        && o.database.isEmpty()) {
        const QString master = queueMaster(o, dir.path());
        rc = master.isEmpty() ? 1 : pullAndReady(o, label, dir.path(), master);
    }
    return rc;
}
