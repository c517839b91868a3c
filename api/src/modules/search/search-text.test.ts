import { describe, expect, it } from 'vitest';
import { characterCount, doubled, escapeLike, normalizeSearchText, parsePositionKey, positionKey } from './search-text';

describe('search text', () => {
  it('trims and collapses whitespace, counting code points', () => {
    expect(normalizeSearchText('  青龙   偃月\t刀 ')).toBe('青龙 偃月 刀');
    expect(characterCount('😀一')).toBe(2);
  });

  it('escapes LIKE wildcards and the escape character', () => {
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b');
    expect(escapeLike('青龙')).toBe('青龙');
  });

  it('doubles every code point, before any escaping', () => {
    expect(doubled('性能')).toBe('性性能能');
    expect(doubled('😀%')).toBe('😀😀%%');
    expect(escapeLike(doubled('5%'))).toBe('55\\%\\%');
  });

  it('writes a position a cursor can carry and reads it back', () => {
    const position = { tier: 2, length: 12, at: new Date('2026-01-02T03:04:05.000Z') };
    expect(parsePositionKey(positionKey(position))).toEqual(position);
  });

  it('refuses keys a search did not write', () => {
    expect(parsePositionKey('4:1:2026-01-02T03:04:05.000Z')).toBeNull();
    expect(parsePositionKey('1:x:2026-01-02T03:04:05.000Z')).toBeNull();
    expect(parsePositionKey('1:3:not a time')).toBeNull();
    expect(parsePositionKey('1:3:0001-01-01T00:00:00.000Z')).toBeNull();
    expect(parsePositionKey('2026-01-02T03:04:05.000Z')).toBeNull();
  });
});
