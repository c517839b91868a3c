import { and, asc, count, desc, eq, gte, inArray, isNull, lt, lte, notExists, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { AppError, badInput, type ErrorReason, forbidden, notFound } from '../../common/errors';
import { byTime, keysetPage } from '../../common/keyset';
import { pageSize } from '../../common/pagination';
import type { Context } from '../../context';
import type { Executor } from '../../db/client';
import {
  type AccountRow,
  accountOperators,
  accounts,
  type CertificationKindName,
  type CertificationRow,
  certificationInvitations,
  certificationMaterials,
  certifications,
  notifications,
  subjects,
  uploads,
  users,
  type VerdictName,
  violations,
} from '../../db/schema';
import { accountForAction, seesAllAccounts, visibleThroughAccount } from '../accounts/accounts.service';
import { recordAudit } from '../audit/audit.service';
import type { NotificationKind } from '../notifications/notification-messages';
import { integerAt, valueAt } from '../rules/rules.service';
import { notifyOperators } from '../violations/notifications.service';
import { type CertificationStatusName, type CertificationStep, IN_PROGRESS, nextStatus } from './certification-flow';
import { checkNickname, type NamingAdvice, type NamingRules } from './nickname-check';
import { paymentProvider } from './payment-provider';
import { reminderWindows } from './reminder-thresholds';

const DAY_MS = 86_400_000;

import { certifiedCondition } from '../../access/conditions';

export { certifiedCondition };

/** What the status is at `now`: an approved certification past its end has EXPIRED. */
export function effectiveStatus(row: CertificationRow, now: Date): CertificationStatusName {
  return row.status === 'APPROVED' && row.expiresAt && row.expiresAt <= now ? 'EXPIRED' : row.status;
}

async function namingRules(executor: Executor, now: Date): Promise<NamingRules> {
  const [forbiddenWords, genericWords, appLikePatterns] = await Promise.all([
    valueAt(executor, 'certification.naming.forbiddenWords', now),
    valueAt(executor, 'certification.naming.genericWords', now),
    valueAt(executor, 'certification.naming.appLikePatterns', now),
  ]);
  return {
    forbiddenWords: forbiddenWords as string[],
    genericWords: genericWords as string[],
    appLikePatterns: appLikePatterns as string[],
  };
}

/** Advice on a nickname, with suggestions from the account's subject when one is given. */
export async function adviseNickname(ctx: Context, nickname: string, accountId: string | null): Promise<NamingAdvice> {
  let subjectName: string | null = null;
  if (accountId) {
    const account = await accountForAction(ctx, accountId, 'accountId');
    subjectName = (await ctx.loaders.subjectById.load(account.subjectId))?.name ?? null;
  }
  return checkNickname(nickname, subjectName, await namingRules(ctx.db, ctx.clock.now()));
}

function isOperator(ctx: Context, operators: string[]): boolean {
  return Boolean(ctx.viewer && (ctx.viewer.roles.includes('ADMIN') || operators.includes(ctx.viewer.id)));
}

/** The account, which the viewer must operate (ADMIN: any). */
async function operatedAccount(ctx: Context, accountId: string, field: string): Promise<AccountRow> {
  const account = await accountForAction(ctx, accountId, field);
  if (!isOperator(ctx, await ctx.loaders.operatorIdsByAccountId.load(account.id))) {
    throw forbidden('NOT_OPERATOR', 'Only the account’s operators may apply for its certification.');
  }
  return account;
}

/** Which subject and account kinds each certification kind is for. */
function kindFits(kind: CertificationKindName, account: AccountRow, subjectKind: string): string | null {
  if (kind === 'PERSONAL_MINI_PROGRAM') {
    return account.kind === 'MINI_PROGRAM' && subjectKind === 'INDIVIDUAL'
      ? null
      : 'personal mini-program certification is for mini-programs of individuals';
  }
  if (kind === 'PERSONAL_ACCOUNT') {
    return account.kind !== 'MINI_PROGRAM' && subjectKind === 'INDIVIDUAL'
      ? null
      : 'personal certification is for official accounts of individuals';
  }
  return subjectKind !== 'INDIVIDUAL' ? null : 'enterprise certification is for enterprises and organizations';
}

/** Start of the calendar year of `now` in China time, as an instant. */
function chinaYearStart(now: Date): Date {
  const year = new Date(now.getTime() + 8 * 3_600_000).getUTCFullYear();
  return new Date(Date.UTC(year, 0, 1) - 8 * 3_600_000);
}

/** Why a personal account may not be certified now, or null (seed 000). */
async function personalEligibility(
  tx: Executor,
  accountId: string,
  now: Date,
): Promise<{ reason: ErrorReason<'NOT_ELIGIBLE'>; text: string; details?: Record<string, unknown> } | null> {
  const [invitation] = await tx
    .select()
    .from(certificationInvitations)
    .where(and(eq(certificationInvitations.accountId, accountId), isNull(certificationInvitations.revokedAt)));
  if (!invitation) {
    return { reason: 'NOT_INVITED', text: 'personal certification is by invitation, and this account has none' };
  }
  return violationBar(tx, accountId, now);
}

/** Why an account's violations bar it from personal certification now, or null (seed 000). */
async function violationBar(
  tx: Executor,
  accountId: string,
  now: Date,
): Promise<{ reason: ErrorReason<'NOT_ELIGIBLE'>; text: string; details?: Record<string, unknown> } | null> {
  const [infringement] = await tx
    .select({ id: violations.id })
    .from(violations)
    .where(
      and(eq(violations.accountId, accountId), eq(violations.type, 'INFRINGEMENT'), eq(violations.status, 'CONFIRMED')),
    )
    .limit(1);
  if (infringement) return { reason: 'INFRINGEMENT', text: 'the account has a confirmed infringement' };
  const cleanDays = await integerAt(tx, 'certification.PERSONAL_ACCOUNT.cleanDays', now);
  const [recent] = await tx
    .select({ id: violations.id })
    .from(violations)
    .where(
      and(
        eq(violations.accountId, accountId),
        eq(violations.status, 'CONFIRMED'),
        gte(violations.decidedAt, new Date(now.getTime() - cleanDays * DAY_MS)),
      ),
    )
    .limit(1);
  return recent
    ? {
        reason: 'RECENT_VIOLATION',
        text: `the account has a confirmed violation in the last ${cleanDays} days`,
        details: { days: cleanDays },
      }
    : null;
}

export interface StartInput {
  accountId: string;
  kind: CertificationKindName;
  nickname: string;
  renewalOfId?: string | null;
}

/**
 * Starts a certification (or an annual review). The account row is locked, so the yearly limit
 * and "one in progress at a time" hold under simultaneous starts.
 */
export async function startCertification(ctx: Context, input: StartInput): Promise<CertificationRow> {
  const nickname = input.nickname.trim();
  const length = Array.from(nickname).length;
  if (length < 2 || length > 30) {
    throw badInput(
      'input.nickname',
      length < 2 ? 'TOO_SHORT' : 'TOO_LONG',
      'A certification nickname is 2 to 30 characters.',
    );
  }
  const account = await operatedAccount(ctx, input.accountId, 'input.accountId');
  const subject = await ctx.loaders.subjectById.load(account.subjectId);
  const misfit = kindFits(input.kind, account, subject?.kind ?? '');
  if (misfit) {
    throw new AppError('NOT_ELIGIBLE', 'KIND_MISMATCH', `Not eligible: ${misfit}.`, {
      field: 'input.kind',
      kind: input.kind,
    });
  }
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.id, account.id)).for('update');
    const [open] = await tx
      .select({ id: certifications.id, status: certifications.status })
      .from(certifications)
      .where(and(eq(certifications.accountId, account.id), inArray(certifications.status, [...IN_PROGRESS])));
    if (open) {
      throw new AppError(
        'INVALID_TRANSITION',
        'IN_PROGRESS',
        `This account already has a certification in progress (${open.status}).`,
      );
    }
    if (input.kind === 'PERSONAL_ACCOUNT') {
      const ineligible = await personalEligibility(tx, account.id, now);
      if (ineligible) {
        throw new AppError('NOT_ELIGIBLE', ineligible.reason, `Not eligible: ${ineligible.text}.`, ineligible.details);
      }
      const maxPerYear = await integerAt(tx, 'certification.PERSONAL_ACCOUNT.maxPerYear', now);
      const [started] = await tx
        .select({ value: count() })
        .from(certifications)
        .where(
          and(
            eq(certifications.accountId, account.id),
            eq(certifications.kind, 'PERSONAL_ACCOUNT'),
            gte(certifications.startedAt, chinaYearStart(now)),
          ),
        );
      if ((started?.value ?? 0) >= maxPerYear) {
        throw new AppError(
          'CERTIFICATION_LIMIT',
          'PER_YEAR',
          `At most ${maxPerYear} personal certifications may be started per calendar year.`,
          {
            limit: maxPerYear,
          },
        );
      }
    }
    const feeCents = await integerAt(tx, `certification.fee.${input.kind}`, now);
    const [row] = await tx
      .insert(certifications)
      .values({
        accountId: account.id,
        kind: input.kind,
        status: 'AWAITING_TERMS',
        nickname,
        feeCents,
        startedById: ctx.viewer?.id ?? null,
        startedAt: now,
        renewalOfId: input.renewalOfId ?? null,
      })
      .returning();
    if (!row) throw new Error('certification insert returned nothing');
    await recordAudit(ctx, tx, {
      action: input.renewalOfId ? 'certification.renew' : 'certification.start',
      targetType: 'Certification',
      targetId: row.id,
      after: { accountId: account.id, kind: row.kind, nickname, feeCents },
    });
    return row;
  });
}

