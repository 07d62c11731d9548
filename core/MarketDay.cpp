#include "MarketDay.h"

#include "Catalog.h"

#include <QDateTime>
#include <QJsonObject>

namespace sk {

namespace {
const QString kCols = QStringLiteral(
    "id, device_id, market_name, business_date, opened_at, opening_float, closed_at, hlc");

MarketDay fromRow(const QSqlQuery &q)
{
    MarketDay d;
    d.id = q.value(0).toString();
    d.deviceId = q.value(1).toString();
    d.marketName = q.value(2).toString();
    d.businessDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    d.openedAt = q.value(4).toLongLong();
    d.openingFloat = q.value(5).toLongLong();
    if (!q.value(6).isNull())
        d.closedAt = q.value(6).toLongLong();
    d.hlc = q.value(7).toLongLong();
    return d;
}

QJsonObject toJson(const MarketDay &d)
{
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("device_id"), d.deviceId},
            {QStringLiteral("market_name"), d.marketName},
            {QStringLiteral("business_date"), d.businessDate.toString(Qt::ISODate)},
            {QStringLiteral("opened_at"), QString::number(d.openedAt)},
            {QStringLiteral("opening_float"), QString::number(d.openingFloat)},
            {QStringLiteral("closed_at"),
             d.closedAt ? QJsonValue(QString::number(*d.closedAt)) : QJsonValue()}};
}
} // namespace

MarketDayRepository::MarketDayRepository(Database &db)
    : m_db(db)
{}

Result<std::optional<MarketDay>> MarketDayRepository::current()
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM market_days WHERE device_id = ? AND "
                                      "closed_at IS NULL ORDER BY opened_at DESC LIMIT 1")
                           .arg(kCols),
                       {m_db.deviceId()});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<MarketDay>();
    return std::optional<MarketDay>(fromRow(*q));
}

Result<MarketDay> MarketDayRepository::byId(const QString &id)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM market_days WHERE id = ?").arg(kCols), {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(Error::Code::NotFound, QStringLiteral("no market day %1").arg(id));
    return fromRow(*q);
}

Result<QList<MarketDay>> MarketDayRepository::all()
{
    auto q = m_db.exec(
        QStringLiteral("SELECT %1 FROM market_days ORDER BY business_date, opened_at").arg(kCols));
    if (!q)
        return std::unexpected(q.error());
    QList<MarketDay> out;
    while (q->next())
        out << fromRow(*q);
    return out;
}

Result<MarketDay>
MarketDayRepository::open(const QString &marketName, Minor openingFloat, QDate businessDate)
{
    const QString name = marketName.trimmed();
    if (name.isEmpty() || name.size() > kMaxMarketName)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("market name must be 1-200 characters"));
    for (QChar c : name)
        if (c.category() == QChar::Other_Control)
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("market name contains control characters"));
    if (openingFloat < 0 || openingFloat > kMaxOpeningFloat)
        return fail(Error::Code::InvalidInput, QStringLiteral("opening float must be 0 or more"));
    Transaction tx(m_db);
    if (auto b = tx.begun(); !b)
        return std::unexpected(b.error());
    auto cur = current();
    if (!cur)
        return std::unexpected(cur.error());
    if (*cur)
        return fail(Error::Code::Conflict,
                    QStringLiteral("market day at %1 (%2) is still open; close it first")
                        .arg((*cur)->marketName, (*cur)->businessDate.toString(Qt::ISODate)));
    MarketDay d;
    d.id = newUuid7();
    d.deviceId = m_db.deviceId();
    d.marketName = name;
    d.openedAt = Clock::nowMs();
    d.businessDate
        = businessDate.isValid() ? businessDate : QDateTime::fromMSecsSinceEpoch(d.openedAt).date();
    d.openingFloat = openingFloat;
    d.hlc = Database::hlc().now();
    auto m = m_db.exec(QStringLiteral("INSERT INTO markets (id, name, hlc) VALUES (?, ?, ?) "
                                      "ON CONFLICT (name) DO NOTHING"),
                       {newUuid7(), name, d.hlc});
    if (!m)
        return std::unexpected(m.error());
    auto r = m_db.exec(QStringLiteral("INSERT INTO market_days (id, device_id, market_name, "
                                      "business_date, opened_at, opening_float, hlc) VALUES "
                                      "(?, ?, ?, ?, ?, ?, ?)"),
                       {d.id,
                        d.deviceId,
                        d.marketName,
                        d.businessDate.toString(Qt::ISODate),
                        d.openedAt,
                        d.openingFloat,
                        d.hlc});
    if (!r)
        return std::unexpected(r.error());
    if (auto o = appendOutbox(m_db, QStringLiteral("market_day"), newUuid7(), d.hlc, toJson(d)); !o)
        return std::unexpected(o.error());
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return d;
}

Result<MarketDay> MarketDayRepository::close()
{
    Transaction tx(m_db);
    if (auto b = tx.begun(); !b)
        return std::unexpected(b.error());
    auto cur = current();
    if (!cur)
        return std::unexpected(cur.error());
    if (!*cur)
        return fail(Error::Code::NoMarketDay, QStringLiteral("no market day is open"));
    MarketDay d = **cur;
    d.closedAt = Clock::nowMs();
    d.hlc = Database::hlc().now();
    auto r = m_db.exec(QStringLiteral("UPDATE market_days SET closed_at = ?, hlc = ? WHERE id = ?"),
                       {*d.closedAt, d.hlc, d.id});
    if (!r)
        return std::unexpected(r.error());
    if (auto o = appendOutbox(m_db, QStringLiteral("market_day"), newUuid7(), d.hlc, toJson(d)); !o)
        return std::unexpected(o.error());
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return d;
}

Result<QStringList> MarketDayRepository::marketNames()
{
    auto q = m_db.exec(QStringLiteral("SELECT name FROM markets ORDER BY name"));
    if (!q)
        return std::unexpected(q.error());
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

} // namespace sk
