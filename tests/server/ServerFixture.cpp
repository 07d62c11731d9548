#include "tests/server/ServerFixture.h"

#include "core/Catalog.h"
#include "core/DemoData.h"
#include "core/MarketDay.h"
#include "core/SaleRepository.h"
#include "core/sync/SyncClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

namespace sk::test {

namespace {
QString pgBase()
{
    return qEnvironmentVariable("STALLKEEPER_TEST_PG");
}

// Runs one statement on the PostgreSQL server's maintenance database.
QString pgAdmin(const QString &statement)
{
    const QUrl base(pgBase());
    const QString name
        = QStringLiteral("sk-test-admin-%1").arg(QRandomGenerator::global()->generate());
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(base.host());
        db.setPort(base.port(5432));
        db.setUserName(base.userName());
        db.setDatabaseName(base.path().mid(1));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(statement))
                error = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}
} // namespace

bool TestServer::usingPostgres()
{
    return !pgBase().isEmpty();
}

TestServer::TestServer(server::ServerConfig config, std::optional<QSslConfiguration> tls)
    : m_tls(tls.has_value())
{
    if (usingPostgres()) {
        m_pgDatabase = QStringLiteral("sk_test_%1")
                           .arg(QString::number(QRandomGenerator::global()->generate64(), 16));
        if (const QString e = pgAdmin(QStringLiteral("CREATE DATABASE %1").arg(m_pgDatabase));
            !e.isEmpty()) {
            m_error = QStringLiteral("cannot create a PostgreSQL test database: %1").arg(e);
            m_pgDatabase.clear();
            return;
        }
        QUrl u(pgBase());
        u.setPath(QLatin1Char('/') + m_pgDatabase);
        m_spec = u.toString();
    } else {
        m_spec = m_dir.filePath(QStringLiteral("server.sqlite"));
    }
    auto store = server::ServerStore::open(m_spec);
    if (!store) {
        m_error = store.error().detail;
        return;
    }
    m_store = std::move(*store);
    m_http = std::make_unique<server::SyncServer>(*m_store, config);
    auto port = m_http->listen(QHostAddress::LocalHost, 0, tls);
    if (!port) {
        m_error = port.error().detail;
        return;
    }
    m_port = *port;
}

TestServer::~TestServer()
{
    m_http.reset();
    m_store.reset();
    if (!m_pgDatabase.isEmpty())
        pgAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgDatabase));
}

QString TestServer::url() const
{
    return QStringLiteral("%1://127.0.0.1:%2").arg(m_tls ? u"https" : u"http").arg(m_port);
}

QString TestServer::vendor(const QString &name)
{
    if (auto v = m_store->vendorByName(name))
        return v->id;
    auto v = m_store->addVendor(name);
    return v ? v->id : QString();
}

QString TestServer::pairCode(const QString &vendorName)
{
    vendor(vendorName);
    auto c = m_store->createPairCode(vendorName);
    return c ? *c : QString();
}

QString pairDevice(TestServer &server, Database &db, const QString &vendor, const QString &name)
{
    const QString code = server.pairCode(vendor);
    if (code.isEmpty())
        return QStringLiteral("no pairing code");
    const sync::SyncReport r = sync::SyncClient::pairBlocking(db, server.url(), code, name);
    return r.ok ? QString() : r.message;
}

QString pairDemoTill(TestServer &server, Database &db, const QString &vendor, const QString &name)
{
    if (auto seeded = seedDemoCatalog(db); !seeded)
        return seeded.error().detail;
    return pairDevice(server, db, vendor, name);
}

SaleRecord sellByCard(Database &db, const char *sku, Milli qty)
{
    if (!MarketDayRepository(db).current().value())
        MarketDayRepository(db).open(QStringLiteral("Market"), 0);
    Cart c;
    c.lines << CartLine{*ProductRepository(db).bySku(QLatin1String(sku)), qty, {}};
    return payInFull(db, *SaleRules::load(db), c, QStringLiteral("card"));
}

SaleRecord payInFull(Database &db, const SaleRules &rules, Cart c, const QString &tender)
{
    c.tenders << TenderEntry{tender, computeCart(rules, c)->due, {}};
    auto r = SaleRepository(db).commit(c, rules);
    if (!r)
        qFatal("sale failed: %s", qPrintable(r.error().detail));
    return *r;
}

QJsonObject rejection(const HttpResult &r, int i)
{
    return r.json.value(QLatin1String("rejected")).toArray().at(i).toObject();
}

server::ServerConfig unthrottled()
{
    return rateLimited(1000, 1000);
}

server::ServerConfig rateLimited(double ratePerSecond, double burst)
{
    server::ServerConfig c;
    c.ratePerSecond = ratePerSecond;
    c.burst = burst;
    return c;
}

ProcessRun runProcess(const QString &program, const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.start(program, args);
    QElapsedTimer waited;
    waited.start();
    while (p.state() != QProcess::NotRunning && waited.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    ProcessRun r;
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(5000);
    } else if (p.exitStatus() == QProcess::NormalExit) {
        r.exitCode = p.exitCode();
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

sync::SyncReport
syncOnce(Database &db, const std::function<void(sync::SyncClient &)> &configure, int timeoutMs)
{
    sync::SyncClient client(db);
    configure(client);
    sync::SyncReport report{.ok = false,
                            .errorCode = QStringLiteral("timeout"),
                            .message = QStringLiteral("sync did not finish in time")};
    bool done = false;
    QObject::connect(
        &client, &sync::SyncClient::syncFinished, &client, [&](const sync::SyncReport &r) {
            report = r;
            done = true;
        });
    client.sync();
    QElapsedTimer waited;
    waited.start();
    while (!done && waited.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    return report;
}

HttpResult http(const QByteArray &verb,
                const QString &url,
                const QByteArray &token,
                const QByteArray &body,
                const QList<QSslCertificate> &ca,
                const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkAccessManager nam;
    QNetworkRequest req{QUrl(url)};
    req.setTransferTimeout(20000);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token);
    for (const auto &[name, value] : headers)
        req.setRawHeader(name, value);
    if (!ca.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(ca);
        req.setSslConfiguration(ssl);
    }
    QNetworkReply *reply = nam.sendCustomRequest(req, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body).object();
    reply->deleteLater();
    return r;
}

} // namespace sk::test
