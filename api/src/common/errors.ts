import { GraphQLError } from 'graphql';

/** Every refusal code clients rely on (shared/design/contract.md). */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'QUOTA_EXCEEDED',
  'ACCOUNT_BANNED',
  'CORRECTION_ALREADY_USED',
  'CORRECTION_TOO_LARGE',
  'IMMUTABLE_FIELD',
  'REPRINT_NOT_ALLOWED',
  'PENALTY_NOT_LIFTABLE',
  'NOT_ELIGIBLE',
  'CERTIFICATION_LIMIT',
  'INVALID_TRANSITION',
  'RATE_LIMITED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * A refusal the client should see as it is: a stable code, a message a person understands,
 * and any details (the field concerned, limits). Thrown inside a transaction, it rolls it back.
 */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...details } });
    this.name = 'AppError';
  }
}

export const unauthenticated = (message = 'Sign in to do this.') => new AppError('UNAUTHENTICATED', message);

export const forbidden = (message = 'Your role does not allow this.') => new AppError('FORBIDDEN', message);

export const badInput = (field: string, message: string, details: Record<string, unknown> = {}) =>
  new AppError('BAD_USER_INPUT', message, { field, ...details });

export const notFound = (what: string, field = 'id') =>
  new AppError('NOT_FOUND', `No ${what} with that id, or you may not see it.`, { field });

export const rateLimited = (message: string, retryAfterSeconds: number) =>
  new AppError('RATE_LIMITED', message, { retryAfterSeconds });
