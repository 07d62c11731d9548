#pragma once

// A market day scripted sale by sale on a fake clock, for the suites that check what a day's
// sales add up to (the cash drawer, the turn-in slip).

#include "core/SaleRepository.h"
#include "tests/support/TestSupport.h"

#include <QObject>

#include <memory>

namespace sk::test {

class ScriptedDaySuite : public QObject
{
protected:
    explicit ScriptedDaySuite(qint64 startMs)
        : m_clock(startMs)
    {}

    FakeClock m_clock;
    std::unique_ptr<TempDb> m_t;
    SaleRules m_rules;
    QString m_day;

    // A sale of `items` (product, quantity) paid with `tenders`, 30 s after the one before.
    Result<SaleRecord> ring(QList<std::pair<Product, Milli>> items, QList<TenderEntry> tenders)
    {
        Cart cart;
        for (const auto &[p, q] : items)
            cart.lines << CartLine{p, q, {}};
        cart.tenders = tenders;
        m_clock.advance(30000);
        return SaleRepository(m_t->db()).commit(cart, m_rules);
    }
};

} // namespace sk::test
