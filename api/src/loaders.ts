import DataLoader from 'dataloader';
import { inArray } from 'drizzle-orm';
import type { Context } from './context';
import { type UserRow, users } from './db/schema';

/** Builds a loader that fetches rows by id in one statement and returns them in key order. */
function byId<Row extends { id: string }>(fetch: (ids: string[]) => Promise<Row[]>) {
  return new DataLoader<string, Row | null>(async (ids) => {
    const rows = await fetch([...ids]);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Per-request DataLoaders, so list fields resolve nested objects without N+1 queries. */
export function createLoaders(ctx: Pick<Context, 'db'>) {
  return {
    userById: byId<UserRow>((ids) => ctx.db.select().from(users).where(inArray(users.id, ids))),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
