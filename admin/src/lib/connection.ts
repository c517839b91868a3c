import type { CombinedError } from '@urql/vue';
import { reactive } from 'vue';

/**
 * Whether the server can be reached, and whether a page's code failed to load: the app frame shows
 * a banner for either (ConnectionBanner.vue), and the pages keep working with it.
 */
export const connection = reactive({
  /** The last request never got an answer (network down, server stopped). */
  offline: false,
  /** A page whose code (a lazy chunk) failed to load: the path it was going to. */
  failedPage: null as string | null,
  /** Bumped by a successful retry: the app's router view remounts, so the page loads again. */
  reloads: 0,
});

/** Notes what a GraphQL response says about the connection (urql's network error: no answer). */
export function noteResponse(error: CombinedError | undefined): void {
  const unreachable = Boolean(error?.networkError) && (error?.graphQLErrors.length ?? 0) === 0;
  // Any answer from the server (even a refusal) means it is there again.
  connection.offline = unreachable;
}

/** A dynamic import that failed: the browsers' wordings, and Vite's preload failure. */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|Importing a module script failed|Unable to preload|module script|Loading chunk|CSS chunk/i.test(
    message,
  );
}
