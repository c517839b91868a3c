import { describe, expect, it } from 'vitest';
import { CODE_PATTERN, codeKey, codeMatches, hashCode, newCode } from './verification-code';

describe('verification codes', () => {
  it('are 6 digits, all values reachable (leading zeros kept)', () => {
    const codes = Array.from({ length: 2000 }, newCode);
    expect(codes.every((code) => CODE_PATTERN.test(code))).toBe(true);
    // 2000 draws from a million: a repeat of more than a handful means the source is not random.
    expect(new Set(codes).size).toBeGreaterThan(1990);
    expect(new Set(codes.map((code) => code[0])).size).toBe(10);
  });

  it('match their own hash only: another code, another follow or another key does not', () => {
    const key = codeKey('a-secret-of-at-least-thirty-two-characters');
    const stored = hashCode(key, 'follow-1', '042137');
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(codeMatches(key, 'follow-1', '042137', stored)).toBe(true);
    expect(codeMatches(key, 'follow-1', '042138', stored)).toBe(false);
    expect(codeMatches(key, 'follow-2', '042137', stored)).toBe(false);
    expect(codeMatches(codeKey('another-secret-of-at-least-thirty-two-chars'), 'follow-1', '042137', stored)).toBe(
      false,
    );
    expect(codeMatches(key, 'follow-1', '042137', 'not-hex')).toBe(false);
  });

  it('without a configured secret use one random key per process', () => {
    expect(codeKey(undefined).length).toBe(32);
    expect(codeKey(undefined).equals(codeKey(undefined))).toBe(true);
  });
});
