#include "core/TaxTenderRepository.h"

#include "core/Catalog.h"
#include "core/DatabaseRows.h"
#include "core/Eligibility.h"
#include "core/Ids.h"
#include "core/QueueAndCommit.h"
#include "core/RuleRows.h"

#include <QJsonValue>
#include <QRegularExpression>

namespace sk {

namespace {

// The `eligibility` column older versions read: the class itself when they know it, else
// the nearest restricted value (produce classes: 'fmnp'; the vendor's own: 'token').
QString legacyEligibility(const QString &cls)
{
    if (cls == u"any" || cls == u"snap" || cls == u"token" || cls == u"fmnp")
        return cls;
    return cls == u"fv" || cls == u"wic_cvb" ? QStringLiteral("fmnp") : QStringLiteral("token");
}

SettingProblem problem(SettingProblem::Kind kind, const QString &detail, int count = 0)
{
    return {kind, detail, count};
}

// A name that is not empty, not too long, and no other row's in `all` (in any case).
template<class Row>
std::optional<SettingProblem> checkName(const Row &t, const QList<Row> &all)
{
    const QString n = t.name.trimmed();
    if (n.isEmpty())
        return problem(SettingProblem::Kind::NameEmpty, QStringLiteral("the name is empty"));
    if (n.size() > TaxTenderRepository::kMaxName)
        return problem(SettingProblem::Kind::NameTooLong,
                       QStringLiteral("the name is longer than %1 characters")
                           .arg(TaxTenderRepository::kMaxName));
    for (const Row &c : all)
        if (c.code != t.code && c.name.trimmed().compare(n, Qt::CaseInsensitive) == 0)
            return problem(SettingProblem::Kind::NameDuplicate,
                           QStringLiteral("\"%1\" is already the name of %2").arg(n, c.code));
    return std::nullopt;
}

template<class Row>
const Row *findCode(const QList<Row> &all, const QString &code)
{
    for (const Row &t : all)
        if (t.code == code)
            return &t;
    return nullptr;
}

// The row of `all` with this code; NotFound names it as "no <what> "<code>"".
template<class Row>
Result<Row> byCode(const Result<QList<Row>> &all, const QString &code, QLatin1String what)
{
    if (!all)
        return std::unexpected(all.error());
    if (const Row *t = findCode(*all, code))
        return *t;
    return fail(Error::Code::NotFound, QStringLiteral("no %1 \"%2\"").arg(what, code.left(40)));
}

Status invalidFrom(const SettingProblem &p)
{
    return fail(Error::Code::InvalidInput, p.detail);
}

// One upsert for a local save and for an event from another device; `onlyIfNewer` makes the
// event lose to a newer stored edit (last writer wins by HLC, a replay changes nothing).
Status upsert(Database &db, const TaxCategory &t, qint64 hlc, bool onlyIfNewer)
{
    const QString sql = QStringLiteral(
        "INSERT INTO tax_categories (code, name, rate_ppm, active, hlc) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (code) DO UPDATE SET name = excluded.name, rate_ppm = excluded.rate_ppm, "
        "active = excluded.active, hlc = excluded.hlc");
    return executed(db.exec(
        onlyIfNewer ? sql + QStringLiteral(" WHERE excluded.hlc > tax_categories.hlc") : sql,
        {t.code, t.name, t.ratePpm, int(t.active), hlc}));
}

// The tender's program and check deposit days (migration 17's own table).
Status upsertProgram(Database &db, const TenderType &t)
{
    return executed(
        db.exec(QStringLiteral("INSERT INTO tender_programs (tender, program, deposit_days) "
                               "VALUES (?, ?, ?) ON CONFLICT (tender) DO UPDATE SET program "
                               "= excluded.program, deposit_days = excluded.deposit_days"),
                {t.code, t.program, t.depositDays}));
}

// `keepRefundTo`: the event came from a version without refund_to; an existing tender keeps
// its own (a SNAP tender edited on an older device must not become refundable in cash).
Status upsert(Database &db, const TenderType &t, qint64 hlc, bool onlyIfNewer, bool keepRefundTo)
{
    const QString sql
        = QStringLiteral(
              "INSERT INTO tender_types (code, name, gives_change, eligibility, untaxed, "
              "face_value, "
              "enabled, sort, refund_to, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT "
              "(code) "
              "DO UPDATE SET name = excluded.name, gives_change = excluded.gives_change, "
              "eligibility = "
              "excluded.eligibility, untaxed = excluded.untaxed, face_value = excluded.face_value, "
              "enabled = excluded.enabled, sort = excluded.sort, refund_to = %1, hlc = "
              "excluded.hlc")
              .arg(keepRefundTo ? QStringLiteral("tender_types.refund_to")
                                : QStringLiteral("excluded.refund_to"));
    auto r = db.exec(onlyIfNewer ? sql + QStringLiteral(" WHERE excluded.hlc > tender_types.hlc")
                                 : sql,
                     {t.code,
                      t.name,
                      int(t.givesChange),
                      legacyEligibility(t.eligibility),
                      int(t.untaxed),
                      t.faceValue,
                      int(t.enabled),
                      t.sort,
                      refundToCode(t.refundTo),
                      hlc});
    if (!r)
        return std::unexpected(r.error());
    // The class it pays for in its own column: any class, the vendor's own too.
    if (auto c = db.exec(QStringLiteral("UPDATE tender_types SET pays_class = ? WHERE code = ? "
                                        "AND hlc = ?"),
                         {t.eligibility, t.code, hlc});
        !c)
        return std::unexpected(c.error());
    return {};
}

} // namespace

// ---- tax categories ----------------------------------------------------------------------

Result<QList<TaxCategory>> TaxTenderRepository::taxCategories()
{
    return queryRows(m_db,
                     QStringLiteral("SELECT code, name, rate_ppm, active FROM tax_categories "
                                    "ORDER BY name COLLATE NOCASE, code"),
                     {},
                     taxCategoryRow);
}

Result<TaxCategory> TaxTenderRepository::taxCategory(const QString &code)
{
    return byCode(taxCategories(), code, QLatin1String("tax category"));
}

std::optional<SettingProblem> TaxTenderRepository::checkTaxCategory(const TaxCategory &t)
{
    const QList<TaxCategory> all = taxCategories().value_or(QList<TaxCategory>());
    if (auto p = checkName(t, all))
        return p;
    if (t.ratePpm < 0)
        return problem(SettingProblem::Kind::RateNegative,
                       QStringLiteral("the rate must not be negative"));
    if (t.ratePpm > 1000000)
        return problem(SettingProblem::Kind::RateAbove100,
                       QStringLiteral("the rate must be at most 100 %"));
    const TaxCategory *before = findCode(all, t.code);
    if (!t.active && (!before || before->active)) {
        auto used = m_db.scalar(QStringLiteral("SELECT count(*) FROM products WHERE "
                                               "tax_category = ? AND active = 1"),
                                {t.code});
        if (used && used->toInt() > 0)
            return problem(SettingProblem::Kind::InUse,
                           QStringLiteral("%1 active product(s) use %2; give them another tax "
                                          "category first")
                               .arg(used->toInt())
                               .arg(t.name.trimmed()),
                           used->toInt());
    }
    return std::nullopt;
}

Result<TaxCategory> TaxTenderRepository::saveTaxCategory(TaxCategory t)
{
    t.name = t.name.trimmed();
    Transaction tx(m_db);
    if (auto b = tx.begun(); !b)
        return std::unexpected(b.error());
    if (auto p = checkTaxCategory(t))
        return std::unexpected(invalidFrom(*p).error());
    if (t.code.isEmpty()) {
        auto code = newCode(QStringLiteral("tax_categories"), t.name);
        if (!code)
            return std::unexpected(code.error());
        t.code = *code;
    }
    const qint64 hlc = Database::hlc().now();
    if (auto u = upsert(m_db, t, hlc, false); !u)
        return std::unexpected(u.error());
    if (auto q
        = queueAndCommit(m_db, tx, QStringLiteral("tax_category"), newUuid7(), hlc, toJson(t));
        !q)
        return std::unexpected(q.error());
    return t;
}

// ---- tender types ------------------------------------------------------------------------

Result<QList<TenderType>> TaxTenderRepository::tenderTypes()
{
    auto rules = SaleRules::load(m_db);
    if (!rules)
        return std::unexpected(rules.error());
    return rules->tenders;
}

Result<TenderType> TaxTenderRepository::tenderType(const QString &code)
{
    return byCode(tenderTypes(), code, QLatin1String("tender"));
}

std::optional<SettingProblem> TaxTenderRepository::checkTenderType(const TenderType &t)
{
    if (auto p = checkName(t, tenderTypes().value_or(QList<TenderType>())))
        return p;
    if (!taxtender::paysForKnown(t.eligibility)
        || !EligibilityRepository(m_db).exists(t.eligibility))
        return problem(SettingProblem::Kind::UnknownEligibility,
                       QStringLiteral("what a tender pays for must be \"any\" or one of the "
                                      "classes (class list): %1 is not")
                           .arg(t.eligibility.left(40)));
    if (t.faceValue < 0)
        return problem(SettingProblem::Kind::FaceValueNegative,
                       QStringLiteral("the token value must not be negative"));
    if (t.faceValue > kMaxFaceValue)
        return problem(SettingProblem::Kind::FaceValueTooLarge,
                       QStringLiteral("the token value is too large"));
    // The till gives change and counts the drawer in cash, and pays refunds in it.
    if (t.code == u"cash" && (!t.enabled || !t.givesChange || t.refundTo != RefundTo::Any))
        return problem(SettingProblem::Kind::CashRequired,
                       QStringLiteral("cash must stay enabled, give change and take refunds"));
    // Money a restricted tender took is never paid back as anything else.
    if (t.eligibility != u"any" && t.refundTo == RefundTo::Any)
        return problem(SettingProblem::Kind::RestrictedRefund,
                       QStringLiteral("a tender that pays only for %1 items takes its refunds "
                                      "back itself (same) or never (exchange)")
                           .arg(t.eligibility));
    if (t.program.trimmed().size() > kMaxName)
        return problem(
            SettingProblem::Kind::ProgramTooLong,
            QStringLiteral("the program name is longer than %1 characters").arg(kMaxName));
    if (t.depositDays < 0 || t.depositDays > kMaxDepositDays)
        return problem(
            SettingProblem::Kind::DepositDaysOutOfRange,
            QStringLiteral("checks are deposited within 0 to %1 days").arg(kMaxDepositDays));
    return std::nullopt;
}

Result<QStringList> TaxTenderRepository::programs()
{
    auto all = tenderTypes();
    if (!all)
        return std::unexpected(all.error());
    QStringList out;
    for (const TenderType &t : *all)
        if (!t.program.isEmpty() && !out.contains(t.program))
            out << t.program;
    out.sort(Qt::CaseInsensitive);
    return out;
}

Result<TenderType> TaxTenderRepository::saveTenderType(TenderType t)
{
    t.name = t.name.trimmed();
    t.program = t.program.trimmed();
    Transaction tx(m_db);
    if (auto b = tx.begun(); !b)
        return std::unexpected(b.error());
    if (auto p = checkTenderType(t))
        return std::unexpected(invalidFrom(*p).error());
    if (t.code.isEmpty()) {
        auto code = newCode(QStringLiteral("tender_types"), t.name);
        if (!code)
            return std::unexpected(code.error());
        t.code = *code;
        auto last = m_db.scalar(QStringLiteral("SELECT coalesce(max(sort), 0) FROM tender_types"));
        if (!last)
            return std::unexpected(last.error());
        t.sort = last->toInt() + 1;
    }
    const qint64 hlc = Database::hlc().now();
    if (auto u = upsert(m_db, t, hlc, false, false); !u)
        return std::unexpected(u.error());
    if (auto u = upsertProgram(m_db, t); !u)
        return std::unexpected(u.error());
    if (auto q
        = queueAndCommit(m_db, tx, QStringLiteral("tender_type"), newUuid7(), hlc, toJson(t));
        !q)
        return std::unexpected(q.error());
    return t;
}

// ---- helpers -----------------------------------------------------------------------------

Result<QString> TaxTenderRepository::newCode(const QString &table, const QString &name)
{
    // Readable and stable: "Baked goods" -> "baked_goods"; a clash gets a number.
    QString base;
    for (QChar c : name.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            base += c;
        else if (!base.endsWith(QLatin1Char('_')))
            base += QLatin1Char('_');
    }
    while (base.startsWith(QLatin1Char('_')))
        base.remove(0, 1);
    base = base.left(30);
    while (base.endsWith(QLatin1Char('_')))
        base.chop(1);
    if (base.isEmpty())
        base = table == u"tax_categories" ? QStringLiteral("tax") : QStringLiteral("tender");
    for (int n = 1; n < 1000; ++n) {
        const QString code = n == 1 ? base : QStringLiteral("%1_%2").arg(base).arg(n);
        auto taken = m_db.scalar(
            QStringLiteral("SELECT count(*) FROM %1 WHERE code = ?").arg(table), {code});
        if (!taken)
            return std::unexpected(taken.error());
        if (taken->toInt() == 0)
            return code;
    }
    return fail(Error::Code::Conflict, QStringLiteral("no free code for \"%1\"").arg(name));
}

Result<qint64>
TaxTenderRepository::parseRate(const QString &text, NumberSource source, const QLocale &locale)
{
    auto v = readNumber(text, NumberShape{4, false, {QStringLiteral("%")}}, source, locale);
    if (v)
        return *v;
    using K = NumberProblem::Kind;
    if (v.error().kind == K::Empty || v.error().kind == K::NotANumber)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("\"%1\" is not a rate such as 8.25").arg(v.error().text));
    return std::unexpected(numberError(v.error()));
}

