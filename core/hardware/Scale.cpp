#include "core/hardware/Scale.h"

#include "core/EnumCodes.h"
#include "core/Limits.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <utility>

namespace sk::hw {

namespace {

// Nanograms per unit: exact integers for every weight unit.
std::optional<__int128> nanograms(Unit u)
{
    switch (u) {
    case Unit::G:
        return __int128(1'000'000'000);
    case Unit::Kg:
        return __int128(1'000'000'000'000);
    case Unit::Lb:
        return __int128(453'592'370'000);
    case Unit::Oz:
        return __int128(28'349'523'125);
    case Unit::Each:
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<Unit> unitFromScale(QByteArray s)
{
    s = s.trimmed().toLower();
    if (s == "lb" || s == "lbs")
        return Unit::Lb;
    if (s == "kg")
        return Unit::Kg;
    if (s == "oz")
        return Unit::Oz;
    if (s == "g")
        return Unit::G;
    return std::nullopt;
}

// "  -1.234" -> -1234 milli. Up to three decimals, as scales show them.
std::optional<Milli> milliFromText(const QByteArray &text)
{
    auto r = parseFixed(
        QString::fromLatin1(text.trimmed()).remove(QLatin1Char(' ')), 3, NumberSource::Machine);
    if (!r)
        return std::nullopt;
    return *r;
}

// The bytes of a bad frame in hex, for the message: its first 32 only, so a megabyte of noise
// makes a short message.
Error bad(const QString &what, const QByteArray &frame)
{
    QString hex = QString::fromLatin1(frame.left(32).toHex(' '));
    if (frame.size() > 32)
        hex += QStringLiteral(" … (%1 bytes)").arg(frame.size());
    return Error::invalid(QStringLiteral("%1: %2").arg(what, hex));
}

// A frame begun at `start` whose end has not come within kMaxFrame bytes: dropped, an error.
std::optional<Result<ScaleReading>> endless(QByteArray &buffer, qsizetype start)
{
    if (buffer.size() - start <= scale::kMaxFrame)
        return std::nullopt; // still coming
    const QByteArray head = buffer.mid(start);
    buffer.clear();
    return std::unexpected(bad(QStringLiteral("no end of frame"), head));
}

// A status without a weight: the weight is not readable now (never a weight of zero taken
// silently), unless the status says why.
void markNoWeight(ScaleReading &r)
{
    if (!r.motion && !r.overCapacity && !r.underZero && r.fault.isEmpty())
        r.fault = QStringLiteral("no weight in the answer");
}

// Where the unit letters at the end of a weight's text begin.
qsizetype unitStart(const QByteArray &weight)
{
    qsizetype at = weight.size();
    while (at > 0 && std::isalpha(uchar(weight[at - 1])))
        --at;
    return at;
}

// The next frame, from a `first` byte to a `last` byte (both kept), taken out of the buffer
// and read by `read`; nothing while it is still coming (noise before any frame is dropped).
std::optional<Result<ScaleReading>> parseFrame(QByteArray &buffer,
                                               char first,
                                               char last,
                                               Result<ScaleReading> (*read)(const QByteArray &))
{
    const qsizetype start = buffer.indexOf(first);
    if (start < 0) {
        buffer.clear(); // noise before any frame
        return std::nullopt;
    }
    const qsizetype end = buffer.indexOf(last, start);
    if (end < 0 || end - start > scale::kMaxFrame)
        return endless(buffer, start);
    const QByteArray frame = buffer.mid(start, end - start + 1);
    buffer.remove(0, end + 1);
    return read(frame);
}

} // namespace

Result<Milli> convertWeight(Milli value, Unit from, Unit to)
{
    if (from == to)
        return value;
    const auto a = nanograms(from);
    const auto b = nanograms(to);
    if (!a || !b)
        return fail(
            Error::Code::InvalidInput,
            QStringLiteral("%1 cannot be converted to %2").arg(unitCode(from), unitCode(to)));
    return divRound(__int128(value) * *a, *b);
}

WeightCheck checkReading(const ScaleReading &r, Unit itemUnit)
{
    WeightCheck c;
    if (!r.fault.isEmpty())
        c.problems << WeightProblem::Fault;
    if (r.overCapacity)
        c.problems << WeightProblem::OverCapacity;
    if (r.motion)
        c.problems << WeightProblem::Unstable;
    if (r.underZero || r.weight < 0)
        c.problems << WeightProblem::Negative;
    else if (r.weight == 0 && !r.overCapacity)
        c.problems << WeightProblem::Zero;
    if (r.unit != itemUnit)
        c.problems << WeightProblem::OtherUnit;
    auto q = convertWeight(r.weight, r.unit, itemUnit);
    c.qty = q ? *q : 0;
    // Beyond any quantity a sale line may hold (Limits.h), in the scale's unit or the item's:
    // no scale at a stall weighs that, so it is read as over capacity, never taken.
    const auto beyond = [](Milli w) {
        return w > kMaxQuantity || w < -kMaxQuantity;
    };
    if ((beyond(r.weight) || (q && beyond(*q))) && !r.overCapacity)
        c.problems << WeightProblem::OverCapacity;
    if (beyond(c.qty))
        c.qty = 0;
    return c;
}

namespace scale {

Result<Protocol> protocolFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"nci" || n == u"weigh-tronix" || n == u"weightronix")
        return Protocol::Nci;
    if (n == u"cas" || n == u"cas-pd2" || n == u"pd-ii")
        return Protocol::Cas;
    if (n == u"ecr" || n == u"brecknell" || n == u"avery" || n == u"8217")
        return Protocol::Ecr;
    if (n == u"hid" || n == u"usb" || n == u"dymo")
        return Protocol::Hid;
    return fail(Error::Code::InvalidInput,
                QStringLiteral("%1: the scale protocol is nci, cas, ecr or hid").arg(name));
}

QString protocolName(Protocol p)
{
    // In the order of Protocol.
    static constexpr auto kNames = enumCodes<Protocol>("nci", "cas", "ecr", "hid");
    return kNames.code(p);
}

QByteArray nciRequest()
{
    return QByteArrayLiteral("W\r");
}

QByteArray nciZeroRequest()
{
    return QByteArrayLiteral("Z\r");
}

namespace {
Result<ScaleReading> readNci(const QByteArray &frame)
{
    // <LF>weight<CR><LF>status<CR><ETX> or <LF>status<CR><ETX>
    const QList<QByteArray> parts = frame.mid(1, frame.size() - 2).split('\n');
    QByteArray weight, status;
    if (parts.size() == 2) {
        weight = parts[0];
        status = parts[1];
    } else if (parts.size() == 1) {
        status = parts[0];
    } else {
        return std::unexpected(bad(QStringLiteral("not an NCI frame"), frame));
    }
    if (!status.endsWith('\r') || (!weight.isEmpty() && !weight.endsWith('\r')))
        return std::unexpected(bad(QStringLiteral("not an NCI frame"), frame));
    weight.chop(weight.endsWith('\r') ? 1 : 0);
    status.chop(1);
    if (status.startsWith('S')) // some models put an S before the status bytes
        status.remove(0, 1);
    if (status == "?")
        return std::unexpected(
            bad(QStringLiteral("the scale did not understand the request"), frame));
    if (status.size() < 2)
        return std::unexpected(bad(QStringLiteral("NCI status bytes missing"), frame));
    ScaleReading r;
    const quint8 s1 = quint8(status[0]), s2 = quint8(status[1]);
    r.motion = s1 & 0x01;
    r.atZero = s1 & 0x02;
    if (s1 & 0x0C)
        r.fault = QStringLiteral("memory error");
    r.underZero = s2 & 0x01;
    r.overCapacity = s2 & 0x02;
    if (s2 & 0x0C)
        r.fault = QStringLiteral("calibration error");
    if (weight.isEmpty()) {
        markNoWeight(r);
        return r;
    }
    const qsizetype unitAt = unitStart(weight);
    const auto unit = unitFromScale(weight.mid(unitAt));
    const auto value = milliFromText(weight.left(unitAt));
    if (!unit || !value)
        return std::unexpected(bad(QStringLiteral("unreadable NCI weight"), frame));
    r.unit = *unit;
    r.weight = *value;
    if (r.weight < 0)
        r.underZero = true;
    return r;
}
} // namespace

std::optional<Result<ScaleReading>> parseNci(QByteArray &buffer)
{
    return parseFrame(buffer, '\n', '\x03', readNci);
}

QByteArray casRequest()
{
    return QByteArrayLiteral("W");
}

std::optional<Result<ScaleReading>> parseCas(QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf("\r\n");
    if (end < 0 || end > scale::kMaxFrame)
        return endless(buffer, 0);
    const QByteArray frame = buffer.left(end);
    buffer.remove(0, end + 2);
    // ST,GS,<id><lamp>,<weight 8><unit 3>
    if (frame.size() != 20 || frame[2] != ',' || frame[5] != ',' || frame[8] != ',')
        return std::unexpected(bad(QStringLiteral("not a CAS frame"), frame));
    ScaleReading r;
    const QByteArray state = frame.left(2);
    if (state == "US")
        r.motion = true;
    else if (state == "OL")
        r.overCapacity = true;
    else if (state != "ST")
        return std::unexpected(bad(QStringLiteral("unknown CAS state"), frame));
    const auto unit = unitFromScale(frame.mid(17, 3));
    if (!unit)
        return std::unexpected(bad(QStringLiteral("unknown CAS unit"), frame));
    r.unit = *unit;
    if (r.overCapacity)
        return r; // the weight field shows no number then
    const auto value = milliFromText(frame.mid(9, 8));
    if (!value)
        return std::unexpected(bad(QStringLiteral("unreadable CAS weight"), frame));
    r.weight = *value;
    r.underZero = r.weight < 0;
    r.atZero = r.weight == 0;
    return r;
}

QByteArray ecrRequest()
{
    return QByteArrayLiteral("W");
}

namespace {
Result<ScaleReading> readEcr(const QByteArray &frame)
{
    QByteArray body = frame.mid(1, frame.size() - 2);
    ScaleReading r;
    if (body.startsWith('?')) {
        if (body.size() != 2)
            return std::unexpected(bad(QStringLiteral("the scale did not understand the "
                                                      "request"),
                                       frame));
        const quint8 st = quint8(body[1]);
        if ((st & 0x60) != 0x60)
            return std::unexpected(bad(QStringLiteral("not an ECR status byte"), frame));
        r.motion = st & 0x01;
        r.overCapacity = st & 0x02;
        r.underZero = st & 0x04;
        r.atZero = st & 0x10;
        if (st & 0x08)
            r.fault = QStringLiteral("outside the zero range: zero the scale");
        markNoWeight(r);
        return r;
    }
    const qsizetype unitAt = unitStart(body);
    const QByteArray unitText = body.mid(unitAt);
    const auto unit = unitText.isEmpty() ? std::optional<Unit>(Unit::Lb) : unitFromScale(unitText);
    const auto value = milliFromText(body.left(unitAt));
    if (!unit || !value || body.left(unitAt).trimmed().isEmpty())
        return std::unexpected(bad(QStringLiteral("unreadable ECR weight"), frame));
    r.unit = *unit;
    r.weight = *value;
    r.underZero = r.weight < 0;
    r.atZero = r.weight == 0;
    return r;
}
} // namespace

std::optional<Result<ScaleReading>> parseEcr(QByteArray &buffer)
{
    return parseFrame(buffer, '\x02', '\r', readEcr);
}

std::optional<Result<ScaleReading>> parse(Protocol p, QByteArray &buffer)
{
    switch (p) {
    case Protocol::Nci:
        return parseNci(buffer);
    case Protocol::Cas:
        return parseCas(buffer);
    case Protocol::Ecr:
        return parseEcr(buffer);
    case Protocol::Hid:
        if (buffer.size() < 6)
            return std::nullopt;
        {
            const QByteArray report = buffer.left(6);
            buffer.remove(0, 6);
            return parseHidReport(report);
        }
    }
    return std::nullopt;
}

QByteArray request(Protocol p)
{
    switch (p) {
    case Protocol::Nci:
        return nciRequest();
    case Protocol::Cas:
        return casRequest();
    case Protocol::Ecr:
        return ecrRequest();
    case Protocol::Hid:
        break; // reports come by themselves
    }
    return {};
}

Result<ScaleReading> parseHidReport(const QByteArray &report)
{
    if (report.size() != 6 || report[0] != 0x03)
        return std::unexpected(bad(QStringLiteral("not a HID scale data report"), report));
    ScaleReading r;
    switch (quint8(report[1])) {
    case 2:
        r.atZero = true;
        break;
    case 3:
        r.motion = true;
        break;
    case 4:
        break;
    case 5:
        r.underZero = true;
        break;
    case 6:
        r.overCapacity = true;
        break;
    case 7:
        r.fault = QStringLiteral("the scale needs calibrating");
        break;
    case 8:
        r.fault = QStringLiteral("the scale needs zeroing");
        break;
    default:
        r.fault = QStringLiteral("scale fault");
        break;
    }
    // The units of the HID point-of-sale usage table a till weighs in.
    static constexpr std::pair<quint8, Unit> kUnits[]
        = {{2, Unit::G}, {3, Unit::Kg}, {11, Unit::Oz}, {12, Unit::Lb}};
    const auto unit = std::find_if(std::begin(kUnits), std::end(kUnits), [&report](const auto &u) {
        return u.first == quint8(report[2]);
    });
    if (unit == std::end(kUnits))
        return std::unexpected(bad(QStringLiteral("unsupported HID scale unit"), report));
    r.unit = unit->second;
    const int exponent = qint8(report[3]);
    const qint64 raw = quint8(report[4]) | (quint8(report[5]) << 8);
    // raw x 10^exponent units = raw x 10^(exponent + 3) milli-units.
    const int e = exponent + 3;
    if (e < -6 || e > 6)
        return std::unexpected(bad(QStringLiteral("HID scale exponent out of range"), report));
    qint64 p = 1;
    for (int i = 0; i < std::abs(e); ++i)
        p *= 10;
    if (e >= 0) {
        r.weight = raw * p;
    } else {
        auto v = divRound(raw, p);
        r.weight = v ? *v : 0;
    }
    if (r.underZero)
        r.weight = -r.weight; // Dymo reports the magnitude with status 5
    return r;
}

} // namespace scale

std::optional<ScaleReading> StableWeight::feed(const ScaleReading &r)
{
    const bool usable = !r.motion && !r.overCapacity && r.fault.isEmpty();
    if (!usable) {
        reset();
        return std::nullopt;
    }
    if (m_run > 0 && (r.unit != m_last.unit || qAbs(r.weight - m_last.weight) > m_tolerance))
        reset();
    m_last = r;
    if (++m_run < m_count || m_told)
        return std::nullopt;
    m_told = true;
    return r;
}

Result<ScaleReading> Tare::apply(ScaleReading r) const
{
    if (weight == 0)
        return r;
    auto t = convertWeight(weight, unit, r.unit);
    if (!t)
        return std::unexpected(t.error());
    r.weight -= *t;
    if (r.weight < 0)
        r.underZero = true;
    return r;
}

} // namespace sk::hw
