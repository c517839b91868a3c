import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { CombinedError } from '@urql/vue';
import { computed, ref, shallowRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { unexpectedError } from '../lib/errors';
import { client } from '../urql';

/** The part of a Relay connection a list reads. */
export interface ConnectionPage<Item> {
  totalCount?: number;
  /** False when totalCount is the API's estimate (a list longer than its exact-count bound). */
  totalCountIsExact?: boolean;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: ReadonlyArray<{ node: Item }>;
}

type PageVariables = { first?: number | null; after?: string | null };

/**
 * A keyset-paginated list: `load(variables)` fetches the first page, `loadMore()` the page after the
 * last one shown (by cursor). Only the newest request counts (filters changed meanwhile); an
 * unexpected error is reported. `update` replaces rows in place after an action.
 */
export function useKeysetList<Data, Variables extends PageVariables, Item>(
  document: TypedDocumentNode<Data, Variables>,
  connectionOf: (data: Data) => ConnectionPage<Item> | null | undefined,
  pageSize = 20,
) {
  const items = shallowRef<Item[]>([]);
  const { t } = useI18n();
  const totalCount = ref<number | null>(null);
  const totalCountIsExact = ref(true);
  /** The total as a list shows it: "about N" when it is an estimate. */
  const totalText = computed(() =>
    totalCount.value === null
      ? null
      : totalCountIsExact.value
        ? String(totalCount.value)
        : t('common.aboutCount', { count: totalCount.value }),
  );
  const endCursor = ref<string | null>(null);
  const hasNextPage = ref(false);
  const loading = ref(false);
  /** Set once the first page arrived (an empty list then means "nothing matches"). */
  const loaded = ref(false);
  /** Why the last first page failed (its rows are gone: they belonged to other filters). */
  const error = shallowRef<CombinedError | null>(null);
  let request = 0;
  let current: Omit<Variables, 'first' | 'after'> | null = null;

  async function fetchPage(variables: Omit<Variables, 'first' | 'after'>, more: boolean): Promise<void> {
    const id = ++request;
    current = variables;
    loading.value = true;
    const result = await client
      .query(document, { ...variables, first: pageSize, after: more ? endCursor.value : null } as Variables)
      .toPromise();
    if (id !== request) return; // a newer request (other filters) is under way
    loading.value = false;
    if (result.error) {
      unexpectedError(result.error);
      if (!more) {
        // The rows shown were another filter's: none is better than the wrong ones.
        items.value = [];
        totalCount.value = null;
        endCursor.value = null;
        hasNextPage.value = false;
        loaded.value = false;
        error.value = result.error;
      }
      return;
    }
    if (!more) error.value = null;
    const connection = result.data ? connectionOf(result.data) : null;
    if (!connection) return;
    const page = connection.edges.map((edge) => edge.node);
    items.value = more ? [...items.value, ...page] : page;
    totalCount.value = connection.totalCount ?? null;
    totalCountIsExact.value = connection.totalCountIsExact ?? true;
    endCursor.value = connection.pageInfo.endCursor ?? null;
    hasNextPage.value = connection.pageInfo.hasNextPage;
    loaded.value = true;
  }

  return {
    items,
    totalCount,
    totalCountIsExact,
    totalText,
    hasNextPage,
    loading,
    loaded,
    error,
    /** The first page with these variables. */
    load: (variables: Omit<Variables, 'first' | 'after'>) => fetchPage(variables, false),
    /** The next page, with the variables of the last load. */
    loadMore: async () => {
      if (current && hasNextPage.value) await fetchPage(current, true);
    },
    /** Shows a page fetched elsewhere (e.g. with the page's own query) as the first page. */
    show: (connection: ConnectionPage<Item>, variables: Omit<Variables, 'first' | 'after'>) => {
      request += 1;
      current = variables;
      loading.value = false;
      items.value = connection.edges.map((edge) => edge.node);
      totalCount.value = connection.totalCount ?? null;
      totalCountIsExact.value = connection.totalCountIsExact ?? true;
      endCursor.value = connection.pageInfo.endCursor ?? null;
      hasNextPage.value = connection.pageInfo.hasNextPage;
      loaded.value = true;
      error.value = null;
    },
    /** Replaces the rows `matches` picks with `next` (after an action: no reload). */
    update: (matches: (item: Item) => boolean, next: Item) => {
      items.value = items.value.map((item) => (matches(item) ? next : item));
    },
    /** Takes the rows `matches` picks out of the list, and out of the total (they left it after an action). */
    remove: (matches: (item: Item) => boolean) => {
      const kept = items.value.filter((item) => !matches(item));
      if (totalCount.value !== null)
        totalCount.value = Math.max(0, totalCount.value - (items.value.length - kept.length));
      items.value = kept;
    },
  };
}