/** Starts the annual review (年审) of an approved certification through the same flow. */
export async function renewCertification(ctx: Context, certificationId: string): Promise<CertificationRow> {
  const current = await loadForApplicant(ctx, certificationId);
  if (current.status !== 'APPROVED')
    throw new AppError('INVALID_TRANSITION', 'NOT_APPROVED', 'Only an approved certification has an annual review.');
  const nickname =
    current.naming === 'PASSED'
      ? current.nickname
      : ((await ctx.loaders.accountById.load(current.accountId))?.name ?? current.nickname);
  return startCertification(ctx, {
    accountId: current.accountId,
    kind: current.kind,
    nickname,
    renewalOfId: current.id,
  });
}

export async function findCertification(ctx: Context, id: string): Promise<CertificationRow | null> {
  const row = await ctx.loaders.certificationById.load(id);
  if (!row) return null;
  if (seesAllAccounts(ctx)) return row;
  return isOperator(ctx, await ctx.loaders.operatorIdsByAccountId.load(row.accountId)) ? row : null;
}

async function loadForApplicant(ctx: Context, id: string): Promise<CertificationRow> {
  const row = await findCertification(ctx, id);
  if (!row) throw notFound('certification');
  if (!isOperator(ctx, await ctx.loaders.operatorIdsByAccountId.load(row.accountId))) {
    throw forbidden('NOT_OPERATOR', 'Only the account’s operators fill in its certification.');
  }
  return row;
}

