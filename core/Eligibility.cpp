#include "core/Eligibility.h"

#include "core/CardNumber.h"
#include "core/DatabaseRows.h"
#include "core/ProgramSync.h"

#include <QRegularExpression>

namespace sk {

Result<QList<EligibilityClass>> EligibilityRepository::classes()
{
    return queryRows(m_db,
                     QStringLiteral("SELECT code, name, builtin, sort FROM eligibility_classes "
                                    "ORDER BY sort, code"),
                     {},
                     [](const QSqlQuery &q) {
                         return EligibilityClass{q.value(0).toString(),
                                                 q.value(1).toString(),
                                                 q.value(2).toBool(),
                                                 q.value(3).toInt()};
                     });
}

bool EligibilityRepository::exists(const QString &code)
{
    if (code == u"any")
        return true;
    auto n = m_db.scalarCached(
        QStringLiteral("SELECT count(*) FROM eligibility_classes WHERE code = ?"), {code});
    return n && n->toInt() > 0;
}

Result<EligibilityClass> EligibilityRepository::saveClass(EligibilityClass c)
{
    c.name = c.name.trimmed();
    if (c.name.isEmpty() || c.name.size() > 60)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("a class needs a name of 1-60 characters"));
    if (c.code.isEmpty()) {
        for (QChar ch : c.name.toLower())
            if ((ch >= u'a' && ch <= u'z') || (ch >= u'0' && ch <= u'9'))
                c.code += ch;
            else if (!c.code.isEmpty() && !c.code.endsWith(u'_'))
                c.code += u'_';
        while (c.code.endsWith(u'_'))
            c.code.chop(1);
        c.code = c.code.left(32);
        if (c.code.isEmpty())
            c.code = QStringLiteral("class");
    }
    if (!isClassCode(c.code) || c.code == u"any")
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("class code \"%1\" must be 1-32 lower-case letters, digits or _")
                        .arg(c.code.left(40)));
    Transaction tx(m_db);
    if (auto b = tx.begun(); !b)
        return std::unexpected(b.error());
    auto sort
        = m_db.scalar(QStringLiteral("SELECT coalesce(max(sort), 0) + 1 FROM eligibility_classes"));
    if (!sort)
        return std::unexpected(sort.error());
    const qint64 hlc = Database::hlc().now();
    auto r = m_db.exec(QStringLiteral("INSERT INTO eligibility_classes (code, name, builtin, sort, "
                                      "hlc) VALUES (?, ?, 0, ?, ?) ON CONFLICT (code) DO UPDATE "
                                      "SET name = excluded.name, hlc = excluded.hlc"),
                       {c.code, c.name, sort->toInt(), hlc});
    if (!r)
        return std::unexpected(r.error());
    auto all = classes();
    if (!all)
        return std::unexpected(all.error());
    for (const EligibilityClass &e : *all) {
        if (e.code != c.code)
            continue;
        if (auto o
            = programsync::append(m_db, programsync::kClassType, programsync::classJson(e), hlc);
            !o)
            return std::unexpected(o.error());
        if (auto done = tx.commit(); !done)
            return std::unexpected(done.error());
        return e;
    }
    return fail(Error::Code::NotFound, c.code);
}

Status EligibilityRepository::removeClass(const QString &code)
{
    auto row = m_db.scalar(QStringLiteral("SELECT builtin FROM eligibility_classes WHERE code = ?"),
                           {code});
    if (!row)
        return std::unexpected(row.error());
    if (row->isNull())
        return fail(Error::Code::NotFound, QStringLiteral("no class \"%1\"").arg(code.left(40)));
    if (row->toBool())
        return fail(Error::Code::Conflict,
                    QStringLiteral("\"%1\" is built in and stays").arg(code));
    auto used = m_db.scalar(QStringLiteral("SELECT count(*) FROM tender_types WHERE "
                                           "coalesce(nullif(pays_class, ''), eligibility) = ?"),
                            {code});
    if (!used)
        return std::unexpected(used.error());
    if (used->toInt() > 0)
        return fail(Error::Code::Conflict,
                    QStringLiteral("a tender pays for \"%1\": change the tender first").arg(code));
    Transaction tx(m_db);
    if (auto b = tx.begun(); !b)
        return std::unexpected(b.error());
    auto r = m_db.exec(QStringLiteral("DELETE FROM eligibility_classes WHERE code = ?"), {code});
    if (!r)
        return std::unexpected(r.error());
    // The name is only for the record: the event removes the code.
    if (auto o = programsync::append(m_db,
                                     programsync::kClassType,
                                     programsync::classJson({code, code, false, 0}, true),
                                     Database::hlc().now());
        !o)
        return std::unexpected(o.error());
    return tx.commit();
}

