import type { ApolloServerPlugin } from '@apollo/server';
import { onlyAnalyst } from '../access/viewer';
import type { Context } from '../context';
import type { DatabaseHandle } from '../db/client';
import { freshLoaders } from '../request-context';
import { log } from './log';
import { requestScope } from './request-scope';

/**
 * Sends each GraphQL operation's reads where they belong once its kind is known (db/read-replica.ts):
 * an analyst's query entirely to `ctx.readDb` (the replica when it may answer), a mutation to the
 * primary; after a signed-in user's mutation, records the primary's WAL position before the answer
 * leaves, so no read they send after it can reach a replica without their write. With the test
 * hooks, `extensions.databaseRole` says which server answered the reads.
 */
export function readRoutingPlugin(
  database: DatabaseHandle,
  options: { reportDatabaseRole: boolean },
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let mutation = false;
      return {
        async didResolveOperation({ operation, contextValue }) {
          mutation = operation?.operation === 'mutation';
          const viewer = contextValue.viewer;
          if (
            operation?.operation === 'query' &&
            viewer &&
            onlyAnalyst(viewer) &&
            contextValue.readDb !== contextValue.db
          ) {
            contextValue.db = contextValue.readDb;
            // The loaders were made on the primary's pool: new ones on the replica's.
            freshLoaders(contextValue);
          }
        },
        async willSendResponse({ response, contextValue }) {
          // Even a mutation that failed may have written part of a batch: remember it either way.
          if (mutation && contextValue.viewer) {
            try {
              await database.rememberWrite(contextValue.viewer.id);
            } catch (error) {
              // The write is committed and the answer must say so; until it is recorded, the
              // writer's next reads may be served by a replica that has not replayed it yet.
              log.error('could not record the WAL position of a write', {
                requestId: contextValue.requestId,
                message: (error as Error).message,
              });
            }
          }
          if (options.reportDatabaseRole && response.body.kind === 'single') {
            const result = response.body.singleResult;
            const databaseRole = await database.databaseRole(requestScope.getStore());
            result.extensions = { ...result.extensions, databaseRole };
          }
        },
      };
    },
  };
}
