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
  'SERVICE_UNAVAILABLE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * The stable `extensions.reason` words each code may carry: the case within the code, which
 * clients branch on (never on the message). A reason outside this table is a type error, so the
 * table is the whole vocabulary; README.md's "Errors" section documents it and a unit test keeps
 * the two in step.
 */
export const ERROR_REASONS = {
  UNAUTHENTICATED: ['NOT_SIGNED_IN', 'BAD_CREDENTIALS', 'INTROSPECTION', 'DEACTIVATED', 'METRICS_TOKEN'],
  FORBIDDEN: [
    'ROLE',
    'READ_ONLY_ROLE',
    'NOT_OPERATOR',
    'NOT_SUBJECT_OWNER',
    'NOT_ASSIGNED',
    'ADMIN_ONLY_FIELD',
    'REPORT_SOURCE',
    'HIDDEN_FIELD',
    'HIDDEN_ROW',
    'CROSS_SITE',
    'IDENTITY_DOCUMENT',
    'SAME_PERSON',
    'DIRECTORY_VIEW_ONLY',
    'OUTSIDE_DIRECTORY_SCOPE',
    'NOT_DECIDER',
  ],
  BAD_USER_INPUT: [
    'REQUIRED',
    'TOO_SHORT',
    'TOO_LONG',
    'TOO_MANY',
    'TOO_FEW',
    'INVALID_FORMAT',
    'INVALID_VALUE',
    'INVALID_ID',
    'UNKNOWN_FIELD',
    'UNKNOWN_VALUE',
    'OUT_OF_RANGE',
    'BAD_CURSOR',
    'UNSTORABLE_TEXT',
    'UNKNOWN_RULE',
    'OUT_OF_BOUNDS',
    'NOT_APPLICABLE',
    'DUPLICATE',
    'ALREADY_OPEN',
    'NOT_ABOVE_CURRENT',
    'WRONG_ACCOUNT',
    'IS_REPRINT',
    'UNCHANGED',
    'REVIEW_CALL_INCOMPLETE',
    'FROM_AFTER_TO',
    'RANGE_TOO_LONG',
    'NOT_SINGLE_VALUE',
    'PAGE_TOO_LARGE',
    'TOO_COSTLY',
    'SUBJECT_KIND',
    'OPERATION_NOT_ALLOWED',
    'NOT_IN_YEAR',
    'HOLIDAY_AND_MAKEUP_DAY',
    'NOT_A_WEEKEND',
    'ALREADY_GRANTED',
    'NO_REQUEST_NEEDED',
    'COMMON_PASSWORD',
    'WRONG_PASSWORD',
    'LAST_ADMIN',
    'OWN_ACCOUNT',
    'INVALID_LINK',
    'UNKNOWN_PUBLISHER',
    'ALREADY_OPERATOR',
    'LAST_OPERATOR',
    'NOT_ENTERPRISE_ACCOUNT',
    'TOO_MANY_LEVELS',
    'INTO_OWN_SUBTREE',
    'NOT_EMPTY',
    'NOT_IN_ADDRESS_BOOK',
    'WRONG_CODE',
    'CODE_EXPIRED',
    'NO_CODE',
    'BAD_CSV',
  ],
  NOT_FOUND: ['UNKNOWN_ID', 'UNKNOWN_LIST', 'UNKNOWN_ROUTE'],
  QUOTA_EXCEEDED: ['ACCOUNTS', 'MEMBERS', 'DEPARTMENT_MEMBERS'],
  ACCOUNT_BANNED: ['TEMPORARY_BAN', 'PERMANENT_BAN'],
  CORRECTION_ALREADY_USED: ['NONE_LEFT'],
  CORRECTION_TOO_LARGE: ['TOO_MANY_CHANGES'],
  IMMUTABLE_FIELD: ['TITLE', 'SUMMARY'],
  REPRINT_NOT_ALLOWED: ['BLOCKED', 'OWN_ARTICLE', 'CLOSED', 'NOT_WHITELISTED', 'BEFORE_OPEN_REPRINT'],
  PENALTY_NOT_LIFTABLE: ['PERMANENT'],
  NOT_ELIGIBLE: ['NOT_INVITED', 'RECENT_VIOLATION', 'INFRINGEMENT', 'KIND_MISMATCH', 'NOT_INDIVIDUAL'],
  CERTIFICATION_LIMIT: ['PER_YEAR', 'SUPPLEMENTS'],
  INVALID_TRANSITION: [
    'ALREADY_DECIDED',
    'CONCURRENT_CHANGE',
    'STEP_OUT_OF_ORDER',
    'EXPIRED',
    'IN_PROGRESS',
    'NOT_APPROVED',
    'NOT_UNDER_REVIEW',
    'ALREADY_BLOCKED',
    'NOT_BLOCKED',
    'NOT_IN_FORCE',
    'ALREADY_APPEALED',
    'APPEAL_WINDOW_CLOSED',
    'NO_INVITATION',
    'NOT_CONFIRMED',
    'ALREADY_DEACTIVATED',
    'NOT_DEACTIVATED',
    'USER_DEACTIVATED',
    'ALREADY_VERIFIED',
    'NOT_AWAITING_APPROVAL',
    'CLAIMED_BY_OTHER',
    'RULE_ALREADY_IN_FORCE',
    'NOT_DISMISSED',
    'UNDO_WINDOW_PASSED',
    'REPORTED_AGAIN',
  ],
  RATE_LIMITED: ['EMAIL', 'CLIENT', 'EMAIL_EVERYWHERE', 'DAILY_ATTEMPTS', 'DAILY_CODES'],
  SERVICE_UNAVAILABLE: ['DATABASE_UNREACHABLE', 'DATABASE_TIMEOUT', 'COMMIT_UNCONFIRMED', 'SHUTTING_DOWN'],
} as const satisfies Record<ErrorCode, readonly string[]>;