Result<QList<CategoryDefault>> EligibilityRepository::categoryDefaults()
{
    return queryRows(m_db,
                     QStringLiteral("SELECT category, classes, kind FROM category_classes ORDER "
                                    "BY category COLLATE NOCASE"),
                     {},
                     [](const QSqlQuery &q) {
                         return CategoryDefault{
                             q.value(0).toString(),
                             q.value(1).toString().split(u' ', Qt::SkipEmptyParts),
                             q.value(2).toString() == u"nonfood" ? ProductKind::NonFood
                                                                 : ProductKind::Goods};
                     });
}

Result<std::optional<CategoryDefault>>
EligibilityRepository::categoryDefault(const QString &category)
{
    auto all = categoryDefaults();
    if (!all)
        return std::unexpected(all.error());
    for (const CategoryDefault &d : *all)
        if (d.category.compare(category, Qt::CaseInsensitive) == 0)
            return d;
    return std::optional<CategoryDefault>();
}

Status EligibilityRepository::setCategoryDefault(const CategoryDefault &d)
{
    if (d.category.trimmed().isEmpty())
        return fail(Error::Code::InvalidInput, QStringLiteral("name the category"));
    Product probe;
    probe.name = d.category;
    probe.classes = d.classes;
    probe.kind = d.kind;
    probe.classes.sort();
    for (const QString &c : probe.classes)
        if (!exists(c))
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("no class \"%1\" (class list)").arg(c.left(40)));
    if (d.kind == ProductKind::NonFood)
        for (const QString &c : foodProgramClasses())
            if (probe.inClass(c))
                return fail(
                    Error::Code::InvalidInput,
                    QStringLiteral("fees, deposits and bags cannot be in class \"%1\"").arg(c));
    Transaction tx(m_db);
    if (auto b = tx.begun(); !b)
        return std::unexpected(b.error());
    const qint64 hlc = Database::hlc().now();
    if (auto o
        = programsync::append(m_db, programsync::kCategoryType, programsync::categoryJson(d), hlc);
        !o)
        return std::unexpected(o.error());
    if (d.classes.isEmpty() && d.kind == ProductKind::Goods) {
        auto r = m_db.exec(QStringLiteral("DELETE FROM category_classes WHERE category = ?"),
                           {d.category.trimmed()});
        if (!r)
            return std::unexpected(r.error());
        return tx.commit();
    }
    auto r
        = m_db.exec(QStringLiteral("INSERT INTO category_classes (category, classes, kind, hlc) "
                                   "VALUES (?, ?, ?, ?) ON CONFLICT (category) DO UPDATE SET "
                                   "classes = excluded.classes, kind = excluded.kind, "
                                   "hlc = excluded.hlc"),
                    {d.category.trimmed(), probe.classes.join(u' '), productKindCode(d.kind), hlc});
    if (!r)
        return std::unexpected(r.error());
    return tx.commit();
}

Status EligibilityRepository::applyCategoryDefault(Product &p)
{
    auto d = categoryDefault(p.category);
    if (!d)
        return std::unexpected(d.error());
    if (*d) {
        p.classes = (*d)->classes;
        p.classes.sort();
        p.kind = (*d)->kind;
    }
    return {};
}

Status EligibilityRepository::checkClasses(const Product &p)
{
    for (const QString &c : p.classes)
        if (!exists(c))
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("%1: no class \"%2\" (add it with class add, or in "
                                       "Settings)")
                            .arg(p.name.left(40), c.left(40)));
    return {};
}

Result<QString> normalizeBenefitCard(const QString &input)
{
    QString s;
    for (QChar c : input.trimmed())
        if (c != u' ' && c != u'-')
            s += c.toUpper();
    bool digits = !s.isEmpty();
    bool alnum = !s.isEmpty();
    for (QChar c : s) {
        digits = digits && c >= u'0' && c <= u'9';
        alnum = alnum && ((c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z'));
    }
    if (digits && s.size() == 4)
        return s;
    if (holdsCardNumber(s))
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("that is a whole card number, which is never kept: give only "
                                   "its last 4 digits"));
    if (alnum && !digits && s.size() <= 16)
        return s;
    return fail(Error::Code::InvalidInput,
                QStringLiteral("give the last 4 digits of the EBT card or the program card "
                               "number (letters and digits, at most 16)"));
}

} // namespace sk
