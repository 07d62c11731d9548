#include "core/booth/BoothLedger.h"

#include "core/Catalog.h"
#include "core/DatabaseRows.h"
#include "core/Ids.h"
#include "core/booth/BoothStore.h"

#include <QDate>
#include <QJsonDocument>
#include <QRegularExpression>

namespace sk::booth {

namespace {

constexpr qint64 kMaxTokens = 10000000;

QJsonObject parse(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

// The paths tokens take: into the office when bought or printed, out to the booth and back,
// to customers and back (a refund), to vendors (a turn-in, or back on a recount), back to the
// office to be used again, or destroyed. Never back to nothing.
bool allowed(TokenState from, TokenState to)
{
    using S = TokenState;
    static const QList<std::pair<S, S>> paths = {{S::None, S::Office},
                                                 {S::Office, S::Booth},
                                                 {S::Booth, S::Office},
                                                 {S::Booth, S::Customers},
                                                 {S::Customers, S::Booth},
                                                 {S::Customers, S::Vendors},
                                                 {S::Vendors, S::Customers},
                                                 {S::Vendors, S::Office},
                                                 {S::Office, S::Destroyed},
                                                 {S::Booth, S::Destroyed},
                                                 {S::Vendors, S::Destroyed}};
    return paths.contains({from, to});
}

// The first of the kinds that `matches`; NotFound with `missing` when none does.
template<typename Match>
Result<TokenKind>
firstKind(const Result<QList<TokenKind>> &all, Match matches, const QString &missing)
{
    if (!all)
        return std::unexpected(all.error());
    for (const TokenKind &k : *all)
        if (matches(k))
            return k;
    return fail(Error::Code::NotFound, missing);
}

} // namespace

Result<QString> customerReference(const QString &typed)
{
    QString t = typed.trimmed().toUpper();
    QString compact = t;
    compact.remove(QLatin1Char(' '));
    compact.remove(QLatin1Char('-'));
    int digits = 0;
    for (QChar c : compact)
        digits += c.isDigit() ? 1 : 0;
    if (digits > 10)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("a full card number is never kept: type only the last 4 digits "
                                   "of the card, or the program card number"));
    static const QRegularExpression ok(QStringLiteral("^[A-Z0-9]{4,24}$"));
    if (!ok.match(compact).hasMatch())
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("the customer is the last 4 digits of the card or a program "
                                   "card number (4 to 24 letters and digits)"));
    if (digits == compact.size() && digits != 4 && digits < 6)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("type the last 4 digits of the card"));
    return compact;
}

Status checkMarketDay(const QString &day)
{
    if (day.size() != 10 || !QDate::fromString(day, Qt::ISODate).isValid())
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("the market day is a date written YYYY-MM-DD"));
    return {};
}

BoothLedger::BoothLedger(Database &db)
    : m_db(db)
{}

Result<TokenKind> BoothLedger::saveKind(TokenKind k)
{
    k.program = k.program.trimmed();
    k.colour = k.colour.trimmed();
    if (k.program.isEmpty() || k.program.size() > 60)
        return fail(Error::Code::InvalidInput, QStringLiteral("name the token's program"));
    if (k.faceValue <= 0 || k.faceValue > kMaxAmount)
        return fail(Error::Code::InvalidInput, QStringLiteral("a token's face value is above 0"));
    if (k.feeBps < 0 || k.feeBps > 10000)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("the market's fee is 0 to 100 % of the token's value"));
    QStringList tenders;
    for (const QString &t : std::as_const(k.tenders)) {
        const QString code = t.trimmed();
        static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_.-]{1,40}$"));
        if (code.isEmpty())
            continue;
        if (!shape.match(code).hasMatch())
            return fail(
                Error::Code::InvalidInput,
                QStringLiteral("\"%1\" is not a till's tender code (letters, digits, _ . -)")
                    .arg(code.left(40)));
        if (!tenders.contains(code))
            tenders << code;
    }
    if (tenders.size() > 20)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("a token is paid back for at most 20 tender codes"));
    k.tenders = tenders;
    if (k.id.isEmpty())
        k.id = newUuid7();
    k.hlc = Database::hlc().now();
    if (!TokenKind::fromJson(k.toJson()))
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("a token is sold for snap, incentive or credit"));
    if (auto s = inOwnTransaction(
            m_db, [&] { return storeAndQueue(m_db, storeKind, k, events::kind(), newUuid7()); });
        !s)
        return std::unexpected(s.error());
    return k;
}

