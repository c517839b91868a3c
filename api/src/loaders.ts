import DataLoader from 'dataloader';
import { count, eq, inArray } from 'drizzle-orm';
import type { Context } from './context';
import {
  type AccountRecordRow,
  type AccountRow,
  accountOperators,
  accountRecords,
  accounts,
  type SubjectRow,
  subjects,
  type UserRow,
  users,
} from './db/schema';
import { valuesAt } from './modules/rules/rules.service';

/** A loader that fetches rows by id in one statement and returns them in key order. */
function byId<Row extends { id: string }>(fetch: (ids: string[]) => Promise<Row[]>) {
  return new DataLoader<string, Row | null>(async (ids) => {
    const rows = await fetch([...ids]);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** A loader of lists grouped by a key, in one statement. */
function grouped<Row, Value>(
  fetch: (keys: string[]) => Promise<Row[]>,
  keyOf: (row: Row) => string,
  valueOf: (row: Row) => Value,
) {
  return new DataLoader<string, Value[]>(async (keys) => {
    const rows = await fetch([...keys]);
    const groups = new Map<string, Value[]>();
    for (const row of rows) {
      const key = keyOf(row);
      const list = groups.get(key) ?? [];
      list.push(pick(row));
      groups.set(key, list);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** Per-request DataLoaders, so list fields resolve nested objects without N+1 queries. */
export function createLoaders(ctx: Pick<Context, 'db' | 'clock'>) {
  const { db } = ctx;
  return {
    userById: byId<UserRow>((ids) => db.select().from(users).where(inArray(users.id, ids))),
    subjectById: byId<SubjectRow>((ids) => db.select().from(subjects).where(inArray(subjects.id, ids))),
    accountById: byId<AccountRow>((ids) => db.select().from(accounts).where(inArray(accounts.id, ids))),
    operatorIdsByAccountId: grouped(
      (ids) => db.select().from(accountOperators).where(inArray(accountOperators.accountId, ids)),
      (row) => row.accountId,
      (row) => row.userId,
    ),
    operatorsByAccountId: grouped(
      (ids) =>
        db
          .select({ accountId: accountOperators.accountId, user: users })
          .from(accountOperators)
          .innerJoin(users, eq(users.id, accountOperators.userId))
          .where(inArray(accountOperators.accountId, ids)),
      (row) => row.accountId,
      (row) => row.user,
    ),
    recordByAccountId: new DataLoader<string, AccountRecordRow | null>(async (ids) => {
      const rows = await db
        .select()
        .from(accountRecords)
        .where(inArray(accountRecords.accountId, [...ids]));
      const found = new Map(rows.map((row) => [row.accountId, row]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    accountsBySubjectId: grouped(
      (ids) => db.select().from(accounts).where(inArray(accounts.subjectId, ids)).orderBy(accounts.createdAt),
      (row) => row.subjectId,
      (row) => row,
    ),
    accountCountBySubjectId: new DataLoader<string, number>(async (ids) => {
      const rows = await db
        .select({ subjectId: accounts.subjectId, value: count() })
        .from(accounts)
        .where(inArray(accounts.subjectId, [...ids]))
        .groupBy(accounts.subjectId);
      const found = new Map(rows.map((row) => [row.subjectId, row.value]));
      return ids.map((id) => found.get(id) ?? 0);
    }),
    /** A rule's value at this request's moment; each key is read once per request. */
    ruleNow: new DataLoader<string, unknown>((keys) => valuesAt(db, keys, ctx.clock.now())),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