function refuseStep(row: CertificationRow, step: CertificationStep, now: Date): CertificationStatusName {
  const free = row.feeCents === 0;
  const status = effectiveStatus(row, now);
  const next = nextStatus(status, step, free);
  if (!next) {
    const reason =
      status === 'APPROVED' || status === 'REJECTED'
        ? 'ALREADY_DECIDED'
        : status === 'EXPIRED'
          ? 'EXPIRED'
          : 'STEP_OUT_OF_ORDER';
    throw new AppError(
      'INVALID_TRANSITION',
      reason,
      `A certification that is ${status} cannot take the step ${step} now.`,
      { status, step },
    );
  }
  return next;
}

/** Moves a certification one step, guarded by its current status (a conditional update). */
async function advance(
  ctx: Context,
  tx: Executor,
  row: CertificationRow,
  step: CertificationStep,
  changes: Partial<typeof certifications.$inferInsert>,
): Promise<CertificationRow> {
  const status = refuseStep(row, step, ctx.clock.now());
  const [updated] = await tx
    .update(certifications)
    .set({ ...changes, status })
    .where(and(eq(certifications.id, row.id), eq(certifications.status, row.status)))
    .returning();
  if (!updated) throw new AppError('INVALID_TRANSITION', 'CONCURRENT_CHANGE', 'This certification has just moved on.');
  await recordAudit(ctx, tx, {
    action: `certification.${step.toLowerCase() as Lowercase<CertificationStep>}`,
    targetType: 'Certification',
    targetId: row.id,
    before: { status: row.status },
    after: { status, ...summarize(changes) },
  });
  return updated;
}

/** Audit detail without personal data (contact phone, tax number). */
function summarize(changes: Partial<typeof certifications.$inferInsert>): Record<string, unknown> {
  const { contactPhone: _phone, invoiceTaxNumber: _tax, contactName: _name, ...rest } = changes;
  return Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
}

export async function acceptTerms(ctx: Context, id: string): Promise<CertificationRow> {
  const row = await loadForApplicant(ctx, id);
  return ctx.db.transaction((tx) => advance(ctx, tx, row, 'ACCEPT_TERMS', { termsAcceptedAt: ctx.clock.now() }));
}

/** Dispatch: the reviewer with the fewest open certifications gets it (ties: the longest idle). */
async function pickReviewer(tx: Executor): Promise<string | null> {
  const open = sql<number>`(select count(*) from ${certifications} where ${certifications.reviewerId} = ${users.id} and ${inArray(certifications.status, ['DISPATCHED', 'REVIEW_CALL_DONE'])})`;
  const [reviewer] = await tx
    .select({ id: users.id })
    .from(users)
    .where(sql`'REVIEWER' = any(${users.roles})`)
    .orderBy(open, asc(users.createdAt))
    .limit(1);
  return reviewer?.id ?? null;
}

