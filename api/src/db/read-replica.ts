import type { Sql } from 'postgres';
import { log } from '../common/log';
import { requestScope } from '../common/request-scope';
import { hasReplayed, type LsnSample, lagsTooFar, parseLsn, samplesToKeep } from './replica-lag';

/**
 * A streaming read replica (`DATABASE_READ_URL`) and when it may answer.
 *
 * Where reads go: analysts' queries, the stats and the exports read from the replica; everything
 * else, and every write, stays on the primary. A replica is a little behind, so a reader who just
 * wrote could read an older version of their own write there. To keep read-your-writes, after each
 * write of a signed-in user the primary's WAL position (`pg_current_wal_lsn()`, taken after the
 * commit, so at or past it) is stored on the user's row (`users.read_after_lsn`), which every OAP
 * process reads with the session on the primary: behind a load balancer the next request may reach
 * another process, so process memory would not do, and a signed cookie would miss the user's other
 * sessions and bearer-token clients. That user's reads go to the replica only once it has replayed
 * that far (`pg_last_wal_replay_lsn()`); until then, the primary serves them.
 *
 * The replay position only moves forward, so a value read earlier is a safe lower bound: a poll
 * every second keeps one, and a reader whose write is newer reads from the primary until a poll
 * shows the replica has it.
 *
 * A replica that cannot be reached, is not in recovery (promoted, or the wrong URL), or lags more
 * than `maxLagMs` serves nobody until a poll finds it well again; each change is logged once. A
 * statement that fails on the replica because it went away (or was cancelled by a conflict with
 * replay) runs again on the primary: a read never fails because of the replica.
 */
export class ReplicaMonitor {
  private replayed: bigint | null = null;
  private state: 'unknown' | 'serving' | 'unreachable' | 'not-standby' | 'lagging' = 'unknown';
  private primarySamples: LsnSample[] = [];
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly primary: Sql,
    private readonly replica: Sql,
    private readonly options: { maxLagMs: number; pollMs: number; probeTimeoutMs: number },
  ) {}

  /** Polls once (so the replica serves from the first request) and then every `pollMs`. */
  async start(): Promise<void> {
    await this.poll();
    this.timer = setInterval(() => void this.poll(), this.options.pollMs);
    this.timer.unref();
  }

  stop(): void {
    // A poll still under way when the pools close would otherwise report the replica lost.
    this.stopped = true;
    clearInterval(this.timer);
  }

  /**
   * Whether the replica may answer a reader whose last write is at `required` (null: no write
   * recorded). False sends the read to the primary.
   */
  serves(required: string | null): boolean {
    if (this.state !== 'serving') return false;
    // Against the last poll's position, without a look of its own: every request of a recent writer
    // would wait for one (the replica's slowness added to reads that may not even go there), where
    // serving them from the primary until the next poll costs the primary a second of their reads.
    return hasReplayed(this.replayed, required === null ? null : parseLsn(required));
  }

  /** A statement found the replica gone: nobody reads there until a poll reaches it again. */
  lost(error: unknown): void {
    this.become('unreachable', { message: (error as Error).message });
  }

  private poll(): Promise<void> {
    this.polling ??= this.pollOnce().finally(() => {
      this.polling = undefined;
    });
    return this.polling;
  }

  private async pollOnce(): Promise<void> {
    const now = Date.now();
    try {
      const [primaryRow] = await this.deadline(
        this.primary<{ lsn: string }[]>`select pg_current_wal_lsn()::text as lsn`,
      );
      if (primaryRow) this.primarySamples.push({ at: now, lsn: parseLsn(primaryRow.lsn) });
      this.primarySamples = samplesToKeep(this.primarySamples, now, this.options.maxLagMs);
    } catch {
      // The primary's own trouble is /readyz's to report; without a sample the lag stays unjudged.
    }
    let row: { recovering: boolean; lsn: string | null } | undefined;
    try {
      [row] = await this.deadline(
        this.replica<
          { recovering: boolean; lsn: string | null }[]
        >`select pg_is_in_recovery() as recovering, pg_last_wal_replay_lsn()::text as lsn`,
      );
    } catch (error) {
      this.become('unreachable', { message: (error as Error).message });
      return;
    }
    if (!row?.recovering || !row.lsn) {
      this.become('not-standby', {});
      return;
    }
    const replayed = parseLsn(row.lsn);
    if (this.replayed === null || replayed > this.replayed) this.replayed = replayed;
    if (lagsTooFar(this.primarySamples, replayed, now, this.options.maxLagMs)) {
      this.become('lagging', { maxLagMs: this.options.maxLagMs });
      return;
    }
    this.become('serving', {});
  }

  private become(state: ReplicaMonitor['state'], details: Record<string, unknown>): void {
    if (state === this.state || this.stopped) return;
    const was = this.state;
    this.state = state;
    if (state === 'serving') log.info('read replica serving', { was });
    else if (state === 'unreachable')
      log.error('read replica unreachable: its reads go to the primary', { message: details.message });
    else if (state === 'not-standby')
      log.error('DATABASE_READ_URL is not a server in recovery (a standby): its reads go to the primary');
    else log.error('read replica lags too far behind: its reads go to the primary', details);
  }

  private deadline<T>(query: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error('the replica did not answer in time')), this.options.probeTimeoutMs);
    });
    return Promise.race([query, timedOut]).finally(() => clearTimeout(timer));
  }
}

