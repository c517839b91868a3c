import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskContact, normalizeMobile, parseContact } from './contact';

describe('normalizeMobile', () => {
  it('writes a Chinese mobile as digits with 86, however it was typed', () => {
    for (const typed of [
      '13812345678',
      '138 1234 5678',
      '138-1234-5678',
      '+86 138 1234 5678',
      '+86-138-1234-5678',
      '008613812345678',
      '8613812345678',
      ' (+86) 13812345678 ',
    ]) {
      expect(normalizeMobile(typed), typed).toBe('8613812345678');
    }
  });

  // Other countries' numbers and what is refused: address-book-rules.test.ts.
  it('gives every Chinese mobile 86 once', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^1[3-9]\d{9}$/), (mobile) => {
        expect(normalizeMobile(mobile)).toBe(`86${mobile}`);
        expect(normalizeMobile(`+86${mobile}`)).toBe(`86${mobile}`);
      }),
    );
  });
});

describe('parseContact', () => {
  it('tells an email (lower-cased) from a mobile (normalized), and neither', () => {
    expect(parseContact(' Zhang.San@Example.COM ')).toEqual({ channel: 'EMAIL', address: 'zhang.san@example.com' });
    expect(parseContact('138 1234 5678')).toEqual({ channel: 'SMS', address: '8613812345678' });
    expect(parseContact('not@an')).toBeNull();
    expect(parseContact('hello')).toBeNull();
  });

  it('masks a contact for the log', () => {
    expect(maskContact('8613812345678')).toBe('861******5678');
    expect(maskContact('zhang@example.com')).toBe('z***@example.com');
  });
});
