#include "core/booth/VendorSlip.h"

#include "core/Limits.h"

#include <QDate>

// A slip as its `market_slip` event carries it: pure, so the server and every device check it
// alike (booth/BoothChecks.cpp).
namespace sk::booth {

namespace {

std::optional<qint64> whole(const QJsonObject &o, const char *key)
{
    bool ok = false;
    const qint64 v = o.value(QLatin1String(key)).toString().toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

} // namespace

QJsonObject VendorSlip::toJson() const
{
    QJsonArray ls;
    for (const SlipLine &l : lines)
        ls.append(QJsonObject{{QStringLiteral("program"), l.program},
                              {QStringLiteral("tender"), l.tender},
                              {QStringLiteral("face_value"), QString::number(l.faceValue)},
                              {QStringLiteral("count"), QString::number(l.count)},
                              {QStringLiteral("total"), QString::number(l.total)}});
    return {{QStringLiteral("id"), id},
            {QStringLiteral("market_id"), marketId},
            {QStringLiteral("market_day"), marketDay},
            {QStringLiteral("vendor_name"), vendorName},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("tenders"), ls},
            {QStringLiteral("checks"), QJsonArray::fromStringList(checkSerials)},
            {QStringLiteral("created_at"), QString::number(createdAt)}};
}

std::optional<VendorSlip> VendorSlip::fromJson(const QJsonObject &o, QString *why)
{
    const auto refuse = [why](const QString &w) {
        if (why)
            *why = w;
        return std::nullopt;
    };
    VendorSlip s;
    s.id = o.value(QLatin1String("id")).toString();
    s.marketId = o.value(QLatin1String("market_id")).toString();
    s.marketDay = o.value(QLatin1String("market_day")).toString();
    s.vendorName = o.value(QLatin1String("vendor_name")).toString();
    s.currency = o.value(QLatin1String("currency")).toString();
    s.createdAt = whole(o, "created_at").value_or(0);
    if (s.id.isEmpty() || s.marketId.isEmpty())
        return refuse(QStringLiteral("a slip names its market"));
    if (s.marketDay.size() != 10 || !QDate::fromString(s.marketDay, Qt::ISODate).isValid())
        return refuse(QStringLiteral("a slip's market day is a date written YYYY-MM-DD"));
    for (const QJsonValue &v : o.value(QLatin1String("tenders")).toArray()) {
        const QJsonObject l = v.toObject();
        SlipLine line;
        line.program = l.value(QLatin1String("program")).toString().trimmed();
        line.tender = l.value(QLatin1String("tender")).toString().trimmed().left(40);
        const auto face = whole(l, "face_value"), count = whole(l, "count"),
                   total = whole(l, "total");
        if (line.program.isEmpty() || !face || !count || !total || *face <= 0 || *face > kMaxAmount
            || *count < 0 || *count > 1000000)
            return refuse(QStringLiteral("each slip line has a program, a face value above 0 "
                                         "and a count"));
        if (*total != *face * *count)
            return refuse(QStringLiteral("a slip line's total is its count times its face value"));
        line.faceValue = *face;
        line.count = *count;
        line.total = *total;
        s.lines << line;
    }
    for (const QJsonValue &v : o.value(QLatin1String("checks")).toArray())
        s.checkSerials << v.toString().left(40);
    return s;
}

} // namespace sk::booth
