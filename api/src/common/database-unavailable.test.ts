import { describe, expect, it } from 'vitest';
import { databaseUnavailable, serviceUnavailable } from './database-unavailable';

/** A postgres-js connection error as it reaches a service: `query` names the interrupted statement. */
function connectionError(code: string, query?: string): Error {
  const error = Object.assign(new Error(`write ${code} 127.0.0.1:5432`), { code });
  if (query !== undefined) Object.defineProperty(error, 'query', { value: query, enumerable: false });
  return error;
}

describe('databaseUnavailable', () => {
  it('calls a connection lost during a COMMIT unconfirmed: it may have been saved', () => {
    expect(databaseUnavailable(connectionError('CONNECTION_CLOSED', 'commit'))).toBe('COMMIT_UNCONFIRMED');
    expect(databaseUnavailable(connectionError('ECONNRESET', 'COMMIT'))).toBe('COMMIT_UNCONFIRMED');
    expect(databaseUnavailable(connectionError('57P01', ' commit'))).toBe('COMMIT_UNCONFIRMED');
    // drizzle wraps the driver's error in `cause`.
    expect(databaseUnavailable({ message: 'Failed query', cause: connectionError('EPIPE', 'commit') })).toBe(
      'COMMIT_UNCONFIRMED',
    );
  });

  it('calls a connection lost before the COMMIT unreachable: the transaction was rolled back', () => {
    expect(databaseUnavailable(connectionError('CONNECTION_CLOSED', 'insert into "articles" …'))).toBe(
      'DATABASE_UNREACHABLE',
    );
    expect(databaseUnavailable(connectionError('ECONNREFUSED'))).toBe('DATABASE_UNREACHABLE');
    expect(databaseUnavailable(connectionError('CONNECTION_CLOSED', 'committed_at > $1'))).toBe('DATABASE_UNREACHABLE');
  });

  it('keeps timeouts and unrelated errors apart', () => {
    expect(databaseUnavailable(connectionError('57014', 'commit'))).toBe('DATABASE_TIMEOUT');
    expect(databaseUnavailable(connectionError('CONNECT_TIMEOUT'))).toBe('DATABASE_TIMEOUT');
    expect(databaseUnavailable(connectionError('23505', 'commit'))).toBeNull();
    expect(databaseUnavailable(new Error('boom'))).toBeNull();
  });
});

describe('serviceUnavailable', () => {
  it('invites a retry after a few seconds, except when the change may already be saved', () => {
    const retry = serviceUnavailable('DATABASE_UNREACHABLE').extensions.http as { headers: Map<string, string> };
    expect(retry.headers.get('retry-after')).toBe('5');
    const unconfirmed = serviceUnavailable('COMMIT_UNCONFIRMED');
    expect(unconfirmed.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'COMMIT_UNCONFIRMED' });
    expect((unconfirmed.extensions.http as { status: number; headers: Map<string, string> }).status).toBe(503);
    expect((unconfirmed.extensions.http as { headers: Map<string, string> }).headers.has('retry-after')).toBe(false);
    expect(unconfirmed.message).toMatch(/may or may not have been saved/);
  });
});
