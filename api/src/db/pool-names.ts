import os from 'node:os';

/** The pools a process keeps on a real PostgreSQL server (client.ts). */
export type PoolName = 'main' | 'analyst';

/**
 * The `application_name` each pool's connections carry: `oap:<host>:<pid>:<pool>`. postgres.js
 * exposes no pool statistics, so the metrics count this process's connections by state in
 * `pg_stat_activity` under these names. The host is in it because containers all run as pid 1.
 * PostgreSQL keeps 63 bytes of it, so the host is cut to 32 characters.
 */
export function poolApplicationName(pool: PoolName): string {
  return `oap:${os.hostname().slice(0, 32)}:${process.pid}:${pool}`;
}
