import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, gte, lt, ne, or, sql } from 'drizzle-orm';
import { type ErrorReason, rateLimited, unauthenticated } from '../../common/errors';
import { log } from '../../common/log';
import { preparedOnce } from '../../common/prepared';
import type { Context, Viewer } from '../../context';
import type { Db, Executor } from '../../db/client';
import {
  accountOperators,
  accounts,
  type DirectoryPermissionName,
  departments,
  directoryScopeDepartments,
  directoryScopes,
  loginFailures,
  type RoleName,
  sessions,
  type UserRow,
  users,
} from '../../db/schema';
import { hashPassword, needsRehash, UNKNOWN_USER_HASH, verifyPassword } from './password';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Signs a user in: checks the failure window, the password, and opens a server-side session.
 * Only the token's hash is stored. Failures are counted per email across all API processes.
 */
export async function login(
  ctx: Context,
  emailInput: string,
  password: string,
): Promise<{ token: string; user: UserRow; expiresAt: Date }> {
  const email = normalizeEmail(emailInput);
  const attemptId = await countAttempt(ctx, email);

  const [user] = await ctx.db.select().from(users).where(eq(users.email, email));
  // Hash even for an unknown email or a user with no password yet, so timing does not tell which
  // emails exist.
  const ok = await verifyPassword(password, user?.passwordHash || UNKNOWN_USER_HASH);
  // A failed attempt stays counted (it was recorded above).
  if (!user || !ok) throw unauthenticated('BAD_CREDENTIALS', 'Wrong email or password.');
  // Said only to whoever knows the password: the person themselves.
  if (!user.active) {
    throw unauthenticated('DEACTIVATED', 'This account has been deactivated; an administrator can reactivate it.');
  }

  const now = ctx.clock.now();
  const opened = await ctx.db.transaction(async (tx) => {
    const session = await openSession(ctx, tx, user.id);
    await tx.update(users).set({ lastSignInAt: now }).where(eq(users.id, user.id));
    await forgetAttempts(ctx, tx, email, attemptId);
    return session;
  });
  await rehashIfWeak(ctx.db, user, password);
  // The rest of this request is answered as the user just signed in (the policy shows them
  // their own email and roles in the response).
  ctx.viewer = await viewerForToken(ctx.db, opened.token, now);
  return { ...opened, user };
}

/**
 * Counts an attempt at a password (a sign-in, or the current password when changing it) before it
 * is checked, under locks on the email and then the client (always in that order): simultaneous
 * guesses cannot all slip under the limit, and a refused one never costs a hash. RATE_LIMITED past
 * the limits; otherwise the attempt's id, which a success forgets.
 */
export async function countAttempt(ctx: Context, email: string): Promise<string | undefined> {
  const now = ctx.clock.now();
  const { maxFailures, maxFailuresPerClient, maxFailuresPerEmail, windowMinutes } = ctx.config.login;
  const windowStart = new Date(now.getTime() - windowMinutes * 60_000);
  const client = ctx.clientIp ?? '';
  return ctx.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`login:${email}`}))`);
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`login-client:${client}`}))`);
    const [counts] = await tx
      .select({
        pair: sql<number>`count(*) filter (where ${loginFailures.email} = ${email} and ${loginFailures.client} = ${client})`.mapWith(
          Number,
        ),
        email: sql<number>`count(*) filter (where ${loginFailures.email} = ${email})`.mapWith(Number),
        client: sql<number>`count(*) filter (where ${loginFailures.client} = ${client})`.mapWith(Number),
      })
      .from(loginFailures)
      .where(
        and(gte(loginFailures.at, windowStart), or(eq(loginFailures.email, email), eq(loginFailures.client, client))),
      );
    const limited = (reason: ErrorReason<'RATE_LIMITED'>, message: string) =>
      rateLimited(reason, `${message} Try again in ${windowMinutes} minutes.`, windowMinutes * 60);
    if ((counts?.pair ?? 0) >= maxFailures) throw limited('EMAIL', 'Too many failed sign-ins for this email.');
    if ((counts?.client ?? 0) >= maxFailuresPerClient) {
      throw limited('CLIENT', 'Too many failed sign-ins from this address.');
    }
    if ((counts?.email ?? 0) >= maxFailuresPerEmail) {
      throw limited('EMAIL_EVERYWHERE', 'Too many failed sign-ins for this email, from many addresses.');
    }
    const [attempt] = await tx
      .insert(loginFailures)
      .values({ email, client, at: now })
      .returning({ id: loginFailures.id });
    return attempt?.id;
  });
}

/** After a right password: this attempt and this client's earlier failures for the email no longer count. */
export async function forgetAttempts(
  ctx: Context,
  tx: Executor,
  email: string,
  attemptId: string | undefined,
): Promise<void> {
  const client = ctx.clientIp ?? '';
  await tx
    .delete(loginFailures)
    .where(
      or(
        attemptId ? eq(loginFailures.id, attemptId) : undefined,
        and(eq(loginFailures.email, email), eq(loginFailures.client, client)),
      ),
    );
}

/** The longest user agent kept with a session: enough to recognise a browser. */
const USER_AGENT_KEPT = 300;

