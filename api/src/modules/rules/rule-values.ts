/**
 * What each platform rule's value must look like. Pure: used by `setRule` to refuse a value
 * that later features could not use, before anything is written.
 */
type Check = (value: unknown) => string | null;

const nonNegativeInteger: Check = (value) =>
  Number.isInteger(value) && (value as number) >= 0 ? null : 'must be a whole number, 0 or more';

const positiveInteger: Check = (value) =>
  Number.isInteger(value) && (value as number) > 0 ? null : 'must be a whole number, 1 or more';

/** Ban days per ordinal: positive whole days, `null` for permanent; at least one step. */
const ladder: Check = (value) => {
  if (!Array.isArray(value) || value.length === 0) return 'must be a non-empty list of days (null = permanent)';
  const ok = value.every((step) => step === null || (Number.isInteger(step) && step > 0));
  return ok ? null : 'every step must be a whole number of days, 1 or more, or null for permanent';
};

const stringList: Check = (value) =>
  Array.isArray(value) && value.every((item) => typeof item === 'string' && item.length > 0)
    ? null
    : 'must be a list of non-empty strings';

/** Detector patterns: non-empty regular expressions that compile. */
const regexList: Check = (value) => {
  const problem = stringList(value);
  if (problem) return problem;
  for (const pattern of value as string[]) {
    try {
      new RegExp(pattern, 'u');
    } catch {
      return `holds "${pattern}", which is not a valid regular expression`;
    }
  }
  return null;
};

const isoDate: Check = (value) =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? null : 'must be an ISO-8601 date';

const boolean: Check = (value) => (typeof value === 'boolean' ? null : 'must be true or false');

/** Checks by key pattern; the first pattern that matches decides. */
const CHECKS: Array<[RegExp, Check]> = [
  [/^article\.correction\.maxChangedCharacters$/, nonNegativeInteger],
  [/^article\.correction\.maxCorrections$/, nonNegativeInteger],
  [/^account\.quota\.[A-Z_]+$/, nonNegativeInteger],
  [/^penalty\.ladder\.[A-Z_]+$/, ladder],
  [/^penalty\.[A-Za-z]+\.[A-Z_]+$/, boolean],
  [/^certification\.[A-Z_]+\.maxPerYear$/, nonNegativeInteger],
  [/^certification\.fee\.[A-Z_]+$/, nonNegativeInteger],
  [/^certification\.material\.maxBytes$/, positiveInteger],
  [/^certification\.material\.maxSupplements$/, nonNegativeInteger],
  [/^certification\.(validityDays|reviewCallHours)$/, positiveInteger],
  [/^certification\.[A-Z_]+\.cleanDays$/, nonNegativeInteger],
  [
    /^certification\.reminderDays$/,
    (value) =>
      Array.isArray(value) && value.every((d) => Number.isInteger(d) && d > 0) ? null : 'must be a list of whole days',
  ],
  [/^certification\.naming\.appLikePatterns$/, regexList],
  [/^certification\.naming\.[A-Za-z]+$/, stringList],
  [/^certification\.miniProgramDeadline$/, isoDate],
  [/^enterprise\.members\.[A-Za-z]+$/, positiveInteger],
  [/^detection\.[A-Za-z.]+$/, regexList],
  [/^appeal\.[A-Za-z]+$/, positiveInteger],
  [/^violation\.[A-Za-z.]+$/, positiveInteger],
];

export const RULE_KEY_PATTERN = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9_]+)+$/;

/** Null when the value fits the key; otherwise why not, in words for the admin. */
export function checkRuleValue(key: string, value: unknown): string | null {
  if (value === null || value === undefined) return 'must not be empty';
  for (const [pattern, check] of CHECKS) {
    if (pattern.test(key)) return check(value);
  }
  return null;
}
