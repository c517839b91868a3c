import { and, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import { hasRole } from '../../access/viewer';
import { AppError, badInput, forbidden, notFound } from '../../common/errors';
import { toGlobalId } from '../../common/ids';
import { byTime, keysetPage } from '../../common/keyset';
import type { Context } from '../../context';
import type { Executor } from '../../db/client';
import {
  type AppealRow,
  type AppealStatusName,
  type ArticleRow,
  accounts,
  appeals,
  articles,
  type PenaltyRow,
  penalties,
  users,
  type ViolationRow,
  type ViolationSourceName,
  type ViolationStatusName,
  type ViolationTypeName,
  violationNotes,
  violationReports,
  violations,
} from '../../db/schema';
import { accountForAction, seesAllAccounts, visibleThroughAccount } from '../accounts/accounts.service';
import { recordAudit } from '../audit/audit.service';
import type { AuditAction } from '../audit/audit-actions';
import { workingCalendarFor } from '../calendar/calendar.service';
import { addWorkingDays, yearsFor } from '../calendar/working-days';
import type { LiftCause } from '../notifications/notification-messages';
import { ruleVersionAt } from '../rules/rule-reads';
import { integerAt, valueAt } from '../rules/rules.service';
import { type DetectionPatterns, detectViolations } from './detector';
import { notifyOperators, notifyUser } from './notifications.service';
import {
  banEnd,
  countedFor,
  type Ladder,
  ladderCount,
  ladderRuleKey,
  neverLiftedRuleKey,
  penaltyForOrdinal,
} from './penalty-ladder';
import { notifyQueueChange } from './queue-events';

const isModerator = (ctx: Context) => hasRole(ctx.viewer, 'MODERATOR');

import { activePenaltyCondition } from '../../access/conditions';
import { activePenalty, refuseIfBanned } from '../accounts/account-status';

export { activePenalty, activePenaltyCondition, refuseIfBanned };

function dedupeKey(accountId: string, articleId: string | null, type: ViolationTypeName): string {
  return `${accountId}:${articleId ?? '-'}:${type}`;
}

export interface ReportInput {
  accountId: string;
  articleId?: string | null;
  type: ViolationTypeName;
  source: ViolationSourceName;
  evidence: string;
}

/**
 * Files a report. The article's title and body are frozen as evidence. A second open report of the
 * same account, article and type is merged into the first (its report count rises).
 */
export async function fileReport(
  ctx: Context,
  executor: Executor,
  input: ReportInput & { article: ArticleRow | null },
): Promise<ViolationRow> {
  const now = ctx.clock.now();
  const key = dedupeKey(input.accountId, input.article?.id ?? null, input.type);
  const [row] = await executor
    .insert(violations)
    .values({
      accountId: input.accountId,
      articleId: input.article?.id ?? null,
      type: input.type,
      source: input.source,
      status: 'PENDING',
      evidence: input.evidence,
      evidenceTitle: input.article?.title ?? null,
      evidenceBody: input.article ? await articleBodyOf(executor, input.article) : null,
      reportedById: input.source === 'AUTOMATED' ? null : (ctx.viewer?.id ?? null),
      reportedAt: now,
      dedupeKey: key,
    })
    .onConflictDoUpdate({
      target: violations.dedupeKey,
      targetWhere: sql`${violations.status} = 'PENDING'`,
      set: { reportCount: sql`${violations.reportCount} + 1` },
    })
    .returning();
  if (!row) throw new Error('violation upsert returned nothing');
  await executor.insert(violationReports).values({
    violationId: row.id,
    source: input.source,
    reporterId: input.source === 'AUTOMATED' ? null : (ctx.viewer?.id ?? null),
    evidence: input.evidence,
    at: now,
  });
  // A new report, or one more on a pending one: moderators' queues show it at once.
  await notifyQueueChange(executor, { kind: 'REPORTED', violationId: row.id, claimedById: row.claimedById, at: now });
  return row;
}

/**
 * A reprint's body is its source's: freeze what readers saw. Read through the caller's executor:
 * inside a transaction on the embedded database, the transaction holds the only connection.
 */
async function articleBodyOf(executor: Executor, article: ArticleRow): Promise<string> {
  if (!article.reprintOfId) return article.body;
  const [source] = await executor
    .select({ body: articles.body })
    .from(articles)
    .where(eq(articles.id, article.reprintOfId));
  return source?.body ?? '';
}

/** `reportViolation`: USER_REPORT from anyone signed in, MODERATOR from moderators, AUTOMATED from admins. */
export async function reportViolation(
  ctx: Context,
  input: ReportInput,
): Promise<ViolationRow & { viewerEvidence: string }> {
  if (input.source === 'MODERATOR' && !isModerator(ctx))
    throw forbidden('REPORT_SOURCE', 'Only moderators file MODERATOR reports.');
  if (input.source === 'AUTOMATED' && !ctx.viewer?.roles.includes('ADMIN')) {
    throw forbidden('REPORT_SOURCE', 'AUTOMATED reports come from the detector (or an admin’s integration).');
  }
  const evidence = input.evidence.trim();
  const maxEvidence = await integerAt(ctx.db, 'violation.evidence.maxCharacters', ctx.clock.now());
  if (evidence.length === 0)
    throw badInput('input.evidence', 'REQUIRED', 'Describe what is wrong: the evidence must not be empty.');
  if (Array.from(evidence).length > maxEvidence) {
    throw badInput('input.evidence', 'TOO_LONG', `The evidence may be at most ${maxEvidence} characters.`, {
      limit: maxEvidence,
    });
  }
  const [account] = await ctx.db.select().from(accounts).where(eq(accounts.id, input.accountId));
  if (!account) throw notFound('account', 'input.accountId');
  let article: ArticleRow | null = null;
  if (input.articleId) {
    article = await ctx.loaders.articleById.load(input.articleId);
    if (!article || (article.blockedAt && !seesAllAccounts(ctx))) throw notFound('article', 'input.articleId');
    if (article.accountId !== account.id)
      throw badInput('input.articleId', 'WRONG_ACCOUNT', 'That article belongs to another account.');
  }
  return ctx.db.transaction(async (tx) => {
    const row = await fileReport(ctx, tx, { ...input, evidence, article });
    await recordAudit(ctx, tx, {
      action: 'violation.report',
      targetType: 'Violation',
      targetId: row.id,
      after: { type: row.type, source: input.source, reportCount: row.reportCount },
    });
    // The reporter is answered with their own report's text, never a merged duplicate's
    // (the access policy shows `viewerEvidence` to REPORTER).
    return { ...row, viewerEvidence: evidence };
  });
}

/**
 * The built-in detector: files AUTOMATED reports for like-farming and induced-sharing wording in
 * an article just published or corrected, inside the same transaction. Patterns are rules.
 */
export async function runDetector(ctx: Context, tx: Executor, article: ArticleRow): Promise<void> {
  const now = ctx.clock.now();
  const patterns: DetectionPatterns = {
    LIKE_FARMING: (await valueAt(tx, 'detection.likeFarming.patterns', now)) as string[],
    INDUCED_SHARING: (await valueAt(tx, 'detection.inducedSharing.patterns', now)) as string[],
  };
  for (const detection of detectViolations(`${article.title}\n${article.summary}\n${article.body}`, patterns)) {
    await fileReport(ctx, tx, {
      accountId: article.accountId,
      article,
      type: detection.type,
      source: 'AUTOMATED',
      evidence: `Detector matched “${detection.matched}”.`,
    });
  }
}

async function loadViolation(ctx: Context, id: string): Promise<ViolationRow> {
  const [row] = await ctx.db.select().from(violations).where(eq(violations.id, id));
  if (!row) throw notFound('violation');
  return row;
}

export async function findViolation(ctx: Context, id: string): Promise<ViolationRow | null> {
  const row = await ctx.loaders.violationById.load(id);
  if (!row) return null;
  if (seesAllAccounts(ctx)) return row;
  const operators = await ctx.loaders.operatorIdsByAccountId.load(row.accountId);
  return ctx.viewer && operators.includes(ctx.viewer.id) ? row : null;
}

const CLAIM_MINUTES = 'moderation.claimMinutes';
const claimMinutesByRequest = new WeakMap<Context, Promise<number>>();

/** The rule's minutes a claim holds, read once per request (lists ask it for every row). */
export function claimMinutes(ctx: Context): Promise<number> {
  let minutes = claimMinutesByRequest.get(ctx);
  if (!minutes) {
    minutes = integerAt(ctx.db, CLAIM_MINUTES, ctx.clock.now());
    claimMinutesByRequest.set(ctx, minutes);
  }
  return minutes;
}

/** When a claim made at `claimedAt` lapses. */
export function claimExpiry(claimedAt: Date, minutes: number): Date {
  return new Date(claimedAt.getTime() + minutes * 60_000);
}

/** Rows another moderator holds with a live claim (not the viewer's, not lapsed at `cutoff`). */
function heldByOtherCondition(viewerId: string, cutoff: Date): SQL {
  return sql`(${violations.claimedById} is not null and ${violations.claimedById} <> ${viewerId} and ${violations.claimedAt} > ${cutoff.toISOString()}::timestamptz)`;
}

/** Rows the viewer may take without a take-over: unclaimed, their own, or a lapsed claim. */
function claimableCondition(viewerId: string, cutoff: Date): SQL {
  return sql`not ${heldByOtherCondition(viewerId, cutoff)}`;
}

interface ClaimState {
  viewerId: string;
  now: Date;
  minutes: number;
  cutoff: Date;
}

async function claimState(ctx: Context, executor: Executor): Promise<ClaimState> {
  const viewerId = ctx.viewer?.id;
  if (!viewerId) throw new Error('claims need a signed-in viewer');
  const now = ctx.clock.now();
  const minutes = await integerAt(executor, CLAIM_MINUTES, now);
  return { viewerId, now, minutes, cutoff: new Date(now.getTime() - minutes * 60_000) };
}

function heldByOther(row: ViolationRow, state: ClaimState): boolean {
  return Boolean(
    row.claimedById && row.claimedById !== state.viewerId && row.claimedAt && row.claimedAt > state.cutoff,
  );
}

/** CLAIMED_BY_OTHER for one row, naming the holder and when the claim lapses. */
async function claimedByOther(executor: Executor, row: ViolationRow, minutes: number) {
  const [holder] = row.claimedById
    ? await executor.select({ displayName: users.displayName }).from(users).where(eq(users.id, row.claimedById))
    : [];
  const claimedAt = row.claimedAt ?? new Date(0);
  const name = holder?.displayName ?? 'another moderator';
  return new AppError(
    'INVALID_TRANSITION',
    'CLAIMED_BY_OTHER',
    `${name} is working on this violation (claimed at ${claimedAt.toISOString()}, lapses at ${claimExpiry(claimedAt, minutes).toISOString()}); take it over to act on it.`,
    {
      claimedBy: name,
      claimedAt: claimedAt.toISOString(),
      expiresAt: claimExpiry(claimedAt, minutes).toISOString(),
    },
  );
}

/** Audits a take-over and tells the previous holder, in the caller's transaction. */
async function recordTakeOver(ctx: Context, tx: Executor, previous: ViolationRow, state: ClaimState): Promise<void> {
  const previousHolder = previous.claimedById;
  if (!previousHolder) return;
  await recordAudit(ctx, tx, {
    action: 'violation.takeOver',
    targetType: 'Violation',
    targetId: previous.id,
    before: { claimedById: previousHolder, claimedAt: previous.claimedAt?.toISOString() ?? null },
    after: { claimedById: state.viewerId, claimedAt: state.now.toISOString() },
  });
  const [me] = await tx.select({ displayName: users.displayName }).from(users).where(eq(users.id, state.viewerId));
  await notifyUser(ctx, tx, previousHolder, previous.accountId, {
    kind: 'CLAIM_TAKEN_OVER',
    params: { by: me?.displayName ?? null, violationType: previous.type },
    targetType: 'Violation',
    targetId: previous.id,
  });
}

/**
 * Claims pending rows for the viewer inside a transaction: the rows are locked, then one
 * conditional UPDATE (unclaimed, the viewer's, lapsed — or takeOver) decides, so of two moderators
 * claiming at once exactly one wins. Rows another moderator holds refuse the whole call
 * (CLAIMED_BY_OTHER; several are named in extensions.ids) unless takeOver; take-overs are audited
 * and the previous holders told. Rows not pending are left to the caller (not returned).
 */
async function claimRows(
  ctx: Context,
  tx: Executor,
  ids: string[],
  takeOver: boolean,
  state: ClaimState,
): Promise<{ claimed: ViolationRow[]; before: ViolationRow[] }> {
  const before = await tx
    .select()
    .from(violations)
    .where(and(inArray(violations.id, ids), eq(violations.status, 'PENDING')))
    .for('update');
  const held = before.filter((row) => heldByOther(row, state));
  if (held.length > 0 && !takeOver) {
    const [first] = held;
    if (!first) throw new Error('unreachable');
    const refusal = await claimedByOther(tx, first, state.minutes);
    if (ids.length > 1) {
      throw new AppError(
        'INVALID_TRANSITION',
        'CLAIMED_BY_OTHER',
        `${held.length} of these violations are held by other moderators; nothing was done. Take them over to act on them.`,
        { ...refusal.extensions, ids: held.map((row) => toGlobalId('Violation', row.id)) },
      );
    }
    throw refusal;
  }
  const claimed = await tx
    .update(violations)
    .set({ claimedById: state.viewerId, claimedAt: state.now })
    .where(
      and(
        inArray(violations.id, ids),
        eq(violations.status, 'PENDING'),
        takeOver ? undefined : claimableCondition(state.viewerId, state.cutoff),
      ),
    )
    .returning();
  for (const row of held) await recordTakeOver(ctx, tx, row, state);
  return { claimed, before };
}

/**
 * A moderator takes a pending violation, so others see it is being worked on. A live claim of
 * another moderator is CLAIMED_BY_OTHER unless takeOver; claiming one's own again renews it.
 */
export async function claimViolation(ctx: Context, id: string, takeOver = false): Promise<ViolationRow> {
  const row = await loadViolation(ctx, id);
  if (row.status !== 'PENDING')
    throw new AppError('INVALID_TRANSITION', 'ALREADY_DECIDED', `This violation is already ${row.status}.`);
  return ctx.db.transaction(async (tx) => {
    const state = await claimState(ctx, tx);
    const { claimed, before } = await claimRows(ctx, tx, [id], takeOver, state);
    const [updated] = claimed;
    if (!updated) {
      throw new AppError('INVALID_TRANSITION', 'ALREADY_DECIDED', 'This violation has just been decided.');
    }
    if (!before.some((previous) => heldByOther(previous, state))) {
      await recordAudit(ctx, tx, {
        action: 'violation.claim',
        targetType: 'Violation',
        targetId: id,
        before: { claimedById: before[0]?.claimedById ?? null },
        after: { claimedById: state.viewerId, claimedAt: state.now.toISOString() },
      });
    }
    await notifyQueueChange(tx, { kind: 'CLAIMED', violationId: id, claimedById: state.viewerId, at: state.now });
    return updated;
  });
}

export async function addViolationNote(ctx: Context, id: string, text: string) {
  const note = text.trim();
  if (note.length < 2 || note.length > 2000)
    throw badInput('text', note.length < 2 ? 'TOO_SHORT' : 'TOO_LONG', 'A note is 2 to 2000 characters.');
  await loadViolation(ctx, id);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(violationNotes)
      .values({ violationId: id, authorId: ctx.viewer?.id ?? null, text: note, at: ctx.clock.now() })
      .returning();
    await recordAudit(ctx, tx, { action: 'violation.note', targetType: 'Violation', targetId: id, after: { note } });
    return row;
  });
}

