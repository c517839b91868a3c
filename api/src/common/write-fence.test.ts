import { describe, expect, it } from 'vitest';
import { databaseUnavailable } from './database-unavailable';
import { lostAfterSending, mayWriteStatement, REQUEST_ANSWERED_CODE, requestFence, WriteFence } from './write-fence';

describe('WriteFence', () => {
  it('answers DATABASE_TIMEOUT while nothing was sent to be committed, and refuses a COMMIT after that', () => {
    const fence = new WriteFence();
    expect(fence.beforeStatement('select 1')).toBe(false);
    expect(fence.answered).toBe(false);
    expect(fence.answer()).toBe('DATABASE_TIMEOUT');
    expect(fence.answered).toBe(true);
    expect(() => fence.beforeCommit()).toThrow(expect.objectContaining({ code: REQUEST_ANSWERED_CODE }));
    // The answer given stays the answer: a refused COMMIT changes nothing.
    expect(fence.answer()).toBe('DATABASE_TIMEOUT');
  });

  it('answers COMMIT_UNCONFIRMED once a COMMIT was sent (it cannot be called back)', () => {
    const fence = new WriteFence();
    fence.beforeCommit();
    expect(fence.answer()).toBe('COMMIT_UNCONFIRMED');
  });

  it('answers COMMIT_UNCONFIRMED once a single write outside a transaction was sent', () => {
    const fence = new WriteFence();
    expect(fence.beforeStatement('insert into uploads (id) values ($1)')).toBe(true);
    expect(fence.answer()).toBe('COMMIT_UNCONFIRMED');
  });

  it('stops counting a write the server refused, and never goes below nothing', () => {
    const fence = new WriteFence();
    fence.beforeStatement('insert into notes values (1)');
    fence.notCommitted();
    fence.notCommitted();
    expect(fence.wroteAlready).toBe(false);
    fence.beforeCommit();
    expect(fence.wroteAlready).toBe(true);
    expect(fence.answer()).toBe('COMMIT_UNCONFIRMED');
  });

  it('refuses to start any statement once answered', () => {
    const fence = new WriteFence();
    fence.answer();
    expect(() => fence.beforeStatement('select 1')).toThrow(expect.objectContaining({ code: REQUEST_ANSWERED_CODE }));
    expect(() => fence.beforeStatement('update users set name = $1')).toThrow();
  });

  it('calls its refusal DATABASE_TIMEOUT (what the client was told)', () => {
    const fence = new WriteFence();
    fence.answer();
    let refusal: unknown;
    try {
      fence.beforeCommit();
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(Error);
    expect(databaseUnavailable(refusal)).toBe('DATABASE_TIMEOUT');
  });
});

describe('mayWriteStatement', () => {
  it('takes only a plain SELECT for a read, after comments and blank lines', () => {
    expect(mayWriteStatement('select "id" from "articles"')).toBe(false);
    expect(mayWriteStatement('  SELECT 1')).toBe(false);
    expect(mayWriteStatement('/* planned with values */ select * from articles where title % $1')).toBe(false);
    expect(mayWriteStatement('-- a note\nselect 1')).toBe(false);
  });

  it('takes everything else for a possible write', () => {
    expect(mayWriteStatement('insert into "uploads" ("id") values ($1)')).toBe(true);
    expect(mayWriteStatement('update "users" set "name" = $1')).toBe(true);
    expect(mayWriteStatement('delete from "sessions" where "expires_at" < $1')).toBe(true);
    expect(mayWriteStatement('with moved as (update accounts set status = $1 returning id) select * from moved')).toBe(
      true,
    );
    expect(mayWriteStatement('selected_rows()')).toBe(true);
  });
});

describe('lostAfterSending', () => {
  it('says a closed or reset connection may have run the statement, wrapped or not', () => {
    expect(lostAfterSending({ code: 'CONNECTION_CLOSED' })).toBe(true);
    expect(
      lostAfterSending(new Error('drizzle', { cause: Object.assign(new Error('x'), { code: 'ECONNRESET' }) })),
    ).toBe(true);
  });

  it('says a refused or timed-out connect, or an answer from the server, did not', () => {
    expect(lostAfterSending({ code: 'ECONNREFUSED' })).toBe(false);
    expect(lostAfterSending({ code: 'CONNECT_TIMEOUT' })).toBe(false);
    expect(lostAfterSending({ code: '57014' })).toBe(false);
    expect(lostAfterSending(new Error('plain'))).toBe(false);
    expect(lostAfterSending(null)).toBe(false);
  });
});

describe('requestFence', () => {
  it('finds the fence the deadline left, or gives an open one', () => {
    const fence = new WriteFence();
    expect(requestFence({ locals: { writeFence: fence } })).toBe(fence);
    const open = requestFence({ locals: {} });
    expect(open).toBeInstanceOf(WriteFence);
    expect(open.answered).toBe(false);
  });
});
