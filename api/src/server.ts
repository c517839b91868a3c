import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { parseCookie, stringifySetCookie } from 'cookie';
import express, { type ErrorRequestHandler, type Request, type Response } from 'express';
import helmet from 'helmet';
import { onlyAnalyst } from './access/viewer';
import { type Clock, fixedClock, systemClock } from './common/clock';
import { databaseUnavailable, sendUnavailable, serviceUnavailable } from './common/database-unavailable';
import { observeRefusals, sendRefusal } from './common/errors';
import { errorRequestIdPlugin, formatError } from './common/format-error';
import { guardPlugin } from './common/guard-plugin';
import { localeFromAcceptLanguage } from './common/locale';
import { log } from './common/log';
import { queryShapeRule } from './common/query-limits';
import { readRoutingPlugin } from './common/read-routing-plugin';
import { requestScope } from './common/request-scope';
import { requestFence, WriteFence } from './common/write-fence';
import type { Config } from './config';
import type { Context, SessionCookieJar, Viewer } from './context';
import { type DatabaseHandle, type Db, fencedDb } from './db/client';
import { compiledExecution } from './graphql-executor';
import { trackConnections } from './http-drain';
import { attachLiveSocket } from './live-socket';
import { createMetrics } from './metrics/metrics';
import { metricsOnMainPort, startMetricsListener } from './metrics/metrics-routes';
import { viewerForToken } from './modules/auth/auth.service';
import { uploadsRouter } from './modules/certifications/uploads.route';
import { importsRouter } from './modules/enterprise/imports.route';
import { exportsRouter } from './modules/exports/exports.route';
import { startQueueBus } from './modules/violations/queue-events';
import { createContext } from './request-context';
import { buildAppSchema } from './schema';
import { adminAssets, dynamicCompression, hashedAdminAssets } from './static-assets';

export const SESSION_COOKIE = 'oap_session';

export interface RunningServer {
  url: string;
  port: number;
  /** Stops accepting connections, lets in-flight requests finish, then returns. */
  stop(): Promise<void>;
}

function cookieJar(config: Config, res: Response): SessionCookieJar {
  const base = { httpOnly: true, sameSite: 'strict' as const, path: '/', secure: config.cookieSecure };
  return {
    set(token, expiresAt) {
      res.append('Set-Cookie', stringifySetCookie({ name: SESSION_COOKIE, value: token, ...base, expires: expiresAt }));
    },
    clear() {
      res.append('Set-Cookie', stringifySetCookie({ name: SESSION_COOKIE, value: '', ...base, expires: new Date(0) }));
    },
  };
}

function sessionToken(req: Request): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim();
  const cookies = req.headers.cookie ? parseCookie(req.headers.cookie) : {};
  return cookies[SESSION_COOKIE] ?? null;
}

function requestClock(config: Config, req: Request): Clock {
  const override = config.testHooks ? req.header('x-oap-now') : undefined;
  if (override && !Number.isNaN(Date.parse(override))) return fixedClock(new Date(override));
  return systemClock;
}