export interface PenaltyPreview {
  ordinal: number;
  step: number;
  days: number | null;
  permanent: boolean;
  endsAt: Date | null;
  ladder: Ladder;
  /** The earlier violations that make the ordinal, oldest first. */
  countedViolations: ViolationRow[];
  priorStrikes: number;
  /** The ladder rule's version applied: its key and when that value took effect. */
  ruleKey: string;
  ruleEffectiveFrom: Date;
}

/**
 * What confirming would give: the ordinal counts the account's confirmed (not overturned)
 * violations of the type (ladderCount), the ban comes from the ladder rule's version in force now.
 */
async function computePenalty(executor: Executor, row: ViolationRow, now: Date): Promise<PenaltyPreview> {
  const confirmed = await executor
    .select()
    .from(violations)
    .where(
      and(eq(violations.accountId, row.accountId), eq(violations.type, row.type), eq(violations.status, 'CONFIRMED')),
    );
  const { counted, ordinal } = ladderCount(confirmed, row.id);
  const rule = await ruleVersionAt(executor, ladderRuleKey(row.type), now);
  const ladder = rule.value as Ladder;
  const { step, days } = penaltyForOrdinal(ladder, ordinal);
  return {
    ordinal,
    step,
    days,
    permanent: days === null,
    endsAt: banEnd(now, days),
    ladder,
    countedViolations: counted,
    priorStrikes: counted.length,
    ruleKey: rule.key,
    ruleEffectiveFrom: rule.effectiveFrom,
  };
}

