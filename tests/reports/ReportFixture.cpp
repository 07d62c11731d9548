#include "tests/reports/ReportFixture.h"

#include "core/eod/MarketFees.h"

#include "core/Catalog.h"
#include "core/MarketDay.h"
#include "core/SaleRepository.h"
#include "core/StockLedger.h"
#include "core/eod/CashDrawer.h"
#include "core/preorder/PreOrderRepository.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <QtTest>

#include <ctime>

namespace sk::test {

namespace {

qint64 at(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::systemTimeZone())
        .toMSecsSinceEpoch();
}

void must(Status s, const char *what)
{
    if (!s)
        qFatal("report fixture: %s: %s", what, qPrintable(s.error().detail));
}

template<typename T>
T must(Result<T> r, const char *what)
{
    if (!r)
        qFatal("report fixture: %s: %s", what, qPrintable(r.error().detail));
    return std::move(*r);
}

Product product(const char *sku,
                const QString &name,
                const char *category,
                Unit unit,
                Minor price,
                const char *tax,
                bool snap,
                bool fmnp)
{
    Product p;
    p.sku = QString::fromLatin1(sku);
    p.name = name;
    p.category = QString::fromLatin1(category);
    p.unit = unit;
    p.price = price;
    p.taxCategory = QString::fromLatin1(tax);
    p.setClass(QStringLiteral("snap"), snap);
    p.setClass(QStringLiteral("fmnp"), fmnp);
    return p;
}

} // namespace

void useReportTimeZone()
{
    qputenv("TZ", "America/Chicago");
    tzset();
}

