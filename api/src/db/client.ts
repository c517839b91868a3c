import path from 'node:path';
import type { Logger } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import type { Viewer } from '../access/viewer';
import { commitUnconfirmed, databaseUnavailable } from '../common/database-unavailable';
import { runtimeAssets } from '../common/package-layout';
import { type RequestScope, requestScope } from '../common/request-scope';
import {
  lostAfterSending,
  markFenced,
  REQUEST_ANSWERED_CODE,
  requestAnswered,
  type WriteFence,
} from '../common/write-fence';
import { openEmbeddedStore } from './embedded-store';
import { type PoolName, poolApplicationName } from './pool-names';
import { ReplicaMonitor, withPrimaryFallback } from './read-replica';
import { reconnectDelaySeconds } from './reconnect-backoff';
import * as schema from './schema';

export type Schema = typeof schema;
/** The database, whichever driver is behind it. Services only ever see this type. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema>;
/** Either the database or an open transaction: what a query helper runs on. */
export type Executor = Db | Tx;

/**
 * The committed drizzle-kit migrations: drizzle/ at the repository root, or their copy in a deploy
 * folder (common/package-layout.ts).
 */
export const MIGRATIONS_DIR = path.resolve(process.env.MIGRATIONS_DIR || runtimeAssets().migrationsDir);

/**
 * Starts a query that must be planned with its values each time rather than prepared once. A
 * prepared statement switches to a generic plan after five runs, and for a text search the plan
 * depends on the words: a rare word reads the trigram index, a common one walks the list's order
 * and stops at the page (search.service.ts). A comment, so it changes nothing on PGlite, whose
 * statements are unnamed (always planned with their values).
 */
export const PLANNED_WITH_VALUES = '/* planned with values */';

// Any fixed number, the same in every OAP process.
const MIGRATION_LOCK = 7_240_001;

