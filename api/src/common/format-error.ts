import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { AppError } from './errors';
import { log } from './log';
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
  target?: object;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

/** The first failing constraint, with its dotted path (input.name, input.whitelist.0). */
function firstProblem(errors: ValidationErrorLike[], prefix = ''): { field: string; message: string } | null {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const message = error.constraints && Object.values(error.constraints)[0];
    if (message) return { field, message };
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

/**
 * Every error leaves the server through here: refusals keep their code and message; argument
 * validation names the field; anything unexpected is logged with the request id and shown as
 * INTERNAL_SERVER_ERROR with no detail.
 */
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

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
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
      extensions: { code: 'BAD_USER_INPUT', field: problem?.field ?? null },
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
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  };
}