Result<QList<TokenKind>> BoothLedger::kinds()
{
    auto out = queryReadableRows(
        m_db.exec(QStringLiteral("SELECT record FROM booth_token_kinds")),
        [](const QSqlQuery &q) { return TokenKind::fromJson(parse(q.value(0))); });
    if (!out)
        return out;
    // SNAP first, then the incentive, then credit; by face value within each.
    const QStringList order
        = {QStringLiteral("snap"), QStringLiteral("incentive"), QStringLiteral("credit")};
    std::sort(out->begin(), out->end(), [&](const TokenKind &a, const TokenKind &b) {
        return std::tuple(order.indexOf(a.role), a.faceValue, a.program)
               < std::tuple(order.indexOf(b.role), b.faceValue, b.program);
    });
    return out;
}

Result<TokenKind> BoothLedger::kindFor(const QString &role)
{
    return firstKind(
        kinds(),
        [&](const TokenKind &k) { return k.role == role; },
        QStringLiteral("no %1 token is set up: add one in the booth's settings").arg(role));
}

Result<TokenKind> BoothLedger::kind(const QString &id)
{
    return firstKind(
        kinds(),
        [&](const TokenKind &k) {
            return k.id == id || k.program.compare(id, Qt::CaseInsensitive) == 0;
        },
        QStringLiteral("no token kind \"%1\"").arg(id.left(60)));
}

Result<BoothConfig> BoothLedger::config()
{
    auto v = m_db.scalar(QStringLiteral("SELECT record FROM booth_config WHERE id = 1"));
    if (!v)
        return std::unexpected(v.error());
    return BoothConfig::fromJson(parse(*v));
}

Status BoothLedger::saveConfig(BoothConfig c)
{
    if (c.matchBps < 0 || c.matchBps > 100000 || c.dayCap < 0 || c.monthCap < 0
        || c.dayCap > kMaxAmount || c.monthCap > kMaxAmount || c.cardFeeBps < 0
        || c.cardFeeBps > 2000)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("the match is 0-1000 %, caps 0 or more, the card fee 0-20 %"));
    c.hlc = Database::hlc().now();
    return inOwnTransaction(
        m_db, [&] { return storeAndQueue(m_db, storeConfig, c, events::config(), newUuid7()); });
}

Status BoothLedger::setUpDefaults(const QString &currency)
{
    auto all = kinds();
    if (!all)
        return std::unexpected(all.error());
    if (!all->isEmpty())
        return {};
    const struct
    {
        const char *program, *role, *colour;
        Minor face;
        qint64 feeBps;
    } defaults[] = {{"SNAP", "snap", "green", 100, 0},
                    {"Double Up", "incentive", "red", 100, 0},
                    {"Credit", "credit", "blue", 500, 300}};
    for (const auto &d : defaults) {
        TokenKind k;
        // The same id on every booth device: two devices set up before they first sync
        // end with one kind of each, the newer setting winning.
        k.id = QStringLiteral("%1-%2").arg(QLatin1String(d.role)).arg(d.face);
        k.program = QString::fromLatin1(d.program);
        k.role = QString::fromLatin1(d.role);
        k.colour = QString::fromLatin1(d.colour);
        k.currency = currency;
        k.faceValue = d.face;
        k.feeBps = d.feeBps;
        if (auto s = saveKind(k); !s)
            return std::unexpected(s.error());
    }
    return {};
}

