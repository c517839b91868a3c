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

/** A violation as the ladder sees it (of one account and one type). */
export interface LadderEntry {
  id: string;
  status: string;
  decidedAt: Date | null;
}

export interface LadderCount<T extends LadderEntry> {
  /** The violations that count, oldest decision first. */
  counted: T[];
  /** The ordinal the next confirmed violation of the type gets: the counted ones plus itself. */
  ordinal: number;
}

/**
 * Which of an account's violations of one type count on the ladder (seed 004, domain.md): the
 * confirmed ones. Overturned ones (a granted appeal, a moderator's overturn) no longer count;
 * pending and dismissed ones never did; a ban that was lifted or has ended still counts. `self`
 * (the violation being decided) is never among its own counted ones. The one place the ladder
 * is counted: confirming, the penalty preview and the explanations all come through here.
 */
export function ladderCount<T extends LadderEntry>(violations: readonly T[], self?: string): LadderCount<T> {
  const counted = violations
    .filter((violation) => violation.status === 'CONFIRMED' && violation.id !== self)
    .sort((a, b) => (a.decidedAt?.getTime() ?? 0) - (b.decidedAt?.getTime() ?? 0) || (a.id < b.id ? -1 : 1));
  return { counted, ordinal: counted.length + 1 };
}

/** A violation whose place on the ladder is explained (the recorded ids are set when confirmed). */
export interface LadderSubject extends LadderEntry {
  countedViolationIds: readonly string[] | null;
}

/**
 * The earlier violations that made (or would make) `subject`'s ordinal, from `candidates` (its
 * account's violations of its type, any status). A confirmed one keeps what counted when it was
 * confirmed, in the recorded order, whatever happened since; a pending one counts as confirming it
 * now would. A decided one with nothing recorded (never confirmed) gets what counted before its
 * decision.
 */
export function countedFor<T extends LadderEntry>(subject: LadderSubject, candidates: readonly T[]): T[] {
  if (subject.countedViolationIds) {
    const byId = new Map(candidates.map((candidate) => [candidate.id, candidate]));
    return subject.countedViolationIds.flatMap((id) => byId.get(id) ?? []);
  }
  if (subject.status === 'PENDING' || !subject.decidedAt) return ladderCount(candidates, subject.id).counted;
  const decidedAt = subject.decidedAt.getTime();
  const before = candidates.filter((candidate) => (candidate.decidedAt?.getTime() ?? Infinity) < decidedAt);
  return ladderCount(before, subject.id).counted;
}

/** The rule key of a violation type's ladder. */
export function ladderRuleKey(type: string): string {
  return `penalty.ladder.${type}`;
}

/** The rule key saying whether a violation type's permanent bans are never lifted. */
export function neverLiftedRuleKey(type: string): string {
  return `penalty.neverLifted.${type}`;
}
