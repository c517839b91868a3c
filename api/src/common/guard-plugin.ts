import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type SelectionSetNode } from 'graphql';
import type { Context } from '../context';
import { AppError } from './errors';
import { exceededLimit, measureOperation, type QueryLimits } from './query-limits';
import { requestScope } from './request-scope';

function usesIntrospection(
  set: SelectionSetNode,
  fragments: Map<string, SelectionSetNode>,
  seen = new Set<string>(),
): boolean {
  return set.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === '__schema' || selection.name.value === '__type') return true;
      return selection.selectionSet ? usesIntrospection(selection.selectionSet, fragments, seen) : false;
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) return usesIntrospection(selection.selectionSet, fragments, seen);
    const name = selection.name.value;
    const fragment = fragments.get(name);
    if (!fragment || seen.has(name)) return false;
    seen.add(name);
    return usesIntrospection(fragment, fragments, seen);
  });
}

const SUGGESTION = / ?Did you mean [^?]*\?/g;

/**
 * Protects an API that people query by hand: page-size and cost limits (which need the
 * variables) measured before execution, introspection
 * for signed-in users only, no field suggestions for signed-out users (they would map the schema).
 */
export function guardPlugin(
  limits: QueryLimits,
  options: { reportSqlStatements: boolean },
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, contextValue }) {
          if (!operation) return;
          // Subscriptions stream over the WebSocket on the same path (live-socket.ts); HTTP answers once.
          if (operation.operation === 'subscription') {
            throw new GraphQLError('Subscriptions run over WebSocket (graphql-ws) at /graphql, not over HTTP.', {
              extensions: { code: 'BAD_REQUEST', reason: 'SUBSCRIPTION_OVER_HTTP', http: { status: 400 } },
            });
          }
          const fragments = new Map<string, SelectionSetNode>();
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION)
              fragments.set(definition.name.value, definition.selectionSet);
          }
          if (!contextValue.viewer && usesIntrospection(operation.selectionSet, fragments)) {
            throw new AppError('UNAUTHENTICATED', 'INTROSPECTION', 'Sign in to explore the schema.', {
              http: { status: 401 },
            });
          }
          const exceeded = exceededLimit(
            measureOperation(document, operation, request.variables ?? {}),
            limits,
            'size',
          );
          if (exceeded) {
            const reason = exceeded.rule === 'first' ? 'PAGE_TOO_LARGE' : 'TOO_COSTLY';
            throw new AppError('BAD_USER_INPUT', reason, exceeded.message, {
              field: exceeded.rule === 'first' ? 'first' : 'query',
              limit: exceeded.limit,
              actual: exceeded.actual,
              rule: exceeded.rule,
              http: { status: 400 },
            });
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (!contextValue.viewer && result.errors) {
            result.errors = result.errors.map((error) => ({
              ...error,
              message: error.message.replace(SUGGESTION, ''),
            }));
          }
          if (options.reportSqlStatements) {
            const scope = requestScope.getStore();
            result.extensions = { ...result.extensions, sqlStatements: scope?.sqlStatements ?? 0 };
          }
        },
      };
    },
  };
}
