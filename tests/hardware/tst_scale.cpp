#include "tests/hardware/ScaleSimulator.h"

#include "core/hardware/HidScale.h"
#include "core/hardware/Scale.h"
#include "core/hardware/SerialScale.h"

#include <QSignalSpy>
#include <QtTest>

#include <sys/socket.h>

using namespace sk;
using namespace sk::hw;

Q_DECLARE_METATYPE(sk::hw::ScaleReading)

namespace {

// NCI frames as a scale sends them: status bytes have bits 4 and 5 set ('0' = no flag).
QByteArray nci(const char *weight, const char *status = "00")
{
    QByteArray f("\n");
    if (*weight)
        f += QByteArray(weight) + "\r\n";
    return f + status + "\r\x03";
}

QByteArray cas(const char *state, const char *weight, const char *unit = " kg")
{
    return QByteArray(state) + ",GS,1@," + QByteArray(weight) + unit + "\r\n";
}

// ECR frames: <STX>weight[unit]<CR>, or <STX>?<status><CR> (bits 5 and 6 always set).
QByteArray ecr(const char *weight)
{
    return QByteArray("\x02") + weight + "\r";
}

QByteArray ecrStatus(quint8 bits)
{
    return QByteArray("\x02?") + char(0x60 | bits) + "\r";
}

ScaleReading reading(Milli w, Unit u)
{
    ScaleReading r;
    r.weight = w;
    r.unit = u;
    return r;
}

// A serial scale with spies on all it reports: every reading, each stable weight, failures.
struct WatchedScale
{
    explicit WatchedScale(const SerialScaleSettings &settings)
        : scale(settings)
    {}
    SerialScale scale;
    QSignalSpy readings{&scale, &SerialScale::reading};
    QSignalSpy stable{&scale, &SerialScale::stable};
    QSignalSpy failed{&scale, &SerialScale::failed};
};

} // namespace

class TstScale : public QObject
{
    Q_OBJECT
private slots:
    void nciFrames();
    void casFrames();
    void hidReports_data();
    void hidReports();
    void conversion();
    void checks();
    void stableDetection();
    void tare();
    void serialStable();
    void serialUnitChangeAndOverload();
    void serialCas8N1();
    void unplugMidRead_data();
    void unplugMidRead();
    void silentScale();
    void wrongProtocol();
    void ecrFrames();
    void ecrSerial();
    void hidReportsThroughTheReader();
    void worstFrames();
    void endlessLineFromASerialScale();
};

void TstScale::nciFrames()
{
    QByteArray buf = nci("  1.234lb");
    auto r = scale::parseNci(buf);
    QVERIFY(r && *r);
    QCOMPARE((*r)->weight, 1234);
    QCOMPARE((*r)->unit, Unit::Lb);
    QVERIFY(!(*r)->motion && !(*r)->overCapacity && !(*r)->underZero);
    QVERIFY(buf.isEmpty());

    // Two frames in one read, the second one cut short: one reading, the rest kept.
    buf = nci("0.500kg", "10") + QByteArray("\n  0.2");
    r = scale::parseNci(buf);
    QVERIFY(r && *r);
    QCOMPARE((*r)->weight, 500);
    QCOMPARE((*r)->unit, Unit::Kg);
    QVERIFY((*r)->motion); // '1' = 0x31: bit 0
    QVERIFY(!scale::parseNci(buf));
    buf += "50lb\r\n00\r\x03";
    r = scale::parseNci(buf);
    QVERIFY(r && *r);
    QCOMPARE((*r)->weight, 250);

    // Status only: over capacity (byte 2 bit 1), under zero (byte 2 bit 0), negative weight.
    buf = nci("", "02");
    r = scale::parseNci(buf);
    QVERIFY(r && *r && (*r)->overCapacity);
    buf = nci("", "01");
    r = scale::parseNci(buf);
    QVERIFY(r && *r && (*r)->underZero);
    buf = nci(" -0.120lb", "00");
    r = scale::parseNci(buf);
    QVERIFY(r && *r);
    QCOMPARE((*r)->weight, -120);
    QVERIFY((*r)->underZero);
    buf = nci("  12g", "S00"); // some models put an S before the status
    r = scale::parseNci(buf);
    QVERIFY(r && *r);
    QCOMPARE((*r)->weight, 12000);
    QCOMPARE((*r)->unit, Unit::G);
    // A bad command answer and an unknown unit are errors, never a weight.
    buf = QByteArray("\n?\r\x03");
    r = scale::parseNci(buf);
    QVERIFY(r && !*r);
    buf = nci("  1.000ct");
    r = scale::parseNci(buf);
    QVERIFY(r && !*r);
}

