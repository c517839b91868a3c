import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { parseCookie } from 'cookie';
import {
  type ExecutionArgs,
  GraphQLError,
  type GraphQLSchema,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import type { Context as SocketContext } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { isCrossSite } from './access/rest';
import { systemClock } from './common/clock';
import { refusalBody } from './common/errors';
import { formatError } from './common/format-error';
import { log } from './common/log';
import { exceededLimit, LIMIT_REASONS, measureOperation, queryShapeRule } from './common/query-limits';
import type { Config } from './config';
import type { Context, Viewer } from './context';
import type { DatabaseHandle } from './db/client';
import { textError, textProblemIn } from './graphql-executor';
import { viewerForToken } from './modules/auth/auth.service';
import type { QueueEventSource } from './modules/violations/queue-events';
import { whileAllowed } from './modules/violations/queue-events.service';
import { createContext } from './request-context';

/** At most this many subscriptions run at once on one socket (the admin needs one). */
export const MAX_SUBSCRIPTIONS_PER_SOCKET = 10;

const SESSION_COOKIE = 'oap_session';

type SocketState = {
  viewer: Viewer | null;
  /** The session the socket signed in with, checked again before each event. */
  token: string | null;
  /** Ids of the subscriptions running on this socket. */
  running: Set<string>;
  clientIp: string;
  userAgent: string;
};

type Ctx = SocketContext<
  Record<string, unknown> | undefined,
  { socket: unknown; request: http.IncomingMessage } & Partial<SocketState>
>;

function header(req: http.IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function tokenOf(req: http.IncomingMessage): string | null {
  const authorization = header(req, 'authorization');
  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim();
  const cookies = req.headers.cookie ? parseCookie(req.headers.cookie) : {};
  return cookies[SESSION_COOKIE] ?? null;
}

/** Answers an upgrade request with a plain HTTP refusal (the GraphQL error shape) and closes it. */
function refuseUpgrade(socket: Duplex, status: number, statusText: string, body: unknown): void {
  const json = JSON.stringify(body);
  socket.end(
    `HTTP/1.1 ${status} ${statusText}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`,
  );
}

const refusal = (message: string, code: string, reason: string, more: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code, reason, ...more } });

/**
 * GraphQL subscriptions over WebSocket (graphql-ws) on the HTTP server's own port and path
 * (/graphql). The upgrade is refused from another site's page (as HTTP writes are, CSRF); the
 * session cookie (or a bearer token) signs the socket in once, at connection. Only subscriptions
 * run here, under the same parse, shape, cost and text limits as HTTP, with the same visibility
 * policy (the schema's resolvers); queries and mutations are sent over HTTP.
 */
