#include "app/server/ServerStore.h"

#include "app/server/Crypto.h"
#include "app/server/StoreConnection.h"

// ServerStore's own file: opening the store (its connection, then the migrations). What it
// does is in a file per purpose:
//   StoreConnection.cpp  the connection and the SQL dialect (SQLite or PostgreSQL)
//   WalCheckpointer.cpp  SQLite's WAL copied into the database on a thread of its own
//   ServerSchema.cpp     the schema's numbered migrations
//   DeviceRegistry.cpp   vendors, pairing codes, devices, tokens (administration and auth)
//   EventLog.cpp         push and pull of the vendor's numbered events
//   Projections.cpp      the sales, stock movements and products rows made from the events
//   ServerViews.cpp      the JSON of GET /sales, /sales/{id} and /stock
//   ServerSnapshot.cpp   what a newly paired device starts from (GET /snapshot)

namespace sk::server {

ServerStore::ServerStore() = default;
ServerStore::~ServerStore() = default;

Result<std::unique_ptr<ServerStore>> ServerStore::open(const QString &spec)
{
    crypto::init();
    auto db = StoreConnection::open(spec);
    if (!db)
        return std::unexpected(db.error());
    std::unique_ptr<ServerStore> s(new ServerStore);
    s->m_db = std::move(*db);
    if (auto m = s->migrate(); !m)
        return std::unexpected(m.error());
    return s;
}

bool ServerStore::isPostgres() const
{
    return m_db->postgres();
}

const QString &ServerStore::spec() const
{
    return m_db->spec();
}

Result<QString> ServerStore::leaveSyncToCaller()
{
    return m_db->leaveSyncToCaller();
}

} // namespace sk::server