void TstScale::casFrames()
{
    QByteArray buf = cas("ST", "  01.234");
    auto r = scale::parseCas(buf);
    QVERIFY(r && *r);
    QCOMPARE((*r)->weight, 1234);
    QCOMPARE((*r)->unit, Unit::Kg);
    QVERIFY(!(*r)->motion);
    buf = cas("US", "  00.800", " lb");
    r = scale::parseCas(buf);
    QVERIFY(r && *r && (*r)->motion);
    QCOMPARE((*r)->unit, Unit::Lb);
    buf = cas("OL", "        ");
    r = scale::parseCas(buf);
    QVERIFY(r && *r && (*r)->overCapacity);
    buf = cas("ST", " -00.050");
    r = scale::parseCas(buf);
    QVERIFY(r && *r && (*r)->underZero);
    QCOMPARE((*r)->weight, -50);
    buf = QByteArray("garbage\r\n");
    r = scale::parseCas(buf);
    QVERIFY(r && !*r);
}

void TstScale::hidReports_data()
{
    QTest::addColumn<QByteArray>("report");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("weight");
    QTest::addColumn<int>("unit");
    QTest::addColumn<QString>("flag");
    // Dymo M10 in ounces: 30.0 oz (raw 300, exponent -1).
    QTest::newRow("oz stable") << QByteArray::fromHex("03040bff2c01") << true << qint64(30000)
                               << int(Unit::Oz) << QString();
    QTest::newRow("g stable") << QByteArray::fromHex("03040200f401") << true << qint64(500000)
                              << int(Unit::G) << QString();
    QTest::newRow("kg milli") << QByteArray::fromHex("030403fd3930") << true << qint64(12345)
                              << int(Unit::Kg) << QString();
    QTest::newRow("lb hundredths") << QByteArray::fromHex("03040cfe7b00") << true << qint64(1230)
                                   << int(Unit::Lb) << QString();
    QTest::newRow("zero") << QByteArray::fromHex("030202000000") << true << qint64(0)
                          << int(Unit::G) << QStringLiteral("zero");
    QTest::newRow("motion") << QByteArray::fromHex("03030200c800") << true << qint64(200000)
                            << int(Unit::G) << QStringLiteral("motion");
    QTest::newRow("under zero") << QByteArray::fromHex("030502000a00") << true << qint64(-10000)
                                << int(Unit::G) << QStringLiteral("under");
    QTest::newRow("over") << QByteArray::fromHex("030602000000") << true << qint64(0)
                          << int(Unit::G) << QStringLiteral("over");
    QTest::newRow("calibrate") << QByteArray::fromHex("030702000000") << true << qint64(0)
                               << int(Unit::G) << QStringLiteral("fault");
    QTest::newRow("short") << QByteArray::fromHex("030402") << false << qint64(0) << 0 << QString();
    QTest::newRow("other report") << QByteArray::fromHex("04040200f401") << false << qint64(0) << 0
                                  << QString();
    QTest::newRow("unknown unit") << QByteArray::fromHex("03040400f401") << false << qint64(0) << 0
                                  << QString();
}

void TstScale::hidReports()
{
    QFETCH(QByteArray, report);
    QFETCH(bool, ok);
    auto r = scale::parseHidReport(report);
    QCOMPARE(bool(r), ok);
    if (!ok)
        return;
    QFETCH(qint64, weight);
    QFETCH(int, unit);
    QFETCH(QString, flag);
    QCOMPARE(r->weight, weight);
    QCOMPARE(int(r->unit), unit);
    QCOMPARE(r->atZero, flag == u"zero");
    QCOMPARE(r->motion, flag == u"motion");
    QCOMPARE(r->underZero, flag == u"under");
    QCOMPARE(r->overCapacity, flag == u"over");
    QCOMPARE(!r->fault.isEmpty(), flag == u"fault");
}