export type ErrorReason<C extends ErrorCode = ErrorCode> = (typeof ERROR_REASONS)[C][number];

/**
 * Codes a client can meet that are not refusals of the API's own rules: the GraphQL layer's
 * (parse, validation, request shape), the HTTP routes' (uploads, exports) and the unexpected.
 * They carry a reason too.
 */
export const TRANSPORT_REASONS = {
  GRAPHQL_PARSE_FAILED: ['SYNTAX_ERROR', 'TOO_MANY_TOKENS'],
  GRAPHQL_VALIDATION_FAILED: [
    'UNKNOWN_FIELD',
    'UNKNOWN_ARGUMENT',
    'UNKNOWN_TYPE',
    'UNKNOWN_FRAGMENT',
    'UNKNOWN_DIRECTIVE',
    'INVALID_DIRECTIVE',
    'MISSING_ARGUMENT',
    'MISSING_SELECTION',
    'SELECTION_NOT_ALLOWED',
    'INVALID_VALUE',
    'VARIABLE_NOT_DEFINED',
    'VARIABLE_NOT_USED',
    'VARIABLE_TYPE_MISMATCH',
    'FRAGMENT_NOT_USED',
    'FRAGMENT_CYCLE',
    'FRAGMENT_MISMATCH',
    'FIELD_CONFLICT',
    'DUPLICATE_NAME',
    'ANONYMOUS_NOT_ALONE',
    'NOT_EXECUTABLE',
    'INTROSPECTION_DISABLED',
    'TOO_DEEP',
    'TOO_MANY_ALIASES',
    'TOO_MANY_FIELDS',
    'INVALID_OPERATION',
  ],
  BAD_REQUEST: [
    'MALFORMED_REQUEST',
    'MISSING_QUERY',
    'MUTATION_OVER_GET',
    'CSRF',
    'BATCHED',
    'MALFORMED_MULTIPART',
    'INVALID_JSON',
    'SUBSCRIPTION_OVER_HTTP',
    'NOT_A_SUBSCRIPTION',
    'TOO_MANY_SUBSCRIPTIONS',
  ],
  OPERATION_RESOLUTION_FAILURE: ['UNKNOWN_OPERATION'],
  PERSISTED_QUERY_NOT_FOUND: ['NOT_CACHED'],
  PERSISTED_QUERY_NOT_SUPPORTED: ['DISABLED'],
  PAYLOAD_TOO_LARGE: ['FILE_TOO_LARGE', 'BODY_TOO_LARGE'],
  UNSUPPORTED_MEDIA_TYPE: [
    'NOT_MULTIPART',
    'NOT_AN_IMAGE',
    'UNREADABLE_IMAGE',
    'IMAGE_TOO_LARGE_DIMENSIONS',
    'NOT_JSON',
    'UNSUPPORTED_ENCODING',
    'NOT_CSV',
  ],
  INTERNAL_SERVER_ERROR: ['UNEXPECTED'],
} as const satisfies Record<string, readonly string[]>;

