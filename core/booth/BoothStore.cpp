#include "core/booth/BoothStore.h"

#include "core/sync/SyncEngine.h"

#include <QJsonDocument>

namespace sk::booth {

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Status ran(const Result<QSqlQuery> &r)
{
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Status refused(const char *what)
{
    return fail(
        Error::Code::InvalidInput,
        QStringLiteral("a %1 record of the booth is not complete").arg(QLatin1String(what)));
}

// Pulled from the market's other booth devices: the same writes as a record made here.
template<typename T, Status (*Store)(Database &, const T &)>
Status applyRecord(Database &db, const sync::Event &e, const char *what)
{
    const auto r = T::fromJson(e.data);
    if (!r)
        return refused(what);
    return Store(db, *r);
}

const sync::ApplyRegistration kKindReg{"booth_kind", [](Database &db, const sync::Event &e) {
                                           return applyRecord<TokenKind, storeKind>(db, e, "kind");
                                       }};
const sync::ApplyRegistration kConfigReg{"booth_config", [](Database &db, const sync::Event &e) {
                                             return storeConfig(db, BoothConfig::fromJson(e.data));
                                         }};
const sync::ApplyRegistration kTxnReg{"booth_txn", [](Database &db, const sync::Event &e) {
                                          return applyRecord<BoothTxn, storeTxn>(db, e, "sale");
                                      }};
const sync::ApplyRegistration kMoveReg{"booth_move", [](Database &db, const sync::Event &e) {
                                           return applyRecord<TokenMove, storeMove>(db, e, "token");
                                       }};
const sync::ApplyRegistration kTurnInReg{"booth_turnin", [](Database &db, const sync::Event &e) {
                                             return applyRecord<TurnIn, storeTurnIn>(
                                                 db, e, "turn-in");
                                         }};
const sync::ApplyRegistration kCloseReg{
    "booth_close", [](Database &db, const sync::Event &e) {
        BoothClose c;
        c.id = e.data.value(QLatin1String("id")).toString();
        if (c.id.isEmpty())
            return refused("close");
        c.deviceId = e.deviceId;
        c.hlc = e.hlc;
        c.marketDay = e.data.value(QLatin1String("market_day")).toString();
        return storeClose(db, c, e.data);
    }};
const sync::ApplyRegistration kStatementReg{"booth_statement",
                                            [](Database &db, const sync::Event &e) {
                                                return storeStatement(db, e.data);
                                            }};

} // namespace

Status storeKind(Database &db, const TokenKind &k)
{
    return ran(db.exec(QStringLiteral("INSERT INTO booth_token_kinds (id, record, hlc) VALUES (?, "
                                      "?, ?) ON CONFLICT (id) DO UPDATE SET record = "
                                      "excluded.record, hlc = excluded.hlc WHERE excluded.hlc > "
                                      "booth_token_kinds.hlc"),
                       {k.id, compact(k.toJson()), k.hlc}));
}

Status storeConfig(Database &db, const BoothConfig &c)
{
    return ran(db.exec(QStringLiteral("INSERT INTO booth_config (id, record, hlc) VALUES (1, ?, ?) "
                                      "ON CONFLICT (id) DO UPDATE SET record = excluded.record, "
                                      "hlc = excluded.hlc WHERE excluded.hlc > booth_config.hlc"),
                       {compact(c.toJson()), c.hlc}));
}

Status storeTxn(Database &db, const BoothTxn &t)
{
    return ran(
        db.exec(QStringLiteral("INSERT OR IGNORE INTO booth_txns (id, device_id, created_at, "
                               "hlc, market_day, customer_ref, kind, payment, snap_amount, "
                               "incentive_amount, card_amount, fee_amount, approval) "
                               "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                {t.id,
                 t.deviceId,
                 t.createdAt,
                 t.hlc,
                 t.marketDay,
                 t.customerRef,
                 t.kind,
                 t.payment,
                 t.snapAmount,
                 t.incentiveAmount,
                 t.cardAmount,
                 t.feeAmount,
                 t.approval}));
}

Status storeMove(Database &db, const TokenMove &m)
{
    return ran(db.exec(QStringLiteral("INSERT OR IGNORE INTO booth_moves (id, device_id, "
                                      "created_at, hlc, market_day, kind_id, from_state, "
                                      "to_state, count, txn_id, vendor_id, note) VALUES "
                                      "(?,?,?,?,?,?,?,?,?,?,?,?)"),
                       {m.id,
                        m.deviceId,
                        m.createdAt,
                        m.hlc,
                        m.marketDay,
                        m.kindId,
                        stateName(m.from),
                        stateName(m.to),
                        m.count,
                        m.txnId,
                        m.vendorId,
                        m.note}));
}

Status storeTurnIn(Database &db, const TurnIn &t)
{
    return ran(db.exec(
        QStringLiteral("INSERT OR IGNORE INTO booth_turnins (id, device_id, hlc, "
                       "market_day, vendor_id, vendor_name, kind_id, count) VALUES "
                       "(?,?,?,?,?,?,?,?)"),
        {t.id, t.deviceId, t.hlc, t.marketDay, t.vendorId, t.vendorName, t.kindId, t.count}));
}

Status storeClose(Database &db, const BoothClose &c, const QJsonObject &record)
{
    return ran(db.exec(QStringLiteral("INSERT OR IGNORE INTO booth_closes (id, device_id, hlc, "
                                      "market_day, record) VALUES (?,?,?,?,?)"),
                       {c.id, c.deviceId, c.hlc, c.marketDay, compact(record)}));
}

Status storeClose(Database &db, const BoothClose &c)
{
    return storeClose(db, c, c.toJson());
}

Status storeStatement(Database &db, const QJsonObject &record)
{
    const QString id = record.value(QLatin1String("id")).toString();
    const QString day = record.value(QLatin1String("market_day")).toString();
    const QString vendor = record.value(QLatin1String("vendor_id")).toString();
    bool ok = false;
    const qint64 hlc = record.value(QLatin1String("hlc")).toString().toLongLong(&ok);
    if (id.isEmpty() || day.size() != 10 || vendor.isEmpty() || !ok)
        return refused("statement");
    return ran(db.exec(QStringLiteral("INSERT INTO booth_statements (id, market_day, vendor_id, "
                                      "record, hlc) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO "
                                      "UPDATE SET record = excluded.record, hlc = excluded.hlc "
                                      "WHERE excluded.hlc > booth_statements.hlc"),
                       {id, day, vendor, compact(record), hlc}));
}

} // namespace sk::booth
