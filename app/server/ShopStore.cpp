#include "app/server/ShopStore.h"

#include "app/server/Crypto.h"
#include "app/server/StoreConnection.h"
#include "core/DatabaseRows.h"
#include "core/Ids.h"
#include "core/sync/EventValidator.h"

#include <QJsonDocument>

namespace sk::server {

StoreConnection &ServerStore::connection()
{
    return *m_db;
}

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// How place and change refuse: the status, code and sentence for the page in `refusal`, and
// the error for the caller.
auto refuserFor(ShopRefusal *refusal)
{
    return [refusal](int status, const char *code, const QString &message) {
        refusal->status = status;
        refusal->code = QLatin1String(code);
        refusal->message = message;
        return std::unexpected(Error::invalid(message));
    };
}

QJsonObject parse(const QString &s)
{
    return QJsonDocument::fromJson(s.toUtf8()).object();
}

QString slugOf(const QString &name)
{
    QString s;
    for (QChar c : name.toLower())
        s += (c.isLetterOrNumber() && c.unicode() < 128) ? c : QChar(u'-');
    while (s.contains(QLatin1String("--")))
        s.replace(QLatin1String("--"), QLatin1String("-"));
    s = s.mid(s.startsWith(u'-') ? 1 : 0);
    if (s.endsWith(u'-'))
        s.chop(1);
    return s.left(40).isEmpty() ? QStringLiteral("shop") : s.left(40);
}

QString tokenHash(const QString &token)
{
    return QString::fromLatin1(crypto::sha256(token.toUtf8()).toHex());
}

} // namespace

ShopStore::ShopStore(ServerStore &store)
    : m_store(store)
{}

Result<ShopVendor> ShopStore::enable(const QString &vendorName)
{
    auto v = m_store.vendorByName(vendorName);
    if (!v)
        return std::unexpected(v.error());
    StoreConnection &db = m_store.connection();
    auto have
        = db.scalar(QStringLiteral("SELECT slug FROM shop_vendors WHERE vendor_id = ?"), {v->id});
    if (!have)
        return std::unexpected(have.error());
    if (have->isNull()) {
        QString slug = slugOf(v->name);
        auto taken = db.scalar(QStringLiteral("SELECT 1 FROM shop_vendors WHERE slug = ?"), {slug});
        if (!taken)
            return std::unexpected(taken.error());
        if (!taken->isNull())
            slug += u'-' + v->id.right(6);
        auto w = db.exec(QStringLiteral("INSERT INTO shop_vendors (vendor_id, slug, device_id, "
                                        "enabled_at) VALUES (?, ?, ?, ?)"),
                         {v->id, slug, newUuid7(), Clock::nowMs()});
        if (!w)
            return std::unexpected(w.error());
    }
    auto slug
        = db.scalar(QStringLiteral("SELECT slug FROM shop_vendors WHERE vendor_id = ?"), {v->id});
    if (!slug)
        return std::unexpected(slug.error());
    return vendor(slug->toString());
}

Result<ShopVendor> ShopStore::vendor(const QString &slug)
{
    return queryFirstRow(
        m_store.connection().exec(
            QStringLiteral("SELECT s.vendor_id, v.name, s.slug, s.device_id FROM shop_vendors s "
                           "JOIN vendors v ON v.id = s.vendor_id WHERE s.slug = ?"),
            {slug}),
        [](const QSqlQuery &q) {
            return ShopVendor{q.value(0).toString(),
                              q.value(1).toString(),
                              q.value(2).toString(),
                              q.value(3).toString()};
        },
        Error::notFound(QStringLiteral("no order page here")));
}

