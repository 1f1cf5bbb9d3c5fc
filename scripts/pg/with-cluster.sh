#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL cluster: initdb in a temp folder, pg_ctl on a free local
# port (127.0.0.1 only), BACKOFFICE_TEST_PG_URL pointing at it for the command, stopped and removed on exit.
#   bash scripts/pg/with-cluster.sh npx vitest run tests/integration
# initdb refuses to run as root; as root the cluster runs as Debian's `postgres` user.
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
[ -n "$bin" ] && [ -x "$bin/initdb" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 2; }

dir=$(mktemp -d "${TMPDIR:-/tmp}/backoffice-pg-XXXXXX")
port=${BACKOFFICE_TEST_PG_PORT:-$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}
as=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$dir"
  as=(runuser -u postgres --)
fi

"${as[@]}" "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 2; }
# Throwaway data: durability off makes the suite's thousands of small transactions cheap. The benchmark
# (BACKOFFICE_TEST_PG_DURABLE=1) keeps it on, as a real office server would and as SQLite's FULL sync does.
durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
[ "${BACKOFFICE_TEST_PG_DURABLE:-}" = 1 ] && durability=""
"${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 120 \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 $durability -c max_connections=300" start >/dev/null \
  || { cat "$dir/server.log" >&2; exit 2; }

stop() {
  "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

export BACKOFFICE_TEST_PG_URL="postgres://postgres@127.0.0.1:$port/postgres"
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($dir)"
"$@"
