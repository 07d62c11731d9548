// The baseline of the commit benchmark: what a hand-written program using only the SQLite C API
// needs to store the same sale durably. Same file layout (a Stallkeeper database made by the
// core, so the same tables, indexes and triggers), same pragmas (WAL, synchronous=FULL,
// foreign_keys, busy timeout), same rows per sale (receipt counter, header, 5 lines, 2 tenders,
// 5 stock movements, one outbox event with a real payload), every statement prepared once.
//
// usage: bench-sqlite-commit DB PAYLOAD_FILE COUNT
// prints one line per commit: "COMMIT_NS <nanoseconds>"

#include <sqlite3.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

namespace {

[[noreturn]] void die(sqlite3 *db, const char *what)
{
    std::fprintf(stderr, "bench-sqlite-commit: %s: %s\n", what, db ? sqlite3_errmsg(db) : "");
    std::exit(1);
}

sqlite3_stmt *prepare(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, nullptr) != SQLITE_OK)
        die(db, sql);
    return s;
}

void run(sqlite3 *db, sqlite3_stmt *s)
{
    const int rc = sqlite3_step(s);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        die(db, sqlite3_sql(s));
    sqlite3_reset(s);
}

void text(sqlite3_stmt *s, int i, const std::string &v)
{
    sqlite3_bind_text(s, i, v.data(), int(v.size()), SQLITE_TRANSIENT);
}

// UUIDv7 text, as the core makes them: 48 bits of milliseconds, then random bits.
std::string uuid7(std::mt19937_64 &rng)
{
    const auto ms = uint64_t(std::chrono::duration_cast<std::chrono::milliseconds>(
                                 std::chrono::system_clock::now().time_since_epoch())
                                 .count());
    const uint64_t a = rng(), b = rng();
    unsigned char bytes[16];
    for (int i = 0; i < 6; ++i)
        bytes[i] = static_cast<unsigned char>(ms >> (40 - 8 * i));
    for (int i = 6; i < 16; ++i)
        bytes[i] = static_cast<unsigned char>((i < 11 ? a : b) >> (8 * (i % 8)));
    bytes[6] = static_cast<unsigned char>(0x70 | (bytes[6] & 0x0f));
    bytes[8] = static_cast<unsigned char>(0x80 | (bytes[8] & 0x3f));
    static const char hex[] = "0123456789abcdef";
    std::string out;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out += '-';
        out += hex[bytes[i] >> 4];
        out += hex[bytes[i] & 15];
    }
    return out;
}