QString TaxTenderRepository::formatRate(qint64 ppm, const QLocale &locale)
{
    return formatPercent(ppm, locale) + QStringLiteral(" %"); // 8 %, 8.25 %, 8.875 %
}

Status applyTaxCategoryEvent(Database &db, const QJsonObject &data, qint64 hlc)
{
    auto t = TaxTenderRepository::taxCategoryFromJson(data);
    if (!t)
        return std::unexpected(t.error());
    return upsert(db, *t, hlc, true);
}

Status applyTenderTypeEvent(Database &db, const QJsonObject &data, qint64 hlc)
{
    auto t = TaxTenderRepository::tenderTypeFromJson(data);
    if (!t)
        return std::unexpected(t.error());
    auto newer = db.scalar(QStringLiteral("SELECT count(*) FROM tender_types WHERE code = ? AND "
                                          "hlc >= ?"),
                           {t->code, hlc});
    if (!newer)
        return std::unexpected(newer.error());
    if (newer->toInt() > 0)
        return {}; // the stored edit is as new or newer: it keeps its program too
    if (auto u = upsert(db, *t, hlc, true, data.value(QLatin1String("refund_to")).isUndefined());
        !u)
        return u;
    if (data.value(QLatin1String("program")).isUndefined())
        return {};
    return upsertProgram(db, *t);
}

} // namespace sk
