import { and, asc, eq, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import { isAdmin, operates, type Viewer } from '../../access/viewer';
import { AppError, badInput, forbidden, notFound } from '../../common/errors';
import { byTime, keysetPage } from '../../common/keyset';
import type { Connection } from '../../common/pagination';
import type { Context } from '../../context';
import type { Executor } from '../../db/client';
import {
  type AccountRow,
  accounts,
  type DeliveryRow,
  deliveries,
  departments,
  type EnterpriseAppRow,
  type EnterpriseSettingsRow,
  enterpriseAppDepartments,
  enterpriseApps,
  enterpriseSettings,
  type FollowEventKindName,
  type FollowEventRow,
  type FollowMethodName,
  type FollowRow,
  type FollowStatusName,
  followEvents,
  follows,
  members,
} from '../../db/schema';
import { accountForAction } from '../accounts/accounts.service';
import { recordAudit } from '../audit/audit.service';
import { integerAt } from '../rules/rule-reads';
import { type ContactChannel, maskContact, normalizeMobile, parseContact } from './contact';
import { deliveryProvider } from './delivery';
import {
  attemptsLeft,
  chinaDay,
  countersOn,
  ENTERPRISE_ASSISTANT,
  failureMessageShown,
  isVerified,
  judgeCode,
  nextChinaMidnight,
  secondsToChinaMidnight,
  statusWhenVerified,
} from './follow-rules';
import { CODE_PATTERN, codeKey, codeMatches, hashCode, newCode } from './verification-code';

/**
 * Follow verification of enterprise accounts (seed 003), the delivery outbox, the administrators'
 * settings and the apps.
 *
 * A WeChat user who follows is matched to a member by WeChat id or bound mobile; otherwise it gives
 * its registered mobile or email, is sent a code (through the delivery provider) and replies with
 * it. Refusals that must still count — a wrong code, a reply past the daily limit, a contact not in
 * the address book — are decided inside a transaction that returns them, so the counter and the
 * log entry are committed before the refusal is thrown.
 */

const DAILY_ATTEMPTS = 'enterprise.verification.dailyAttempts';
const CODE_MINUTES = 'enterprise.verification.codeMinutes';

/** The account's system administrators (its operators) and ADMIN. */
const administers = (viewer: Viewer | null, accountId: string) => isAdmin(viewer) || operates(viewer, accountId);

/** Matches no row: the list of someone who may not see it is empty. */
const NOTHING = sql`false`;

/** The administrator's settings, or the defaults (two-step off, no message) when none were saved. */
async function settingsOf(
  executor: Executor,
  accountId: string,
): Promise<Pick<EnterpriseSettingsRow, 'twoStepVerification' | 'failureMessage'>> {
  const [row] = await executor
    .select({
      twoStepVerification: enterpriseSettings.twoStepVerification,
      failureMessage: enterpriseSettings.failureMessage,
    })
    .from(enterpriseSettings)
    .where(eq(enterpriseSettings.accountId, accountId));
  return row ?? { twoStepVerification: false, failureMessage: null };
}

async function logEvent(
  tx: Executor,
  follow: Pick<FollowRow, 'id' | 'accountId'>,
  kind: FollowEventKindName,
  at: Date,
  detail: string | null = null,
): Promise<void> {
  await tx.insert(followEvents).values({ followId: follow.id, accountId: follow.accountId, kind, detail, at });
}

/** A moment just after `at`: two entries one request writes keep their order in the log (it sorts on time). */
const justAfter = (at: Date) => new Date(at.getTime() + 1);

async function enterpriseAccount(ctx: Context, accountId: string, field: string): Promise<AccountRow> {
  const account = await ctx.loaders.accountById.load(accountId);
  if (!account) throw notFound('account', field);
  if (account.kind !== 'ENTERPRISE') {
    throw badInput(
      field,
      'NOT_ENTERPRISE_ACCOUNT',
      'This is not an enterprise account: only those have followers to verify.',
    );
  }
  return account;
}

/** An account its administrators manage (settings, apps): NOT_FOUND unless visible, NOT_OPERATOR unless theirs, ENTERPRISE only. */
async function administeredEnterprise(ctx: Context, accountId: string, field: string): Promise<AccountRow> {
  const account = await accountForAction(ctx, accountId, field);
  if (!administers(ctx.viewer, account.id)) {
    throw forbidden(
      'NOT_OPERATOR',
      'Only the account’s system administrators (its operators) or an admin may do this.',
    );
  }
  if (account.kind !== 'ENTERPRISE') {
    throw badInput(field, 'NOT_ENTERPRISE_ACCOUNT', 'This is not an enterprise account.');
  }
  return account;
}

const alreadyVerified = (status: FollowStatusName) =>
  new AppError(
    'INVALID_TRANSITION',
    'ALREADY_VERIFIED',
    'This follower is already verified: there is nothing to verify.',
    {
      status,
    },
  );

/** The refusal of a follower past today's limit, until the next China midnight. */
function dailyLimit(
  reason: 'DAILY_ATTEMPTS' | 'DAILY_CODES',
  now: Date,
  limit: number,
  failureMessage: string | null,
): AppError {
  const message =
    reason === 'DAILY_ATTEMPTS'
      ? `${limit} wrong codes today: verification is closed until midnight China time.`
      : `${limit} codes were sent today: no more until midnight China time.`;
  return new AppError('RATE_LIMITED', reason, message, {
    retryAfterSeconds: secondsToChinaMidnight(now),
    retryAt: nextChinaMidnight(now).toISOString(),
    limit,
    failureMessage,
  });
}

const notInAddressBook = (field: string, failureMessage: string | null) =>
  badInput(field, 'NOT_IN_ADDRESS_BOOK', 'No member of this enterprise’s address book has this mobile or email.', {
    failureMessage,
  });

/** The member of the account with this contact that no other follow is bound to; locked, so two follows cannot both take it. */
async function unboundMemberWith(
  tx: Executor,
  accountId: string,
  channel: ContactChannel,
  address: string,
  followId: string,
): Promise<string | null> {
  const [member] = await tx
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.accountId, accountId), eq(channel === 'SMS' ? members.mobile : members.email, address)))
    .for('update');
  if (!member) return null;
  const [bound] = await tx
    .select({ id: follows.id })
    .from(follows)
    .where(and(eq(follows.memberId, member.id), ne(follows.id, followId)));
  return bound ? null : member.id;
}

