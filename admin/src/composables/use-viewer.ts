import { computed, shallowRef } from 'vue';
import { viewerQuery } from '../graphql/documents';
import type { ViewerQuery } from '../graphql/generated/graphql';
import { canAccess, type Role } from '../lib/access';
import { unexpectedError } from '../lib/errors';
import { client } from '../urql';

export type Viewer = NonNullable<ViewerQuery['viewer']>;

const current = shallowRef<Viewer | null>(null);
let loaded: Promise<Viewer | null> | null = null;

/**
 * Asks the API who is signed in (the `viewer` query), once per page load unless `force`d. A failure
 * is reported and counts as signed out, so the user lands on the sign-in page.
 */
export function loadViewer(force = false): Promise<Viewer | null> {
  if (!loaded || force) {
    loaded = client
      .query(viewerQuery, {})
      .toPromise()
      .then((result) => {
        if (result.error) {
          unexpectedError(result.error);
          current.value = null;
        } else {
          current.value = result.data?.viewer ?? null;
        }
        return current.value;
      });
  }
  return loaded;
}

/** After sign-in (the user the API returned) or sign-out (null). */
export function setViewer(viewer: Viewer | null): void {
  current.value = viewer;
  loaded = Promise.resolve(viewer);
}

/** The signed-in user and what their roles allow, for components. */
export function useViewer() {
  const viewer = computed(() => current.value);
  const roles = computed<readonly Role[]>(() => current.value?.roles ?? []);
  return {
    viewer,
    roles,
    can: (allowed: readonly Role[] | undefined) => canAccess(roles.value, allowed),
  };
}