ReportFixture::ReportFixture()
{
    Database &db = m_db.db();
    FakeClock clock(at(2025, 6, 3, 12, 0));
    ProductRepository repo(db);
    const Product tomatoes = must(
        repo.save(product(
            "TOM", QStringLiteral("Tomatoes"), "Produce", Unit::Lb, 400, "exempt", true, true)),
        "tomatoes");
    const Product bread = must(
        repo.save(product(
            "BRD", QStringLiteral("Sourdough"), "Bread", Unit::Each, 700, "exempt", true, false)),
        "bread");
    const Product coffee = must(repo.save(product("COF",
                                                  QStringLiteral("Hot coffee"),
                                                  "Drinks",
                                                  Unit::Each,
                                                  300,
                                                  "prepared",
                                                  false,
                                                  false)),
                                "coffee");
    const Product evil
        = must(repo.save(product("EVIL",
                                 QStringLiteral("=HYPERLINK(\"http://x.test\",\"y\")"),
                                 "Goods",
                                 Unit::Each,
                                 1000,
                                 "general",
                                 false,
                                 false)),
               "evil");
    const SaleRules rules = must(SaleRules::load(db), "rules");
    MarketDayRepository days(db);
    SaleRepository sales(db);
    StockLedger ledger(db);
    CashDrawer drawer(db);
    auto cart = [](QList<CartLine> lines, QList<TenderEntry> tenders, Discount d = {}) {
        Cart c;
        c.lines = lines;
        c.tenders = tenders;
        c.discount = d;
        return c;
    };
    auto tender = [](const char *code, Minor amount) {
        return TenderEntry{QString::fromLatin1(code), amount, {}};
    };
    auto set = [&](int d, int h, int mi) {
        clock.advance(at(2025, 6, d, h, mi) - clock.now());
    };

    // Wednesday at Riverside.
    set(4, 8, 0);
    const MarketDay wed
        = must(days.open(QStringLiteral("Riverside"), 10000, QDate(2025, 6, 4)), "open wed");
    set(4, 8, 30);
    must(ledger.record(bread.id, QStringLiteral("count"), 20000, {}, QStringLiteral("loadout")),
         "loadout");
    set(4, 9, 5);
    const SaleRecord s1 = must(
        sales.commit(cart({{bread, 2000, {}}, {coffee, 1000, {}}}, {tender("cash", 2000)}), rules),
        "S1");
    set(4, 9, 40);
    must(sales.commit(cart({{tomatoes, 1500, {}}}, {tender("snap", 600)}), rules), "S2");
    set(4, 10, 15);
    must(
        sales.commit(cart({{evil, 1000, Discount::percent(100000)}}, {tender("card", 972)}), rules),
        "S3");
    set(4, 10, 30);
    must(sales.commit(cart({{coffee, 1000, {}}}, {tender("credit_token", 500)}), rules), "S4");
    set(4, 11, 0);
    must(sales.refund(
             s1.id, {RefundItem{{}, QStringLiteral("BRD"), 1000}}, QStringLiteral("=SUM(A1:A9)")),
         "R1");
    set(4, 11, 30);
    must(drawer.recordMovement(QStringLiteral("payout"), 500, QStringLiteral("ice")), "payout");
    set(4, 12, 0);
    must(ledger.record(bread.id, QStringLiteral("count"), 18000, {}, QStringLiteral("eod")), "eod");
    set(4, 12, 10);
    DrawerTally tally;
    tally.pieces.insert(2000, 5);
    tally.pieces.insert(100, 3);
    must(drawer.recordCount(wed.id, tally), "drawer count");
    set(4, 12, 20);
    must(days.close(), "close wed");

    // Saturday at a market whose name is a formula.
    set(7, 7, 50);
    must(days.open(QStringLiteral("=1+1 Market"), 5000, QDate(2025, 6, 7)), "open sat");
    set(7, 8, 0);
    must(ledger.record(tomatoes.id, QStringLiteral("count"), 10000, {}, QStringLiteral("loadout")),
         "loadout tom");
    set(7, 8, 10);
    must(sales.commit(cart({{bread, 1000, {}}, {coffee, 2000, {}}},
                           {tender("cash", 1500)},
                           Discount::percent(100000)),
                      rules),
         "S5");
    set(7, 9, 0);
    must(drawer.recordMovement(
             QStringLiteral("paid_in"), 1000, QStringLiteral("change from the bank")),
         "paid in");
    set(7, 13, 20);
    const SaleRecord s6 = must(
        sales.commit(cart({{tomatoes, 2000, {}}}, {tender("snap_token", 300), tender("fmnp", 500)}),
                     rules),
        "S6");
    set(7, 13, 25);
    must(sales.voidSale(s6.id, QStringLiteral("@rang up twice")), "V1");
    set(7, 14, 0);
    must(ledger.record(tomatoes.id, QStringLiteral("count"), 10000, {}, QStringLiteral("eod")),
         "eod tom");
    set(7, 14, 30);
    must(days.close(), "close sat");

    // Pick-up orders as they stand after both days, as another device handed them over (their
    // sales are that device's, not part of this history): only the orders report reads them.
    set(7, 15, 0);
    PreOrderRepository orders(db);
    auto order = [&](const char *number,
                     QDate day,
                     OrderState state,
                     QList<std::tuple<const Product *, Milli, Milli>> lines) {
        PreOrder o;
        o.number = QString::fromLatin1(number);
        o.customerName = QStringLiteral("=cmd|' /C calc'!A0");
        o.marketDate = day;
        o.state = state;
        for (const auto &[p, qty, picked] : lines)
            o.lines << PreOrderLine{p->id,
                                    p->sku,
                                    p->name,
                                    p->unit,
                                    p->price,
                                    qty,
                                    picked,
                                    lineAmount(p->price, picked).value_or(0)};
        must(orders.save(o), number);
    };
    const QDate wedDay(2025, 6, 4), satDay(2025, 6, 7);
    order("P-1", wedDay, OrderState::PickedUp, {{&bread, 2000, 2000}});
    order("P-2", wedDay, OrderState::PickedUp, {{&tomatoes, 2000, 2250}});
    order("P-3", wedDay, OrderState::NoShow, {{&bread, 1000, 0}});
    order("P-4", wedDay, OrderState::Cancelled, {{&bread, 3000, 0}});
    order("P-5", satDay, OrderState::Partly, {{&bread, 2000, 1000}, {&tomatoes, 1500, 1400}});
    order("P-6", satDay, OrderState::Placed, {{&tomatoes, 1000, 0}});
    order("P-7", satDay, OrderState::Cancelled, {{&bread, 1000, 0}});

    // What the markets charge (read when a report runs, so set once at the end).
    MarketFees fees(db);
    must(fees.save(MarketFee{QStringLiteral("Riverside"), 60000, {}, false, 500, 0, 1000, true}),
         "Riverside fee");
    must(fees.save(MarketFee{QStringLiteral("=1+1 Market"),
                             500000,
                             {QStringLiteral("cash")},
                             true,
                             0,
                             400,
                             0,
                             false}),
         "Saturday fee");
}

QString ReportFixture::normalise(const QString &csv)
{
    static const QRegularExpression uuid(
        QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    QString out;
    QHash<QString, QString> names;
    qsizetype last = 0;
    auto it = uuid.globalMatch(csv);
    while (it.hasNext()) {
        const auto m = it.next();
        out += csv.mid(last, m.capturedStart() - last);
        QString &n = names[m.captured()];
        if (n.isEmpty())
            n = QStringLiteral("id-%1").arg(names.size());
        out += n;
        last = m.capturedEnd();
    }
    out += csv.mid(last);
    out.replace(m_db.db().deviceCode() + QLatin1Char('-'), QStringLiteral("DEV-"));
    return out;
}

} // namespace sk::test
