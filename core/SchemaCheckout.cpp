#include "core/Schema.h"

namespace sk {

// Migration 2: parked carts, users and PINs. Both tables are device-local: a parked cart is a
// customer standing at this stall, and PINs unlock this till (they are never synced).
Migration migrationCheckout()
{
    return {2,
            {
                // kind 'open' is the cart on screen, saved on every change so a crash or a flat
                // battery loses nothing; 'parked' carts wait for a customer to come back.
                QStringLiteral(R"(CREATE TABLE carts (
                    id TEXT PRIMARY KEY,
                    kind TEXT NOT NULL CHECK (kind IN ('open', 'parked')),
                    label TEXT NOT NULL DEFAULT '',
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL,
                    payload TEXT NOT NULL))"),
                QStringLiteral(
                    "CREATE UNIQUE INDEX carts_one_open ON carts (kind) WHERE kind = 'open'"),
                // pin_hash: libsodium Argon2id string (salt and cost inside). Wrong PINs count up
                // failed_attempts; locked_until (ms UTC) throttles guessing.
                QStringLiteral(R"(CREATE TABLE users (
                    id TEXT PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE,
                    role TEXT NOT NULL CHECK (role IN ('owner', 'helper')),
                    pin_hash TEXT NOT NULL,
                    failed_attempts INTEGER NOT NULL DEFAULT 0,
                    locked_until INTEGER NOT NULL DEFAULT 0,
                    created_at INTEGER NOT NULL))"),
            }};
}

} // namespace sk