/**
 * The earlier violations that made (or, pending, would make) a violation's ordinal, oldest first:
 * recorded at confirmation, or counted now (`countedFor`). Batched: one statement per page of accounts.
 */
export async function countedViolationsOf(ctx: Context, row: ViolationRow): Promise<ViolationRow[]> {
  const candidates = await ctx.loaders.ladderViolationsByAccountId.load(row.accountId);
  return countedFor(
    row,
    candidates.filter((candidate) => candidate.type === row.type),
  );
}

export async function penaltyPreview(ctx: Context, id: string): Promise<PenaltyPreview> {
  const row = await loadViolation(ctx, id);
  if (row.status !== 'PENDING')
    throw new AppError('INVALID_TRANSITION', 'ALREADY_DECIDED', `This violation is already ${row.status}.`);
  return computePenalty(ctx.db, row, ctx.clock.now());
}

/**
 * Confirms a violation: ordinal, penalty (a ban from the ladder in force now), notifications and
 * the audit entry in one transaction. The account row is locked, so simultaneous confirmations on
 * one account get ordinals 1, 2, 3… with no duplicates and no gaps.
 */
export async function confirmViolation(
  ctx: Context,
  id: string,
  note?: string | null,
  takeOver = false,
): Promise<ViolationRow> {
  const existing = await loadViolation(ctx, id);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.id, existing.accountId)).for('update');
    const [row] = await tx.select().from(violations).where(eq(violations.id, id));
    if (row?.status !== 'PENDING') {
      throw new AppError(
        'INVALID_TRANSITION',
        'ALREADY_DECIDED',
        `This violation is already ${row?.status ?? 'gone'}.`,
      );
    }
    // Acting claims the row (implicitly); another moderator's live claim refuses unless takeOver.
    await claimRows(ctx, tx, [id], takeOver, await claimState(ctx, tx));
    const preview = await computePenalty(tx, row, now);
    const [penalty] = await tx
      .insert(penalties)
      .values({
        accountId: row.accountId,
        violationId: row.id,
        startsAt: now,
        endsAt: preview.endsAt,
        permanent: preview.permanent,
        reason: `${row.type} #${preview.ordinal}${note ? `: ${note.trim()}` : ''}`,
      })
      .returning();
    if (!penalty) throw new Error('penalty insert returned nothing');
    const [updated] = await tx
      .update(violations)
      .set({
        status: 'CONFIRMED',
        ordinal: preview.ordinal,
        // Why the ordinal and the ban are what they are, as they were at this moment.
        countedViolationIds: preview.countedViolations.map((counted) => counted.id),
        ruleKey: preview.ruleKey,
        ruleEffectiveFrom: preview.ruleEffectiveFrom,
        decidedById: ctx.viewer?.id,
        decidedAt: now,
        decisionNote: note?.trim() || null,
      })
      .where(and(eq(violations.id, id), eq(violations.status, 'PENDING')))
      .returning();
    if (!updated) throw new AppError('INVALID_TRANSITION', 'ALREADY_DECIDED', 'This violation has just been decided.');
    await recordAudit(ctx, tx, {
      action: 'violation.confirm',
      targetType: 'Violation',
      targetId: id,
      before: { status: 'PENDING' },
      after: {
        status: 'CONFIRMED',
        ordinal: preview.ordinal,
        countedViolationIds: preview.countedViolations.map((counted) => counted.id),
        rule: { key: preview.ruleKey, effectiveFrom: preview.ruleEffectiveFrom.toISOString() },
        penaltyId: penalty.id,
        days: preview.days,
        endsAt: preview.endsAt?.toISOString() ?? null,
      },
      reason: note ?? null,
    });
    const appealDays = await integerAt(tx, 'appeal.windowDays', now);
    await notifyOperators(ctx, tx, row.accountId, {
      kind: 'PENALTY',
      params: {
        violationType: row.type,
        ordinal: preview.ordinal,
        permanent: preview.permanent,
        days: preview.days,
        endsAt: preview.endsAt?.toISOString() ?? null,
        appealDays,
      },
      targetType: 'Penalty',
      targetId: penalty.id,
    });
    await notifyQueueChange(tx, { kind: 'DECIDED', violationId: id, claimedById: ctx.viewer?.id ?? null, at: now });
    return updated;
  });
}

