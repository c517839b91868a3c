import path from 'node:path';
import { runtimeAssets } from './common/package-layout';

/** Every environment variable the API reads, parsed and validated in one place. */
export interface Config {
  port: number;
  host: string;
  /** postgres://… for a real server; undefined → embedded PGlite under dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Seed the demo data set on an empty database (always on for the embedded default). */
  seedDemo: boolean;
  /** Where the built admin SPA lives; served at `/`. */
  adminDistDir: string;
  sessionTtlHours: number;
  /** How long an invitation or password-reset link may be used. */
  passwordLinkTtlHours: number;
  /** Mark the session cookie `Secure` (set when served over HTTPS). */
  cookieSecure: boolean;
  /**
   * Failed sign-ins allowed per window: per email from one client, from one client over all
   * emails, and per email from all clients (a distributed guess) — so one client can neither spray
   * many emails nor lock a user out from another address.
   */
  login: { maxFailures: number; maxFailuresPerClient: number; maxFailuresPerEmail: number; windowMinutes: number };
  database: {
    /** Connections to a real PostgreSQL server for everyone but analysts. */
    poolSize: number;
    /**
     * Analysts' playground queries run on their own, smaller pool with a stricter statement
     * timeout: a heavy analytic query can neither exhaust the pool nor run long.
     */
    analystPoolSize: number;
    /** A connection that is not ready (TCP, TLS, sign-in) within this fails. */
    connectTimeoutMs: number;
    /**
     * PostgreSQL cancels a statement running longer (`statement_timeout`), and a request whose
     * database has not answered within it is answered SERVICE_UNAVAILABLE (a black-holed network
     * never lets the server's own timeout speak).
     */
    statementTimeoutMs: number;
    analystStatementTimeoutMs: number;
    /**
     * postgres://… of a streaming read replica (`DATABASE_READ_URL`): analysts' queries, the stats
     * and the exports read there, unless the reader wrote something the replica has not replayed
     * yet (db/read-replica.ts). Undefined: everything runs on the primary.
     */
    readUrl: string | undefined;
    /** A replica that has not replayed what the primary had written this long ago serves nobody. */
    readMaxLagMs: number;
    /** `/readyz` answers 503 when the database has not answered a ping within this. */
    readyTimeoutMs: number;
  };
  shutdown: {
    /**
     * After SIGTERM, how long the server keeps accepting (answering `/readyz` 503 and closing each
     * connection after its response) so a load balancer stops sending and queued connections are
     * served instead of reset.
     */
    drainDelayMs: number;
    /** Then how long requests already received may take to finish before connections are cut. */
    graceMs: number;
  };
  /**
   * Enterprise follow verification (seed 003). `deliveryProvider`: where SMS and email go; the
   * only built-in one is `outbox` (a row in `deliveries`, in the caller's transaction, read by
   * ADMIN). `codeSecret`: the HMAC key verification codes are hashed with, kept out of the
   * database so a copy of it cannot be brute-forced for codes (a 6-digit code has a million
   * values). Unset, each process makes a random key at start: codes then do not outlive a
   * restart, nor work on another process — set the same secret on every process when scaling out.
   */
  enterprise: { deliveryProvider: DeliveryProviderName; codeSecret: string | undefined };
  /**
   * Who may read `/metrics`: with `token`, the main port answers a request bearing it (compared in
   * constant time); with `port`, a second listener on `host` serves only `/metrics`, without a
   * token (bind it where only the scraper reaches). Neither set: `/metrics` is not served.
   */
  metrics: { token: string | undefined; port: number | undefined; host: string };
  /** Express's `trust proxy`: which hops' X-Forwarded-For to believe for the client address. */
  trustProxy: string;
  limits: {
    /** Deepest nesting of selections a query may have. */
    maxDepth: number;
    /** Most aliases in one operation (stops "500 aliases of a list field"). */
    maxAliases: number;
    /** Most field selections in one operation. */
    maxFields: number;
    /** Largest `first` a list field accepts. */
    maxPageSize: number;
    /** A list's `totalCount` is exact up to this many rows, then the planner's estimate. */
    exactCountLimit: number;
    /** Estimated rows a query may touch: each list multiplies its children by its `first`. */
    maxCost: number;
    /** Largest /graphql request body, in bytes (413 above). */
    maxBodyBytes: number;
    /**
     * Most tokens in one document, refused while parsing: validation compares fields pairwise, so
     * a document of thousands of aliases would cost time before any limit could refuse it.
     */
    maxTokens: number;
  };
  /**
   * Test-only hooks: honour the `x-oap-now` header to move the clock, and report the number of
   * SQL statements a request ran in `extensions.sqlStatements`. Never set in production.
   */
  testHooks: boolean;
  logLevel: 'silent' | 'error' | 'info';
}

export const DELIVERY_PROVIDERS = ['outbox'] as const;
export type DeliveryProviderName = (typeof DELIVERY_PROVIDERS)[number];

function deliveryProvider(env: NodeJS.ProcessEnv): DeliveryProviderName {
  const raw = env.DELIVERY_PROVIDER || 'outbox';
  if (!(DELIVERY_PROVIDERS as readonly string[]).includes(raw)) {
    throw new Error(`DELIVERY_PROVIDER must be one of ${DELIVERY_PROVIDERS.join(', ')}, got "${raw}"`);
  }
  return raw as DeliveryProviderName;
}