std::string one(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *s = prepare(db, sql);
    std::string v;
    if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_text(s, 0))
        v = reinterpret_cast<const char *>(sqlite3_column_text(s, 0));
    sqlite3_finalize(s);
    return v;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: bench-sqlite-commit DB PAYLOAD_FILE COUNT\n");
        return 2;
    }
    std::string payload;
    if (FILE *f = std::fopen(argv[2], "rb")) {
        char buf[4096];
        size_t n;
        while ((n = std::fread(buf, 1, sizeof buf, f)) > 0)
            payload.append(buf, n);
        std::fclose(f);
    } else {
        std::fprintf(stderr, "bench-sqlite-commit: cannot read %s\n", argv[2]);
        return 1;
    }
    const int count = std::atoi(argv[3]);

    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        die(db, "open");
    sqlite3_busy_timeout(db, 10000);
    for (const char *p :
         {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL"})
        if (sqlite3_exec(db, p, nullptr, nullptr, nullptr) != SQLITE_OK)
            die(db, p);

    const std::string device = one(db, "SELECT device_id FROM device");
    const std::string day = one(db, "SELECT id FROM market_days WHERE closed_at IS NULL");
    std::vector<std::string> products;
    {
        sqlite3_stmt *s = prepare(db, "SELECT id FROM products ORDER BY sku LIMIT 5");
        while (sqlite3_step(s) == SQLITE_ROW)
            products.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
        sqlite3_finalize(s);
    }
    if (device.empty() || day.empty() || products.size() != 5) {
        std::fprintf(
            stderr, "bench-sqlite-commit: %s is not a prepared benchmark database\n", argv[1]);
        return 1;
    }

    sqlite3_stmt *begin = prepare(db, "BEGIN IMMEDIATE");
    sqlite3_stmt *commit = prepare(db, "COMMIT");
    sqlite3_stmt *counter
        = prepare(db,
                  "UPDATE device SET receipt_counter = receipt_counter + 1 WHERE singleton = 1 "
                  "RETURNING receipt_counter");
    sqlite3_stmt *sale
        = prepare(db,
                  "INSERT INTO sales (id, device_id, receipt_no, kind, ref_sale_id, market_day_id, "
                  "market_name, created_at, utc_offset, hlc, currency, tax_inclusive, subtotal, "
                  "discount, tax, rounding, total, change_due, reason) "
                  "VALUES (?,?,?,'sale',NULL,?,'Bench Market',?,0,?,'USD',0,?,0,0,0,?,?,'')");
    sqlite3_stmt *line = prepare(
        db,
        "INSERT INTO sale_lines (id, sale_id, line_no, ref_line_id, product_id, sku, name, "
        "category, unit, qty, unit_price, gross, discount, net, tax_category, tax_rate_ppm, "
        "tax, eligibility) VALUES (?,?,?,NULL,?,?,?,'Produce','lb',?,?,?,0,?,'exempt',0,0,"
        "'snap token fmnp')");
    sqlite3_stmt *tender
        = prepare(db,
                  "INSERT INTO sale_tenders (id, sale_id, line_no, tender, amount, tendered, "
                  "change, untaxed, reference) VALUES (?,?,?,?,?,?,?,?,'')");
    sqlite3_stmt *move = prepare(
        db,
        "INSERT INTO stock_movements (id, product_id, kind, qty, hlc, device_id, created_at, "
        "sale_id, market_day_id, context, reason) VALUES (?,?,'sale',?,?,?,?,?,?,'','')");
    sqlite3_stmt *outbox = prepare(db,
                                   "INSERT INTO outbox (event_id, event_type, hlc, payload, "
                                   "created_at) VALUES (?,'sale',?,?,?)");

    std::mt19937_64 rng(7);
    int64_t hlc = int64_t(std::chrono::duration_cast<std::chrono::milliseconds>(
                              std::chrono::system_clock::now().time_since_epoch())
                              .count())
                  << 16;
    for (int n = 0; n < count; ++n) {
        const auto t0 = std::chrono::steady_clock::now();
        const int64_t now = hlc >> 16;
        ++hlc;
        run(db, begin);
        if (sqlite3_step(counter) != SQLITE_ROW)
            die(db, "receipt counter");
        const int64_t receipt = sqlite3_column_int64(counter, 0);
        sqlite3_reset(counter);
        char receiptNo[32];
        std::snprintf(receiptNo, sizeof receiptNo, "BEN-%06lld", static_cast<long long>(receipt));
        const std::string saleId = uuid7(rng);
        text(sale, 1, saleId);
        text(sale, 2, device);
        text(sale, 3, receiptNo);
        text(sale, 4, day);
        sqlite3_bind_int64(sale, 5, now);
        sqlite3_bind_int64(sale, 6, hlc);
        sqlite3_bind_int64(sale, 7, 2750);
        sqlite3_bind_int64(sale, 8, 2750);
        sqlite3_bind_int64(sale, 9, 250);
        run(db, sale);
        for (int i = 0; i < 5; ++i) {
            text(line, 1, uuid7(rng));
            text(line, 2, saleId);
            sqlite3_bind_int(line, 3, i + 1);
            text(line, 4, products[size_t(i)]);
            text(line, 5, "SKU-" + std::to_string(i));
            text(line, 6, "Bench item " + std::to_string(i));
            sqlite3_bind_int64(line, 7, 1000);
            sqlite3_bind_int64(line, 8, 550);
            sqlite3_bind_int64(line, 9, 550);
            sqlite3_bind_int64(line, 10, 550);
            run(db, line);
            text(move, 1, uuid7(rng));
            text(move, 2, products[size_t(i)]);
            sqlite3_bind_int64(move, 3, -1000);
            sqlite3_bind_int64(move, 4, hlc);
            text(move, 5, device);
            sqlite3_bind_int64(move, 6, now);
            text(move, 7, saleId);
            text(move, 8, day);
            run(db, move);
        }
        const char *tenders[] = {"snap", "cash"};
        for (int k = 0; k < 2; ++k) {
            text(tender, 1, uuid7(rng));
            text(tender, 2, saleId);
            sqlite3_bind_int(tender, 3, k + 1);
            text(tender, 4, tenders[k]);
            sqlite3_bind_int64(tender, 5, k == 0 ? 1000 : 1750);
            sqlite3_bind_int64(tender, 6, k == 0 ? 1000 : 2000);
            sqlite3_bind_int64(tender, 7, k == 0 ? 0 : 250);
            sqlite3_bind_int64(tender, 8, k == 0 ? 1000 : 0);
            run(db, tender);
        }
        text(outbox, 1, saleId);
        sqlite3_bind_int64(outbox, 2, hlc);
        text(outbox, 3, payload);
        sqlite3_bind_int64(outbox, 4, now);
        run(db, outbox);
        run(db, commit);
        const auto t1 = std::chrono::steady_clock::now();
        std::printf("COMMIT_NS %lld\n",
                    static_cast<long long>(
                        std::chrono::duration_cast<std::chrono::nanoseconds>(t1 - t0).count()));
    }
    for (sqlite3_stmt *s : {begin, commit, counter, sale, line, tender, move, outbox})
        sqlite3_finalize(s);
    sqlite3_close(db);
    return 0;
}
