#include "core/preorder/PreOrderRepository.h"

#include "core/Catalog.h"
#include "core/DatabaseRows.h"
#include "core/OptionalTransaction.h"
#include "core/QueueAndCommit.h"
#include "core/StockLedger.h"
#include "core/sync/SyncEngine.h"

#include <QJsonDocument>

namespace sk {

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<PreOrder> orderFromRow(const QString &payload)
{
    return PreOrder::fromJson(QJsonDocument::fromJson(payload.toUtf8()).object());
}

// An order from a query whose first column is its payload.
Result<PreOrder> orderOfQuery(const QSqlQuery &q)
{
    return orderFromRow(q.value(0).toString());
}

// A pulled record stamped `hlc` is written (by `write`) unless the row `sql` finds by `key` is
// as new or newer.
template<typename Write>
Status writeIfNewer(Database &db, const QString &sql, const QVariant &key, qint64 hlc, Write write)
{
    auto have = db.scalar(sql, {key});
    if (!have)
        return std::unexpected(have.error());
    if (!have->isNull() && have->toLongLong() >= hlc)
        return {};
    return write();
}

// Pulled order and list events are applied by the repository, as a local change is written.
const sync::ApplyRegistration g_orderApply{"preorder", [](Database &db, const sync::Event &e) {
                                               return PreOrderRepository(db).applyOrderEvent(e.data,
                                                                                             e.hlc);
                                           }};
const sync::ApplyRegistration g_listApply{"preorder_list", [](Database &db, const sync::Event &e) {
                                              return PreOrderRepository(db).applyListEvent(e.data,
                                                                                           e.hlc);
                                          }};

} // namespace

PreOrderRepository::PreOrderRepository(Database &db)
    : m_db(db)
{}

Result<PreOrderList> PreOrderRepository::publish(PreOrderList l)
{
    Transaction tx(m_db);
    if (auto b = tx.begun(); !b)
        return std::unexpected(b.error());
    if (l.id.isEmpty())
        l.id = newUuid7();
    l.deviceId = m_db.deviceId();
    l.hlc = Database::hlc().now();
    if (auto s = checkPreOrderList(l, Clock::nowMs()); !s)
        return std::unexpected(s.error());
    if (auto s = applyListEvent(l.toJson(), l.hlc); !s)
        return std::unexpected(s.error());
    if (auto o = appendOutbox(m_db, QStringLiteral("preorder_list"), newUuid7(), l.hlc, l.toJson());
        !o)
        return std::unexpected(o.error());
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return l;
}

Result<std::optional<PreOrderList>> PreOrderRepository::list(QDate marketDate)
{
    auto v = m_db.scalar(QStringLiteral("SELECT payload FROM preorder_lists WHERE market_date = ?"),
                         {marketDate.toString(Qt::ISODate)});
    if (!v)
        return std::unexpected(v.error());
    if (v->isNull())
        return std::optional<PreOrderList>();
    auto l = PreOrderList::fromJson(QJsonDocument::fromJson(v->toString().toUtf8()).object());
    if (!l)
        return std::unexpected(l.error());
    return std::optional<PreOrderList>(*l);
}

