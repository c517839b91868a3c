import { Client, fetchExchange, mapExchange } from '@urql/vue';
import { i18n } from './i18n';
import { noteResponse } from './lib/connection';

/**
 * The app's GraphQL client. The session is the httpOnly cookie the server set at sign-in: the app
 * never sees or stores a token. Requests are JSON POSTs (the server's CSRF protection wants that).
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
  ],
});
