#include "core/MarketDay.h"

#include "core/preorder/PreOrderRepository.h"

#include "core/Catalog.h"
#include "core/DatabaseRows.h"
#include "core/TextChecks.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlRecord>

namespace sk {

namespace {
const QString kCols = QStringLiteral(
    "id, device_id, market_name, business_date, opened_at, opening_float, closed_at, hlc");

// Where each field is in a result row, looked up by name once per query.
struct MarketDayRow
{
    explicit MarketDayRow(const QSqlRecord &r)
        : id(r.indexOf(QLatin1String("id")))
        , deviceId(r.indexOf(QLatin1String("device_id")))
        , marketName(r.indexOf(QLatin1String("market_name")))
        , businessDate(r.indexOf(QLatin1String("business_date")))
        , openedAt(r.indexOf(QLatin1String("opened_at")))
        , openingFloat(r.indexOf(QLatin1String("opening_float")))
        , closedAt(r.indexOf(QLatin1String("closed_at")))
        , hlc(r.indexOf(QLatin1String("hlc")))
    {}
    int id, deviceId, marketName, businessDate, openedAt, openingFloat, closedAt, hlc;

    MarketDay read(const QSqlQuery &q) const
    {
        MarketDay d;
        d.id = q.value(id).toString();
        d.deviceId = q.value(deviceId).toString();
        d.marketName = q.value(marketName).toString();
        d.businessDate = QDate::fromString(q.value(businessDate).toString(), Qt::ISODate);
        d.openedAt = q.value(openedAt).toLongLong();
        d.openingFloat = q.value(openingFloat).toLongLong();
        if (!q.value(closedAt).isNull())
            d.closedAt = q.value(closedAt).toLongLong();
        d.hlc = q.value(hlc).toLongLong();
        return d;
    }
};

// The day's event for the other devices, then the commit: the end of an opening or a closing.
Result<MarketDay> commitWithEvent(Database &db, Transaction &tx, const MarketDay &d)
{
    if (auto o = appendOutbox(db, QStringLiteral("market_day"), newUuid7(), d.hlc, d.toJson()); !o)
        return std::unexpected(o.error());
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return d;
}

// The markets a vendor picks from remember every name a market day used, here or elsewhere.
Status rememberMarket(Database &db, const QString &name, qint64 hlc)
{
    return executed(
        db.exec(QStringLiteral("INSERT INTO markets (id, name, hlc) VALUES (?, ?, ?) ON "
                               "CONFLICT (name) DO NOTHING"),
                {newUuid7(), name, hlc}));
}

QVariant closedAt(const MarketDay &d)
{
    return d.closedAt ? QVariant(*d.closedAt) : QVariant(QMetaType(QMetaType::LongLong));
}

// The open market day as read in `tx` once it has begun: what opening and closing a day decide
// on, in the transaction that writes the change.
Result<std::optional<MarketDay>> currentIn(const Transaction &tx, MarketDayRepository &days)
{
    if (auto b = tx.begun(); !b)
        return std::unexpected(b.error());
    return days.current();
}

} // namespace

MarketDayRepository::MarketDayRepository(Database &db)
    : m_db(db)
{}

Result<std::optional<MarketDay>> MarketDayRepository::current()
{
    // Prepared once per connection: every sale asks for it (a statement prepared per sale was
    // a tenth of a commit's own work).
    static const QString sql = QStringLiteral("SELECT %1 FROM market_days WHERE device_id = ? AND "
                                              "closed_at IS NULL ORDER BY opened_at DESC LIMIT 1")
                                   .arg(kCols);
    auto q = m_db.queryCached(sql, {m_db.deviceId()});
    if (!q)
        return std::unexpected(q.error());
    QSqlQuery &row = **q;
    std::optional<MarketDay> day;
    if (row.next())
        day = MarketDayRow(row.record()).read(row);
    row.finish();
    return day;
}

Result<MarketDay> MarketDayRepository::byId(const QString &id)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM market_days WHERE id = ?").arg(kCols), {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(Error::Code::NotFound, QStringLiteral("no market day %1").arg(id));
    return MarketDayRow(q->record()).read(*q);
}

