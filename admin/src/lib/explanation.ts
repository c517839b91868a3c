import { CHINA_TIME_ZONE } from './format';

/** Why a penalty is what it is, in words (no Vue here): ordinals and the rule's date. */

const ENGLISH_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** An ordinal in the reader's language: "3rd" in English, "3" elsewhere (the sentence says 第…次). */
export function ordinalNumber(value: number, locale: string): string {
  if (!locale.startsWith('en')) return String(value);
  const rule = new Intl.PluralRules('en', { type: 'ordinal' }).select(value);
  return `${value}${ENGLISH_SUFFIX[rule] ?? 'th'}`;
}

/**
 * The day a rule took effect, in China time whatever the reader's zone: rules start at midnight
 * China time (2014-06-09T00:00+08:00 is 9 June, not 8 June in Europe).
 */
export function ruleDate(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: CHINA_TIME_ZONE }).format(date);
}

/** A day of a violation's decision, in the reader's zone (a short date beside its link). */
export function decisionDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
}