/** Builds the whole HTTP server (API, playground, admin SPA) and starts listening. */
export async function startServer(config: Config, database: DatabaseHandle): Promise<RunningServer> {
  const schema = await buildAppSchema();
  const app = express();
  const httpServer = http.createServer(app);
  const connections = trackConnections(httpServer);
  // One LISTEN per process: every process's moderators hear writes made through any other.
  const queueBus = await startQueueBus(database);
  const live = attachLiveSocket(httpServer, { config, database, schema, queueEvents: queueBus });
  const metrics = createMetrics({
    database,
    poolSizes: { main: config.database.poolSize, analyst: config.database.analystPoolSize },
    // As long as a readiness ping may take: a slow database cannot hold scrapes open for longer.
    scrapeTimeoutMs: config.database.readyTimeoutMs,
  });
  // HTTP routes' refusals (415, 413, 404, 401, 503 …) are counted where they are sent.
  const stopCountingRefusals = observeRefusals((code, reason) => metrics.countRefusal(code, reason));

  const apollo = new ApolloServer<Context>({
    // Operations are compiled once and then run as plain JavaScript (graphql-executor.ts).
    gateway: compiledExecution(schema),
    // Introspection is on in Apollo and gated to signed-in users by the guard plugin.
    introspection: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown: drain, then close the database, then exit 0.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: config.limits.maxTokens },
    validationRules: [queryShapeRule(config.limits)],
    // Every GraphQL error leaves through formatError: count it there, by the code and reason sent.
    formatError: (formatted, error) => {
      const sent = formatError(formatted, error);
      metrics.countRefusal(sent.extensions?.code, sent.extensions?.reason);
      return sent;
    },
    plugins: [
      // No HTTP cache hints are used: without this, Apollo wraps every field to compute them.
      ApolloServerPluginCacheControlDisabled(),
      guardPlugin(config.limits, { reportSqlStatements: config.testHooks }),
      // After the guard, so the statement count it reports leaves out the write-position update.
      readRoutingPlugin(database, { reportDatabaseRole: config.testHooks }),
      errorRequestIdPlugin,
      metrics.plugin,
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  // Express would hash every JSON answer (SHA-1) for an ETag no GraphQL client revalidates with;
  // static files keep theirs (serve-static sets its own).
  app.set('etag', false);
  app.set('trust proxy', config.trustProxy);
  // Before the security headers and the request id: see hashedAdminAssets.
  app.use('/assets', hashedAdminAssets(path.join(config.adminDistDir, 'assets')));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Element Plus and GraphiQL set inline styles.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          workerSrc: ["'self'", 'blob:'],
          connectSrc: ["'self'"],
          fontSrc: ["'self'", 'data:'],
          upgradeInsecureRequests: null,
        },
      },
      strictTransportSecurity: config.cookieSecure,
    }),
  );

  // Every request gets an id (echoed in the response and in logs) and a scope for SQL counting.
  app.use((req, res, next) => {
    const given = req.header('x-request-id');
    const requestId = given && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
    res.setHeader('x-request-id', requestId);
    res.locals.requestId = requestId;
    // Counting SQL statements per request is a test hook: on Node 20, AsyncLocalStorage gives every
    // promise a hook, which cost about 40% of the accounts page's throughput (dashboard.bench.ts).
    if (config.testHooks) requestScope.run({ requestId, sqlStatements: 0 }, next);
    else next();
  });

  // One structured line per request: who asked what, how it ended, how long it took. Never the
  // query string, the body, cookies or tokens; the operation name only when it is a plain name.
  app.use((req, res, next) => {
    // Probes and scrapes come every few seconds: they are not requests anyone reads the log for.
    if (req.path === '/healthz' || req.path === '/readyz' || req.path === '/metrics' || req.path.startsWith('/assets/'))
      return next();
    const started = performance.now();
    const route = req.path.slice(0, 200); // before routers strip their mount path
    res.once('close', () => {
      const operationName = (req.body as { operationName?: unknown } | undefined)?.operationName;
      log.info('request', {
        requestId: res.locals.requestId,
        method: req.method,
        path: route,
        operationName:
          typeof operationName === 'string' && /^[_A-Za-z]\w{0,99}$/.test(operationName) ? operationName : undefined,
        status: res.statusCode,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        completed: res.writableFinished,
      });
    });
    next();
  });

  app.use(dynamicCompression());

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    if (connections.draining) {
      res.status(503).json({ status: 'stopping', database: database.driver });
      return;
    }
    // A black-holed database never answers: the ping has a deadline of its own.
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error('ping timed out')), config.database.readyTimeoutMs);
    });
    try {
      await Promise.race([database.ping(), timedOut]);
      res.json({ status: 'ready', database: database.driver });
    } catch {
      res.status(503).json({ status: 'unavailable', database: database.driver });
    } finally {
      clearTimeout(timer);
    }
  });

  app.get('/metrics', metricsOnMainPort(metrics, config.metrics.token));

  // A request whose database has not answered within the statement timeout is answered 503 (the
  // server's own statement_timeout cannot speak through a black-holed network). Late work is dropped:
  // the request's fence (common/write-fence.ts) keeps it from committing after the answer, and the
  // answer is COMMIT_UNCONFIRMED when a COMMIT (or single write) was already on its way.
  const deadline = (_req: Request, res: Response, next: () => void) => {
    const fence = new WriteFence();
    res.locals.writeFence = fence;
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      sendUnavailable(res, fence.answer());
    }, config.database.statementTimeoutMs);
    res.once('close', () => clearTimeout(timer));
    next();
  };
  app.use(['/graphql', '/uploads', '/exports', '/imports'], deadline);

  app.use(
    '/graphql',
    (req, res, next) => {
      if (req.method === 'POST' && !req.is('application/json')) {
        sendRefusal(
          res,
          415,
          'UNSUPPORTED_MEDIA_TYPE',
          'NOT_JSON',
          'Send GraphQL requests as JSON (Content-Type: application/json).',
        );
        return;
      }
      next();
    },
    express.json({ limit: config.limits.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const clock = requestClock(config, req);
        const token = sessionToken(req);
        let viewer: Viewer | null = null;
        let reads: { db: Db; analystDb: Db };
        try {
          // The session (and the viewer's last write position) always from the primary.
          viewer = token ? await viewerForToken(database.db, token, clock.now()) : null;
          reads = await database.readPools(viewer);
        } catch (error) {
          const unavailable = databaseUnavailable(error);
          throw unavailable ? serviceUnavailable(unavailable) : error;
        }
        // Analysts' playground queries run on their own pool, under a stricter statement timeout.
        const pool = viewer && onlyAnalyst(viewer) ? database.analystDb : database.db;
        const readPool = viewer && onlyAnalyst(viewer) ? reads.analystDb : reads.db;
        const db = fencedDb(pool, requestFence(res));
        return createContext({
          requestId: typeof res.locals.requestId === 'string' ? res.locals.requestId : randomUUID(),
          viewer,
          db,
          // Stats read here; an analyst's query moves here whole once known not to be a mutation
          // (read-routing-plugin.ts). Without a replica it is `db` itself, as that plugin expects.
          readDb: readPool === pool ? db : readPool,
          clock,
          config,
          cookies: cookieJar(config, res),
          clientIp: req.ip ?? req.socket.remoteAddress ?? '',
          userAgent: req.get('user-agent') ?? '',
          locale: localeFromAcceptLanguage(req.get('accept-language')),
        });
      },
    }),
  );

  // Plain HTTP routes sign in the same way as /graphql (cookie or bearer), on the real clock.
  const viewerOfRequest = async (req: Request) => {
    const token = sessionToken(req);
    return token ? viewerForToken(database.db, token, systemClock.now()) : null;
  };
  app.use('/uploads', uploadsRouter(database.db, viewerOfRequest));
  app.use('/exports', exportsRouter(config, database, viewerOfRequest));
  app.use('/imports', importsRouter(config, database, viewerOfRequest));

  const adminDir = config.adminDistDir;
  const sendPage = (page: string) => (_req: Request, res: Response) => {
    const file = path.join(adminDir, page);
    if (!fs.existsSync(file)) {
      res.status(503).type('text/plain').send('The admin is not built yet: run `pnpm build` (or `pnpm start`).');
      return;
    }
    res.sendFile(file, { headers: { 'Cache-Control': 'no-cache' } });
  };
  app.get('/playground', sendPage('playground.html'));
  app.use(adminAssets(adminDir));
  // The SPA's own routes (/, /audit, /login…) all load index.html; unknown API-like paths 404.
  app.get(/^\/(?!graphql|uploads|exports|imports|healthz|readyz|metrics|assets\/).*/, sendPage('index.html'));
  app.use((_req, res) => sendRefusal(res, 404, 'NOT_FOUND', 'UNKNOWN_ROUTE', 'Not found.'));

  const errorHandler: ErrorRequestHandler = (error, _req, res, _next) => {
    // The deadline answered already; the work that finished late has nowhere to go.
    if (res.headersSent) return;
    const unavailable = databaseUnavailable(error);
    if (unavailable) {
      sendUnavailable(res, unavailable);
      return;
    }
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large') {
      sendRefusal(
        res,
        413,
        'PAYLOAD_TOO_LARGE',
        'BODY_TOO_LARGE',
        // The route's own limit (an address book import takes more than a GraphQL request).
        `The request body is larger than ${(error as { limit?: number }).limit ?? config.limits.maxBodyBytes} bytes.`,
      );
      return;
    }
    if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
      sendRefusal(
        res,
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'UNSUPPORTED_ENCODING',
        'Send the body as UTF-8 JSON, uncompressed or gzip/deflate/br.',
      );
      return;
    }
    if (type === 'entity.parse.failed') {
      sendRefusal(res, 400, 'BAD_REQUEST', 'INVALID_JSON', 'The request body is not valid JSON.');
      return;
    }
    // Any other client error express or its parsers noticed (malformed %-encoding in a path, …).
    const status = (error as { status?: number }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      sendRefusal(res, status, 'BAD_REQUEST', 'MALFORMED_REQUEST', 'The request is malformed.');
      return;
    }
    const requestId = res.locals.requestId as string | undefined;
    log.error('unhandled HTTP error', { requestId, message: (error as Error).message, stack: (error as Error).stack });
    sendRefusal(
      res,
      500,
      'INTERNAL_SERVER_ERROR',
      'UNEXPECTED',
      `Something went wrong on our side (request id ${requestId}).`,
    );
  };
  app.use(errorHandler);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const metricsListener =
    config.metrics.port === undefined
      ? undefined
      : await startMetricsListener(metrics, config.metrics.port, config.metrics.host);
  if (metricsListener) log.info(`metrics are served on ${metricsListener.url}`);
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return {
    url: `http://${host}:${port}`,
    port,
    async stop() {
      // Live sockets first ("going away": their clients reconnect to another process), then answer
      // everything already received, then stop Apollo (its plugins) — see http-drain.ts.
      await live.close();
      await queueBus.stop();
      await connections.drain({ delayMs: config.shutdown.drainDelayMs, graceMs: config.shutdown.graceMs });
      await apollo.stop();
      await metricsListener?.close();
      stopCountingRefusals();
    },
  };
}
