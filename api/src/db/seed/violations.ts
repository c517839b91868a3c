import { and, eq } from 'drizzle-orm';
import { ruleVersionAt } from '../../modules/rules/rule-reads';
import { ladderRuleKey } from '../../modules/violations/penalty-ladder';
import type { Executor } from '../client';
import {
  type AccountRow,
  appeals,
  articles,
  notifications,
  penalties,
  type ViolationSourceName,
  type ViolationStatusName,
  type ViolationTypeName,
  violationReports,
  violations,
} from '../schema';
import { random } from './random';

const DAY = 86_400_000;

/**
 * Accounts at every like-farming ladder step (7, 15, 30 days, permanent), an induced-sharing ban,
 * open reports from all three sources, and appeals pending and decided.
 */
export async function seedViolations(
  tx: Executor,
  accountRows: AccountRow[],
  users: Record<string, string>,
  publisherAccountIds: Set<string>,
): Promise<void> {
  const rng = random(20_140_606);
  const now = Date.now();
  const moderatorId = users.moderator ?? null;
  // Staff-only accounts for bans, so the demo publisher can still publish.
  const pool = accountRows.filter((account) => !publisherAccountIds.has(account.id) && account.kind !== 'MINI_PROGRAM');
  const pick = (i: number) => pool[i % pool.length] as AccountRow;

  let counter = 0;
  const violation = async (
    account: AccountRow,
    type: ViolationTypeName,
    source: ViolationSourceName,
    status: ViolationStatusName,
    reportedDaysAgo: number,
    extra: Partial<typeof violations.$inferInsert> = {},
  ) => {
    counter += 1;
    const [article] = await tx
      .select()
      .from(articles)
      .where(and(eq(articles.accountId, account.id), eq(articles.original, true)))
      .limit(1);
    const evidence =
      type === 'LIKE_FARMING'
        ? '文章要求读者集满赞数截图领取奖品'
        : type === 'INDUCED_SHARING'
          ? '文章以抽奖诱导用户转发到朋友圈'
          : type === 'FALSE_ORIGINAL'
            ? '声明原创，但与他人已发表文章高度雷同'
            : '未经授权使用他人图片';
    const [row] = await tx
      .insert(violations)
      .values({
        accountId: account.id,
        articleId: article?.id ?? null,
        type,
        source,
        status,
        evidence,
        evidenceTitle: article?.title ?? null,
        evidenceBody: article?.body ?? null,
        reportCount: source === 'USER_REPORT' ? rng.int(1, 9) : 1,
        reportedById: source === 'MODERATOR' ? moderatorId : source === 'USER_REPORT' ? (users.analyst ?? null) : null,
        reportedAt: new Date(now - reportedDaysAgo * DAY - rng.int(0, 86_000) * 1000),
        // Closed ones need a unique key too: the key only has to be unique among PENDING rows.
        dedupeKey: `${account.id}:${article?.id ?? '-'}:${type}:${status === 'PENDING' ? 'open' : counter}`,
        ...extra,
      })
      .returning();
    if (!row) throw new Error('seed violation insert failed');
    await tx
      .insert(violationReports)
      .values({ violationId: row.id, source, reporterId: row.reportedById, evidence, at: row.reportedAt });
    return row;
  };
  const confirmedSoFar = new Map<string, string[]>();
  const confirm = async (
    account: AccountRow,
    type: ViolationTypeName,
    ordinal: number,
    daysAgo: number,
    days: number | null,
  ) => {
    const decidedAt = new Date(now - daysAgo * DAY);
    // What made the ordinal, as confirmViolation records it: the earlier ones and the rule version.
    const ladderKey = `${account.id}:${type}`;
    const earlier = confirmedSoFar.get(ladderKey) ?? [];
    const rule = await ruleVersionAt(tx, ladderRuleKey(type), decidedAt);
    const row = await violation(account, type, 'USER_REPORT', 'CONFIRMED', daysAgo + 1, {
      ordinal,
      countedViolationIds: [...earlier],
      ruleKey: rule.key,
      ruleEffectiveFrom: rule.effectiveFrom,
      decidedById: moderatorId,
      decidedAt,
      decisionNote: '证据确凿',
    });
    confirmedSoFar.set(ladderKey, [...earlier, row.id]);
    const [penalty] = await tx
      .insert(penalties)
      .values({
        accountId: account.id,
        violationId: row.id,
        startsAt: decidedAt,
        endsAt: days === null ? null : new Date(decidedAt.getTime() + days * DAY),
        permanent: days === null,
        reason: `${type} #${ordinal}`,
      })
      .returning();
    return penalty;
  };

  // The like-farming ladder: step 1, 2, 3 and permanent, each on its own account.
  await confirm(pick(0), 'LIKE_FARMING', 1, 2, 7);
  await confirm(pick(1), 'LIKE_FARMING', 1, 200, 7);
  await confirm(pick(1), 'LIKE_FARMING', 2, 5, 15);
  for (const [ordinal, daysAgo, days] of [
    [1, 300, 7],
    [2, 150, 15],
    [3, 10, 30],
  ] as const) {
    await confirm(pick(2), 'LIKE_FARMING', ordinal, daysAgo, days);
  }
  for (const [ordinal, daysAgo, days] of [
    [1, 400, 7],
    [2, 300, 15],
    [3, 120, 30],
    [4, 20, null],
  ] as const) {
    await confirm(pick(3), 'LIKE_FARMING', ordinal, daysAgo, days);
  }
  // Older bans that have ended, spread over accounts (history for the timeline and statistics).
  for (let i = 0; i < 12; i += 1) await confirm(pick(40 + i), i % 2 ? 'OTHER' : 'FALSE_ORIGINAL', 1, 90 + i * 7, 3);
  const sharingBan = await confirm(pick(4), 'INDUCED_SHARING', 1, 3, 30);
  const endedBan = await confirm(pick(5), 'FALSE_ORIGINAL', 1, 60, 7);

  // Appeals: one pending (due soon), one overdue, one granted, one rejected.
  const appeal = (
    penaltyId: string,
    accountId: string,
    status: 'PENDING' | 'GRANTED' | 'REJECTED',
    filedDaysAgo: number,
  ) => ({
    penaltyId,
    accountId,
    filedById: users.publisher ?? null,
    text: '我们已删除相关内容并整改，此前并不清楚平台规则，恳请解除封禁。',
    filedAt: new Date(now - filedDaysAgo * DAY),
    dueAt: new Date(now - filedDaysAgo * DAY + 9 * DAY),
    status,
    decidedById: status === 'PENDING' ? null : moderatorId,
    decidedAt: status === 'PENDING' ? null : new Date(now - (filedDaysAgo - 2) * DAY),
    decisionReason: status === 'GRANTED' ? '经复核，证据不足' : status === 'REJECTED' ? '违规事实清楚' : null,
  });
  const appealRows = [];
  if (sharingBan) appealRows.push(appeal(sharingBan.id, sharingBan.accountId, 'PENDING', 1));
  const overdue = await confirm(pick(6), 'INFRINGEMENT', 1, 14, 30);
  if (overdue) appealRows.push(appeal(overdue.id, overdue.accountId, 'PENDING', 12));
  if (endedBan) appealRows.push(appeal(endedBan.id, endedBan.accountId, 'REJECTED', 58));
  const granted = await confirm(pick(7), 'OTHER', 1, 40, 3);
  if (granted) {
    appealRows.push(appeal(granted.id, granted.accountId, 'GRANTED', 39));
    await tx
      .update(penalties)
      .set({ liftedAt: new Date(now - 37 * DAY), liftReason: '申诉成功', liftedById: moderatorId })
      .where(eq(penalties.id, granted.id));
    if (granted.violationId)
      await tx.update(violations).set({ status: 'OVERTURNED' }).where(eq(violations.id, granted.violationId));
  }
  await tx.insert(appeals).values(appealRows);

  // The open queue: reports from all three sources, and a dismissed one.
  const sources: ViolationSourceName[] = ['AUTOMATED', 'USER_REPORT', 'MODERATOR'];
  const types: ViolationTypeName[] = [
    'LIKE_FARMING',
    'INDUCED_SHARING',
    'FALSE_ORIGINAL',
    'INFRINGEMENT',
    'LIKE_FARMING',
  ];
  for (let i = 0; i < 14; i += 1) {
    await violation(
      pick(8 + i),
      types[i % types.length] as ViolationTypeName,
      sources[i % 3] as ViolationSourceName,
      'PENDING',
      rng.int(0, 9),
    );
  }
  await violation(pick(30), 'OTHER', 'USER_REPORT', 'DISMISSED', 4, {
    decidedById: moderatorId,
    decidedAt: new Date(now - 3 * DAY),
    decisionNote: '举报内容不属实',
  });

  // The demo publisher has a notification waiting.
  if (users.publisher) {
    await tx.insert(notifications).values({
      userId: users.publisher,
      kind: 'WELCOME',
      params: {},
      createdAt: new Date(now - DAY),
    });
  }
}
