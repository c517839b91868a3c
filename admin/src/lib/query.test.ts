import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { queryBoolean, queryEnum, queryText, sameQuery, toQuery } from './query';

describe('URL filters', () => {
  it('reads only what it understands: a repeated key, an unknown value or an empty one is no filter', () => {
    const query = { type: ['LIKE_FARMING', 'SPAM'], status: 'NOPE', q: '  运动  ', overdue: 'yes', open: 'true' };
    expect(queryText(query, 'q')).toBe('运动');
    expect(queryText(query, 'type')).toBe('');
    expect(queryEnum(query, 'status', ['PENDING', 'CONFIRMED'] as const)).toBeUndefined();
    expect(queryEnum({ status: 'PENDING' }, 'status', ['PENDING', 'CONFIRMED'] as const)).toBe('PENDING');
    expect(queryBoolean(query, 'overdue')).toBeUndefined();
    expect(queryBoolean(query, 'open')).toBe(true);
    expect(queryBoolean({ open: 'false' }, 'open')).toBe(false);
  });

  it('writes set values only, and reads back what it wrote', () => {
    const values = fc.dictionary(
      fc.string({ minLength: 1, maxLength: 6 }),
      fc.oneof(fc.string({ maxLength: 8 }), fc.boolean(), fc.constant(undefined), fc.constant(null)),
    );
    fc.assert(
      fc.property(values, (filters) => {
        const query = toQuery(filters);
        expect(sameQuery(query, query)).toBe(true);
        for (const [key, value] of Object.entries(filters)) {
          if (typeof value === 'boolean') expect(queryBoolean(query, key)).toBe(value);
          else if (typeof value === 'string' && value.trim()) expect(queryText(query, key)).toBe(value.trim());
          else expect(key in query).toBe(false);
        }
      }),
    );
  });

  it('compares queries by value, order and absent keys aside', () => {
    expect(sameQuery({ a: '1', b: '2' }, { b: '2', a: '1' })).toBe(true);
    expect(sameQuery({ a: '1' }, { a: '1', b: '' })).toBe(true);
    expect(sameQuery({ a: '1' }, { a: '2' })).toBe(false);
    expect(sameQuery({}, { a: 'x' })).toBe(false);
  });
});
