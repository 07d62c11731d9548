#include "core/checkout/CartStore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sk {

namespace {
QJsonObject discountJson(const Discount &d)
{
    const char *kind = d.kind == Discount::Kind::Amount    ? "amount"
                       : d.kind == Discount::Kind::Percent ? "percent"
                                                           : "none";
    return {{QStringLiteral("kind"), QLatin1String(kind)},
            {QStringLiteral("value"), QString::number(d.value)}};
}

Discount discountFrom(const QJsonObject &o)
{
    const QString kind = o.value(QLatin1String("kind")).toString();
    Discount d;
    d.value = o.value(QLatin1String("value")).toString().toLongLong();
    d.kind = kind == u"amount"    ? Discount::Kind::Amount
             : kind == u"percent" ? Discount::Kind::Percent
                                  : Discount::Kind::None;
    if (d.kind == Discount::Kind::None)
        d.value = 0;
    return d;
}
} // namespace

CartStore::CartStore(Database &db)
    : m_db(db)
{}

QJsonObject CartStore::toJson(const Cart &cart)
{
    QJsonArray lines;
    for (const CartLine &l : cart.lines) {
        QJsonObject o{{QStringLiteral("product"), l.product.toJson()},
                      {QStringLiteral("qty"), QString::number(l.qty)},
                      {QStringLiteral("discount"), discountJson(l.discount)}};
        if (l.manualWeight)
            o.insert(QStringLiteral("manual_weight"), true);
        lines.append(o);
    }
    return {{QStringLiteral("lines"), lines},
            {QStringLiteral("discount"), discountJson(cart.discount)}};
}

Result<Cart> CartStore::fromJson(const QJsonObject &o)
{
    Cart cart;
    cart.discount = discountFrom(o.value(QLatin1String("discount")).toObject());
    for (const QJsonValue &v : o.value(QLatin1String("lines")).toArray()) {
        const QJsonObject j = v.toObject();
        auto p = Product::fromJson(j.value(QLatin1String("product")).toObject());
        if (!p)
            return std::unexpected(p.error());
        CartLine l;
        l.product = *p;
        bool ok = false;
        l.qty = j.value(QLatin1String("qty")).toString().toLongLong(&ok);
        if (!ok || l.qty <= 0)
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("saved cart line has no quantity"));
        l.discount = discountFrom(j.value(QLatin1String("discount")).toObject());
        l.manualWeight = j.value(QLatin1String("manual_weight")).toBool();
        cart.lines << l;
    }
    return cart;
}

Status CartStore::saveOpen(const Cart &cart)
{
    Transaction tx(m_db);
    if (auto b = tx.begun(); !b)
        return b;
    if (auto d = m_db.execCached(QStringLiteral("DELETE FROM carts WHERE kind = 'open'"), {}); !d)
        return d;
    if (!cart.lines.isEmpty() || cart.discount.kind != Discount::Kind::None) {
        const qint64 now = Clock::nowMs();
        const QString payload
            = QString::fromUtf8(QJsonDocument(toJson(cart)).toJson(QJsonDocument::Compact));
        if (auto s = m_db.execCached(
                QStringLiteral("INSERT INTO carts (id, kind, label, created_at, "
                               "updated_at, payload) VALUES (?, 'open', '', ?, ?, ?)"),
                {newUuid7(), now, now, payload});
            !s)
            return s;
    }
    return tx.commit();
}

Result<SaleRecord> CartStore::commitSale(const Cart &cart, const SaleRules &rules)
{
    Transaction tx(m_db);
    if (auto b = tx.begun(); !b)
        return std::unexpected(b.error());
    SaleRepository sales(m_db);
    auto rec = sales.record(cart, rules, true);
    if (!rec)
        return rec;
    if (auto d = m_db.execCached(QStringLiteral("DELETE FROM carts WHERE kind = 'open'"), {}); !d)
        return std::unexpected(d.error());
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return rec;
}

Result<std::optional<Cart>> CartStore::loadOpen()
{
    auto q = m_db.exec(QStringLiteral("SELECT payload FROM carts WHERE kind = 'open'"));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<Cart>();
    auto c = fromJson(QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object());
    if (!c)
        return std::unexpected(c.error());
    return std::optional<Cart>(*c);
}

Result<ParkedCart> CartStore::park(const Cart &cart, const QString &label)
{
    if (cart.lines.isEmpty())
        return fail(Error::Code::InvalidInput, QStringLiteral("an empty cart cannot be parked"));
    Transaction tx(m_db);
    if (auto b = tx.begun(); !b)
        return std::unexpected(b.error());
    ParkedCart p;
    p.id = newUuid7();
    p.label = label.left(200);
    p.createdAt = Clock::nowMs();
    p.cart = cart;
    p.cart.tenders.clear();
    const QString payload
        = QString::fromUtf8(QJsonDocument(toJson(p.cart)).toJson(QJsonDocument::Compact));
    if (auto s = m_db.exec(QStringLiteral("INSERT INTO carts (id, kind, label, created_at, "
                                          "updated_at, payload) VALUES (?, 'parked', ?, ?, ?, ?)"),
                           {p.id, p.label, p.createdAt, p.createdAt, payload});
        !s)
        return std::unexpected(s.error());
    if (auto d = m_db.exec(QStringLiteral("DELETE FROM carts WHERE kind = 'open'")); !d)
        return std::unexpected(d.error());
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return p;
}

Result<QList<ParkedCart>> CartStore::parked()
{
    auto q = m_db.exec(QStringLiteral("SELECT id, label, created_at, payload FROM carts WHERE "
                                      "kind = 'parked' ORDER BY created_at, id"));
    if (!q)
        return std::unexpected(q.error());
    QList<ParkedCart> out;
    while (q->next()) {
        ParkedCart p;
        p.id = q->value(0).toString();
        p.label = q->value(1).toString();
        p.createdAt = q->value(2).toLongLong();
        auto c = fromJson(QJsonDocument::fromJson(q->value(3).toString().toUtf8()).object());
        if (!c)
            return std::unexpected(c.error());
        p.cart = *c;
        out << p;
    }
    return out;
}

Result<Cart> CartStore::take(const QString &id)
{
    Transaction tx(m_db);
    if (auto b = tx.begun(); !b)
        return std::unexpected(b.error());
    auto q = m_db.exec(QStringLiteral("SELECT payload FROM carts WHERE id = ? AND kind = 'parked'"),
                       {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(Error::Code::NotFound, QStringLiteral("that parked cart is gone"));
    auto c = fromJson(QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object());
    if (!c)
        return std::unexpected(c.error());
    if (auto d = m_db.exec(QStringLiteral("DELETE FROM carts WHERE id = ?"), {id}); !d)
        return std::unexpected(d.error());
    if (auto cm = tx.commit(); !cm)
        return std::unexpected(cm.error());
    return c;
}

} // namespace sk