Result<qint64> BoothLedger::inState(const QString &kindId, TokenState s)
{
    auto v = m_db.scalar(QStringLiteral("SELECT COALESCE(SUM(CASE WHEN to_state = ? THEN count "
                                        "ELSE -count END), 0) FROM booth_moves WHERE kind_id = ? "
                                        "AND (to_state = ? OR from_state = ?)"),
                         {stateName(s), kindId, stateName(s), stateName(s)});
    if (!v)
        return std::unexpected(v.error());
    return v->toLongLong();
}

Result<TokenMove> BoothLedger::addMove(TokenMove m)
{
    if (!allowed(m.from, m.to))
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("tokens do not go from %1 to %2")
                        .arg(stateName(m.from), stateName(m.to)));
    if (m.count <= 0 || m.count > kMaxTokens)
        return fail(Error::Code::InvalidInput, QStringLiteral("count whole tokens, above 0"));
    if (m.from != TokenState::None) {
        auto held = inState(m.kindId, m.from);
        if (!held)
            return std::unexpected(held.error());
        if (*held < m.count)
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("only %1 of these tokens are in %2 (%3 asked); sync the "
                                       "booth's devices or count again")
                            .arg(*held)
                            .arg(stateName(m.from))
                            .arg(m.count));
    }
    stampNew(m, m_db);
    if (auto s = storeAndQueue(m_db, storeMove, m, events::move(), m.id); !s)
        return std::unexpected(s.error());
    return m;
}

Result<TokenMove>
BoothLedger::receive(const QString &kindId, qint64 count, const QString &day, const QString &note)
{
    return move(kindId, TokenState::None, TokenState::Office, count, day, note);
}

Result<TokenMove> BoothLedger::move(const QString &kindId,
                                    TokenState from,
                                    TokenState to,
                                    qint64 count,
                                    const QString &day,
                                    const QString &note)
{
    if (auto d = checkMarketDay(day); !d)
        return std::unexpected(d.error());
    auto k = kind(kindId);
    if (!k)
        return std::unexpected(k.error());
    Transaction tx(m_db);
    if (auto b = tx.begun(); !b)
        return std::unexpected(b.error());
    TokenMove m;
    m.marketDay = day;
    m.kindId = k->id;
    m.from = from;
    m.to = to;
    m.count = count;
    m.note = note.trimmed().left(200);
    auto r = addMove(m);
    if (!r)
        return r;
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return r;
}

Result<QList<KindBalance>> BoothLedger::balances()
{
    auto all = kinds();
    if (!all)
        return std::unexpected(all.error());
    QList<KindBalance> out;
    for (const TokenKind &k : *all) {
        KindBalance b;
        b.kind = k;
        for (TokenState s : kCountedStates) {
            auto n = inState(k.id, s);
            if (!n)
                return std::unexpected(n.error());
            b.inState.insert(s, *n);
        }
        auto created = m_db.scalar(QStringLiteral("SELECT COALESCE(SUM(count), 0) FROM "
                                                  "booth_moves WHERE kind_id = ? AND from_state = "
                                                  "'none'"),
                                   {k.id});
        if (!created)
            return std::unexpected(created.error());
        b.created = created->toLongLong();
        out << b;
    }
    return out;
}

