import { describe, expect, it } from 'vitest';
import {
  ariaKeyShortcuts,
  DIALOG_SHORTCUTS,
  duplicateKeys,
  findShortcut,
  isMacPlatform,
  type KeyPress,
  keyCaps,
  matchesKey,
  parseKeySpec,
} from './shortcuts';

const press = (key: string, modifiers: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...modifiers,
});

describe('parseKeySpec', () => {
  it('reads the key and its modifiers', () => {
    expect(parseKeySpec('j')).toEqual({ key: 'j', shift: false, mod: false, alt: false });
    expect(parseKeySpec('shift+D')).toEqual({ key: 'd', shift: true, mod: false, alt: false });
    expect(parseKeySpec('mod+Enter')).toEqual({ key: 'enter', shift: false, mod: true, alt: false });
    expect(parseKeySpec('?')).toEqual({ key: '?', shift: false, mod: false, alt: false });
    expect(parseKeySpec('shift++').key).toBe('+');
  });

  it('refuses an unknown modifier or a missing key', () => {
    expect(() => parseKeySpec('ctrl+k')).toThrow(/Unknown modifier/);
    expect(() => parseKeySpec('')).toThrow(/needs a key/);
  });
});

describe('matchesKey', () => {
  it('matches a letter without Shift, in either case (Caps Lock)', () => {
    expect(matchesKey(press('j'), 'j')).toBe(true);
    expect(matchesKey(press('J'), 'j')).toBe(true);
    expect(matchesKey(press('k'), 'j')).toBe(false);
  });

  it('tells d from Shift+D', () => {
    expect(matchesKey(press('D', { shiftKey: true }), 'shift+d')).toBe(true);
    expect(matchesKey(press('d'), 'shift+d')).toBe(false);
    expect(matchesKey(press('D', { shiftKey: true }), 'd')).toBe(false);
  });

  it('never takes a browser or system combination for a letter key', () => {
    expect(matchesKey(press('c', { ctrlKey: true }), 'c')).toBe(false);
    expect(matchesKey(press('d', { metaKey: true }), 'd')).toBe(false);
    expect(matchesKey(press('j', { altKey: true }), 'j')).toBe(false);
  });

  it('takes Ctrl+Enter and ⌘+Enter for mod+enter, and plain Enter for neither', () => {
    expect(matchesKey(press('Enter', { ctrlKey: true }), 'mod+enter')).toBe(true);
    expect(matchesKey(press('Enter', { metaKey: true }), 'mod+enter')).toBe(true);
    expect(matchesKey(press('Enter'), 'mod+enter')).toBe(false);
    expect(matchesKey(press('Enter', { ctrlKey: true }), 'enter')).toBe(false);
    expect(matchesKey(press('Enter'), 'enter')).toBe(true);
  });

  it('matches ? whatever Shift the layout needs for it', () => {
    expect(matchesKey(press('?', { shiftKey: true }), '?')).toBe(true);
    expect(matchesKey(press('?'), '?')).toBe(true);
    expect(matchesKey(press('/'), '?')).toBe(false);
  });

  it('matches Escape by its spelled names', () => {
    expect(matchesKey(press('Escape'), 'escape')).toBe(true);
    expect(matchesKey(press('Escape'), 'esc')).toBe(true);
  });

  it('ignores presses while an input method composes (Chinese typing)', () => {
    expect(matchesKey(press('j', { isComposing: true }), 'j')).toBe(false);
    expect(matchesKey(press('Enter', { ctrlKey: true, isComposing: true }), 'mod+enter')).toBe(false);
  });
});

describe('findShortcut', () => {
  const shortcuts = [
    { keys: ['j', 'arrowdown'], label: 'next' },
    { keys: ['d'], label: 'dismiss' },
    { keys: ['shift+d'], label: 'bulk' },
  ];

  it('finds the shortcut of any of its keys', () => {
    expect(findShortcut(shortcuts, press('ArrowDown'))?.label).toBe('next');
    expect(findShortcut(shortcuts, press('d'))?.label).toBe('dismiss');
    expect(findShortcut(shortcuts, press('D', { shiftKey: true }))?.label).toBe('bulk');
    expect(findShortcut(shortcuts, press('q'))).toBeUndefined();
  });
});

describe('duplicateKeys', () => {
  it('finds a key bound twice, however it is spelled', () => {
    expect(
      duplicateKeys([
        { keys: ['j'], label: 'a' },
        { keys: ['k'], label: 'b' },
      ]),
    ).toEqual([]);
    expect(
      duplicateKeys([
        { keys: ['Shift+D'], label: 'a' },
        { keys: ['shift+d'], label: 'b' },
      ]),
    ).toEqual(['shift+d']);
  });
});

describe('keyCaps and ariaKeyShortcuts', () => {
  it('shows a spec as key caps, ⌘ on a Mac', () => {
    expect(keyCaps('j')).toEqual(['j']);
    expect(keyCaps('shift+d')).toEqual(['Shift', 'D']);
    expect(keyCaps('mod+enter')).toEqual(['Ctrl', 'Enter']);
    expect(keyCaps('mod+enter', true)).toEqual(['⌘', 'Enter']);
    expect(keyCaps('escape')).toEqual(['Esc']);
    expect(keyCaps('?')).toEqual(['?']);
  });

  it('writes aria-keyshortcuts with both Ctrl and ⌘ for mod', () => {
    expect(ariaKeyShortcuts(['c'])).toBe('C');
    expect(ariaKeyShortcuts(['shift+d'])).toBe('Shift+D');
    expect(ariaKeyShortcuts(DIALOG_SHORTCUTS.submit.keys)).toBe('Control+Enter Meta+Enter');
    expect(ariaKeyShortcuts(['escape'])).toBe('Escape');
  });

  it('knows which platforms say ⌘', () => {
    expect(isMacPlatform('MacIntel')).toBe(true);
    expect(isMacPlatform('iPhone')).toBe(true);
    expect(isMacPlatform('Linux x86_64')).toBe(false);
  });
});
