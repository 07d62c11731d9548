#include "app/server/OneTimeCode.h"

#include "app/server/Crypto.h"
#include "app/server/StoreConnection.h"
#include "core/Ids.h"

#include <QSqlRecord>

namespace sk::server {

Result<QString>
issueCode(StoreConnection &db, const CodeTable &t, const QString &ownerId, int ttlHours)
{
    for (int attempt = 0; attempt < 10; ++attempt) {
        const QString id = crypto::randomCode(4);
        const QString secret = crypto::randomCode(8);
        auto hash = crypto::passwordHash(secret.toLatin1());
        if (!hash)
            return std::unexpected(hash.error());
        const qint64 now = Clock::nowMs();
        // A used code may still be used again by its owner while it lives, so only an expired
        // or spent one gives its id up.
        if (auto d = db.exec(QStringLiteral("DELETE FROM %1 WHERE code_id = ? AND "
                                            "(expires_at < ? OR failures >= ?)")
                                 .arg(t.table),
                             {id, now, t.maxFailures});
            !d)
            return std::unexpected(d.error());
        auto r = db.exec(QStringLiteral("INSERT INTO %1 (code_id, %2, code_hash, created_at, "
                                        "expires_at) VALUES (?, ?, ?, ?, ?)")
                             .arg(t.table, t.ownerColumn),
                         {id, ownerId, *hash, now, now + qint64(ttlHours) * 3600 * 1000});
        if (r)
            return QStringLiteral("%1-%2-%3").arg(id, secret.left(4), secret.mid(4));
        if (r.error().code != Error::Code::Conflict)
            return std::unexpected(r.error());
    }
    return fail(Error::Code::Conflict, QStringLiteral("could not find a free %1").arg(t.what));
}

std::optional<PresentedCode> parseCode(const QString &code)
{
    QString c = code.trimmed().toUpper();
    c.remove(QLatin1Char('-'));
    c.remove(QLatin1Char(' '));
    if (c.size() != 12)
        return std::nullopt;
    return PresentedCode{c.left(4), c.mid(4).toLatin1()};
}

Result<CheckedCode> verifyCode(StoreConnection &db,
                               const CodeTable &t,
                               const PresentedCode &code,
                               qint64 now,
                               const Error &refused,
                               const QString &extraColumns,
                               const std::function<bool(const QVariantList &)> &admit)
{
    auto row = db.exec(QStringLiteral("SELECT %1, code_hash, expires_at, failures%2 FROM %3 "
                                      "WHERE code_id = ?")
                           .arg(t.ownerColumn, extraColumns, t.table),
                       {code.id});
    if (!row)
        return std::unexpected(row.error());
    if (!row->next())
        return std::unexpected(refused);
    CheckedCode checked;
    checked.ownerId = row->value(0).toString();
    const QString hash = row->value(1).toString();
    for (int i = 4; i < row->record().count(); ++i)
        checked.extra << row->value(i);
    if (row->value(2).toLongLong() < now || row->value(3).toInt() >= t.maxFailures
        || (admit && !admit(checked.extra)))
        return std::unexpected(refused);
    row->finish();
    if (!crypto::passwordVerify(hash, code.secret)) {
        db.exec(
            QStringLiteral("UPDATE %1 SET failures = failures + 1 WHERE code_id = ?").arg(t.table),
            {code.id});
        return std::unexpected(refused);
    }
    return checked;
}

} // namespace sk::server
