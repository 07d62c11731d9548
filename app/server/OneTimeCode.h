#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QString>
#include <QVariantList>

#include <functional>
#include <optional>

namespace sk::server {

class StoreConnection;

// A one-time code typed by a person ("ABCD-EFGH-JKMN"): its first 4 characters are the id that
// finds its row, the other 8 a secret kept only as an Argon2id hash. It expires, and wrong
// guesses spend it. Pairing codes (DeviceRegistry.cpp) and market join codes (MarketStore.cpp)
// are such codes, each in a table of its own with the columns code_id, the owner's id,
// code_hash, created_at, expires_at and failures.
struct CodeTable
{
    QString table;       // "pair_codes"
    QString ownerColumn; // "vendor_id": whom a code of this table admits
    QString what;        // "pairing code", for the refusals
    int maxFailures;     // wrong guesses that spend a code
};

// Issues a code of `t` for `ownerId`, alive `ttlHours` from now. A code id is reused only once
// its old code is expired or spent by wrong guesses.
Result<QString>
issueCode(StoreConnection &db, const CodeTable &t, const QString &ownerId, int ttlHours);

struct PresentedCode
{
    QString id;
    QByteArray secret;
};
// A code as typed: case, dashes and spaces do not matter. Nothing unless 12 characters remain.
std::optional<PresentedCode> parseCode(const QString &code);

struct CheckedCode
{
    QString ownerId;
    QVariantList extra; // the values of verifyCode's `extraColumns`, in their order
};
// Checks a presented code against its row at `now`: an unknown, expired or spent code, one that
// `admit` turns away (given the values of `extraColumns`, e.g. ", used_at, used_by"), or a
// wrong secret (which counts one failure) is refused with `refused`. The slow hash runs
// outside any transaction: it takes a while and needs no lock.
Result<CheckedCode> verifyCode(StoreConnection &db,
                               const CodeTable &t,
                               const PresentedCode &code,
                               qint64 now,
                               const Error &refused,
                               const QString &extraColumns = {},
                               const std::function<bool(const QVariantList &)> &admit = {});

} // namespace sk::server
