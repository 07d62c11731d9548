#include "core/checkout/PinStore.h"

#include "core/DatabaseRows.h"

#include <sodium.h>

#include <algorithm>

namespace sk {

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QString roleCode(TillUser::Role r)
{
    return r == TillUser::Role::Owner ? QStringLiteral("owner") : QStringLiteral("helper");
}

TillUser::Role role(const QVariant &code)
{
    return code.toString() == u"owner" ? TillUser::Role::Owner : TillUser::Role::Helper;
}
} // namespace

PinStore::PinStore(Database &db)
    : m_db(db)
{}

int PinStore::lockSeconds(int failures)
{
    if (failures < kFreeAttempts)
        return 0;
    const int doublings = std::min(failures - kFreeAttempts, 16);
    return std::min(kFirstLockSeconds * (1 << doublings), kMaxLockSeconds);
}

Status PinStore::validatePin(const QString &pin)
{
    if (pin.size() < 4 || pin.size() > 8)
        return fail(Error::Code::InvalidInput, QStringLiteral("a PIN has 4 to 8 digits"));
    for (QChar c : pin)
        if (c < u'0' || c > u'9')
            return fail(Error::Code::InvalidInput, QStringLiteral("a PIN has only digits"));
    return {};
}

Result<QString> PinStore::hashPin(const QString &pin)
{
    if (auto v = validatePin(pin); !v)
        return std::unexpected(v.error());
    if (!sodiumReady())
        return fail(Error::Code::Io, QStringLiteral("libsodium could not start"));
    const QByteArray utf8 = pin.toUtf8();
    char out[crypto_pwhash_argon2id_STRBYTES];
    if (crypto_pwhash_argon2id_str(out,
                                   utf8.constData(),
                                   static_cast<unsigned long long>(utf8.size()),
                                   crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE,
                                   crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE)
        != 0)
        return fail(Error::Code::Io, QStringLiteral("not enough memory to hash the PIN"));
    return QString::fromLatin1(out);
}

bool PinStore::checkPin(const QString &hash, const QString &pin)
{
    if (!sodiumReady())
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = pin.toUtf8();
    return crypto_pwhash_argon2id_str_verify(
               h.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size()))
           == 0;
}

Result<QList<TillUser>> PinStore::users()
{
    return queryRows(
        m_db,
        QStringLiteral("SELECT id, name, role FROM users ORDER BY role = 'helper', "
                       "name COLLATE NOCASE"),
        {},
        [](const QSqlQuery &q) {
            return TillUser{q.value(0).toString(), q.value(1).toString(), role(q.value(2))};
        });
}

Result<bool> PinStore::lockEnabled()
{
    auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM users"));
    if (!n)
        return std::unexpected(n.error());
    return n->toLongLong() > 0;
}

Result<TillUser> PinStore::addUser(const QString &name, TillUser::Role role, const QString &pin)
{
    const QString n = name.trimmed();
    if (n.isEmpty() || n.size() > 60)
        return fail(Error::Code::InvalidInput, QStringLiteral("a name has 1 to 60 characters"));
    auto hash = hashPin(pin);
    if (!hash)
        return std::unexpected(hash.error());
    Transaction tx(m_db);
    if (auto b = tx.begun(); !b)
        return std::unexpected(b.error());
    auto owners = m_db.scalar(QStringLiteral("SELECT count(*) FROM users WHERE role = 'owner'"));
    if (!owners)
        return std::unexpected(owners.error());
    if (owners->toLongLong() == 0 && role != TillUser::Role::Owner)
        return fail(Error::Code::Conflict, QStringLiteral("the first user must be an owner"));
    auto same = m_db.scalar(QStringLiteral("SELECT count(*) FROM users WHERE name = ?"), {n});
    if (!same)
        return std::unexpected(same.error());
    if (same->toLongLong() > 0)
        return fail(Error::Code::Conflict, QStringLiteral("a user named %1 exists").arg(n));
    TillUser u{newUuid7(), n, role};
    if (auto s
        = m_db.exec(QStringLiteral("INSERT INTO users (id, name, role, pin_hash, created_at) "
                                   "VALUES (?, ?, ?, ?, ?)"),
                    {u.id, u.name, roleCode(role), *hash, Clock::nowMs()});
        !s)
        return std::unexpected(s.error());
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return u;
}

Status PinStore::setPin(const QString &userId, const QString &pin)
{
    auto hash = hashPin(pin);
    if (!hash)
        return std::unexpected(hash.error());
    auto q = m_db.exec(QStringLiteral("UPDATE users SET pin_hash = ?, failed_attempts = 0, "
                                      "locked_until = 0 WHERE id = ?"),
                       {*hash, userId});
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1)
        return fail(Error::Code::NotFound, QStringLiteral("no such user"));
    return {};
}

