#include "core/eod/MarketFees.h"

#include "core/DatabaseRows.h"
#include "core/ProgramSync.h"
#include "core/SaleEngine.h"

namespace sk {

namespace {

// n / d rounded half away from zero, as applyPpm rounds (Money.h), in SQL.
QString roundedDiv(const QString &n, const QString &d)
{
    return QStringLiteral("(CASE WHEN (%2) = 0 THEN 0 WHEN ((%1) < 0) = ((%2) < 0) THEN "
                          "(2 * abs(%1) + abs(%2)) / (2 * abs(%2)) ELSE -((2 * abs(%1) + "
                          "abs(%2)) / (2 * abs(%2))) END)")
        .arg(n, d);
}

} // namespace

QString MarketFees::daysSql()
{
    // Per sale, what the counted tenders paid of it (refunds and voids are negative and take
    // their share back); without tax, the sale's tax is taken off in the same proportion.
    const QString perSale = QStringLiteral(
        "SELECT s.market_day_id AS day_id, s.tax AS tax, s.total AS total, sum(t.amount) AS inc "
        "FROM sales s JOIN market_days md ON md.id = s.market_day_id JOIN market_fees f ON "
        "f.market = md.market_name JOIN sale_tenders t ON t.sale_id = s.id WHERE f.tenders = '' "
        "OR instr(' ' || f.tenders || ' ', ' ' || t.tender || ' ') > 0 GROUP BY s.id");
    const QString perDay
        = QStringLiteral("SELECT x.day_id AS day_id, sum(x.inc - CASE WHEN f.include_tax = 1 "
                         "THEN 0 ELSE %1 END) AS base FROM (%2) x JOIN market_days md ON md.id = "
                         "x.day_id JOIN market_fees f ON f.market = md.market_name GROUP BY "
                         "x.day_id")
              .arg(roundedDiv(QStringLiteral("x.tax * x.inc"), QStringLiteral("x.total")), perSale);
    const QString days
        = QStringLiteral(
              "SELECT md.id AS id, md.business_date AS business_date, md.market_name AS market, "
              "f.period AS period, CASE f.period WHEN 'weekly' THEN date(md.business_date, "
              "'-6 days', 'weekday 1') ELSE md.business_date END AS period_start, "
              "coalesce(b.base, 0) AS base, f.share_ppm, f.min_daily, f.max_daily, f.stall_fee "
              "FROM market_days md JOIN market_fees f ON f.market = md.market_name LEFT JOIN (%1) "
              "b ON b.day_id = md.id")
              .arg(perDay);
    const QString shared
        = QStringLiteral("SELECT d.*, %1 AS share FROM (%2) d")
              .arg(roundedDiv(QStringLiteral("d.base * d.share_ppm"), QStringLiteral("1000000")),
                   days);
    return QStringLiteral("SELECT id, business_date, market, period, period_start, base, share, "
                          "max(min_daily, CASE WHEN max_daily > 0 THEN min(share, max_daily) "
                          "ELSE share END) AS fee, stall_fee FROM (%1) e")
        .arg(shared);
}

Result<QList<MarketFee>> MarketFees::all()
{
    return queryRows(m_db,
                     QStringLiteral("SELECT market, share_ppm, tenders, include_tax, min_daily, "
                                    "max_daily, stall_fee, period FROM market_fees ORDER BY "
                                    "market COLLATE NOCASE"),
                     {},
                     [](const QSqlQuery &q) {
                         return MarketFee{
                             q.value(0).toString(),
                             q.value(1).toLongLong(),
                             q.value(2).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts),
                             q.value(3).toBool(),
                             q.value(4).toLongLong(),
                             q.value(5).toLongLong(),
                             q.value(6).toLongLong(),
                             q.value(7).toString() == u"weekly"};
                     });
}

Result<std::optional<MarketFee>> MarketFees::forMarket(const QString &market)
{
    auto list = all();
    if (!list)
        return std::unexpected(list.error());
    for (const MarketFee &f : *list)
        if (f.market == market)
            return f;
    return std::optional<MarketFee>();
}

