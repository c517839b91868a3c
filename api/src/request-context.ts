import type { Context } from './context';
import { createLoaders } from './db/loaders';

/** Builds a request's context with its own loaders (each request batches and caches alone). */
export function createContext(fields: Omit<Context, 'loaders'>): Context {
  return {
    ...fields,
    loaders: createLoaders({
      db: fields.db,
      clock: fields.clock,
      viewer: fields.viewer,
      maxPageSize: fields.config.limits.maxPageSize,
    }),
  };
}
