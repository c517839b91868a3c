import { RE2JS } from 're2js';
import { z } from 'zod';
import { ENTERPRISE_ACCOUNT_OWNERS, SUBJECT_KINDS } from '../../db/tables/accounts';
import { CORRECTION_OPERATIONS } from '../../db/tables/articles';
import { CERTIFICATION_KINDS } from '../../db/tables/certifications';
import { VIOLATION_TYPES } from '../../db/tables/violations';

/**
 * What each platform rule's value must be: one typed schema per known key, with bounds a running
 * platform can live with (a ladder of 10^300 days, a quota of 10^20 or an appeal window of 2^40
 * working days would each break a later decision). Pure: `setRule` refuses, before anything is
 * written, a value that does not fit and a key that is not here (typos create nothing).
 */
const whole = (min: number, max: number) =>
  z
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(min, `must be a whole number, ${min} or more`)
    .max(max, `must be a whole number, at most ${max}`);

/** Patterns run by RE2 (linear time whatever the text), so an admin's pattern cannot stall a publish. */
export function compilePattern(pattern: string, flags = 0): RE2JS {
  return RE2JS.compile(pattern, flags);
}

const pattern = z
  .string()
  .min(1, 'holds an empty pattern')
  .max(200, 'holds a pattern longer than 200 characters')
  .refine((text) => {
    try {
      compilePattern(text);
      return true;
    } catch {
      return false;
    }
  }, 'holds a pattern the linear-time engine (RE2) cannot compile — no lookaround or backreferences');

const words = z
  .array(z.string().min(1, 'holds an empty word').max(64, 'holds a word longer than 64 characters'))
  .max(1000);
const patterns = z.array(pattern).min(1, 'must hold at least one pattern').max(200);
const ladder = z
  .array(z.union([whole(1, 3650), z.null()]), { error: 'must be a list of days (null = permanent)' })
  .min(1, 'must be a non-empty list of days (null = permanent)')
  .max(20, 'may have at most 20 steps');
const moment = z.string().refine((text) => {
  const at = new Date(text);
  return !Number.isNaN(at.getTime()) && at.getUTCFullYear() >= 2000 && at.getUTCFullYear() <= 9999;
}, 'must be an ISO-8601 date');

const each = <K extends string>(prefix: string, names: readonly K[], schema: z.ZodType, suffix = '') =>
  Object.fromEntries(names.map((name) => [`${prefix}${name}${suffix}`, schema]));

/** Every rule the platform reads, by key. */
export const RULE_SCHEMAS: Record<string, z.ZodType> = {
  'article.correction.maxChangedCharacters': whole(0, 1000),
  'article.correction.maxCorrections': whole(0, 10),
  'article.correction.operations': z
    .array(z.enum(CORRECTION_OPERATIONS, { error: `must list operations among ${CORRECTION_OPERATIONS.join(', ')}` }))
    .refine(
      (list) =>
        new Set(list).size === list.length && (list.length === 3 || (list.length === 1 && list[0] === 'REPLACE')),
      'must be ["REPLACE"] (replacements only) or all three operations',
    ),
  // Official accounts (SUBSCRIPTION, SERVICE): the seed's quota. Mini-programs and enterprise
  // accounts count apart, under keys of their own (ours).
  'article.reprint.openWithoutRequest': z.boolean({ error: 'must be true or false' }),
  ...each('account.quota.', SUBJECT_KINDS, whole(0, 10_000)),
  ...each('account.quota.miniProgram.', SUBJECT_KINDS, whole(0, 10_000)),
  ...each('account.quota.enterpriseAccount.', ENTERPRISE_ACCOUNT_OWNERS, whole(0, 10_000)),
  ...each('penalty.ladder.', VIOLATION_TYPES, ladder),
  ...each('penalty.neverLifted.', VIOLATION_TYPES, z.boolean({ error: 'must be true or false' })),
  'certification.PERSONAL_ACCOUNT.maxPerYear': whole(0, 100),
  'certification.PERSONAL_ACCOUNT.cleanDays': whole(0, 3650),
  ...each('certification.fee.', CERTIFICATION_KINDS, whole(0, 10_000_000)),
  'certification.material.maxBytes': whole(1024, 10 * 1024 * 1024),
  'certification.material.maxSupplements': whole(0, 100),
  'certification.validityDays': whole(1, 3650),
  'certification.reviewCallHours': whole(1, 720),
  'certification.reminderDays': z.array(whole(1, 365), { error: 'must be a list of whole days' }).min(1).max(20),
  'certification.miniProgramDeadline': moment,
  'certification.naming.appLikePatterns': patterns,
  'certification.naming.forbiddenWords': words,
  'certification.naming.genericWords': words,
  'enterprise.members.uncertifiedMax': whole(1, 1_000_000),
  'enterprise.members.perDepartmentMax': whole(1, 1_000_000),
  'enterprise.verification.dailyAttempts': whole(1, 100),
  'enterprise.verification.codeMinutes': whole(1, 1440),
  // Empty before the like-farming rule was announced (2014): nothing to detect.
  'detection.likeFarming.patterns': z.array(pattern).max(200),
  'detection.inducedSharing.patterns': patterns,
  'appeal.windowDays': whole(1, 3650),
  'appeal.decisionWorkingDays': whole(1, 365),
  'appeal.maxCharacters': whole(1, 100_000),
  'violation.evidence.maxCharacters': whole(1, 100_000),
  'moderation.claimMinutes': whole(1, 1440),
  'moderation.undoMinutes': whole(1, 1440),
};

export const KNOWN_RULE_KEYS = Object.keys(RULE_SCHEMAS).sort();

export const RULE_KEY_PATTERN = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9_]+)+$/;

/** Null when the value fits the key; otherwise why not, in words for the admin. */
export function checkRuleValue(key: string, value: unknown): string | null {
  const schema = RULE_SCHEMAS[key];
  if (!schema) return `is not a rule the platform reads`;
  if (value === null || value === undefined) return 'must not be empty';
  const result = schema.safeParse(value);
  if (result.success) return null;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` (item ${issue.path.join('.')})` : '';
  return `${issue?.message ?? 'does not fit'}${where}`;
}
