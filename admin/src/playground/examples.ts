import type { AppLocale } from '../lib/locale';

/**
 * The playground's built-in example queries, for analysts (read-only: queries only). Pure data,
 * no DOM: the e2e suite imports this file to validate every query against schema/schema.graphql
 * and against the server's query limits (depth 10, 30 aliases, `first` ≤ 100, cost).
 */
export interface PlaygroundExample {
  /** Stable id: the test id of its button is `playground-example-<id>`. */
  id: string;
  /** The operation's name in `query`. */
  operationName: string;
  title: Record<AppLocale, string>;
  description: Record<AppLocale, string>;
  query: string;
  /** Whether the query needs an account id in `$id` (filled from the server when possible). */
  needsAccountId?: boolean;
}

/** Shown in `$id` when no account could be found to prefill it. */
export const ACCOUNT_ID_PLACEHOLDER = 'PASTE-AN-ACCOUNT-ID';

/** The variables JSON of an example: `{ "id": … }` for those that need an account. */
export function exampleVariables(example: PlaygroundExample, accountId: string | null): string {
  if (!example.needsAccountId) return '';
  return `${JSON.stringify({ id: accountId ?? ACCOUNT_ID_PLACEHOLDER }, null, 2)}\n`;
}

const DASHBOARD = `# Counts only (totalCount): 14 aliases, the limit is 30.
query DashboardFigures {
  pendingViolations: violations(filter: { status: PENDING }) { totalCount }
  pendingFalseOriginal: violations(filter: { status: PENDING, type: FALSE_ORIGINAL }) { totalCount }
  pendingInducedSharing: violations(filter: { status: PENDING, type: INDUCED_SHARING }) { totalCount }
  pendingInfringement: violations(filter: { status: PENDING, type: INFRINGEMENT }) { totalCount }
  pendingLikeFarming: violations(filter: { status: PENDING, type: LIKE_FARMING }) { totalCount }
  pendingOther: violations(filter: { status: PENDING, type: OTHER }) { totalCount }
  confirmedViolations: violations(filter: { status: CONFIRMED }) { totalCount }
  dismissedViolations: violations(filter: { status: DISMISSED }) { totalCount }
  overturnedViolations: violations(filter: { status: OVERTURNED }) { totalCount }
  activeBans: penalties(filter: { activeOnly: true }) { totalCount }
  permanentBans: penalties(filter: { activeOnly: true, permanent: true }) { totalCount }
  pendingAppeals: appeals(filter: { status: PENDING }) { totalCount }
  overdueCertifications: certifications(filter: { overdue: true }) { totalCount }
  expiringCertifications: certifications(filter: { expiringWithinDays: 30 }) { totalCount }
}
`;

const ACCOUNT_HISTORY = `# Put an account's id in the variables ($id).
query AccountHistory($id: ID!) {
  account(id: $id) {
    name
    kind
    subject { name }
    banned
    activePenalty { endsAt permanent }
    penalties { startsAt endsAt permanent liftedAt appeal { status } }
    violations(first: 50) { edges { node { type status ordinal reportedAt } } }
    articles(first: 20) { edges { node { title publishedAt correction { changedCharacters } } } }
    certification { status badge expiresAt }
  }
}
`;

const REPRINTED = `# No sort by reprints in the API: the 20 newest originals, with their reprint counts.
query RecentOriginalsReprints {
  articles(first: 20, filter: { original: true }) {
    totalCount
    edges { node { title reprintCount account { name } publishedAt } }
  }
}
`;

const RULES = `# The rules in force at that moment, one per key. Change the date to look elsewhere.
query RulesInForce {
  rules(at: "2018-06-01T00:00:00Z") { key value effectiveFrom note }
}
`;

const LIKE_FARMING = `# Confirmed like-farming violations: the ordinal shows the step of the ladder reached.
query LikeFarmingLadder {
  violations(filter: { type: LIKE_FARMING, status: CONFIRMED }, first: 100) {
    totalCount
    edges { node { ordinal account { name } penalty { permanent endsAt } } }
  }
}
`;

export const EXAMPLES: readonly PlaygroundExample[] = [
  {
    id: 'dashboard',
    operationName: 'DashboardFigures',
    title: { 'zh-CN': '看板数据', en: 'Dashboard figures' },
    description: {
      'zh-CN':
        '待处理违规（合计与按类型）、各状态违规数、生效中的封禁与永久封禁、待处理申诉、超时与 30 天内到期的认证。',
      en: 'Pending violations (in all and by type), violations by status, active and permanent bans, pending appeals, overdue certifications and those expiring within 30 days.',
    },
    query: DASHBOARD,
  },
  {
    id: 'account-history',
    operationName: 'AccountHistory',
    title: { 'zh-CN': '公众号完整记录', en: 'An account’s full history' },
    description: {
      'zh-CN': '一个公众号的主体、封禁、处罚与申诉、违规、文章与更正、认证。变量 $id 为公众号 id。',
      en: 'One account’s subject, bans, penalties and appeals, violations, articles and corrections, certification. The variable $id is the account id.',
    },
    query: ACCOUNT_HISTORY,
    needsAccountId: true,
  },
  {
    id: 'reprinted',
    operationName: 'RecentOriginalsReprints',
    title: { 'zh-CN': '转载最多的文章', en: 'Top reprinted articles' },
    description: {
      'zh-CN': 'API 不能按转载数排序：这里列出最新的 20 篇原创文章及各自的转载数。',
      en: 'The API has no sort by reprints: this lists the 20 most recent originals with their reprint counts.',
    },
    query: REPRINTED,
  },
  {
    id: 'rules-at',
    operationName: 'RulesInForce',
    title: { 'zh-CN': '某日生效的规则', en: 'Rules in force on a date' },
    description: {
      'zh-CN': '2018-06-01 那一刻生效的平台规则，每个键一条；改日期即可查看其他时刻。',
      en: 'The platform rules in force on 2018-06-01, one per key; change the date to look at another moment.',
    },
    query: RULES,
  },
  {
    id: 'like-farming',
    operationName: 'LikeFarmingLadder',
    title: { 'zh-CN': '刷赞处罚阶梯', en: 'Like-farming ladder reached' },
    description: {
      'zh-CN': '已确认的刷赞违规（最多 100 条）：第几次、公众号、处罚（是否永久、何时结束）。',
      en: 'Confirmed like-farming violations (at most 100): which time it was, the account, the penalty (permanent, or when it ends).',
    },
    query: LIKE_FARMING,
  },
];
