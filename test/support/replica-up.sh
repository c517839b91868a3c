#!/usr/bin/env bash
# A streaming read replica of the local PostgreSQL 15 for the replica test (test/api/read-replica.test.ts):
# cluster 15/replica on port 5433, filled by pg_basebackup from 15/main on 5432 and kept up to date
# by streaming replication. Run as root (CI). Idempotent: with the replica up and streaming it
# changes nothing. The primary is only ever reloaded, never restarted: others use it.
set -euo pipefail

VERSION=15
PRIMARY_PORT=5432
REPLICA=replica
REPLICA_PORT=5433
APPLICATION_NAME=oap_replica

as_postgres() { runuser -u postgres -- "$@"; }
primary_sql() { as_postgres psql -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -d postgres -XAtqc "$1"; }
replica_sql() { as_postgres psql -h 127.0.0.1 -p "$REPLICA_PORT" -U postgres -d postgres -XAtqc "$1" 2>/dev/null; }
streaming() { [ "$(primary_sql "select count(*) from pg_stat_replication where application_name in ('$APPLICATION_NAME', '$VERSION/$REPLICA') and state = 'streaming'")" -ge 1 ]; }

if [ "$(id -u)" -ne 0 ]; then
  echo "replica-up.sh: run as root (it creates a PostgreSQL cluster)" >&2
  exit 1
fi

if [ "$(replica_sql 'select pg_is_in_recovery()' || true)" = "t" ] && streaming; then
  echo "replica-up.sh: 15/$REPLICA on $REPLICA_PORT is already streaming from $PRIMARY_PORT"
  exit 0
fi

# The primary must accept replication connections from this machine; a reload applies it.
HBA="$(primary_sql 'show hba_file')"
if ! grep -Eq '^[[:space:]]*host[[:space:]]+replication[[:space:]]+all[[:space:]]+127\.0\.0\.1/32[[:space:]]+trust' "$HBA"; then
  echo 'host replication all 127.0.0.1/32 trust' >>"$HBA"
  primary_sql 'select pg_reload_conf()' >/dev/null
  echo "replica-up.sh: allowed local replication in $HBA (reloaded)"
fi
if [ "$(primary_sql 'show wal_level')" = "minimal" ]; then
  echo "replica-up.sh: the primary's wal_level is minimal; streaming needs replica (a restart we will not do)" >&2
  exit 1
fi

# A cluster that exists but is not a working standby (stopped, broken, or from an earlier run
# whose base backup failed) is made again from scratch.
if pg_lsclusters -h | awk -v v="$VERSION" -v n="$REPLICA" '$1 == v && $2 == n' | grep -q .; then
  pg_ctlcluster --skip-systemctl-redirect "$VERSION" "$REPLICA" stop -m fast 2>/dev/null || true
else
  pg_createcluster "$VERSION" "$REPLICA" --port "$REPLICA_PORT" >/dev/null
  echo "replica-up.sh: created cluster $VERSION/$REPLICA on port $REPLICA_PORT"
fi
DATA_DIR="$(pg_lsclusters -h | awk -v v="$VERSION" -v n="$REPLICA" '$1 == v && $2 == n { print $6 }')"
CONF_DIR="/etc/postgresql/$VERSION/$REPLICA"
# The same sign-in rules as the primary (trust on this machine), so tests reach both alike.
cp "$HBA" "$CONF_DIR/pg_hba.conf"
# The standby's own settings: its port, and queries may delay replay up to 30 s instead of being
# cancelled at once by a conflicting cleanup on the primary (no hot_standby_feedback: it would hold
# back vacuum on the shared primary). OAP retries a cancelled read on the primary anyway.
sed -i "s/^#\?port = .*/port = $REPLICA_PORT/" "$CONF_DIR/postgresql.conf"
cat >"$CONF_DIR/conf.d/oap-replica.conf" <<EOF
hot_standby = on
max_standby_streaming_delay = 30s
EOF

find "$DATA_DIR" -mindepth 1 -delete
# -R writes standby.signal and primary_conninfo; -X stream copies the WAL made during the backup.
# No permanent replication slot: a replica that dies must not make the shared primary keep WAL.
as_postgres pg_basebackup -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -D "$DATA_DIR" -R -X stream \
  -d "application_name=$APPLICATION_NAME"
pg_ctlcluster --skip-systemctl-redirect "$VERSION" "$REPLICA" start

for _ in $(seq 1 120); do
  if [ "$(replica_sql 'select pg_is_in_recovery()' || true)" = "t" ] && streaming; then
    echo "replica-up.sh: 15/$REPLICA on $REPLICA_PORT is streaming from $PRIMARY_PORT"
    exit 0
  fi
  sleep 0.5
done
echo "replica-up.sh: the replica did not start streaming within 60 s" >&2
tail -n 30 "/var/log/postgresql/postgresql-$VERSION-$REPLICA.log" >&2 || true
exit 1
