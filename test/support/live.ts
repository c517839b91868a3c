import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

/** A subscription's outcome as the client saw it: each `next` payload, or the error that ended it. */
export interface LiveSubscription<T> {
  events: T[];
  /** The GraphQL errors of an `error` message (the subscription was refused or failed). */
  errors: Array<{ message: string; extensions?: Record<string, unknown> }> | null;
  /** Resolves with the first event (from now on or already received) that matches, or rejects after `ms`. */
  next(match: (event: T) => boolean, ms?: number): Promise<T>;
  /** Resolves once the subscription ended with errors, or rejects after `ms`. */
  refused(ms?: number): Promise<Array<{ message: string; extensions?: Record<string, unknown> }>>;
  stop(): void;
}

export interface LiveClient {
  client: Client;
  /** Resolves when the socket is acknowledged (connection_ack). */
  connected: Promise<void>;
  /** The close event's code once the socket closed. */
  closed: Promise<number>;
  subscribe<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): LiveSubscription<T>;
  dispose(): Promise<void>;
}

/** A graphql-ws client from node, signed in by a bearer token or a cookie, with the headers a page would send. */
export function liveClient(
  baseUrl: string,
  options: { token?: string; cookie?: string; origin?: string | null } = {},
): LiveClient {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.cookie) headers.cookie = options.cookie;
  // A page on the server's own origin, unless told otherwise (null: no Origin, like a script).
  const origin = options.origin === undefined ? baseUrl : options.origin;
  class SignedInSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers, origin: origin ?? undefined });
    }
  }
  let connectedResolve: () => void = () => {};
  let closedResolve: (code: number) => void = () => {};
  const connected = new Promise<void>((resolve) => {
    connectedResolve = resolve;
  });
  const closed = new Promise<number>((resolve) => {
    closedResolve = resolve;
  });
  const client = createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: SignedInSocket,
    lazy: false,
    retryAttempts: 0,
    // A socket the server closes (shutdown) ends the test's subscriptions; the tests read the close code.
    onNonLazyError: () => {},
    on: {
      connected: () => connectedResolve(),
      closed: (event) => closedResolve((event as { code?: number }).code ?? 0),
    },
  });

  return {
    client,
    connected,
    closed,
    subscribe<T>(query: string, variables: Record<string, unknown> = {}): LiveSubscription<T> {
      const events: T[] = [];
      const waiters = new Set<() => void>();
      const wake = () => {
        for (const waiter of [...waiters]) waiter();
      };
      const subscription: LiveSubscription<T> = {
        events,
        errors: null,
        next(match, ms = 1000) {
          return new Promise<T>((resolve, reject) => {
            const check = () => {
              const found = events.find(match);
              if (!found) return;
              waiters.delete(check);
              clearTimeout(timer);
              resolve(found);
            };
            const timer = setTimeout(() => {
              waiters.delete(check);
              reject(new Error(`no matching event within ${ms} ms; got ${JSON.stringify(events)}`));
            }, ms);
            waiters.add(check);
            check();
          });
        },
        refused(ms = 3000) {
          return new Promise((resolve, reject) => {
            const check = () => {
              if (!subscription.errors) return;
              waiters.delete(check);
              clearTimeout(timer);
              resolve(subscription.errors);
            };
            const timer = setTimeout(() => {
              waiters.delete(check);
              reject(new Error(`not refused within ${ms} ms; events ${JSON.stringify(events)}`));
            }, ms);
            waiters.add(check);
            check();
          });
        },
        stop: () => {},
      };
      subscription.stop = client.subscribe<T>(
        { query, variables },
        {
          next: (result) => {
            if (result.errors) subscription.errors = result.errors as LiveSubscription<T>['errors'];
            if (result.data) events.push(result.data as T);
            wake();
          },
          error: (error) => {
            subscription.errors = Array.isArray(error)
              ? (error as LiveSubscription<T>['errors'])
              : [{ message: String((error as { reason?: string })?.reason ?? error) }];
            wake();
          },
          complete: () => wake(),
        },
      );
      return subscription;
    },
    async dispose() {
      await client.dispose();
    },
  };
}

/** Opens a raw WebSocket to /graphql and resolves with the HTTP status of a refused upgrade (or 101). */
export function upgradeStatus(
  baseUrl: string,
  headers: Record<string, string>,
  path = '/graphql',
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}${path}`, 'graphql-transport-ws', { headers });
    socket.on('open', () => {
      socket.close();
      resolve({ status: 101, body: '' });
    });
    socket.on('unexpected-response', (_request, response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => {
        body += chunk.toString();
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    socket.on('error', (error) => {
      if (!socket.listenerCount('unexpected-response')) reject(error);
    });
  });
}
