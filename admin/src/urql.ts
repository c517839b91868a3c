import { Client, fetchExchange, mapExchange, subscriptionExchange } from '@urql/vue';
import type { Client as LiveSocket } from 'graphql-ws';
import { ref } from 'vue';
import { i18n } from './i18n';
import { noteResponse } from './lib/connection';

/** Whether the live-updates socket is connected now (the queue's "live" indicator). */
export const liveConnected = ref(false);
/** Called after the socket connected again (events may have been missed meanwhile: reload). */
const reconnectListeners = new Set<() => void>();

export function onLiveReconnected(listener: () => void): () => void {
  reconnectListeners.add(listener);
  return () => reconnectListeners.delete(listener);
}

let socket: Promise<LiveSocket> | null = null;

/**
 * The graphql-ws client, loaded on first use (`import()`: graphql-ws stays out of the main chunk)
 * and lazy: it connects when a subscription starts and closes after the last one stops. The
 * session cookie signs the socket in; the server checks the page's Origin.
 */
function liveSocket(): Promise<LiveSocket> {
  socket ??= import('graphql-ws').then(({ createClient }) => {
    let connections = 0;
    return createClient({
      url: () => `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`,
      lazy: true,
      // A restarted or replaced server: keep trying, with graphql-ws's randomised back-off.
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: () => true,
      on: {
        connected: () => {
          liveConnected.value = true;
          connections += 1;
          if (connections > 1) for (const listener of reconnectListeners) listener();
        },
        closed: () => {
          liveConnected.value = false;
        },
      },
    });
  });
  return socket;
}

/** Closes the live socket (sign-out: a socket stays signed in as whoever opened it). */
export async function closeLiveSocket(): Promise<void> {
  const open = socket;
  socket = null;
  liveConnected.value = false;
  if (open) await (await open).dispose();
}

/**
 * The app's GraphQL client. The session is the httpOnly cookie the server set at sign-in: the app
 * never sees or stores a token. Requests are JSON POSTs (the server's CSRF protection wants that);
 * subscriptions go over the WebSocket at the same path.
 * No cache exchange: an admin always reads fresh data, and nothing of one user outlives sign-out.
 * Accept-Language is the active locale: text the API writes (notifications) comes in the reader's language.
 * Every answer (or its absence: a network error) tells the offline banner whether the server is there.
 */
export const client = new Client({
  url: '/graphql',
  preferGetMethod: false,
  fetchOptions: () => ({
    credentials: 'same-origin',
    headers: {
      accept: 'application/graphql-response+json, application/json',
      'accept-language': i18n.global.locale.value,
    },
  }),
  exchanges: [
    mapExchange({
      onResult(result) {
        noteResponse(result.error);
        return result;
      },
    }),
    fetchExchange,
    subscriptionExchange({
      forwardSubscription(request) {
        const operation = { ...request, query: request.query ?? '' };
        return {
          subscribe(sink) {
            let stop: (() => void) | null = null;
            let stopped = false;
            void liveSocket().then((live) => {
              if (!stopped) stop = live.subscribe(operation, sink);
            });
            return {
              unsubscribe() {
                stopped = true;
                stop?.();
              },
            };
          },
        };
      },
    }),
  ],
});
