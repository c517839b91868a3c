import { randomBytes } from 'node:crypto';
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import { AppError, badInput, notFound, unauthenticated } from '../../common/errors';
import type { Context, Viewer } from '../../context';
import type { Executor } from '../../db/client';
import { type PasswordLinkPurposeName, passwordLinks, type SessionRow, sessions, users } from '../../db/schema';
import { recordAudit } from '../audit/audit.service';
import { countAttempt, forgetAttempts, hashToken, openSession, revokeSessions, viewerForToken } from './auth.service';
import { hashPassword, verifyPassword } from './password';
import { passwordProblem } from './password-policy';

/** The viewer, or UNAUTHENTICATED. */
function signedIn(ctx: Context): Viewer {
  if (!ctx.viewer) throw unauthenticated('NOT_SIGNED_IN');
  return ctx.viewer;
}

/** BAD_USER_INPUT on `field` when the password may not be used (too short, too long, common). */
export function checkNewPassword(password: string, email: string, field: string): void {
  const problem = passwordProblem(password, email);
  if (!problem) return;
  const details = 'limit' in problem ? { limit: problem.limit } : {};
  throw badInput(field, problem.reason, problem.message, details);
}

/** The viewer's own sessions that have not expired, newest first. */
export async function listOwnSessions(ctx: Context): Promise<Array<SessionRow & { current: boolean }>> {
  const viewer = signedIn(ctx);
  const rows = await ctx.db
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, viewer.id), gt(sessions.expiresAt, ctx.clock.now())))
    .orderBy(desc(sessions.createdAt), desc(sessions.id));
  return rows.map((row) => ({ ...row, current: row.id === viewer.sessionId }));
}

/** Ends one of the viewer's own sessions (another browser); ending the current one signs out here. */
export async function endOwnSession(ctx: Context, sessionId: string): Promise<boolean> {
  const viewer = signedIn(ctx);
  const ended = await ctx.db.transaction(async (tx) => {
    const rows = await tx
      .delete(sessions)
      .where(and(eq(sessions.id, sessionId), eq(sessions.userId, viewer.id)))
      .returning({ id: sessions.id, createdAt: sessions.createdAt, client: sessions.client });
    const [row] = rows;
    if (!row) return false;
    await recordAudit(ctx, tx, {
      action: 'user.endSession',
      targetType: 'User',
      targetId: viewer.id,
      before: { session: { signedInAt: row.createdAt, from: row.client } },
      after: { session: null },
    });
    return true;
  });
  if (!ended) throw notFound('session of yours', 'id');
  if (sessionId === viewer.sessionId) ctx.cookies.clear();
  return true;
}

/** Ends every session of the viewer's but the current one. */
export async function signOutEverywhere(ctx: Context): Promise<boolean> {
  const viewer = signedIn(ctx);
  await ctx.db.transaction(async (tx) => {
    const ended = await revokeSessions(tx, viewer.id, viewer.sessionId);
    await recordAudit(ctx, tx, {
      action: 'user.signOutEverywhere',
      targetType: 'User',
      targetId: viewer.id,
      before: { otherSessions: ended },
      after: { otherSessions: 0 },
    });
  });
  return true;
}

/**
 * Changes the viewer's password: the current one is required (and counted like a sign-in attempt,
 * so a stolen session cannot guess it), the new one must pass the policy. Every other session ends;
 * this one stays.
 */
export async function changePassword(ctx: Context, current: string, next: string): Promise<boolean> {
  const viewer = signedIn(ctx);
  checkNewPassword(next, viewer.email, 'next');
  if (next === current) throw badInput('next', 'UNCHANGED', 'The new password is the same as the current one.');
  const attemptId = await countAttempt(ctx, viewer.email);
  const [user] = await ctx.db.select().from(users).where(eq(users.id, viewer.id));
  if (!user || !(await verifyPassword(current, user.passwordHash))) {
    throw badInput('current', 'WRONG_PASSWORD', 'The current password is not right.');
  }
  const passwordHash = await hashPassword(next);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    // Only over the hash just verified: a password changed meanwhile (another session) wins.
    const changed = await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: now })
      .where(and(eq(users.id, user.id), eq(users.passwordHash, user.passwordHash)))
      .returning({ id: users.id });
    if (changed.length === 0) {
      throw new AppError(
        'INVALID_TRANSITION',
        'CONCURRENT_CHANGE',
        'Your password was changed meanwhile; sign in again with the new one.',
      );
    }
    const ended = await revokeSessions(tx, user.id, viewer.sessionId);
    await endPasswordLinks(tx, user.id, now);
    await forgetAttempts(ctx, tx, viewer.email, attemptId);
    await recordAudit(ctx, tx, {
      action: 'user.changePassword',
      targetType: 'User',
      targetId: user.id,
      before: { passwordChangedAt: user.passwordChangedAt, otherSessions: ended },
      after: { passwordChangedAt: now, otherSessions: 0 },
    });
  });
  return true;
}

