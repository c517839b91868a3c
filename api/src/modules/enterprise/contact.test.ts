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

  it('keeps another country’s number as its digits with its code, and refuses what is no phone number', () => {
    expect(normalizeMobile('+44 20 7946 0958')).toBe('442079460958');
    // The stored digits cannot tell +1 415… from a Chinese 1415…: read as Chinese, the same every time.
    expect(normalizeMobile('+1 (415) 555-0100')).toBe('8614155550100');
    expect(normalizeMobile('8614155550100')).toBe('8614155550100');
    expect(normalizeMobile('+852 9123 4567')).toBe('85291234567');
    // 12 and 2 are not mobile prefixes in China: not given 86.
    expect(normalizeMobile('12812345678')).toBe('12812345678');
    for (const bad of ['', '   ', 'abc', '138x1234567', '12345', '1234567890123456', '++8613812345678', '+']) {
      expect(normalizeMobile(bad), bad).toBeNull();
    }
  });

  it('is idempotent: a normalized mobile normalizes to itself', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.stringMatching(/^[+0-9 ()-]{0,20}$/), fc.stringMatching(/^(\+|00)?1[3-9]\d{9}$/)),
        (typed) => {
          const once = normalizeMobile(typed);
          if (once !== null) expect(normalizeMobile(once)).toBe(once);
        },
      ),
    );
  });

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
