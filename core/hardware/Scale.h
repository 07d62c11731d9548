#pragma once

#include "core/Error.h"
#include "core/Money.h"

#include <QByteArray>

#include <optional>

namespace sk::hw {

// One reading as a scale reports it: a signed weight in milli-units of the scale's unit, and
// the scale's own flags. Parsers only read; what may be taken is decided by check().
struct ScaleReading
{
    Milli weight = 0; // in `unit`, negative below zero
    Unit unit = Unit::Lb;
    bool motion = false;       // the scale says the load is still moving
    bool overCapacity = false; // beyond what it can weigh: the weight is meaningless
    bool underZero = false;    // below zero (or under capacity)
    bool atZero = false;
    QString fault; // the scale reports an error (calibration, memory); empty when none

    bool operator==(const ScaleReading &) const = default;
};

// What stands between a reading and a sale line. Each needs the vendor's attention: an
// unstable, negative or overloaded reading is refused; one in another unit is converted only
// after the vendor agrees.
enum class WeightProblem { Unstable, Negative, OverCapacity, Fault, OtherUnit, Zero };

struct WeightCheck
{
    Milli qty = 0; // in the item's unit (converted)
    QList<WeightProblem> problems;
    bool takeable() const { return problems.isEmpty(); }
};

// `reading` as a quantity of an item sold by `itemUnit`, with every reason not to take it as is.
WeightCheck checkReading(const ScaleReading &reading, Unit itemUnit);

// Milli-units of one weight unit in another, exactly through nanograms (1 lb = 453.59237 g,
// 1 oz = 1/16 lb), rounded half away from zero to the milli-unit. Each is not a weight.
Result<Milli> convertWeight(Milli value, Unit from, Unit to);

// Serial protocols. Each parser takes the bytes read so far, removes one complete frame from
// the front (and any noise before it) and returns its reading; nullopt while a frame is still
// incomplete. A frame that is complete but unreadable is an error, and so is one still open after
// kMaxFrame bytes (a wrong speed or protocol, or a device streaming without end): the bytes
// are dropped, so what a device sends never piles up in memory.
namespace scale {

// Every frame these protocols have is under 32 bytes.
constexpr qsizetype kMaxFrame = 256;

// Hid: a USB HID scale read from /dev/hidraw* (HidScale.h), no serial protocol.
enum class Protocol { Nci, Cas, Ecr, Hid };
Result<Protocol> protocolFromName(const QString &name); // "nci", "cas", "ecr", "hid"
QString protocolName(Protocol p);

// NCI / Weigh-Tronix (also Brecknell, Avery "NCI" mode): the host sends "W\r"; the scale answers
// <LF>  1.234lb<CR><LF>hh<CR><ETX>, or only <LF>hh<CR><ETX> (status alone: moving, out of
// range). Status byte 1: bit 0 motion, bit 1 at zero, bit 2 RAM error, bit 3 EEPROM error;
// byte 2: bit 0 under zero, bit 1 over capacity, bit 2 ROM error, bit 3 calibration error.
QByteArray nciRequest();
QByteArray nciZeroRequest();
std::optional<Result<ScaleReading>> parseNci(QByteArray &buffer);

// CAS 22-byte frames (CAS PD-II and CAS indicators, sent on request "W" or continuously):
// "ST,GS,<id><lamp>,<8 chars weight> kg\r\n", ST stable / US unstable / OL overload, GS gross /
// NT net; unit " kg", " lb", " oz" or "  g".
QByteArray casRequest();
std::optional<Result<ScaleReading>> parseCas(QByteArray &buffer);

// Brecknell/Avery "ECR" mode (the Toledo 8213/8217 frame most cash registers read): the host
// sends "W"; the scale answers <STX>01.234LB<CR> (digits with the decimal point, then the unit
// when it sends one: LB, KG, OZ, G; none means pounds), or <STX>?<status><CR> when the weight
// cannot be read now. Status bits: 0 motion, 1 over capacity, 2 under zero, 3 outside the zero
// range, 4 centre of zero, 5 and 6 always set, 7 parity.
QByteArray ecrRequest();
std::optional<Result<ScaleReading>> parseEcr(QByteArray &buffer);

std::optional<Result<ScaleReading>> parse(Protocol p, QByteArray &buffer);
QByteArray request(Protocol p);

// USB HID point-of-sale scales (usage page 0x8D), e.g. Dymo M-series: 6-byte input report
// 0x03, status, unit, scaling exponent (signed), weight LSB, weight MSB. Status 2 stable at
// zero, 3 in motion, 4 stable, 5 under zero, 6 over capacity, 1/7/8 faults; unit 2 g, 3 kg,
// 11 oz, 12 lb.
Result<ScaleReading> parseHidReport(const QByteArray &report);

} // namespace scale

// Stable-weight detection on top of the scale's own motion flag: a weight is stable once
// `count` readings in a row (without motion, in one unit) agree within `tolerance` milli-units.
// It is told once; any motion, a jump or another unit starts over (and tells again once the
// new weight settles).
class StableWeight
{
public:
    explicit StableWeight(int count = 3, Milli tolerance = 0)
        : m_count(count)
        , m_tolerance(tolerance)
    {}
    std::optional<ScaleReading> feed(const ScaleReading &r);
    void reset()
    {
        m_run = 0;
        m_told = false;
    }

private:
    int m_count;
    Milli m_tolerance;
    int m_run = 0;
    bool m_told = false;
    ScaleReading m_last;
};

// A tare kept by the till (scales without a tare key, containers weighed once): subtracted
// from every reading, converted to the reading's unit.
struct Tare
{
    Milli weight = 0;
    Unit unit = Unit::Lb;
    Result<ScaleReading> apply(ScaleReading r) const;
};

} // namespace sk::hw
