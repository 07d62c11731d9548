#include "app/server/ServerStore.h"

#include "app/server/Crypto.h"
#include "app/server/OneTimeCode.h"
#include "app/server/StoreConnection.h"
#include "app/server/VendorRow.h"
#include "core/DatabaseRows.h"
#include "core/Ids.h"

#include <QSqlQuery>

// The server store's device registry: vendors, one-time pairing codes, the devices they
// paired and their bearer tokens (only a hash of each is kept), revocation, and each device's
// clock offset.

namespace sk::server {

namespace {

const CodeTable kPairCodes{
    QStringLiteral("pair_codes"), QStringLiteral("vendor_id"), QStringLiteral("pairing code"), 5};

const NamedTable kVendors{QStringLiteral("SELECT id, name FROM vendors"), QStringLiteral("vendor")};

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
    d.marketId = q.value(9).toString();
    d.marketName = q.value(10).toString();
    return d;
}

const QString kDeviceCols
    = QStringLiteral("d.id, d.vendor_id, v.name, d.name, d.paired_at, d.revoked_at, "
                     "d.last_seen_at, d.clock_offset_ms, d.clock_checked_at, m.id, m.name");
// A device of a market's office is that market's manager's.
const QString kDeviceFrom
    = QStringLiteral("devices d JOIN vendors v ON v.id = d.vendor_id LEFT JOIN markets m ON "
                     "m.office_vendor_id = d.vendor_id");

} // namespace

Result<Vendor> ServerStore::addVendor(const QString &name)
{
    auto n = adminName(name, 200, QStringLiteral("vendor"));
    if (!n)
        return std::unexpected(n.error());
    Vendor v{newUuid7(), *n};
    if (auto r = insertVendor(*m_db, v.id, v.name, Clock::nowMs()); !r) {
        if (r.error().code == Error::Code::Conflict)
            return fail(Error::Code::Conflict,
                        QStringLiteral("vendor \"%1\" already exists").arg(*n));
        return std::unexpected(r.error());
    }
    return v;
}

Result<QList<Vendor>> ServerStore::vendors()
{
    return queryRows(m_db->exec(QStringLiteral("SELECT id, name FROM vendors ORDER BY name")),
                     vendorRow);
}

Result<Vendor> ServerStore::vendorByName(const QString &name)
{
    return rowByNameOrId(*m_db, kVendors, vendorRow, name);
}

Result<QString> ServerStore::createPairCode(const QString &vendorName, int ttlHours)
{
    auto v = vendorByName(vendorName);
    if (!v)
        return std::unexpected(v.error());
    if (ttlHours < 1 || ttlHours > 24 * 30)
        return fail(Error::Code::InvalidInput, QStringLiteral("a code lives 1 to 720 hours"));
    return issueCode(*m_db, kPairCodes, v->id, ttlHours);
}

Result<QList<DeviceInfo>> ServerStore::devices(const QString &vendorName)
{
    auto v = vendorByName(vendorName);
    if (!v)
        return std::unexpected(v.error());
    return queryRows(
        m_db->exec(QStringLiteral("SELECT %1 FROM %2 WHERE d.vendor_id = ? ORDER BY d.paired_at")
                       .arg(kDeviceCols, kDeviceFrom),
                   {v->id}),
        deviceFromRow);
}

