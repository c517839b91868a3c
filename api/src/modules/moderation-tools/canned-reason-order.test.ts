import { describe, expect, it } from 'vitest';
import { moved, reasonForKey } from './canned-reason-order';

describe('picking a canned reason with one key', () => {
  const reasons = ['一', '二', '三'];
  it('maps 1–9 to the reasons in order', () => {
    expect(reasonForKey(reasons, '1')).toBe('一');
    expect(reasonForKey(reasons, '3')).toBe('三');
  });
  it('picks nothing for a digit past the list, 0, or another key', () => {
    expect(reasonForKey(reasons, '4')).toBeNull();
    expect(reasonForKey(reasons, '0')).toBeNull();
    expect(reasonForKey(reasons, 'a')).toBeNull();
    expect(reasonForKey(reasons, '12')).toBeNull();
  });
});

describe('moving a canned reason in its list', () => {
  it('moves an item forward and back, clamped to the list', () => {
    expect(moved(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moved(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 1, 8)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b'], 5, 0)).toEqual(['a', 'b']);
  });
});
