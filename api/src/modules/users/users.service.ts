import { isEmail } from 'class-validator';
import { and, eq, ilike, ne, or, type SQL, sql } from 'drizzle-orm';
import { AppError, badInput, notFound } from '../../common/errors';
import { byTime, keysetPage, type PageArgs } from '../../common/keyset';
import type { Context } from '../../context';
import type { Executor } from '../../db/client';
import { ROLES, type RoleName, type UserRow, users } from '../../db/schema';
import { recordAudit } from '../audit/audit.service';
import { normalizeEmail, revokeSessions } from '../auth/auth.service';
import { hashPassword } from '../auth/password';
import {
  checkNewPassword,
  endPasswordLinks,
  type IssuedPasswordLink,
  issuePasswordLink,
} from '../auth/self-service.service';

/** What the audit log keeps of a user, before and after a change: never a password or its hash. */
function snapshot(user: UserRow) {
  return {
    email: user.email,
    displayName: user.displayName,
    roles: user.roles,
    active: user.active,
    ...(user.active ? {} : { deactivationReason: user.deactivationReason }),
  };
}

export interface UserFilter {
  role?: RoleName | null;
  active?: boolean | null;
  /** Part of the email or name. */
  search?: string | null;
}

/** `%`, `_` and `\` match themselves in a search, not as LIKE's wildcards. */
const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/** The platform's users (ADMIN), newest first, filtered by role, active, and part of email or name. */
export function listUsers(ctx: Context, args: PageArgs & { filter?: UserFilter | null }) {
  const filter = args.filter ?? {};
  const where: SQL[] = [];
  if (filter.role) where.push(sql`${filter.role} = any(${users.roles})`);
  if (filter.active !== undefined && filter.active !== null) where.push(eq(users.active, filter.active));
  const search = filter.search?.trim();
  if (search) {
    const pattern = `%${likeEscaped(search)}%`;
    where.push(or(ilike(users.email, pattern), ilike(users.displayName, pattern)) as SQL);
  }
  return keysetPage<UserRow>(
    ctx.db,
    {
      table: users,
      order: byTime(users.createdAt, users.id, 'desc', (row) => row.createdAt),
      where,
      limits: ctx.config.limits,
    },
    args,
  );
}

export interface NewUserInput {
  email: string;
  name: string;
  roles: RoleName[];
}

/** The roles, each once, in the platform's order; BAD_USER_INPUT when none. */
function checkedRoles(roles: readonly RoleName[], field: string): RoleName[] {
  const unknown = roles.find((role) => !ROLES.includes(role));
  if (unknown) throw badInput(field, 'UNKNOWN_VALUE', `There is no role ${unknown}.`, { allowed: ROLES });
  const chosen = ROLES.filter((role) => roles.includes(role));
  if (chosen.length === 0) {
    throw badInput(field, 'TOO_FEW', 'Give at least one role; to stop someone from signing in, deactivate them.');
  }
  return chosen;
}

/** The input, checked and normalised; every problem is BAD_USER_INPUT on its field. */
function checkedNewUser(input: NewUserInput) {
  const email = normalizeEmail(input.email);
  if (!email) throw badInput('input.email', 'REQUIRED', 'Give the person’s email address.');
  if (!isEmail(email)) throw badInput('input.email', 'INVALID_FORMAT', 'This is not an email address.');
  const name = input.name.trim();
  if (!name) throw badInput('input.name', 'REQUIRED', 'Give the person’s name.');
  return { email, name, roles: checkedRoles(input.roles, 'input.roles') };
}

const duplicateEmail = (email: string) =>
  badInput('input.email', 'DUPLICATE', `There is already a user with the email ${email}.`);

/**
 * Inserts the user, or BAD_USER_INPUT DUPLICATE when the email is taken: the unique index on the
 * (lower-cased) email decides, also between two creations at once.
 */
