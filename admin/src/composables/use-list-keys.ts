import { nextTick, onBeforeUnmount, onMounted, type Ref, ref } from 'vue';

/** Whether a key press belongs to something else: typing in a field, or a dialog, drawer or popper. */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return true;
  return target.closest('.el-dialog, .el-drawer, .el-overlay, .el-popper, [role="dialog"]') !== null;
}

/**
 * Keyboard navigation for a list page's table: j / k move a highlighted row (loading the next page
 * past the last row), Enter opens it — its `[data-row-open]` element, else its first link, else
 * the row itself (tables with a row-click handler). Keys are ignored while typing or in a dialog.
 */
export function useListKeys(
  container: Ref<HTMLElement | undefined>,
  options: { loadMore?: () => Promise<unknown> } = {},
) {
  const cursor = ref(-1);

  const rows = () => [...(container.value?.querySelectorAll<HTMLElement>('tr.el-table__row') ?? [])];

  function paint(): void {
    rows().forEach((row, index) => {
      row.classList.toggle('is-cursor', index === cursor.value);
    });
    const current = rows()[cursor.value];
    current?.scrollIntoView({ block: 'nearest' });
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

  function onKeydown(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return;
    if (typingIn(event.target)) return;
    if (event.key === 'j') void move(1);
    else if (event.key === 'k') void move(-1);
    else if (event.key === 'Enter') {
      if (event.target instanceof HTMLElement && event.target.closest('button, a, [role="button"]')) return;
      if (!open()) return;
    } else return;
    event.preventDefault();
  }

  onMounted(() => document.addEventListener('keydown', onKeydown));
  onBeforeUnmount(() => document.removeEventListener('keydown', onKeydown));
  return { cursor };
}