export interface DatabaseHandle {
  db: Db;
  /** Where analysts' queries run: its own pool and stricter statement timeout on a real server. */
  analystDb: Db;
  driver: 'pglite' | 'postgres';
  /**
   * Where a reader's stale-tolerant reads run (analysts' queries, stats, exports): the replica's
   * pools when one is configured, up, and has replayed the reader's own last write; otherwise
   * `db` and `analystDb` themselves (read-replica.ts).
   */
  readPools(viewer: Viewer | null): Promise<{ db: Db; analystDb: Db }>;
  /**
   * After a signed-in user's write: remember the primary's WAL position on their row, so their
   * reads stay on the primary until the replica has replayed it. Nothing without a replica.
   */
  rememberWrite(userId: string): Promise<void>;
  /**
   * Which server answered a request's routed reads (test hooks): asks `pg_is_in_recovery()` of
   * the replica's pool if statements ran there (and none fell back), else of the primary's.
   */
  databaseRole(scope: RequestScope | undefined): Promise<'replica' | 'primary'>;
  /** Apply the committed migrations that have not run yet. */
  migrate(): Promise<void>;
  /** Reach the database (readiness check). */
  ping(): Promise<void>;
  /**
   * Runs `handler` with the payload of every NOTIFY on `channel` (from any process on the same
   * database; delivered after the sending transaction commits). Resolves to the way to stop.
   */
  listen(channel: string, handler: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export interface DatabaseTimeouts {
  connectTimeoutMs: number;
  statementTimeoutMs: number;
  analystStatementTimeoutMs: number;
}

/** How long the replica's monitor waits for an answer before calling it unreachable. */
const REPLICA_PROBE_TIMEOUT_MS = 1000;

/** For CLIs: a migration or a large seed may run long statements, so only connecting is bounded. */
const DEFAULT_TIMEOUTS: DatabaseTimeouts = {
  connectTimeoutMs: 10_000,
  statementTimeoutMs: 0,
  analystStatementTimeoutMs: 0,
};

/** Counts statements per request, so tests can prove lists do not run N+1 queries. */
const countingLogger: Logger = {
  logQuery() {
    const scope = requestScope.getStore();
    if (scope) scope.sqlStatements += 1;
  },
};

/**
 * Transactions whose connection is lost once their work is done, while postgres-js sends COMMIT,
 * fail as commitUnconfirmed: the server may have committed and the answer been lost, which a
 * client told "nothing was changed" would repeat. (Lost earlier, the server rolls the work back.)
 */
export function withCommitOutcome(db: Db): Db {
  const transaction = db.transaction.bind(db);
  const wrapped: Db['transaction'] = async (work, config) => {
    let committing = false;
    try {
      return await transaction(async (tx) => {
        const result = await work(tx);
        committing = true;
        return result;
      }, config);
    } catch (error) {
      if (committing && databaseUnavailable(error) === 'DATABASE_UNREACHABLE') throw commitUnconfirmed(error);
      throw error;
    }
  };
  // An own property shadows drizzle's method; everything else stays the database itself.
  return Object.assign(db, { transaction: wrapped });
}

interface PreparedQuery {
  execute(...args: unknown[]): Promise<unknown>;
  all(...args: unknown[]): Promise<unknown>;
}
interface Session {
  prepareQuery(query: { sql: string }, ...rest: unknown[]): PreparedQuery;
}

/**
 * A request that already sent a COMMIT or a single write has perhaps changed something: when a
 * later step finds the database away, "nothing was changed, try again" would be false for the
 * request as a whole, so it is COMMIT_UNCONFIRMED.
 */
function afterEarlierWrites(error: unknown, wroteBefore: boolean): unknown {
  if (!wroteBefore) return error;
  const reason = databaseUnavailable(error);
  if (reason !== 'DATABASE_UNREACHABLE' && reason !== 'DATABASE_TIMEOUT') return error;
  // Refused after the deadline answered: nobody hears it, and the deadline chose its own words.
  if ((error as { code?: unknown }).code === REQUEST_ANSWERED_CODE) return error;
  return commitUnconfirmed(error, 'The database went away after this request had sent a write.');
}

/**
 * One request's view of the database, behind its deadline's fence (common/write-fence.ts): a
 * transaction whose work ends after the deadline answered rolls back instead of committing, and a
 * statement outside a transaction is not started after it. A single write whose connection is
 * lost once sent may have committed: COMMIT_UNCONFIRMED, not "nothing was changed".
 *
 * Everything else is the database itself (the prototype). drizzle's builders take the session from
 * the database they start on (`this.session`), so its statements pass here; the relational
 * `db.query` API keeps the shared session, and only reads. Inside a transaction statements run
 * on the transaction's own session: its COMMIT is what the fence holds.
 */
export function fencedDb(db: Db, fence: WriteFence): Db {
  const session = (db as unknown as { session: Session }).session;
  const fencedSession: Session = Object.create(session, {
    prepareQuery: {
      value(query: { sql: string }, ...rest: unknown[]): PreparedQuery {
        const prepared = session.prepareQuery(query, ...rest);
        // Runs on the wrapper (`this`), not on `prepared`: drizzle sets `joinsNotNullableMap` on the
        // object prepareQuery returned, and without it a left join's missing row comes back as an
        // object of nulls instead of null (every account read as banned).
        const guarded = (run: (...args: unknown[]) => Promise<unknown>) =>
          async function (this: PreparedQuery, ...args: unknown[]) {
            const wroteBefore = fence.wroteAlready;
            const writes = fence.beforeStatement(query.sql);
            try {
              return await run.apply(this, args);
            } catch (error) {
              if (writes && lostAfterSending(error))
                throw commitUnconfirmed(error, 'The connection was lost after a write was sent.');
              if (writes) fence.notCommitted();
              throw afterEarlierWrites(error, wroteBefore);
            }
          };
        return Object.create(prepared, {
          execute: { value: guarded(prepared.execute) },
          all: { value: guarded(prepared.all) },
        });
      },
    },
  });
  const transaction: Db['transaction'] = async (work, config) => {
    if (fence.answered) throw requestAnswered();
    const wroteBefore = fence.wroteAlready;
    let committing = false;
    try {
      return await db.transaction(async (tx) => {
        const result = await work(tx);
        // Throwing here makes drizzle send ROLLBACK instead of COMMIT.
        fence.beforeCommit();
        committing = true;
        return result;
      }, config);
    } catch (error) {
      // The server refused the COMMIT itself (a deferred constraint, a serialization failure).
      if (committing && databaseUnavailable(error) !== 'COMMIT_UNCONFIRMED') fence.notCommitted();
      throw afterEarlierWrites(error, wroteBefore);
    }
  };
  return markFenced(Object.create(db, { session: { value: fencedSession }, transaction: { value: transaction } }), db);
}

export async function openDatabase(options: {
  databaseUrl: string | undefined;
  dataDir: string;
  poolSize?: number;
  /** A separate pool for analysts (main.ts); CLIs leave it out and share the one pool. */
  analystPoolSize?: number;
  timeouts?: DatabaseTimeouts;
  /** A streaming replica for stale-tolerant reads (main.ts); CLIs leave it out. */
  readReplica?: { url: string; maxLagMs: number };
}): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const timeouts = options.timeouts ?? DEFAULT_TIMEOUTS;
    const connect = (
      max: number,
      statementTimeoutMs: number,
      pool: PoolName,
      replicaOf?: { primary: postgres.Sql; monitor: ReplicaMonitor },
    ) => {
      const raw = postgres(replicaOf ? (options.readReplica?.url as string) : (options.databaseUrl as string), {
        max,
        onnotice: () => {},
        // postgres-js counts in seconds; a connection not ready (TCP, TLS, sign-in) in time fails.
        connect_timeout: timeouts.connectTimeoutMs / 1000,
        // Back within about a second of the server's return (a restart, a failover), not 20 s.
        backoff: reconnectDelaySeconds,
        // PostgreSQL itself cancels a statement running longer (SQLSTATE 57014).
        connection: {
          // Names the pool's connections in pg_stat_activity (the metrics count them there).
          // A replica's pools say so: on the replica's pg_stat_activity, not counted as the primary's.
          application_name: replicaOf ? `${poolApplicationName(pool)}:replica` : poolApplicationName(pool),
          statement_timeout: statementTimeoutMs,
          idle_in_transaction_session_timeout: statementTimeoutMs * 2,
        },
        // Timestamps come back as Date; JSON as parsed values.
      });
      // A replica's pool answers from the primary when the replica is gone (read-replica.ts).
      const client = replicaOf ? withPrimaryFallback(raw, replicaOf.primary, replicaOf.monitor) : raw;
      // drizzle sends its queries unprepared (Parse + Describe on every call, and PostgreSQL plans
      // them each time); asking postgres-js to prepare them lets each connection parse and describe
      // a query text once. Query texts are stable (lists bind one parameter per id, so a few texts per
      // page size), and connections are recycled (max_lifetime), which bounds the statements kept.
      // A query text that starts with PLANNED_WITH_VALUES is the exception: see there.
      const preparing = new Proxy(client, {
        get(target, property, receiver) {
          if (property !== 'unsafe') return Reflect.get(target, property, receiver);
          return (query: string, parameters?: unknown[], queryOptions?: object) =>
            target.unsafe(query, parameters as never, {
              ...queryOptions,
              prepare: !query.startsWith(PLANNED_WITH_VALUES),
            });
        },
      });
      const db = drizzlePostgres(preparing, { schema, logger: countingLogger, casing: 'snake_case' });
      return { client: raw, db: withCommitOutcome(db as unknown as Db) };
    };
    const main = connect(options.poolSize ?? 10, timeouts.statementTimeoutMs, 'main');
    const analysts = options.analystPoolSize
      ? connect(options.analystPoolSize, timeouts.analystStatementTimeoutMs, 'analyst')
      : main;
    const { client, db } = main;
    const url = options.databaseUrl;
    const replica = options.readReplica ? await openReplica(options.readReplica.maxLagMs) : undefined;
    async function openReplica(maxLagMs: number) {
      // The monitor polls on a connection of its own, so a busy pool never makes the replica look down.
      const probes = postgres(options.readReplica?.url as string, {
        max: 1,
        onnotice: () => {},
        connect_timeout: timeouts.connectTimeoutMs / 1000,
      });
      const monitor = new ReplicaMonitor(client, probes, {
        maxLagMs,
        // Often enough that a lag past the bound is noticed within a quarter of it.
        pollMs: Math.min(1000, Math.max(100, Math.floor(maxLagMs / 4))),
        probeTimeoutMs: REPLICA_PROBE_TIMEOUT_MS,
      });
      const reads = connect(options.poolSize ?? 10, timeouts.statementTimeoutMs, 'main', { primary: client, monitor });
      const analystReads = options.analystPoolSize
        ? connect(options.analystPoolSize, timeouts.analystStatementTimeoutMs, 'analyst', {
            primary: analysts.client,
            monitor,
          })
        : reads;
      await monitor.start();
      return { monitor, probes, reads, analystReads };
    }
    return {
      db,
      analystDb: analysts.db,
      driver: 'postgres',
      async readPools(viewer) {
        if (replica?.monitor.serves(viewer?.readAfterLsn ?? null)) {
          return { db: replica.reads.db, analystDb: replica.analystReads.db };
        }
        return { db, analystDb: analysts.db };
      },
      async rememberWrite(userId) {
        if (!replica) return;
        // Only forward: a slower request's older position never replaces a newer one.
        await client`update users set read_after_lsn = pg_current_wal_lsn()
          where id = ${userId} and (read_after_lsn is null or read_after_lsn < pg_current_wal_lsn())`;
      },
      async databaseRole(scope) {
        // Without a replica every read is the primary's: no statement added to each test request.
        if (!replica) return 'primary';
        const onReplica = (scope?.replicaStatements ?? 0) > 0 && (scope?.replicaFallbacks ?? 0) === 0;
        // The server itself says which it is, on the pool the reads used (not what the URL claims).
        const [row] = await (onReplica ? replica.reads.client : client)<
          { recovering: boolean }[]
        >`select pg_is_in_recovery() as recovering`;
        return row?.recovering ? 'replica' : 'primary';
      },
      async migrate() {
        // Hold a session-level advisory lock on a dedicated connection, so several processes
        // starting at once against one server apply each migration exactly once.
        const lockClient = postgres(url, { max: 1, onnotice: () => {} });
        try {
          await lockClient`select pg_advisory_lock(${MIGRATION_LOCK})`;
          await migratePostgres(drizzlePostgres(lockClient), { migrationsFolder: MIGRATIONS_DIR });
          await lockClient`select pg_advisory_unlock(${MIGRATION_LOCK})`;
        } finally {
          await lockClient.end({ timeout: 5 });
        }
      },
      async ping() {
        await client`select 1`;
      },
      async listen(channel, handler) {
        // postgres-js listens on a dedicated connection of its own and re-listens after a reconnect.
        const request = await client.listen(channel, handler);
        return () => request.unlisten();
      },
      async close() {
        replica?.monitor.stop();
        const clients = [client, analysts.client];
        if (replica) clients.push(replica.probes, replica.reads.client, replica.analystReads.client);
        await Promise.all([...new Set(clients)].map((each) => each.end({ timeout: 5 })));
      },
    };
  }
  // Takes DATA_DIR/oap.lock first: a second process on the same directory refuses to start.
  const store = await openEmbeddedStore(options.dataDir);
  const client = store.client;
  const db = drizzlePglite(client, { schema, logger: countingLogger, casing: 'snake_case' });
  return {
    db: db as unknown as Db,
    // One process, one connection: analysts share it.
    analystDb: db as unknown as Db,
    driver: 'pglite',
    // The embedded database has no replicas (config.ts refuses DATABASE_READ_URL without DATABASE_URL).
    async readPools() {
      return { db: db as unknown as Db, analystDb: db as unknown as Db };
    },
    async rememberWrite() {},
    async databaseRole() {
      return 'primary';
    },
    async migrate() {
      // One process owns a PGlite directory (the DATA_DIR lock): nothing to race with.
      await migratePglite(drizzlePglite(client), { migrationsFolder: MIGRATIONS_DIR });
    },
    async ping() {
      await client.query('select 1');
    },
    async listen(channel, handler) {
      // One backend in this process: it hears its own NOTIFYs once their transaction commits.
      const stop = await client.listen(channel, handler);
      return async () => {
        if (!client.closed) await stop();
      };
    },
    async close() {
      await store.close();
    },
  };
}