async function dispatchChanges(tx: Executor, now: Date) {
  return { dispatchedAt: now, reviewerId: await pickReviewer(tx) };
}

export interface InformationInput {
  contactName: string;
  contactPhone: string;
  profession?: string | null;
  professionProof?: string | null;
  materialIds?: string[] | null;
}

/** Checks that uploads exist and belong to the viewer (staff may attach any). */
async function ownUploads(ctx: Context, tx: Executor, ids: string[], field: string): Promise<void> {
  if (ids.length === 0) return;
  const found = await tx
    .select({ id: uploads.id, ownerId: uploads.ownerId })
    .from(uploads)
    .where(inArray(uploads.id, ids));
  const mine = found.filter((upload) => upload.ownerId === ctx.viewer?.id || ctx.viewer?.roles.includes('ADMIN'));
  if (mine.length !== new Set(ids).size) throw notFound('upload', field);
}

/**
 * Contact, optional profession (which then needs a proof upload, seed 001) and identity
 * materials. Free kinds are dispatched to a reviewer at once.
 */
export async function submitInformation(ctx: Context, id: string, input: InformationInput): Promise<CertificationRow> {
  const row = await loadForApplicant(ctx, id);
  const profession = input.profession?.trim() || null;
  if (profession && !input.professionProof) {
    throw badInput('input.professionProof', 'REQUIRED', 'A profession needs a proof: upload it and pass its id.');
  }
  if (!profession && input.professionProof)
    throw badInput('input.profession', 'REQUIRED', 'Name the profession the proof is for.');
  const materialIds = [...new Set(input.materialIds ?? [])];
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    refuseStep(row, 'SUBMIT_INFORMATION', now);
    await ownUploads(ctx, tx, materialIds, 'input.materialIds');
    if (input.professionProof) await ownUploads(ctx, tx, [input.professionProof], 'input.professionProof');
    const free = row.feeCents === 0;
    const updated = await advance(ctx, tx, row, 'SUBMIT_INFORMATION', {
      contactName: input.contactName.trim(),
      contactPhone: input.contactPhone.trim(),
      profession,
      informationAt: now,
      ...(free ? await dispatchChanges(tx, now) : {}),
    });
    const materials = [
      ...materialIds.map((uploadId) => ({ certificationId: row.id, uploadId, purpose: 'IDENTITY', addedAt: now })),
      ...(input.professionProof
        ? [{ certificationId: row.id, uploadId: input.professionProof, purpose: 'PROFESSION_PROOF', addedAt: now }]
        : []),
    ];
    if (materials.length) await tx.insert(certificationMaterials).values(materials).onConflictDoNothing();
    return updated;
  });
}

export async function submitInvoice(
  ctx: Context,
  id: string,
  input: { title: string; taxNumber?: string | null },
): Promise<CertificationRow> {
  const row = await loadForApplicant(ctx, id);
  return ctx.db.transaction((tx) =>
    advance(ctx, tx, row, 'SUBMIT_INVOICE', {
      invoiceTitle: input.title.trim(),
      invoiceTaxNumber: input.taxNumber?.trim() || null,
      invoiceAt: ctx.clock.now(),
    }),
  );
}

/**
 * Pays the fee through the payment provider (an internal ledger entry, never refundable) and
 * dispatches the certification to a reviewer.
 */
export async function payFee(ctx: Context, id: string): Promise<CertificationRow> {
  const row = await loadForApplicant(ctx, id);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    refuseStep(row, 'PAY', now);
    await paymentProvider.charge(tx, {
      certificationId: row.id,
      amountCents: row.feeCents,
      payerId: ctx.viewer?.id ?? null,
      at: now,
    });
    return advance(ctx, tx, row, 'PAY', { paidAt: now, ...(await dispatchChanges(tx, now)) });
  });
}

