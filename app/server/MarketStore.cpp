#include "app/server/ServerStore.h"

#include "app/server/OneTimeCode.h"
#include "app/server/StoreConnection.h"
#include "app/server/VendorRow.h"
#include "core/DatabaseRows.h"
#include "core/Ids.h"

#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>

// The server store's markets: a market, the vendor row of its office (its managers' devices
// sync through it like a vendor's), its join codes and member vendors, and the two reads that
// cross between a market and its vendors. A market sees, of each member vendor, only the
// turn-in slips and fee reports that name this market (never a sale, a product or a count,
// never what names another market); a vendor sees, of each market it joined, only the
// reimbursement statements made out to it.

namespace sk::server {

namespace {

const CodeTable kJoinCodes{QStringLiteral("market_join_codes"),
                           QStringLiteral("market_id"),
                           QStringLiteral("join code"),
                           50};

const NamedTable kMarkets{QStringLiteral("SELECT id, name, office_vendor_id FROM markets"),
                          QStringLiteral("market")};

// The event types a vendor shares with the market they name (docs/market-office.md).
const QString kSharedTypes = QStringLiteral("'market_slip', 'market_fee_report'");

QString officeName(const QString &market)
{
    return QStringLiteral("%1 (market office)").arg(market);
}

bool isDate(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return re.match(s).hasMatch();
}

// A market as a row of "SELECT id, name, office_vendor_id" reads it.
Market marketRow(const QSqlQuery &q)
{
    return Market{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
}

QJsonObject envelopeOf(const QVariant &payload)
{
    return QJsonDocument::fromJson(payload.toString().toUtf8()).object();
}

} // namespace

Result<Market> ServerStore::addMarket(const QString &name)
{
    auto checked = adminName(name, 150, QStringLiteral("market"));
    if (!checked)
        return std::unexpected(checked.error());
    const QString n = *checked;
    if (auto known = marketByName(n); known)
        return fail(Error::Code::Conflict, QStringLiteral("market \"%1\" already exists").arg(n));
    StoreTransaction tx(*m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    Market m{newUuid7(), n, newUuid7()};
    const qint64 now = Clock::nowMs();
    if (auto v = insertVendor(*m_db, m.officeVendorId, officeName(n), now); !v)
        return std::unexpected(v.error());
    if (auto r = m_db->exec(QStringLiteral("INSERT INTO markets (id, name, office_vendor_id, "
                                           "created_at) VALUES (?, ?, ?, ?)"),
                            {m.id, m.name, m.officeVendorId, now});
        !r)
        return std::unexpected(r.error());
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return m;
}

Result<QList<Market>> ServerStore::markets()
{
    return queryRows(
        m_db->exec(QStringLiteral("SELECT id, name, office_vendor_id FROM markets ORDER BY name")),
        marketRow);
}

Result<Market> ServerStore::marketByName(const QString &nameOrId)
{
    return rowByNameOrId(*m_db, kMarkets, marketRow, nameOrId);
}

Result<QString> ServerStore::createJoinCode(const QString &market, int ttlHours)
{
    auto m = marketByName(market);
    if (!m)
        return std::unexpected(m.error());
    if (ttlHours < 1 || ttlHours > 24 * 90)
        return fail(Error::Code::InvalidInput, QStringLiteral("a join code lives 1 to 2160 hours"));
    return issueCode(*m_db, kJoinCodes, m->id, ttlHours);
}

Result<QString> ServerStore::pairCodeForMarket(const QString &market, int ttlHours)
{
    auto m = marketByName(market);
    if (!m)
        return std::unexpected(m.error());
    return createPairCode(m->officeVendorId, ttlHours);
}

Result<Market> ServerStore::joinMarket(const QString &vendorId, const QString &code)
{
    const Error refused{Error::Code::Unauthorized,
                        QStringLiteral("this join code is not valid (wrong or expired)")};
    const auto presented = parseCode(code);
    if (!presented)
        return std::unexpected(refused);
    auto office = m_db->scalar(QStringLiteral("SELECT 1 FROM markets WHERE office_vendor_id = ?"),
                               {vendorId});
    if (!office)
        return std::unexpected(office.error());
    if (!office->isNull())
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("a market office does not join markets"));
    auto checked = verifyCode(*m_db, kJoinCodes, *presented, Clock::nowMs(), refused);
    if (!checked)
        return std::unexpected(checked.error());
    const QString marketId = checked->ownerId;
    auto known = m_db->scalar(
        QStringLiteral("SELECT 1 FROM market_members WHERE market_id = ? AND vendor_id = ?"),
        {marketId, vendorId});
    if (!known)
        return std::unexpected(known.error());
    if (known->isNull())
        if (auto r = m_db->exec(QStringLiteral("INSERT INTO market_members (market_id, vendor_id, "
                                               "joined_at) VALUES (?, ?, ?)"),
                                {marketId, vendorId, Clock::nowMs()});
            !r && r.error().code != Error::Code::Conflict)
            return std::unexpected(r.error());
    return marketByName(marketId);
}

Result<QList<Market>> ServerStore::marketsOfVendor(const QString &vendorId)
{
    return queryRows(m_db->exec(QStringLiteral("SELECT m.id, m.name, m.office_vendor_id FROM "
                                               "markets m JOIN market_members mm ON mm.market_id "
                                               "= m.id WHERE mm.vendor_id = ? ORDER BY m.name"),
                                {vendorId}),
                     marketRow);
}

Result<QList<Vendor>> ServerStore::marketVendors(const QString &marketId)
{
    return queryRows(m_db->exec(QStringLiteral("SELECT v.id, v.name FROM vendors v JOIN "
                                               "market_members mm ON mm.vendor_id = v.id WHERE "
                                               "mm.market_id = ? ORDER BY v.name"),
                                {marketId}),
                     vendorRow);
}

Result<QJsonArray> ServerStore::marketShared(const QString &marketId, const QString &date)
{
    if (!isDate(date))
        return fail(Error::Code::InvalidInput, QStringLiteral("date must be YYYY-MM-DD"));
    // Only member vendors' events of the shared types; each one's data must name this market
    // and this day. A vendor's later slip for the same day replaces the earlier one.
    auto q = m_db->exec(QStringLiteral("SELECT e.vendor_id, v.name, e.seq, e.type, e.payload FROM "
                                       "market_members mm JOIN events e ON e.vendor_id = "
                                       "mm.vendor_id AND e.type IN (%1) JOIN vendors v ON v.id = "
                                       "e.vendor_id WHERE mm.market_id = ? ORDER BY e.vendor_id, "
                                       "e.seq")
                            .arg(kSharedTypes),
                        {marketId});
    if (!q)
        return std::unexpected(q.error());
    QMap<QString, QJsonObject> latest; // vendor + type -> its newest
    while (q->next()) {
        const QJsonObject data = envelopeOf(q->value(4)).value(QLatin1String("data")).toObject();
        if (data.value(QLatin1String("market_id")).toString() != marketId
            || data.value(QLatin1String("market_day")).toString() != date)
            continue;
        const QString vendorId = q->value(0).toString(), type = q->value(3).toString();
        latest.insert(
            vendorId + QLatin1Char('/') + type,
            QJsonObject{{QStringLiteral("vendor_id"), vendorId},
                        {QStringLiteral("vendor_name"), q->value(1).toString()},
                        {QStringLiteral("type"), type},
                        {QStringLiteral("seq"), QString::number(q->value(2).toLongLong())},
                        {QStringLiteral("data"), data}});
    }
    QJsonArray out;
    for (const QJsonObject &o : latest)
        out.append(o);
    return out;
}

Result<QJsonArray> ServerStore::vendorStatements(const QString &vendorId)
{
    auto q = m_db->exec(QStringLiteral("SELECT m.id, m.name, e.payload FROM market_members mm JOIN "
                                       "markets m ON m.id = mm.market_id JOIN events e ON "
                                       "e.vendor_id = m.office_vendor_id AND e.type = "
                                       "'booth_statement' WHERE mm.vendor_id = ? ORDER BY e.seq"),
                        {vendorId});
    if (!q)
        return std::unexpected(q.error());
    // A statement's status changes are new events with the same statement id: the newest HLC
    // wins, whichever booth device sent it.
    QMap<QString, std::pair<qint64, QJsonObject>> latest;
    while (q->next()) {
        const QJsonObject env = envelopeOf(q->value(2));
        const QJsonObject data = env.value(QLatin1String("data")).toObject();
        if (data.value(QLatin1String("vendor_id")).toString() != vendorId)
            continue;
        const qint64 hlc = env.value(QLatin1String("hlc")).toString().toLongLong();
        const QString id = data.value(QLatin1String("id")).toString();
        if (latest.contains(id) && latest.value(id).first >= hlc)
            continue;
        latest.insert(id,
                      {hlc,
                       QJsonObject{{QStringLiteral("market_id"), q->value(0).toString()},
                                   {QStringLiteral("market_name"), q->value(1).toString()},
                                   {QStringLiteral("data"), data}}});
    }
    QJsonArray out;
    for (const auto &p : latest)
        out.append(p.second);
    return out;
}

} // namespace sk::server
