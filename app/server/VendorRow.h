#pragma once

#include "app/server/ServerStore.h"
#include "app/server/StoreConnection.h"
#include "core/DatabaseRows.h"
#include "core/Error.h"

#include <QSqlQuery>
#include <QString>

namespace sk::server {

// A name an administrator gives a vendor or a market: trimmed, 1 to `maxLength` characters;
// else refused with "`what` name must be 1-`maxLength` characters".
Result<QString> adminName(const QString &name, int maxLength, const QString &what);

// Inserts a row of `vendors`: a vendor (DeviceRegistry.cpp) or the office of a market, which
// syncs like a vendor (MarketStore.cpp). A name already taken is a Conflict.
Status insertVendor(StoreConnection &db, const QString &id, const QString &name, qint64 now);

// A vendor as a row of "SELECT id, name" reads it (the vendor list, a look-up by name, a
// market's members).
Vendor vendorRow(const QSqlQuery &q);

// A table whose rows an administrator names (vendors, markets), for rowByNameOrId: the
// statement that reads a row ("SELECT id, name FROM vendors") and what a row is called.
struct NamedTable
{
    QString select;
    QString what;
};

// The row of `table` whose name or id is `nameOrId`, as `row` reads it; else NotFound,
// "no vendor "nameOrId"".
template<typename Row>
Result<Row> rowByNameOrId(StoreConnection &db,
                          const NamedTable &table,
                          Row (*row)(const QSqlQuery &),
                          const QString &nameOrId)
{
    const QString key = nameOrId.trimmed();
    return queryFirstRow(
        db.exec(table.select + QStringLiteral(" WHERE name = ? OR id = ?"), {key, key}),
        row,
        Error::notFound(QStringLiteral("no %1 \"%2\"").arg(table.what, nameOrId.left(100))));
}

} // namespace sk::server
