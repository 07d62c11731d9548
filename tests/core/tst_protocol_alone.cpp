// The protocol on its own: this suite links stallkeeper_protocol and Qt Test and nothing of the
// device's storage (no stallkeeper-core, no Qt Sql), as the server's checks would. A check of
// validateEvent that reached for a repository or the database would leave a symbol this program
// cannot link; the cases below run the checks the server runs on the records the devices send.

#include "core/Ids.h"
#include "core/model/Product.h"
#include "core/model/TaxTender.h"
#include "core/sync/EventValidator.h"
#include "core/sync/ProgramEvents.h"
#include "core/sync/SaleEventReader.h"

#include <QtTest>

using namespace sk;

namespace {

sync::Event eventOf(const QString &type, const QJsonObject &data)
{
    sync::Event e;
    e.id = newUuid7();
    e.type = type;
    e.deviceId = newUuid7();
    e.hlc = Hlc::pack(Clock::nowMs(), 0);
    e.data = data;
    return e;
}

Product jam()
{
    Product p;
    p.id = newUuid7();
    p.sku = QStringLiteral("JAM");
    p.name = QStringLiteral("Strawberry jam");
    p.price = 650;
    return p;
}

} // namespace

class TestProtocolAlone : public QObject
{
    Q_OBJECT

private slots:
    void productEventsAreChecked()
    {
        QVERIFY(
            sync::validateEvent(eventOf(QStringLiteral("product"), jam().toJson()), Clock::nowMs())
                .has_value());
        Product p = jam();
        p.price = -1;
        const Status s
            = sync::validateEvent(eventOf(QStringLiteral("product"), p.toJson()), Clock::nowMs());
        QVERIFY(!s);
        QVERIFY2(s.error().detail.contains(u"price"), qPrintable(s.error().detail));
    }

    void aWholeCardNumberIsRefusedInAnyField()
    {
        Product p = jam();
        p.name = QStringLiteral("4111 1111 1111 1111");
        const Status s
            = sync::validateEvent(eventOf(QStringLiteral("product"), p.toJson()), Clock::nowMs());
        QVERIFY(!s);
        QVERIFY2(s.error().detail.contains(u"name"), qPrintable(s.error().detail));
    }

    void tenderTypesAreCheckedWithoutTheirRepository()
    {
        TenderType snap;
        snap.code = QStringLiteral("snap");
        snap.name = QStringLiteral("SNAP");
        snap.eligibility = QStringLiteral("snap");
        snap.untaxed = true;
        snap.refundTo = RefundTo::Same;
        QVERIFY(sync::validateEvent(eventOf(QStringLiteral("tender_type"), taxtender::toJson(snap)),
                                    Clock::nowMs())
                    .has_value());
        // SNAP paid back as cash: a restricted tender's money goes back only to itself.
        snap.refundTo = RefundTo::Any;
        QVERIFY(!sync::validateEvent(
            eventOf(QStringLiteral("tender_type"), taxtender::toJson(snap)), Clock::nowMs()));
    }

    void programEventsAreChecked()
    {
        MarketFee fee;
        fee.market = QStringLiteral("Riverside");
        fee.sharePpm = 60000;
        QVERIFY(sync::validateEvent(
                    eventOf(QLatin1String(programsync::kFeeType), programsync::feeJson(fee)),
                    Clock::nowMs())
                    .has_value());
        fee.sharePpm = 1000001; // above 100 %
        QVERIFY(!sync::validateEvent(
            eventOf(QLatin1String(programsync::kFeeType), programsync::feeJson(fee)),
            Clock::nowMs()));
    }

    void aSaleWithoutItsFieldsIsRefusedOnBothReaders()
    {
        const sync::Event e
            = eventOf(QStringLiteral("sale"), {{QStringLiteral("id"), QStringLiteral("x")}});
        QVERIFY(!sync::validateEvent(e, Clock::nowMs()));
        sync::Event read;
        sync::SaleRows rows;
        QVERIFY(!sync::readSaleEvent(e.canonical(), read, rows, Clock::nowMs()));
    }
};

QTEST_GUILESS_MAIN(TestProtocolAlone)
#include "tst_protocol_alone.moc"