Result<QList<PreOrderList>> PreOrderRepository::lists(QDate from)
{
    return queryReadableRows(
        m_db.exec(QStringLiteral("SELECT payload FROM preorder_lists WHERE "
                                 "market_date >= ? ORDER BY market_date"),
                  {from.toString(Qt::ISODate)}),
        [](const QSqlQuery &q) {
            return PreOrderList::fromJson(
                QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
        });
}

Status PreOrderRepository::applyListEvent(const QJsonObject &data, qint64 hlc)
{
    auto l = PreOrderList::fromJson(data);
    if (!l)
        return std::unexpected(l.error());
    const QString date = l->marketDate.toString(Qt::ISODate);
    return writeIfNewer(
        m_db,
        QStringLiteral("SELECT hlc FROM preorder_lists WHERE market_date = ?"),
        date,
        hlc,
        [&] {
            return executed(
                m_db.exec(QStringLiteral("INSERT INTO preorder_lists (market_date, id, hlc, "
                                         "payload) VALUES (?, ?, ?, ?) ON CONFLICT (market_date) "
                                         "DO UPDATE SET id = excluded.id, hlc = excluded.hlc, "
                                         "payload = excluded.payload"),
                          {date, l->id, hlc, QString::fromUtf8(compact(data))}));
        });
}

Result<PreOrder> PreOrderRepository::save(PreOrder o, bool inTransaction)
{
    OptionalTransaction tx(m_db, inTransaction);
    if (auto b = tx.begun(); !b)
        return std::unexpected(b.error());
    if (o.id.isEmpty())
        o.id = newUuid7();
    if (o.createdAt == 0)
        o.createdAt = Clock::nowMs();
    if (orderIsOpen(o.state))
        o.closedAt = 0;
    else if (o.closedAt == 0)
        o.closedAt = Clock::nowMs();
    o.deviceId = m_db.deviceId();
    o.hlc = Database::hlc().now();
    if (auto s = checkPreOrder(o, Clock::nowMs()); !s)
        return std::unexpected(s.error());
    // A number names one order: another order already holding it is a conflict.
    auto other = m_db.scalar(
        QStringLiteral("SELECT id FROM preorders WHERE number = ? AND id <> ?"), {o.number, o.id});
    if (!other)
        return std::unexpected(other.error());
    if (!other->isNull())
        return fail(Error::Code::Conflict,
                    QStringLiteral("order number %1 is already taken").arg(o.number));
    if (auto s = write(o); !s)
        return std::unexpected(s.error());
    if (auto q
        = queueAndCommit(m_db, tx, QStringLiteral("preorder"), newUuid7(), o.hlc, o.toJson());
        !q)
        return std::unexpected(q.error());
    return o;
}

Status PreOrderRepository::write(const PreOrder &o)
{
    auto w = m_db.exec(
        QStringLiteral("INSERT INTO preorders (id, number, market_date, state, customer_name, "
                       "contact, hlc, closed_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON "
                       "CONFLICT (id) DO UPDATE SET number = excluded.number, market_date = "
                       "excluded.market_date, state = excluded.state, customer_name = "
                       "excluded.customer_name, contact = excluded.contact, hlc = excluded.hlc, "
                       "closed_at = excluded.closed_at, payload = excluded.payload"),
        {o.id,
         o.number,
         o.marketDate.toString(Qt::ISODate),
         orderStateCode(o.state),
         o.customerName,
         o.contact,
         o.hlc,
         o.closedAt,
         QString::fromUtf8(compact(o.toJson()))});
    if (!w)
        return std::unexpected(w.error());
    for (const QString &sale : o.saleIds)
        if (auto l = linkSale(sale, o.id); !l)
            return l;
    return reserve(o);
}

// The order's reservation rows brought to what it holds now: per product, one movement of the
// difference between what the order reserves and what its rows add up to.
Status PreOrderRepository::reserve(const PreOrder &o)
{
    const QHash<QString, Milli> want = o.reservedByProduct();
    auto reserved = queryTotals<QHash<QString, Milli>>(
        m_db.exec(QStringLiteral("SELECT product_id, sum(qty) FROM stock_reservations WHERE "
                                 "order_id = ? GROUP BY product_id"),
                  {o.id}));
    if (!reserved)
        return std::unexpected(reserved.error());
    const QHash<QString, Milli> &have = *reserved;
    QSet<QString> products(want.keyBegin(), want.keyEnd());
    for (auto it = have.cbegin(); it != have.cend(); ++it)
        products.insert(it.key());
    for (const QString &p : products) {
        const Milli delta = want.value(p) - have.value(p);
        if (delta == 0)
            continue;
        if (auto w = executed(m_db.exec(
                QStringLiteral("INSERT INTO stock_reservations (id, product_id, order_id, qty, "
                               "hlc, created_at, reason) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {newUuid7(),
                 p,
                 o.id,
                 delta,
                 o.hlc,
                 Clock::nowMs(),
                 QStringLiteral("%1 %2").arg(o.number, orderStateCode(o.state))}));
            !w)
            return w;
    }
    return {};
}

Status PreOrderRepository::applyOrderEvent(const QJsonObject &data, qint64 hlc)
{
    auto o = PreOrder::fromJson(data);
    if (!o)
        return std::unexpected(o.error());
    return writeIfNewer(
        m_db, QStringLiteral("SELECT hlc FROM preorders WHERE id = ?"), o->id, hlc, [&] {
            o->hlc = hlc;
            return write(*o);
        });
}

Result<PreOrder> PreOrderRepository::byId(const QString &id)
{
    auto v = m_db.scalar(QStringLiteral("SELECT payload FROM preorders WHERE id = ?"), {id});
    if (!v)
        return std::unexpected(v.error());
    if (v->isNull())
        return fail(Error::Code::NotFound, QStringLiteral("no order %1").arg(id));
    return orderFromRow(v->toString());
}

Result<PreOrder> PreOrderRepository::find(const QString &numberOrId)
{
    const QString key = numberOrId.trimmed();
    auto v = m_db.scalar(QStringLiteral("SELECT payload FROM preorders WHERE number = ? OR id = ? "
                                        "OR upper(number) = upper(?)"),
                         {key, key, key});
    if (!v)
        return std::unexpected(v.error());
    if (v->isNull())
        return fail(Error::Code::NotFound,
                    QStringLiteral("no order numbered %1").arg(key.left(40)));
    return orderFromRow(v->toString());
}

Result<QList<PreOrder>> PreOrderRepository::orders(QDate marketDate, bool openOnly)
{
    QString sql = QStringLiteral(
        "SELECT payload FROM preorders WHERE (coalesce(?, '') = '' OR market_date = ?)");
    if (openOnly)
        sql += QStringLiteral(" AND state IN ('placed', 'partly')");
    sql += QStringLiteral(" ORDER BY market_date, number");
    const QString d = marketDate.isValid() ? marketDate.toString(Qt::ISODate) : QString();
    auto q = m_db.exec(sql, {d, d});
    if (!q)
        return std::unexpected(q.error());
    QList<PreOrder> out;
    while (q->next()) {
        auto o = orderFromRow(q->value(0).toString());
        if (!o)
            return std::unexpected(o.error());
        out << *o;
    }
    return out;
}

Result<QList<PreOrder>> PreOrderRepository::search(const QString &text)
{
    const QString like = QLatin1Char('%') + text.trimmed() + QLatin1Char('%');
    return queryReadableRows(m_db.exec(QStringLiteral("SELECT payload FROM preorders WHERE "
                                                      "customer_name LIKE ? OR number LIKE ? OR "
                                                      "contact LIKE ? ORDER BY state NOT IN "
                                                      "('placed', 'partly'), market_date, number "
                                                      "LIMIT 200"),
                                       {like, like, like}),
                             orderOfQuery);
}

Result<Milli> PreOrderRepository::reserved(const QString &productId)
{
    auto v = m_db.scalar(QStringLiteral("SELECT coalesce(sum(qty), 0) FROM stock_reservations "
                                        "WHERE product_id = ?"),
                         {productId});
    if (!v)
        return std::unexpected(v.error());
    return v->toLongLong();
}

Result<Milli> PreOrderRepository::available(const QString &productId)
{
    auto onHand = StockLedger(m_db).level(productId);
    if (!onHand)
        return std::unexpected(onHand.error());
    auto r = reserved(productId);
    if (!r)
        return r;
    return onHand->level - *r;
}

Result<QList<StockMovement>> PreOrderRepository::reservations(const QString &productId)
{
    return queryRows(m_db.exec(QStringLiteral("SELECT id, qty, hlc, created_at, reason FROM "
                                              "stock_reservations WHERE product_id = ? ORDER BY "
                                              "hlc, id"),
                               {productId}),
                     [&](const QSqlQuery &q) {
                         StockMovement m;
                         m.id = q.value(0).toString();
                         m.productId = productId;
                         m.kind = StockKind::Reserve;
                         m.qty = q.value(1).toLongLong();
                         m.hlc = q.value(2).toLongLong();
                         m.createdAt = q.value(3).toLongLong();
                         m.reason = q.value(4).toString();
                         m.deviceId = m_db.deviceId();
                         return m;
                     });
}

// An open order ends as `state`; a partly handed-over one keeps what was handed over and the
// rest is called off.
Result<PreOrder> PreOrderRepository::close(const QString &numberOrId, OrderState state)
{
    auto o = find(numberOrId);
    if (!o)
        return o;
    if (!orderIsOpen(o->state))
        return fail(
            Error::Code::Conflict,
            QStringLiteral("order %1 is already %2").arg(o->number, orderStateCode(o->state)));
    o->state = state;
    return save(*o);
}

Result<PreOrder> PreOrderRepository::noShow(const QString &numberOrId)
{
    return close(numberOrId, OrderState::NoShow);
}

Result<PreOrder> PreOrderRepository::cancel(const QString &numberOrId)
{
    return close(numberOrId, OrderState::Cancelled);
}

Result<PreOrder>
PreOrderRepository::reschedule(const QString &numberOrId, QDate day, const QString &window)
{
    auto o = find(numberOrId);
    if (!o)
        return o;
    if (!orderIsOpen(o->state))
        return fail(Error::Code::Conflict,
                    QStringLiteral("order %1 is %2: only a waiting order moves")
                        .arg(o->number, orderStateCode(o->state)));
    if (!day.isValid() || day < QDate::currentDate())
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("give a market day from today on (YYYY-MM-DD)"));
    auto l = list(day);
    if (!l)
        return std::unexpected(l.error());
    const QString w = window.trimmed().isEmpty() ? o->window : window.trimmed();
    if (*l && !(*l)->windows.isEmpty() && !(*l)->windows.contains(w))
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("pick-up windows on %1: %2")
                        .arg(day.toString(Qt::ISODate), (*l)->windows.join(QStringLiteral(", "))));
    o->marketDate = day;
    o->window = w;
    return save(*o);
}