/**
 * Dismisses pending violations with one note (a single one, or a bulk selection): all or none. A
 * row another moderator holds with a live claim refuses the whole call (CLAIMED_BY_OTHER naming
 * them in extensions.ids, nothing written) unless takeOver; the others are claimed implicitly.
 */
export async function dismissViolations(
  ctx: Context,
  ids: string[],
  note: string,
  takeOver = false,
): Promise<ViolationRow[]> {
  const text = note.trim();
  if (text.length < 2) throw badInput('note', 'TOO_SHORT', 'Say why: a dismissal needs a note.');
  if (ids.length === 0 || ids.length > 100)
    throw badInput('ids', ids.length === 0 ? 'REQUIRED' : 'TOO_MANY', 'Dismiss between 1 and 100 violations at once.');
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const pendingBefore = await tx
      .select({ id: violations.id })
      .from(violations)
      .where(and(inArray(violations.id, ids), eq(violations.status, 'PENDING')));
    if (pendingBefore.length === new Set(ids).size) await claimRows(ctx, tx, ids, takeOver, await claimState(ctx, tx));
    const updated = await tx
      .update(violations)
      .set({ status: 'DISMISSED', decidedById: ctx.viewer?.id, decidedAt: now, decisionNote: text })
      .where(and(inArray(violations.id, ids), eq(violations.status, 'PENDING')))
      .returning();
    if (updated.length !== new Set(ids).size) {
      // All or nothing: one already decided (or unknown) leaves every other untouched.
      throw new AppError(
        'INVALID_TRANSITION',
        'ALREADY_DECIDED',
        'Some of these violations are no longer pending; nothing was dismissed.',
        {
          pending: updated.length,
          asked: ids.length,
        },
      );
    }
    for (const row of updated) {
      await recordAudit(ctx, tx, {
        action: 'violation.dismiss',
        targetType: 'Violation',
        targetId: row.id,
        before: { status: 'PENDING' },
        after: { status: 'DISMISSED' },
        reason: text,
      });
      await notifyQueueChange(tx, {
        kind: 'DECIDED',
        violationId: row.id,
        claimedById: ctx.viewer?.id ?? null,
        at: now,
      });
    }
    return updated;
  });
}

