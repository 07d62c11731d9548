#pragma once

#include "tests/support/TestSupport.h"

#include <QDateTime>
#include <QString>

#include <memory>

namespace sk::test {

// A small, scripted history for the report tests, made through the real core API with a
// frozen clock, so every figure of every report can be checked by hand (docs/cli.md "Reports"
// lists the totals). Time zone America/Chicago (UTC-05:00 in June): set by useReportTimeZone()
// before anything reads local time.
//
// Wed 2025-06-04, market "Riverside", float 100.00
//   08:30 load-out count: Sourdough 20
//   09:05 S1  2 Sourdough 14.00 + Hot coffee 3.00 (tax 0.24) = 17.24, cash 20.00, change 2.76
//   09:40 S2  1.5 lb Tomatoes 6.00, SNAP 6.00
//   10:15 S3  1 "=HYPERLINK(...)" 10.00 -10 % = 9.00 + tax 0.72 = 9.72, card 9.72
//   10:30 S4  Hot coffee 3.00 + tax 0.24 = 3.24, market token 5.00, change 1.76
//   11:00 R1  refund 1 Sourdough of S1: cash -7.00, reason "=SUM(A1:A9)"
//   11:30 payout 5.00 (ice)
//   12:00 end-of-day count: Sourdough 18 (expected 19, variance -1 = -7.00)
//   12:10 drawer count 103.00 (expected 103.48, difference -0.48)
// Sat 2025-06-07, market "=1+1 Market", float 50.00
//   08:00 load-out count: Tomatoes 10 lb (expected -1.5, variance 11.5 = 46.00)
//   08:10 S5  Sourdough 7.00 + 2 Hot coffee 6.00, 10 % off the cart: 6.30 + 5.40 + tax 0.43
//             = 12.13, cash 15.00, change 2.87
//   09:00 paid-in 10.00 (change from the bank)
//   13:20 S6  2 lb Tomatoes 8.00: SNAP tokens 3.00 + WIC/FMNP 5.00
//   13:25 V1  void of S6, reason "@rang up twice"
//   14:00 end-of-day count: Tomatoes 10 lb (expected 10, variance 0)
// Market fees: Riverside 6 % of sales without tax, at least 5.00 a day, stall fee 10.00, paid
//   weekly: base 17.00 + 6.00 + 9.00 + 3.00 − 7.00 = 28.00, share 1.68, raised to 5.00, due
//   15.00 for the week of Mon 2025-06-02. "=1+1 Market" 50 % of cash with tax, at most 4.00:
//   base 12.13, share 6.07, lowered to 4.00. Programs: Riverside's token 5.00 (Market tokens);
//   Saturday's SNAP tokens and FMNP check (an incentive issued on a SNAP sale) voided: 0.
// Pick-up orders (handed over on another device, so no sales here):
//   Wed P-1 2 Sourdough, both handed over; P-2 about 2 lb Tomatoes, 2.25 lb handed over;
//       P-3 1 Sourdough, no-show; P-4 3 Sourdough, cancelled
//       -> 4 orders, 2 picked up, 1 no-show, 1 cancelled; fill rate 2 of 3 lines (66.67 %);
//          weighed 2 lb ordered, 2.25 handed over, +0.25
//   Sat P-5 2 Sourdough (1 handed over) and about 1.5 lb Tomatoes (1.4 lb), partly;
//       P-6 about 1 lb Tomatoes, waiting; P-7 1 Sourdough, cancelled
//       -> 3 orders, 1 partly, 1 waiting, 1 cancelled; fill rate 1 of 3 lines (33.33 %);
//          weighed 1.5 lb ordered, 1.4 handed over, -0.1
class ReportFixture
{
public:
    ReportFixture();
    Database &db() { return m_db.db(); }
    QString path() const { return m_db.path(); }
    QString dir() const { return m_db.dir(); }

    // Ids are random and the device code too: golden files name them by first appearance.
    QString normalise(const QString &csv);

private:
    TempDb m_db;
};

void useReportTimeZone();

} // namespace sk::test
