import { onBeforeUnmount, ref } from 'vue';

/**
 * Whether the window is phone-narrow: tables then stop pinning their actions column (a pinned
 * column would cover the others), and scroll sideways whole.
 */
export function useNarrow(maxWidth = 700) {
  const query = window.matchMedia(`(max-width: ${maxWidth}px)`);
  const narrow = ref(query.matches);
  const update = (event: MediaQueryListEvent) => {
    narrow.value = event.matches;
  };
  query.addEventListener('change', update);
  onBeforeUnmount(() => query.removeEventListener('change', update));
  return narrow;
}
