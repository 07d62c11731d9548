#include "app/server/Crypto.h"

#include "core/sync/SyncProtocol.h"

#include <sodium.h>

namespace sk::server {

namespace crypto {

bool init()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

QByteArray randomBytes(int n)
{
    init();
    QByteArray b(n, Qt::Uninitialized);
    randombytes_buf(b.data(), size_t(n));
    return b;
}

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray sha256(const QByteArray &data)
{
    QByteArray out(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(out.data()),
                       reinterpret_cast<const unsigned char *>(data.constData()),
                       quint64(data.size()));
    return out;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    return sodium_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

Result<QString> passwordHash(const QByteArray &secret)
{
    init();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out,
                          secret.constData(),
                          quint64(secret.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return fail(Error::Code::Io, QStringLiteral("out of memory while hashing a secret"));
    return QString::fromLatin1(out);
}

bool passwordVerify(const QString &hash, const QByteArray &secret)
{
    init();
    const QByteArray h = hash.toLatin1();
    return crypto_pwhash_str_verify(h.constData(), secret.constData(), quint64(secret.size())) == 0;
}

QString randomCode(int length)
{
    init();
    static const char alphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    const quint32 n = sizeof(alphabet) - 1;
    QString s;
    for (int i = 0; i < length; ++i)
        s.append(QLatin1Char(alphabet[randombytes_uniform(n)]));
    return s;
}

} // namespace crypto

QString makeToken(const QString &deviceId, const QByteArray &secret)
{
    return QStringLiteral("skt_%1_%2").arg(deviceId, crypto::base64Url(secret));
}

std::optional<ParsedToken> parseToken(const QByteArray &token)
{
    // skt_ + 36-character device id + _ + 43 characters of base64url (32 bytes).
    if (token.size() != 4 + 36 + 1 + 43 || !token.startsWith("skt_") || token.at(40) != '_')
        return std::nullopt;
    ParsedToken t;
    t.deviceId = QString::fromLatin1(token.mid(4, 36));
    if (!sync::isUuid(t.deviceId))
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        token.mid(41), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 32)
        return std::nullopt;
    t.secret = decoded.decoded;
    return t;
}

} // namespace sk::server
