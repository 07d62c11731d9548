#pragma once

#include "core/Ids.h"
#include "core/model/SaleRecord.h"
#include "core/sync/SyncProtocol.h"

namespace sk::sync {

// The one check an event passes before the server stores it and before a device applies it
// after a pull: the rules a till follows when it makes the record, applied to a record made
// elsewhere. Pure: no database and no clock of its own. `referenceMs` is the checker's reading
// of the server's clock (on the server its own; on a device its clock corrected by the offset
// it measured at its last sync).
//
// Every event: its text (every string and key of its data) is clean (no lone surrogate, no
// control character other than tab and line breaks); its HLC, and every time its record
// carries, lies between kEarliestTimestampMs and referenceMs + kMaxClockSkewMs; no string of
// it holds a whole card number (CardNumber.h: the refusal names the field).
// Each type this version knows (sale, product, stock_movement, market_day, tax_category,
// tender_type, cash_movement, drawer_count, and the program settings of ProgramSync.h): fields of
// the right types, ids that are UUIDs, the event's own device, amounts within kMaxAmount and
// quantities within kMaxQuantity, and the rules of that record (see checkSaleRecord for sales). A
// type this version does not know is checked for its text and time only: it is stored and relayed,
// and a device that does not know it either keeps it aside.
Status validateEvent(const Event &e, qint64 referenceMs, ParsedData *parsed = nullptr);

// A sale, void or refund read from an event (by SaleRecord::fromJson or the server's quick
// reader), beyond its fields' types: it is the event's own sale, of its device and its HLC; a
// sale's figures are what the till's own computation (computeCart) gives for its lines and the
// part its untaxed tenders paid; a void's or refund's lines, amounts and tenders have the
// signs of money going back and add up; tenders pay the total exactly; it carries one stock
// movement per line, of the sale's kind ("sale" or "refund"), of that line's product and
// quantity. Text is left to the caller (validateEvent checks it for every event).
Status checkSaleRecord(const SaleRecord &r, const Event &e, qint64 referenceMs);

// The part of checkSaleRecord about money and stock: bounds, figures, tenders and stock
// movements (their count, kind, products, quantities and times). For a reader that checked the
// rest (ids, references, text) itself: SaleEventReader, on the bytes.
Status checkSaleMoney(const SaleRecord &r, qint64 referenceMs);

// Where the tender policy of refunds and voids (which tender may pay back what: SNAP to the
// card, tokens as tokens...) joins the event checks. Until that policy exists as a pure
// function in core it only accepts; the amounts, signs and references of refunds and voids are
// checked by checkSaleRecord.
Status checkRefundTenders(const SaleRecord &r);

// A time in ms since the epoch (or an HLC's physical part) that a record may carry: not before
// 2000, not more than kMaxClockSkewMs ahead of `referenceMs`. `what` names it in the refusal.
Status checkTimestamp(qint64 ms, qint64 referenceMs, const QString &what);
constexpr qint64 kEarliestTimestampMs = 946'684'800'000; // 2000-01-01T00:00:00Z

// "1 d 2 h", "3 h 5 min", "4 min 10 s", "12 s": how far a clock is off, for the vendor.
QString durationText(qint64 ms);

// Text a record may hold: no lone surrogate, no NUL or other control character except tab,
// line feed and carriage return.
bool isCleanText(QStringView s);

} // namespace sk::sync