Status MarketFees::save(const MarketFee &f)
{
    const QString market = f.market.trimmed();
    if (market.isEmpty())
        return fail(Error::Code::InvalidInput, QStringLiteral("name the market the fee is for"));
    if (f.sharePpm < 0 || f.sharePpm > 1000000)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("the market's share must be 0 to 100 %"));
    const std::pair<Minor, const char *> amounts[] = {{f.minDaily, "the least per day"},
                                                      {f.maxDaily, "the most per day"},
                                                      {f.stallFee, "the stall fee"}};
    for (const auto &[m, what] : amounts)
        if (m < 0 || m > kMaxAmount)
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("%1 must be 0 or more and below 1,000,000 (not %2)")
                            .arg(QLatin1String(what), formatFixed(m, 2)));
    if (f.maxDaily > 0 && f.maxDaily < f.minDaily)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("the most per day must not be below the least per day"));
    auto rules = SaleRules::load(m_db);
    if (!rules)
        return std::unexpected(rules.error());
    for (const QString &code : f.tenders)
        if (!rules->tender(code))
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("no tender \"%1\" (see tender list)").arg(code.left(40)));
    Transaction tx(m_db);
    if (auto b = tx.begun(); !b)
        return std::unexpected(b.error());
    const qint64 hlc = Database::hlc().now();
    MarketFee stored = f;
    stored.market = market;
    if (auto o
        = programsync::append(m_db, programsync::kFeeType, programsync::feeJson(stored), hlc);
        !o)
        return o;
    auto r = m_db.exec(
        QStringLiteral("INSERT INTO market_fees (market, share_ppm, tenders, include_tax, "
                       "min_daily, max_daily, stall_fee, period, hlc) VALUES (?, ?, ?, ?, ?, ?, "
                       "?, ?, ?) ON CONFLICT (market) DO UPDATE SET share_ppm = "
                       "excluded.share_ppm, tenders = excluded.tenders, include_tax = "
                       "excluded.include_tax, min_daily = excluded.min_daily, max_daily = "
                       "excluded.max_daily, stall_fee = excluded.stall_fee, period = "
                       "excluded.period, hlc = excluded.hlc"),
        {market,
         f.sharePpm,
         f.tenders.join(QLatin1Char(' ')),
         int(f.includeTax),
         f.minDaily,
         f.maxDaily,
         f.stallFee,
         f.weekly ? QStringLiteral("weekly") : QStringLiteral("daily"),
         hlc});
    if (!r)
        return std::unexpected(r.error());
    return tx.commit();
}

Status MarketFees::remove(const QString &market)
{
    Transaction tx(m_db);
    if (auto b = tx.begun(); !b)
        return b;
    auto r = m_db.exec(QStringLiteral("DELETE FROM market_fees WHERE market = ?"), {market});
    if (!r)
        return std::unexpected(r.error());
    if (r->numRowsAffected() == 0)
        return tx.commit();
    MarketFee gone;
    gone.market = market;
    if (auto o = programsync::append(
            m_db, programsync::kFeeType, programsync::feeJson(gone, true), Database::hlc().now());
        !o)
        return o;
    return tx.commit();
}

Result<QList<FeeDay>> MarketFees::days(const QString &where, std::initializer_list<QVariant> binds)
{
    return queryRows(m_db,
                     QStringLiteral("SELECT * FROM (%1) WHERE %2 ORDER BY business_date, id")
                         .arg(daysSql(), where),
                     binds,
                     [](const QSqlQuery &q) {
                         FeeDay d;
                         d.marketDayId = q.value(0).toString();
                         d.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
                         d.market = q.value(2).toString();
                         d.weekly = q.value(3).toString() == u"weekly";
                         d.base = q.value(5).toLongLong();
                         d.share = q.value(6).toLongLong();
                         d.fee = q.value(7).toLongLong();
                         d.stallFee = q.value(8).toLongLong();
                         return d;
                     });
}

Result<std::optional<FeeDay>> MarketFees::day(const QString &marketDayId)
{
    auto d = days(QStringLiteral("id = ?"), {marketDayId});
    if (!d)
        return std::unexpected(d.error());
    if (d->isEmpty())
        return std::optional<FeeDay>();
    return d->first();
}

Result<Minor> MarketFees::dueThrough(const QString &marketDayId)
{
    auto one = day(marketDayId);
    if (!one)
        return std::unexpected(one.error());
    if (!*one)
        return Minor(0);
    if (!(*one)->weekly)
        return (*one)->due();
    auto week = days(QStringLiteral("market = ? AND period_start = (SELECT period_start FROM (%1) "
                                    "WHERE id = ?) AND business_date <= ?")
                         .arg(daysSql()),
                     {(*one)->market, marketDayId, (*one)->date.toString(Qt::ISODate)});
    if (!week)
        return std::unexpected(week.error());
    Minor sum = 0;
    for (const FeeDay &d : *week)
        sum += d.due();
    return sum;
}

} // namespace sk
