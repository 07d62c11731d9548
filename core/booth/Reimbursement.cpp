#include "core/booth/Reimbursement.h"

#include "core/Catalog.h"
#include "core/Csv.h"
#include "core/DatabaseRows.h"
#include "core/booth/BoothLedger.h"
#include "core/booth/BoothStore.h"
#include "core/booth/VendorSlip.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sk::booth {

namespace {

QJsonObject parse(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QString num(qint64 v)
{
    return QString::number(v);
}

qint64 whole(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString().toLongLong();
}

// A statement's own fields with their JSON keys, one list for writing and reading alike.
template<typename S, typename Visit>
void statementFields(S &s, Visit visit)
{
    visit("id", s.id);
    visit("market_day", s.marketDay);
    visit("vendor_id", s.vendorId);
    visit("vendor_name", s.vendorName);
    visit("currency", s.currency);
    visit("status", s.status);
    visit("has_slip", s.hasSlip);
    visit("gross", s.gross);
    visit("fees", s.fees);
    visit("owed", s.owed);
    visit("hlc", s.hlc);
}

// The columns of a statement's CSV and of the program report's.
QStringList statementCsvColumns()
{
    return {QStringLiteral("market_day"),
            QStringLiteral("vendor"),
            QStringLiteral("program"),
            QStringLiteral("colour"),
            QStringLiteral("face_value"),
            QStringLiteral("slip_count"),
            QStringLiteral("counted"),
            QStringLiteral("difference"),
            QStringLiteral("gross"),
            QStringLiteral("fee"),
            QStringLiteral("owed"),
            QStringLiteral("status")};
}

QStringList programCsvColumns()
{
    return {QStringLiteral("date"),
            QStringLiteral("program"),
            QStringLiteral("sold_or_issued"),
            QStringLiteral("refunded"),
            QStringLiteral("redeemed_by_vendors"),
            QStringLiteral("customers"),
            QStringLiteral("transactions"),
            QStringLiteral("fees_collected")};
}

template<typename T>
constexpr bool kWhole = std::is_same_v<std::decay_t<T>, qint64>;

} // namespace

bool Statement::differs() const
{
    for (const StatementLine &l : lines)
        if (l.difference() != 0)
            return true;
    return !hasSlip;
}

QJsonObject Statement::toJson() const
{
    QJsonArray ls;
    for (const StatementLine &l : lines)
        ls.append(QJsonObject{{QStringLiteral("kind_id"), l.kindId},
                              {QStringLiteral("program"), l.program},
                              {QStringLiteral("colour"), l.colour},
                              {QStringLiteral("face_value"), num(l.faceValue)},
                              {QStringLiteral("counted"), num(l.counted)},
                              {QStringLiteral("slip_count"), num(l.slipCount)},
                              {QStringLiteral("fee_bps"), num(l.feeBps)},
                              {QStringLiteral("gross"), num(l.gross)},
                              {QStringLiteral("fee"), num(l.fee)},
                              {QStringLiteral("owed"), num(l.owed)}});
    QJsonObject o{{QStringLiteral("checks"), QJsonArray::fromStringList(checkSerials)},
                  {QStringLiteral("lines"), ls}};
    // Text and flags as they are, whole numbers as decimal strings.
    statementFields(*this, [&o](const char *key, const auto &v) {
        if constexpr (kWhole<decltype(v)>)
            o.insert(QLatin1String(key), num(v));
        else
            o.insert(QLatin1String(key), v);
    });
    return o;
}

Statement Statement::fromJson(const QJsonObject &o)
{
    Statement s;
    statementFields(s, [&o](const char *key, auto &v) {
        const QJsonValue value = o.value(QLatin1String(key));
        if constexpr (kWhole<decltype(v)>)
            v = value.toString().toLongLong();
        else if constexpr (std::is_same_v<std::decay_t<decltype(v)>, bool>)
            v = value.toBool();
        else
            v = value.toString();
    });
    for (const QJsonValue &v : o.value(QLatin1String("checks")).toArray())
        s.checkSerials << v.toString();
    for (const QJsonValue &v : o.value(QLatin1String("lines")).toArray()) {
        const QJsonObject l = v.toObject();
        StatementLine line;
        line.kindId = l.value(QLatin1String("kind_id")).toString();
        line.program = l.value(QLatin1String("program")).toString();
        line.colour = l.value(QLatin1String("colour")).toString();
        line.faceValue = whole(l, "face_value");
        line.counted = whole(l, "counted");
        line.slipCount = whole(l, "slip_count");
        line.feeBps = whole(l, "fee_bps");
        line.gross = whole(l, "gross");
        line.fee = whole(l, "fee");
        line.owed = whole(l, "owed");
        s.lines << line;
    }
    return s;
}

Result<QMap<QString, QString>> vendorsOfDay(Database &db, const QString &day)
{
    auto q = db.exec(QStringLiteral("SELECT vendor_id, vendor_name FROM booth_turnins WHERE "
                                    "market_day = ? UNION SELECT vendor_id, vendor_name FROM "
                                    "booth_slips WHERE market_day = ?"),
                     {day, day});
    if (!q)
        return std::unexpected(q.error());
    QMap<QString, QString> out;
    while (q->next())
        if (!out.contains(q->value(0).toString()) || out.value(q->value(0).toString()).isEmpty())
            out.insert(q->value(0).toString(), q->value(1).toString());
    return out;
}

Result<Statement> buildStatement(Database &db, const QString &day, const QString &vendorId)
{
    BoothLedger ledger(db);
    auto kinds = ledger.kinds();
    if (!kinds)
        return std::unexpected(kinds.error());
    auto counted = ledger.turnedIn(day, vendorId);
    if (!counted)
        return std::unexpected(counted.error());
    auto names = vendorsOfDay(db, day);
    if (!names)
        return std::unexpected(names.error());
    Statement s;
    s.id = day + QLatin1Char('/') + vendorId;
    s.marketDay = day;
    s.vendorId = vendorId;
    s.vendorName = names->value(vendorId);
    auto slipRow = db.scalar(QStringLiteral("SELECT record FROM booth_slips WHERE vendor_id = ? "
                                            "AND market_day = ? AND type = 'market_slip'"),
                             {vendorId, day});
    if (!slipRow)
        return std::unexpected(slipRow.error());
    std::optional<VendorSlip> slip;
    if (!slipRow->isNull())
        slip = VendorSlip::fromJson(parse(*slipRow));
    s.hasSlip = slip.has_value();
    QList<SlipLine> slipLines = slip ? slip->lines : QList<SlipLine>();
    if (slip)
        s.checkSerials = slip->checkSerials;
    for (const TokenKind &k : *kinds) {
        StatementLine l{.kindId = k.id,
                        .program = k.program,
                        .colour = k.colour,
                        .faceValue = k.faceValue,
                        .counted = counted->value(k.id),
                        .feeBps = k.feeBps};
        if (s.currency.isEmpty())
            s.currency = k.currency;
        // By the till's tender code, never the program's name: a till's "Market tokens" (or
        // "Fichas del mercado") and the booth's "Credit" are one token when the codes agree.
        const QStringList keys = k.tenderKeys();
        for (qsizetype i = 0; i < slipLines.size(); ++i)
            if (!slipLines[i].tender.isEmpty() && keys.contains(slipLines[i].tender)
                && slipLines[i].faceValue == k.faceValue) {
                l.slipCount = std::max<qint64>(0, l.slipCount) + slipLines[i].count;
                slipLines.removeAt(i--);
            }
        if (s.hasSlip && l.slipCount < 0)
            l.slipCount = 0;
        if (l.counted == 0 && l.slipCount <= 0)
            continue;
        l.gross = l.counted * l.faceValue;
        l.fee = (l.gross * l.feeBps + 5000) / 10000;
        l.owed = l.gross - l.fee;
        s.lines << l;
    }
    // What the slip lists that this booth has no token for: shown, owed nothing.
    for (const SlipLine &sl : slipLines) {
        StatementLine l;
        l.program = sl.program;
        l.faceValue = sl.faceValue;
        l.slipCount = sl.count;
        s.lines << l;
    }
    for (const StatementLine &l : s.lines) {
        s.gross += l.gross;
        s.fees += l.fee;
        s.owed += l.owed;
    }
    auto prior
        = db.scalar(QStringLiteral("SELECT record FROM booth_statements WHERE id = ?"), {s.id});
    if (!prior)
        return std::unexpected(prior.error());
    if (!prior->isNull())
        s.status = parse(*prior).value(QLatin1String("status")).toString();
    return s;
}

Result<Statement> issueStatement(Database &db, Statement s, const QString &status)
{
    if (!QStringList{QStringLiteral("counted"), QStringLiteral("approved"), QStringLiteral("paid")}
             .contains(status))
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("a statement is counted, approved or paid"));
    s.status = status;
    s.hlc = Database::hlc().now();
    const auto store = [](Database &d, const Statement &st) {
        return storeStatement(d, st.toJson());
    };
    if (auto w = inOwnTransaction(db,
                                  [&] {
                                      return storeAndQueue<Statement>(
                                          db, store, s, events::statement(), newUuid7());
                                  });
        !w)
        return std::unexpected(w.error());
    return s;
}

