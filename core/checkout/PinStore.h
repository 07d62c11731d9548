#pragma once

#include "core/Database.h"

#include <QList>

namespace sk {

struct TillUser
{
    enum class Role { Owner, Helper };
    QString id;
    QString name;
    Role role = Role::Helper;
};

// The optional PIN lock of this till. When no user exists the till is open to everyone as
// owner. PINs (4-8 digits) are stored only as libsodium Argon2id strings (random salt, memory-
// hard), and wrong PINs are throttled per user: after kFreeAttempts misses each further miss
// locks the user out for twice as long as the one before, up to kMaxLockSeconds, persisted so
// restarting the app does not reset the count. Users are device-local and never synced.
class PinStore
{
public:
    static constexpr int kFreeAttempts = 3;
    static constexpr int kFirstLockSeconds = 15;
    static constexpr int kMaxLockSeconds = 15 * 60;

    explicit PinStore(Database &db);

    Result<QList<TillUser>> users();
    Result<bool> lockEnabled(); // at least one user exists

    // The first user must be an owner, so the lock can never shut the owner out.
    Result<TillUser> addUser(const QString &name, TillUser::Role role, const QString &pin);
    Status setPin(const QString &userId, const QString &pin);
    // Refuses to remove the last owner while helpers remain.
    Status removeUser(const QString &userId);

    // The same, done at the till by the signed-in user `actorId`: once an owner exists, only an
    // owner may add, remove or re-PIN users (a user may change their own PIN), checked against
    // the stored role, not what the screen shows. Error::Code::Unauthorized otherwise.
    Result<TillUser>
    addUser(const QString &name, TillUser::Role role, const QString &pin, const QString &actorId);
    Status setPin(const QString &userId, const QString &pin, const QString &actorId);
    Status removeUser(const QString &userId, const QString &actorId);

    // Error::Code::Unauthorized for a wrong PIN, Conflict while throttled (see lockedForMs).
    Result<TillUser> verify(const QString &userId, const QString &pin);
    Result<qint64> lockedForMs(const QString &userId);

    // Lock length after `failures` consecutive wrong PINs (0 while still free attempts).
    static int lockSeconds(int failures);
    static Status validatePin(const QString &pin);
    static Result<QString> hashPin(const QString &pin);
    static bool checkPin(const QString &hash, const QString &pin);

private:
    Status actorMayManage(const QString &actorId, const QString &targetId = {});
    Database &m_db;
};

} // namespace sk