/** Which of these members a follow is bound to already. */
async function boundMemberIds(tx: Executor, memberIds: string[]): Promise<Set<string | null>> {
  if (memberIds.length === 0) return new Set();
  const rows = await tx
    .select({ memberId: follows.memberId })
    .from(follows)
    .where(inArray(follows.memberId, memberIds));
  return new Set(rows.map((row) => row.memberId));
}

/** A follow, when the viewer is a system administrator of its account or ADMIN. */
export async function findFollow(ctx: Context, id: string): Promise<FollowRow | null> {
  if (!ctx.viewer) return null;
  const row = await ctx.loaders.followById.load(id);
  return row && administers(ctx.viewer, row.accountId) ? row : null;
}

/** An account's follows, newest first, optionally of one status (its system administrators and ADMIN; empty for others). */
export async function listFollows(
  ctx: Context,
  args: { accountId: string; status?: FollowStatusName | null; first?: number | null; after?: string | null },
): Promise<Connection<FollowRow>> {
  const where: Array<SQL | undefined> = [eq(follows.accountId, args.accountId)];
  if (!administers(ctx.viewer, args.accountId)) where.push(NOTHING);
  if (args.status) where.push(eq(follows.status, args.status));
  return keysetPage<FollowRow>(
    ctx.db,
    {
      table: follows,
      order: byTime(follows.followedAt, follows.id, 'desc', (row) => row.followedAt),
      where,
      limits: ctx.config.limits,
    },
    args,
  );
}