void TstScale::conversion()
{
    QCOMPARE(*convertWeight(1000, Unit::Lb, Unit::G), 453592); // 453.59237 g
    QCOMPARE(*convertWeight(16000, Unit::Oz, Unit::Lb), 1000);
    QCOMPARE(*convertWeight(1000, Unit::Kg, Unit::Lb), 2205); // 2.20462
    QCOMPARE(*convertWeight(250, Unit::Kg, Unit::G), 250000);
    QCOMPARE(*convertWeight(-1000, Unit::Lb, Unit::Oz), -16000);
    QCOMPARE(*convertWeight(1, Unit::G, Unit::Kg), 0); // rounds half away from zero
    QCOMPARE(*convertWeight(500, Unit::G, Unit::Kg), 1);
    QVERIFY(!convertWeight(1000, Unit::Each, Unit::Lb));
}

void TstScale::checks()
{
    WeightCheck c = checkReading(reading(1234, Unit::Lb), Unit::Lb);
    QVERIFY(c.takeable());
    QCOMPARE(c.qty, 1234);

    ScaleReading moving = reading(1234, Unit::Lb);
    moving.motion = true;
    QCOMPARE(checkReading(moving, Unit::Lb).problems, QList{WeightProblem::Unstable});
    ScaleReading over = reading(0, Unit::Lb);
    over.overCapacity = true;
    QCOMPARE(checkReading(over, Unit::Lb).problems, QList{WeightProblem::OverCapacity});
    QCOMPARE(checkReading(reading(-20, Unit::Lb), Unit::Lb).problems,
             QList{WeightProblem::Negative});
    QCOMPARE(checkReading(reading(0, Unit::Lb), Unit::Lb).problems, QList{WeightProblem::Zero});
    // Another unit: converted, but never taken without asking.
    c = checkReading(reading(500, Unit::Kg), Unit::Lb);
    QCOMPARE(c.problems, QList{WeightProblem::OtherUnit});
    QCOMPARE(c.qty, 1102); // 1.10231 lb
}

void TstScale::stableDetection()
{
    StableWeight s(3, 2);
    ScaleReading moving = reading(900, Unit::Lb);
    moving.motion = true;
    QVERIFY(!s.feed(moving));
    QVERIFY(!s.feed(reading(1000, Unit::Lb)));
    QVERIFY(!s.feed(reading(1001, Unit::Lb)));
    QVERIFY(!s.feed(moving)); // motion starts over
    QVERIFY(!s.feed(reading(1000, Unit::Lb)));
    QVERIFY(!s.feed(reading(1010, Unit::Lb))); // a jump starts over
    QVERIFY(!s.feed(reading(1010, Unit::Lb)));
    auto r = s.feed(reading(1011, Unit::Lb));
    QVERIFY(r);
    QCOMPARE(r->weight, 1011);
    QVERIFY(!s.feed(reading(1011, Unit::Lb))); // told once, not again while it stays
    QVERIFY(!s.feed(reading(1011, Unit::Kg))); // a unit change starts over
    QVERIFY(!s.feed(reading(1011, Unit::Kg)));
    QVERIFY(s.feed(reading(1011, Unit::Kg)));
}

void TstScale::tare()
{
    Tare t{100, Unit::Oz}; // a 0.1 oz paper tray
    auto r = t.apply(reading(1000, Unit::Lb));
    QVERIFY(r);
    QCOMPARE(r->weight, 1000 - 6); // 0.1 oz = 0.00625 lb
    auto empty = Tare{2000, Unit::G}.apply(reading(1000, Unit::G));
    QVERIFY(empty);
    QCOMPARE(empty->weight, -1000);
    QVERIFY(empty->underZero);
}

