#include "core/DemoData.h"

#include "core/BusinessSettings.h"
#include "core/Catalog.h"
#include "core/MarketDay.h"
#include "core/SaleRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <random>

namespace sk {

namespace {
struct DemoProduct
{
    const char *sku, *name, *category, *unit;
    Minor price;
    const char *tax;
    bool snap, fmnp;
    const char *color;
    int seasonFrom, seasonTo; // months, inclusive (1-12); 0 = all year
    const char *barcode;
};

// clang-format off
const DemoProduct kProducts[] = {
    {"JAM-STR", QT_TRANSLATE_NOOP("DemoData", "Strawberry jam"), QT_TRANSLATE_NOOP("DemoData", "Jams"), "each", 850, "exempt", true, false, "#e4572e", 0, 0, "0850001000019"},
    {"JAM-APR", QT_TRANSLATE_NOOP("DemoData", "Apricot jam"), QT_TRANSLATE_NOOP("DemoData", "Jams"), "each", 850, "exempt", true, false, "#f3a712", 0, 0, "0850001000026"},
    {"JAM-BLK", QT_TRANSLATE_NOOP("DemoData", "Blackberry jam"), QT_TRANSLATE_NOOP("DemoData", "Jams"), "each", 900, "exempt", true, false, "#5c3c92", 0, 0, "0850001000033"},
    {"HNY-WLD", QT_TRANSLATE_NOOP("DemoData", "Wildflower honey"), QT_TRANSLATE_NOOP("DemoData", "Jams"), "each", 1200, "exempt", true, false, "#f6ae2d", 0, 0, "0850001000040"},
    {"BRD-SOUR", QT_TRANSLATE_NOOP("DemoData", "Sourdough loaf"), QT_TRANSLATE_NOOP("DemoData", "Bread"), "each", 700, "exempt", true, false, "#c08552", 0, 0, "0850001000057"},
    {"BRD-RYE", QT_TRANSLATE_NOOP("DemoData", "Rye loaf"), QT_TRANSLATE_NOOP("DemoData", "Bread"), "each", 750, "exempt", true, false, "#8d6346", 0, 0, "0850001000064"},
    {"BRD-BAG", QT_TRANSLATE_NOOP("DemoData", "Baguette"), QT_TRANSLATE_NOOP("DemoData", "Bread"), "each", 400, "exempt", true, false, "#deb887", 0, 0, "0850001000071"},
    {"PST-CRO", QT_TRANSLATE_NOOP("DemoData", "Croissant"), QT_TRANSLATE_NOOP("DemoData", "Bread"), "each", 350, "exempt", true, false, "#f4d35e", 0, 0, "0850001000088"},
    {"CHS-CHE", QT_TRANSLATE_NOOP("DemoData", "Aged cheddar"), QT_TRANSLATE_NOOP("DemoData", "Cheese"), "lb", 1400, "exempt", true, false, "#ffbf46", 0, 0, "0850001000095"},
    {"CHS-GOA", QT_TRANSLATE_NOOP("DemoData", "Fresh goat cheese"), QT_TRANSLATE_NOOP("DemoData", "Cheese"), "each", 800, "exempt", true, false, "#fffbe6", 0, 0, "0850001000101"},
    {"CHS-BRI", QT_TRANSLATE_NOOP("DemoData", "Farmhouse brie"), QT_TRANSLATE_NOOP("DemoData", "Cheese"), "lb", 1800, "exempt", true, false, "#f5f0e1", 0, 0, "0850001000118"},
    {"VEG-TOM", QT_TRANSLATE_NOOP("DemoData", "Heirloom tomatoes"), QT_TRANSLATE_NOOP("DemoData", "Produce"), "lb", 450, "exempt", true, true, "#d62828", 7, 10, "0850001000125"},
    {"VEG-POT", QT_TRANSLATE_NOOP("DemoData", "Potatoes"), QT_TRANSLATE_NOOP("DemoData", "Produce"), "lb", 199, "exempt", true, true, "#a68a64", 0, 0, "0850001000132"},
    {"VEG-CAR", QT_TRANSLATE_NOOP("DemoData", "Carrots (bunch)"), QT_TRANSLATE_NOOP("DemoData", "Produce"), "each", 300, "exempt", true, true, "#f77f00", 0, 0, "0850001000149"},
    {"VEG-KAL", QT_TRANSLATE_NOOP("DemoData", "Kale (bunch)"), QT_TRANSLATE_NOOP("DemoData", "Produce"), "each", 350, "exempt", true, true, "#2a9d8f", 0, 0, "0850001000156"},
    {"VEG-ZUC", QT_TRANSLATE_NOOP("DemoData", "Zucchini"), QT_TRANSLATE_NOOP("DemoData", "Produce"), "lb", 250, "exempt", true, true, "#588157", 6, 9, "0850001000163"},
    {"FRT-STR", QT_TRANSLATE_NOOP("DemoData", "Strawberries (pint)"), QT_TRANSLATE_NOOP("DemoData", "Produce"), "each", 600, "exempt", true, true, "#ef233c", 5, 7, "0850001000170"},
    {"FRT-APL", QT_TRANSLATE_NOOP("DemoData", "Apples"), QT_TRANSLATE_NOOP("DemoData", "Produce"), "lb", 275, "exempt", true, true, "#9b2226", 8, 12, "0850001000187"},
    {"FRT-PCH", QT_TRANSLATE_NOOP("DemoData", "Peaches"), QT_TRANSLATE_NOOP("DemoData", "Produce"), "lb", 399, "exempt", true, true, "#ffb4a2", 7, 9, "0850001000194"},
    {"EGG-DOZ", QT_TRANSLATE_NOOP("DemoData", "Eggs (dozen)"), QT_TRANSLATE_NOOP("DemoData", "Eggs"), "each", 650, "exempt", true, false, "#fefae0", 0, 0, "0850001000200"},
    {"COF-BAG", QT_TRANSLATE_NOOP("DemoData", "Coffee beans 12 oz"), QT_TRANSLATE_NOOP("DemoData", "Coffee"), "each", 1600, "exempt", true, false, "#6f4e37", 0, 0, "0850001000217"},
    {"COF-CUP", QT_TRANSLATE_NOOP("DemoData", "Hot coffee"), QT_TRANSLATE_NOOP("DemoData", "Coffee"), "each", 300, "prepared", false, false, "#3e2723", 0, 0, nullptr},
    {"CID-HOT", QT_TRANSLATE_NOOP("DemoData", "Hot cider"), QT_TRANSLATE_NOOP("DemoData", "Coffee"), "each", 400, "prepared", false, false, "#bc6c25", 9, 3, nullptr},
    {"SNK-CKE", QT_TRANSLATE_NOOP("DemoData", "Cookie"), QT_TRANSLATE_NOOP("DemoData", "Bread"), "each", 250, "exempt", true, false, "#ddb892", 0, 0, nullptr},
    {"FLW-BOU", QT_TRANSLATE_NOOP("DemoData", "Flower bouquet"), QT_TRANSLATE_NOOP("DemoData", "Flowers"), "each", 1500, "general", false, false, "#ff70a6", 4, 10, nullptr},
    {"TOT-BAG", QT_TRANSLATE_NOOP("DemoData", "Canvas tote bag"), QT_TRANSLATE_NOOP("DemoData", "Goods"), "each", 1800, "general", false, false, "#7f5539", 0, 0, "0850001000224"},
};
// clang-format on

bool inSeason(const DemoProduct &p, int month)
{
    if (p.seasonFrom == 0)
        return true;
    if (p.seasonFrom <= p.seasonTo)
        return month >= p.seasonFrom && month <= p.seasonTo;
    return month >= p.seasonFrom || month <= p.seasonTo; // wraps the new year
}

// Generation writes a year of sales in minutes only without an fsync per market day, with the
// b-trees' hot pages in memory (with SQLite's 2 MB default cache, most of the time went to
// re-reading index pages from the OS) and with statement journals in memory (in files, a
// quarter of the time was their writes). The file is scratch data until the generator
// returns, so losing it to a power cut costs nothing; the connection's settings are restored.
class GenerationPragmas
{
public:
    explicit GenerationPragmas(Database &db)
        : m_db(db)
    {
        if (auto c = db.scalar(QStringLiteral("PRAGMA cache_size")))
            m_cacheSize = c->toLongLong();
        if (auto s = db.scalar(QStringLiteral("PRAGMA synchronous")))
            m_synchronous = s->toInt();
        if (auto t = db.scalar(QStringLiteral("PRAGMA temp_store")))
            m_tempStore = t->toInt();
        db.exec(QStringLiteral("PRAGMA synchronous = OFF"));
        db.exec(QStringLiteral("PRAGMA cache_size = -262144")); // 256 MiB
        db.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    }
    ~GenerationPragmas()
    {
        m_db.exec(QStringLiteral("PRAGMA synchronous = %1").arg(m_synchronous));
        m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
        m_db.exec(QStringLiteral("PRAGMA temp_store = %1").arg(m_tempStore));
    }
    GenerationPragmas(const GenerationPragmas &) = delete;
    GenerationPragmas &operator=(const GenerationPragmas &) = delete;

private:
    Database &m_db;
    qint64 m_cacheSize = -2000;
    int m_synchronous = 2; // FULL
    int m_tempStore = 0;   // DEFAULT
};
} // namespace

Status seedDemoCatalog(Database &db)
{
    ProductRepository repo(db);
    // Only a till in US dollars sells by the pound; everywhere else the scale reads kilograms.
    const bool metric = BusinessSettings(db).currencyCode() != u"USD";
    Transaction tx(db);
    if (auto b = tx.begun(); !b)
        return b;
    int pos = 0;
    for (const DemoProduct &d : kProducts) {
        Product p;
        p.sku = QString::fromLatin1(d.sku);
        // In the language the till runs in when it is seeded (the first start, after the
        // language was chosen); without a translation installed, in English.
        p.name = QCoreApplication::translate("DemoData", d.name);
        if (metric && p.sku == u"COF-BAG") // the bag is the same 340 g, marked in grams
            p.name = QCoreApplication::translate("DemoData", "Coffee beans 340 g");
        p.category = QCoreApplication::translate("DemoData", d.category);
        p.unit = unitFromCode(QString::fromLatin1(d.unit)).value_or(Unit::Each);
        p.price = d.price;
        if (metric && p.unit == Unit::Lb) {
            // Priced per kilogram where the market weighs in kilograms: 2.20462 lb to the kg,
            // rounded to ten minor units as a stall would mark it.
            p.unit = Unit::Kg;
            p.price = divRound(__int128(d.price) * 220462, 1000000).value_or(0) * 10;
        }
        p.taxCategory = QString::fromLatin1(d.tax);
        p.classes = {QStringLiteral("token")};
        p.setClass(QStringLiteral("snap"), d.snap);
        p.setClass(QStringLiteral("fmnp"), d.fmnp);
        // Fresh produce is what the fruit-and-vegetable incentives match (by the category's
        // own name: the till may have seeded it as "Frutas y verduras").
        p.setClass(QStringLiteral("fv"), d.fmnp && qstrcmp(d.category, "Produce") == 0);
        p.quickPos = pos++;
        p.quickColor = QString::fromLatin1(d.color);
        p.lowStock = p.unit == Unit::Each ? 5000 : 3000;
        if (d.barcode)
            p.barcodes << QString::fromLatin1(d.barcode);
        if (auto r = repo.save(p, true); !r)
            return std::unexpected(r.error());
    }
    return tx.commit();
}

Result<DemoSummary> generateDemoData(Database &db, const DemoOptions &o)
{
    if (o.marketDays < 0 || o.salesPerDay < 0 || o.marketDays > 100000 || o.salesPerDay > 100000)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("days and sales per day must be 0-100000"));
    ProductRepository repo(db);
    auto existing = repo.all(true);
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->isEmpty())
        if (auto s = seedDemoCatalog(db); !s)
            return std::unexpected(s.error());
    auto catalog = repo.all(false);
    if (!catalog)
        return std::unexpected(catalog.error());
    auto rules = SaleRules::load(db);
    if (!rules)
        return std::unexpected(rules.error());
    const GenerationPragmas pragmas(db);
    MarketDayRepository days(db);
    if (auto cur = days.current(); cur && *cur)
        if (auto c = days.close(); !c)
            return std::unexpected(c.error());

    std::mt19937_64 rng(o.seed);
    auto uniform = [&](int lo, int hi) {
        return std::uniform_int_distribution<int>(lo, hi)(rng);
    };
    auto chance = [&](double p) {
        return std::uniform_real_distribution<double>(0, 1)(rng) < p;
    };

    struct Market
    {
        QString name;
        int weekday; // Qt: 1 = Monday
        int openHour, closeHour;
    };
    const QList<Market> markets = {{QStringLiteral("Riverside Wednesday Market"), 3, 15, 19},
                                   {QStringLiteral("Downtown Saturday Market"), 6, 8, 13},
                                   {QStringLiteral("Hillside Sunday Market"), 7, 10, 14}};
    const QTimeZone tz = QTimeZone::systemTimeZone();
    DemoSummary summary;
    SaleRepository sales(db);
    StockLedger ledger(db);
    QDate date = o.start;
    QList<SaleRecord> todays;

    for (int d = 0; d < o.marketDays;) {
        const Market *m = nullptr;
        for (const Market &mk : markets)
            if (mk.weekday == date.dayOfWeek())
                m = &mk;
        if (!m) {
            date = date.addDays(1);
            continue;
        }
        ++d;
        qint64 now = QDateTime(date, QTime(m->openHour - 1, 30), tz).toMSecsSinceEpoch();
        Clock::setSource([&now] { return now; });
        auto day = days.open(m->name, 15000, date);
        if (!day) {
            Clock::setSource({});
            return std::unexpected(day.error());
        }
        QList<const Product *> available;
        for (const Product &p : *catalog) {
            const DemoProduct *dp = nullptr;
            for (const DemoProduct &x : kProducts)
                if (p.sku == QLatin1String(x.sku))
                    dp = &x;
            if (!dp || inSeason(*dp, date.month()))
                available << &p;
        }
        Transaction tx(db);
        if (auto b = tx.begun(); !b) {
            Clock::setSource({});
            return std::unexpected(b.error());
        }
        // Load-out: what went onto the truck.
        for (const Product *p : available)
            if (auto r
                = ledger.record(p->id,
                                StockKind::Count,
                                (p->unit == Unit::Each ? 40 : 30) * 1000 + uniform(0, 20) * 1000,
                                {},
                                QStringLiteral("loadout"),
                                true);
                !r) {
                Clock::setSource({});
                return std::unexpected(r.error());
            }
        const qint64 span = qint64(m->closeHour - m->openHour) * 3600000;
        const qint64 opening = QDateTime(date, QTime(m->openHour, 0), tz).toMSecsSinceEpoch();
        todays.clear();
        for (int s = 0; s < o.salesPerDay; ++s) {
            // Busier in the first half of the market: square the uniform variate.
            const double u = std::uniform_real_distribution<double>(0, 1)(rng);
            now = opening
                  + qint64(u * u * 0.8 * double(span)
                           + double(s) * double(span) * 0.2 / std::max(1, o.salesPerDay));
            Cart cart;
            // 1 to 7 lines, three on average (a basket: 20 % one item, 25 % two, ...).
            static constexpr int kLinesPercent[] = {20, 25, 20, 15, 10, 6, 4};
            int nLines = 1;
            for (int pick = uniform(0, 99); pick >= kLinesPercent[nLines - 1]; ++nLines)
                pick -= kLinesPercent[nLines - 1];
            nLines = std::min<int>(int(available.size()), nLines);
            for (int l = 0; l < nLines; ++l) {
                const Product *p = available[uniform(0, int(available.size()) - 1)];
                CartLine line;
                line.product = *p;
                line.qty = p->unit == Unit::Each ? uniform(1, 3) * 1000 : uniform(250, 3000);
                if (chance(0.03))
                    line.discount = Discount::percent(100000);
                cart.lines << line;
            }
            if (chance(0.02))
                cart.discount = Discount::amount(100);
            auto comp = computeCart(*rules, cart);
            // The till refuses more off than a cart costs: a cart under 1.00 goes without it.
            if (!comp && cart.discount.kind != Discount::Kind::None) {
                cart.discount = {};
                comp = computeCart(*rules, cart);
            }
            if (!comp) {
                Clock::setSource({});
                return std::unexpected(comp.error());
            }
            Minor snapEligible = 0, fmnpEligible = 0;
            for (int i = 0; i < cart.lines.size(); ++i) {
                if (cart.lines[i].product.inClass(QStringLiteral("snap")))
                    snapEligible += comp->lines[i].net;
                if (cart.lines[i].product.inClass(QStringLiteral("fmnp")))
                    fmnpEligible += comp->lines[i].net;
            }
            const int mix = uniform(0, 99);
            if (mix < 10 && snapEligible > 0) {
                cart.tenders << TenderEntry{QStringLiteral("snap"), snapEligible, {}};
            } else if (mix < 14 && snapEligible >= 100) {
                cart.tenders << TenderEntry{
                    QStringLiteral("snap_token"), snapEligible / 100 * 100, {}};
            } else if (mix < 18 && fmnpEligible >= 100) {
                cart.tenders << TenderEntry{
                    QStringLiteral("fmnp"), std::min<Minor>(fmnpEligible, 500), {}};
            } else if (mix < 22) {
                cart.tenders << TenderEntry{QStringLiteral("credit_token"), 500, {}};
            }
            comp = computeCart(*rules, cart);
            const Minor left = comp ? comp->due : 0;
            if (left > 0) {
                if (uniform(0, 99) < 55) {
                    // Cash: the next round note up, sometimes exact.
                    const Minor step = left > 2000 ? 2000 : (left > 1000 ? 1000 : 500);
                    const Minor handed = chance(0.3) ? left : (left + step - 1) / step * step;
                    cart.tenders << TenderEntry{QStringLiteral("cash"), handed, {}};
                } else {
                    cart.tenders << TenderEntry{QStringLiteral("card"), left, {}};
                }
            }
            auto r = sales.record(cart, *rules, o.outbox);
            if (!r) {
                Clock::setSource({});
                return std::unexpected(r.error());
            }
            ++summary.sales;
            summary.lines += r->lines.size();
            todays << *r;
        }
        if (auto c = tx.commit(); !c) {
            Clock::setSource({});
            return std::unexpected(c.error());
        }
        // A few mistakes fixed at the stall.
        for (const SaleRecord &r : std::as_const(todays)) {
            now += 1000;
            if (chance(0.003)) {
                if (sales.voidSale(r.id, QStringLiteral("rang up twice")))
                    ++summary.voids;
            } else if (chance(0.004) && !r.lines.isEmpty()) {
                if (sales.refund(r.id,
                                 {RefundItem{r.lines.first().id, {}, 0}},
                                 QStringLiteral("customer returned it")))
                    ++summary.refunds;
            }
        }
        // Load-in: the end-of-day count of a few items, with a little shrinkage.
        now = opening + span + 600000;
        for (int k = 0; k < std::min<int>(5, available.size()); ++k) {
            const Product *p = available[uniform(0, int(available.size()) - 1)];
            auto level = ledger.level(p->id);
            if (level)
                ledger.record(p->id,
                              StockKind::Count,
                              std::max<Milli>(0, level->level - (chance(0.3) ? 1000 : 0)),
                              {},
                              QStringLiteral("eod"));
        }
        auto closed = days.close();
        Clock::setSource({});
        if (!closed)
            return std::unexpected(closed.error());
        ++summary.marketDays;
        if (o.progress && !o.progress(d, o.marketDays))
            return fail(Error::Code::Cancelled, QStringLiteral("demo data cancelled"));
        date = date.addDays(1);
    }
    return summary;
}

} // namespace sk
