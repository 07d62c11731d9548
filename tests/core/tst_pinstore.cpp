#include "core/checkout/PinStore.h"
#include "tests/support/TestSupport.h"

#include <QThread>
#include <QtTest>

#include <atomic>
#include <latch>

using namespace sk;

// Wrong PINs counted by several connections at once (the till and a second window, or two
// processes on one file): each miss is counted once and the lock-out is not outrun.
class TestPinStore : public QObject
{
    Q_OBJECT
private slots:
    void racingWrongPinsAreAllCounted()
    {
        test::TempDb t;
        const QString id
            = PinStore(t.db())
                  .addUser(QStringLiteral("Ann"), TillUser::Role::Owner, QStringLiteral("1234"))
                  ->id;
        constexpr int kThreads = 3;
        constexpr int kTries = 3;
        std::latch start(kThreads);
        std::atomic<int> wrong = 0, throttled = 0, other = 0;
        QList<QThread *> threads;
        for (int i = 0; i < kThreads; ++i)
            threads << QThread::create([&] {
                auto db = Database::open(t.path()); // its own connection, in its own thread
                if (!db) {
                    ++other;
                    start.count_down();
                    return;
                }
                PinStore pins(**db);
                start.arrive_and_wait();
                for (int k = 0; k < kTries; ++k) {
                    auto r = pins.verify(id, QStringLiteral("0000"));
                    if (r)
                        ++other;
                    else if (r.error().code == Error::Code::Unauthorized)
                        ++wrong;
                    else if (r.error().code == Error::Code::Conflict)
                        ++throttled;
                    else
                        ++other;
                }
            });
        for (QThread *th : threads)
            th->start();
        for (QThread *th : threads) {
            QVERIFY(th->wait(300000));
            delete th;
        }
        QCOMPARE(other.load(), 0);
        const int stored
            = t->scalar(QStringLiteral("SELECT failed_attempts FROM users WHERE id = ?"), {id})
                  ->toInt();
        // Every PIN that was checked and found wrong is in the count...
        QCOMPARE(stored, wrong.load());
        // ...and no more were checked than the free attempts before the lock-out began.
        QCOMPARE(wrong.load(), PinStore::kFreeAttempts);
        QCOMPARE(throttled.load(), kThreads * kTries - PinStore::kFreeAttempts);
        QVERIFY(*PinStore(t.db()).lockedForMs(id) > 0);
    }
};

QTEST_GUILESS_MAIN(TestPinStore)
#include "tst_pinstore.moc"
