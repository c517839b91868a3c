/**
 * Keyboard shortcuts as data: a key is written as a spec (`j`, `shift+d`, `mod+enter`, `?`,
 * `escape`), matched against a key press here, and shown from the same spec in the help
 * dialog and in `aria-keyshortcuts`, so what is listed cannot drift from what is handled.
 * `mod` is Ctrl, or ⌘ on a Mac. Pure: no DOM, unit-tested in shortcuts.test.ts.
 */

/** A parsed spec: the key (lower case) and the modifiers it needs. */
export interface KeyCombo {
  key: string;
  shift: boolean;
  mod: boolean;
  alt: boolean;
}

/** What a key press carries (a KeyboardEvent has all of it). */
export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  isComposing?: boolean;
}

/** One shortcut of a page: its keys, what it does (an i18n key) and what runs. */
export interface ShortcutSpec {
  keys: readonly string[];
  /** The i18n key of what it does, for the help dialog. */
  label: string;
}

const NAMED_KEYS: Readonly<Record<string, string>> = {
  enter: 'Enter',
  escape: 'Esc',
  esc: 'Esc',
  arrowup: '↑',
  arrowdown: '↓',
  space: 'Space',
};

const ARIA_NAMES: Readonly<Record<string, string>> = {
  enter: 'Enter',
  escape: 'Escape',
  esc: 'Escape',
  arrowup: 'ArrowUp',
  arrowdown: 'ArrowDown',
  space: 'Space',
};

/** `shift+d` → { key: 'd', shift: true }; `mod+enter` → { key: 'enter', mod: true }; `?` → { key: '?' }. */
export function parseKeySpec(spec: string): KeyCombo {
  // The last part is the key ("+" itself may be the key: `shift++`).
  const parts = spec.length > 1 && spec.endsWith('+') ? [...spec.slice(0, -2).split('+'), '+'] : spec.split('+');
  const key = (parts.pop() ?? '').toLowerCase();
  if (!key) throw new Error(`A shortcut needs a key: "${spec}"`);
  const modifiers = new Set(parts.map((part) => part.toLowerCase()));
  for (const modifier of modifiers) {
    if (!['shift', 'mod', 'alt'].includes(modifier)) throw new Error(`Unknown modifier "${modifier}" in "${spec}"`);
  }
  return { key, shift: modifiers.has('shift'), mod: modifiers.has('mod'), alt: modifiers.has('alt') };
}

const isLetter = (key: string) => /^[a-z]$/.test(key);
const isNamed = (key: string) => key.length > 1;

/**
 * Whether a key press is the spec. Letters compare case-insensitively and need exactly the
 * spec's Shift (`d` is not `shift+d`); a symbol such as `?` needs no Shift of its own (which
 * Shift it takes depends on the keyboard layout); Ctrl/⌘ and Alt must be exactly as written;
 * a press while an input method composes is never a shortcut.
 */
export function matchesKey(press: KeyPress, spec: string): boolean {
  if (press.isComposing) return false;
  const combo = parseKeySpec(spec);
  if ((press.ctrlKey || press.metaKey) !== combo.mod) return false;
  if (press.altKey !== combo.alt) return false;
  const pressed = press.key.toLowerCase();
  if (isLetter(combo.key) || isNamed(combo.key)) {
    const named = combo.key === 'esc' ? 'escape' : combo.key === 'space' ? ' ' : combo.key;
    return pressed === named && press.shiftKey === combo.shift;
  }
  return press.key === combo.key && (!combo.shift || press.shiftKey);
}

/** The first shortcut one of whose keys is the press, if any. */
export function findShortcut<T extends ShortcutSpec>(shortcuts: readonly T[], press: KeyPress): T | undefined {
  return shortcuts.find((shortcut) => shortcut.keys.some((spec) => matchesKey(press, spec)));
}

/** Keys bound twice in one registry (a mistake: only the first would ever run). */
export function duplicateKeys(shortcuts: readonly ShortcutSpec[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const shortcut of shortcuts) {
    for (const spec of shortcut.keys) {
      const { key, shift, mod, alt } = parseKeySpec(spec);
      const normal = `${mod ? 'mod+' : ''}${alt ? 'alt+' : ''}${shift ? 'shift+' : ''}${key}`;
      if (seen.has(normal)) duplicates.add(normal);
      seen.add(normal);
    }
  }
  return [...duplicates];
}

const keyName = (key: string) => NAMED_KEYS[key] ?? (isLetter(key) ? key : key.toUpperCase());

/** The key caps to show for a spec: `shift+d` → ['Shift', 'D'], `mod+enter` → ['Ctrl', 'Enter'] (['⌘', 'Enter'] on a Mac). */
export function keyCaps(spec: string, mac = false): string[] {
  const { key, shift, mod, alt } = parseKeySpec(spec);
  const caps: string[] = [];
  if (mod) caps.push(mac ? '⌘' : 'Ctrl');
  if (alt) caps.push(mac ? '⌥' : 'Alt');
  if (shift) caps.push('Shift');
  caps.push(shift && isLetter(key) ? key.toUpperCase() : keyName(key));
  return caps;
}

/**
 * The `aria-keyshortcuts` value of some specs (WAI-ARIA: modifiers first, alternatives space-
 * separated): ['shift+d'] → 'Shift+D'; ['mod+enter'] → 'Control+Enter Meta+Enter'.
 */
export function ariaKeyShortcuts(specs: readonly string[]): string {
  const values: string[] = [];
  for (const spec of specs) {
    const { key, shift, mod, alt } = parseKeySpec(spec);
    const name = ARIA_NAMES[key] ?? (isLetter(key) ? key.toUpperCase() : key);
    const rest = `${alt ? 'Alt+' : ''}${shift ? 'Shift+' : ''}${name}`;
    if (mod) values.push(`Control+${rest}`, `Meta+${rest}`);
    else values.push(rest);
  }
  return values.join(' ');
}

/** Whether the platform names its command key ⌘ (for showing `mod`). */
export function isMacPlatform(platform: string): boolean {
  return /mac|iphone|ipad|ipod/i.test(platform);
}

/** The keys every dialog answers (handled by useDialogKeys and Element Plus; listed in every page's help). */
export const DIALOG_SHORTCUTS = {
  submit: { keys: ['mod+enter'], label: 'shortcuts.submitDialog' },
  cancel: { keys: ['escape'], label: 'shortcuts.closeDialog' },
} as const satisfies Record<string, ShortcutSpec>;

/** The key of the help dialog itself (every page). */
export const HELP_SHORTCUT = { keys: ['?'], label: 'shortcuts.showHelp' } as const satisfies ShortcutSpec;
