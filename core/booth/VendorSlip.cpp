#include "core/booth/VendorSlip.h"

#include "core/Catalog.h"
#include "core/Ids.h"
#include "core/Limits.h"
#include "core/booth/MarketLink.h"
#include "core/eod/TurnInSlip.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>

namespace sk::booth {

Result<VendorSlip> recordSlip(Database &db, VendorSlip slip)
{
    if (slip.id.isEmpty())
        slip.id = newUuid7();
    if (!slip.createdAt)
        slip.createdAt = Clock::nowMs();
    QString why;
    if (!VendorSlip::fromJson(slip.toJson(), &why))
        return fail(Error::Code::InvalidInput, why);
    Transaction tx(db);
    if (auto b = tx.begun(); !b)
        return std::unexpected(b.error());
    if (auto o = appendOutbox(
            db, QStringLiteral("market_slip"), slip.id, Database::hlc().now(), slip.toJson());
        !o)
        return std::unexpected(o.error());
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return slip;
}

VendorSlip slipFromTurnIn(const TurnInSlip &t, const QString &marketId)
{
    VendorSlip s;
    s.marketId = marketId;
    s.marketDay = t.date.toString(Qt::ISODate);
    s.vendorName = t.vendor;
    s.currency = t.currency.code;
    for (const TurnInLine &l : t.lines) {
        if (l.faceValue <= 0 || l.pieces <= 0)
            continue;
        // One line per tender and face value: the tender is what the booth matches by.
        bool merged = false;
        for (SlipLine &known : s.lines)
            if (known.tender == l.tender && known.faceValue == l.faceValue) {
                known.count += l.pieces;
                known.total = known.count * known.faceValue;
                merged = true;
            }
        if (!merged)
            s.lines << SlipLine{l.program, l.faceValue, l.pieces, l.pieces * l.faceValue, l.tender};
    }
    for (const TurnInCheck &k : t.checks)
        if (!k.serial.trimmed().isEmpty())
            s.checkSerials << k.serial.trimmed();
    return s;
}

std::optional<JoinedMarket> marketOfDay(const QList<JoinedMarket> &joined,
                                        const QString &marketName)
{
    const QString wanted = marketName.simplified();
    for (const JoinedMarket &m : joined)
        if (m.name.simplified().compare(wanted, Qt::CaseInsensitive) == 0)
            return m;
    if (joined.size() == 1)
        return joined.first();
    return std::nullopt;
}

Result<SlipDelivery> slipDelivery(Database &db, const QString &marketId, const QString &day)
{
    // An event is unsent while its number is in outbox_unsent (core/SchemaOutbox.cpp).
    auto q = db.exec(QStringLiteral("SELECT o.payload, u.seq IS NULL, o.rejected_reason FROM "
                                    "outbox o LEFT JOIN outbox_unsent u ON u.seq = o.seq WHERE "
                                    "o.event_type = 'market_slip' ORDER BY o.seq DESC"));
    if (!q)
        return std::unexpected(q.error());
    SlipDelivery d;
    while (q->next()) {
        const QJsonObject env = QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
        auto slip = VendorSlip::fromJson(env.value(QLatin1String("data")).toObject());
        if (!slip || slip->marketId != marketId || slip->marketDay != day)
            continue;
        d.slip = *slip;
        d.reason = q->value(2).toString();
        d.state = !d.reason.isEmpty()   ? SlipDelivery::State::Refused
                  : q->value(1).toInt() ? SlipDelivery::State::Sent
                                        : SlipDelivery::State::Waiting;
        break;
    }
    return d;
}

std::optional<QJsonObject>
statementOfDay(const QJsonArray &statements, const QString &marketId, const QString &day)
{
    for (const QJsonValue &v : statements) {
        const QJsonObject o = v.toObject();
        const QJsonObject data = o.value(QLatin1String("data")).toObject();
        if (o.value(QLatin1String("market_id")).toString() == marketId
            && data.value(QLatin1String("market_day")).toString() == day)
            return data;
    }
    return std::nullopt;
}

} // namespace sk::booth