/** An account's verification log, newest first (its system administrators and ADMIN; empty for others). */
export async function listFollowEvents(
  ctx: Context,
  args: { accountId: string; first?: number | null; after?: string | null },
): Promise<Connection<FollowEventRow>> {
  const where: Array<SQL | undefined> = [eq(followEvents.accountId, args.accountId)];
  if (!administers(ctx.viewer, args.accountId)) where.push(NOTHING);
  return keysetPage<FollowEventRow>(
    ctx.db,
    {
      table: followEvents,
      order: byTime(followEvents.at, followEvents.id, 'desc', (row) => row.at),
      where,
      limits: ctx.config.limits,
    },
    args,
  );
}

/** The built-in delivery provider's outbox, newest first (ADMIN; empty for anyone else). */
export async function listDeliveries(
  ctx: Context,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<DeliveryRow>> {
  return keysetPage<DeliveryRow>(
    ctx.db,
    {
      table: deliveries,
      order: byTime(deliveries.sentAt, deliveries.id, 'desc', (row) => row.sentAt),
      where: isAdmin(ctx.viewer) ? [] : [NOTHING],
      limits: ctx.config.limits,
    },
    args,
  );
}

/**
 * The follow event WeChat sends (ADMIN stands in for WeChat's server). One follow per account and
 * WeChat id: following again returns the existing follow, also when the events arrive at once
 * (the unique index decides). The follower is matched to a member of the address book by WeChat id,
 * else by the mobile bound to it, unless that member is bound to another follow: verified (FOLLOWED,
 * or AWAITING_APPROVAL with two-step verification), otherwise UNVERIFIED.
 */
export async function followEnterpriseAccount(
  ctx: Context,
  input: { accountId: string; wechatId: string; boundMobile?: string | null },
): Promise<FollowRow> {
  const account = await enterpriseAccount(ctx, input.accountId, 'input.accountId');
  const wechatId = input.wechatId.trim();
  if (!wechatId) throw badInput('input.wechatId', 'REQUIRED', 'A follow event carries the follower’s WeChat id.');
  let boundMobile: string | null = null;
  if (input.boundMobile?.trim()) {
    boundMobile = normalizeMobile(input.boundMobile);
    if (!boundMobile) throw badInput('input.boundMobile', 'INVALID_FORMAT', 'The bound mobile is not a phone number.');
  }
  const now = ctx.clock.now();
  const existing = and(eq(follows.accountId, account.id), eq(follows.wechatId, wechatId));
  const [known] = await ctx.db.select().from(follows).where(existing);
  if (known) return known;

  return ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(follows)
      .values({ accountId: account.id, wechatId, boundMobile, status: 'UNVERIFIED', followedAt: now, updatedAt: now })
      .onConflictDoNothing({ target: [follows.accountId, follows.wechatId] })
      .returning();
    if (!created) {
      // The same follow arrived at once: the other one is committed now.
      const [other] = await tx.select().from(follows).where(existing);
      if (!other) throw new Error('a follow conflicted on its WeChat id but none was found');
      return other;
    }
    await logEvent(tx, created, 'FOLLOWED', now);

    const candidates = await tx
      .select({ id: members.id, wechatId: members.wechatId, mobile: members.mobile })
      .from(members)
      .where(
        and(
          eq(members.accountId, account.id),
          boundMobile
            ? or(eq(members.wechatId, wechatId), eq(members.mobile, boundMobile))
            : eq(members.wechatId, wechatId),
        ),
      )
      .orderBy(asc(members.id))
      .for('update');
    const bound = await boundMemberIds(
      tx,
      candidates.map((candidate) => candidate.id),
    );
    const ranked: Array<{ id: string; method: FollowMethodName }> = [
      ...candidates.filter((m) => m.wechatId === wechatId).map((m) => ({ id: m.id, method: 'WECHAT_ID' as const })),
      ...candidates
        .filter((m) => boundMobile !== null && m.mobile === boundMobile)
        .map((m) => ({ id: m.id, method: 'BOUND_MOBILE' as const })),
    ];
    const match = ranked.find((candidate) => !bound.has(candidate.id));
    if (!match) {
      await logEvent(
        tx,
        created,
        'NOT_MATCHED',
        justAfter(now),
        candidates.length > 0 ? 'the matching member is bound to another follow' : null,
      );
      return created;
    }
    const settings = await settingsOf(tx, account.id);
    const status = statusWhenVerified(settings.twoStepVerification);
    const [verified] = await tx
      .update(follows)
      .set({ memberId: match.id, method: match.method, status, verifiedAt: now, updatedAt: now })
      .where(eq(follows.id, created.id))
      .returning();
    await logEvent(tx, created, 'MATCHED', justAfter(now), `${match.method}; ${status}`);
    return verified ?? created;
  });
}