Status ServerStore::revoke(const QString &deviceId)
{
    auto r = m_db->exec(
        QStringLiteral("UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS "
                       "NULL"),
        {Clock::nowMs(), deviceId});
    if (!r)
        return std::unexpected(r.error());
    if (r->numRowsAffected() == 0) {
        auto known = m_db->scalar(QStringLiteral("SELECT 1 FROM devices WHERE id = ?"), {deviceId});
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
    const auto presented = parseCode(code);
    if (!presented)
        return std::unexpected(refused);
    if (!sync::isUuid(deviceId))
        return fail(Error::Code::InvalidInput, QStringLiteral("device_id must be a UUID"));
    const QString id = presented->id;
    const qint64 now = Clock::nowMs();
    // Used already: only by the same device again (a retry whose first answer was lost).
    bool retry = false;
    auto checked = verifyCode(*m_db,
                              kPairCodes,
                              *presented,
                              now,
                              refused,
                              QStringLiteral(", used_at, used_by"),
                              [&](const QVariantList &used) {
                                  retry = !used[0].isNull();
                                  return !retry || used[1].toString() == deviceId;
                              });
    if (!checked)
        return std::unexpected(checked.error());
    const QString vendorId = checked->ownerId;
    StoreTransaction tx(*m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    // Spend the code; a concurrent use of the same code by another device loses here. A retry
    // finds it still held by this device and still alive.
    auto use
        = retry ? m_db->exec(QStringLiteral("UPDATE pair_codes SET used_at = used_at WHERE code_id "
                                            "= ? AND used_by = ? AND expires_at >= ?"),
                             {id, deviceId, now})
                : m_db->exec(QStringLiteral("UPDATE pair_codes SET used_at = ?, used_by = ? WHERE "
                                            "code_id = ? AND used_at IS NULL"),
                             {now, deviceId, id});
    if (!use)
        return std::unexpected(use.error());
    if (use->numRowsAffected() != 1)
        return std::unexpected(refused);
    auto owner
        = m_db->exec(QStringLiteral("SELECT vendor_id, revoked_at, paired_at, last_seen_at FROM "
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
        w = m_db->exec(
            QStringLiteral("INSERT INTO devices (id, vendor_id, name, token_hash, paired_at) "
                           "VALUES (?, ?, ?, ?, ?)"),
            {deviceId, vendorId, name, tokenHash, now});
    else // Pairing again issues a new token (the one before stops working); a new code from the
         // admin also lifts a revocation.
        w = m_db->exec(QStringLiteral("UPDATE devices SET name = ?, token_hash = ?, paired_at = ?, "
                                      "revoked_at = NULL WHERE id = ?"),
                       {name, tokenHash, now, deviceId});
    if (!w)
        return std::unexpected(w.error());
    if (auto c2 = tx.commit(); !c2)
        return std::unexpected(c2.error());
    auto vendor = m_db->scalar(QStringLiteral("SELECT name FROM vendors WHERE id = ?"), {vendorId});
    PairResult r;
    r.token = makeToken(deviceId, tokenSecret);
    r.device.id = deviceId;
    r.device.vendorId = vendorId;
    r.device.vendorName = vendor ? vendor->toString() : QString();
    r.device.name = name;
    r.device.pairedAt = now;
    // A code of a market's office pairs a manager's device.
    if (auto m = m_db->exec(
            QStringLiteral("SELECT id, name FROM markets WHERE office_vendor_id = ?"), {vendorId});
        m && m->next()) {
        r.device.marketId = m->value(0).toString();
        r.device.marketName = m->value(1).toString();
    }
    return r;
}

Status ServerStore::recordClock(const QString &deviceId, qint64 offsetMs, qint64 at)
{
    auto r
        = m_db->run(QStringLiteral("UPDATE devices SET clock_offset_ms = ?, clock_checked_at = ? "
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
    auto q = m_db->run(QStringLiteral("SELECT %1, d.token_hash FROM %2 WHERE d.id = ?")
                           .arg(kDeviceCols, kDeviceFrom),
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
        stored = (*q)->value(11).toByteArray();
    }
    (*q)->finish(); // a statement left open would hold SQLite's read snapshot
    const bool match = crypto::constantTimeEquals(presented, stored);
    if (!found || !match)
        return std::unexpected(refused);
    if (d.revoked)
        return fail(Error::Code::Conflict, QStringLiteral("this device was revoked"));
    const qint64 now = Clock::nowMs();
    if (now - d.lastSeenAt > 60000)
        m_db->exec(QStringLiteral("UPDATE devices SET last_seen_at = ? WHERE id = ?"), {now, d.id});
    return d;
}

} // namespace sk::server