Result<QStringList> BoothLedger::checkInvariants()
{
    QStringList problems;
    auto b = balances();
    if (!b)
        return std::unexpected(b.error());
    for (const KindBalance &k : *b) {
        qint64 sum = 0;
        for (auto it = k.inState.cbegin(); it != k.inState.cend(); ++it) {
            sum += it.value();
            if (it.value() < 0)
                problems << QStringLiteral("%1 %2: %3 tokens in %4")
                                .arg(k.kind.program, k.kind.colour)
                                .arg(it.value())
                                .arg(stateName(it.key()));
        }
        if (sum != k.created)
            problems << QStringLiteral("%1 %2: %3 tokens made, %4 accounted for")
                            .arg(k.kind.program, k.kind.colour)
                            .arg(k.created)
                            .arg(sum);
    }
    // A problem `text` names by the first column of each row `sql` gives.
    const auto problemPerRow = [&](const QString &sql, const QString &text) -> Status {
        auto named = queryTexts(m_db, sql);
        if (!named)
            return std::unexpected(named.error());
        for (const QString &n : *named)
            problems << text.arg(n);
        return {};
    };
    // A move of an unknown kind, or one that does not follow the paths.
    if (auto s
        = problemPerRow(QStringLiteral("SELECT id, kind_id, from_state, to_state FROM booth_moves "
                                       "WHERE kind_id NOT IN (SELECT id FROM booth_token_kinds)"),
                        QStringLiteral("move %1: unknown token kind"));
        !s)
        return std::unexpected(s.error());
    auto q = m_db.exec(QStringLiteral("SELECT id, from_state, to_state FROM booth_moves"));
    if (!q)
        return std::unexpected(q.error());
    while (q->next()) {
        const auto from = stateFromName(q->value(1).toString()),
                   to = stateFromName(q->value(2).toString());
        if (!from || !to || !allowed(*from, *to))
            problems << QStringLiteral("move %1: %2 to %3 is not a path tokens take")
                            .arg(q->value(0).toString(),
                                 q->value(1).toString(),
                                 q->value(2).toString());
    }
    // Each sale's tokens left the booth (or came back) as its amounts say.
    q = m_db.exec(QStringLiteral(
        "SELECT t.id, t.kind, t.snap_amount, t.incentive_amount, t.card_amount, k.record, "
        "COALESCE(SUM(CASE WHEN m.to_state = 'customers' THEN m.count ELSE -m.count END), 0) "
        "FROM booth_txns t LEFT JOIN booth_moves m ON m.txn_id = t.id LEFT JOIN booth_token_kinds "
        "k ON k.id = m.kind_id GROUP BY t.id, m.kind_id"));
    if (!q)
        return std::unexpected(q.error());
    QMap<QString, Minor> paid; // txn -> value of tokens handed over, by role
    QMap<QString, std::array<Minor, 3>> expected;
    while (q->next()) {
        const QString id = q->value(0).toString();
        expected.insert(
            id, {q->value(2).toLongLong(), q->value(3).toLongLong(), q->value(4).toLongLong()});
        const auto k = TokenKind::fromJson(parse(q->value(5)));
        if (k)
            paid[id + QLatin1Char('/') + k->role] += q->value(6).toLongLong() * k->faceValue;
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const Minor snap = paid.value(it.key() + QStringLiteral("/snap")),
                    inc = paid.value(it.key() + QStringLiteral("/incentive")),
                    card = paid.value(it.key() + QStringLiteral("/credit"));
        if (snap != it.value()[0] || inc != it.value()[1] || card != it.value()[2])
            problems
                << QStringLiteral("sale %1: its tokens do not match its amounts").arg(it.key());
    }
    // Turn-ins counted = tokens moved from customers to vendors.
    if (auto s = problemPerRow(
            QStringLiteral(
                "SELECT kind_id, SUM(count) FROM booth_turnins GROUP BY kind_id EXCEPT SELECT "
                "kind_id, SUM(CASE WHEN to_state = 'vendors' THEN count ELSE -count END) FROM "
                "booth_moves WHERE vendor_id <> '' AND (to_state = 'vendors' OR from_state = "
                "'vendors') AND (to_state = 'customers' OR from_state = 'customers') GROUP BY "
                "kind_id"),
            QStringLiteral("turn-ins of %1 do not match the tokens moved"));
        !s)
        return std::unexpected(s.error());
    return problems;
}

} // namespace sk::booth
