#include "core/eod/TurnInSlip.h"

#include "core/BusinessSettings.h"
#include "core/Csv.h"
#include "core/FileSafety.h"
#include "core/MarketDay.h"
#include "core/SaleEngine.h"
#include "core/eod/CashDrawer.h"
#include "core/eod/SlipPdf.h"

#include <QBuffer>

namespace sk {

Minor TurnInSlip::total() const
{
    Minor t = 0;
    for (const TurnInLine &l : lines)
        t += l.amount;
    return t;
}

Minor TurnInSlip::programTotal(const QString &program) const
{
    Minor t = 0;
    for (const TurnInLine &l : lines)
        if (l.program == program)
            t += l.amount;
    return t;
}

QStringList TurnInSlip::programs() const
{
    QStringList out;
    for (const TurnInLine &l : lines)
        if (!out.contains(l.program))
            out << l.program;
    return out;
}

Minor TurnInSlip::variance() const
{
    Minor v = 0;
    for (const TurnInLine &l : lines)
        v += l.variance();
    return v;
}

QList<TurnInCheck> TurnInSlip::checksDueSoon() const
{
    QList<TurnInCheck> out;
    for (const TurnInCheck &c : checks)
        if (c.daysLeft <= kWarnDays)
            out << c;
    return out;
}

QByteArray TurnInSlip::toCsv() const
{
    QBuffer buf;
    buf.open(QIODevice::WriteOnly);
    CsvWriter w(&buf);
    const int d = currency.decimals;
    (void)w.header({QStringLiteral("vendor"),
                    QStringLiteral("market"),
                    QStringLiteral("date"),
                    QStringLiteral("kind"),
                    QStringLiteral("program"),
                    QStringLiteral("tender"),
                    QStringLiteral("tender_name"),
                    QStringLiteral("face_value"),
                    QStringLiteral("count"),
                    QStringLiteral("amount"),
                    QStringLiteral("counted"),
                    QStringLiteral("variance"),
                    QStringLiteral("serial"),
                    QStringLiteral("receipt_no"),
                    QStringLiteral("deposit_by"),
                    QStringLiteral("currency")});
    auto start = [&](const char *kind, const QString &program) -> CsvWriter & {
        return w.text(vendor)
            .text(market)
            .text(date.toString(Qt::ISODate))
            .text(QString::fromLatin1(kind))
            .text(program);
    };
    for (const TurnInLine &l : lines) {
        start("tender", l.program).text(l.tender).text(l.tenderName);
        if (l.faceValue > 0)
            w.fixed(l.faceValue, d).number(l.pieces);
        else
            w.text({}).number(l.payments);
        w.fixed(l.amount, d);
        if (l.counted)
            w.fixed(l.countedAmount, d).fixed(l.variance(), d);
        else
            w.text({}).text({});
        (void)w.text({}).text({}).text({}).text(currency.code).endRow();
    }
    for (const TurnInCheck &c : checks)
        (void)start("check", c.program)
            .text(c.tender)
            .text(c.tenderName)
            .text({})
            .number(1)
            .fixed(c.amount, d)
            .text({})
            .text({})
            .text(c.serial)
            .text(c.receiptNo)
            .text(c.depositBy.toString(Qt::ISODate))
            .text(currency.code)
            .endRow();
    // A row with only an amount: a program's total, the market's fee.
    const auto amountRow = [&](const char *kind, const QString &program, Minor amount) {
        (void)start(kind, program)
            .text({})
            .text({})
            .text({})
            .text({})
            .fixed(amount, d)
            .text({})
            .text({})
            .text({})
            .text({})
            .text({})
            .text(currency.code)
            .endRow();
    };
    for (const QString &p : programs())
        amountRow("program", p, programTotal(p));
    start("total", {}).text({}).text({}).text({}).text({}).fixed(total(), d);
    if (hasCount)
        w.text({}).fixed(variance(), d);
    else
        w.text({}).text({});
    (void)w.text({}).text({}).text({}).text(currency.code).endRow();
    // The market's fee for the day (and, paid weekly, the week's so far): what the manager
    // takes off the total above.
    if (fee) {
        amountRow("market_fee", {}, fee->due());
        if (fee->weekly)
            amountRow("market_fee_week", {}, feeDueThrough);
    }
    return buf.data();
}

Result<TurnInSlip> buildTurnInSlip(Database &db, const QString &marketDayId, QDate today)
{
    auto day = MarketDayRepository(db).byId(marketDayId);
    if (!day)
        return std::unexpected(day.error());
    auto rules = SaleRules::load(db);
    if (!rules)
        return std::unexpected(rules.error());
    TurnInSlip s;
    s.vendor = db.setting(QStringLiteral("store_name"));
    s.market = day->marketName;
    s.date = day->businessDate;
    s.marketDayId = marketDayId;
    s.currency = rules->currency;
    s.madeOn = today;

    auto count = CashDrawer(db).latestCount(marketDayId);
    if (!count)
        return std::unexpected(count.error());
    s.hasCount = count->has_value();
    MarketFees fees(db);
    auto fee = fees.day(marketDayId);
    if (!fee)
        return std::unexpected(fee.error());
    if (*fee) {
        auto through = fees.dueThrough(marketDayId);
        if (!through)
            return std::unexpected(through.error());
        s.fee = **fee;
        s.feeDueThrough = *through;
    }

    // Programs in the order their first tender comes in the till, tenders in that order within.
    QStringList order;
    for (const TenderType &t : rules->tenders)
        if (!t.program.isEmpty() && !order.contains(t.program))
            order << t.program;
    for (const QString &program : order) {
        for (const TenderType &t : rules->tenders) {
            if (t.program != program)
                continue;
            auto q = db.exec(
                QStringLiteral("SELECT count(*) FILTER (WHERE t.tendered > 0), "
                               "coalesce(sum(t.tendered), 0) FROM sale_tenders t JOIN sales s "
                               "ON s.id = t.sale_id WHERE s.market_day_id = ? AND t.tender = ?"),
                {marketDayId, t.code});
            if (!q)
                return std::unexpected(q.error());
            TurnInLine l;
            l.program = program;
            l.tender = t.code;
            l.tenderName = t.name;
            l.faceValue = t.faceValue;
            if (q->next()) {
                l.payments = q->value(0).toLongLong();
                l.amount = q->value(1).toLongLong();
            }
            if (l.faceValue > 0)
                l.pieces = l.amount / l.faceValue;
            if (*count)
                for (const DrawerCountLine &c : (*count)->lines)
                    if (c.kind == u"tender" && c.code == t.code) {
                        l.counted = true;
                        l.countedAmount = c.amount;
                    }
            if (l.payments == 0 && l.amount == 0 && !l.counted)
                continue;
            s.lines << l;
            if (t.depositDays <= 0)
                continue;
            // The checks: every one taken that no refund gave back to the program.
            auto c = db.exec(
                QStringLiteral("SELECT t.reference, s.receipt_no, t.tendered FROM sale_tenders t "
                               "JOIN sales s ON s.id = t.sale_id WHERE s.market_day_id = ? AND "
                               "t.tender = ? AND t.tendered > 0 AND NOT EXISTS (SELECT 1 FROM "
                               "sale_tenders r WHERE r.ref_tender_id = t.id) "
                               "ORDER BY s.created_at, s.id, t.line_no"),
                {marketDayId, t.code});
            if (!c)
                return std::unexpected(c.error());
            while (c->next()) {
                TurnInCheck k;
                k.program = program;
                k.tender = t.code;
                k.tenderName = t.name;
                k.serial = c->value(0).toString();
                k.receiptNo = c->value(1).toString();
                k.amount = c->value(2).toLongLong();
                k.depositBy = s.date.addDays(t.depositDays);
                k.daysLeft = int(today.daysTo(k.depositBy));
                s.checks << k;
            }
        }
    }
    return s;
}

Status saveTurnInSlip(const TurnInSlip &slip, const QString &path, const SlipText &text)
{
    const QString lower = path.toLower();
    if (lower.endsWith(QLatin1String(".csv"))) {
        const QByteArray csv = slip.toCsv();
        return writeFileAtomically(path, [&](QIODevice *out) -> Status {
            if (out->write(csv) != csv.size())
                return fail(Error::Code::Io, out->errorString());
            return {};
        });
    }
    if (lower.endsWith(QLatin1String(".pdf"))) {
        const QByteArray pdf = slipPdf(slip, text);
        return writeFileAtomically(path, [&](QIODevice *out) -> Status {
            if (out->write(pdf) != pdf.size())
                return fail(Error::Code::Io, out->errorString());
            return {};
        });
    }
    return fail(Error::Code::InvalidInput,
                QStringLiteral("the slip is written as .pdf or .csv, not \"%1\"").arg(path));
}

} // namespace sk