async function insertNewUser(
  tx: Executor,
  user: { email: string; name: string; roles: RoleName[]; passwordHash: string; createdAt: Date },
): Promise<UserRow> {
  const [row] = await tx
    .insert(users)
    .values({
      email: user.email,
      displayName: user.name,
      roles: user.roles,
      passwordHash: user.passwordHash,
      createdAt: user.createdAt,
    })
    .onConflictDoNothing({ target: users.email })
    .returning();
  if (!row) throw duplicateEmail(user.email);
  return row;
}

/** Creates a user with an initial password (ADMIN). Audited. */
export async function createUser(ctx: Context, input: NewUserInput & { password: string }): Promise<UserRow> {
  const user = checkedNewUser(input);
  checkNewPassword(input.password, user.email, 'input.password');
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    const row = await insertNewUser(tx, { ...user, passwordHash, createdAt: ctx.clock.now() });
    await recordAudit(ctx, tx, {
      action: 'user.create',
      targetType: 'User',
      targetId: row.id,
      before: null,
      after: { ...snapshot(row), password: 'set by the admin' },
    });
    return row;
  });
}

/**
 * Creates a user with no password and a one-time invitation link (ADMIN): they choose their
 * password through it. The link is returned once. Audited.
 */
export async function inviteUser(ctx: Context, input: NewUserInput): Promise<IssuedPasswordLink & { user: UserRow }> {
  const user = checkedNewUser(input);
  return ctx.db.transaction(async (tx) => {
    const row = await insertNewUser(tx, { ...user, passwordHash: '', createdAt: ctx.clock.now() });
    const link = await issuePasswordLink(ctx, tx, row.id, 'INVITATION');
    await recordAudit(ctx, tx, {
      action: 'user.invite',
      targetType: 'User',
      targetId: row.id,
      before: null,
      after: { ...snapshot(row), invitationExpiresAt: link.expiresAt },
    });
    return { ...link, user: row };
  });
}

/**
 * The user, locked for this change, after taking the lock that every change to who is an active
 * ADMIN takes first: two admins demoting each other at once are decided one after the other, so
 * the platform never ends up with no active admin.
 */
