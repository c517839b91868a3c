#!/bin/sh
# The scale-out bench's own PostgreSQL 15 cluster (Debian's postgresql-common), so that restarting
# it in the middle of the run disturbs nobody else's server. Idempotent: creates the cluster when
# missing, trusts 127.0.0.1 like the main cluster, starts it when down. Never touches "main".
# Usage: scaleout-cluster.sh [port]   (default 5434; SCALEOUT_PG_PORT also sets it)
set -eu
VERSION=15
NAME=scaleout
PORT="${1:-${SCALEOUT_PG_PORT:-5434}}"
CONF="/etc/postgresql/$VERSION/$NAME"

if [ ! -d "$CONF" ]; then
  pg_createcluster "$VERSION" "$NAME" --port "$PORT" >/dev/null
fi
# Trust local TCP sign-ins (the bench connects as postgres without a password), as on "main".
if ! grep -Eq '^host[[:space:]]+all[[:space:]]+all[[:space:]]+127\.0\.0\.1/32[[:space:]]+trust' "$CONF/pg_hba.conf"; then
  printf 'host all all 127.0.0.1/32 trust\n' >"$CONF/pg_hba.conf.new"
  cat "$CONF/pg_hba.conf" >>"$CONF/pg_hba.conf.new"
  mv "$CONF/pg_hba.conf.new" "$CONF/pg_hba.conf"
  chown postgres:postgres "$CONF/pg_hba.conf"
  if pg_lsclusters -h | awk -v n="$NAME" '$2 == n && $4 ~ /online/' | grep -q .; then
    pg_ctlcluster "$VERSION" "$NAME" reload
  fi
fi
if ! pg_lsclusters -h | awk -v n="$NAME" '$2 == n && $4 ~ /online/' | grep -q .; then
  pg_ctlcluster --skip-systemctl-redirect "$VERSION" "$NAME" start
fi
# Ready when it accepts a query.
for _ in $(seq 1 50); do
  if psql -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -Atqc 'select 1' >/dev/null 2>&1; then exit 0; fi
  sleep 0.2
done
echo "cluster $VERSION/$NAME on port $PORT did not accept connections" >&2
exit 1
