import type { FollowEventKindName, FollowStatusName } from '../../db/tables/enterprise';
import { chinaDate } from '../calendar/working-days';

/**
 * The rules of follow verification (seed 003), pure: the China-time day its counters count, how
 * many wrong codes are left, what a reply with a code comes to, and when the administrator's
 * failure message is shown. China Standard Time is UTC+8 all year (no daylight saving), so a
 * China day is the UTC+8 date and ends at 16:00 UTC.
 */

/** The app every follower sees, verified or not (seed 003: 企业小助手). */
export const ENTERPRISE_ASSISTANT = '企业小助手';

const OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** The China-time date of a moment, `YYYY-MM-DD` (the follow's `countersDay`). */
export const chinaDay = (at: Date): string => chinaDate(at);

/** The first moment of the next China-time day (the end of a daily limit). */
export function nextChinaMidnight(at: Date): Date {
  const local = at.getTime() + OFFSET_MS;
  return new Date(Math.floor(local / DAY_MS) * DAY_MS + DAY_MS - OFFSET_MS);
}

/** Whole seconds from `at` to the next China midnight (at least 1). */
export function secondsToChinaMidnight(at: Date): number {
  return Math.max(1, Math.ceil((nextChinaMidnight(at).getTime() - at.getTime()) / 1000));
}

export interface DayCounters {
  wrongCodes: number;
  codesSent: number;
}

/** The follow's counters for `today`: what the row holds when it counts today, zero when it counts another day. */
export function countersOn(
  follow: { countersDay: string | null; wrongCodes: number; codesSent: number },
  today: string,
): DayCounters {
  return follow.countersDay === today
    ? { wrongCodes: follow.wrongCodes, codesSent: follow.codesSent }
    : { wrongCodes: 0, codesSent: 0 };
}

/** Wrong codes still allowed today: the rule minus today's wrong codes, never below 0. */
export const attemptsLeft = (dailyAttempts: number, wrongCodesToday: number): number =>
  Math.max(0, dailyAttempts - wrongCodesToday);

/** Statuses in which the follower has not been verified yet (it may give a contact and a code). */
export const UNVERIFIED_STATUSES: readonly FollowStatusName[] = ['UNVERIFIED', 'AWAITING_CODE'];
export const isVerified = (status: FollowStatusName) => !UNVERIFIED_STATUSES.includes(status);

/** Where a verified follower goes: an administrator's approval first when two-step verification is on. */
export const statusWhenVerified = (twoStepVerification: boolean): FollowStatusName =>
  twoStepVerification ? 'AWAITING_APPROVAL' : 'FOLLOWED';

export type CodeOutcome =
  | { kind: 'ALREADY_VERIFIED' }
  /** Today's wrong codes reached the rule: nothing is compared until the next China midnight. */
  | { kind: 'RATE_LIMITED' }
  | { kind: 'NO_CODE' }
  /** Not compared, and not counted: an expired code tells a guesser nothing. */
  | { kind: 'EXPIRED' }
  | { kind: 'WRONG'; wrongCodes: number; attemptsLeft: number }
  | { kind: 'RIGHT' };

/**
 * What a reply with a code comes to, in this order: a verified follow has nothing to verify; past
 * the daily limit every reply is refused, even the right code; then there must be a code, not yet
 * expired; then it is right, or wrong and counted.
 */
export function judgeCode(input: {
  status: FollowStatusName;
  hasCode: boolean;
  expiresAt: Date | null;
  now: Date;
  wrongCodesToday: number;
  dailyAttempts: number;
  matches: boolean;
}): CodeOutcome {
  if (isVerified(input.status)) return { kind: 'ALREADY_VERIFIED' };
  if (input.wrongCodesToday >= input.dailyAttempts) return { kind: 'RATE_LIMITED' };
  if (!input.hasCode || input.status !== 'AWAITING_CODE') return { kind: 'NO_CODE' };
  if (!input.expiresAt || input.expiresAt.getTime() <= input.now.getTime()) return { kind: 'EXPIRED' };
  if (input.matches) return { kind: 'RIGHT' };
  const wrongCodes = input.wrongCodesToday + 1;
  return { kind: 'WRONG', wrongCodes, attemptsLeft: attemptsLeft(input.dailyAttempts, wrongCodes) };
}

/**
 * Whether the follower is shown the administrator's failure message: while it is not verified,
 * once verification has failed — a wrong code today, or the last thing it did was give a contact
 * that is not in the address book.
 */
export function failureMessageShown(input: {
  status: FollowStatusName;
  wrongCodesToday: number;
  lastEventKind: FollowEventKindName | null;
}): boolean {
  if (isVerified(input.status)) return false;
  if (input.wrongCodesToday > 0) return true;
  return input.status === 'UNVERIFIED' && input.lastEventKind === 'CONTACT_UNKNOWN';
}