async function loadPenalty(ctx: Context, id: string): Promise<PenaltyRow> {
  const [row] = await ctx.db.select().from(penalties).where(eq(penalties.id, id));
  if (!row) throw notFound('penalty');
  return row;
}

/** Whether the rule in force says this permanent ban can never be lifted. */
async function neverLifted(executor: Executor, penalty: PenaltyRow, now: Date): Promise<boolean> {
  if (!penalty.permanent || !penalty.violationId) return false;
  const [violation] = await executor
    .select({ type: violations.type })
    .from(violations)
    .where(eq(violations.id, penalty.violationId));
  if (!violation) return false;
  return (await valueAt(executor, neverLiftedRuleKey(violation.type), now)) === true;
}

async function liftInTransaction(
  ctx: Context,
  tx: Executor,
  penalty: PenaltyRow,
  reason: string,
  action: Extract<AuditAction, `penalty.${string}`>,
  notice: { cause: LiftCause; reason: string },
): Promise<PenaltyRow> {
  const now = ctx.clock.now();
  const [lifted] = await tx
    .update(penalties)
    .set({ liftedAt: now, liftedById: ctx.viewer?.id, liftReason: reason })
    .where(and(eq(penalties.id, penalty.id), activePenaltyCondition(now)))
    .returning();
  if (!lifted)
    throw new AppError(
      'INVALID_TRANSITION',
      'NOT_IN_FORCE',
      'This penalty is not in force: it has ended or was lifted.',
    );
  await recordAudit(ctx, tx, {
    action,
    targetType: 'Penalty',
    targetId: penalty.id,
    before: { endsAt: penalty.endsAt?.toISOString() ?? null, permanent: penalty.permanent },
    after: { liftedAt: now.toISOString() },
    reason,
  });
  await notifyOperators(ctx, tx, penalty.accountId, {
    kind: 'PENALTY_LIFTED',
    params: { liftedAt: now.toISOString(), reason: notice.reason, cause: notice.cause },
    targetType: 'Penalty',
    targetId: penalty.id,
  });
  return lifted;
}

