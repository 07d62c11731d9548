#pragma once

#include "core/Catalog.h"

namespace sk {

// The last steps of a change made on this till: its event queued for the other devices
// (appendOutbox), then the commit of `tx` (a Transaction or an OptionalTransaction).
template<typename Tx>
Status queueAndCommit(Database &db,
                      Tx &tx,
                      const QString &eventType,
                      const QString &eventId,
                      qint64 hlc,
                      const QJsonObject &data)
{
    if (auto o = appendOutbox(db, eventType, eventId, hlc, data); !o)
        return o;
    return tx.commit();
}

} // namespace sk