/** Material supplements after dispatch: at most the rule's number. */
export async function supplementMaterials(ctx: Context, id: string, materialIds: string[]): Promise<CertificationRow> {
  const row = await loadForApplicant(ctx, id);
  if (row.status !== 'DISPATCHED' && row.status !== 'REVIEW_CALL_DONE') {
    throw new AppError(
      'INVALID_TRANSITION',
      'NOT_UNDER_REVIEW',
      'Material can be supplemented only while the certification is under review.',
    );
  }
  const ids = [...new Set(materialIds)];
  if (ids.length === 0) throw badInput('materialIds', 'REQUIRED', 'Pass the ids of the uploaded material.');
  const now = ctx.clock.now();
  const max = await integerAt(ctx.db, 'certification.material.maxSupplements', now);
  return ctx.db.transaction(async (tx) => {
    await ownUploads(ctx, tx, ids, 'materialIds');
    const [updated] = await tx
      .update(certifications)
      .set({ supplementsUsed: sql`${certifications.supplementsUsed} + 1` })
      .where(and(eq(certifications.id, row.id), lt(certifications.supplementsUsed, max)))
      .returning();
    if (!updated)
      throw new AppError('CERTIFICATION_LIMIT', 'SUPPLEMENTS', `Material may be supplemented at most ${max} times.`, {
        limit: max,
      });
    await tx
      .insert(certificationMaterials)
      .values(
        ids.map((uploadId) => ({
          certificationId: row.id,
          uploadId,
          purpose: 'IDENTITY',
          supplement: true,
          addedAt: now,
        })),
      )
      .onConflictDoNothing();
    await recordAudit(ctx, tx, {
      action: 'certification.supplement',
      targetType: 'Certification',
      targetId: row.id,
      after: { count: ids.length },
    });
    return updated;
  });
}

/** Reviewers act on what was dispatched to them; ADMIN on anything. */
async function loadForReviewer(ctx: Context, id: string): Promise<CertificationRow> {
  const row = await ctx.loaders.certificationById.load(id);
  if (!row) throw notFound('certification');
  if (!ctx.viewer?.roles.includes('ADMIN') && row.reviewerId !== ctx.viewer?.id) {
    throw forbidden('NOT_ASSIGNED', 'This certification was dispatched to another reviewer.');
  }
  return row;
}

/** The third-party review call (seed 001): identity confirmed, recording played. */
export async function recordReviewCall(
  ctx: Context,
  id: string,
  input: { identityConfirmed: boolean; recordingPlayed: boolean },
) {
  const row = await loadForReviewer(ctx, id);
  return ctx.db.transaction((tx) =>
    advance(ctx, tx, row, 'RECORD_REVIEW_CALL', {
      reviewCallAt: ctx.clock.now(),
      identityConfirmed: input.identityConfirmed,
      recordingPlayed: input.recordingPlayed,
    }),
  );
}

export interface DecisionInput {
  qualification: VerdictName;
  naming: VerdictName;
  reason?: string | null;
  suggestedNickname?: string | null;
  memberScale?: number | null;
}

/**
 * Qualification and naming are judged separately (seed 001): both passed → approved, the
 * nickname replaces the account name (seed 002) and the badge is set; qualification passed but
 * naming failed → certified, old name kept, no badge; qualification failed → rejected. The fee
 * is kept either way.
 */
