#pragma once

#include <QString>

#include <expected>

namespace sk {

// The one error type that crosses the core's boundary. `code` is stable and machine-readable
// (the UI maps it to translated text); `detail` is an English sentence for logs and the CLI.
struct Error
{
    enum class Code {
        InvalidInput, // the caller gave something malformed or out of range
        NotFound,     // a referenced record does not exist
        Conflict,     // the request contradicts stored state (e.g. void of a voided sale)
        Ineligible,   // a tender may not pay for what is in the cart
        Overflow,     // an amount does not fit in 64 bits
        Database,     // SQLite reported an error
        Io,           // a file could not be read or written
        SchemaTooNew, // the database was written by a newer Stallkeeper
        NoMarketDay,  // selling needs an open market day
        Network,      // sync transport failure
        Unauthorized, // sync token refused
        Cancelled,    // the user or caller stopped the work
        // Storage: what the disk or the file did, so the message names the real cause.
        DiskFull,      // no space left (SQLITE_FULL, ENOSPC)
        ReadOnly,      // the file, its folder or its disk cannot be written
        Damaged,       // the database file is damaged or truncated; writing to it stopped
        NotADatabase,  // the file is empty, not SQLite, or SQLite but not Stallkeeper's
        ProtectedFile, // an output path that is (or leads to) a database: nothing was written
    };

    Code code = Code::InvalidInput;
    QString detail;

    static Error invalid(const QString &d) { return {Code::InvalidInput, d}; }
    static Error notFound(const QString &d) { return {Code::NotFound, d}; }
    static Error conflict(const QString &d) { return {Code::Conflict, d}; }
    static Error database(const QString &d) { return {Code::Database, d}; }
    static Error io(const QString &d) { return {Code::Io, d}; }
};

template<typename T>
using Result = std::expected<T, Error>;

using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(Error::Code code, const QString &detail)
{
    return std::unexpected(Error{code, detail});
}

} // namespace sk