Status PinStore::removeUser(const QString &userId)
{
    Transaction tx(m_db);
    if (auto b = tx.begun(); !b)
        return b;
    // The last owner, while helpers remain: without it nobody could manage them.
    auto lastOwner = queryFirstRow(
        m_db.exec(QStringLiteral("SELECT role, (SELECT count(*) FROM users WHERE role = "
                                 "'owner'), (SELECT count(*) FROM users) FROM users WHERE id = ?"),
                  {userId}),
        [](const QSqlQuery &q) {
            return q.value(0).toString() == u"owner" && q.value(1).toLongLong() == 1
                   && q.value(2).toLongLong() > 1;
        },
        Error::notFound(QStringLiteral("no such user")));
    if (!lastOwner)
        return std::unexpected(lastOwner.error());
    if (*lastOwner)
        return fail(Error::Code::Conflict,
                    QStringLiteral("remove the helpers first: the last owner keeps the lock open"));
    if (auto d = m_db.exec(QStringLiteral("DELETE FROM users WHERE id = ?"), {userId}); !d)
        return std::unexpected(d.error());
    return tx.commit();
}

Status PinStore::actorMayManage(const QString &actorId, const QString &targetId)
{
    // Before the first owner the till is open to everyone, and the first user is an owner.
    auto open = queryFirstRow(
        m_db.exec(QStringLiteral("SELECT (SELECT count(*) FROM users WHERE role = 'owner'), "
                                 "(SELECT role FROM users WHERE id = ?)"),
                  {actorId}),
        [](const QSqlQuery &q) {
            return q.value(0).toLongLong() == 0 || q.value(1).toString() == u"owner";
        },
        Error::database(QStringLiteral("users could not be read")));
    if (!open)
        return std::unexpected(open.error());
    if (*open)
        return {};
    if (!targetId.isEmpty() && targetId == actorId)
        return {};
    return fail(Error::Code::Unauthorized, QStringLiteral("only an owner may manage users"));
}

Result<TillUser> PinStore::addUser(const QString &name,
                                   TillUser::Role role,
                                   const QString &pin,
                                   const QString &actorId)
{
    if (auto a = actorMayManage(actorId); !a)
        return std::unexpected(a.error());
    return addUser(name, role, pin);
}

Status PinStore::setPin(const QString &userId, const QString &pin, const QString &actorId)
{
    if (auto a = actorMayManage(actorId, userId); !a)
        return a;
    return setPin(userId, pin);
}

Status PinStore::removeUser(const QString &userId, const QString &actorId)
{
    if (auto a = actorMayManage(actorId); !a)
        return a;
    return removeUser(userId);
}

Result<qint64> PinStore::lockedForMs(const QString &userId)
{
    auto v = m_db.scalar(QStringLiteral("SELECT locked_until FROM users WHERE id = ?"), {userId});
    if (!v)
        return std::unexpected(v.error());
    return std::max<qint64>(0, v->toLongLong() - Clock::nowMs());
}

Result<TillUser> PinStore::verify(const QString &userId, const QString &pin)
{
    // Read, check and count in one write transaction: wrong PINs typed at once in two windows
    // or processes are taken one after the other, so each miss is counted and none gets past
    // the lock-out. The check (Argon2id, a fraction of a second) holds the write lock; a sale
    // waits for it within the busy timeout.
    Transaction tx(m_db);
    if (auto b = tx.begun(); !b)
        return std::unexpected(b.error());
    // The user's row: who it is, the PIN's hash, the wrong PINs so far and the lock's end.
    struct Stored
    {
        TillUser user;
        QString hash;
        int failures;
        qint64 lockedUntil;
    };
    auto stored = queryFirstRow(
        m_db.exec(QStringLiteral("SELECT name, role, pin_hash, failed_attempts, locked_until "
                                 "FROM users WHERE id = ?"),
                  {userId}),
        [&userId](const QSqlQuery &q) {
            return Stored{TillUser{userId, q.value(0).toString(), role(q.value(1))},
                          q.value(2).toString(),
                          q.value(3).toInt(),
                          q.value(4).toLongLong()};
        },
        Error::notFound(QStringLiteral("no such user")));
    if (!stored)
        return std::unexpected(stored.error());
    const TillUser &user = stored->user;
    const QString &hash = stored->hash;
    const int failures = stored->failures;
    const qint64 lockedUntil = stored->lockedUntil;
    const qint64 now = Clock::nowMs();
    if (lockedUntil > now)
        return fail(Error::Code::Conflict,
                    QStringLiteral("too many wrong PINs: try again in %1 s")
                        .arg((lockedUntil - now + 999) / 1000));
    if (checkPin(hash, pin)) {
        if (failures > 0)
            if (auto s = m_db.exec(QStringLiteral("UPDATE users SET failed_attempts = 0, "
                                                  "locked_until = 0 WHERE id = ?"),
                                   {userId});
                !s)
                return std::unexpected(s.error());
        if (auto c = tx.commit(); !c)
            return std::unexpected(c.error());
        return user;
    }
    const int now_failures = failures + 1;
    const qint64 until = now + qint64(lockSeconds(now_failures)) * 1000;
    if (auto s = m_db.exec(QStringLiteral("UPDATE users SET failed_attempts = ?, locked_until = ? "
                                          "WHERE id = ?"),
                           {now_failures, lockSeconds(now_failures) > 0 ? until : 0, userId});
        !s)
        return std::unexpected(s.error());
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return fail(Error::Code::Unauthorized, QStringLiteral("wrong PIN"));
}

} // namespace sk
