/**
 * The order of a type's canned reasons and the keys that pick them: pure, no I/O.
 */

/**
 * The canned reason a digit key picks: keys 1–9 pick the first nine reasons in their order; any
 * other key, or a digit past the list, picks nothing.
 */
export function reasonForKey<T>(reasons: readonly T[], key: string): T | null {
  if (!/^[1-9]$/.test(key)) return null;
  return reasons[Number(key) - 1] ?? null;
}

/** A type's canned reasons are picked with the digit keys 1–9, so a list holds at most nine. */
export const CANNED_REASONS_PER_TYPE = 9;

/**
 * The list after moving the item at `from` to `to` (clamped to the list): the new order, from
 * which positions 0…n-1 are rewritten.
 */
export function moved<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item === undefined) return next;
  next.splice(Math.min(Math.max(to, 0), next.length), 0, item);
  return next;
}
