import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { type AnyCode, AppError, REASON_PATTERN, UNSPECIFIED_REASON } from './errors';
import { log } from './log';
import { badRequestReason, constraintReason, parseReason, validationReason, variableReason } from './reasons';
import { requestScope } from './request-scope';

/** Codes whose messages are safe and useful to show as they are. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  // The database could not be reached in time: the client may retry (common/database-unavailable.ts).
  'SERVICE_UNAVAILABLE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

interface ValidationErrorLike {
  property: string;
  value?: unknown;
  target?: object;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

/** The first failing constraint, with its dotted path (input.name, input.whitelist.0). */
function firstProblem(
  errors: ValidationErrorLike[],
  prefix = '',
): { field: string; message: string; constraint: string; value: unknown } | null {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const [constraint, message] = Object.entries(error.constraints ?? {})[0] ?? [];
    if (constraint && message) return { field, message, constraint, value: error.value };
    const nested = firstProblem(error.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}

/**
 * class-validator names properties, not the argument that holds them. By convention every
 * `XInput` class is passed as the `input` argument and every `XFilter` as `filter`.
 */
function argumentNameOf(target: object | undefined): string {
  const name = target?.constructor?.name ?? '';
  if (name.endsWith('Input')) return 'input';
  if (name.endsWith('Filter')) return 'filter';
  return '';
}

/** The request each error belongs to, tagged by errorRequestIdPlugin before errors are formatted. */
const requestIds = new WeakMap<object, string>();

/**
 * Tags a request's errors with its id, so formatError can quote it without AsyncLocalStorage (which
 * would give every promise of every request a hook; see server.ts).
 */
export const errorRequestIdPlugin: ApolloServerPlugin<{ requestId: string }> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue }) {
        for (const error of errors) requestIds.set(error, contextValue.requestId);
      },
    };
  },
};

/** `extensions.http` sets the response's status and headers (Apollo reads it); it is not for the body. */
function withoutHttp(extensions: Record<string, unknown>): Record<string, unknown> {
  const { http: _http, ...rest } = extensions;
  return rest;
}

/**
 * Every error leaves the server through here: refusals keep their code and message; argument
 * validation names the field; anything unexpected is logged with the request id and shown as
 * INTERNAL_SERVER_ERROR with no detail. Each leaves with its code and reason.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  return withReason(formatRefusal(formatted, error));
}

/** The reason of a GraphQL-layer refusal (parse, validation, request shape), from its code and wording. */
function transportReason(code: string, message: string): string | undefined {
  switch (code as AnyCode) {
    case 'GRAPHQL_PARSE_FAILED':
      return parseReason(message);
    case 'GRAPHQL_VALIDATION_FAILED':
      return validationReason(message);
    case 'BAD_REQUEST':
      return badRequestReason(message);
    case 'BAD_USER_INPUT':
      return message.startsWith('Variable "$') ? variableReason(message) : undefined;
    case 'OPERATION_RESOLUTION_FAILURE':
      return 'UNKNOWN_OPERATION';
    case 'PERSISTED_QUERY_NOT_FOUND':
      return 'NOT_CACHED';
    case 'PERSISTED_QUERY_NOT_SUPPORTED':
      return 'DISABLED';
    case 'INTERNAL_SERVER_ERROR':
      return 'UNEXPECTED';
    default:
      return undefined;
  }
}

/**
 * Every error that leaves carries `extensions.reason` (contract: refusals carry a reason). The
 * API's own refusals name theirs; GraphQL-layer ones get theirs from their wording; anything
 * else with a code is a site that forgot, given UNSPECIFIED (which the integration tests refuse)
 * and logged, so it is found and fixed.
 */
function withReason(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = formatted.extensions ?? {};
  const code = extensions.code;
  if (typeof code !== 'string') return formatted;
  if (typeof extensions.reason === 'string' && REASON_PATTERN.test(extensions.reason)) return formatted;
  const reason = transportReason(code, formatted.message);
  if (!reason) log.error('refusal without a reason', { code, path: formatted.path, message: formatted.message });
  return { ...formatted, extensions: { ...extensions, reason: reason ?? UNSPECIFIED_REASON } };
}

function formatRefusal(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  // A literal refused by a scalar is reported by validation; the scalar's own refusal stands.
  const cause = original instanceof GraphQLError ? original.originalError : undefined;
  if (cause instanceof GraphQLError && cause.extensions?.code === 'BAD_USER_INPUT') {
    return {
      message: cause.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: withoutHttp(cause.extensions),
    };
  }
  if (original instanceof AppError) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: withoutHttp(original.extensions),
    };
  }
  if (original instanceof ArgumentValidationError) {
    const problems = (original.extensions.validationErrors ?? []) as ValidationErrorLike[];
    const problem = firstProblem(problems, argumentNameOf(problems[0]?.target));
    return {
      message: problem ? `Invalid ${problem.field}: ${problem.message}.` : 'The input is not valid.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: 'BAD_USER_INPUT',
        reason: problem ? constraintReason(problem.constraint, problem.message, problem.value) : 'INVALID_VALUE',
        field: problem?.field ?? null,
      },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    const { stacktrace: _stacktrace, exception: _exception, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const requestId =
    (typeof error === 'object' && error !== null ? requestIds.get(error) : undefined) ??
    requestScope.getStore()?.requestId ??
    'unknown';
  log.error('unexpected error', {
    requestId,
    path: formatted.path,
    error:
      original instanceof Error
        ? { name: original.name, message: original.message, stack: original.stack }
        : String(original),
  });
  return {
    message: `Something went wrong on our side. Quote request id ${requestId} when you report it.`,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'UNEXPECTED', requestId },
  };
}
