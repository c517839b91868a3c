import type { GatewayInterface } from '@apollo/server-gateway-interface';
import {
  execute,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import { databaseUnavailable, serviceUnavailable } from './common/database-unavailable';
import { variableReason } from './common/reasons';
import { UNSTORABLE_TEXT, unstorableTextError } from './common/unstorable-text';

/** How many compiled operations are kept (the admin sends a few dozen; the playground adds more). */
const MAX_COMPILED = 1000;

function asksForIntrospection(set: SelectionSetNode | undefined): boolean {
  return (set?.selections ?? []).some(
    (selection) =>
      selection.kind === Kind.FIELD && (selection.name.value === '__schema' || selection.name.value === '__type'),
  );
}

/**
 * A variable that does not coerce to its type: BAD_USER_INPUT naming the input field (graphql's
 * message says `at "input.evidence"`), with the scalar's own reason when it gave one.
 */
function asVariableError(error: GraphQLError): GraphQLError {
  const variable = /Variable "\$(\w+)"/.exec(error.message)?.[1];
  const at = /at "([\w.[\]]+)"/.exec(error.message)?.[1];
  const cause = error.originalError as GraphQLError | undefined;
  const own = cause?.extensions?.code === 'BAD_USER_INPUT' ? cause.extensions.reason : undefined;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    extensions: {
      ...(cause?.extensions ?? {}),
      code: 'BAD_USER_INPUT',
      reason: typeof own === 'string' ? own : variableReason(error.message),
      field: at ?? variable ?? null,
      http: { status: 400 },
    },
  });
}

/**
 * The longest text any input takes (an article body is at most 20,000 characters; notes, reasons
 * and names have lower limits of their own in their services). Longer text is refused before it
 * reaches a service, an audit entry or a log line.
 */
export const MAX_TEXT_CHARACTERS = 20_000;

type TextProblem = { path: string; reason: 'UNSTORABLE_TEXT' | 'TOO_LONG' };

/** The first string in the variables that no column could store, or that no input takes. */
export function textProblemIn(value: unknown, path = ''): TextProblem | null {
  if (typeof value === 'string') {
    if (UNSTORABLE_TEXT.test(value)) return { path, reason: 'UNSTORABLE_TEXT' };
    // Code units first (cheap): only long strings are counted in code points.
    if (value.length > MAX_TEXT_CHARACTERS && Array.from(value).length > MAX_TEXT_CHARACTERS) {
      return { path, reason: 'TOO_LONG' };
    }
    return null;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = textProblemIn(item, `${path}[${index}]`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = textProblemIn(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

export function textError(problem: TextProblem): GraphQLError {
  if (problem.reason === 'UNSTORABLE_TEXT') return unstorableTextError(problem.path);
  return new GraphQLError(`Text may be at most ${MAX_TEXT_CHARACTERS} characters.`, {
    extensions: {
      code: 'BAD_USER_INPUT',
      reason: 'TOO_LONG',
      field: problem.path,
      limit: MAX_TEXT_CHARACTERS,
      http: { status: 400 },
    },
  });
}

/**
 * jit reports an unexpected resolver error without `extensions`, which Apollo's error formatting
 * needs: give it the graphql-js shape, keeping the original error for formatError to log.
 */
function withExtensions(error: GraphQLError): GraphQLError {
  // A resolver that could not reach the database: the client may retry, it did nothing wrong.
  const unavailable = databaseUnavailable(error.originalError);
  if (unavailable) return serviceUnavailable(unavailable, error);
  if (error.extensions) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    path: error.path,
    originalError: error.originalError ?? error,
    extensions: {},
  });
}

/**
 * Executes operations with graphql-jit: each operation is compiled once into plain JavaScript and
 * then run for every request that sends it, instead of being interpreted field by field. Apollo
 * still parses, validates and runs every plugin; only execution changes. Introspection (the
 * playground's schema fetch) runs through graphql-js, as it is neither hot nor jit's strength.
 */
export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  const compiled = new Map<string, CompiledQuery>();
  return {
    async load() {
      return {
        async executor(request) {
          const operation = request.operation as OperationDefinitionNode;
          const variables = request.request.variables ?? {};
          const problem = textProblemIn(variables);
          if (problem) return { errors: [textError(problem)] };
          if (asksForIntrospection(operation.selectionSet)) {
            return execute({
              schema,
              document: request.document,
              operationName: request.operationName,
              variableValues: variables,
              contextValue: request.context,
            });
          }
          const key = `${request.queryHash}:${request.operationName ?? ''}`;
          let query = compiled.get(key);
          if (!query) {
            const result = compileQuery(schema, request.document, request.operationName ?? undefined);
            if (!isCompiledQuery(result)) return result;
            query = result;
            if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value as string);
            compiled.set(key, query);
          }
          const result = await query.query(undefined, request.context, variables);
          // No data at all: the variables did not coerce (as graphql-js would, a client error).
          if (!('data' in result) && result.errors) {
            return { errors: result.errors.map(asVariableError) };
          }
          return result.errors ? { ...result, errors: result.errors.map(withExtensions) } : result;
        },
      };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async stop() {},
  };
}
