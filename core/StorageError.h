#pragma once

#include "core/Error.h"

namespace sk {

// The one place where what SQLite and the operating system report becomes an Error that names
// the cause a vendor can act on: a full disk, a read-only file, folder or disk, a failing disk
// (I/O error), a damaged file, a file that is not a database. Every other error keeps the
// Database code and SQLite's own words.

// `sqliteCode`: an extended result code (QSqlError::nativeErrorCode, sqlite3_extended_errcode).
// `systemErrno`: sqlite3_system_errno() after an I/O error, 0 when unknown. `path`: the database
// file (may be empty), `what`: the step that failed ("query", "open"), `message`: SQLite's text.
Error sqliteError(int sqliteCode,
                  int systemErrno,
                  const QString &path,
                  const QString &what,
                  const QString &message);

// `err`: the errno of a failed operation on `path`; `action` says which ("write", "read").
Error fileError(int err, const QString &path, const QString &action);

// Why `path` (an existing file, or one to create) cannot be written: "X is read-only", "the
// folder Y is read-only", "X is on a read-only disk"; empty when nothing stops a write.
QString whyNotWritable(const QString &path);

// After a write that failed without an errno (a PDF engine, an image writer): a full disk or a
// read-only place when that is what it was, else an I/O error naming the file.
Error diagnoseWriteFailure(const QString &path);

// A database file `path` that does not exist yet may be made only in a folder that exists: a
// folder that is not there is a path typed wrong (or a USB stick not plugged in), not a place to
// start an empty file that would look like a stall without sales. NotFound naming the folder
// and `what` ("database", "server database"); nothing when the file or its folder exists.
Status requireFolderOf(const QString &path, const QString &what);

} // namespace sk