/**
 * Ends a ban now (MODERATOR, with a reason). A permanent ban whose type's rule says it is never
 * lifted (like-farming) is PENALTY_NOT_LIFTABLE for everyone, ADMIN included.
 */
export async function liftPenalty(ctx: Context, id: string, reason: string): Promise<PenaltyRow> {
  const text = reason.trim();
  if (text.length < 2) throw badInput('reason', 'TOO_SHORT', 'Give a reason for lifting the ban.');
  const penalty = await loadPenalty(ctx, id);
  if (await neverLifted(ctx.db, penalty, ctx.clock.now())) {
    throw new AppError(
      'PENALTY_NOT_LIFTABLE',
      'PERMANENT',
      'A permanent ban for like-farming is never lifted (永久封号且不解封).',
    );
  }
  return ctx.db.transaction((tx) =>
    liftInTransaction(ctx, tx, penalty, text, 'penalty.lift', { cause: 'MANUAL', reason: text }),
  );
}

/**
 * Overturns a confirmed violation (MODERATOR, with a reason): it no longer counts on the ladder
 * (the account's next offence of the type gets a lower ordinal) and its ban, if still in force,
 * ends. Lifting only ends a ban; overturning says the violation was wrong. A permanent ban that is
 * never lifted (like-farming) cannot be ended this way either: PENALTY_NOT_LIFTABLE.
 */
export async function overturnViolation(ctx: Context, id: string, reason: string): Promise<ViolationRow> {
  const text = reason.trim();
  if (text.length < 2) throw badInput('reason', 'TOO_SHORT', 'Say why the violation is overturned.');
  const existing = await loadViolation(ctx, id);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    // The account lock orders this with confirmations, whose ordinals count confirmed violations.
    await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.id, existing.accountId)).for('update');
    const [row] = await tx.select().from(violations).where(eq(violations.id, id));
    if (row?.status !== 'CONFIRMED') {
      throw new AppError(
        'INVALID_TRANSITION',
        'NOT_CONFIRMED',
        `Only a confirmed violation can be overturned; this one is ${row?.status ?? 'gone'}.`,
      );
    }
    const [penalty] = await tx.select().from(penalties).where(eq(penalties.violationId, id));
    const inForce = penalty && penalty.liftedAt === null && (penalty.endsAt === null || penalty.endsAt > now);
    if (penalty && inForce && (await neverLifted(tx, penalty, now))) {
      throw new AppError(
        'PENALTY_NOT_LIFTABLE',
        'PERMANENT',
        'This violation’s ban is a permanent like-farming ban, which is never lifted (永久封号且不解封); it cannot be overturned.',
      );
    }
    const [updated] = await tx
      .update(violations)
      .set({ status: 'OVERTURNED' })
      .where(and(eq(violations.id, id), eq(violations.status, 'CONFIRMED')))
      .returning();
    if (!updated) throw new AppError('INVALID_TRANSITION', 'CONCURRENT_CHANGE', 'This violation has just changed.');
    if (penalty && inForce)
      await liftInTransaction(ctx, tx, penalty, `Violation overturned: ${text}`, 'penalty.liftOnOverturn', {
        cause: 'OVERTURN',
        reason: text,
      });
    await recordAudit(ctx, tx, {
      action: 'violation.overturn',
      targetType: 'Violation',
      targetId: id,
      before: { status: 'CONFIRMED', ordinal: row.ordinal },
      after: { status: 'OVERTURNED', penaltyEnded: Boolean(penalty && inForce) },
      reason: text,
    });
    if (!(penalty && inForce)) {
      // A lifted ban already told the operators; otherwise say the record is cleared.
      await notifyOperators(ctx, tx, row.accountId, {
        kind: 'VIOLATION_OVERTURNED',
        params: { violationType: row.type, reason: text },
        targetType: 'Violation',
        targetId: id,
      });
    }
    return updated;
  });
}

/**
 * The account's publisher appeals a penalty: once, within the rule's window of its start, with at
 * most the rule's characters. The decision is due after the rule's working days.
 */