type ContactOutcome =
  | { kind: 'SENT'; follow: FollowRow }
  | { kind: 'UNKNOWN'; failureMessage: string | null }
  | { kind: 'LIMITED'; reason: 'DAILY_ATTEMPTS' | 'DAILY_CODES'; limit: number; failureMessage: string | null };

/**
 * The follower's reply with its registered mobile or email (UNVERIFIED or AWAITING_CODE). When a
 * member of the account has it and is not bound to another follow, a fresh code goes to it through
 * the delivery provider (AWAITING_CODE; a new code replaces an earlier one). Otherwise
 * NOT_IN_ADDRESS_BOOK with the administrator's failure message, the follow unchanged and the
 * attempt logged. At most `enterprise.verification.dailyAttempts` codes per follow per China day,
 * and none once today's wrong codes reached that limit (nobody can SMS-bomb a member).
 */
export async function submitFollowContact(ctx: Context, followId: string, contactInput: string): Promise<FollowRow> {
  const follow = await findFollow(ctx, followId);
  if (!follow) throw notFound('follow', 'followId');
  if (isVerified(follow.status)) throw alreadyVerified(follow.status);
  if (!contactInput.trim())
    throw badInput('contact', 'REQUIRED', 'Give the mobile or email registered in the address book.');
  const contact = parseContact(contactInput);
  if (!contact) throw badInput('contact', 'INVALID_FORMAT', 'This is neither a mobile number nor an email address.');
  const account = await ctx.loaders.accountById.load(follow.accountId);
  const now = ctx.clock.now();
  const today = chinaDay(now);

  const outcome = await ctx.db.transaction(async (tx): Promise<ContactOutcome> => {
    const [row] = await tx.select().from(follows).where(eq(follows.id, follow.id)).for('update');
    if (!row) throw notFound('follow', 'followId');
    if (isVerified(row.status)) throw alreadyVerified(row.status);
    const [limit, codeMinutes] = [await integerAt(tx, DAILY_ATTEMPTS, now), await integerAt(tx, CODE_MINUTES, now)];
    const settings = await settingsOf(tx, row.accountId);
    const counters = countersOn(row, today);
    const masked = `${contact.channel} ${maskContact(contact.address)}`;
    if (counters.wrongCodes >= limit || counters.codesSent >= limit) {
      const reason = counters.wrongCodes >= limit ? 'DAILY_ATTEMPTS' : 'DAILY_CODES';
      await logEvent(tx, row, 'RATE_LIMITED', now, `${reason}; ${masked}`);
      return { kind: 'LIMITED', reason, limit, failureMessage: settings.failureMessage };
    }
    const memberId = await unboundMemberWith(tx, row.accountId, contact.channel, contact.address, row.id);
    if (!memberId) {
      await logEvent(tx, row, 'CONTACT_UNKNOWN', now, masked);
      return { kind: 'UNKNOWN', failureMessage: settings.failureMessage };
    }
    const code = newCode();
    await deliveryProvider(ctx.config.enterprise.deliveryProvider).send(
      {
        channel: contact.channel,
        to: contact.address,
        body: `【${account?.name ?? '企业号'}】你的身份验证码是 ${code}，${codeMinutes} 分钟内有效。请在微信中回复此验证码完成验证；如非本人操作，请忽略。`,
        accountId: row.accountId,
        followId: row.id,
        at: now,
      },
      tx,
    );
    const [updated] = await tx
      .update(follows)
      .set({
        status: 'AWAITING_CODE',
        contact: contact.address,
        codeHash: hashCode(codeKey(ctx.config.enterprise.codeSecret), row.id, code),
        codeExpiresAt: new Date(now.getTime() + codeMinutes * 60_000),
        countersDay: today,
        wrongCodes: counters.wrongCodes,
        codesSent: counters.codesSent + 1,
        updatedAt: now,
      })
      .where(eq(follows.id, row.id))
      .returning();
    if (!updated) throw notFound('follow', 'followId');
    await logEvent(tx, row, 'CODE_SENT', now, `${masked}; ${codeMinutes} min`);
    return { kind: 'SENT', follow: updated };
  });

  if (outcome.kind === 'UNKNOWN') throw notInAddressBook('contact', outcome.failureMessage);
  if (outcome.kind === 'LIMITED') throw dailyLimit(outcome.reason, now, outcome.limit, outcome.failureMessage);
  return outcome.follow;
}