Status writeStatementCsv(const Statement &s, QIODevice *out)
{
    CsvWriter w(out, true);
    if (auto t
        = w.table(statementCsvColumns(),
                  s.lines,
                  [&s](CsvWriter &row, const StatementLine &l) {
                      row.text(s.marketDay).text(s.vendorName).text(l.program).text(l.colour);
                      row.fixed(l.faceValue, 2);
                      if (l.slipCount < 0)
                          row.text(QString());
                      else
                          row.number(l.slipCount);
                      row.number(l.counted).number(l.difference());
                      row.fixed(l.gross, 2).fixed(l.fee, 2).fixed(l.owed, 2).text(s.status);
                  });
        !t)
        return t;
    w.text(s.marketDay).text(s.vendorName).text(QStringLiteral("TOTAL")).text(QString());
    w.text(QString()).text(QString()).text(QString()).text(QString());
    w.fixed(s.gross, 2).fixed(s.fees, 2).fixed(s.owed, 2).text(s.status);
    return w.endRow();
}

Result<QList<ProgramDay>> programReport(Database &db, const QString &fromDay, const QString &toDay)
{
    BoothLedger ledger(db);
    auto kinds = ledger.kinds();
    if (!kinds)
        return std::unexpected(kinds.error());
    auto days = queryRows(db.exec(QStringLiteral("SELECT market_day FROM booth_txns WHERE "
                                                 "market_day BETWEEN ? AND ? UNION SELECT "
                                                 "market_day FROM booth_turnins WHERE market_day "
                                                 "BETWEEN ? AND ? ORDER BY 1"),
                                  {fromDay, toDay, fromDay, toDay}),
                          [](const QSqlQuery &q) { return q.value(0).toString(); });
    if (!days)
        return std::unexpected(days.error());
    QList<ProgramDay> out;
    for (const QString &day : *days)
        for (const TokenKind &k : *kinds) {
            // The amount column of the log this kind is paid out of.
            const QString column = k.role == u"snap"        ? QStringLiteral("snap_amount")
                                   : k.role == u"incentive" ? QStringLiteral("incentive_amount")
                                                            : QStringLiteral("card_amount");
            auto q = db.exec(
                QStringLiteral(
                    "SELECT COALESCE(SUM(CASE WHEN %1 > 0 THEN %1 ELSE 0 END), 0), "
                    "COALESCE(SUM(CASE WHEN %1 < 0 THEN -%1 ELSE 0 END), 0), "
                    "COUNT(DISTINCT CASE WHEN %1 <> 0 AND customer_ref <> '' THEN "
                    "customer_ref END), COUNT(CASE WHEN %1 <> 0 THEN 1 END), "
                    "COALESCE(SUM(CASE WHEN %1 <> 0 THEN fee_amount ELSE 0 END), 0), "
                    "(SELECT COALESCE(SUM(count), 0) FROM booth_turnins WHERE "
                    "market_day = ? AND kind_id = ?) FROM booth_txns WHERE market_day = ?")
                    .arg(column),
                {day, k.id, day});
            if (!q || !q->next())
                return fail(Error::Code::Database, QStringLiteral("program report failed"));
            out << ProgramDay{.day = day,
                              .program = k.program,
                              .role = k.role,
                              .soldOrIssued = q->value(0).toLongLong(),
                              .refunded = q->value(1).toLongLong(),
                              .redeemed = q->value(5).toLongLong() * k.faceValue,
                              .customers = q->value(2).toLongLong(),
                              .transactions = q->value(3).toLongLong(),
                              .fees = q->value(4).toLongLong()};
        }
    return out;
}

Status
writeProgramReportCsv(Database &db, const QString &fromDay, const QString &toDay, QIODevice *out)
{
    auto rows = programReport(db, fromDay, toDay);
    if (!rows)
        return std::unexpected(rows.error());
    return CsvWriter(out, true).table(
        programCsvColumns(), *rows, [](CsvWriter &w, const ProgramDay &p) {
            w.text(p.day).text(p.program);
            w.fixed(p.soldOrIssued, 2).fixed(p.refunded, 2).fixed(p.redeemed, 2);
            w.number(p.customers).number(p.transactions).fixed(p.fees, 2);
        });
}

} // namespace sk::booth
