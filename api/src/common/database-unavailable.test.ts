import { describe, expect, it } from 'vitest';
import { commitUnconfirmed, databaseUnavailable, sendUnavailable, serviceUnavailable } from './database-unavailable';

function connectionError(code: string): Error {
  return Object.assign(new Error(`write ${code} 127.0.0.1:5432`), { code });
}

describe('databaseUnavailable', () => {
  it('calls a connection lost during the COMMIT unconfirmed: it may have been saved', () => {
    expect(databaseUnavailable(commitUnconfirmed(connectionError('CONNECTION_CLOSED')))).toBe('COMMIT_UNCONFIRMED');
    // Wrapped again (drizzle wraps in `cause`), it still says so.
    expect(databaseUnavailable({ message: 'Failed', cause: commitUnconfirmed(connectionError('ECONNRESET')) })).toBe(
      'COMMIT_UNCONFIRMED',
    );
  });

  it('calls any other lost connection unreachable: the transaction was rolled back', () => {
    for (const code of ['CONNECTION_CLOSED', 'ECONNRESET', 'ECONNREFUSED', 'EPIPE', '57P01', '08006', '53300'])
      expect(databaseUnavailable(connectionError(code)), code).toBe('DATABASE_UNREACHABLE');
    expect(databaseUnavailable({ message: 'Failed query', cause: connectionError('CONNECTION_CLOSED') })).toBe(
      'DATABASE_UNREACHABLE',
    );
  });

  it('keeps timeouts and unrelated errors apart', () => {
    expect(databaseUnavailable(connectionError('57014'))).toBe('DATABASE_TIMEOUT');
    expect(databaseUnavailable(connectionError('CONNECT_TIMEOUT'))).toBe('DATABASE_TIMEOUT');
    expect(databaseUnavailable(connectionError('23505'))).toBeNull();
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

describe('sendUnavailable (REST routes and the request deadline)', () => {
  function response() {
    const sent: { headers: Record<string, string>; status?: number; body?: unknown } = { headers: {} };
    const res = {
      set(name: string, value: string) {
        sent.headers[name.toLowerCase()] = value;
        return res;
      },
      status(code: number) {
        sent.status = code;
        return {
          json(body: unknown) {
            sent.body = body;
          },
        };
      },
    };
    return { res, sent };
  }

  it('invites a retry for a timeout, not for a change that may have been saved', () => {
    const timeout = response();
    sendUnavailable(timeout.res, 'DATABASE_TIMEOUT');
    expect(timeout.sent.status).toBe(503);
    expect(timeout.sent.headers['retry-after']).toBe('5');
    expect(JSON.stringify(timeout.sent.body)).toContain('DATABASE_TIMEOUT');

    const unconfirmed = response();
    sendUnavailable(unconfirmed.res, 'COMMIT_UNCONFIRMED');
    expect(unconfirmed.sent.status).toBe(503);
    expect(unconfirmed.sent.headers).toEqual({});
    expect(JSON.stringify(unconfirmed.sent.body)).toMatch(
      /COMMIT_UNCONFIRMED.*may or may not have been saved|may or may not have been saved.*COMMIT_UNCONFIRMED/,
    );
  });
});
