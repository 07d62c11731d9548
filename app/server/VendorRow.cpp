#include "app/server/VendorRow.h"

#include "app/server/StoreConnection.h"

namespace sk::server {

Result<QString> adminName(const QString &name, int maxLength, const QString &what)
{
    const QString n = name.trimmed();
    if (n.isEmpty() || n.size() > maxLength)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("%1 name must be 1-%2 characters").arg(what).arg(maxLength));
    return n;
}

Status insertVendor(StoreConnection &db, const QString &id, const QString &name, qint64 now)
{
    return executed(
        db.exec(QStringLiteral("INSERT INTO vendors (id, name, created_at) VALUES (?, ?, ?)"),
                {id, name, now}));
}

Vendor vendorRow(const QSqlQuery &q)
{
    return Vendor{q.value(0).toString(), q.value(1).toString()};
}

} // namespace sk::server
