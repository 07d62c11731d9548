#include "core/booth/BoothTypes.h"

#include <QJsonArray>
#include <QJsonValue>

namespace sk::booth {

namespace {

QString num(qint64 v)
{
    return QString::number(v);
}

// A whole number sent as a decimal string (or absent: 0); nullopt when it is not one.
std::optional<qint64> whole(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return qint64(0);
    bool ok = false;
    const qint64 n = v.toString().toLongLong(&ok);
    if (!v.isString() || !ok)
        return std::nullopt;
    return n;
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// A booth record's JSON: the fields every record carries (its id, its device, its clock and its
// market day) and its own `fields`.
template<typename R>
QJsonObject recordJson(const R &r, std::initializer_list<std::pair<QString, QJsonValue>> fields)
{
    QJsonObject o{{QStringLiteral("id"), r.id},
                  {QStringLiteral("device_id"), r.deviceId},
                  {QStringLiteral("hlc"), num(r.hlc)},
                  {QStringLiteral("market_day"), r.marketDay}};
    for (const auto &[key, value] : fields)
        o.insert(key, value);
    return o;
}

// The fields every booth record carries, read into `r`: its id, device and market day, its clock
// and, for a record that has one, the time it was made. False when the clock or the time is
// not a whole number; the caller checks the rest.
template<typename R>
bool readRecord(R &r, const QJsonObject &o)
{
    r.id = text(o, "id");
    r.deviceId = text(o, "device_id");
    r.marketDay = text(o, "market_day");
    const auto h = whole(o, "hlc");
    if (!h)
        return false;
    r.hlc = *h;
    if constexpr (requires { r.createdAt; }) {
        const auto c = whole(o, "created_at");
        if (!c)
            return false;
        r.createdAt = *c;
    }
    return true;
}

// Where tokens are, as records name it.
constexpr std::pair<TokenState, const char *> kStateNames[]
    = {{TokenState::None, "none"},
       {TokenState::Office, "office"},
       {TokenState::Booth, "booth"},
       {TokenState::Customers, "customers"},
       {TokenState::Vendors, "vendors"},
       {TokenState::Destroyed, "destroyed"}};

} // namespace

QString stateName(TokenState s)
{
    for (const auto &[state, name] : kStateNames)
        if (state == s)
            return QString::fromLatin1(name);
    return {};
}

std::optional<TokenState> stateFromName(const QString &s)
{
    for (const auto &[state, name] : kStateNames)
        if (s == QLatin1String(name))
            return state;
    return std::nullopt;
}

QStringList defaultTenders(const QString &role)
{
    if (role == u"snap")
        return {QStringLiteral("snap_token")};
    if (role == u"credit")
        return {QStringLiteral("credit_token")};
    return {};
}

QStringList TokenKind::tenderKeys() const
{
    return tenders.isEmpty() ? defaultTenders(role) : tenders;
}

QJsonObject TokenKind::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("tenders"), QJsonArray::fromStringList(tenders)},
            {QStringLiteral("program"), program},
            {QStringLiteral("role"), role},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("colour"), colour},
            {QStringLiteral("face_value"), num(faceValue)},
            {QStringLiteral("fee_bps"), num(feeBps)},
            {QStringLiteral("hlc"), num(hlc)}};
}

std::optional<TokenKind> TokenKind::fromJson(const QJsonObject &o)
{
    TokenKind k;
    k.id = text(o, "id");
    k.program = text(o, "program");
    k.role = text(o, "role");
    k.currency = text(o, "currency");
    k.colour = text(o, "colour");
    for (const QJsonValue &v : o.value(QLatin1String("tenders")).toArray())
        if (v.isString() && !v.toString().isEmpty())
            k.tenders << v.toString();
    const auto face = whole(o, "face_value"), fee = whole(o, "fee_bps"), hlc = whole(o, "hlc");
    if (!face || !fee || !hlc || *face <= 0 || *face > kMaxAmount || *fee < 0 || *fee > 10000
        || k.id.isEmpty() || k.program.isEmpty()
        || !QStringList{QStringLiteral("snap"),
                        QStringLiteral("incentive"),
                        QStringLiteral("credit")}
                .contains(k.role))
        return std::nullopt;
    k.faceValue = *face;
    k.feeBps = *fee;
    k.hlc = *hlc;
    return k;
}

QJsonObject BoothConfig::toJson() const
{
    return {{QStringLiteral("incentive_name"), incentiveName},
            {QStringLiteral("match_bps"), num(matchBps)},
            {QStringLiteral("day_cap"), num(dayCap)},
            {QStringLiteral("month_cap"), num(monthCap)},
            {QStringLiteral("card_fee_bps"), num(cardFeeBps)},
            {QStringLiteral("ebt_terminal"), ebtTerminal},
            {QStringLiteral("hlc"), num(hlc)}};
}

