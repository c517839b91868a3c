import { GraphQLError } from 'graphql';
import { type ErrorReason, sendRefusal } from './errors';
import { REQUEST_ANSWERED_CODE } from './write-fence';

export type UnavailableReason = ErrorReason<'SERVICE_UNAVAILABLE'>;

/** Node's socket errors when the database host refuses, vanishes or cannot be resolved. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EPIPE',
]);
/** postgres-js's own connection errors. */
const DRIVER_CODES = new Set(['CONNECT_TIMEOUT', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED']);

/**
 * Whether an error (or any error it wraps: drizzle wraps driver errors in `cause`) says the
 * database could not be reached or did not answer in time, rather than that the request was wrong.
 * SQLSTATE classes: 08 connection exception, 57P0x the server shutting down or starting, 53300 too
 * many connections; 57014 is a statement cancelled by `statement_timeout`. A connection lost while
 * a transaction's COMMIT was in flight (commitUnconfirmed) is COMMIT_UNCONFIRMED: the server may
 * have committed before the answer was lost (seen by scale-out.bench.ts on a PostgreSQL restart),
 * so "nothing was changed, try again" would invite a duplicate.
 */
export function databaseUnavailable(error: unknown): UnavailableReason | null {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    if (typeof current !== 'object') return null;
    const { code } = current as { code?: unknown };
    if (typeof code === 'string') {
      if (code === COMMIT_UNCONFIRMED_CODE) return 'COMMIT_UNCONFIRMED';
      // Work refused after its request's deadline answered: only the log ever sees this one.
      if (code === REQUEST_ANSWERED_CODE) return 'DATABASE_TIMEOUT';
      if (code === '57014') return 'DATABASE_TIMEOUT';
      if (code === 'CONNECT_TIMEOUT') return 'DATABASE_TIMEOUT';
      if (SOCKET_CODES.has(code) || DRIVER_CODES.has(code)) return 'DATABASE_UNREACHABLE';
      if (code.startsWith('08') || /^57P0\d$/.test(code) || code === '53300') return 'DATABASE_UNREACHABLE';
    }
    current =
      (current as { cause?: unknown; originalError?: unknown }).cause ??
      (current as { originalError?: unknown }).originalError;
  }
  return null;
}

const COMMIT_UNCONFIRMED_CODE = 'OAP_COMMIT_UNCONFIRMED';

/**
 * Marks a lost connection as lost during the COMMIT (db/client.ts knows: the transaction's work had
 * finished), so databaseUnavailable says COMMIT_UNCONFIRMED. postgres-js itself rejects a
 * transaction whose connection closes with a bare CONNECTION_CLOSED, whatever was in flight.
 */
export function commitUnconfirmed(cause: unknown, message = 'The connection was lost during COMMIT.'): Error {
  return Object.assign(new Error(message, { cause }), {
    code: COMMIT_UNCONFIRMED_CODE,
  });
}

export const RETRY_AFTER_SECONDS = 5;

const MESSAGES: Record<UnavailableReason, string> = {
  DATABASE_UNREACHABLE: 'The database cannot be reached just now. Nothing was changed; try again in a few seconds.',
  // True since the request's fence (write-fence.ts): nothing of a request answered so commits later,
  // and one that had sent a write is answered COMMIT_UNCONFIRMED instead.
  DATABASE_TIMEOUT: 'The database did not answer in time. Nothing was changed; try again in a few seconds.',
  COMMIT_UNCONFIRMED:
    'The connection to the database was lost while your change was being saved, so it may or may not have been saved. Check before trying again.',
  SHUTTING_DOWN: 'This server is shutting down; connect again (another server will answer).',
};

/** Retry-After invites a retry: not when the change may already have been saved. */
function retryHeaders(reason: UnavailableReason): Map<string, string> {
  return reason === 'COMMIT_UNCONFIRMED' ? new Map() : new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]);
}

/**
 * An HTTP route's 503 because the database is away (REST routes and the request deadline); no
 * Retry-After when the change may already have been saved.
 */
export function sendUnavailable(
  res: { set(name: string, value: string): unknown; status(code: number): { json(body: unknown): unknown } },
  reason: UnavailableReason,
): void {
  for (const [name, value] of retryHeaders(reason)) res.set(name, value);
  sendRefusal(res, 503, 'SERVICE_UNAVAILABLE', reason, MESSAGES[reason]);
}

/** The GraphQL refusal, with HTTP 503 and Retry-After (Apollo reads `extensions.http`). */
export function serviceUnavailable(reason: UnavailableReason, from?: GraphQLError): GraphQLError {
  return new GraphQLError(MESSAGES[reason], {
    nodes: from?.nodes,
    path: from?.path,
    extensions: {
      code: 'SERVICE_UNAVAILABLE',
      reason,
      http: { status: 503, headers: retryHeaders(reason) },
    },
  });
}
