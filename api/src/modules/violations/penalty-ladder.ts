/**
 * The escalation ladder (pure). A ladder lists ban days per ordinal, `null` for permanent; the
 * last step repeats (like-farming, seed 004: 7, 15, 30 days, then permanent).
 */
export type Ladder = ReadonlyArray<number | null>;

export interface LadderStep {
  /** 1-based position on the ladder actually used (the last one repeats). */
  step: number;
  /** Ban days, or null when permanent. */
  days: number | null;
}

export function penaltyForOrdinal(ladder: Ladder, ordinal: number): LadderStep {
  if (!Number.isInteger(ordinal) || ordinal < 1) throw new RangeError(`ordinal must be 1 or more, got ${ordinal}`);
  if (ladder.length === 0) throw new RangeError('a ladder needs at least one step');
  const index = Math.min(ordinal, ladder.length) - 1;
  return { step: index + 1, days: ladder[index] ?? null };
}

const DAY_MS = 86_400_000;

/** When a ban that starts at `start` ends: null for permanent. */
export function banEnd(start: Date, days: number | null): Date | null {
  return days === null ? null : new Date(start.getTime() + days * DAY_MS);
}