export async function decideCertification(ctx: Context, id: string, input: DecisionInput): Promise<CertificationRow> {
  const row = await loadForReviewer(ctx, id);
  const now = ctx.clock.now();
  refuseStep(row, input.qualification === 'FAILED' ? 'REJECT' : 'APPROVE', now);
  const reason = input.reason?.trim() || null;
  if (input.qualification === 'FAILED' && !reason)
    throw badInput('input.reason', 'REQUIRED', 'Say why the qualification failed.');
  if (input.qualification === 'PASSED' && !(row.identityConfirmed && row.recordingPlayed)) {
    throw badInput(
      'input.qualification',
      'REVIEW_CALL_INCOMPLETE',
      'Qualification cannot pass unless the review call confirmed identity and played the recording.',
    );
  }
  if (input.memberScale !== undefined && input.memberScale !== null && row.kind !== 'ENTERPRISE') {
    throw badInput('input.memberScale', 'NOT_APPLICABLE', 'Only an enterprise certification records a member scale.');
  }
  // Read before the transaction: the embedded database has one connection, which the transaction holds.
  const owner = await ctx.loaders.accountById.load(row.accountId);
  const subject = owner ? await ctx.loaders.subjectById.load(owner.subjectId) : null;
  return ctx.db.transaction(async (tx) => {
    const [account] = await tx.select().from(accounts).where(eq(accounts.id, row.accountId)).for('update');
    if (!account) throw notFound('account');
    if (input.qualification === 'FAILED') {
      const updated = await advance(ctx, tx, row, 'REJECT', {
        decidedAt: now,
        qualification: 'FAILED',
        naming: input.naming,
        decisionReason: reason,
      });
      await notifyOperators(ctx, tx, row.accountId, {
        kind: 'CERTIFICATION_REJECTED',
        params: { reason: reason ?? '' },
        targetType: 'Certification',
        targetId: row.id,
      });
      return updated;
    }
    const validityDays = await integerAt(tx, 'certification.validityDays', now);
    // An annual review extends from the old end when renewed early.
    const previous = row.renewalOfId
      ? (await tx.select().from(certifications).where(eq(certifications.id, row.renewalOfId)))[0]
      : undefined;
    const from = previous?.expiresAt && previous.expiresAt > now ? previous.expiresAt : now;
    const namingPassed = input.naming === 'PASSED';
    let suggested = input.suggestedNickname?.trim() || null;
    if (!namingPassed && !suggested) {
      suggested =
        checkNickname(row.nickname, subject?.name ?? null, await namingRules(tx, now)).suggestions[0] ??
        subject?.name ??
        null;
    }
    const number = await nextCertificationNumber(tx);
    const updated = await advance(ctx, tx, row, 'APPROVE', {
      decidedAt: now,
      qualification: 'PASSED',
      naming: input.naming,
      decisionReason: reason,
      suggestedNickname: namingPassed ? null : suggested,
      approvedAt: now,
      expiresAt: new Date(from.getTime() + validityDays * DAY_MS),
      badge: namingPassed ? (row.kind === 'PERSONAL_MINI_PROGRAM' ? '个人开发者' : '认证') : null,
      previousAccountName: account.name,
      certificationNumber: `WXRZ-${new Date(now.getTime() + 8 * 3_600_000).getUTCFullYear()}-${String(number).padStart(6, '0')}`,
      memberScale: row.kind === 'ENTERPRISE' ? (input.memberScale ?? null) : null,
    });
    if (namingPassed && account.name !== row.nickname) {
      // The certification nickname replaces the account's name (seed 002).
      const [renamed] = await tx
        .update(accounts)
        .set({ name: row.nickname })
        .where(eq(accounts.id, account.id))
        .returning();
      // This request may have read the account already (its visibility): answer with the new name.
      if (renamed) ctx.loaders.accountById.clear(account.id).prime(account.id, renamed);
      await recordAudit(ctx, tx, {
        action: 'account.rename',
        targetType: 'Account',
        targetId: account.id,
        before: { name: account.name },
        after: { name: row.nickname },
        reason: 'certification approved',
      });
    }
    await notifyOperators(ctx, tx, row.accountId, {
      kind: 'CERTIFICATION_APPROVED',
      params: {
        namingPassed,
        nickname: row.nickname,
        expiresAt: updated.expiresAt?.toISOString() ?? null,
        suggestedNickname: namingPassed ? null : suggested,
      },
      targetType: 'Certification',
      targetId: row.id,
    });
    return updated;
  });
}

/** The next value of the certification number sequence (both drivers shape raw results differently). */
async function nextCertificationNumber(tx: Executor): Promise<number> {
  const result: unknown = await tx.execute(sql`select nextval('certification_number_seq')::int as number`);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<{ number: number }>;
  const value = rows[0]?.number;
  if (typeof value !== 'number') throw new Error('certification number sequence returned nothing');
  return value;
}

/** Invites a personal account to certification (seed 000). Lasts until revoked. */
export async function inviteToCertification(ctx: Context, accountId: string): Promise<boolean> {
  const account = await accountForAction(ctx, accountId, 'accountId');
  const subject = await ctx.loaders.subjectById.load(account.subjectId);
  if (subject?.kind !== 'INDIVIDUAL')
    throw new AppError(
      'NOT_ELIGIBLE',
      'NOT_INDIVIDUAL',
      'Only accounts of individuals are invited to personal certification.',
    );
  const barred = await violationBar(ctx.db, account.id, ctx.clock.now());
  if (barred) throw new AppError('NOT_ELIGIBLE', barred.reason, `Not eligible: ${barred.text}.`, barred.details);
  await ctx.db.transaction(async (tx) => {
    const perYear = await integerAt(tx, 'certification.PERSONAL_ACCOUNT.maxPerYear', ctx.clock.now());
    await tx
      .insert(certificationInvitations)
      .values({ accountId: account.id, invitedById: ctx.viewer?.id ?? null, invitedAt: ctx.clock.now() })
      .onConflictDoUpdate({
        target: certificationInvitations.accountId,
        set: { invitedById: ctx.viewer?.id ?? null, invitedAt: ctx.clock.now(), revokedAt: null },
      });
    await recordAudit(ctx, tx, { action: 'certification.invite', targetType: 'Account', targetId: account.id });
    await notifyOperators(ctx, tx, account.id, {
      kind: 'CERTIFICATION_INVITED',
      params: { perYear },
      targetType: 'Account',
      targetId: account.id,
    });
  });
  return true;
}

