#include "core/Schema.h"

namespace sk {

// Migration 8: which outbox events are still to be sent lives in its own narrow table.
// Marking a pushed batch sent used to set outbox.sent_at, which rewrote each event's row (3 KB
// for a sale, a page of its own) and doubled the disk writes of draining a backlog; deleting
// the batch's numbers from outbox_unsent touches a page or two. An event is unsent exactly
// while its seq is in outbox_unsent; a rejected event stays unsent (with outbox.rejected_reason)
// until it is sent again. The trigger queues every event any writer adds. sent_at is no longer
// written: it keeps the send time of events sent before this version (dropping the column
// would rewrite every row of a large outbox at the upgrade).
Migration migrationOutboxQueue()
{
    return {8,
            {
                QStringLiteral("CREATE TABLE outbox_unsent (seq INTEGER PRIMARY KEY)"),
                QStringLiteral("INSERT INTO outbox_unsent (seq) SELECT seq FROM outbox WHERE "
                               "sent_at IS NULL"),
                QStringLiteral("DROP INDEX outbox_pending"),
                QStringLiteral("CREATE TRIGGER outbox_queue AFTER INSERT ON outbox BEGIN INSERT "
                               "INTO outbox_unsent (seq) VALUES (new.seq); END"),
            }};
}

QString unsentOutbox()
{
    return QStringLiteral("outbox_unsent u CROSS JOIN outbox o ON o.seq = u.seq");
}

QString outboxIsUnsent()
{
    return QStringLiteral("EXISTS (SELECT 1 FROM outbox_unsent u WHERE u.seq = outbox.seq)");
}

} // namespace sk