BoothConfig BoothConfig::fromJson(const QJsonObject &o)
{
    BoothConfig c;
    if (o.contains(QLatin1String("incentive_name")))
        c.incentiveName = text(o, "incentive_name");
    if (o.contains(QLatin1String("match_bps"))) // else one for one
        c.matchBps = whole(o, "match_bps").value_or(c.matchBps);
    c.dayCap = whole(o, "day_cap").value_or(0);
    c.monthCap = whole(o, "month_cap").value_or(0);
    c.cardFeeBps = whole(o, "card_fee_bps").value_or(0);
    c.ebtTerminal = text(o, "ebt_terminal").left(60);
    c.hlc = whole(o, "hlc").value_or(0);
    return c;
}

QJsonObject BoothTxn::toJson() const
{
    return recordJson(*this,
                      {{QStringLiteral("created_at"), num(createdAt)},
                       {QStringLiteral("customer_ref"), customerRef},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("payment"), payment},
                       {QStringLiteral("snap_amount"), num(snapAmount)},
                       {QStringLiteral("incentive_amount"), num(incentiveAmount)},
                       {QStringLiteral("card_amount"), num(cardAmount)},
                       {QStringLiteral("fee_amount"), num(feeAmount)},
                       {QStringLiteral("approval"), approval}});
}

std::optional<BoothTxn> BoothTxn::fromJson(const QJsonObject &o)
{
    BoothTxn t;
    const bool stamped = readRecord(t, o);
    t.customerRef = text(o, "customer_ref");
    t.kind = text(o, "kind");
    t.payment = text(o, "payment");
    t.approval = text(o, "approval");
    const auto s = whole(o, "snap_amount"), i = whole(o, "incentive_amount"),
               a = whole(o, "card_amount"), f = whole(o, "fee_amount");
    if (!stamped || !s || !i || !a || !f || t.id.isEmpty() || t.marketDay.size() != 10
        || qAbs(*s) > kMaxAmount || *i < 0 || *i > kMaxAmount || *a < 0 || *a > kMaxAmount || *f < 0
        || *f > kMaxAmount
        || !QStringList{QStringLiteral("snap"), QStringLiteral("card"), QStringLiteral("refund")}
                .contains(t.kind))
        return std::nullopt;
    t.snapAmount = *s;
    t.incentiveAmount = *i;
    t.cardAmount = *a;
    t.feeAmount = *f;
    return t;
}

QJsonObject TokenMove::toJson() const
{
    return recordJson(*this,
                      {{QStringLiteral("created_at"), num(createdAt)},
                       {QStringLiteral("kind_id"), kindId},
                       {QStringLiteral("from"), stateName(from)},
                       {QStringLiteral("to"), stateName(to)},
                       {QStringLiteral("count"), num(count)},
                       {QStringLiteral("txn_id"), txnId},
                       {QStringLiteral("vendor_id"), vendorId},
                       {QStringLiteral("note"), note}});
}

std::optional<TokenMove> TokenMove::fromJson(const QJsonObject &o)
{
    TokenMove m;
    const bool stamped = readRecord(m, o);
    m.kindId = text(o, "kind_id");
    m.txnId = text(o, "txn_id");
    m.vendorId = text(o, "vendor_id");
    m.note = text(o, "note");
    const auto from = stateFromName(text(o, "from")), to = stateFromName(text(o, "to"));
    const auto n = whole(o, "count");
    if (!stamped || !from || !to || *from == *to || !n || *n <= 0 || *n > 10000000 || m.id.isEmpty()
        || m.kindId.isEmpty())
        return std::nullopt;
    m.from = *from;
    m.to = *to;
    m.count = *n;
    return m;
}

QJsonObject TurnIn::toJson() const
{
    return recordJson(*this,
                      {{QStringLiteral("vendor_id"), vendorId},
                       {QStringLiteral("vendor_name"), vendorName},
                       {QStringLiteral("kind_id"), kindId},
                       {QStringLiteral("count"), num(count)}});
}

std::optional<TurnIn> TurnIn::fromJson(const QJsonObject &o)
{
    TurnIn t;
    const bool stamped = readRecord(t, o);
    t.vendorId = text(o, "vendor_id");
    t.vendorName = text(o, "vendor_name");
    t.kindId = text(o, "kind_id");
    const auto n = whole(o, "count");
    if (!stamped || !n || qAbs(*n) > 10000000 || t.id.isEmpty() || t.vendorId.isEmpty()
        || t.kindId.isEmpty() || t.marketDay.size() != 10)
        return std::nullopt;
    t.count = *n;
    return t;
}

QJsonObject BoothClose::toJson() const
{
    return recordJson(*this,
                      {{QStringLiteral("ebt_expected"), num(ebtExpected)},
                       {QStringLiteral("ebt_batch"), num(ebtBatch)},
                       {QStringLiteral("card_expected"), num(cardExpected)},
                       {QStringLiteral("card_batch"), num(cardBatch)},
                       {QStringLiteral("tokens_expected"), tokensExpected},
                       {QStringLiteral("tokens_counted"), tokensCounted}});
}

} // namespace sk::booth
