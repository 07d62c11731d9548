#include "app/server/ServerStore.h"

#include "app/server/StoreConnection.h"
#include "app/server/StoreSupport.h"
#include "core/Exports.h"

#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

// The server store's event log: every event a vendor's devices pushed, stored once (keyed by
// its id) and numbered in the vendor's sequence (push), and read back in that order by the
// other devices (pull).

namespace sk::server {

Result<PushOutcome> ServerStore::push(const DeviceInfo &device, const QList<IncomingEvent> &events)
{
    auto out = pushAll({PushBatch{device, events}});
    if (!out)
        return std::unexpected(out.error());
    return out->first();
}

Result<QList<PushOutcome>>
ServerStore::pushAll(const QList<PushBatch> &batches,
                     const std::function<void(const QList<PushOutcome> &)> &beforeCommit)
{
    QList<PushOutcome> outs;
    if (std::all_of(batches.cbegin(), batches.cend(), [](const PushBatch &b) {
            return b.events.isEmpty();
        })) {
        outs.resize(batches.size());
        return outs;
    }
    StoreTransaction tx(*m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    if (m_db->postgres()) {
        // Each vendor's row is the lock of its sequence (pushRows). Every vendor of these
        // batches is locked here first, in the order of their ids: two servers' writers that
        // hold pushes of the same vendors in other orders would otherwise each wait for a row
        // the other one holds, until PostgreSQL ended the deadlock by failing one of them (after
        // a second's wait, and its pushes answered with an error).
        QStringList vendors;
        for (const PushBatch &b : batches)
            if (!b.events.isEmpty())
                vendors << b.device.vendorId;
        vendors.sort();
        vendors.removeDuplicates();
        for (qsizetype done = 0; done < vendors.size();
             done += StoreConnection::kRowsPerStatement) {
            const QStringList chunk = vendors.mid(done, StoreConnection::kRowsPerStatement);
            auto q = m_db->run(QStringLiteral("SELECT id FROM vendors WHERE id IN (%1) ORDER BY "
                                              "id FOR UPDATE")
                                   .arg(QStringLiteral("?, ").repeated(chunk.size()).chopped(2)),
                               QVariantList(chunk.cbegin(), chunk.cend()));
            if (!q)
                return std::unexpected(q.error());
            while ((*q)->next()) {
            }
            (*q)->finish();
        }
    }
    for (const PushBatch &b : batches) {
        auto out = pushRows(b.device, b.events);
        if (!out)
            return std::unexpected(out.error());
        outs << std::move(*out);
    }
    if (beforeCommit)
        beforeCommit(outs);
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return outs;
}

Result<PushOutcome> ServerStore::pushRows(const DeviceInfo &device,
                                          const QList<IncomingEvent> &events)
{
    PushOutcome out;
    if (events.isEmpty())
        return out;
    // The vendor's row is the lock that orders this vendor's sequence numbers: a second push
    // waits here until this one committed, so numbers become visible in order. It also means
    // no other push of this vendor can store one of these ids between the lookup below and the
    // inserts.
    auto next = m_db->scalar(
        m_db->postgres() ? QStringLiteral("SELECT next_seq FROM vendors WHERE id = ? FOR UPDATE")
                         : QStringLiteral("SELECT next_seq FROM vendors WHERE id = ?"),
        {device.vendorId});
    if (!next)
        return std::unexpected(next.error());
    qint64 seq = next->toLongLong();

    // What is already held, by id: one lookup per chunk of ids.
    QHash<QString, QByteArray> held;
    for (qsizetype done = 0; done < events.size(); done += StoreConnection::kRowsPerStatement) {
        const int n
            = int(std::min<qsizetype>(StoreConnection::kRowsPerStatement, events.size() - done));
        QVariantList binds{device.vendorId};
        for (int i = 0; i < n; ++i)
            binds << events[done + i].event.id;
        auto q = m_db->run(
            QStringLiteral("SELECT id, payload FROM events WHERE vendor_id = ? AND id IN "
                           "(%1)")
                .arg(QStringLiteral("?, ").repeated(n).chopped(2)),
            binds);
        if (!q)
            return std::unexpected(q.error());
        while ((*q)->next())
            held.insert((*q)->value(0).toString(), (*q)->value(1).toString().toUtf8());
        (*q)->finish();
    }

    const qint64 now = Clock::nowMs();
    // Text for SQLite goes in as UTF-8, which it stores as is; bound as UTF-16 it was converted
    // value by value inside SQLite (a tenth of the main thread's time on a backlog).
    // PostgreSQL's driver takes the QString.
    const auto text = [this](const QString &s) {
        return m_db->text(s);
    };
    const QVariant vendor = text(device.vendorId);
    QVariantList eventRows;
    for (const IncomingEvent &in : events) {
        const sync::Event &e = in.event;
        const QByteArray canonical = e.canonical();
        // An id held already (or twice in this batch) is acknowledged again when the content
        // is the same, refused otherwise; either way it is not stored again.
        if (auto h = held.constFind(e.id); h != held.cend()) {
            if (sync::sameContent(*h, canonical)) {
                out.acked << e.id;
            } else {
                out.conflict = true;
                out.rejected << sync::Rejection{e.id,
                                                QStringLiteral("conflict"),
                                                QStringLiteral("an event with this id is already "
                                                               "stored with different content")};
            }
            continue;
        }
        held.insert(e.id, canonical);
        ++seq;
        if (out.firstSeq == 0)
            out.firstSeq = seq;
        // SQLite binds the payload's UTF-8 as it is; PostgreSQL's driver wants text.
        eventRows << vendor << seq << text(e.id) << text(e.type) << text(e.deviceId) << e.hlc
                  << (m_db->postgres() ? QVariant(QString::fromUtf8(canonical))
                                       : QVariant(canonical))
                  << now;
        // The views' rows (sales, stock movements, products) follow later: project().
        out.acked << e.id;
        ++out.stored;
    }
    if (out.stored > 0) {
        if (auto s
            = m_db->insertRows(QStringLiteral("events (vendor_id, seq, id, type, device_id, hlc, "
                                              "payload, received_at)"),
                               {},
                               8,
                               eventRows);
            !s)
            return std::unexpected(s.error());
        auto u = m_db->run(QStringLiteral("UPDATE vendors SET next_seq = ? WHERE id = ?"),
                           {seq, device.vendorId});
        if (!u)
            return std::unexpected(u.error());
    }
    return out;
}

Result<PullPage> ServerStore::pull(const DeviceInfo &device,
                                   qint64 since,
                                   int limit,
                                   const std::function<qint64()> &unsyncedFloor)
{
    // A device's own events are already on it: they are skipped (the cursor moves past them)
    // without reading their payload, and up to 10 pages of them are skipped in one answer, so
    // a device that pushed a long backlog does not pull it all back page by page.
    const int scan = limit * 10;
    const QString sql = QStringLiteral(
        "SELECT seq, CASE WHEN device_id = ? THEN NULL ELSE payload END FROM events WHERE "
        "vendor_id = ? AND seq > ? ORDER BY seq LIMIT ?");
    const QVariantList binds{device.id, device.vendorId, since, scan};
    PullPage page;
    page.next = since;
    int rows = 0;
    QByteArray json = "[";
    // Each event goes out as stored, with its sequence number put first.
    const auto add = [&](qint64 seq, QByteArrayView payload) {
        ++rows;
        page.next = seq;
        if (payload.isEmpty()) // one of the device's own
            return;
        if (page.count)
            json += ',';
        json += "{\"seq\":\"" + QByteArray::number(seq) + "\",";
        json += payload.sliced(1);
        ++page.count;
    };
    if (!m_db->postgres()) {
        auto stmt = m_db->sqliteStatement(sql);
        if (!stmt)
            return std::unexpected(stmt.error());
        if (bindSqlite(*stmt, binds.constData(), binds.size()) != SQLITE_OK) {
            sqlite3_reset(*stmt);
            return std::unexpected(m_db->sqliteError("bind"));
        }
        int rc = SQLITE_ROW;
        // Asked once the statement's snapshot is taken (its first step): a commit this read
        // sees either is on disk by now or has its numbers in the floor still.
        qint64 floor = -1;
        while (page.count < limit && (rc = sqlite3_step(*stmt)) == SQLITE_ROW) {
            const qint64 seq = sqlite3_column_int64(*stmt, 0);
            if (floor < 0)
                floor = unsyncedFloor ? unsyncedFloor() : 0;
            if (floor > 0 && seq >= floor) {
                rc = SQLITE_DONE;
                break;
            }
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(*stmt, 1));
            add(seq,
                text ? QByteArrayView(text, sqlite3_column_bytes(*stmt, 1)) : QByteArrayView());
        }
        const bool failed = rc != SQLITE_ROW && rc != SQLITE_DONE;
        sqlite3_reset(*stmt);
        sqlite3_clear_bindings(*stmt);
        if (failed)
            return std::unexpected(m_db->sqliteError("pull"));
    } else {
        // PostgreSQL sends every row of a result, where SQLite's loop above stops stepping at
        // the page's last event: the payloads of the whole scan (up to 10 pages of 3 KB events
        // for a page of them) went over the connection to be dropped here. Only the rows up to
        // the page's `limit`-th event of another device are asked for: the scan's sequence
        // numbers and devices first (no payloads), then the rows up to that one.
        const QString pgSql = QStringLiteral(
            "WITH scanned AS (SELECT seq, device_id FROM events WHERE vendor_id = ? AND seq > ? "
            "ORDER BY seq LIMIT ?), page AS (SELECT seq, count(*) FILTER (WHERE device_id <> ?) "
            "OVER (ORDER BY seq ROWS UNBOUNDED PRECEDING) AS theirs FROM scanned) SELECT seq, "
            "CASE WHEN device_id = ? THEN NULL ELSE payload END FROM events WHERE vendor_id = ? "
            "AND seq > ? AND seq <= (SELECT max(seq) FROM page WHERE theirs <= ?) ORDER BY seq");
        auto q = m_db->run(
            pgSql,
            {device.vendorId, since, scan, device.id, device.id, device.vendorId, since, limit});
        if (!q)
            return std::unexpected(q.error());
        const qint64 floor = unsyncedFloor ? unsyncedFloor() : 0; // the query has run
        while (page.count < limit && (*q)->next()) {
            const qint64 seq = (*q)->value(0).toLongLong();
            if (floor > 0 && seq >= floor)
                break;
            const QVariant payload = (*q)->value(1); // null: empty, skipped
            add(seq, payload.isNull() ? QByteArray() : payload.toString().toUtf8());
        }
        (*q)->finish();
    }
    json += ']';
    page.eventsJson = json;
    page.more = page.count == limit || rows == scan;
    return page;
}

Result<qint64> ServerStore::eventCount(const QString &vendorId)
{
    auto v = m_db->scalar(QStringLiteral("SELECT count(*) FROM events WHERE vendor_id = ?"),
                          {vendorId});
    if (!v)
        return std::unexpected(v.error());
    return v->toLongLong();
}

} // namespace sk::server