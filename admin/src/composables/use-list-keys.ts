import { nextTick, type Ref, ref } from 'vue';
import { type Shortcut, useShortcuts } from './use-shortcuts';

/** Gives a table row the keyboard focus (rows are not tab stops: tabindex -1), visibly. */
export function focusRow(row: HTMLElement | undefined): void {
  if (!row) return;
  if (!row.hasAttribute('tabindex')) row.tabIndex = -1;
  row.focus({ preventScroll: true });
  row.scrollIntoView({ block: 'nearest' });
}

/**
 * Keyboard navigation for a list page's table: j / k move a highlighted row (loading the next page
 * past the last row) and give it the focus, Enter opens it — its `[data-row-open]` element, else
 * its first link, else the row itself (tables with a row-click handler). `shortcuts` adds the
 * page's own keys (acting on the highlighted row) to the same registry, so `?` lists them all.
 * Keys are ignored while typing or in a dialog (useShortcuts).
 */
export function useListKeys(
  container: Ref<HTMLElement | undefined>,
  options: { loadMore?: () => Promise<unknown>; shortcuts?: () => readonly Shortcut[] } = {},
) {
  const cursor = ref(-1);

  const rows = () => [...(container.value?.querySelectorAll<HTMLElement>('tr.el-table__row') ?? [])];

  function paint(): void {
    rows().forEach((row, index) => {
      row.classList.toggle('is-cursor', index === cursor.value);
    });
    focusRow(rows()[cursor.value]);
  }

  async function move(step: 1 | -1): Promise<void> {
    let list = rows();
    if (list.length === 0) return;
    let next = cursor.value < 0 ? 0 : cursor.value + step;
    if (next >= list.length && options.loadMore) {
      await options.loadMore();
      await nextTick();
      list = rows();
    }
    next = Math.max(0, Math.min(next, list.length - 1));
    cursor.value = next;
    paint();
  }

  function open(): boolean {
    const row = rows()[cursor.value];
    if (!row) return false;
    const target =
      row.querySelector<HTMLElement>('[data-row-open]') ?? row.querySelector<HTMLElement>('a[href]') ?? row;
    target.click();
    return true;
  }

  useShortcuts(() => [
    { keys: ['j'], label: 'shortcuts.next', run: () => void move(1) },
    { keys: ['k'], label: 'shortcuts.previous', run: () => void move(-1) },
    { keys: ['enter'], label: 'shortcuts.open', run: () => open() },
    ...(options.shortcuts?.() ?? []),
  ]);

  /** The highlighted row's element (for giving the focus back after a dialog). */
  const cursorRow = () => rows()[cursor.value];
  return { cursor, cursorRow };
}