function codeSecret(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.VERIFICATION_CODE_SECRET || undefined;
  if (raw !== undefined && raw.length < 32) throw new Error('VERIFICATION_CODE_SECRET must be at least 32 characters');
  return raw;
}

function metricsToken(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.METRICS_TOKEN || undefined;
  if (raw !== undefined && (raw.length < 32 || /\s/.test(raw))) {
    throw new Error('METRICS_TOKEN must be at least 32 characters, without spaces');
  }
  return raw;
}

function metricsPort(env: NodeJS.ProcessEnv, port: number): number | undefined {
  const raw = env.METRICS_PORT;
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65_535) {
    throw new Error(`METRICS_PORT must be a port number (1–65535), got "${raw}"`);
  }
  if (value === port) throw new Error(`METRICS_PORT must differ from PORT (${port})`);
  return value;
}

function readUrl(env: NodeJS.ProcessEnv, databaseUrl: string | undefined): string | undefined {
  const raw = env.DATABASE_READ_URL || undefined;
  if (raw === undefined) return undefined;
  if (!databaseUrl) throw new Error('DATABASE_READ_URL needs DATABASE_URL: the embedded database has no replicas');
  if (!/^postgres(ql)?:\/\//.test(raw)) throw new Error('DATABASE_READ_URL must be a postgres:// URL');
  return raw;
}

function int(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  }
  return value;
}

function positive(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const value = int(name, fallback, env);
  if (value === 0) throw new Error(`${name} must be at least 1`);
  return value;
}

function bool(name: string, fallback: boolean, env: NodeJS.ProcessEnv): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!['silent', 'error', 'info'].includes(logLevel)) {
    throw new Error(`LOG_LEVEL must be silent, error or info, got "${logLevel}"`);
  }
  const port = int('PORT', 4000, env);
  return {
    port,
    host: env.HOST || '127.0.0.1',
    databaseUrl,
    dataDir: path.resolve(env.DATA_DIR || '.data'),
    seedDemo: databaseUrl === undefined || argv.includes('--demo') || bool('SEED_DEMO', false, env),
    adminDistDir: path.resolve(env.ADMIN_DIST_DIR || runtimeAssets().adminDistDir),
    sessionTtlHours: int('SESSION_TTL_HOURS', 12, env),
    passwordLinkTtlHours: positive('PASSWORD_LINK_TTL_HOURS', 72, env),
    cookieSecure: bool('COOKIE_SECURE', false, env),
    login: {
      maxFailures: int('LOGIN_MAX_FAILURES', 10, env),
      maxFailuresPerClient: int('LOGIN_MAX_FAILURES_PER_CLIENT', 30, env),
      maxFailuresPerEmail: int('LOGIN_MAX_FAILURES_PER_EMAIL', 100, env),
      windowMinutes: int('LOGIN_WINDOW_MINUTES', 15, env),
    },
    metrics: { token: metricsToken(env), port: metricsPort(env, port), host: env.METRICS_HOST || '127.0.0.1' },
    trustProxy: env.TRUST_PROXY || 'loopback',
    enterprise: { deliveryProvider: deliveryProvider(env), codeSecret: codeSecret(env) },
    database: {
      poolSize: positive('DATABASE_POOL_SIZE', 10, env),
      analystPoolSize: positive('DATABASE_ANALYST_POOL_SIZE', 3, env),
      connectTimeoutMs: positive('DATABASE_CONNECT_TIMEOUT_MS', 3000, env),
      statementTimeoutMs: positive('STATEMENT_TIMEOUT_MS', 10_000, env),
      analystStatementTimeoutMs: positive('ANALYST_STATEMENT_TIMEOUT_MS', 5000, env),
      readUrl: readUrl(env, databaseUrl),
      readMaxLagMs: positive('DATABASE_READ_MAX_LAG_MS', 10_000, env),
      readyTimeoutMs: positive('READY_TIMEOUT_MS', 1500, env),
    },
    shutdown: {
      drainDelayMs: int('SHUTDOWN_DRAIN_DELAY_MS', 1000, env),
      graceMs: positive('SHUTDOWN_GRACE_MS', 10_000, env),
    },
    limits: {
      maxDepth: int('GRAPHQL_MAX_DEPTH', 10, env),
      maxAliases: int('GRAPHQL_MAX_ALIASES', 30, env),
      maxFields: int('GRAPHQL_MAX_FIELDS', 500, env),
      maxPageSize: int('GRAPHQL_MAX_PAGE_SIZE', 100, env),
      exactCountLimit: int('LIST_EXACT_COUNT_LIMIT', 10_000, env),
      maxCost: int('GRAPHQL_MAX_COST', 50_000, env),
      maxBodyBytes: int('GRAPHQL_MAX_BODY_BYTES', 1024 * 1024, env),
      maxTokens: int('GRAPHQL_MAX_TOKENS', 5000, env),
    },
    testHooks: bool('OAP_TEST_HOOKS', false, env),
    logLevel: logLevel as Config['logLevel'],
  };
}
