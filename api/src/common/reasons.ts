import type { ErrorReason, TRANSPORT_REASONS } from './errors';

/**
 * Reasons for refusals the API does not throw itself: graphql-js and Apollo Server word each case
 * of theirs in a stable sentence, and these tables turn the sentence into the case's reason word.
 * Only the server reads these messages; clients get the word.
 */
type TransportReason<C extends keyof typeof TRANSPORT_REASONS> = (typeof TRANSPORT_REASONS)[C][number];

const first = <R extends string>(table: ReadonlyArray<readonly [RegExp, R]>, message: string, fallback: R): R =>
  table.find(([pattern]) => pattern.test(message))?.[1] ?? fallback;

/** A variable that does not coerce to its type (graphql's coercion messages). */
const VARIABLE_REASONS: ReadonlyArray<readonly [RegExp, ErrorReason<'BAD_USER_INPUT'>]> = [
  [/was not provided|must not be null/, 'REQUIRED'],
  [/is not defined by type/, 'UNKNOWN_FIELD'],
  [/does not exist in "\w+" enum/, 'UNKNOWN_VALUE'],
];
export const variableReason = (message: string) => first(VARIABLE_REASONS, message, 'INVALID_VALUE');

/** graphql-js's specified validation rules, by the sentence each reports. */
const VALIDATION_REASONS: ReadonlyArray<readonly [RegExp, TransportReason<'GRAPHQL_VALIDATION_FAILED'>]> = [
  [/^Cannot query field/, 'UNKNOWN_FIELD'],
  [/^Unknown argument/, 'UNKNOWN_ARGUMENT'],
  [/^Unknown type/, 'UNKNOWN_TYPE'],
  [/^Unknown fragment/, 'UNKNOWN_FRAGMENT'],
  [/^Unknown directive/, 'UNKNOWN_DIRECTIVE'],
  [/may not be used on|can only be used once at this location/, 'INVALID_DIRECTIVE'],
  [/is required, but it was not provided/, 'MISSING_ARGUMENT'],
  [/must have a selection of subfields/, 'MISSING_SELECTION'],
  [/must not have a selection since type/, 'SELECTION_NOT_ALLOWED'],
  [/^Variable "\$\w+" is not defined/, 'VARIABLE_NOT_DEFINED'],
  [/^Variable "\$\w+" is never used/, 'VARIABLE_NOT_USED'],
  [/used in position expecting type|cannot be non-input type/, 'VARIABLE_TYPE_MISMATCH'],
  [/^Fragment "\w+" is never used/, 'FRAGMENT_NOT_USED'],
  [/^Cannot spread fragment "\w+" within itself/, 'FRAGMENT_CYCLE'],
  [/cannot be spread here|cannot condition on non composite type/, 'FRAGMENT_MISMATCH'],
  [/conflict because/, 'FIELD_CONFLICT'],
  [/^There can be only one/, 'DUPLICATE_NAME'],
  [/anonymous operation must be the only defined operation/, 'ANONYMOUS_NOT_ALONE'],
  [/definition is not executable/, 'NOT_EXECUTABLE'],
  [/introspection is not allowed/, 'INTROSPECTION_DISABLED'],
  [/^Expected value of type|^Expected type|cannot represent|was not provided|is not defined by type/, 'INVALID_VALUE'],
];
export const validationReason = (message: string) => first(VALIDATION_REASONS, message, 'INVALID_OPERATION');

export const parseReason = (message: string): TransportReason<'GRAPHQL_PARSE_FAILED'> =>
  /more than \d+ tokens/.test(message) ? 'TOO_MANY_TOKENS' : 'SYNTAX_ERROR';

/** Apollo Server's refusals of a request's shape. */
const BAD_REQUEST_REASONS: ReadonlyArray<readonly [RegExp, TransportReason<'BAD_REQUEST'>]> = [
  [/Cross-Site Request Forgery/, 'CSRF'],
  [/GET requests only support query operations/, 'MUTATION_OVER_GET'],
  [/non-empty `query`|POST body missing|No operations found/, 'MISSING_QUERY'],
  [/batching/i, 'BATCHED'],
];
export const badRequestReason = (message: string) => first(BAD_REQUEST_REASONS, message, 'MALFORMED_REQUEST');

/** class-validator's constraint names (type-graphql's argument validation). */
const CONSTRAINT_REASONS: Record<string, ErrorReason<'BAD_USER_INPUT'>> = {
  isNotEmpty: 'REQUIRED',
  isDefined: 'REQUIRED',
  minLength: 'TOO_SHORT',
  maxLength: 'TOO_LONG',
  arrayMinSize: 'TOO_FEW',
  arrayMaxSize: 'TOO_MANY',
  min: 'OUT_OF_RANGE',
  max: 'OUT_OF_RANGE',
  matches: 'INVALID_FORMAT',
  isEmail: 'INVALID_FORMAT',
};

/**
 * `Length(min, max)` reports both ways under one name. Its default message says which; a custom
 * one ("must be 2 to 30 characters", "has 18 characters") names the bounds, and the value's own
 * length decides.
 */
export function constraintReason(constraint: string, message: string, value?: unknown): ErrorReason<'BAD_USER_INPUT'> {
  if (constraint === 'isLength') {
    if (/longer than/.test(message)) return 'TOO_SHORT';
    if (/shorter than/.test(message)) return 'TOO_LONG';
    const least = Number(/(\d[\d,]*)/.exec(message)?.[1]?.replace(/,/g, ''));
    if (typeof value === 'string' && Number.isFinite(least) && [...value].length < least) return 'TOO_SHORT';
    return 'TOO_LONG';
  }
  return CONSTRAINT_REASONS[constraint] ?? 'INVALID_VALUE';
}
