import { computed, onBeforeUnmount, onMounted, type Ref, ref, shallowRef, watch } from 'vue';
import { DIALOG_SHORTCUTS, findShortcut, HELP_SHORTCUT, matchesKey, type ShortcutSpec } from '../lib/shortcuts';

/** One shortcut of a page: the keys, what it does (for the help) and what runs. */
export interface Shortcut extends ShortcutSpec {
  /** Whether it exists for this viewer (a read-only role has no confirm key): hidden from the help when not. */
  enabled?: () => boolean;
  /** Also while the focus is in a drawer marked `data-shortcut-drawer` (the moderation detail). */
  inDrawer?: boolean;
  /** Runs it; `false`: it did not apply now (no row…), the key is left to the browser. */
  run: (event: KeyboardEvent) => unknown;
}

/** Where a key press happens: typing (never a shortcut), in a drawer, in a dialog or popper, or on the page. */
type KeyPlace = 'field' | 'drawer' | 'overlay' | 'page';

function placeOf(target: EventTarget | null): KeyPlace {
  if (!(target instanceof HTMLElement)) return 'page';
  // A radio, checkbox or button takes no letters: keys still work on it.
  if (target instanceof HTMLInputElement) {
    if (!['radio', 'checkbox', 'button', 'submit'].includes(target.type)) return 'field';
  } else if (target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName)) {
    return 'field';
  }
  // Only drawers that say so (the moderation detail): not the phone navigation drawer.
  if (target.closest('[data-shortcut-drawer]')) return 'drawer';
  if (target.closest('.el-dialog, .el-overlay, .el-popper, .el-message-box, [role="dialog"]')) return 'overlay';
  return 'page';
}

/** A modal dialog (not a drawer) is open: page keys wait, whatever has the focus. */
function modalOpen(): boolean {
  return [...document.querySelectorAll<HTMLElement>('.el-overlay-dialog, .el-overlay-message-box')].some(
    (overlay) => overlay.offsetParent !== null || overlay.getClientRects().length > 0,
  );
}

/** The registries of the mounted pages (the shell's and the page's), for the help dialog. */
const registries = shallowRef<readonly (() => readonly Shortcut[])[]>([]);
/** The help dialog (`?`), rendered once by the app shell. */
export const shortcutHelpVisible = ref(false);

/** Every shortcut available now, in registration order, for the help dialog. */
export const activeShortcuts = computed<Shortcut[]>(() =>
  registries.value.flatMap((list) => list().filter((shortcut) => shortcut.enabled?.() ?? true)),
);

/** What dialogs answer, listed after the page's keys. */
export const dialogShortcuts: readonly ShortcutSpec[] = [DIALOG_SHORTCUTS.submit, DIALOG_SHORTCUTS.cancel];

/**
 * A page's keyboard shortcuts, from one registry that both the key handler and the `?` help
 * read (so the help cannot drift from the handlers). Keys never fire while typing in a field,
 * in a dialog, or with Ctrl/⌘/Alt held (unless the spec says `mod+`); `inDrawer` ones also fire
 * in a drawer.
 */
export function useShortcuts(shortcuts: () => readonly Shortcut[]): void {
  function onKeydown(event: KeyboardEvent): void {
    if (event.defaultPrevented) return;
    const place = placeOf(event.target);
    if (place === 'field' || place === 'overlay') return;
    if (modalOpen()) return;
    const available = shortcuts().filter(
      (shortcut) => (shortcut.enabled?.() ?? true) && (place === 'page' || shortcut.inDrawer),
    );
    const shortcut = findShortcut(available, event);
    if (!shortcut) return;
    // On a button or link, Enter is theirs.
    if (
      matchesKey(event, 'enter') &&
      event.target instanceof HTMLElement &&
      event.target.closest('button, a, [role="button"]')
    ) {
      return;
    }
    if (shortcut.run(event) === false) return;
    event.preventDefault();
  }

  onMounted(() => {
    registries.value = [...registries.value, shortcuts];
    document.addEventListener('keydown', onKeydown);
  });
  onBeforeUnmount(() => {
    registries.value = registries.value.filter((list) => list !== shortcuts);
    document.removeEventListener('keydown', onKeydown);
  });
}

/** The shell's own key: `?` opens the help of the page shown. */
export function useShortcutHelp(): void {
  useShortcuts(() => [
    {
      ...HELP_SHORTCUT,
      inDrawer: true,
      run: () => {
        shortcutHelpVisible.value = true;
      },
    },
  ]);
}

/**
 * A dialog's keys: Ctrl+Enter / ⌘+Enter submits from anywhere in it (also from its note's
 * textarea, where Enter is a new line); Esc cancels (Element Plus's dialog does, and gives the
 * focus back to where it was). Listens only while the dialog is open.
 */
export function useDialogKeys(visible: Ref<boolean>, submit: () => unknown): void {
  function onKeydown(event: KeyboardEvent): void {
    if (event.defaultPrevented || !DIALOG_SHORTCUTS.submit.keys.some((spec) => matchesKey(event, spec))) return;
    // A message box over the dialog (a take-over question) keeps its own keys.
    if (event.target instanceof HTMLElement && event.target.closest('.el-message-box')) return;
    event.preventDefault();
    void submit();
  }
  watch(
    visible,
    (open) => {
      if (open) document.addEventListener('keydown', onKeydown);
      else document.removeEventListener('keydown', onKeydown);
    },
    { immediate: true },
  );
  onBeforeUnmount(() => document.removeEventListener('keydown', onKeydown));
}