export function attachLiveSocket(
  httpServer: http.Server,
  options: { config: Config; database: DatabaseHandle; schema: GraphQLSchema; queueEvents: QueueEventSource },
) {
  const { config, database, schema, queueEvents } = options;
  const wss = new WebSocketServer({ noServer: true, maxPayload: config.limits.maxBodyBytes });
  let closing = false;

  httpServer.on('upgrade', (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (pathname !== '/graphql') {
      refuseUpgrade(socket, 404, 'Not Found', refusalBody('NOT_FOUND', 'UNKNOWN_ROUTE', 'Not found.'));
      return;
    }
    if (closing) {
      refuseUpgrade(
        socket,
        503,
        'Service Unavailable',
        refusalBody('SERVICE_UNAVAILABLE', 'SHUTTING_DOWN', 'This server is shutting down; connect again.'),
      );
      return;
    }
    if (isCrossSite({ header: (name) => header(req, name) })) {
      refuseUpgrade(
        socket,
        403,
        'Forbidden',
        refusalBody('FORBIDDEN', 'CROSS_SITE', 'Live updates are served to OAP’s own pages only.'),
      );
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  const prepare = (
    ctx: Ctx,
    id: string,
    payload: { query: string; variables?: Record<string, unknown> | null; operationName?: string | null },
  ): ExecutionArgs | GraphQLError[] => {
    const state = ctx.extra as Partial<SocketState>;
    let document: ReturnType<typeof parse>;
    try {
      document = parse(payload.query, { maxTokens: config.limits.maxTokens });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return [new GraphQLError(message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
    }
    const errors = validate(schema, document, [...specifiedRules, queryShapeRule(config.limits)]);
    if (errors.length > 0) {
      return errors.map(
        (error) =>
          new GraphQLError(error.message, {
            nodes: error.nodes,
            extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
          }),
      );
    }
    const operation = getOperationAST(document, payload.operationName ?? undefined);
    if (!operation) return [refusal('Name the operation to run.', 'OPERATION_RESOLUTION_FAILURE', 'UNKNOWN_OPERATION')];
    if (operation.operation !== 'subscription') {
      return [
        refusal(
          `Send ${operation.operation === 'query' ? 'queries' : 'mutations'} over HTTP (POST /graphql); this socket carries subscriptions only.`,
          'BAD_REQUEST',
          'NOT_A_SUBSCRIPTION',
        ),
      ];
    }
    const variables = payload.variables ?? {};
    const problem = textProblemIn(variables);
    if (problem) return [textError(problem)];
    const exceeded = exceededLimit(measureOperation(document, operation, variables), config.limits, 'size');
    if (exceeded) {
      return [
        refusal(exceeded.message, 'BAD_USER_INPUT', LIMIT_REASONS[exceeded.rule], {
          field: exceeded.rule === 'first' ? 'first' : 'query',
          limit: exceeded.limit,
          actual: exceeded.actual,
          rule: exceeded.rule,
        }),
      ];
    }
    const running = state.running ?? new Set<string>();
    state.running = running;
    if (running.size >= MAX_SUBSCRIPTIONS_PER_SOCKET) {
      return [
        refusal(
          `At most ${MAX_SUBSCRIPTIONS_PER_SOCKET} subscriptions may run on one connection; stop one first.`,
          'BAD_REQUEST',
          'TOO_MANY_SUBSCRIPTIONS',
          { limit: MAX_SUBSCRIPTIONS_PER_SOCKET },
        ),
      ];
    }
    running.add(id);
    const token = state.token ?? null;
    const contextValue: Context = {
      ...createContext({
        requestId: randomUUID(),
        viewer: state.viewer ?? null,
        db: database.db,
        clock: systemClock,
        config,
        // Nothing over the socket signs in or out.
        cookies: { set() {}, clear() {} },
        clientIp: state.clientIp ?? '',
        userAgent: state.userAgent ?? '',
      }),
    };
    contextValue.queueEvents = {
      subscribe: () =>
        whileAllowed(contextValue, queueEvents.subscribe(), () =>
          token ? viewerForToken(database.db, token, systemClock.now()) : Promise.resolve(null),
        ),
    };
    return {
      schema,
      document,
      operationName: payload.operationName ?? undefined,
      variableValues: variables,
      contextValue,
    };
  };

  const format = (errors: readonly GraphQLError[]) => errors.map((error) => formatError(error.toJSON(), error));
  // An event source's refusal (the session ended) reaches onError wrapped, without a path: unwrap it.
  const formatEnding = (errors: readonly GraphQLError[]) =>
    errors.map((error) =>
      !error.path && error.originalError instanceof GraphQLError
        ? formatError(error.originalError.toJSON(), error.originalError)
        : formatError(error.toJSON(), error),
    );

  const server = useServer<Record<string, unknown> | undefined, SocketState>(
    {
      schema,
      async onConnect(ctx) {
        const req = ctx.extra.request;
        const token = tokenOf(req);
        ctx.extra.token = token;
        ctx.extra.viewer = token ? await viewerForToken(database.db, token, systemClock.now()) : null;
        ctx.extra.running = new Set();
        ctx.extra.clientIp = req.socket.remoteAddress ?? '';
        ctx.extra.userAgent = header(req, 'user-agent') ?? '';
        // Signed out is accepted: each subscription is then refused UNAUTHENTICATED, with its code.
        return true;
      },
      onSubscribe: (ctx, id, payload) => prepare(ctx as Ctx, id, payload),
      onError(ctx, id, _payload, errors) {
        ctx.extra.running?.delete(id);
        return formatEnding(errors);
      },
      onNext(_ctx, _id, _payload, _args, result) {
        if (!result.errors) return;
        return { ...result, errors: format(result.errors) };
      },
      onComplete(ctx, id) {
        ctx.extra.running?.delete(id);
      },
    },
    wss,
  );

  return {
    /** Sockets open now. */
    get size() {
      return wss.clients.size;
    },
    /** Refuses new sockets and closes the open ones ("going away": clients reconnect elsewhere). */
    async close(): Promise<void> {
      closing = true;
      for (const client of wss.clients) client.close(1001, 'Server shutting down');
      await server.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      log.info('live sockets closed');
    },
  };
}
