#include "core/hardware/ReceiptDoc.h"

#include "core/preorder/PreOrderPickup.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QTimeZone>
#include <algorithm>

namespace sk::hw {

// The printed receipt uses the words of the on-screen and PDF receipt (ui/checkout/Receipt.cpp)
// under the same translation context, so both always read the same in every language.
struct Receipt
{
    Q_DECLARE_TR_FUNCTIONS(sk::ui::Receipt)
};

namespace {
ReceiptLine text(const QString &s, bool bold = false, bool big = false)
{
    return {ReceiptLine::Kind::Text, s, {}, ReceiptLine::Align::Center, bold, big};
}

ReceiptLine pair(const QString &l, const QString &r, bool bold = false)
{
    return {ReceiptLine::Kind::Pair, l, r, ReceiptLine::Align::Left, bold, false};
}

ReceiptLine rule()
{
    return {ReceiptLine::Kind::Rule, {}, {}, ReceiptLine::Align::Left, false, false};
}
} // namespace

ReceiptHeader ReceiptHeader::load(Database &db, const SaleRules &rules)
{
    ReceiptHeader h;
    h.storeName = db.setting(QStringLiteral("store_name"), QStringLiteral("My Stall"));
    h.footer = db.setting(QStringLiteral("receipt_footer"));
    h.rules = rules;
    return h;
}

ReceiptHeader ReceiptHeader::load(Database &db, const SaleRules &rules, const SaleRecord &sale)
{
    ReceiptHeader h = load(db, rules);
    if (auto i = incentiveReceipt(db, rules, sale))
        h.incentives = *i;
    return h;
}

QString ReceiptHeader::tenderName(const QString &code) const
{
    const TenderType *type = rules.tender(code);
    const QString stored = type ? type->name : QString();
    if (names.tender)
        return names.tender(code, stored);
    return stored.isEmpty() ? code : stored;
}

QString ReceiptHeader::programName(const QString &program) const
{
    return names.program ? names.program(program) : program;
}

QString ReceiptHeader::shownText(const QString &stored) const
{
    return names.text ? names.text(stored) : stored;
}

QString paidOnlineLabel(const SaleTenderRecord &t)
{
    const QString order = paidElsewhereOrder(t.tender, t.reference);
    return order.isEmpty() ? QString() : Receipt::tr("Paid online (order %1)").arg(order);
}

QString tenderLabel(const SaleTenderRecord &t, const ReceiptHeader &header)
{
    const QString online = paidOnlineLabel(t);
    return online.isEmpty() ? header.tenderName(t.tender) : online;
}

QList<ReceiptLine> tenderProgramLines(const SaleTenderRecord &t, const ReceiptHeader &info)
{
    QList<ReceiptLine> out;
    const TenderType *type = info.rules.tender(t.tender);
    if (!type)
        return out;
    const Currency &cur = info.rules.currency;
    if (type->eligibility == u"snap" && type->faceValue == 0) {
        out << pair(QStringLiteral("  ") + Receipt::tr("EBT SNAP amount"),
                    formatMoney(t.amount, cur, info.locale));
        if (auto balance = parseFixed(t.reference, cur.decimals, NumberSource::Machine))
            out << pair(QStringLiteral("  ") + Receipt::tr("EBT SNAP balance (terminal)"),
                        formatMoney(*balance, cur, info.locale));
    } else if (type->depositDays > 0 && !t.reference.isEmpty()) {
        out << pair(QStringLiteral("  ") + Receipt::tr("Check no. %1").arg(t.reference), {});
    }
    return out;
}

QList<std::pair<QString, Minor>> paidByProgram(const SaleRecord &s, const SaleRules &rules)
{
    QList<std::pair<QString, Minor>> out;
    for (const SaleTenderRecord &t : s.tenders) {
        const TenderType *type = rules.tender(t.tender);
        if (!type || type->program.isEmpty())
            continue;
        auto it = std::find_if(
            out.begin(), out.end(), [&](const auto &p) { return p.first == type->program; });
        if (it == out.end())
            out.append({type->program, t.amount});
        else
            it->second += t.amount;
    }
    return out;
}

QList<ReceiptLine> programSummaryLines(const SaleRecord &s, const ReceiptHeader &info)
{
    const Currency &cur = info.rules.currency;
    auto m = [&](Minor v) {
        return v < 0 ? QStringLiteral("-") + formatMoney(-v, cur, info.locale)
                     : formatMoney(v, cur, info.locale);
    };
    auto nameOf = [&](const QString &code) {
        return info.tenderName(code);
    };
    QList<ReceiptLine> out;
    for (const IncentiveReceipt &i : info.incentives) {
        out << rule();
        // The card as stored: never more than its last 4 digits.
        out << pair(Receipt::tr("Benefit card"), QStringLiteral("**") + i.card);
        out << pair(Receipt::tr("SNAP paid"), m(i.snapPaid));
        out << pair(Receipt::tr("%1 earned").arg(nameOf(i.tender)), m(i.earned));
        out << pair(Receipt::tr("%1 applied").arg(nameOf(i.tender)), m(i.applied));
        out << pair(i.period == IncentiveRule::Period::Month ? Receipt::tr("Left this month")
                                                             : Receipt::tr("Left today"),
                    m(i.capLeft));
    }
    const auto paid = paidByProgram(s, info.rules);
    if (!paid.isEmpty())
        out << rule();
    for (const auto &[program, amount] : paid)
        out << pair(Receipt::tr("Paid by %1").arg(info.programName(program)), m(amount));
    return out;
}

ReceiptDoc receiptDoc(const SaleRecord &s, const ReceiptHeader &info)
{
    const Currency cur
        = Currency::fromCode(s.currency.isEmpty() ? info.rules.currency.code : s.currency);
    const QLocale &loc = info.locale;
    auto m = [&](Minor v) {
        return formatMoney(v, cur, loc);
    };
    auto signedMoney = [&](Minor v) {
        return v < 0 ? QStringLiteral("-") + m(-v) : m(v);
    };
    ReceiptDoc d;
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(s.createdAt, QTimeZone(s.utcOffset));
    d.lines << text(info.shownText(info.storeName), true, true) << text(s.marketName)
            << text(loc.toString(when, QLocale::ShortFormat));
    if (s.kind == u"refund")
        d.lines << text(Receipt::tr("REFUND of receipt %1").arg(info.originalReceiptNo), true);
    else if (s.kind == u"void")
        d.lines << text(Receipt::tr("VOID of receipt %1").arg(info.originalReceiptNo), true);
    d.lines << text(Receipt::tr("Receipt %1").arg(s.receiptNo)) << rule();
    QMap<qint64, Minor> taxByRate;
    for (const SaleLineRecord &l : s.lines) {
        d.lines << pair(l.name, signedMoney(l.gross));
        if (l.unit != Unit::Each || (l.qty != 1000 && l.qty != -1000)) {
            QString q = formatQuantity(l.qty < 0 ? -l.qty : l.qty, l.unit, loc);
            if (l.unit != Unit::Each)
                q += QLatin1Char(' ') + unitCode(l.unit);
            q += QStringLiteral(" x ") + m(l.unitPrice);
            if (l.unit != Unit::Each)
                q += QLatin1Char('/') + unitCode(l.unit);
            d.lines << pair(QStringLiteral("  ") + q, {});
        }
        if (l.manualWeight)
            d.lines << pair(QStringLiteral("  ") + Receipt::tr("(manual weight)"), {});
        if (l.discount != 0)
            d.lines << pair(QStringLiteral("  ") + Receipt::tr("Discount"),
                            signedMoney(-l.discount));
        if (l.tax != 0 || l.taxRatePpm != 0)
            taxByRate[l.taxRatePpm] += l.tax;
    }
    d.lines << rule() << pair(Receipt::tr("Subtotal"), signedMoney(s.subtotal));
    if (s.discount != 0)
        d.lines << pair(Receipt::tr("Discount"), signedMoney(-s.discount));
    for (auto it = taxByRate.cbegin(); it != taxByRate.cend(); ++it) {
        if (it.value() == 0)
            continue;
        const QString rate = formatPercent(it.key(), loc) + QLatin1Char('%');
        d.lines << pair(s.taxInclusive ? Receipt::tr("Incl. tax %1").arg(rate)
                                       : Receipt::tr("Tax %1").arg(rate),
                        signedMoney(it.value()));
    }
    if (s.rounding != 0)
        d.lines << pair(Receipt::tr("Cash rounding"), signedMoney(s.rounding));
    d.lines << pair(Receipt::tr("TOTAL"), signedMoney(s.total), true) << rule();
    for (const SaleTenderRecord &t : s.tenders) {
        d.lines << pair(tenderLabel(t, info),
                        signedMoney(s.kind == u"sale" ? t.tendered : t.amount));
        d.lines << tenderProgramLines(t, info);
        if (t.tender == u"cash") // cash in, or cash paid back
            d.openDrawer = true;
    }
    if (s.changeDue != 0) {
        d.lines << pair(Receipt::tr("Change"), m(s.changeDue), true);
        d.openDrawer = true;
    }
    d.lines << programSummaryLines(s, info);
    if (!s.reason.isEmpty())
        d.lines << pair(Receipt::tr("Reason: %1").arg(s.reason), {});
    if (!info.footer.isEmpty() && s.kind == u"sale")
        d.lines << text(info.shownText(info.footer));
    d.qrPayload = info.qrPayload;
    return d;
}

} // namespace sk::hw
