import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from './errors';
import { localIdOf, parseGlobalId, toGlobalId } from './ids';
import { decodeCursor, encodeCursor, pageSize, toConnection } from './pagination';

const uuid = '3f1c2a4e-8b7d-4c6a-9e5f-0a1b2c3d4e5f';

describe('keyset cursors', () => {
  it('round-trip any sort key with a uuid tie-breaker', () => {
    fc.assert(
      fc.property(fc.string(), fc.uuid(), (key, id) => {
        expect(decodeCursor(encodeCursor({ key, id }))).toEqual({ key, id });
      }),
    );
  });

  it('refuse anything that is not a cursor, naming the argument', () => {
    for (const bad of [
      'garbage',
      '',
      encodeCursor({ key: 'x', id: 'not-a-uuid' }),
      Buffer.from('[1,2]').toString('base64url'),
    ]) {
      expect(() => decodeCursor(bad)).toThrowError(AppError);
      try {
        decodeCursor(bad);
      } catch (error) {
        expect((error as AppError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      }
    }
  });
});

describe('toConnection', () => {
  const rows = [1, 2, 3].map((n) => ({ id: uuid, n }));
  const position = (row: { id: string; n: number }) => ({ key: String(row.n), id: row.id });

  it('uses the extra row only to tell that a next page exists', () => {
    const page = toConnection(rows, 2, position, 10, false);
    expect(page.edges.map((edge) => edge.node.n)).toEqual([1, 2]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(decodeCursor(page.pageInfo.endCursor ?? '')).toEqual({ key: '2', id: uuid });
    expect(page.totalCount).toBe(10);
  });

  it('says there is no next page on the last page, and handles an empty one', () => {
    expect(toConnection(rows, 3, position, 3, true).pageInfo).toMatchObject({
      hasNextPage: false,
      hasPreviousPage: true,
    });
    expect(toConnection([], 3, position, 0, false).pageInfo).toMatchObject({ startCursor: null, endCursor: null });
  });

  it('counts once for both total fields, only when one is read, and says an exact number is exact', async () => {
    let counts = 0;
    const page = toConnection(
      rows,
      2,
      position,
      async () => {
        counts += 1;
        return { count: 12_345, exact: false };
      },
      false,
    );
    expect(counts).toBe(0);
    const [total, exact] = await Promise.all([
      (page.totalCount as () => Promise<number>)(),
      (page.totalCountIsExact as () => Promise<boolean>)(),
    ]);
    expect({ total, exact, counts }).toEqual({ total: 12_345, exact: false, counts: 1 });
    const plain = toConnection(rows, 2, position, async () => 7, false);
    expect(await (plain.totalCountIsExact as () => Promise<boolean>)()).toBe(true);
    expect(toConnection(rows, 2, position, 3, false).totalCountIsExact).toBe(true);
  });
});

describe('pageSize', () => {
  it('defaults, accepts the cap, refuses above it and below zero', () => {
    expect(pageSize(undefined, 100)).toBe(20);
    expect(pageSize(100, 100)).toBe(100);
    expect(() => pageSize(101, 100)).toThrowError(/between 0 and 100/);
    expect(() => pageSize(-1, 100)).toThrowError(AppError);
  });
});

describe('global ids', () => {
  it('round-trip and stay opaque', () => {
    const id = toGlobalId('User', uuid);
    expect(id).not.toContain(uuid);
    expect(parseGlobalId(id)).toEqual({ type: 'User', localId: uuid });
    expect(localIdOf('User', id, 'userId')).toBe(uuid);
  });

  it('refuse ids of another type or of nothing, naming the field', () => {
    expect(parseGlobalId('nonsense')).toBeNull();
    expect(() => localIdOf('Account', toGlobalId('User', uuid), 'accountId')).toThrowError(/accountId/);
  });
});
