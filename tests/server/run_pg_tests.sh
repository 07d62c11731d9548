#!/usr/bin/env bash
# Runs the server test suites against PostgreSQL: starts a throwaway PostgreSQL 15 cluster on
# loopback as an unprivileged user (initdb and pg_ctl refuse root), points the suites at it with
# STALLKEEPER_TEST_PG, and stops and removes it at the end. If PostgreSQL is missing or cannot
# start, this FAILS (it never skips): install it with .ci/deps test (postgresql-15,
# libqt6sql6-psql).
# Usage: run_pg_tests.sh TEST_BINARY...
set -euo pipefail
bin=/usr/lib/postgresql/15/bin
if [ ! -x "$bin/initdb" ] || [ ! -x "$bin/pg_ctl" ]; then
    echo "FAIL: PostgreSQL 15 is not installed ($bin/initdb); run .ci/deps test" >&2
    exit 1
fi
if [ ! -e /usr/lib/x86_64-linux-gnu/qt6/plugins/sqldrivers/libqsqlpsql.so ]; then
    echo "FAIL: Qt's PostgreSQL driver is not installed (libqt6sql6-psql)" >&2
    exit 1
fi

dir=$(mktemp -d /tmp/sk-pg.XXXXXX)
as_pg=()
if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$dir"
    as_pg=(runuser -u postgres --)
fi
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

stop() {
    "${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap stop EXIT

"${as_pg[@]}" "$bin/initdb" -D "$dir/data" -U sk -A trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
    || { echo "FAIL: initdb failed:" >&2; cat "$dir/initdb.log" >&2; exit 1; }
"${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -w -t 60 -l "$dir/server.log" \
    -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=300" start >/dev/null \
    || { echo "FAIL: PostgreSQL did not start:" >&2; cat "$dir/server.log" >&2; exit 1; }

export STALLKEEPER_TEST_PG="postgresql://sk@127.0.0.1:$port/postgres"
echo "PostgreSQL 15 on 127.0.0.1:$port" >&2
rc=0
for t in "$@"; do
    echo "== $(basename "$t") on PostgreSQL" >&2
    "$t" || rc=1
done
exit $rc