/** Ends a user's usable password links (a newer link, a password set, a deactivation). */
export async function endPasswordLinks(tx: Executor, userId: string, now: Date): Promise<void> {
  await tx
    .update(passwordLinks)
    .set({ endedAt: now })
    .where(and(eq(passwordLinks.userId, userId), isNull(passwordLinks.endedAt)));
}

export interface IssuedPasswordLink {
  userId: string;
  purpose: PasswordLinkPurposeName;
  /** Shown once, to the admin who made the link; only its hash is stored. */
  token: string;
  expiresAt: Date;
}

/** Makes a one-time link for the user to set their password, ending any earlier one. */
export async function issuePasswordLink(
  ctx: Context,
  tx: Executor,
  userId: string,
  purpose: PasswordLinkPurposeName,
): Promise<IssuedPasswordLink> {
  const now = ctx.clock.now();
  await endPasswordLinks(tx, userId, now);
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + ctx.config.passwordLinkTtlHours * 3_600_000);
  await tx.insert(passwordLinks).values({
    tokenHash: hashToken(token),
    userId,
    purpose,
    createdById: ctx.viewer?.id ?? null,
    createdAt: now,
    expiresAt,
  });
  return { userId, purpose, token, expiresAt };
}

/** A link that can still be used: not ended, not expired, its user active. */
async function usableLink(db: Executor, token: string, now: Date, lock = false) {
  if (!token || token.length > 200) return null;
  const query = db
    .select({ link: passwordLinks, user: users })
    .from(passwordLinks)
    .innerJoin(users, eq(users.id, passwordLinks.userId))
    .where(
      and(
        eq(passwordLinks.tokenHash, hashToken(token)),
        isNull(passwordLinks.endedAt),
        gt(passwordLinks.expiresAt, now),
        eq(users.active, true),
      ),
    );
  const [row] = await (lock ? query.for('update', { of: passwordLinks }) : query);
  return row ?? null;
}

/** What a password link's page shows before the password is chosen; null when it cannot be used. */
export async function previewPasswordLink(ctx: Context, token: string) {
  const row = await usableLink(ctx.db, token, ctx.clock.now());
  if (!row) return null;
  return {
    email: row.user.email,
    displayName: row.user.displayName,
    purpose: row.link.purpose,
    expiresAt: row.link.expiresAt,
  };
}

const invalidLink = () =>
  badInput(
    'token',
    'INVALID_LINK',
    'This link has expired or has already been used; ask an administrator for a new one.',
  );

/**
 * Sets a password through a one-time link and signs in. The link is used up, the user's other
 * sessions end. Two simultaneous uses: the first sets the password, the second finds it used.
 */
export async function setPasswordWithLink(ctx: Context, token: string, password: string) {
  const now = ctx.clock.now();
  const found = await usableLink(ctx.db, token, now);
  if (!found) throw invalidLink();
  checkNewPassword(password, found.user.email, 'password');
  const passwordHash = await hashPassword(password);
  const opened = await ctx.db.transaction(async (tx) => {
    const row = await usableLink(tx, token, now, true);
    if (!row) throw invalidLink();
    await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: now, lastSignInAt: now })
      .where(eq(users.id, row.user.id));
    // Uses up this link and ends any other of the user's.
    await endPasswordLinks(tx, row.user.id, now);
    await revokeSessions(tx, row.user.id);
    const session = await openSession(ctx, tx, row.user.id);
    await recordAudit(ctx, tx, {
      action: row.link.purpose === 'INVITATION' ? 'user.acceptInvitation' : 'user.resetPasswordDone',
      targetType: 'User',
      targetId: row.user.id,
      actorId: row.user.id,
      before: { passwordSet: row.user.passwordHash !== '' },
      after: { passwordSet: true, passwordChangedAt: now },
    });
    return { ...session, user: { ...row.user, passwordHash, passwordChangedAt: now, lastSignInAt: now } };
  });
  ctx.viewer = await viewerForToken(ctx.db, opened.token, now);
  return opened;
}