async function lockedUser(tx: Executor, id: string): Promise<UserRow> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('users:active-admins'))`);
  const [row] = await tx.select().from(users).where(eq(users.id, id)).for('update');
  if (!row) throw notFound('user');
  return row;
}

/** BAD_USER_INPUT LAST_ADMIN when `user` is the only active ADMIN (and the change would end that). */
async function refuseLastAdmin(tx: Executor, user: UserRow, field: string, message: string): Promise<void> {
  if (!user.active || !user.roles.includes('ADMIN')) return;
  const [other] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(ne(users.id, user.id), eq(users.active, true), sql`'ADMIN' = any(${users.roles})`))
    .limit(1);
  if (!other) throw badInput(field, 'LAST_ADMIN', message);
}

/** Replaces a user's roles (ADMIN). Their sessions end (the viewer's own current one stays). Audited. */
export async function setUserRoles(ctx: Context, id: string, roles: RoleName[]): Promise<UserRow> {
  const chosen = checkedRoles(roles, 'roles');
  return ctx.db.transaction(async (tx) => {
    const user = await lockedUser(tx, id);
    if (chosen.length === user.roles.length && chosen.every((role) => user.roles.includes(role))) {
      throw badInput('roles', 'UNCHANGED', 'The user already has exactly these roles.');
    }
    if (!chosen.includes('ADMIN')) {
      await refuseLastAdmin(
        tx,
        user,
        'roles',
        'This is the last active admin: make someone else an admin before removing the role.',
      );
    }
    const [row] = await tx.update(users).set({ roles: chosen }).where(eq(users.id, user.id)).returning();
    if (!row) throw notFound('user');
    const ended = await revokeSessions(tx, user.id, ctx.viewer?.id === user.id ? ctx.viewer.sessionId : undefined);
    await recordAudit(ctx, tx, {
      action: 'user.setRoles',
      targetType: 'User',
      targetId: user.id,
      before: { roles: user.roles },
      after: { roles: row.roles, sessionsEnded: ended },
    });
    if (ctx.viewer?.id === user.id) ctx.viewer = { ...ctx.viewer, roles: row.roles };
    return row;
  });
}

/** Deactivates a user (ADMIN): they cannot sign in, their sessions and links end. Audited with the reason. */
export async function deactivateUser(ctx: Context, id: string, reasonInput: string): Promise<UserRow> {
  const reason = reasonInput.trim();
  if (!reason) throw badInput('reason', 'REQUIRED', 'Say why the user is deactivated.');
  if (ctx.viewer?.id === id) {
    throw badInput('id', 'OWN_ACCOUNT', 'You cannot deactivate yourself; ask another admin.');
  }
  return ctx.db.transaction(async (tx) => {
    const user = await lockedUser(tx, id);
    if (!user.active) {
      throw new AppError('INVALID_TRANSITION', 'ALREADY_DEACTIVATED', 'This user is already deactivated.');
    }
    await refuseLastAdmin(tx, user, 'id', 'This is the last active admin: another admin is needed first.');
    const now = ctx.clock.now();
    const [row] = await tx
      .update(users)
      .set({ active: false, deactivatedAt: now, deactivationReason: reason })
      .where(eq(users.id, user.id))
      .returning();
    if (!row) throw notFound('user');
    const ended = await revokeSessions(tx, user.id);
    await endPasswordLinks(tx, user.id, now);
    await recordAudit(ctx, tx, {
      action: 'user.deactivate',
      targetType: 'User',
      targetId: user.id,
      before: snapshot(user),
      after: { ...snapshot(row), sessionsEnded: ended },
      reason,
    });
    return row;
  });
}

/** Reactivates a deactivated user (ADMIN): they sign in with their password as before. Audited. */
export async function reactivateUser(ctx: Context, id: string): Promise<UserRow> {
  return ctx.db.transaction(async (tx) => {
    const user = await lockedUser(tx, id);
    if (user.active) throw new AppError('INVALID_TRANSITION', 'NOT_DEACTIVATED', 'This user is active.');
    const [row] = await tx
      .update(users)
      .set({ active: true, deactivatedAt: null, deactivationReason: null })
      .where(eq(users.id, user.id))
      .returning();
    if (!row) throw notFound('user');
    await recordAudit(ctx, tx, {
      action: 'user.reactivate',
      targetType: 'User',
      targetId: user.id,
      before: snapshot(user),
      after: snapshot(row),
    });
    return row;
  });
}

/**
 * Resets a user's password (ADMIN): the current one stops working, their sessions end, and a
 * one-time link lets them choose a new one. The link is returned once. Audited.
 */
export async function resetUserPassword(ctx: Context, id: string): Promise<IssuedPasswordLink & { user: UserRow }> {
  if (ctx.viewer?.id === id) {
    throw badInput('id', 'OWN_ACCOUNT', 'Change your own password on your profile page (it asks for the current one).');
  }
  return ctx.db.transaction(async (tx) => {
    const user = await lockedUser(tx, id);
    if (!user.active) {
      throw new AppError(
        'INVALID_TRANSITION',
        'USER_DEACTIVATED',
        'This user is deactivated: reactivate them before resetting their password.',
      );
    }
    const [row] = await tx.update(users).set({ passwordHash: '' }).where(eq(users.id, user.id)).returning();
    if (!row) throw notFound('user');
    const ended = await revokeSessions(tx, user.id);
    const link = await issuePasswordLink(ctx, tx, user.id, 'RESET');
    await recordAudit(ctx, tx, {
      action: 'user.resetPassword',
      targetType: 'User',
      targetId: user.id,
      before: { passwordSet: user.passwordHash !== '' },
      after: { passwordSet: false, sessionsEnded: ended, linkExpiresAt: link.expiresAt },
    });
    return { ...link, user: row };
  });
}