Status ShopStore::lock(const ShopVendor &v)
{
    // SQLite: the write transaction (BEGIN IMMEDIATE) already holds the database's only write
    // lock. PostgreSQL: the shop's row, so that every process's check of what is left and its
    // order's insert happen one after the other. Every writer of the shop takes it first.
    StoreConnection &db = m_store.connection();
    if (!db.postgres())
        return {};
    auto r = db.scalar(
        QStringLiteral("SELECT next_number FROM shop_vendors WHERE vendor_id = ? FOR UPDATE"),
        {v.vendorId});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Status ShopStore::lockedView(StoreTransaction &tx, const ShopVendor &v)
{
    if (!tx.begun())
        return tx.begun();
    if (auto l = lock(v); !l)
        return l;
    return catchUpRows(v);
}

Status ShopStore::catchUp(const ShopVendor &v)
{
    StoreTransaction tx(m_store.connection());
    if (auto s = lockedView(tx, v); !s)
        return s;
    return tx.commit();
}

Status ShopStore::catchUpRows(const ShopVendor &v)
{
    StoreConnection &db = m_store.connection();
    auto seen = db.scalar(QStringLiteral("SELECT seen_seq FROM shop_vendors WHERE vendor_id = ?"),
                          {v.vendorId});
    if (!seen)
        return std::unexpected(seen.error());
    auto q
        = db.exec(QStringLiteral("SELECT seq, type, hlc, payload FROM events WHERE vendor_id = ? "
                                 "AND seq > ? AND type IN ('preorder', 'preorder_list') ORDER "
                                 "BY seq"),
                  {v.vendorId, seen->toLongLong()});
    if (!q)
        return std::unexpected(q.error());
    struct Row
    {
        QString type;
        qint64 hlc;
        QJsonObject data;
    };
    QList<Row> rows;
    while (q->next())
        rows << Row{q->value(1).toString(),
                    q->value(2).toLongLong(),
                    parse(q->value(3).toString()).value(QLatin1String("data")).toObject()};
    q->finish();
    auto top
        = db.scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM events WHERE vendor_id = ?"),
                    {v.vendorId});
    if (!top)
        return std::unexpected(top.error());
    for (const Row &r : rows) {
        if (r.type == u"preorder_list") {
            auto l = PreOrderList::fromJson(r.data);
            if (!l)
                continue;
            auto w
                = db.exec(QStringLiteral("INSERT INTO shop_lists (vendor_id, market_date, hlc, "
                                         "payload) VALUES (?, ?, ?, ?) ON CONFLICT (vendor_id, "
                                         "market_date) DO UPDATE SET hlc = excluded.hlc, payload "
                                         "= excluded.payload WHERE shop_lists.hlc < excluded.hlc"),
                          {v.vendorId,
                           l->marketDate.toString(Qt::ISODate),
                           r.hlc,
                           QString::fromUtf8(compact(r.data))});
            if (!w)
                return std::unexpected(w.error());
            continue;
        }
        auto o = PreOrder::fromJson(r.data);
        if (!o)
            continue;
        auto w
            = db.exec(QStringLiteral("INSERT INTO shop_orders (vendor_id, id, number, market_date, "
                                     "state, hlc, closed_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                     "?) ON CONFLICT (vendor_id, id) DO UPDATE SET state = "
                                     "excluded.state, market_date = excluded.market_date, hlc = "
                                     "excluded.hlc, closed_at = "
                                     "excluded.closed_at, payload = excluded.payload WHERE "
                                     "shop_orders.hlc < excluded.hlc"),
                      {v.vendorId,
                       o->id,
                       o->number,
                       o->marketDate.toString(Qt::ISODate),
                       orderStateCode(o->state),
                       r.hlc,
                       o->closedAt,
                       QString::fromUtf8(compact(r.data))});
        if (!w)
            return std::unexpected(w.error());
    }
    return executed(
        db.exec(QStringLiteral("UPDATE shop_vendors SET seen_seq = ? WHERE vendor_id = ?"),
                {top->toLongLong(), v.vendorId}));
}

Result<QList<PreOrderList>> ShopStore::openLists(const ShopVendor &v)
{
    auto q = m_store.connection().exec(
        QStringLiteral("SELECT payload FROM shop_lists WHERE vendor_id = ? ORDER BY market_date"),
        {v.vendorId});
    if (!q)
        return std::unexpected(q.error());
    QList<PreOrderList> out;
    const qint64 now = Clock::nowMs();
    while (q->next())
        if (auto l = PreOrderList::fromJson(parse(q->value(0).toString())); l && l->cutoffMs > now)
            out << *l;
    return out;
}

Result<QHash<QString, Milli>> ShopStore::left(const ShopVendor &v, const PreOrderList &list)
{
    QHash<QString, Milli> out;
    for (const PreOrderItem &i : list.items)
        out.insert(i.productId, i.available);
    auto q = m_store.connection().exec(
        QStringLiteral(
            "SELECT payload FROM shop_orders WHERE vendor_id = ? AND market_date = ? AND "
            "state IN ('placed', 'partly')"),
        {v.vendorId, list.marketDate.toString(Qt::ISODate)});
    if (!q)
        return std::unexpected(q.error());
    while (q->next())
        if (auto o = PreOrder::fromJson(parse(q->value(0).toString())))
            for (const PreOrderLine &l : o->lines)
                if (out.contains(l.productId))
                    out[l.productId] = std::max<Milli>(0, out[l.productId] - l.remaining());
    return out;
}