/** Socket and driver codes, and SQLSTATEs, that say the replica is not there. */
const GONE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EPIPE',
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  '53300',
]);

/** Why a statement that failed on the replica should run on the primary instead, if it should. */
function retryOnPrimary(error: unknown): 'gone' | 'refused' | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (GONE.has(code) || code.startsWith('08') || /^57P0\d$/.test(code)) return 'gone';
  // 40001 on a standby: cancelled by a conflict with replay. 25006: a write reached the replica.
  if (code === '40001' || code === '25006') return 'refused';
  return null;
}

type PendingLike = PromiseLike<unknown> & { values(): Promise<unknown> };

/**
 * The replica's client, but any statement (or transaction) that fails there because the replica
 * went away runs again on the primary. Only reads are sent to the replica, so running one twice
 * is harmless. With the test hooks on, counts where statements ran (`extensions.databaseRole`).
 */
export function withPrimaryFallback(replica: Sql, primary: Sql, monitor: ReplicaMonitor): Sql {
  const attempt = async <T>(onReplica: () => Promise<T>, onPrimary: () => Promise<T>): Promise<T> => {
    const scope = requestScope.getStore();
    try {
      const result = await onReplica();
      if (scope) scope.replicaStatements = (scope.replicaStatements ?? 0) + 1;
      return result;
    } catch (error) {
      const why = retryOnPrimary(error);
      if (!why) throw error;
      if (why === 'gone') monitor.lost(error);
      if (scope) scope.replicaFallbacks = (scope.replicaFallbacks ?? 0) + 1;
      return onPrimary();
    }
  };
  return new Proxy(replica, {
    get(target, property, receiver) {
      if (property === 'unsafe') {
        // drizzle awaits the query, or asks for `.values()`: a postgres-js query starts on either.
        return (query: string, parameters?: unknown[], options?: object): PendingLike => {
          const run = (client: Sql) => client.unsafe(query, parameters as never, options);
          return {
            values: () =>
              attempt(
                () => run(target).values(),
                () => run(primary).values(),
              ),
            // biome-ignore lint/suspicious/noThenProperty: drizzle awaits what `unsafe` returns, like postgres-js's own query.
            then: (onFulfilled, onRejected) =>
              attempt(
                () => run(target),
                () => run(primary),
              ).then(onFulfilled, onRejected),
          };
        };
      }
      if (property === 'begin') {
        return (...args: unknown[]) =>
          attempt(
            () => (target.begin as (...a: unknown[]) => Promise<unknown>)(...args),
            () => (primary.begin as (...a: unknown[]) => Promise<unknown>)(...args),
          );
      }
      return Reflect.get(target, property, receiver);
    },
  });
}