Result<int> PreOrderRepository::markNoShows(QDate businessDate)
{
    auto open = orders({}, true);
    if (!open)
        return std::unexpected(open.error());
    int n = 0;
    for (PreOrder o : *open) {
        if (o.marketDate > businessDate)
            continue;
        // A partly handed-over order keeps what was handed over; the rest is released.
        o.state = o.state == OrderState::Partly ? OrderState::PickedUp : OrderState::NoShow;
        if (auto s = save(o, true); !s)
            return std::unexpected(s.error());
        ++n;
    }
    return n;
}

Result<int> PreOrderRepository::purgeContacts(int days)
{
    const qint64 before = Clock::nowMs() - qint64(days) * 24 * 3600 * 1000;
    auto old = queryReadableRows(m_db.exec(QStringLiteral("SELECT payload FROM preorders WHERE "
                                                          "closed_at > 0 AND closed_at < ? AND "
                                                          "contact <> ''"),
                                           {before}),
                                 orderOfQuery);
    if (!old)
        return std::unexpected(old.error());
    for (PreOrder &o : *old) {
        o.contact.clear();
        auto w = m_db.exec(QStringLiteral("UPDATE preorders SET contact = '', payload = ? WHERE id "
                                          "= ?"),
                           {QString::fromUtf8(compact(o.toJson())), o.id});
        if (!w)
            return std::unexpected(w.error());
    }
    return int(old->size());
}

Status PreOrderRepository::linkSale(const QString &saleId, const QString &orderId)
{
    return executed(m_db.exec(QStringLiteral("INSERT OR IGNORE INTO preorder_sales (sale_id, "
                                             "order_id) VALUES (?, ?)"),
                              {saleId, orderId}));
}

Result<QString> PreOrderRepository::orderOfSale(const QString &saleId)
{
    auto v = m_db.scalar(QStringLiteral("SELECT order_id FROM preorder_sales WHERE sale_id = ?"),
                         {saleId});
    if (!v)
        return std::unexpected(v.error());
    return v->toString();
}

} // namespace sk
