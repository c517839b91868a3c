import { createHash, randomBytes } from 'node:crypto';
import { and, count, eq, gt, gte, sql } from 'drizzle-orm';
import { rateLimited, unauthenticated } from '../../common/errors';
import { preparedOnce } from '../../common/prepared';
import type { Context, Viewer } from '../../context';
import type { Db, Executor } from '../../db/client';
import {
  accountOperators,
  accounts,
  loginFailures,
  type RoleName,
  sessions,
  type UserRow,
  users,
} from '../../db/schema';
import { hashPassword, UNKNOWN_USER_HASH, verifyPassword } from './password';

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
  const now = ctx.clock.now();
  const { maxFailures, windowMinutes } = ctx.config.login;
  const windowStart = new Date(now.getTime() - windowMinutes * 60_000);

  const failuresSoFar = async () => {
    const [row] = await ctx.db
      .select({ value: count() })
      .from(loginFailures)
      .where(and(eq(loginFailures.email, email), gte(loginFailures.at, windowStart)));
    return row?.value ?? 0;
  };
  const refuseIfLimited = (failures: number) => {
    if (failures >= maxFailures) {
      throw rateLimited(
        `Too many failed sign-ins for this email. Try again in ${windowMinutes} minutes.`,
        windowMinutes * 60,
      );
    }
  };
  refuseIfLimited(await failuresSoFar());

  const [user] = await ctx.db.select().from(users).where(eq(users.email, email));
  // Hash even for an unknown email, so timing does not tell which emails exist.
  const ok = await verifyPassword(password, user?.passwordHash ?? UNKNOWN_USER_HASH);
  if (!user || !ok) {
    // Count the failure under a per-email lock, so simultaneous guesses cannot all slip under the limit.
    await ctx.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`login:${email}`}))`);
      const [row] = await tx
        .select({ value: count() })
        .from(loginFailures)
        .where(and(eq(loginFailures.email, email), gte(loginFailures.at, windowStart)));
      refuseIfLimited(row?.value ?? 0);
      await tx.insert(loginFailures).values({ email, at: now });
    });
    throw unauthenticated('Wrong email or password.');
  }

  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + ctx.config.sessionTtlHours * 3_600_000);
  await ctx.db.transaction(async (tx) => {
    await tx.insert(sessions).values({ tokenHash: hashToken(token), userId: user.id, createdAt: now, expiresAt });
    await tx.delete(loginFailures).where(eq(loginFailures.email, email));
  });
  // The rest of this request is answered as the user just signed in (the policy shows them
  // their own email and roles in the response).
  ctx.viewer = await viewerForToken(ctx.db, token, now);
  return { token, user, expiresAt };
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
  const query = preparedOnce(db, 'viewerForToken', () =>
    db
      .select({
        sessionId: sessions.id,
        user: users,
        // The accounts the user operates come with the session, so the access policy decides
        // field visibility without a statement per row.
        operated: sql<Array<
          [string, string]
        > | null>`(select json_agg(json_build_array(${accounts.id}, ${accounts.subjectId})) from ${accountOperators} join ${accounts} on ${accounts.id} = ${accountOperators.accountId} where ${accountOperators.userId} = ${users.id})`,
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(and(eq(sessions.tokenHash, sql.placeholder('tokenHash')), gt(sessions.expiresAt, sql.placeholder('now'))))
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
    operated: new Map(row.operated ?? []),
  };
}

/** Creates a user (demo seed, the admin CLI). The password is hashed with scrypt here. */
export async function createUser(
  db: Executor,
  input: { email: string; displayName: string; password: string; roles: RoleName[] },
): Promise<UserRow> {
  const [row] = await db
    .insert(users)
    .values({
      email: normalizeEmail(input.email),
      displayName: input.displayName,
      passwordHash: await hashPassword(input.password),
      roles: input.roles,
    })
    .returning();
  if (!row) throw new Error('user insert returned nothing');
  return row;
}
