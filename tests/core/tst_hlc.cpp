// The hybrid logical clock stays usable whatever it is shown: a timestamp received from another
// device moves it only when it lies within the allowed skew of this clock, no input makes it
// overflow, and a wall clock set back (it ran fast) restarts it from the corrected time instead
// of stamping every later event in the future.

#include "core/Ids.h"
#include "tests/support/TestSupport.h"

#include <QtTest>

#include <limits>

using namespace sk;

class TestHlc : public QObject
{
    Q_OBJECT

private slots:
    void anExtremeRemoteTimestampNeverMovesTheClock()
    {
        test::FakeClock clock(1'790'000'000'000);
        Hlc h;
        const qint64 before = h.now();
        h.observe(std::numeric_limits<qint64>::max());
        QCOMPARE(h.last(), before);
        const qint64 next = h.now();
        QVERIFY(next > before);
        QCOMPARE(Hlc::physicalMs(next), clock.now());
        h.observe(-5);
        h.observe(0);
        QVERIFY(h.now() > next);
    }

    void aRemoteTimestampWithinTheSkewIsMerged()
    {
        test::FakeClock clock(1'790'000'000'000);
        Hlc h;
        const qint64 remote = Hlc::pack(clock.now() + kMaxClockSkewMs - 1, 7);
        h.observe(remote);
        QCOMPARE(h.last(), remote);
        QCOMPARE(h.now(), remote + 1);
        const qint64 beyond = Hlc::pack(clock.now() + kMaxClockSkewMs + 1000, 0);
        h.observe(beyond);
        QCOMPARE(h.last(), remote + 1);
    }

    void aClockSetBackRestartsFromTheCorrectedTime()
    {
        test::FakeClock clock(1'790'000'000'000 + 24 * 3600 * 1000); // a day fast
        Hlc h;
        const qint64 fast = h.now();
        clock.advance(-24 * 3600 * 1000); // set right
        const qint64 corrected = h.now();
        QCOMPARE(Hlc::physicalMs(corrected), clock.now());
        QVERIFY(corrected < fast);
        // Set back by less than the skew: the clock stays monotonic.
        clock.advance(-1000);
        QVERIFY(h.now() > corrected);
    }

    void packingNeverOverflows()
    {
        constexpr qint64 max = std::numeric_limits<qint64>::max();
        QVERIFY(Hlc::pack(max, 0xffff) > 0);
        QVERIFY(Hlc::pack(max / 2, 0) > 0);
        QCOMPARE(Hlc::pack(-1000, 0), qint64(0));
        QCOMPARE(Hlc::physicalMs(Hlc::pack(1'790'000'000'000, 3)), qint64(1'790'000'000'000));
        // A wall clock at the end of time still gives increasing, positive stamps.
        test::FakeClock clock(max);
        Hlc h;
        const qint64 a = h.now();
        QVERIFY(a > 0);
        QVERIFY(h.now() >= a);
    }
};

QTEST_GUILESS_MAIN(TestHlc)
#include "tst_hlc.moc"