void TstScale::serialStable()
{
    ScaleSimulator sim;
    QVERIFY(!sim.port().isEmpty());
    sim.frames = {nci("  0.812lb", "10"),
                  nci("  1.102lb", "10"),
                  nci("  1.250lb"),
                  nci("  1.250lb"),
                  nci("  1.250lb")};
    auto settings = SerialScaleSettings::parse(sim.port(), scale::Protocol::Nci);
    QVERIFY(settings);
    settings->pollMs = 20;
    WatchedScale w(*settings);
    QVERIFY(w.scale.start());
    QTRY_COMPARE(w.stable.size(), 1);
    QVERIFY(w.failed.isEmpty());
    const auto s = w.stable.first().first().value<ScaleReading>();
    QCOMPARE(s.weight, 1250);
    QCOMPARE(s.unit, Unit::Lb);
    QVERIFY(w.readings.size() >= 5);
    QVERIFY(w.readings.first().first().value<ScaleReading>().motion);
    QVERIFY(sim.requestsSeen.startsWith("W\rW\r"));
    w.scale.stop();
}

void TstScale::serialUnitChangeAndOverload()
{
    ScaleSimulator sim;
    sim.frames = {nci("  1.250lb"),
                  nci("  1.250lb"),
                  nci("  0.567kg"),
                  nci("", "02"),
                  nci("", "02"),
                  nci("  0.567kg"),
                  nci("  0.567kg"),
                  nci("  0.567kg")};
    auto settings = SerialScaleSettings::parse(sim.port(), scale::Protocol::Nci);
    settings->pollMs = 20;
    WatchedScale w(*settings);
    QVERIFY(w.scale.start());
    QTRY_COMPARE(w.stable.size(), 1);
    // Two in lb were not enough; the unit changed, then the scale was overloaded: only three
    // agreeing readings in kg after that make a stable weight.
    const auto s = w.stable.first().first().value<ScaleReading>();
    QCOMPARE(s.unit, Unit::Kg);
    QCOMPARE(s.weight, 567);
    QVERIFY(w.readings.size() >= 8);
    QVERIFY(w.readings.at(3).first().value<ScaleReading>().overCapacity);
    QCOMPARE(checkReading(s, Unit::Lb).problems, QList{WeightProblem::OtherUnit});
}

void TstScale::serialCas8N1()
{
    ScaleSimulator sim;
    sim.frames = {cas("US", "  00.300", " lb"), cas("ST", "  00.450", " lb")};
    auto settings = SerialScaleSettings::parse(
        QStringLiteral("serial:%1?baud=9600&frame=8N1").arg(sim.port()), scale::Protocol::Cas);
    QVERIFY(settings);
    QVERIFY(!settings->sevenEvenOne);
    settings->pollMs = 20;
    WatchedScale w(*settings);
    QVERIFY(w.scale.start());
    QTRY_COMPARE(w.stable.size(), 1);
    QCOMPARE(w.stable.first().first().value<ScaleReading>().weight, 450);
}

void TstScale::unplugMidRead_data()
{
    QTest::addColumn<int>("protocol");
    QTest::addColumn<QByteArrayList>("frames");
    QTest::addColumn<int>("truncateTo");
    QTest::newRow("nci") << int(scale::Protocol::Nci)
                         << QByteArrayList{nci("  1.250lb"), nci("  1.250lb")} << 5;
    QTest::newRow("ecr") << int(scale::Protocol::Ecr) << QByteArrayList{ecr("01.250LB")} << 4;
}

void TstScale::unplugMidRead()
{
    QFETCH(int, protocol);
    QFETCH(QByteArrayList, frames);
    QFETCH(int, truncateTo);
    ScaleSimulator sim;
    sim.frames = frames;
    sim.truncateAnswer = 2; // half a frame, then the cable comes out
    sim.truncateTo = truncateTo;
    auto settings = SerialScaleSettings::parse(sim.port(), scale::Protocol(protocol));
    settings->pollMs = 20;
    settings->answerMs = 60000; // the unplugging, not the silence, must end it
    WatchedScale w(*settings);
    QVERIFY(w.scale.start());
    QTRY_VERIFY(sim.answered >= 3);
    QCOMPARE(w.readings.size(), 2);
    sim.unplug();
    QTRY_COMPARE(w.failed.size(), 1);
    QVERIFY(!w.scale.running());
    QVERIFY(w.stable.isEmpty()); // two good readings and half a frame are not a weight
}