/** Opens a session for the user: a random token, of which only the hash is stored. */
export async function openSession(
  ctx: Context,
  tx: Executor,
  userId: string,
): Promise<{ token: string; expiresAt: Date; sessionId: string }> {
  const now = ctx.clock.now();
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + ctx.config.sessionTtlHours * 3_600_000);
  const [row] = await tx
    .insert(sessions)
    .values({
      tokenHash: hashToken(token),
      userId,
      createdAt: now,
      expiresAt,
      client: ctx.clientIp ?? '',
      userAgent: [...(ctx.userAgent ?? '')].slice(0, USER_AGENT_KEPT).join(''),
    })
    .returning({ id: sessions.id });
  if (!row) throw new Error('session insert returned nothing');
  return { token, expiresAt, sessionId: row.id };
}

/**
 * Ends a user's sessions at once (their next request is signed out), but `keep` (the viewer's own
 * current session, when they changed their own password or roles). Returns how many ended.
 */
export async function revokeSessions(tx: Executor, userId: string, keep?: string): Promise<number> {
  const ended = await tx
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), keep ? ne(sessions.id, keep) : undefined))
    .returning({ id: sessions.id });
  return ended.length;
}

/**
 * After a successful sign-in, a hash made with weaker parameters than the current ones is replaced
 * (the password is known only now). Only if the row still holds the hash just verified: a password
 * changed meanwhile is never overwritten. A failure here does not fail the sign-in: the next one
 * tries again.
 */
async function rehashIfWeak(db: Db, user: UserRow, password: string): Promise<void> {
  if (!needsRehash(user.passwordHash)) return;
  try {
    const passwordHash = await hashPassword(password);
    await db
      .update(users)
      .set({ passwordHash })
      .where(and(eq(users.id, user.id), eq(users.passwordHash, user.passwordHash)));
  } catch (error) {
    log.error('password re-hash failed', { userId: user.id, message: (error as Error).message });
  }
}

/** Deletes expired sessions and failures older than the window (the hourly sweep). */
export async function sweepSignInRecords(db: Db, now: Date, windowMinutes: number): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
  await db.delete(loginFailures).where(lt(loginFailures.at, new Date(now.getTime() - windowMinutes * 60_000)));
}

/** Ends the viewer's current session (the token stops working everywhere at once). */
export async function logout(ctx: Context): Promise<boolean> {
  if (ctx.viewer) await ctx.db.delete(sessions).where(eq(sessions.id, ctx.viewer.sessionId));
  ctx.cookies.clear();
  return true;
}

/** The viewer a bearer token or cookie stands for, or null when it is unknown or expired. */
export async function viewerForToken(db: Db, token: string, now: Date): Promise<Viewer | null> {
  if (!token || token.length > 200) return null;
  const query = preparedOnce(db, 'viewerForToken', (base) =>
    base
      .select({
        sessionId: sessions.id,
        user: users,
        // The accounts the user operates come with the session, so the access policy decides
        // field visibility without a statement per row.
        operated: sql<Array<
          [string, string]
        > | null>`(select json_agg(json_build_array(${accounts.id}, ${accounts.subjectId})) from ${accountOperators} join ${accounts} on ${accounts.id} = ${accountOperators.accountId} where ${accountOperators.userId} = ${users.id})`,
        // And the directory scopes of a hierarchical administrator (seed 003), with their departments' paths.
        directory: sql<Array<
          [string, DirectoryPermissionName, string[]]
        > | null>`(select json_agg(json_build_array(${directoryScopes.accountId}, ${directoryScopes.permission}, (select coalesce(json_agg(${departments.path}), '[]'::json) from ${directoryScopeDepartments} join ${departments} on ${departments.id} = ${directoryScopeDepartments.departmentId} where ${directoryScopeDepartments.accountId} = ${directoryScopes.accountId} and ${directoryScopeDepartments.userId} = ${directoryScopes.userId}))) from ${directoryScopes} where ${directoryScopes.userId} = ${users.id})`,
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(
        and(
          eq(sessions.tokenHash, sql.placeholder('tokenHash')),
          gt(sessions.expiresAt, sql.placeholder('now')),
          // A deactivated user's sessions are deleted too; this keeps them out even mid-change.
          eq(users.active, true),
        ),
      )
      .prepare('viewerForToken'),
  );
  const [row] = await query.execute({ tokenHash: hashToken(token), now: now.toISOString() });
  if (!row) return null;
  return {
    id: row.user.id,
    email: row.user.email,
    displayName: row.user.displayName,
    roles: row.user.roles,
    sessionId: row.sessionId,
    readAfterLsn: row.user.readAfterLsn,
    operated: new Map(row.operated ?? []),
    directory: new Map(
      (row.directory ?? []).map(([accountId, permission, paths]) => [accountId, { permission, paths }]),
    ),
  };
}

/**
 * Inserts a user (demo seed, the admin CLI, the users service). The password is hashed with scrypt
 * here, unless a hash made by hashPassword is given (the demo seed hashes its one shared password
 * once) or none (an invited user sets theirs through the invitation link).
 */
export async function createUser(
  db: Executor,
  input: { email: string; displayName: string; roles: RoleName[]; createdAt?: Date } & (
    | { password: string }
    | { passwordHash: string }
  ),
): Promise<UserRow> {
  const [row] = await db
    .insert(users)
    .values({
      email: normalizeEmail(input.email),
      displayName: input.displayName,
      passwordHash: 'passwordHash' in input ? input.passwordHash : await hashPassword(input.password),
      roles: input.roles,
      ...(input.createdAt ? { createdAt: input.createdAt } : {}),
    })
    .returning();
  if (!row) throw new Error('user insert returned nothing');
  return row;
}