Result<ShopStore::OpenDay> ShopStore::openDay(const ShopVendor &v,
                                              const QDate &date,
                                              const QString &window,
                                              const QString &which,
                                              ShopRefusal *refusal)
{
    const auto refuse = refuserFor(refusal);
    auto lists = openLists(v);
    if (!lists)
        return std::unexpected(lists.error());
    const PreOrderList *list = nullptr;
    for (const PreOrderList &l : *lists)
        if (l.marketDate == date)
            list = &l;
    if (!list)
        return refuse(422,
                      "closed",
                      QStringLiteral("orders for %1 market day are closed (the cut-off has passed "
                                     "or nothing is offered)")
                          .arg(which));
    if (!list->windows.isEmpty() && !list->windows.contains(window))
        return refuse(400, "window", QStringLiteral("choose one of the pick-up windows"));
    auto left = this->left(v, *list);
    if (!left)
        return std::unexpected(left.error());
    return OpenDay{*list, *left};
}

Result<ShopPlaced>
ShopStore::place(const ShopVendor &v, const ShopOrderRequest &r, ShopRefusal *refusal)
{
    const auto refuse = refuserFor(refusal);
    // One transaction from the check of what is left to the order's event: two orders for the
    // last loaf, on two server processes at once, are taken one after the other, and the
    // second one sees the first (lock()).
    StoreConnection &db = m_store.connection();
    StoreTransaction tx(db);
    if (auto s = lockedView(tx, v); !s)
        return std::unexpected(s.error());
    auto day = openDay(v, r.marketDate, r.window, QStringLiteral("this"), refusal);
    if (!day)
        return std::unexpected(day.error());
    const PreOrderList &list = day->list;
    const QHash<QString, Milli> &left = day->left;
    PreOrder o;
    o.id = newUuid7();
    o.customerName = r.customerName.trimmed();
    o.contact = r.contact.trimmed();
    o.marketDate = r.marketDate;
    o.window = r.window;
    o.note = r.note.trimmed();
    o.currency = list.currency;
    o.source = QStringLiteral("shop");
    // One line per product, however often the request names it.
    QList<ShopLine> lines;
    for (const ShopLine &sl : r.lines) {
        auto same = std::find_if(lines.begin(), lines.end(), [&](const ShopLine &l) {
            return l.productId == sl.productId;
        });
        if (same == lines.end())
            lines << sl;
        else
            same->qty += sl.qty;
    }
    QHash<QString, Milli> short_;
    for (const ShopLine &sl : lines) {
        if (sl.qty <= 0)
            continue;
        const PreOrderItem *item = list.item(sl.productId);
        if (!item)
            return refuse(400, "unknown_item", QStringLiteral("an item is not on this day's list"));
        if (sl.qty > left.value(sl.productId))
            short_.insert(sl.productId, left.value(sl.productId));
        if (sl.qty > preorder::kMaxLineQty)
            return refuse(
                400, "quantity", QStringLiteral("too much of %1 in one order").arg(item->name));
        o.lines << PreOrderLine{
            item->productId, item->sku, item->name, item->unit, item->unitPrice, sl.qty, 0, 0};
    }
    if (o.lines.isEmpty())
        return refuse(400, "empty", QStringLiteral("choose at least one item"));
    if (!short_.isEmpty()) {
        refusal->left = short_;
        return refuse(409,
                      "sold_out",
                      QStringLiteral("not that many are left of some items: see what is left"));
    }
    if (o.customerName.isEmpty())
        return refuse(400, "name", QStringLiteral("give your name"));
    if (o.contact.isEmpty())
        return refuse(400, "contact", QStringLiteral("give a phone number or an e-mail address"));
    auto n = db.scalar(QStringLiteral("SELECT next_number FROM shop_vendors WHERE vendor_id = ?"),
                       {v.vendorId});
    if (!n)
        return std::unexpected(n.error());
    o.number = QStringLiteral("W-%1").arg(n->toLongLong());
    auto u = db.exec(QStringLiteral("UPDATE shop_vendors SET next_number = next_number + 1 "
                                    "WHERE vendor_id = ?"),
                     {v.vendorId});
    if (!u)
        return std::unexpected(u.error());
    o.createdAt = Clock::nowMs();
    o.hlc = Hlc::pack(o.createdAt, 0);
    o.deviceId = v.deviceId;
    const QString token = crypto::base64Url(crypto::randomBytes(18));
    if (auto s = store(v, o, tokenHash(token), refusal); !s)
        return std::unexpected(s.error());
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return ShopPlaced{o, token};
}