export type TransportCode = keyof typeof TRANSPORT_REASONS;
export type AnyCode = ErrorCode | TransportCode;
export type AnyReason<C extends AnyCode> = C extends ErrorCode
  ? ErrorReason<C>
  : C extends TransportCode
    ? (typeof TRANSPORT_REASONS)[C][number]
    : never;

/** What a refusal without a specific reason is given as a last resort (format-error.ts); never chosen on purpose. */
export const UNSPECIFIED_REASON = 'UNSPECIFIED';

/** A stable reason word: UPPER_SNAKE. */
export const REASON_PATTERN = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

/**
 * A refusal the client should see as it is: a stable code, the reason (the case within the
 * code), a message a person understands, and any details (the field concerned, limits). Thrown
 * inside a transaction, it rolls it back.
 */
export class AppError<C extends ErrorCode = ErrorCode> extends GraphQLError {
  readonly code: C;
  readonly reason: ErrorReason<C>;

  constructor(code: C, reason: ErrorReason<C>, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code, reason, ...details } });
    this.name = 'AppError';
    this.code = code;
    this.reason = reason;
  }
}

export const unauthenticated = (reason: ErrorReason<'UNAUTHENTICATED'>, message = 'Sign in to do this.') =>
  new AppError('UNAUTHENTICATED', reason, message);

export const forbidden = (
  reason: ErrorReason<'FORBIDDEN'>,
  message = 'Your role does not allow this.',
  details: Record<string, unknown> = {},
) => new AppError('FORBIDDEN', reason, message, details);

export const badInput = (
  field: string,
  reason: ErrorReason<'BAD_USER_INPUT'>,
  message: string,
  details: Record<string, unknown> = {},
) => new AppError('BAD_USER_INPUT', reason, message, { field, ...details });

/** NOT_FOUND has one case in the API: the id names nothing the viewer may see. */
export const notFound = (what: string, field = 'id') =>
  new AppError('NOT_FOUND', 'UNKNOWN_ID', `No ${what} with that id, or you may not see it.`, { field });

export const rateLimited = (reason: ErrorReason<'RATE_LIMITED'>, message: string, retryAfterSeconds: number) =>
  new AppError('RATE_LIMITED', reason, message, { retryAfterSeconds });

/**
 * The JSON body of a refusal from an HTTP route (uploads, exports), in the GraphQL error shape
 * the admin already reads: `{ errors: [{ message, extensions: { code, reason, … } }] }`.
 */
/** Something that answers like express's Response (kept structural: errors.ts imports no HTTP framework). */
interface JsonResponse {
  status(code: number): { json(body: unknown): unknown };
}

const refusalObservers = new Set<(code: AnyCode, reason: string) => void>();

/** Calls `observer` with every HTTP route's refusal (the metrics count them); returns the way to stop. */
export function observeRefusals(observer: (code: AnyCode, reason: string) => void): () => void {
  refusalObservers.add(observer);
  return () => refusalObservers.delete(observer);
}

/** Answers an HTTP route's refusal with its status and the GraphQL error shape (refusalBody). */
export function sendRefusal<C extends AnyCode>(
  res: JsonResponse,
  status: number,
  code: C,
  reason: AnyReason<C>,
  message: string,
  details: Record<string, unknown> = {},
): void {
  for (const observer of refusalObservers) observer(code, reason);
  res.status(status).json(refusalBody(code, reason, message, details));
}

export function refusalBody<C extends AnyCode>(
  code: C,
  reason: AnyReason<C>,
  message: string,
  details: Record<string, unknown> = {},
): { errors: Array<{ message: string; extensions: Record<string, unknown> }> } {
  return { errors: [{ message, extensions: { code, reason, ...details } }] };
}
