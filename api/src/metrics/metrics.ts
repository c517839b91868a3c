import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, Kind } from 'graphql';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { DatabaseHandle } from '../db/client';
import type { PoolName } from '../db/pool-names';
import { lastJobSlots, type PoolFigures, poolFigures, type QueueFigures, queueFigures } from './figures.service';
import { OperationNames, operationOutcome, operationType, refusalWord } from './labels';
import { sharedRead } from './shared-read';

/** One process's metrics: what it counts as it serves, and what it reads at each scrape. */
export interface Metrics {
  /** Counts every GraphQL operation by name, type and outcome, with its duration. */
  plugin: ApolloServerPlugin;
  /** Counts a refusal sent to a client (GraphQL errors and HTTP routes' refusals alike). */
  countRefusal(code: unknown, reason: unknown): void;
  /** The Prometheus text exposition, with the database figures read now (or marked missing). */
  scrape(): Promise<string>;
  contentType: string;
}

export interface MetricsOptions {
  database: DatabaseHandle;
  /** The configured pool sizes (a real server: main and analysts'; PGlite has one connection). */
  poolSizes: Record<PoolName, number>;
  /** A scrape waits at most this for the database figures; late figures are dropped, not piled up. */
  scrapeTimeoutMs: number;
}

/** The name of a document's operation when it holds one (a request refused before it resolved). */
function soleOperationName(document: DocumentNode | undefined): string | undefined {
  const operations = document?.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  return operations?.length === 1 ? operations[0]?.name?.value : undefined;
}

interface DatabaseFigures {
  pools: PoolFigures[];
  queues: QueueFigures;
  jobs: Array<{ job: string; slot: Date }>;
}

/**
 * A registry per process (not prom-client's global one): each API process answers for itself, and
 * a test or CLI that builds a server twice does not register the same metric twice. Node's default
 * metrics are collected without a prefix, under their usual names (`nodejs_eventloop_lag_seconds`,
 * `process_resident_memory_bytes`, …), so stock Node.js dashboards and alerts work unchanged; OAP's
 * own figures are `oap_*`.
 */
export function createMetrics(options: MetricsOptions): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];

  const operationLabels = ['operation', 'type', 'outcome'] as const;
  const operations = new Counter({
    name: 'oap_graphql_operations_total',
    help: 'GraphQL operations answered over HTTP, by operation name (bounded: see labels.ts), type and outcome.',
    labelNames: operationLabels,
    registers,
  });
  const durations = new Histogram({
    name: 'oap_graphql_operation_duration_seconds',
    help: 'Time from receiving a GraphQL operation to sending its response, by operation name, type and outcome.',
    labelNames: operationLabels,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  const refusals = new Counter({
    name: 'oap_refusals_total',
    help: 'Refusals sent to clients (GraphQL errors and HTTP routes), by extensions.code and extensions.reason.',
    labelNames: ['code', 'reason'] as const,
    registers,
  });
  const poolMax = new Gauge({
    name: 'oap_db_pool_max_connections',
    help: 'The most connections each database pool of this process may open (1 for the embedded database).',
    labelNames: ['pool'] as const,
    registers,
  });
  const poolConnections = new Gauge({
    name: 'oap_db_pool_connections',
    help: "This process's open database connections by pool and pg_stat_activity state (embedded: its one connection, state open).",
    labelNames: ['pool', 'state'] as const,
    registers,
  });
  const pendingReports = new Gauge({
    name: 'oap_queue_pending_reports',
    help: 'Reported violations awaiting a moderator (PENDING).',
    registers,
  });
  const overdueAppeals = new Gauge({
    name: 'oap_queue_overdue_appeals',
    help: 'Pending appeals past their due date.',
    registers,
  });
  const overdueDispatches = new Gauge({
    name: 'oap_queue_overdue_dispatches',
    help: 'Certifications dispatched longer than certification.reviewCallHours ago without a review call.',
    registers,
  });
  const lastJobSlot = new Gauge({
    name: 'oap_scheduled_job_last_slot_seconds',
    help: 'The latest slot each scheduled job ran, by any process, as a Unix time (alert when reminders fall behind).',
    labelNames: ['job'] as const,
    registers,
  });
  const databaseFiguresOk = new Gauge({
    name: 'oap_metrics_database_ok',
    help: '1 when this scrape read the pool and queue figures in time; 0 when the database did not answer in time (pools and jobs then absent, queues NaN).',
    registers,
  });

  const names = new OperationNames();
  const { database } = options;

  const readDatabaseFigures = async (): Promise<DatabaseFigures> => {
    const now = new Date();
    const queues = await queueFigures(database.db, now);
    const jobs = await lastJobSlots(database.db);
    if (database.driver === 'pglite') {
      // One connection, in this process, always open: it is both the pool and its ceiling.
      return { queues, jobs, pools: [{ pool: 'main', max: 1, connections: { open: 1 } }] };
    }
    const pools = await poolFigures(database.db, [
      { pool: 'main', max: options.poolSizes.main },
      { pool: 'analyst', max: options.poolSizes.analyst },
    ]);
    return { queues, jobs, pools };
  };

  // Scrapes arriving while the database is slow share one read; each waits at most the timeout.
  const figuresInTime = sharedRead(readDatabaseFigures, options.scrapeTimeoutMs);

  return {
    contentType: registry.contentType,
    plugin: {
      async requestDidStart() {
        const started = performance.now();
        return {
          async willSendResponse({ request, response, document, operation, operationName }) {
            const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
            const labels = {
              // The resolved operation's name; for a request refused before that (validation), the one it
              // asked for or its document's only one.
              operation: names.label(
                operation ? operationName : (request.operationName ?? soleOperationName(document)),
              ),
              type: operationType(operation?.operation),
              outcome: operationOutcome(errors.map((error) => error.extensions?.code)),
            };
            operations.inc(labels);
            durations.observe(labels, (performance.now() - started) / 1000);
          },
        };
      },
    },
    countRefusal(code, reason) {
      refusals.inc({ code: refusalWord(code), reason: refusalWord(reason) });
    },
    async scrape() {
      const figures = await figuresInTime();
      // Stale figures would read as current: without this scrape's, the pools' and jobs' series are absent and
      // the queues NaN (unknown; a threshold alert neither fires nor clears on it).
      poolMax.reset();
      poolConnections.reset();
      lastJobSlot.reset();
      for (const gauge of [pendingReports, overdueAppeals, overdueDispatches]) gauge.set(Number.NaN);
      databaseFiguresOk.set(figures ? 1 : 0);
      if (figures) {
        for (const pool of figures.pools) {
          poolMax.set({ pool: pool.pool }, pool.max);
          for (const [state, count] of Object.entries(pool.connections))
            poolConnections.set({ pool: pool.pool, state }, count);
        }
        for (const { job, slot } of figures.jobs) lastJobSlot.set({ job }, slot.getTime() / 1000);
        pendingReports.set(figures.queues.pendingReports);
        overdueAppeals.set(figures.queues.overdueAppeals);
        overdueDispatches.set(figures.queues.overdueDispatches);
      }
      return registry.metrics();
    },
  };
}