type CodeReply =
  | { kind: 'VERIFIED'; follow: FollowRow }
  | { kind: 'ALREADY_VERIFIED'; status: FollowStatusName }
  | { kind: 'RATE_LIMITED'; limit: number; failureMessage: string | null }
  | { kind: 'NO_CODE' }
  | { kind: 'EXPIRED'; attemptsLeft: number }
  | { kind: 'WRONG'; attemptsLeft: number; failureMessage: string | null }
  | { kind: 'UNKNOWN'; failureMessage: string | null };

/**
 * The follower's reply with its code. The follow's row is locked for the decision, so simultaneous
 * replies are counted one after the other: after `enterprise.verification.dailyAttempts` wrong
 * codes in a China day every reply, even the right code, is RATE_LIMITED until the next China
 * midnight. A wrong code counts and is committed although the reply is refused; an expired code is
 * not compared and not counted. The right code binds the follower to the member (method CODE),
 * FOLLOWED or AWAITING_APPROVAL, and is cleared: a code works once.
 */
export async function verifyFollowCode(ctx: Context, followId: string, codeInput: string): Promise<FollowRow> {
  const follow = await findFollow(ctx, followId);
  if (!follow) throw notFound('follow', 'followId');
  if (isVerified(follow.status)) throw alreadyVerified(follow.status);
  const code = codeInput.trim();
  if (!code) throw badInput('code', 'REQUIRED', 'Give the code that was sent.');
  // Not a code at all (a typo of length or letters) is not counted: it could not have been right.
  if (!CODE_PATTERN.test(code)) throw badInput('code', 'INVALID_FORMAT', 'A code is 6 digits.');
  const key = codeKey(ctx.config.enterprise.codeSecret);
  const now = ctx.clock.now();
  const today = chinaDay(now);

  const reply = await ctx.db.transaction(async (tx): Promise<CodeReply> => {
    const [row] = await tx.select().from(follows).where(eq(follows.id, follow.id)).for('update');
    if (!row) throw notFound('follow', 'followId');
    const limit = await integerAt(tx, DAILY_ATTEMPTS, now);
    const settings = await settingsOf(tx, row.accountId);
    const counters = countersOn(row, today);
    const judged = judgeCode({
      status: row.status,
      hasCode: row.codeHash !== null,
      expiresAt: row.codeExpiresAt,
      now,
      wrongCodesToday: counters.wrongCodes,
      dailyAttempts: limit,
      matches: row.codeHash !== null && codeMatches(key, row.id, code, row.codeHash),
    });
    switch (judged.kind) {
      case 'ALREADY_VERIFIED':
        return { kind: 'ALREADY_VERIFIED', status: row.status };
      case 'NO_CODE':
        return { kind: 'NO_CODE' };
      case 'RATE_LIMITED':
        await logEvent(tx, row, 'RATE_LIMITED', now, `DAILY_ATTEMPTS; ${counters.wrongCodes} wrong codes today`);
        return { kind: 'RATE_LIMITED', limit, failureMessage: settings.failureMessage };
      case 'EXPIRED':
        await logEvent(tx, row, 'EXPIRED_CODE', now);
        return { kind: 'EXPIRED', attemptsLeft: attemptsLeft(limit, counters.wrongCodes) };
      case 'WRONG':
        await tx
          .update(follows)
          .set({ countersDay: today, wrongCodes: judged.wrongCodes, codesSent: counters.codesSent, updatedAt: now })
          .where(eq(follows.id, row.id));
        await logEvent(tx, row, 'WRONG_CODE', now, `${judged.attemptsLeft} attempts left today`);
        return { kind: 'WRONG', attemptsLeft: judged.attemptsLeft, failureMessage: settings.failureMessage };
      case 'RIGHT': {
        const contact = row.contact ? parseContact(row.contact) : null;
        const memberId = contact
          ? await unboundMemberWith(tx, row.accountId, contact.channel, contact.address, row.id)
          : null;
        const cleared = { codeHash: null, codeExpiresAt: null, updatedAt: now };
        if (!memberId) {
          // The member left the address book (or was bound to another follow) since the code was sent.
          await tx
            .update(follows)
            .set({ ...cleared, status: 'UNVERIFIED', contact: null })
            .where(eq(follows.id, row.id));
          await logEvent(
            tx,
            row,
            'CONTACT_UNKNOWN',
            now,
            'the code was right but its contact is no longer a free member',
          );
          return { kind: 'UNKNOWN', failureMessage: settings.failureMessage };
        }
        const status = statusWhenVerified(settings.twoStepVerification);
        const [verified] = await tx
          .update(follows)
          .set({ ...cleared, memberId, method: 'CODE', status, verifiedAt: now })
          .where(eq(follows.id, row.id))
          .returning();
        if (!verified) throw notFound('follow', 'followId');
        await logEvent(tx, row, 'VERIFIED', now, `CODE; ${status}`);
        return { kind: 'VERIFIED', follow: verified };
      }
    }
  });

  switch (reply.kind) {
    case 'VERIFIED':
      return reply.follow;
    case 'ALREADY_VERIFIED':
      throw alreadyVerified(reply.status);
    case 'NO_CODE':
      throw badInput(
        'code',
        'NO_CODE',
        'No code has been sent to this follower: it gives its registered mobile or email first.',
      );
    case 'EXPIRED':
      throw badInput('code', 'CODE_EXPIRED', 'This code has expired: ask for a new one.', {
        attemptsLeft: reply.attemptsLeft,
      });
    case 'WRONG':
      throw badInput(
        'code',
        'WRONG_CODE',
        reply.attemptsLeft > 0
          ? `The code is wrong: ${reply.attemptsLeft} attempt${reply.attemptsLeft === 1 ? '' : 's'} left today.`
          : 'The code is wrong, and that was the last attempt today: try again after midnight China time.',
        { attemptsLeft: reply.attemptsLeft, failureMessage: reply.failureMessage },
      );
    case 'RATE_LIMITED':
      throw dailyLimit('DAILY_ATTEMPTS', now, reply.limit, reply.failureMessage);
    case 'UNKNOWN':
      throw notInAddressBook('code', reply.failureMessage);
  }
}

