#!/usr/bin/env bash
# `npm run bench:pg [-- --runs 50]`: the benchmark's core part on a throwaway local PostgreSQL cluster
# (with-cluster.sh, durable like a real office server), beside what `npm run bench` prints for SQLite.
# Against a server of your own: npm run bench -- --pg postgres://user@host:port/postgres --no-browser
set -euo pipefail
cd "$(dirname "$0")/../.."
export BACKOFFICE_TEST_PG_DURABLE=1
exec bash scripts/pg/with-cluster.sh bash -c 'npx tsx bench/index.ts --pg "$BACKOFFICE_TEST_PG_URL" --no-browser "$@"' bench "$@"
