import { ENTERPRISE_ACCOUNT_OWNERS, SUBJECT_KINDS } from '../../db/tables/accounts';
import { CORRECTION_OPERATIONS } from '../../db/tables/articles';
import { CERTIFICATION_KINDS } from '../../db/tables/certifications';
import { VIOLATION_TYPES } from '../../db/tables/violations';
import { RULE_SCHEMAS } from './rule-values';

/**
 * What the admin's rule editor needs to know of each rule (pure): its unit (so a fee is typed in
 * yuan and stored in cents, a ladder as days per step), its bounds and what it means, in both
 * locales. The bounds are those of RULE_SCHEMAS (rule-values.ts), which stays the one check of a
 * value; rule-specs.test.ts proves the two agree.
 */
export const RULE_UNITS = [
  'COUNT',
  'CHARACTERS',
  'DAYS',
  'WORKING_DAYS',
  'HOURS',
  'MINUTES',
  'BYTES',
  'CNY_CENTS',
  'BOOLEAN',
  'BAN_LADDER',
  'DAY_LIST',
  'WORD_LIST',
  'PATTERN_LIST',
  'CORRECTION_OPERATIONS',
  'DATE_TIME',
  /** A key with no spec yet (a rule added without one): edited as JSON. */
  'JSON',
] as const;
export type RuleUnitName = (typeof RULE_UNITS)[number];

export interface LocalizedText {
  zhCN: string;
  en: string;
}

export interface RuleSpec {
  key: string;
  unit: RuleUnitName;
  /** Whole-number rules: the least and greatest value; lists: of each item. */
  min: number | null;
  max: number | null;
  /** Lists: how many items at least and at most. */
  minItems: number | null;
  maxItems: number | null;
  /** CORRECTION_OPERATIONS: the operations there are. */
  options: readonly string[];
  description: LocalizedText;
}

type Shape = Pick<RuleSpec, 'unit'> & Partial<Omit<RuleSpec, 'key' | 'unit' | 'description'>>;

const spec = (key: string, shape: Shape, zhCN: string, en: string): RuleSpec => ({
  key,
  min: null,
  max: null,
  minItems: null,
  maxItems: null,
  options: [],
  ...shape,
  description: { zhCN, en },
});

const whole = (unit: RuleUnitName, min: number, max: number): Shape => ({ unit, min, max });

const SUBJECT_WORDS: Record<(typeof SUBJECT_KINDS)[number], LocalizedText> = {
  INDIVIDUAL: { zhCN: '个人', en: 'an individual' },
  ENTERPRISE: { zhCN: '企业', en: 'an enterprise' },
  ORGANIZATION: { zhCN: '组织', en: 'an organization' },
};

const VIOLATION_WORDS: Record<(typeof VIOLATION_TYPES)[number], LocalizedText> = {
  LIKE_FARMING: { zhCN: '集赞', en: 'like-farming' },
  INDUCED_SHARING: { zhCN: '诱导分享', en: 'induced sharing' },
  FALSE_ORIGINAL: { zhCN: '虚假原创', en: 'false original declaration' },
  INFRINGEMENT: { zhCN: '侵权', en: 'infringement' },
  OTHER: { zhCN: '其他违规', en: 'other violations' },
};

const CERTIFICATION_WORDS: Record<(typeof CERTIFICATION_KINDS)[number], LocalizedText> = {
  PERSONAL_ACCOUNT: { zhCN: '个人公众号认证', en: 'personal account certification' },
  PERSONAL_MINI_PROGRAM: { zhCN: '个人小程序认证', en: 'personal mini-program certification' },
  ENTERPRISE: { zhCN: '企业认证', en: 'enterprise certification' },
};

const QUOTA = whole('COUNT', 0, 10_000);