Status ShopStore::store(const ShopVendor &v,
                        const PreOrder &o,
                        const QString &newTokenHash,
                        ShopRefusal *refusal)
{
    const auto refuse = [&](const QString &message) {
        refusal->status = 400;
        refusal->code = QStringLiteral("invalid");
        refusal->message = message;
        return std::unexpected(Error::invalid(message));
    };
    if (auto s = checkPreOrder(o, Clock::nowMs()); !s)
        return refuse(s.error().detail);
    sync::Event e;
    e.id = newUuid7();
    e.type = QStringLiteral("preorder");
    e.deviceId = v.deviceId;
    e.hlc = o.hlc;
    e.data = o.toJson();
    // The same checks as every pushed event, so no device sets it aside.
    if (auto s = sync::validateEvent(e, Clock::nowMs()); !s)
        return refuse(s.error().detail);
    DeviceInfo shop;
    shop.id = v.deviceId;
    shop.vendorId = v.vendorId;
    shop.vendorName = v.name;
    auto pushed = m_store.pushRows(shop, {IncomingEvent{e, {}, std::nullopt}});
    if (!pushed)
        return std::unexpected(pushed.error());
    if (!pushed->rejected.isEmpty())
        return refuse(pushed->rejected.first().message);
    StoreConnection &db = m_store.connection();
    // A new order brings its token's hash; a change keeps the one stored.
    return executed(db.exec(
        QStringLiteral("INSERT INTO shop_orders (vendor_id, id, number, token_hash, market_date, "
                       "state, hlc, closed_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON "
                       "CONFLICT (vendor_id, id) DO UPDATE SET market_date = "
                       "excluded.market_date, state = excluded.state, hlc = excluded.hlc, "
                       "closed_at = excluded.closed_at, payload = excluded.payload, token_hash "
                       "= CASE WHEN excluded.token_hash <> '' THEN excluded.token_hash ELSE "
                       "shop_orders.token_hash END"),
        {v.vendorId,
         o.id,
         o.number,
         newTokenHash,
         o.marketDate.toString(Qt::ISODate),
         orderStateCode(o.state),
         o.hlc,
         o.closedAt,
         QString::fromUtf8(compact(o.toJson()))}));
}

Result<PreOrder> ShopStore::change(const ShopVendor &v,
                                   const QString &number,
                                   const QString &token,
                                   const ShopChange &c,
                                   ShopRefusal *refusal)
{
    const auto refuse = refuserFor(refusal);
    StoreConnection &db = m_store.connection();
    StoreTransaction tx(db);
    if (auto s = lockedView(tx, v); !s)
        return std::unexpected(s.error());
    auto found = findOrder(v, number, token);
    if (!found)
        return found.error().code == Error::Code::NotFound
                   ? refuse(404, "not_found", found.error().detail)
                   : std::unexpected(found.error());
    PreOrder o = *found;
    // What the customer may still change: an order nothing of which was handed over yet.
    if (o.state != OrderState::Placed)
        return refuse(409,
                      "not_open",
                      QStringLiteral("this order is %1: it can no longer be changed")
                          .arg(orderStateCode(o.state)));
    if (c.cancel) {
        o.state = OrderState::Cancelled;
        o.closedAt = Clock::nowMs();
    } else {
        auto day = openDay(v, c.marketDate, c.window, QStringLiteral("that"), refusal);
        if (!day)
            return std::unexpected(day.error());
        QHash<QString, Milli> short_;
        for (const PreOrderLine &l : std::as_const(o.lines)) {
            if (!day->list.item(l.productId))
                return refuse(
                    422,
                    "unknown_item",
                    QStringLiteral("%1 is not offered on that market day").arg(l.name.left(100)));
            // Moving within its own day: what it holds itself is free for it.
            const Milli free
                = day->left.value(l.productId) + (o.marketDate == c.marketDate ? l.remaining() : 0);
            if (l.remaining() > free)
                short_.insert(l.productId, free);
        }
        if (!short_.isEmpty()) {
            refusal->left = short_;
            return refuse(409,
                          "sold_out",
                          QStringLiteral("not that many are left of some items on that day"));
        }
        o.marketDate = c.marketDate;
        o.window = c.window;
    }
    // Newer than every version stored, whoever made it.
    o.hlc = std::max(Hlc::pack(Clock::nowMs(), 0), o.hlc + 1);
    o.deviceId = v.deviceId;
    if (auto s = store(v, o, QStringLiteral(""), refusal); !s)
        return std::unexpected(s.error());
    if (auto cm = tx.commit(); !cm)
        return std::unexpected(cm.error());
    return o;
}

