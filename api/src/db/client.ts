import path from 'node:path';
import type { Logger } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { runtimeAssets } from '../common/package-layout';
import { requestScope } from '../common/request-scope';
import { openEmbeddedStore } from './embedded-store';
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

export async function openDatabase(options: {
  databaseUrl: string | undefined;
  dataDir: string;
  poolSize?: number;
  /** A separate pool for analysts (main.ts); CLIs leave it out and share the one pool. */
  analystPoolSize?: number;
  timeouts?: DatabaseTimeouts;
}): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const timeouts = options.timeouts ?? DEFAULT_TIMEOUTS;
    const connect = (max: number, statementTimeoutMs: number) => {
      const client = postgres(options.databaseUrl as string, {
        max,
        onnotice: () => {},
        // postgres-js counts in seconds; a connection not ready (TCP, TLS, sign-in) in time fails.
        connect_timeout: timeouts.connectTimeoutMs / 1000,
        // PostgreSQL itself cancels a statement running longer (SQLSTATE 57014).
        connection: {
          statement_timeout: statementTimeoutMs,
          idle_in_transaction_session_timeout: statementTimeoutMs * 2,
        },
        // Timestamps come back as Date; JSON as parsed values.
      });
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
      return { client, db: db as unknown as Db };
    };
    const main = connect(options.poolSize ?? 10, timeouts.statementTimeoutMs);
    const analysts = options.analystPoolSize
      ? connect(options.analystPoolSize, timeouts.analystStatementTimeoutMs)
      : main;
    const { client, db } = main;
    const url = options.databaseUrl;
    return {
      db,
      analystDb: analysts.db,
      driver: 'postgres',
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
        await Promise.all([...new Set([client, analysts.client])].map((each) => each.end({ timeout: 5 })));
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
