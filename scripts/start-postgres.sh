#!/usr/bin/env bash
# Start the machine's PostgreSQL 15 for the store tests and print the URL to use (idempotent).
# Usage: eval "$(scripts/start-postgres.sh)"   -> exports WIRECODER_TEST_PG_URL
set -euo pipefail
PG_VER=15 PG_CLUSTER=main PG_PORT=5432 DB=wirecoder_test DBUSER=wirecoder DBPASS=wirecoder
if ! command -v pg_lsclusters >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update -qq && apt-get install -y -qq postgresql; } >&2
fi
pg_lsclusters -h | awk -v v=$PG_VER -v c=$PG_CLUSTER '$1==v&&$2==c{f=1}END{exit !f}' ||
  pg_createcluster $PG_VER $PG_CLUSTER --port $PG_PORT -- --auth-local=peer --auth-host=scram-sha-256 >&2
pg_ctlcluster $PG_VER $PG_CLUSTER status >/dev/null 2>&1 || pg_ctlcluster $PG_VER $PG_CLUSTER start >&2
for _ in $(seq 60); do pg_isready -q -h 127.0.0.1 -p $PG_PORT && break; sleep 0.5; done
psql_pg() { (cd / && runuser -u postgres -- psql -p $PG_PORT -X -q -v ON_ERROR_STOP=1 "$@"); }
psql_pg -v u=$DBUSER -v p=$DBPASS <<'SQL' >&2
SELECT format('CREATE ROLE %I LOGIN', :'u') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname=:'u') \gexec
SELECT format('ALTER ROLE %I WITH LOGIN CREATEDB PASSWORD %L', :'u', :'p') \gexec
SQL
psql_pg -v u=$DBUSER -v d=$DB <<'SQL' >&2
SELECT format('CREATE DATABASE %I OWNER %I', :'d', :'u') WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname=:'d') \gexec
SQL
echo "export WIRECODER_TEST_PG_URL=postgresql+psycopg://$DBUSER:$DBPASS@127.0.0.1:$PG_PORT/$DB"