export async function revokeInvitation(ctx: Context, accountId: string): Promise<boolean> {
  await accountForAction(ctx, accountId, 'accountId');
  const updated = await ctx.db.transaction(async (tx) => {
    const rows = await tx
      .update(certificationInvitations)
      .set({ revokedAt: ctx.clock.now() })
      .where(and(eq(certificationInvitations.accountId, accountId), isNull(certificationInvitations.revokedAt)))
      .returning();
    if (rows.length)
      await recordAudit(ctx, tx, {
        action: 'certification.revokeInvitation',
        targetType: 'Account',
        targetId: accountId,
      });
    return rows.length;
  });
  if (!updated) throw new AppError('INVALID_TRANSITION', 'NO_INVITATION', 'This account has no invitation to revoke.');
  return true;
}

/**
 * What bars an account from personal certification whatever its invitation (seed 000), as SQL on
 * `accounts` for the candidate lists (violationBar decides the same for one account): a confirmed
 * (not overturned) infringement ever, or a confirmed violation decided within the rule's days.
 */
const infringementBar = sql`exists (select 1 from ${violations} where ${violations.accountId} = ${accounts.id}
  and ${violations.type} = 'INFRINGEMENT' and ${violations.status} = 'CONFIRMED')`;
const recentViolationBar = (now: Date, cleanDays: number) =>
  sql`exists (select 1 from ${violations} where ${violations.accountId} = ${accounts.id}
    and ${violations.status} = 'CONFIRMED' and ${violations.decidedAt} >= ${new Date(now.getTime() - cleanDays * DAY_MS).toISOString()}::timestamptz)`;

/** Individuals' official accounts not yet invited, ranked by reads then followers (seed 000). */
function candidateQuery(ctx: Context, bar: SQL, limit: number) {
  return ctx.db
    .select({ account: accounts, infringement: sql<boolean>`${infringementBar}`.mapWith(Boolean) })
    .from(accounts)
    .innerJoin(subjects, eq(subjects.id, accounts.subjectId))
    .leftJoin(
      certificationInvitations,
      and(eq(certificationInvitations.accountId, accounts.id), isNull(certificationInvitations.revokedAt)),
    )
    .where(
      and(
        eq(subjects.kind, 'INDIVIDUAL'),
        sql`${accounts.kind} <> 'MINI_PROGRAM'`,
        isNull(certificationInvitations.accountId),
        bar,
      ),
    )
    .orderBy(desc(accounts.readCount), desc(accounts.followerCount))
    .limit(limit);
}

/**
 * Accounts worth inviting (seed 000: enough reads, followers and influence) that the eligibility
 * rules would accept: an invitation is never offered to an account certification would refuse.
 */
export async function certificationCandidates(ctx: Context, first: number | null | undefined) {
  const limit = pageSize(first, ctx.config.limits.maxPageSize);
  const now = ctx.clock.now();
  const cleanDays = await integerAt(ctx.db, 'certification.PERSONAL_ACCOUNT.cleanDays', now);
  const rows = await candidateQuery(
    ctx,
    sql`not ${infringementBar} and not ${recentViolationBar(now, cleanDays)}`,
    limit,
  );
  return rows.map((row) => row.account);
}

/** The accounts the candidate list leaves out by the eligibility rules, each with its reason. */
export async function certificationCandidateExclusions(ctx: Context, first: number | null | undefined) {
  const limit = pageSize(first, ctx.config.limits.maxPageSize);
  const now = ctx.clock.now();
  const cleanDays = await integerAt(ctx.db, 'certification.PERSONAL_ACCOUNT.cleanDays', now);
  const rows = await candidateQuery(ctx, sql`(${infringementBar} or ${recentViolationBar(now, cleanDays)})`, limit);
  return rows.map((row) =>
    row.infringement
      ? { account: row.account, reason: 'INFRINGEMENT', days: null }
      : { account: row.account, reason: 'RECENT_VIOLATION', days: cleanDays },
  );
}

export interface CertificationFilter {
  status?: CertificationStatusName | null;
  kind?: CertificationKindName | null;
  accountId?: string | null;
  reviewerId?: string | null;
  /** Dispatched over the review-call window without a call. */
  overdue?: boolean | null;
  expiringWithinDays?: number | null;
}