void TstScale::silentScale()
{
    ScaleSimulator sim; // answers nothing
    auto settings = SerialScaleSettings::parse(sim.port(), scale::Protocol::Nci);
    settings->pollMs = 20;
    settings->answerMs = 200;
    WatchedScale w(*settings);
    QVERIFY(w.scale.start());
    QTRY_COMPARE(w.failed.size(), 1);
    QVERIFY(w.failed.first().first().toString().contains(QStringLiteral("does not answer")));
    QVERIFY(w.readings.isEmpty());
    QVERIFY(!w.scale.running());
}

void TstScale::wrongProtocol()
{
    ScaleSimulator sim; // an NCI scale set up as CAS: its answers are refused, not guessed at
    sim.frames = {nci("  1.250lb") + "\r\n"};
    auto settings = SerialScaleSettings::parse(sim.port(), scale::Protocol::Cas);
    settings->pollMs = 20;
    WatchedScale w(*settings);
    QVERIFY(w.scale.start());
    QTRY_COMPARE(w.failed.size(), 1);
    QVERIFY(w.readings.isEmpty());
    QVERIFY(!SerialScaleSettings::parse(QStringLiteral("serial:/dev/ttyS0?frame=9X2"),
                                        scale::Protocol::Nci));
    QVERIFY(!scale::protocolFromName(QStringLiteral("toledo")));
}

void TstScale::ecrFrames()
{
    QByteArray b = QByteArray("noise") + ecr("01.234LB") + ecr("0.567KG") + ecr("012.34")
                   + ecrStatus(0x01) + ecrStatus(0x02) + ecrStatus(0x04) + ecrStatus(0x08)
                   + ecrStatus(0x00)
                   + QByteArray("\x02"
                                "1.2");
    auto r = scale::parseEcr(b);
    QVERIFY(r && *r);
    QCOMPARE((*r)->weight, 1234);
    QCOMPARE((*r)->unit, Unit::Lb);
    r = scale::parseEcr(b);
    QCOMPARE((*r)->weight, 567);
    QCOMPARE((*r)->unit, Unit::Kg);
    r = scale::parseEcr(b); // no unit in the frame: pounds
    QCOMPARE((*r)->weight, 12340);
    QCOMPARE((*r)->unit, Unit::Lb);
    r = scale::parseEcr(b);
    QVERIFY((*r)->motion);
    QCOMPARE(checkReading(**r, Unit::Lb).takeable(), false);
    r = scale::parseEcr(b);
    QVERIFY((*r)->overCapacity);
    r = scale::parseEcr(b);
    QVERIFY((*r)->underZero);
    QVERIFY(checkReading(**r, Unit::Lb).problems.contains(WeightProblem::Negative));
    r = scale::parseEcr(b);
    QVERIFY(!(*r)->fault.isEmpty()); // outside the zero range
    r = scale::parseEcr(b);
    QVERIFY(!(*r)->fault.isEmpty()); // a status with nothing wrong still is no weight
    QVERIFY(!checkReading(**r, Unit::Lb).takeable());
    QVERIFY(!scale::parseEcr(b)); // "1.2" still without its CR
    b += "\r";
    QCOMPARE((*scale::parseEcr(b))->weight, 1200);
    QByteArray garbage = ecr("?");
    r = scale::parseEcr(garbage);
    QVERIFY(r && !*r);
    QByteArray badUnit = ecr("1.000XY");
    QVERIFY(!*scale::parseEcr(badUnit));
    QCOMPARE(scale::protocolFromName(QStringLiteral("brecknell")).value(), scale::Protocol::Ecr);
    QCOMPARE(scale::protocolName(scale::Protocol::Ecr), QStringLiteral("ecr"));
}