Result<PreOrder> ShopStore::order(const ShopVendor &v, const QString &number, const QString &token)
{
    if (auto s = catchUp(v); !s)
        return std::unexpected(s.error());
    return findOrder(v, number, token);
}

Result<PreOrder>
ShopStore::findOrder(const ShopVendor &v, const QString &number, const QString &token)
{
    auto q = m_store.connection().exec(
        QStringLiteral(
            "SELECT token_hash, payload FROM shop_orders WHERE vendor_id = ? AND number = ?"),
        {v.vendorId, number.left(40)});
    if (!q)
        return std::unexpected(q.error());
    const QByteArray given = tokenHash(token).toLatin1();
    while (q->next()) {
        const QByteArray stored = q->value(0).toString().toLatin1();
        if (!stored.isEmpty() && crypto::constantTimeEquals(stored, given))
            return PreOrder::fromJson(parse(q->value(1).toString()));
    }
    return fail(Error::Code::NotFound,
                QStringLiteral("no such order, or the link is not complete"));
}

Result<int> ShopStore::purgeContacts(int days)
{
    StoreConnection &db = m_store.connection();
    const qint64 before = Clock::nowMs() - qint64(days) * 24 * 3600 * 1000;
    auto q = db.exec(QStringLiteral("SELECT vendor_id, id FROM shop_orders WHERE closed_at > 0 AND "
                                    "closed_at < ? AND payload NOT LIKE '%\"contact\":\"\"%'"),
                     {before});
    if (!q)
        return std::unexpected(q.error());
    QList<std::pair<QString, QString>> old;
    while (q->next())
        old << std::pair{q->value(0).toString(), q->value(1).toString()};
    q->finish();
    StoreTransaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    for (const auto &[vendor, id] : old) {
        // The order's every stored version, in the events and in shop_orders.
        auto e = db.exec(QStringLiteral("SELECT id, payload FROM events WHERE vendor_id = ? AND "
                                        "type = 'preorder' AND payload LIKE ?"),
                         {vendor, QStringLiteral("%\"id\":\"%1\"%").arg(id)});
        if (!e)
            return std::unexpected(e.error());
        QList<std::pair<QString, QJsonObject>> events;
        while (e->next())
            events << std::pair{e->value(0).toString(), parse(e->value(1).toString())};
        e->finish();
        for (auto [eventId, env] : events) {
            QJsonObject data = env.value(QLatin1String("data")).toObject();
            data.insert(QStringLiteral("contact"), QString());
            env.insert(QStringLiteral("data"), data);
            auto u = db.exec(
                QStringLiteral("UPDATE events SET payload = ? WHERE vendor_id = ? AND id = ?"),
                {QString::fromUtf8(QJsonDocument(env).toJson(QJsonDocument::Compact)),
                 vendor,
                 eventId});
            if (!u)
                return std::unexpected(u.error());
        }
        auto p = db.scalar(
            QStringLiteral("SELECT payload FROM shop_orders WHERE vendor_id = ? AND id = ?"),
            {vendor, id});
        if (!p)
            return std::unexpected(p.error());
        QJsonObject data = parse(p->toString());
        data.insert(QStringLiteral("contact"), QString());
        auto u = db.exec(
            QStringLiteral("UPDATE shop_orders SET payload = ? WHERE vendor_id = ? AND id = ?"),
            {QString::fromUtf8(compact(data)), vendor, id});
        if (!u)
            return std::unexpected(u.error());
    }
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return int(old.size());
}

} // namespace sk::server
