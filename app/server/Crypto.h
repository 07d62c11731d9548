#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QString>

namespace sk::server {

// Secrets of the server, all through libsodium.
// - Device tokens: 256 random bits, bound to the device id they were issued to
//   ("skt_<device id>_<secret>"); the server keeps only SHA-256 of the secret and compares it in
//   constant time. A slow hash is not needed for 256 random bits, and would make every request
//   slow.
// - Pairing codes are short enough to type, so they are stored as Argon2id hashes (libsodium's
//   crypto_pwhash_str, interactive limits), tried at most a few times, and expire.
namespace crypto {
bool init();
QByteArray randomBytes(int n);
QString base64Url(const QByteArray &bytes);
QByteArray sha256(const QByteArray &data);
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
Result<QString> passwordHash(const QByteArray &secret);
bool passwordVerify(const QString &hash, const QByteArray &secret);
// Random characters from an alphabet without 0/O/1/I/L, for codes read aloud or typed.
QString randomCode(int length);
} // namespace crypto

struct ParsedToken
{
    QString deviceId;
    QByteArray secret;
};
QString makeToken(const QString &deviceId, const QByteArray &secret);
std::optional<ParsedToken> parseToken(const QByteArray &token);

} // namespace sk::server