void TstScale::ecrSerial()
{
    // Unstable, stable in lb, overloaded, then in kg: only three agreeing readings in one unit
    // after the overload make the weight.
    ScaleSimulator sim;
    sim.frames = {ecrStatus(0x01),
                  ecr("01.250LB"),
                  ecr("01.250LB"),
                  ecrStatus(0x02),
                  ecr("0.567KG"),
                  ecr("0.567KG"),
                  ecr("0.567KG")};
    auto settings = SerialScaleSettings::parse(sim.port(), scale::Protocol::Ecr);
    QVERIFY(settings);
    QVERIFY(settings->sevenEvenOne);
    settings->pollMs = 20;
    WatchedScale w(*settings);
    QVERIFY(w.scale.start());
    QTRY_COMPARE(w.stable.size(), 1);
    QVERIFY(w.failed.isEmpty());
    const auto s = w.stable.first().first().value<ScaleReading>();
    QCOMPARE(s.unit, Unit::Kg);
    QCOMPARE(s.weight, 567);
    QVERIFY(w.readings.first().first().value<ScaleReading>().motion);
    QVERIFY(w.readings.at(3).first().value<ScaleReading>().overCapacity);
    QVERIFY(sim.requestsSeen.startsWith("WW"));
    QCOMPARE(checkReading(s, Unit::Lb).problems, QList{WeightProblem::OtherUnit});
    w.scale.stop();
}

void TstScale::hidReportsThroughTheReader()
{
    // Recorded Dymo M10 reports, one datagram each as hidraw hands them over: moving, then
    // 30.0 oz three times, then the scale is unplugged.
    int fds[2];
    QCOMPARE(::socketpair(AF_UNIX, SOCK_SEQPACKET, 0, fds), 0);
    HidScale scale(QStringLiteral("recorded"));
    QSignalSpy readings(&scale, &HidScale::reading);
    QSignalSpy stable(&scale, &HidScale::stable);
    QSignalSpy failed(&scale, &HidScale::failed);
    QVERIFY(scale.startFd(fds[0]));
    auto send = [&](const char *hex) {
        const QByteArray r = QByteArray::fromHex(hex);
        QCOMPARE(::write(fds[1], r.constData(), size_t(r.size())), ssize_t(r.size()));
    };
    send("03030bff2001"); // 28.8 oz, moving
    send("05000000");     // another report of the device: no weight, passed over
    send("03040bff2c01");
    send("03040bff2c01");
    send("03040bff2c01");
    QTRY_COMPARE(stable.size(), 1);
    QCOMPARE(readings.size(), 4);
    QVERIFY(readings.first().first().value<ScaleReading>().motion);
    const auto s = stable.first().first().value<ScaleReading>();
    QCOMPARE(s.weight, 30000);
    QCOMPARE(s.unit, Unit::Oz);
    ::close(fds[1]); // unplugged
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(!scale.running());
    QVERIFY(!HidScale(QStringLiteral("/nonexistent/hidraw9")).start());
    // The descriptor of a Dymo M10 starts with Usage Page (Scale) 0x8D.
    QVERIFY(HidScale::isScaleDescriptor(QByteArray::fromHex("058d0920a101")));
    QVERIFY(!HidScale::isScaleDescriptor(QByteArray::fromHex("05010906a101"))); // a keyboard
    QVERIFY(!HidScale::isScaleDescriptor(QByteArray::fromHex("05")));           // cut short
}

