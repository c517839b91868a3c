import type { Context } from './context';
import type { Db } from './db/client';
import { createLoaders } from './db/loaders';

/** Builds a request's context with its own loaders (each request batches and caches alone). */
export function createContext(fields: Omit<Context, 'loaders' | 'readDb'> & { readDb?: Db }): Context {
  return {
    ...fields,
    // Without a replica's pool, stale-tolerant reads run where the others do.
    readDb: fields.readDb ?? fields.db,
    loaders: createLoaders({
      db: fields.db,
      clock: fields.clock,
      viewer: fields.viewer,
      maxPageSize: fields.config.limits.maxPageSize,
    }),
  };
}

/** Replaces the context's loaders (and so their caches): a long-lived subscription's next event. */
export function freshLoaders(ctx: Context): void {
  ctx.loaders = createLoaders({
    db: ctx.db,
    clock: ctx.clock,
    viewer: ctx.viewer,
    maxPageSize: ctx.config.limits.maxPageSize,
  });
}