/**
 * Two-step verification: a system administrator of the account (or ADMIN) lets a verified follower
 * in (AWAITING_APPROVAL → FOLLOWED). Of simultaneous approvals exactly one applies (a conditional
 * update on the status). Logged and audited.
 */
export async function approveFollow(ctx: Context, followId: string): Promise<FollowRow> {
  const follow = await ctx.loaders.followById.load(followId);
  if (!follow || !ctx.viewer) throw notFound('follow', 'followId');
  if (!administers(ctx.viewer, follow.accountId)) {
    throw forbidden(
      'NOT_OPERATOR',
      'Only the account’s system administrators (its operators) or an admin may approve a follower.',
    );
  }
  const notAwaiting = (status: FollowStatusName) =>
    new AppError(
      'INVALID_TRANSITION',
      'NOT_AWAITING_APPROVAL',
      status === 'FOLLOWED'
        ? 'This follower has already been let in.'
        : 'This follower is not verified yet: only a verified follower awaits approval.',
      { status },
    );
  if (follow.status !== 'AWAITING_APPROVAL') throw notAwaiting(follow.status);
  const now = ctx.clock.now();
  const viewer = ctx.viewer;
  return ctx.db.transaction(async (tx) => {
    const [approved] = await tx
      .update(follows)
      .set({ status: 'FOLLOWED', approvedAt: now, approvedById: viewer.id, updatedAt: now })
      .where(and(eq(follows.id, follow.id), eq(follows.status, 'AWAITING_APPROVAL')))
      .returning();
    if (!approved) {
      const [current] = await tx.select({ status: follows.status }).from(follows).where(eq(follows.id, follow.id));
      throw notAwaiting(current?.status ?? 'FOLLOWED');
    }
    await logEvent(tx, approved, 'APPROVED', now, viewer.displayName);
    await recordAudit(ctx, tx, {
      action: 'enterprise.approveFollow',
      targetType: 'Follow',
      targetId: approved.id,
      before: { status: 'AWAITING_APPROVAL' },
      after: { status: 'FOLLOWED', accountId: approved.accountId, memberId: approved.memberId },
    });
    return approved;
  });
}

