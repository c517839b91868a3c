import DataLoader from 'dataloader';
import type { BatchGate } from './batch-gate';

/** The batching loaders every request's loaders are made of (loaders.ts, enterprise-loaders.ts). */

/** Stands in for an absent reference in a batch, so the batch runs whatever the page holds. */
export const NO_ROW = '00000000-0000-0000-0000-000000000000';

/**
 * Loads rows by id in one statement, in key order. A null key (an optional reference such as
 * `decidedBy`) loads nothing but still joins the batch, so a page costs the same statements whether
 * or not its rows have the reference.
 */
class RowsById<Row extends { id: string }> extends DataLoader<string, Row | null> {
  constructor(gate: BatchGate, fetch: (ids: string[]) => Promise<Row[]>) {
    super(
      (ids) =>
        gate.track(async () => {
          const rows = await fetch([...ids]);
          const found = new Map(rows.map((row) => [row.id, row]));
          return ids.map((id) => found.get(id) ?? null);
        }),
      gate.options(),
    );
  }

  override load(id: string | null): Promise<Row | null> {
    return super.load(id ?? NO_ROW);
  }
}

export function byId<Row extends { id: string }>(gate: BatchGate, fetch: (ids: string[]) => Promise<Row[]>) {
  return new RowsById<Row>(gate, fetch);
}

/** A loader of lists grouped by a key, in one statement. */
export function grouped<Row, Value>(
  gate: BatchGate,
  fetch: (keys: string[]) => Promise<Row[]>,
  keyOf: (row: Row) => string,
  pick: (row: Row) => Value,
) {
  return gate.loader<string, Value[]>(async (keys) => {
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

/**
 * Loads one row per key (an id, or another unique column such as a follow's member) in one
 * statement, in key order, null where absent; a null key joins the batch and loads nothing.
 */
export function keyed<Row>(gate: BatchGate, fetch: (keys: string[]) => Promise<Row[]>, keyOf: (row: Row) => string) {
  const loader = gate.loader<string, Row | null>(async (keys) => {
    const rows = await fetch([...keys]);
    const found = new Map(rows.map((row) => [keyOf(row), row]));
    return keys.map((key) => found.get(key) ?? null);
  });
  return { load: (key: string | null) => loader.load(key ?? NO_ROW) };
}