// What a broken or misconfigured device may send: numbers no scale makes, text that is not a
// number, NUL bytes, a frame that never ends, a megabyte without a line end. Never a weight
// taken, never a buffer that grows, never a message that grows with the noise.
void TstScale::worstFrames()
{
    // Digits by the int64 (9223372036854775.807 lb is INT64_MAX milli-pounds, and below it):
    // read, but over any capacity, so not takeable.
    for (const char *w : {"9223372036854775.807lb", "-9223372036854775.807lb", "99999999.999lb"}) {
        QByteArray buf = nci(w);
        auto r = scale::parseNci(buf);
        QVERIFY2(r && *r, w);
        const WeightCheck c = checkReading(**r, Unit::Lb);
        QVERIFY2(!c.takeable(), w);
        QVERIFY2(c.problems.contains(WeightProblem::OverCapacity), w);
        QVERIFY2(c.qty >= -1'000'000'000 && c.qty <= 1'000'000'000, w);
        QVERIFY2(!checkReading(**r, Unit::G).takeable(), w); // converted: no overflow either
    }
    QCOMPARE(checkReading(reading(999'999'999'999, Unit::Kg), Unit::Kg).problems,
             QList{WeightProblem::OverCapacity});
    // More digits than int64, not numbers at all, NUL bytes: errors, never a weight.
    for (const QByteArray &w : {QByteArray("99999999999999999999lb"),
                                QByteArray("  nan lb"),
                                QByteArray("  inf lb"),
                                QByteArray("1e9lb"),
                                QByteArray("0x10lb"),
                                QByteArray("-.lb"),
                                QByteArray("1.2\0\0lb", 7),
                                QByteArray("\0\0\0\0", 4)}) {
        QByteArray buf = "\n" + w + "\r\n00\r\x03";
        auto r = scale::parseNci(buf);
        QVERIFY2(r && !*r, w.toHex().constData());
        buf = "\x02" + w + "\r";
        r = scale::parseEcr(buf);
        QVERIFY2(r && !*r, w.toHex().constData());
    }
    // A HID report at its largest (65535 x 10^3 lb): over capacity.
    auto hid = scale::parseHidReport(QByteArray("\x03\x04\x0c\x03\xff\xff", 6));
    QVERIFY(hid);
    QVERIFY(checkReading(*hid, Unit::Lb).problems.contains(WeightProblem::OverCapacity));

    // A frame that never ends, fed as a port would read it: an error once it is longer than any
    // frame, the buffer never much more than one read, the message short.
    const QByteArray megabyte(1 << 20, '7');
    for (auto p : {scale::Protocol::Nci, scale::Protocol::Cas, scale::Protocol::Ecr}) {
        QByteArray buf = p == scale::Protocol::Nci   ? QByteArray("\n")
                         : p == scale::Protocol::Ecr ? QByteArray("\x02")
                                                     : QByteArray();
        std::optional<Result<ScaleReading>> r;
        qsizetype most = 0;
        for (qsizetype at = 0; at < megabyte.size() && !r; at += 4096) {
            buf += megabyte.mid(at, 4096);
            most = std::max(most, buf.size());
            r = scale::parse(p, buf);
        }
        QVERIFY2(r && !*r, qPrintable(scale::protocolName(p)));
        QVERIFY(r->error().detail.contains(QStringLiteral("no end of frame")));
        QVERIFY2(r->error().detail.size() < 200, qPrintable(r->error().detail.left(300)));
        QVERIFY(most <= 4096 + scale::kMaxFrame);
        QVERIFY(buf.isEmpty());
        // A whole megabyte in one read: the same.
        buf = megabyte;
        r = scale::parse(p, buf);
        if (p != scale::Protocol::Cas) // no frame start in it: noise, dropped
            QVERIFY(!r && buf.isEmpty());
        else
            QVERIFY(r && !*r && buf.isEmpty());
    }
}

// A scale on a pseudo-terminal that answers a megabyte without a line end: the scale is given
// up with a short message at once (not after the answer timeout), and nothing was read as a
// weight.
void TstScale::endlessLineFromASerialScale()
{
    ScaleSimulator sim;
    QVERIFY(!sim.port().isEmpty());
    sim.frames = {"\n" + QByteArray(1 << 20, '5')};
    auto settings = SerialScaleSettings::parse(sim.port(), scale::Protocol::Nci);
    QVERIFY(settings);
    settings->pollMs = 20;
    settings->answerMs = 60000; // the noise, not the silence, must end it
    WatchedScale w(*settings);
    QVERIFY(w.scale.start());
    QTRY_COMPARE(w.failed.size(), 1);
    const QString why = w.failed.first().first().toString();
    QVERIFY2(why.contains(QStringLiteral("no end of frame")), qPrintable(why.left(300)));
    QVERIFY2(why.size() < 400, qPrintable(why.left(300)));
    QVERIFY(w.readings.isEmpty());
    QVERIFY(!w.scale.running());
}

QTEST_GUILESS_MAIN(TstScale)
#include "tst_scale.moc"