/**
 * Sets an enterprise account's two-step verification and failure message (its system
 * administrators and ADMIN). Only the fields given change; the message is trimmed and an empty one
 * clears it. Audited with before and after; a call that changes nothing writes nothing.
 */
export async function setEnterpriseSettings(
  ctx: Context,
  accountId: string,
  input: { twoStepVerification?: boolean | null; failureMessage?: string | null },
): Promise<void> {
  const account = await administeredEnterprise(ctx, accountId, 'accountId');
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    // Lock the account: two changes at once are applied (and audited) one after the other.
    await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.id, account.id)).for('update');
    const before = await settingsOf(tx, account.id);
    const after = {
      twoStepVerification: input.twoStepVerification ?? before.twoStepVerification,
      failureMessage:
        input.failureMessage === undefined || input.failureMessage === null
          ? before.failureMessage
          : input.failureMessage.trim() || null,
    };
    if (after.twoStepVerification === before.twoStepVerification && after.failureMessage === before.failureMessage)
      return;
    await tx
      .insert(enterpriseSettings)
      .values({ accountId: account.id, ...after, updatedById: ctx.viewer?.id ?? null, updatedAt: now })
      .onConflictDoUpdate({
        target: enterpriseSettings.accountId,
        set: { ...after, updatedById: ctx.viewer?.id ?? null, updatedAt: now },
      });
    await recordAudit(ctx, tx, {
      action: 'enterprise.setSettings',
      targetType: 'Account',
      targetId: account.id,
      before,
      after,
    });
  });
}

/** The settings with the cap in force now; null for an account that is not ENTERPRISE. */
export async function enterpriseSettingsOf(
  ctx: Context,
  accountId: string,
): Promise<
  | (Pick<EnterpriseSettingsRow, 'twoStepVerification' | 'failureMessage'> & { memberCap: number; memberCount: number })
  | null
> {
  const account = await ctx.loaders.accountById.load(accountId);
  if (account?.kind !== 'ENTERPRISE') return null;
  const saved = await ctx.loaders.enterpriseSettingsByAccountId.load(accountId);
  return {
    twoStepVerification: saved?.twoStepVerification ?? false,
    failureMessage: saved?.failureMessage ?? null,
    memberCap: await ctx.loaders.memberCap.load(accountId),
    memberCount: await ctx.loaders.memberCount.load(accountId),
  };
}

/** An enterprise account's apps, by name (its system administrators and ADMIN; empty for others). */
export async function listEnterpriseApps(ctx: Context, accountId: string): Promise<EnterpriseAppRow[]> {
  if (!administers(ctx.viewer, accountId)) return [];
  return ctx.db
    .select()
    .from(enterpriseApps)
    .where(eq(enterpriseApps.accountId, accountId))
    .orderBy(asc(enterpriseApps.name));
}