export async function fileAppeal(ctx: Context, penaltyId: string, text: string): Promise<AppealRow> {
  const penalty = await loadPenalty(ctx, penaltyId);
  await accountForAction(ctx, penalty.accountId, 'penaltyId');
  if (!ctx.viewer?.roles.includes('ADMIN')) {
    const operators = await ctx.loaders.operatorIdsByAccountId.load(penalty.accountId);
    if (!ctx.viewer || !operators.includes(ctx.viewer.id))
      throw forbidden('NOT_OPERATOR', 'Only the account’s operators may appeal.');
  }
  const now = ctx.clock.now();
  const [windowDays, maxCharacters, workingDays] = await Promise.all([
    integerAt(ctx.db, 'appeal.windowDays', now),
    integerAt(ctx.db, 'appeal.maxCharacters', now),
    integerAt(ctx.db, 'appeal.decisionWorkingDays', now),
  ]);
  const body = text.trim();
  if (body.length === 0) throw badInput('text', 'REQUIRED', 'Say why the penalty is wrong.');
  if (Array.from(body).length > maxCharacters) {
    throw badInput('text', 'TOO_LONG', `An appeal may be at most ${maxCharacters} characters.`, {
      limit: maxCharacters,
    });
  }
  const deadline = new Date(penalty.startsAt.getTime() + windowDays * 86_400_000);
  if (now > deadline) {
    throw new AppError(
      'INVALID_TRANSITION',
      'APPEAL_WINDOW_CLOSED',
      `Appeals are accepted within ${windowDays} days of the penalty; this one closed on ${deadline.toISOString()}.`,
    );
  }
  const years = yearsFor(now, workingDays);
  const due = addWorkingDays(now, workingDays, await workingCalendarFor(ctx.db, years.first, years.last));
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(appeals)
      .values({
        penaltyId: penalty.id,
        accountId: penalty.accountId,
        filedById: ctx.viewer?.id ?? null,
        text: body,
        filedAt: now,
        dueAt: due.at,
        deadlineUncertain: due.uncertain,
        status: 'PENDING',
      })
      .onConflictDoNothing()
      .returning();
    if (!row)
      throw new AppError(
        'INVALID_TRANSITION',
        'ALREADY_APPEALED',
        'This penalty has already been appealed; an appeal is allowed once.',
      );
    await recordAudit(ctx, tx, { action: 'appeal.file', targetType: 'Appeal', targetId: row.id, after: { penaltyId } });
    return row;
  });
}

/**
 * A moderator decides an appeal. Granting lifts the penalty and overturns its violation, which
 * then no longer counts towards future ordinals.
 */
export async function decideAppeal(ctx: Context, id: string, grant: boolean, reason: string): Promise<AppealRow> {
  const text = reason.trim();
  if (text.length < 2) throw badInput('reason', 'TOO_SHORT', 'Give the reason for the decision.');
  const [appeal] = await ctx.db.select().from(appeals).where(eq(appeals.id, id));
  if (!appeal) throw notFound('appeal');
  if (appeal.status !== 'PENDING')
    throw new AppError('INVALID_TRANSITION', 'ALREADY_DECIDED', `This appeal is already ${appeal.status}.`);
  const penalty = await loadPenalty(ctx, appeal.penaltyId);
  const now = ctx.clock.now();
  if (grant && (await neverLifted(ctx.db, penalty, now))) {
    // 永久封号且不解封 (seed 004): not by a moderator, and not by granting an appeal.
    throw new AppError(
      'PENALTY_NOT_LIFTABLE',
      'PERMANENT',
      'A permanent ban for like-farming is never lifted, not even by a granted appeal (永久封号且不解封). Reject the appeal, with the reason.',
    );
  }
  return ctx.db.transaction(async (tx) => {
    const [decided] = await tx
      .update(appeals)
      .set({
        status: grant ? 'GRANTED' : 'REJECTED',
        decidedById: ctx.viewer?.id,
        decidedAt: now,
        decisionReason: text,
      })
      .where(and(eq(appeals.id, id), eq(appeals.status, 'PENDING')))
      .returning();
    if (!decided) throw new AppError('INVALID_TRANSITION', 'ALREADY_DECIDED', 'This appeal has just been decided.');
    if (grant) {
      // A granted appeal undoes the violation itself: it leaves the ladder and its ban ends.
      const stillActive = penalty.liftedAt === null && (penalty.endsAt === null || penalty.endsAt > now);
      if (stillActive)
        await liftInTransaction(ctx, tx, penalty, `Appeal granted: ${text}`, 'penalty.liftOnAppeal', {
          cause: 'APPEAL',
          reason: text,
        });
      if (penalty.violationId) {
        await tx.update(violations).set({ status: 'OVERTURNED' }).where(eq(violations.id, penalty.violationId));
      }
    }
    await recordAudit(ctx, tx, {
      action: grant ? 'appeal.grant' : 'appeal.reject',
      targetType: 'Appeal',
      targetId: id,
      before: { status: 'PENDING' },
      after: { status: decided.status },
      reason: text,
    });
    await notifyOperators(ctx, tx, appeal.accountId, {
      kind: 'APPEAL_DECIDED',
      params: { granted: grant, reason: text },
      targetType: 'Appeal',
      targetId: id,
    });
    return decided;
  });
}

export interface ViolationFilter {
  status?: ViolationStatusName | null;
  type?: ViolationTypeName | null;
  source?: ViolationSourceName | null;
  accountId?: string | null;
  reportedFrom?: Date | null;
  reportedTo?: Date | null;
  claim?: ClaimFilterName | null;
}

export const CLAIM_FILTERS = ['ANY', 'UNCLAIMED', 'MINE', 'OTHERS', 'UNCLAIMED_OR_MINE'] as const;
export type ClaimFilterName = (typeof CLAIM_FILTERS)[number];

