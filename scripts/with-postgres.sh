#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL cluster on loopback, then removes the cluster.
# Usage: scripts/with-postgres.sh COMMAND...   (DATABASE_URL is set for the command)
# PG_SERVER_OPTIONS adds server settings, e.g. "-c shared_buffers=4GB" (the benchmarks' tuning).
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ]; then
  echo "PostgreSQL server is not installed (Debian package 'postgresql')." >&2
  exit 1
fi

port=${PGTEST_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
cluster=$(mktemp -d /tmp/idesluss-pg.XXXXXX)
run_as=()
if [ "$(id -u)" = "0" ]; then
  # initdb refuses to run as root: the cluster belongs to the postgres system user.
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$cluster"
  run_as=(runuser -u postgres --)
fi

stop() {
  "${run_as[@]}" "$bindir/pg_ctl" -D "$cluster/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$cluster"
}
trap stop EXIT

"${run_as[@]}" "$bindir/initdb" -D "$cluster/data" -U idesluss --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${run_as[@]}" "$bindir/pg_ctl" -D "$cluster/data" -w -l "$cluster/server.log" \
  -o "-h 127.0.0.1 -p $port -k $cluster -F -c fsync=off -c synchronous_commit=off -c full_page_writes=off ${PG_SERVER_OPTIONS:-}" \
  start >/dev/null
echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"

export DATABASE_URL="postgres://idesluss@127.0.0.1:$port/idesluss"
"${run_as[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U idesluss idesluss
"$@"