/** Certifications; the reviewer's queue puts overdue and oldest dispatches first. */
export async function listCertifications(
  ctx: Context,
  args: { first?: number | null; after?: string | null; filter?: CertificationFilter | null },
) {
  const filter = args.filter ?? {};
  const now = ctx.clock.now();
  const conditions: SQL[] = [];
  const visible = visibleThroughAccount(ctx, certifications.accountId);
  if (visible) conditions.push(visible);
  if (filter.status === 'EXPIRED') {
    conditions.push(
      or(
        eq(certifications.status, 'EXPIRED'),
        and(eq(certifications.status, 'APPROVED'), lte(certifications.expiresAt, now)),
      ) as SQL,
    );
  } else if (filter.status === 'APPROVED') {
    conditions.push(certifiedCondition(now));
  } else if (filter.status) {
    conditions.push(eq(certifications.status, filter.status));
  }
  if (filter.kind) conditions.push(eq(certifications.kind, filter.kind));
  if (filter.accountId) conditions.push(eq(certifications.accountId, filter.accountId));
  if (filter.reviewerId) conditions.push(eq(certifications.reviewerId, filter.reviewerId));
  if (filter.overdue) {
    const hours = await integerAt(ctx.db, 'certification.reviewCallHours', now);
    conditions.push(
      eq(certifications.status, 'DISPATCHED'),
      lt(certifications.dispatchedAt, new Date(now.getTime() - hours * 3_600_000)),
    );
  }
  if (filter.expiringWithinDays) {
    conditions.push(
      certifiedCondition(now),
      lte(certifications.expiresAt, new Date(now.getTime() + filter.expiringWithinDays * DAY_MS)),
    );
  }
  const page = await keysetPage<CertificationRow>(
    ctx.db,
    {
      table: certifications,
      order: byTime(certifications.startedAt, certifications.id, 'asc', (row) => row.startedAt),
      where: conditions,
      limits: ctx.config.limits,
    },
    args,
  );
  for (const edge of page.edges) ctx.loaders.certificationById.prime(edge.node.id, edge.node);
  return page;
}

/**
 * The annual-review reminder sweep: a notification 90, 60, 30 and 7 days before expiry (rule).
 * Idempotent: each (certification, threshold) has one dedupe key per operator, so running it
 * twice, or in several processes at once, sends each reminder once.
 *
 * One statement however many certifications are due (the rule's read aside): it picks what is
 * certified and within the farthest threshold, skips what has a renewal in progress or approved
 * (certifications_renewal_of_idx), gives each the smallest threshold it has reached, and inserts one
 * notification per operator of its account; the unique (user, dedupe key) drops what was sent
 * already. The params are those notifyOperators stores (the kind's, plus the account's name now),
 * expiresAt written as Date.toISOString() writes it.
 */
export async function sendCertificationReminders(ctx: Context): Promise<number> {
  const now = ctx.clock.now();
  const windows = reminderWindows(now, (await valueAt(ctx.db, 'certification.reminderDays', now)) as number[]);
  const farthest = windows.at(-1);
  if (!farthest) return 0;
  const renewal = alias(certifications, 'renewal');
  const threshold = sql`case ${sql.join(
    windows.map((window) => sql`when ${lte(certifications.expiresAt, window.expiresBy)} then ${window.days}::int`),
    sql` `,
  )} end`;
  const kind: NotificationKind = 'CERTIFICATION_EXPIRING';
  const columns = [
    notifications.userId,
    notifications.accountId,
    notifications.kind,
    notifications.params,
    notifications.targetType,
    notifications.targetId,
    notifications.dedupeKey,
    notifications.createdAt,
  ].map((column) => sql.identifier(column.name));
  const result: unknown = await ctx.db.execute(sql`
    with due as (
      select ${certifications.id} as id, ${certifications.accountId} as account_id,
        ${certifications.certificationNumber} as certification_number,
        ${certifications.expiresAt} as expires_at, ${threshold} as threshold_days
      from ${certifications}
      where ${and(
        certifiedCondition(now),
        lte(certifications.expiresAt, farthest.expiresBy),
        notExists(
          ctx.db
            .select({ one: sql`1` })
            .from(renewal)
            .where(
              and(eq(renewal.renewalOfId, certifications.id), inArray(renewal.status, [...IN_PROGRESS, 'APPROVED'])),
            ),
        ),
      )}
    ),
    sent as (
      insert into ${notifications} (${sql.join(columns, sql`, `)})
      select ${accountOperators.userId}, due.account_id, ${kind},
        jsonb_build_object(
          'thresholdDays', due.threshold_days,
          'certificationNumber', due.certification_number,
          'expiresAt', to_char(due.expires_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
          'accountName', ${accounts.name}
        ),
        'Certification', due.id::text, 'certification-reminder:' || due.id || ':' || due.threshold_days, ${now.toISOString()}::timestamptz
      from due
      join ${accounts} on ${accounts.id} = due.account_id
      join ${accountOperators} on ${accountOperators.accountId} = due.account_id
      on conflict do nothing
      returning 1
    )
    select count(*)::int as sent from sent`);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<{ sent: number }>;
  const sent = rows[0]?.sent;
  if (typeof sent !== 'number') throw new Error('the reminder sweep returned no count');
  return sent;
}