/** The queue's claim views; a lapsed claim counts as unclaimed (not MINE, not OTHERS). */
async function claimFilterCondition(ctx: Context, claim: ClaimFilterName): Promise<SQL | null> {
  if (claim === 'ANY') return null;
  const viewerId = ctx.viewer?.id;
  if (!viewerId || !seesAllAccounts(ctx)) throw forbidden('ROLE', 'Only staff filter violations by claim.');
  const cutoff = new Date(ctx.clock.now().getTime() - (await claimMinutes(ctx)) * 60_000);
  const live = sql`(${violations.claimedById} is not null and ${violations.claimedAt} > ${cutoff.toISOString()}::timestamptz)`;
  switch (claim) {
    case 'UNCLAIMED':
      return sql`not ${live}`;
    case 'MINE':
      return sql`(${live} and ${violations.claimedById} = ${viewerId})`;
    case 'OTHERS':
      return heldByOtherCondition(viewerId, cutoff);
    case 'UNCLAIMED_OR_MINE':
      return claimableCondition(viewerId, cutoff);
  }
}

/** Violations the viewer may see; oldest first (the queue order) unless asked newest first. */
export async function listViolations(
  ctx: Context,
  args: { first?: number | null; after?: string | null; filter?: ViolationFilter | null; newestFirst?: boolean | null },
) {
  const filter = args.filter ?? {};
  const conditions: SQL[] = [];
  const visible = visibleThroughAccount(ctx, violations.accountId);
  if (visible) conditions.push(visible);
  if (filter.status) conditions.push(eq(violations.status, filter.status));
  if (filter.type) conditions.push(eq(violations.type, filter.type));
  if (filter.source) conditions.push(eq(violations.source, filter.source));
  if (filter.accountId) conditions.push(eq(violations.accountId, filter.accountId));
  if (filter.reportedFrom) conditions.push(gte(violations.reportedAt, filter.reportedFrom));
  if (filter.reportedTo) conditions.push(lte(violations.reportedAt, filter.reportedTo));
  const claim = filter.claim ? await claimFilterCondition(ctx, filter.claim) : null;
  if (claim) conditions.push(claim);
  const newest = Boolean(args.newestFirst);
  const page = await keysetPage<ViolationRow>(
    ctx.db,
    {
      table: violations,
      order: byTime(violations.reportedAt, violations.id, newest ? 'desc' : 'asc', (row) => row.reportedAt),
      where: conditions,
      limits: ctx.config.limits,
    },
    args,
  );
  for (const edge of page.edges) ctx.loaders.violationById.prime(edge.node.id, edge.node);
  return page;
}

/** An account's violations, newest first: batched across a page of accounts (staff and operators). */
export async function listAccountViolations(
  ctx: Context,
  accountId: string,
  args: { first?: number | null; after?: string | null },
) {
  return ctx.loaders.nested.connection(ctx.loaders.lists.violationsOfAccount, accountId, args);
}

export interface PenaltyFilter {
  activeOnly?: boolean | null;
  accountId?: string | null;
  endingFrom?: Date | null;
  endingTo?: Date | null;
  permanent?: boolean | null;
}

/** Penalties, newest first. */
export async function listPenalties(
  ctx: Context,
  args: { first?: number | null; after?: string | null; filter?: PenaltyFilter | null },
) {
  const filter = args.filter ?? {};
  const now = ctx.clock.now();
  const conditions: SQL[] = [];
  const visible = visibleThroughAccount(ctx, penalties.accountId);
  if (visible) conditions.push(visible);
  if (filter.activeOnly) conditions.push(activePenaltyCondition(now));
  if (filter.accountId) conditions.push(eq(penalties.accountId, filter.accountId));
  if (filter.endingFrom) conditions.push(gte(penalties.endsAt, filter.endingFrom));
  if (filter.endingTo) conditions.push(lte(penalties.endsAt, filter.endingTo));
  if (filter.permanent !== undefined && filter.permanent !== null)
    conditions.push(eq(penalties.permanent, filter.permanent));
  const page = await keysetPage<PenaltyRow>(
    ctx.db,
    {
      table: penalties,
      order: byTime(penalties.startsAt, penalties.id, 'desc', (row) => row.startsAt),
      where: conditions,
      limits: ctx.config.limits,
    },
    args,
  );
  return page;
}

export function listAppealsById(ctx: Context, id: string): Promise<AppealRow[]> {
  return ctx.db.select().from(appeals).where(eq(appeals.id, id));
}

/** Appeals, the ones due soonest first. */
export async function listAppeals(
  ctx: Context,
  args: {
    first?: number | null;
    after?: string | null;
    filter?: { status?: AppealStatusName | null; accountId?: string | null } | null;
  },
) {
  const filter = args.filter ?? {};
  const conditions: SQL[] = [];
  const visible = visibleThroughAccount(ctx, appeals.accountId);
  if (visible) conditions.push(visible);
  if (filter.status) conditions.push(eq(appeals.status, filter.status));
  if (filter.accountId) conditions.push(eq(appeals.accountId, filter.accountId));
  const page = await keysetPage<AppealRow>(
    ctx.db,
    {
      table: appeals,
      order: byTime(appeals.dueAt, appeals.id, 'asc', (row) => row.dueAt),
      where: conditions,
      limits: ctx.config.limits,
    },
    args,
  );
  return page;
}
