/**
 * How long a pooled connection waits before connecting again after a failed attempt, in seconds
 * (postgres-js's `backoff`). Its default grows as 3^n/100 up to 20 s, and n counts the failures of
 * every connection in the pool together: a 4-second PostgreSQL restart with ten connections left
 * them waiting 10–20 s after the server was back, so requests queued into DATABASE_TIMEOUT
 * (scale-out.bench.ts). Doubling from 50 ms with a 1-second ceiling reconnects within about a
 * second of the server's return, and the jitter keeps the processes from reconnecting in step.
 */
export function reconnectDelaySeconds(failures: number, random: () => number = Math.random): number {
  const base = Math.min(0.05 * 2 ** Math.max(0, failures - 1), MAX_RECONNECT_DELAY_SECONDS);
  return base * (0.5 + random() / 2);
}

export const MAX_RECONNECT_DELAY_SECONDS = 1;