/**
 * Adds an app (its system administrators and ADMIN): a name of 1–64 characters, unique in the
 * account (the unique index decides; the enterprise assistant's name is taken), visible to the
 * followed members of the given departments of that account and their sub-departments. Audited.
 */
export async function createEnterpriseApp(
  ctx: Context,
  input: { accountId: string; name: string; departmentIds: string[] },
): Promise<EnterpriseAppRow> {
  const account = await administeredEnterprise(ctx, input.accountId, 'input.accountId');
  const name = input.name.trim();
  if (!name) throw badInput('input.name', 'REQUIRED', 'Give the app a name.');
  if (Array.from(name).length > 64)
    throw badInput('input.name', 'TOO_LONG', 'An app’s name has at most 64 characters.', { max: 64 });
  if (name === ENTERPRISE_ASSISTANT)
    throw badInput(
      'input.name',
      'DUPLICATE',
      `“${ENTERPRISE_ASSISTANT}” is the enterprise assistant every follower has.`,
    );
  const departmentIds = [...new Set(input.departmentIds)];
  if (departmentIds.length === 0)
    throw badInput('input.departmentIds', 'REQUIRED', 'Choose the departments the app is visible to.');
  const found = await ctx.db
    .select({ id: departments.id })
    .from(departments)
    .where(and(eq(departments.accountId, account.id), inArray(departments.id, departmentIds)));
  if (found.length !== departmentIds.length) throw notFound('department of this account', 'input.departmentIds');
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const [app] = await tx
      .insert(enterpriseApps)
      .values({ accountId: account.id, name, createdAt: now })
      .onConflictDoNothing()
      .returning();
    if (!app) throw badInput('input.name', 'DUPLICATE', 'This account already has an app of that name.');
    await tx
      .insert(enterpriseAppDepartments)
      .values(departmentIds.map((departmentId) => ({ appId: app.id, departmentId })));
    await recordAudit(ctx, tx, {
      action: 'enterprise.createApp',
      targetType: 'EnterpriseApp',
      targetId: app.id,
      after: { accountId: account.id, name, departmentIds: [...departmentIds].sort() },
    });
    return app;
  });
}

/** What the follower sees in WeChat: the enterprise assistant, and once FOLLOWED the apps of its departments. */
export async function visibleAppsOf(ctx: Context, follow: FollowRow): Promise<string[]> {
  if (follow.status !== 'FOLLOWED' || !follow.memberId) return [ENTERPRISE_ASSISTANT];
  return [ENTERPRISE_ASSISTANT, ...(await ctx.loaders.appNamesByMemberId.load(follow.memberId))];
}

async function dailyAttemptsNow(ctx: Context): Promise<number> {
  const value = await ctx.loaders.ruleNow.load(DAILY_ATTEMPTS);
  if (!Number.isInteger(value)) throw new Error(`platform rule "${DAILY_ATTEMPTS}" is not an integer`);
  return value as number;
}

/** Wrong codes the follower may still enter today (China time): the rule minus today's wrong codes. */
export async function attemptsLeftToday(ctx: Context, follow: FollowRow): Promise<number> {
  const counters = countersOn(follow, chinaDay(ctx.clock.now()));
  return attemptsLeft(await dailyAttemptsNow(ctx), counters.wrongCodes);
}

/** The administrator's failure message, once verification has failed (a wrong code, an unknown contact, the daily limit). */
export async function failureMessageOf(ctx: Context, follow: FollowRow): Promise<string | null> {
  const counters = countersOn(follow, chinaDay(ctx.clock.now()));
  let lastEventKind: FollowEventKindName | null = null;
  if (counters.wrongCodes === 0 && follow.status === 'UNVERIFIED') {
    const events = await ctx.loaders.followEventsByFollowId.load(follow.id);
    lastEventKind = events[events.length - 1]?.kind ?? null;
  }
  if (!failureMessageShown({ status: follow.status, wrongCodesToday: counters.wrongCodes, lastEventKind })) return null;
  return (await ctx.loaders.enterpriseSettingsByAccountId.load(follow.accountId))?.failureMessage ?? null;
}
