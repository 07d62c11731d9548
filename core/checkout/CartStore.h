#pragma once

#include "core/SaleRepository.h"

#include <QJsonObject>

#include <optional>

namespace sk {

struct ParkedCart
{
    QString id;
    QString label;
    qint64 createdAt = 0; // ms UTC
    Cart cart;
};

// Keeps carts that are not yet sales on disk: the open cart (rewritten on every change, so a
// crash loses nothing) and parked carts (a customer went to fetch cash). Lines keep the product
// snapshot they were rung up with, so a resumed cart charges what the customer was quoted.
// Tenders are never stored: a cart is paid in one go at the tender dialog.
class CartStore
{
public:
    explicit CartStore(Database &db);

    // Replace the saved open cart; an empty cart removes it.
    Status saveOpen(const Cart &cart);
    Result<std::optional<Cart>> loadOpen();

    // Park `cart` and forget the open cart, in one transaction.
    Result<ParkedCart> park(const Cart &cart, const QString &label);
    // Oldest first.
    Result<QList<ParkedCart>> parked();
    // Remove a parked cart and return it (resume). NotFound if another till took it.
    Result<Cart> take(const QString &id);

    // Store the sale (SaleRepository::record: header, lines, tenders, stock, outbox) and forget
    // the saved open cart in the same BEGIN IMMEDIATE transaction, so a crash can never bring
    // back a cart that was already paid. Rolled back as a whole on any error.
    Result<SaleRecord> commitSale(const Cart &cart, const SaleRules &rules);

    static QJsonObject toJson(const Cart &cart);
    static Result<Cart> fromJson(const QJsonObject &o);

private:
    Database &m_db;
};

} // namespace sk
