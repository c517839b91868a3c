import { computed, watch } from 'vue';
import { type LocationQuery, useRoute, useRouter } from 'vue-router';
import { sameQuery, toQuery } from '../lib/query';

/**
 * A list's filters kept in the URL, so a filtered list can be shared, bookmarked and reloaded:
 * `filters` is read from the query (`read` ignores what it does not understand), `apply` runs on
 * this page's route whenever the query changes (and at once), `set` writes new filters with
 * router.replace (no history entry per keystroke); the filters shown already are applied again
 * (pressing 筛选 twice refreshes the list).
 */
export function useUrlFilters<Filters>(
  routeName: string,
  read: (query: LocationQuery) => Filters,
  apply: (filters: Filters) => void,
) {
  const route = useRoute();
  const router = useRouter();
  const filters = computed(() => read(route.query));

  watch(
    () => route.query,
    (query) => {
      // The page may still be mounted for a moment while the router leaves it.
      if (route.name === routeName) apply(read(query));
    },
    { immediate: true },
  );

  function set(values: Record<string, string | boolean | undefined | null>): void {
    const query = toQuery(values);
    if (sameQuery(query, route.query)) apply(read(route.query));
    else void router.replace({ query });
  }

  return { filters, set };
}