const SPECS: RuleSpec[] = [
  spec(
    'article.correction.maxChangedCharacters',
    whole('CHARACTERS', 0, 1000),
    '文章发送后更正时最多可改动的字数（增、删、改各计 1 字）',
    'The most characters a correction after sending may change (each insert, delete or replace counts 1)',
  ),
  spec(
    'article.correction.maxCorrections',
    whole('COUNT', 0, 10),
    '每篇文章发送后可更正的次数',
    'How many times an article may be corrected after sending',
  ),
  spec(
    'article.correction.operations',
    { unit: 'CORRECTION_OPERATIONS', options: CORRECTION_OPERATIONS },
    '更正允许的操作：仅替换，或增、删、改',
    'What a correction may do: replace only, or insert, delete and replace',
  ),
  spec(
    'article.reprint.openWithoutRequest',
    { unit: 'BOOLEAN' },
    '开放转载的文章可直接转载，无需作者确认',
    'Articles open to reprint are reprinted directly, with no request to the author',
  ),
  ...SUBJECT_KINDS.flatMap((kind) => [
    spec(
      `account.quota.${kind}`,
      QUOTA,
      `${SUBJECT_WORDS[kind].zhCN}主体最多可注册的公众号（订阅号、服务号）数量`,
      `The most official accounts (subscription, service) ${SUBJECT_WORDS[kind].en} may register`,
    ),
    spec(
      `account.quota.miniProgram.${kind}`,
      QUOTA,
      `${SUBJECT_WORDS[kind].zhCN}主体最多可注册的小程序数量`,
      `The most mini-programs ${SUBJECT_WORDS[kind].en} may register`,
    ),
  ]),
  ...ENTERPRISE_ACCOUNT_OWNERS.map((kind) =>
    spec(
      `account.quota.enterpriseAccount.${kind}`,
      QUOTA,
      `${SUBJECT_WORDS[kind].zhCN}主体最多可注册的企业号数量`,
      `The most enterprise accounts ${SUBJECT_WORDS[kind].en} may register`,
    ),
  ),
  ...VIOLATION_TYPES.flatMap((type) => [
    spec(
      `penalty.ladder.${type}`,
      { unit: 'BAN_LADDER', min: 1, max: 3650, minItems: 1, maxItems: 20 },
      `${VIOLATION_WORDS[type].zhCN}的处罚阶梯：第 1、2、3… 次确认违规的封号天数（永久 = 永久封号），最后一级重复`,
      `The ${VIOLATION_WORDS[type].en} ladder: ban days for the 1st, 2nd, 3rd… confirmed violation (permanent = a permanent ban); the last step repeats`,
    ),
    spec(
      `penalty.neverLifted.${type}`,
      { unit: 'BOOLEAN' },
      `${VIOLATION_WORDS[type].zhCN}的永久封号永不解封（不可提前解除，申诉也不能解除）`,
      `A permanent ${VIOLATION_WORDS[type].en} ban is never lifted (not early, not by an appeal)`,
    ),
  ]),
  spec(
    'certification.PERSONAL_ACCOUNT.maxPerYear',
    whole('COUNT', 0, 100),
    '每个账号每个自然年最多可申请的个人认证次数',
    'The most personal certifications an account may start per calendar year',
  ),
  spec(
    'certification.PERSONAL_ACCOUNT.cleanDays',
    whole('DAYS', 0, 3650),
    '申请个人认证前须无确认违规的天数',
    'Days with no confirmed violation an account needs before a personal certification',
  ),
  ...CERTIFICATION_KINDS.map((kind) =>
    spec(
      `certification.fee.${kind}`,
      whole('CNY_CENTS', 0, 10_000_000),
      `${CERTIFICATION_WORDS[kind].zhCN}的费用（元；无论通过与否不予退还）`,
      `The fee of ${CERTIFICATION_WORDS[kind].en} (CNY; never refunded, pass or fail)`,
    ),
  ),
  spec(
    'certification.material.maxBytes',
    whole('BYTES', 1024, 10 * 1024 * 1024),
    '认证材料照片的最大大小',
    'The largest certification material photo',
  ),
  spec(
    'certification.material.maxSupplements',
    whole('COUNT', 0, 100),
    '每次认证最多可补充材料的次数',
    'How many times a certification’s material may be supplemented',
  ),
  spec(
    'certification.validityDays',
    whole('DAYS', 1, 3650),
    '认证的有效期（到期须年审）',
    'How long a certification lasts before its annual review',
  ),
  spec(
    'certification.reviewCallHours',
    whole('HOURS', 1, 720),
    '认证派单后须完成审核回访的小时数',
    'Hours after dispatch within which the review call is made',
  ),
  spec(
    'certification.reminderDays',
    { unit: 'DAY_LIST', min: 1, max: 365, minItems: 1, maxItems: 20 },
    '认证到期前发送年审提醒的天数（可多个）',
    'Days before a certification expires on which a renewal reminder is sent (several allowed)',
  ),
  spec(
    'certification.miniProgramDeadline',
    { unit: 'DATE_TIME' },
    '未认证小程序失去“可被搜索”和“可被分享”的截止时间',
    'When uncertified mini-programs lose “can be searched” and “can be shared”',
  ),
  spec(
    'certification.naming.appLikePatterns',
    { unit: 'PATTERN_LIST', minItems: 1, maxItems: 200 },
    '“像应用名”的认证昵称的匹配规则（RE2 正则，每行一个）',
    'Patterns of certification nicknames that “look like an app” (RE2 regular expressions, one a line)',
  ),
  spec(
    'certification.naming.forbiddenWords',
    { unit: 'WORD_LIST', minItems: 0, maxItems: 1000 },
    '认证昵称中禁止使用的词（每行一个）',
    'Words a certification nickname may not contain (one a line)',
  ),
  spec(
    'certification.naming.genericWords',
    { unit: 'WORD_LIST', minItems: 0, maxItems: 1000 },
    '不能单独作为认证昵称的通用词（每行一个）',
    'Generic words that cannot be a certification nickname alone (one a line)',
  ),
  spec(
    'enterprise.members.uncertifiedMax',
    whole('COUNT', 1, 1_000_000),
    '企业号认证前最多可有的成员数',
    'The most members an enterprise account may have before certification',
  ),
  spec(
    'enterprise.members.perDepartmentMax',
    whole('COUNT', 1, 1_000_000),
    '每个部门最多可有的直属成员数',
    'The most direct members of one department',
  ),
  spec(
    'enterprise.verification.dailyAttempts',
    whole('COUNT', 1, 100),
    '关注验证每天最多可尝试的次数',
    'How many follow-verification attempts a follower has per day',
  ),
  spec(
    'enterprise.verification.codeMinutes',
    whole('MINUTES', 1, 1440),
    '关注验证码的有效分钟数',
    'Minutes a follow-verification code stays valid',
  ),
  spec(
    'detection.likeFarming.patterns',
    { unit: 'PATTERN_LIST', minItems: 0, maxItems: 200 },
    '自动识别集赞的匹配规则（RE2 正则，每行一个）',
    'Patterns that detect like-farming automatically (RE2 regular expressions, one a line)',
  ),
  spec(
    'detection.inducedSharing.patterns',
    { unit: 'PATTERN_LIST', minItems: 1, maxItems: 200 },
    '自动识别诱导分享的匹配规则（RE2 正则，每行一个）',
    'Patterns that detect induced sharing automatically (RE2 regular expressions, one a line)',
  ),
  spec(
    'appeal.windowDays',
    whole('DAYS', 1, 3650),
    '处罚后可提出申诉的天数',
    'Days after a penalty within which it may be appealed',
  ),
  spec(
    'appeal.decisionWorkingDays',
    whole('WORKING_DAYS', 1, 365),
    '申诉须在多少个工作日内答复',
    'Working days within which an appeal is answered',
  ),
  spec('appeal.maxCharacters', whole('CHARACTERS', 1, 100_000), '申诉正文的最大字数', 'The longest appeal text'),
  spec(
    'violation.evidence.maxCharacters',
    whole('CHARACTERS', 1, 100_000),
    '违规证据的最大字数',
    'The longest violation evidence',
  ),
  spec(
    'moderation.claimMinutes',
    whole('MINUTES', 1, 1440),
    '审核员认领一条举报后保持认领的分钟数，过后视为未认领',
    'Minutes a moderator’s claim on a report holds; after that it counts as unclaimed',
  ),
  spec(
    'moderation.undoMinutes',
    whole('MINUTES', 1, 1440),
    '驳回举报后可以撤销驳回的分钟数，过后驳回不能再撤销',
    'Minutes within which a dismissal can be undone (the report returns to the queue); after that it stands',
  ),
];

const BY_KEY = new Map(SPECS.map((entry) => [entry.key, entry]));

/** The spec of a known key; a key the platform reads but has no spec for is edited as JSON. */
export function ruleSpecOf(key: string): RuleSpec | null {
  if (!RULE_SCHEMAS[key]) return null;
  return BY_KEY.get(key) ?? spec(key, { unit: 'JSON' }, key, key);
}

/** Every rule the platform reads, by key, with its spec. */
export function ruleSpecs(): RuleSpec[] {
  return Object.keys(RULE_SCHEMAS)
    .sort()
    .map((key) => ruleSpecOf(key) as RuleSpec);
}

/** The keys with a spec of their own (the unit test: every schema key has one). */
export const SPECIFIED_RULE_KEYS: readonly string[] = SPECS.map((entry) => entry.key);