Result<QList<MarketDay>> MarketDayRepository::all()
{
    auto q = m_db.exec(
        QStringLiteral("SELECT %1 FROM market_days ORDER BY business_date, opened_at").arg(kCols));
    if (!q)
        return std::unexpected(q.error());
    QList<MarketDay> out;
    const MarketDayRow row(q->record());
    while (q->next())
        out << row.read(*q);
    return out;
}

Result<MarketDay>
MarketDayRepository::open(const QString &marketName, Minor openingFloat, QDate businessDate)
{
    const QString name = marketName.trimmed();
    if (name.isEmpty() || name.size() > kMaxMarketName)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("market name must be 1-200 characters"));
    if (hasControlCharacter(name))
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("market name contains control characters"));
    if (openingFloat < 0 || openingFloat > kMaxOpeningFloat)
        return fail(Error::Code::InvalidInput, QStringLiteral("opening float must be 0 or more"));
    Transaction tx(m_db);
    auto cur = currentIn(tx, *this);
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
    if (auto w = insertRow(d); !w)
        return std::unexpected(w.error());
    return commitWithEvent(m_db, tx, d);
}

Result<MarketDay> MarketDayRepository::close()
{
    Transaction tx(m_db);
    auto cur = currentIn(tx, *this);
    if (!cur)
        return std::unexpected(cur.error());
    if (!*cur)
        return fail(Error::Code::NoMarketDay, QStringLiteral("no market day is open"));
    MarketDay d = **cur;
    d.closedAt = Clock::nowMs();
    d.hlc = Database::hlc().now();
    if (auto w = updateClosed(d); !w)
        return std::unexpected(w.error());
    // Orders of this day or earlier not picked up by now are no-shows: their stock is released
    // with the closing, in its transaction.
    if (auto n = PreOrderRepository(m_db).markNoShows(d.businessDate); !n)
        return std::unexpected(n.error());
    // Customers' contacts are kept only a set time after their order closed.
    if (auto n = PreOrderRepository(m_db).purgeContacts(PreOrderRepository::kContactDays); !n)
        return std::unexpected(n.error());
    return commitWithEvent(m_db, tx, d);
}

Result<QStringList> MarketDayRepository::marketNames()
{
    // A market whose fee was set up before its first day is one the vendor will pick too.
    return queryTexts(
        m_db,
        QStringLiteral("SELECT name FROM markets UNION SELECT market FROM market_fees ORDER BY 1"));
}

Status MarketDayRepository::insertRow(const MarketDay &d)
{
    if (auto m = rememberMarket(m_db, d.marketName, d.hlc); !m)
        return m;
    return executed(
        m_db.exec(QStringLiteral("INSERT INTO market_days (id, device_id, market_name, "
                                 "business_date, opened_at, opening_float, closed_at, hlc) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                  {d.id,
                   d.deviceId,
                   d.marketName,
                   d.businessDate.toString(Qt::ISODate),
                   d.openedAt,
                   d.openingFloat,
                   closedAt(d),
                   d.hlc}));
}

Status MarketDayRepository::updateClosed(const MarketDay &d)
{
    return executed(
        m_db.exec(QStringLiteral("UPDATE market_days SET closed_at = ?, hlc = ? WHERE id = ?"),
                  {closedAt(d), d.hlc, d.id}));
}

Status MarketDayRepository::applyEvent(const QJsonObject &data, qint64 hlc)
{
    auto d = MarketDay::fromJson(data);
    if (!d)
        return std::unexpected(d.error());
    d->hlc = hlc;
    auto have = m_db.scalar(QStringLiteral("SELECT hlc FROM market_days WHERE id = ?"), {d->id});
    if (!have)
        return std::unexpected(have.error());
    if (have->isNull())
        return insertRow(*d);
    // Only its closing changes after a day is opened: the newer event's wins.
    if (auto m = rememberMarket(m_db, d->marketName, hlc); !m)
        return m;
    if (have->toLongLong() < hlc)
        return updateClosed(*d);
    return {};
}

} // namespace sk
